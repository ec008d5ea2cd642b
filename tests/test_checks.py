"""helpers/checks.py: every check passes on right input and fails with a message for students."""

import numpy as np
import pytest

from helpers.checks import CheckFailed, check_close, check_dtype, check_equal, check_raises, check_shape, check_true


def failure(check, *args, **kwargs):
    """The message of the CheckFailed that `check(*args, **kwargs)` raises."""
    with pytest.raises(CheckFailed) as info:
        check(*args, **kwargs)
    return str(info.value)


def test_check_failed_is_an_assertion_error():
    assert issubclass(CheckFailed, AssertionError)
    with pytest.raises(AssertionError):
        check_true(False, "must hold")


# --- check_shape -------------------------------------------------------------------------------

def test_check_shape_passes_on_the_right_shape():
    check_shape(np.zeros((2, 3)), (2, 3))
    check_shape([[1, 2, 3], [4, 5, 6]], [2, 3])  # lists and list shapes are fine
    check_shape(5.0, ())


def test_check_shape_message_gives_both_shapes_and_the_hint():
    message = failure(check_shape, np.zeros((3, 2)), (2, 3), name="weights", hint="transpose W")
    assert "weights has the wrong shape" in message
    assert "expected shape: (2, 3)" in message
    assert "got shape:      (3, 2)" in message
    assert "Hint: transpose W" in message


def test_check_shape_without_hint_has_no_hint_line():
    assert "Hint" not in failure(check_shape, np.zeros(4), (5,))


# --- check_dtype -------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, dtypes", [
    ("float", [np.float16, np.float32, np.float64]),
    ("int", [np.int8, np.int32, np.int64, np.uint8]),
    ("bool", [np.bool_]),
])
def test_check_dtype_kinds_accept_every_dtype_of_the_kind(kind, dtypes):
    for dtype in dtypes:
        check_dtype(np.zeros(3, dtype=dtype), kind)


@pytest.mark.parametrize("kind, dtype", [
    ("float", np.int64), ("float", np.bool_),
    ("int", np.float32), ("int", np.bool_),
    ("bool", np.int64), ("bool", np.float64),
])
def test_check_dtype_kinds_reject_other_kinds(kind, dtype):
    message = failure(check_dtype, np.zeros(3, dtype=dtype), kind, name="mask", hint="compare")
    assert "mask has the wrong dtype" in message
    assert f"expected: any {kind} dtype" in message
    assert f"got:      {np.dtype(dtype)}" in message
    assert "Hint: compare" in message


def test_check_dtype_exact_dtypes():
    check_dtype(np.zeros(2, dtype=np.float32), "float32")
    check_dtype(np.zeros(2, dtype=np.float32), np.float32)
    check_dtype([1.0, 2.0], np.float64)  # a Python list of floats becomes float64
    message = failure(check_dtype, np.zeros(2, dtype=np.float32), np.float64)
    assert "expected: float64" in message and "got:      float32" in message
    message = failure(check_dtype, np.zeros(2, dtype=np.int32), "int64")
    assert "expected: int64" in message and "got:      int32" in message


# --- check_close -------------------------------------------------------------------------------

def test_check_close_passes_on_equal_and_nearly_equal_values():
    expected = np.array([[1.0, -2.0], [3.5, 0.0]])
    check_close(expected.copy(), expected)
    check_close(expected.tolist(), expected)  # lists are fine
    check_close(expected + 1e-9, expected)


def test_check_close_none_says_forget_to_return():
    message = failure(check_close, None, [1.0], name="loss", hint="return the loss")
    assert "loss is None" in message
    assert "forget to `return`" in message
    assert "Hint: return the loss" in message


def test_check_close_not_numeric():
    message = failure(check_close, "abc", [1.0])
    assert "not a numeric array" in message and "str" in message


def test_check_close_shape_mismatch():
    message = failure(check_close, np.zeros(3), np.zeros((3, 1)), name="logits")
    assert "logits has the wrong shape" in message
    assert "expected shape: (3, 1)" in message
    assert "got shape:      (3,)" in message


def test_check_close_message_has_expected_got_first_difference_count_and_hint():
    expected = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    got = np.array([1.0, 2.0, 30.0, 4.0, -5.0])
    message = failure(check_close, got, expected, name="probs", hint="normalise each row")
    assert "probs is not close enough" in message
    lines = message.splitlines()
    expected_line = next(line for line in lines if line.strip().startswith("expected:"))
    got_line = next(line for line in lines if line.strip().startswith("got:"))
    assert "30." in got_line and "30." not in expected_line
    assert "(shape (5,)" in expected_line
    difference = next(line for line in lines if "first difference" in line)
    assert "first difference at index (2,)" in difference
    # the values at that index, as plain numbers (not NumPy 2's np.float64(3.0))
    assert "expected 3.0, got 30.0" in difference
    assert "2 of 5 elements differ" in message
    assert lines[-1] == "Hint: normalise each row"


def test_check_close_first_difference_in_two_dimensions():
    expected = np.arange(6.0).reshape(2, 3)
    got = expected.copy()
    got[1, 0] = 99.0
    got[1, 2] = -1.0
    message = failure(check_close, got, expected)
    assert "first difference at index (1, 0)" in message
    assert "2 of 6 elements differ" in message


@pytest.mark.parametrize("rtol, atol, expected, inside, outside", [
    (1e-3, 0.0, 100.0, 100.09, 100.11),    # tolerance rtol * |expected| = 0.1
    (1e-3, 0.0, -100.0, -99.91, -99.89),   # |expected|: the same on the negative side
    (0.0, 0.5, 0.0, 0.49, 0.51),           # tolerance atol = 0.5
    (1e-2, 0.5, 10.0, 10.59, 10.61),       # tolerance atol + rtol * |expected| = 0.6
])
def test_check_close_tolerances(rtol, atol, expected, inside, outside):
    check_close(inside, expected, rtol=rtol, atol=atol)
    message = failure(check_close, outside, expected, rtol=rtol, atol=atol)
    assert f"rtol={rtol}, atol={atol}" in message


def test_check_close_relative_tolerance_is_relative_to_expected():
    check_close(1.0, 2.0, rtol=0.6, atol=0.0)  # |1 - 2| = 1 <= 0.6 * |2|
    with pytest.raises(CheckFailed):
        check_close(2.0, 1.0, rtol=0.6, atol=0.0)  # |2 - 1| = 1 > 0.6 * |1|


def test_check_close_default_tolerance_is_tight():
    with pytest.raises(CheckFailed):
        check_close(1.0 + 1e-4, 1.0)


def test_check_close_nan_equals_nan_only():
    check_close([np.nan, 1.0], [np.nan, 1.0])
    message = failure(check_close, [np.nan, 1.0], [0.0, 1.0])
    assert "first difference at index (0,)" in message
    with pytest.raises(CheckFailed):
        check_close([0.0], [np.nan])


# --- check_equal -------------------------------------------------------------------------------

def test_check_equal_passes_on_equal_integers_and_booleans():
    check_equal(np.array([3, 1, 2]), [3, 1, 2])
    check_equal(np.array([True, False]), [True, False])
    check_equal(np.arange(6).reshape(2, 3), [[0, 1, 2], [3, 4, 5]])


def test_check_equal_message():
    message = failure(check_equal, np.array([0, 1, 2, 7, 9]), [0, 1, 2, 3, 4],
                      name="labels", hint="argmax over axis 1")
    assert "labels differs from the expected values" in message
    assert "expected: [0 1 2 3 4]" in message
    assert "got:      [0 1 2 7 9]" in message
    assert "first difference at index (3,)" in message
    assert "2 of 5 elements differ" in message
    assert "Hint: argmax over axis 1" in message


def test_check_equal_does_not_accept_nearly_equal_floats():
    with pytest.raises(CheckFailed):
        check_equal([1.0 + 1e-12], [1.0])


def test_check_equal_none_and_shape():
    assert "forget to `return`" in failure(check_equal, None, [1])
    message = failure(check_equal, [1, 2, 3], [[1, 2, 3]])
    assert "expected shape: (1, 3)" in message and "got shape:      (3,)" in message


# --- check_true --------------------------------------------------------------------------------

def test_check_true():
    check_true(True, "never shown")
    check_true(np.all(np.arange(3) >= 0), "never shown")
    message = failure(check_true, 1 > 2, "the loss must decrease", hint="lower the learning rate")
    assert message.splitlines() == ["the loss must decrease", "Hint: lower the learning rate"]


# --- check_raises ------------------------------------------------------------------------------

def strict_sqrt(x, *, allow_negative=False):
    if x < 0 and not allow_negative:
        raise ValueError("negative input")
    return abs(x) ** 0.5


def test_check_raises_passes_when_the_exception_is_raised():
    check_raises(ValueError, strict_sqrt, -1.0)
    check_raises(ArithmeticError, lambda: 1 / 0)  # a subclass counts
    check_raises(KeyError, {}.__getitem__, "missing")


def test_check_raises_passes_args_and_kwargs_through():
    message = failure(check_raises, ValueError, strict_sqrt, -1.0, allow_negative=True,
                      hint="reject negative numbers")
    assert message.splitlines() == ["strict_sqrt raised nothing.", "  expected: ValueError",
                                    "Hint: reject negative numbers"]


def test_check_raises_reports_another_exception():
    def parse(text):
        return int(text) + None

    message = failure(check_raises, ValueError, parse, "12")
    assert message.startswith("parse raised TypeError: ")
    assert "expected: ValueError" in message


def test_check_raises_names_functions_without_a_name():
    class Callable:
        def __call__(self):
            return 1

    assert failure(check_raises, ValueError, Callable()).startswith("the function raised nothing")


def test_ipython_shows_the_message_without_the_checks_own_frames():
    with pytest.raises(CheckFailed) as info:
        check_equal([[1, 1], [0, 0]], [[0, 1], [1, 0]], name="board", hint="two parities")
    (rendered,) = info.value._render_traceback_()
    assert "board differs from the expected values." in rendered and "Hint: two parities" in rendered
    assert "helpers/checks.py" not in rendered and "Traceback" not in rendered
    # the second row of each array lines up under the first
    lines = rendered.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("expected:"))
    assert lines[first].index("[[") + 1 == lines[first + 1].index("[")
