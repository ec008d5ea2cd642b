"""Student-facing checks: each failure says what was expected, what came back, where they
first differ, and a hint -- never a bare AssertionError.

    >>> check_close(standardize(x), expected, hint="divide by the standard deviation of each column")
"""
import numpy as np


class CheckFailed(AssertionError):
    """A visible check failed; the message is written for the student."""

    def _render_traceback_(self):
        """What IPython shows instead of a traceback: the message alone, since the frames of the
        check itself tell a student nothing (IPython's protocol for custom error displays)."""
        return [f"\x1b[0;31mCheckFailed\x1b[0m: {str(self)}"]


def _fail(title, lines, hint):
    __tracebackhide__ = True  # IPython and pytest hide this frame from the traceback
    message = [title, *("  " + line for line in lines)]
    if hint:
        message.append(f"Hint: {hint}")
    raise CheckFailed("\n".join(message))


def _summary(label, array):
    """`label` then the array, later rows aligned under the first: 'expected: [[0 1]\n  [1 0]]'."""
    array = np.asarray(array)
    text = np.array2string(array, threshold=20, edgeitems=3, precision=6, prefix="  " + label)
    return f"{label}{text}  (shape {array.shape}, dtype {array.dtype})"


def check_shape(got, expected_shape, *, name="result", hint=""):
    """Check that `got` is array-like with shape `expected_shape`."""
    __tracebackhide__ = True
    shape = np.shape(got)
    if tuple(shape) != tuple(expected_shape):
        _fail(f"{name} has the wrong shape.",
              [f"expected shape: {tuple(expected_shape)}", f"got shape:      {tuple(shape)}"], hint)


def check_dtype(got, expected_kind, *, name="result", hint=""):
    """Check the kind of dtype: 'float', 'int', 'bool', or any NumPy dtype (compared exactly)."""
    __tracebackhide__ = True
    dtype = np.asarray(got).dtype
    kinds = {"float": np.floating, "int": np.integer, "bool": np.bool_}
    if expected_kind in kinds:
        ok, wanted = np.issubdtype(dtype, kinds[expected_kind]), f"any {expected_kind} dtype"
    else:
        ok, wanted = dtype == np.dtype(expected_kind), str(np.dtype(expected_kind))
    if not ok:
        _fail(f"{name} has the wrong dtype.", [f"expected: {wanted}", f"got:      {dtype}"], hint)


def _first_difference(got, expected, mismatch):
    index = tuple(int(i) for i in np.argwhere(mismatch)[0])
    return (f"first difference at index {index}: expected {expected[index].item()!r}, "
            f"got {got[index].item()!r} "
            f"({int(mismatch.sum())} of {mismatch.size} elements differ)")


def check_close(got, expected, *, rtol=1e-6, atol=1e-8, name="result", hint=""):
    """Check that `got` matches `expected` elementwise within |got - expected| <= atol + rtol*|expected|."""
    __tracebackhide__ = True
    if got is None:
        _fail(f"{name} is None: did the function forget to `return`?", [], hint)
    expected = np.asarray(expected, dtype=float)
    try:
        got_array = np.asarray(got, dtype=float)
    except (TypeError, ValueError) as error:
        _fail(f"{name} is not a numeric array ({type(got).__name__}: {error}).", [], hint)
    check_shape(got_array, expected.shape, name=name, hint=hint)
    mismatch = ~np.isclose(got_array, expected, rtol=rtol, atol=atol, equal_nan=True)
    if mismatch.any():
        _fail(f"{name} is not close enough to the expected values (rtol={rtol}, atol={atol}).",
              [_summary("expected: ", expected), _summary("got:      ", got_array),
               _first_difference(got_array, expected, mismatch)], hint)


def check_equal(got, expected, *, name="result", hint=""):
    """Check exact equality of shape and values (for integers, booleans and indices)."""
    __tracebackhide__ = True
    if got is None:
        _fail(f"{name} is None: did the function forget to `return`?", [], hint)
    got_array, expected = np.asarray(got), np.asarray(expected)
    check_shape(got_array, expected.shape, name=name, hint=hint)
    mismatch = got_array != expected
    if np.any(mismatch):
        _fail(f"{name} differs from the expected values.",
              [_summary("expected: ", expected), _summary("got:      ", got_array),
               _first_difference(got_array, expected, np.asarray(mismatch))], hint)


def check_true(condition, message, *, hint=""):
    """Check a condition that is not a comparison of arrays; `message` says what should hold."""
    __tracebackhide__ = True
    if not bool(condition):
        _fail(message, [], hint)


def check_raises(exception, function, *args, hint="", **kwargs):
    """Check that ``function(*args, **kwargs)`` raises `exception` (e.g. on invalid input)."""
    __tracebackhide__ = True
    try:
        function(*args, **kwargs)
    except exception:
        return
    except Exception as error:  # noqa: BLE001 -- reported to the student, not swallowed
        _fail(f"{getattr(function, '__name__', 'the function')} raised {type(error).__name__}: "
              f"{error}", [f"expected: {exception.__name__}"], hint)
    _fail(f"{getattr(function, '__name__', 'the function')} raised nothing.",
          [f"expected: {exception.__name__}"], hint)
