"""Write pairs.tsv, the toy translation task of Day 7: English -> "Tarnish", a made-up language.

    python datasets/toy-translation/generate.py [--output PATH]

English sentences follow one small grammar, `the [adjective] noun verb the [adjective] noun`;
their Tarnish translations change the word order the way Japanese or Turkish do: the verb goes to
the end, each adjective follows its noun, and the particles `ka` (subject) and `po` (object) mark
the two noun phrases. English `the` has no Tarnish word. For example

    the big dog chases the small cat  ->  hunu gra ka miso tin po kasu

Eight adjective-noun combinations (HELD_OUT) never occur in the training split; every sentence of
the test split contains at least one of them. Every test word is seen in training, just never in
that combination, so a model that translates the test split has learned to compose.
The output is deterministic (a fixed seed): running this script again rewrites the same bytes.
"""
import argparse
import itertools
import random
from pathlib import Path

NOUNS = {"dog": "hunu", "cat": "miso", "bird": "piru", "fox": "rafi",
         "horse": "hesa", "fish": "nalo", "child": "kelu", "teacher": "doma"}
ADJECTIVES = {"big": "gra", "small": "tin", "red": "ruvo", "green": "verd", "old": "seno", "happy": "lisa"}
VERBS = {"sees": "vidi", "likes": "ama", "chases": "kasu", "finds": "trova", "helps": "juta", "calls": "voka"}
SUBJECT, OBJECT = "ka", "po"
HELD_OUT = {("red", "dog"), ("big", "cat"), ("old", "bird"), ("green", "fox"),
            ("small", "horse"), ("happy", "fish"), ("small", "child"), ("happy", "teacher")}
TRAIN_SIZE, TEST_SIZE, SEED = 2400, 400, 7


def noun_phrases():
    """Every (adjective or None, noun) pair."""
    return [(adjective, noun) for noun in NOUNS for adjective in (None, *ADJECTIVES)]


def english(subject, verb, obj):
    words = ["the", *[w for w in subject if w], verb, "the", *[w for w in obj if w]]
    return " ".join(words)


def tarnish(subject, verb, obj):
    def phrase(adjective, noun):
        return [NOUNS[noun]] + ([ADJECTIVES[adjective]] if adjective else [])
    return " ".join([*phrase(*subject), SUBJECT, *phrase(*obj), OBJECT, VERBS[verb]])


def sentences():
    """Every (subject, verb, object) with two different nouns, and whether it is held out."""
    for subject, verb, obj in itertools.product(noun_phrases(), VERBS, noun_phrases()):
        if subject[1] != obj[1]:
            yield (subject, verb, obj), subject in HELD_OUT or obj in HELD_OUT


def generate(seed=SEED):
    """The lines of pairs.tsv: a header, then TRAIN_SIZE training and TEST_SIZE test pairs."""
    rng = random.Random(seed)
    pools = {"train": [], "test": []}
    for sentence, held_out in sentences():
        pools["test" if held_out else "train"].append(sentence)
    lines = ["source\ttarget\tsplit"]
    for split, size in (("train", TRAIN_SIZE), ("test", TEST_SIZE)):
        for sentence in rng.sample(pools[split], size):
            lines.append(f"{english(*sentence)}\t{tarnish(*sentence)}\t{split}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path(__file__).with_name("pairs.tsv"))
    args = parser.parse_args()
    args.output.write_text("\n".join(generate()) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {args.output} ({TRAIN_SIZE} train, {TEST_SIZE} test pairs)")


if __name__ == "__main__":
    main()
