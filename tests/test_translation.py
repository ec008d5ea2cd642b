"""helpers/translation.py and the toy-translation dataset it reads (datasets/toy-translation/)."""
import hashlib
import importlib.util
import shutil

import pytest

from helpers.datasets import REPO_DATASETS, DatasetUnavailable, load_registry, shipped_file
from helpers.translation import MalformedPairs, TranslationPairs, load_translation_pairs, parse_pairs

FOLDER = REPO_DATASETS / "toy-translation"


def load_generator():
    spec = importlib.util.spec_from_file_location("toy_translation_generate", FOLDER / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bigrams(words):
    return set(zip(words[:-1], words[1:], strict=True))


# --- the shipped file --------------------------------------------------------------------------

def test_registry_entry_points_at_the_shipped_file():
    entry = load_registry()["toy-translation"]
    assert entry["folder"] == "toy-translation" and list(entry["files"]) == ["pairs.tsv"]
    assert shipped_file("toy-translation") == FOLDER / "pairs.tsv"


def test_the_generator_rewrites_the_shipped_file_byte_for_byte():
    generator = load_generator()
    text = "\n".join(generator.generate()) + "\n"
    assert text.encode("utf-8") == (FOLDER / "pairs.tsv").read_bytes()
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert load_registry()["toy-translation"]["files"]["pairs.tsv"] == sha


def test_shipped_pairs_load_with_both_splits():
    pairs = load_translation_pairs()
    assert isinstance(pairs, TranslationPairs)
    assert (len(pairs.train), len(pairs.test)) == (2400, 400)
    for source, target in pairs.train + pairs.test:
        assert isinstance(source, tuple) and isinstance(target, tuple)
        assert source[0] == "the" and 5 <= len(source) <= 7 and 5 <= len(target) <= 7
        assert target.count("ka") == target.count("po") == 1  # one subject and one object particle
    assert len(set(pairs.train)) == len(pairs.train) and len(set(pairs.test)) == len(pairs.test)
    assert not set(pairs.train) & set(pairs.test)


def test_test_split_holds_unseen_combinations_of_seen_words():
    pairs = load_translation_pairs()
    train_words = {word for source, target in pairs.train for word in source + target}
    test_words = {word for source, target in pairs.test for word in source + target}
    assert test_words <= train_words  # every test word is seen in training ...
    train_bigrams = set().union(*(bigrams(source) for source, _ in pairs.train))
    for source, _ in pairs.test:  # ... but every test sentence has a word pair training never shows
        assert bigrams(source) - train_bigrams, " ".join(source)
    generator = load_generator()
    unseen = set().union(*(bigrams(source) for source, _ in pairs.test)) - train_bigrams
    assert unseen == generator.HELD_OUT


def test_translations_follow_the_grammar():
    generator = load_generator()
    for source, target in load_translation_pairs().train[:200]:
        verb = next(word for word in source if word in generator.VERBS)
        assert target[-1] == generator.VERBS[verb]  # the verb moves to the end
        subject = source[1:source.index(verb)]  # (adjective,) noun
        assert target[:len(subject)] == tuple(reversed([generator.ADJECTIVES.get(w) or generator.NOUNS[w]
                                                          for w in subject]))  # the adjective follows its noun


# --- parsing and its errors --------------------------------------------------------------------

HEADER = "source\ttarget\tsplit"


def test_parse_pairs_splits_words_and_keeps_the_order():
    pairs = parse_pairs([HEADER, "the dog sees the cat\thunu ka miso po vidi\ttrain",
                         "the cat sees the dog\tmiso ka hunu po vidi\ttest",
                         "the fox sees the dog\trafi ka hunu po vidi\ttrain"])
    assert pairs.train == [(("the", "dog", "sees", "the", "cat"), ("hunu", "ka", "miso", "po", "vidi")),
                           (("the", "fox", "sees", "the", "dog"), ("rafi", "ka", "hunu", "po", "vidi"))]
    assert pairs.test == [(("the", "cat", "sees", "the", "dog"), ("miso", "ka", "hunu", "po", "vidi"))]


@pytest.mark.parametrize(("lines", "message"), [
    ([], r"line 1: expected the header .* found an empty file"),
    (["source,target,split", "a\tb\ttrain"], r"line 1: expected the header"),
    ([HEADER, "the dog\thunu\ttrain", "the cat\tmiso"], r"line 3: expected 3 tab-separated fields .* found 2"),
    ([HEADER, "the dog\thunu\ttrain\textra"], r"line 2: expected 3 tab-separated fields .* found 4"),
    ([HEADER, "the dog\thunu\tvalidation"], r"line 2: the split is 'validation'; expected one of train, test"),
    ([HEADER, " \thunu\ttrain"], r"line 2: the source sentence is empty"),
    ([HEADER, "the dog\t\ttest"], r"line 2: the target sentence is empty"),
    ([HEADER, "the dog\thunu\ttrain", ""], r"line 3: expected 3 tab-separated fields .* found 1"),
])
def test_malformed_lines_are_named(lines, message):
    with pytest.raises(MalformedPairs, match=message):
        parse_pairs(lines, origin="pairs.tsv")
    assert issubclass(MalformedPairs, ValueError)


def test_load_from_a_path_names_the_file_in_errors(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(f"{HEADER}\nthe dog sees the cat\thunu ka miso po vidi\ttrain\n", encoding="utf-8")
    assert len(load_translation_pairs(path).train) == 1
    path.write_text(f"{HEADER}\nthe dog sees the cat hunu ka miso po vidi train\n", encoding="utf-8")
    with pytest.raises(MalformedPairs, match=rf"{path}, line 2"):
        load_translation_pairs(path)


def test_an_edited_shipped_file_is_refused(tmp_path, monkeypatch):
    datasets = tmp_path / "datasets"
    shutil.copytree(FOLDER, datasets / "toy-translation")
    shutil.copy(REPO_DATASETS / "registry.toml", datasets / "registry.toml")
    monkeypatch.setattr("helpers.datasets.REPO_DATASETS", datasets)
    assert len(load_translation_pairs().train) == 2400  # the untouched copy verifies
    with open(datasets / "toy-translation" / "pairs.tsv", "a", encoding="utf-8") as file:
        file.write("the dog sees the cat\thunu ka miso po vidi\ttrain\n")
    with pytest.raises(DatasetUnavailable, match="was edited"):
        load_translation_pairs()
