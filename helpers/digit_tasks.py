"""Seeded sequence-to-sequence tasks on digit strings, for training a small encoder-decoder.

    >>> data = make_digit_task("reverse", n_train=1000, n_test=200, min_len=3, max_len=8, seed=0)
    >>> decode(data.train.source[0]), decode(data.train.target_out[0])
    ('60379616', '61697306')

Vocabulary (ids of ``VOCAB``): ``PAD = 0`` fills rows up to a common width, ``BOS = 1`` starts the
decoder's input, ``EOS = 2`` ends the decoder's output, and the digit ``d`` has id ``d + 3``
(``DIGIT_OFFSET``), so there are 13 tokens in all.

Tasks (``TASKS``), for a source string of digits:

- ``"copy"``: the target is the source itself;
- ``"reverse"``: the target is the source backwards (``"1234"`` -> ``"4321"``);
- ``"sort"``: the target holds the same digits in ascending order (``"3141"`` -> ``"1134"``).

Every split holds distinct source strings, and no source string occurs in both splits, so test
accuracy measures generalisation to strings the model has never seen. Same arguments, same data.
"""
import numbers
import re
from dataclasses import dataclass

import numpy as np

PAD, BOS, EOS = 0, 1, 2
DIGIT_OFFSET = 3
VOCAB = ("<pad>", "<bos>", "<eos>", *"0123456789")
TASKS = ("copy", "reverse", "sort")
MAX_LEN = 16  # a string and its length must fit one int64 key while drawing distinct strings


@dataclass(frozen=True)
class DigitSplit:
    """One split; ``n`` rows, every array int64.

    source:     (n, max_len)     the digit ids of the source string, then PAD
    target_in:  (n, max_len + 1) the decoder's input (teacher forcing): BOS, the target's digit ids, PAD
    target_out: (n, max_len + 1) what the decoder must predict: the target's digit ids, EOS, PAD
    lengths:    (n,)             the number of digits of each source (= of each target)
    """

    source: np.ndarray
    target_in: np.ndarray
    target_out: np.ndarray
    lengths: np.ndarray


@dataclass(frozen=True)
class DigitTask:
    """A task's name, its length range, and its two disjoint splits."""

    task: str
    min_len: int
    max_len: int
    train: DigitSplit
    test: DigitSplit


def make_digit_task(task, n_train, n_test, min_len=3, max_len=10, seed=0):
    """Distinct random digit strings and their targets under `task`, split into train and test.

    Each string's length is drawn uniformly from ``min_len .. max_len`` (at most ``MAX_LEN``) and its
    digits uniformly from 0-9; a string drawn twice is kept once. Raises ValueError for an unknown
    task, lengths out of range or order, or more strings than there are distinct strings of those
    lengths; TypeError for counts or lengths that are not integers.
    """
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}: choose one of {TASKS}")
    _check_int("n_train", n_train, minimum=1)
    _check_int("n_test", n_test, minimum=1)
    _check_int("min_len", min_len, minimum=1)
    _check_int("max_len", max_len, minimum=min_len)
    if max_len > MAX_LEN:
        raise ValueError(f"max_len must be at most {MAX_LEN}, got {max_len}")
    available = sum(10 ** length for length in range(min_len, max_len + 1))
    if n_train + n_test > available:
        raise ValueError(f"n_train + n_test = {n_train + n_test} distinct strings requested, but only "
                         f"{available} digit strings have {min_len} to {max_len} digits")
    digits, lengths = _distinct_strings(np.random.default_rng(seed), n_train + n_test, min_len, max_len)
    split = _encode_split(digits, lengths, task)
    return DigitTask(task, min_len, max_len,
                     DigitSplit(*(array[:n_train] for array in split)),
                     DigitSplit(*(array[n_train:] for array in split)))


def target_string(source, task):
    """The target string of one source string of digits, e.g. ``target_string("312", "sort") == "123"``."""
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}: choose one of {TASKS}")
    if not _is_digits(source):
        raise ValueError(f"the source must be a string of the digits 0-9, got {source!r}")
    if task == "reverse":
        return source[::-1]
    if task == "sort":
        return "".join(sorted(source))
    return source


def encode(string):
    """The (len(string),) int64 ids of a string of digits (no BOS, EOS or padding)."""
    if not _is_digits(string):
        raise ValueError(f"only the digits 0-9 can be encoded, got {string!r}")
    return np.array([int(character) + DIGIT_OFFSET for character in string], dtype=np.int64)


def decode(ids):
    """The digits of a 1-D sequence of ids as a string: BOS is skipped, reading stops at EOS or PAD."""
    ids = np.asarray(ids)
    if ids.ndim != 1 or not np.issubdtype(ids.dtype, np.integer):
        raise ValueError(f"decode takes a 1-D integer sequence of ids, got shape {ids.shape} and dtype {ids.dtype}")
    digits = []
    for token in ids.tolist():
        if token in (EOS, PAD):
            break
        if token == BOS:
            continue
        if not DIGIT_OFFSET <= token < len(VOCAB):
            raise ValueError(f"{token} is not a token id: ids run from 0 to {len(VOCAB) - 1}")
        digits.append(VOCAB[token])
    return "".join(digits)


def _is_digits(string):
    return isinstance(string, str) and re.fullmatch("[0-9]*", string) is not None


def _check_int(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")


def _distinct_strings(rng, count, min_len, max_len):
    """(count, max_len) digits (0 past a string's end) and (count,) lengths of distinct strings, in
    the order first drawn."""
    digits = np.empty((0, max_len), dtype=np.int64)                  # (drawn, max_len): one string per row
    lengths = np.empty(0, dtype=np.int64)                            # (drawn,)
    inside = np.arange(max_len)                                      # (max_len,) positions
    while True:
        new_lengths = rng.integers(min_len, max_len + 1, size=count)                     # (count,)
        new_digits = rng.integers(0, 10, size=(count, max_len)) * (inside < new_lengths[:, np.newaxis])
        lengths, digits = np.concatenate([lengths, new_lengths]), np.concatenate([digits, new_digits])
        # a string is its length and the number its digits spell (leading zeros count): one int64 key
        keys = lengths * 10 ** max_len + digits @ 10 ** inside       # (drawn,)
        _, first = np.unique(keys, return_index=True)                # the first row of every distinct key
        if len(first) >= count:
            rows = np.sort(first)[:count]
            return digits[rows], lengths[rows]


def _encode_split(digits, lengths, task):
    """source, target_in, target_out (as in DigitSplit) and lengths of (n, max_len) digits."""
    n, max_len = digits.shape
    inside = np.arange(max_len) < lengths[:, np.newaxis]            # (n, max_len): True on the digits
    if task == "reverse":
        backwards = np.maximum(lengths[:, np.newaxis] - 1 - np.arange(max_len), 0)   # (n, max_len)
        target = np.take_along_axis(digits, backwards, axis=1)
    elif task == "sort":
        target = np.sort(np.where(inside, digits, 10), axis=1)       # past the end sorts last
    else:
        target = digits
    source = np.where(inside, digits + DIGIT_OFFSET, PAD)           # (n, max_len)
    target_ids = np.where(inside, target + DIGIT_OFFSET, PAD)       # (n, max_len)
    target_in = np.concatenate([np.full((n, 1), BOS), target_ids], axis=1)           # (n, max_len + 1)
    target_out = np.concatenate([target_ids, np.full((n, 1), PAD)], axis=1)          # (n, max_len + 1)
    target_out[np.arange(n), lengths] = EOS
    return (source.astype(np.int64), target_in.astype(np.int64), target_out.astype(np.int64),
            lengths.astype(np.int64))
