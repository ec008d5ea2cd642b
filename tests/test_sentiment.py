"""helpers/sentiment.py and the sentences it reads (datasets/sentiment/sentences.tsv)."""
import collections
import io

import pytest

from helpers.datasets import REPO_DATASETS, load_registry, shipped_file
from helpers.sentiment import LABELS, MalformedSentences, Sentences, load_sentences, parse_sentences

PATH = REPO_DATASETS / "sentiment" / "sentences.tsv"
NEGATIONS = {"not", "never", "hardly", "no", "nothing"}


@pytest.fixture(scope="module")
def sentences():
    return load_sentences()


HEAD = "sentence\tlabel\tsplit\n"


def parse(text):
    return parse_sentences(io.StringIO(text, newline=""), origin="toy.tsv")


# --- the shipped file --------------------------------------------------------------------------

def test_registry_entry_points_at_the_shipped_file():
    entry = load_registry()["sentiment-sentences"]
    assert entry["folder"] == "sentiment" and list(entry["files"]) == ["sentences.tsv"]
    assert shipped_file("sentiment-sentences") == PATH


def test_sizes_and_test_fraction(sentences):
    assert isinstance(sentences, Sentences)
    total = len(sentences.train) + len(sentences.test)
    assert total >= 200
    assert 0.20 <= len(sentences.test) / total <= 0.25
    for words, label in sentences.train + sentences.test:
        assert isinstance(words, tuple) and 2 <= len(words) <= 9, words
        assert label in (0, 1)


def test_both_splits_are_balanced(sentences):
    for split in (sentences.train, sentences.test):
        good = sum(label for _, label in split) / len(split)
        assert 0.45 <= good <= 0.55


def test_splits_are_disjoint_and_test_words_are_seen_in_training(sentences):
    train, test = {words for words, _ in sentences.train}, {words for words, _ in sentences.test}
    assert len(train) == len(sentences.train) and len(test) == len(sentences.test)
    assert not train & test
    counts = collections.Counter(word for words, _ in sentences.train for word in words)
    assert all(counts[word] >= 2 for words in test for word in words)


def test_negations_occur_in_both_classes_and_both_splits(sentences):
    for split in (sentences.train, sentences.test):
        negated = [label for words, label in split if NEGATIONS & set(words)]
        assert len(negated) >= 0.2 * len(split)
        assert 0.3 <= sum(negated) / len(negated) <= 0.7  # a negation alone does not give the label away
    labelled = {" ".join(words): LABELS[label] for words, label in sentences.train + sentences.test}
    assert labelled["not bad"] == "good" and labelled["not good"] == "bad"
    assert labelled["the book was never boring"] == "good" and labelled["hardly worth it"] == "bad"


def test_word_order_decides_some_labels(sentences):
    """Common sentiment words occur in training sentences of both labels: what they mean depends on
    the words before them, so a model must read in order."""
    by_word = collections.defaultdict(set)
    for words, label in sentences.train:
        for word in words:
            by_word[word].add(label)
    assert {"bad", "good", "boring", "fresh", "rude"} <= {word for word, labels in by_word.items() if len(labels) == 2}


# --- parsing and its errors --------------------------------------------------------------------

def test_parse_reads_words_labels_and_splits():
    parsed = parse(HEAD + "the soup was not bad\tgood\ttrain\nnot good\tbad\ttest\n")
    assert parsed == Sentences(train=((("the", "soup", "was", "not", "bad"), 1),), test=((("not", "good"), 0),))


@pytest.mark.parametrize(("text", "message"), [
    ("", r"toy.tsv, line 1: expected the header 'sentence\\tlabel\\tsplit', found an empty file"),
    ("text\tlabel\tsplit\n", r"line 1: expected the header .* found 'text\\tlabel\\tsplit'"),
    (HEAD + "not bad\tgood\n", r"line 2: expected 3 tab-separated fields .* found 2"),
    (HEAD + "not bad\tgood\ttrain\n\n", r"line 3: expected 3 .* found 0"),
    (HEAD + "Not bad\tgood\ttrain\n", r"line 2: the sentence 'Not bad' is not lower-case words"),
    (HEAD + "not bad!\tgood\ttrain\n", r"line 2: the sentence 'not bad!' is not"),
    (HEAD + "not  bad\tgood\ttrain\n", r"line 2: .* separated by single spaces"),
    (HEAD + "not bad\tpositive\ttrain\n", r"line 2: the label is 'positive'; expected one of bad, good"),
    (HEAD + "not bad\tgood\tvalid\n", r"line 2: the split is 'valid'; expected one of train, test"),
    (HEAD + "not bad\tgood\ttrain\ngood\tgood\ttrain\nnot bad\tgood\ttest\n",
     r"line 4: the sentence 'not bad' already appears on line 2"),
])
def test_a_malformed_line_is_named_with_what_is_wrong(text, message):
    with pytest.raises(MalformedSentences, match=message):
        parse(text)


def test_load_sentences_reads_a_file_given_by_path(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEAD + "never boring\tgood\ttest\nbad\tbad\ttrain\n", encoding="utf-8")
    assert load_sentences(path) == Sentences(train=((("bad",), 0),), test=((("never", "boring"), 1),))
    path.write_text(HEAD + "never boring\tgood\n", encoding="utf-8")
    with pytest.raises(MalformedSentences, match=f"{path}, line 2"):
        load_sentences(path)
