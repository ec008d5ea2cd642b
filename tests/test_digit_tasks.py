"""helpers/digit_tasks.py: seeded digit-string tasks for sequence-to-sequence models."""
import numpy as np
import pytest

from helpers.digit_tasks import (
    BOS,
    DIGIT_OFFSET,
    EOS,
    MAX_LEN,
    PAD,
    TASKS,
    VOCAB,
    DigitSplit,
    DigitTask,
    decode,
    encode,
    make_digit_task,
    target_string,
)


def test_vocabulary_has_three_special_tokens_then_the_digits():
    assert (PAD, BOS, EOS, DIGIT_OFFSET) == (0, 1, 2, 3)
    assert VOCAB[:3] == ("<pad>", "<bos>", "<eos>") and len(VOCAB) == 13
    assert [VOCAB[digit + DIGIT_OFFSET] for digit in range(10)] == list("0123456789")


@pytest.mark.parametrize("task", TASKS)
def test_splits_have_the_documented_shapes_and_dtypes(task):
    data = make_digit_task(task, n_train=300, n_test=50, min_len=2, max_len=7, seed=1)
    assert isinstance(data, DigitTask) and (data.task, data.min_len, data.max_len) == (task, 2, 7)
    for split, n in ((data.train, 300), (data.test, 50)):
        assert isinstance(split, DigitSplit)
        assert split.source.shape == (n, 7) and split.target_in.shape == (n, 8) and split.target_out.shape == (n, 8)
        assert split.lengths.shape == (n,)
        for array in (split.source, split.target_in, split.target_out, split.lengths):
            assert array.dtype == np.int64


@pytest.mark.parametrize("task", TASKS)
def test_rows_hold_source_target_and_special_tokens_where_documented(task):
    data = make_digit_task(task, n_train=200, n_test=20, min_len=1, max_len=6, seed=2)
    for split in (data.train, data.test):
        for source, target_in, target_out, length in zip(split.source, split.target_in, split.target_out,
                                                         split.lengths, strict=True):
            assert 1 <= length <= 6
            assert np.all(source[:length] >= DIGIT_OFFSET) and np.all(source[length:] == PAD)
            target = encode(target_string(decode(source), task))
            assert target_in[0] == BOS and np.array_equal(target_in[1:length + 1], target)
            assert np.all(target_in[length + 1:] == PAD)
            assert np.array_equal(target_out[:length], target) and target_out[length] == EOS
            assert np.all(target_out[length + 1:] == PAD)


def test_targets_of_each_task():
    assert target_string("31402", "copy") == "31402"
    assert target_string("31402", "reverse") == "20413"
    assert target_string("31402", "sort") == "01234"
    data = make_digit_task("reverse", n_train=5, n_test=5, min_len=4, max_len=4, seed=0)
    assert all(decode(t) == decode(s)[::-1] for s, t in zip(data.train.source, data.train.target_out, strict=True))


def test_strings_are_distinct_within_and_across_splits():
    data = make_digit_task("sort", n_train=900, n_test=100, min_len=1, max_len=3, seed=3)  # 1,110 strings exist
    train = {decode(row) for row in data.train.source}
    test = {decode(row) for row in data.test.source}
    assert len(train) == 900 and len(test) == 100 and not train & test


def test_leading_zeros_make_different_strings():
    data = make_digit_task("copy", n_train=100, n_test=10, min_len=1, max_len=2, seed=4)   # all 110 strings
    strings = {decode(row) for row in np.concatenate([data.train.source, data.test.source])}
    assert len(strings) == 110 and {"0", "00", "07"} <= strings


def test_lengths_cover_the_range_and_the_seed_decides_everything():
    first = make_digit_task("reverse", n_train=2000, n_test=100, min_len=3, max_len=10, seed=5)
    again = make_digit_task("reverse", n_train=2000, n_test=100, min_len=3, max_len=10, seed=5)
    other = make_digit_task("reverse", n_train=2000, n_test=100, min_len=3, max_len=10, seed=6)
    assert set(first.train.lengths.tolist()) == set(range(3, 11))
    assert np.array_equal(first.train.source, again.train.source)
    assert np.array_equal(first.test.target_out, again.test.target_out)
    assert not np.array_equal(first.train.source, other.train.source)


@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"task": "shuffle"}, ValueError, "unknown task"),
    ({"n_train": 0}, ValueError, "n_train must be at least 1"),
    ({"n_test": 2.0}, TypeError, "n_test must be an integer"),
    ({"n_train": True}, TypeError, "n_train must be an integer"),
    ({"min_len": 0}, ValueError, "min_len must be at least 1"),
    ({"min_len": 5, "max_len": 4}, ValueError, "max_len must be at least 5"),
    ({"max_len": MAX_LEN + 1}, ValueError, "max_len must be at most"),
    ({"n_train": 95, "n_test": 10, "min_len": 2, "max_len": 2}, ValueError, "only 100 digit strings"),
])
def test_bad_arguments_are_refused_with_a_clear_message(kwargs, error, match):
    arguments = {"task": "reverse", "n_train": 10, "n_test": 5, "min_len": 3, "max_len": 6} | kwargs
    with pytest.raises(error, match=match):
        make_digit_task(**arguments)


def test_encode_and_decode():
    assert encode("0912").tolist() == [3, 12, 4, 5] and encode("0912").dtype == np.int64
    assert decode(np.array([BOS, 3, 12, 4, 5, EOS, 7, PAD])) == "0912"    # BOS skipped, stops at EOS
    assert decode([6, 7, PAD, 8]) == "34"                                 # stops at PAD
    assert decode(encode("5550123")) == "5550123"
    assert encode("").shape == (0,) and decode([EOS]) == ""
    for bad in ("12a", "\u0661\u0662", "1 2", 12):                      # Arabic-Indic digits are not 0-9
        with pytest.raises(ValueError, match="digits 0-9"):
            encode(bad)
    with pytest.raises(ValueError, match="1-D integer"):
        decode(np.zeros((2, 3), dtype=np.int64))
    with pytest.raises(ValueError, match="not a token id"):
        decode([3, 13])
    with pytest.raises(ValueError, match="unknown task"):
        target_string("12", "rotate")
    with pytest.raises(ValueError, match="digits 0-9"):
        target_string("1 2", "sort")
