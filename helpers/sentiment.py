"""Short review sentences labelled good or bad, written for the course (Day 6), and their loader.

    >>> sentences = load_sentences()
    >>> sentences.train[0]
    (('the', 'food', 'was', 'good'), 1)

datasets/sentiment/sentences.tsv is tab-separated with the header `sentence<TAB>label<TAB>split`:
a sentence of lower-case words a-z separated by single spaces, its label `good` or `bad`, and its
split `train` or `test`. Many sentences hinge on a negation ("not bad", "never boring", "hardly worth
it"), so a model that ignores word order cannot classify them. No sentence occurs twice, so none is
in both splits. The file is read through the dataset registry, so its SHA-256 is checked first.
"""
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from helpers.datasets import shipped_file

DATASET = "sentiment-sentences"
HEADER = ("sentence", "label", "split")
LABELS = ("bad", "good")   # a sentence's label is its index here: bad 0, good 1
SPLITS = ("train", "test")
WORDS = re.compile(r"[a-z]+( [a-z]+)*")


class MalformedSentences(ValueError):
    """A line of a sentences file breaks the format; the message names the line and what is wrong."""


@dataclass(frozen=True)
class Sentences:
    """Labelled sentences by split: tuples of (words, label), words a tuple of str, label 0 (bad) or 1 (good)."""

    train: tuple
    test: tuple


def load_sentences(path=None):
    """The shipped sentences (checksum verified), or those of the file at `path`."""
    path = Path(path) if path is not None else shipped_file(DATASET)
    with open(path, encoding="utf-8", newline="") as file:
        return parse_sentences(file, origin=str(path))


def parse_sentences(lines, origin="<lines>"):
    """Sentences from the lines of a sentences file (header first); MalformedSentences names the bad line."""
    rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, None)
    if header is None or tuple(header) != HEADER:
        found = "an empty file" if header is None else repr("\t".join(header))
        raise MalformedSentences(f"{origin}, line 1: expected the header {chr(9).join(HEADER)!r}, found {found}")
    splits = {split: [] for split in SPLITS}
    first_seen = {}
    for fields in rows:
        where = f"{origin}, line {rows.line_num}"
        if len(fields) != len(HEADER):
            raise MalformedSentences(f"{where}: expected 3 tab-separated fields (sentence, label, split), "
                                     f"found {len(fields)}: {chr(9).join(fields)!r}")
        sentence, label, split = fields
        if not WORDS.fullmatch(sentence):
            raise MalformedSentences(f"{where}: the sentence {sentence!r} is not lower-case words a-z "
                                     "separated by single spaces")
        if label not in LABELS:
            raise MalformedSentences(f"{where}: the label is {label!r}; expected one of {', '.join(LABELS)}")
        if split not in SPLITS:
            raise MalformedSentences(f"{where}: the split is {split!r}; expected one of {', '.join(SPLITS)}")
        if sentence in first_seen:
            raise MalformedSentences(f"{where}: the sentence {sentence!r} already appears on line "
                                     f"{first_seen[sentence]}")
        first_seen[sentence] = rows.line_num
        splits[split].append((tuple(sentence.split(" ")), LABELS.index(label)))
    return Sentences(train=tuple(splits["train"]), test=tuple(splits["test"]))
