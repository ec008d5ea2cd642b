"""helpers/gradcheck.py: central-difference gradients and the check built on them."""
import numpy as np
import pytest

from helpers.checks import CheckFailed
from helpers.gradcheck import check_gradient, numerical_gradient

# Central differences are exact for quadratics up to round-off (~1e-16 * |f| / eps), so the
# tolerances below are far tighter than check_gradient's defaults.
TIGHT = dict(rtol=1e-7, atol=1e-7)


def sum_of_squares(x):
    return np.sum(x ** 2)


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


@pytest.mark.parametrize("shape", [(5,), (3, 4)])
def test_numerical_gradient_of_sum_of_squares(rng, shape):
    x = rng.normal(size=shape)
    grad = numerical_gradient(sum_of_squares, x)
    assert grad.shape == x.shape
    np.testing.assert_allclose(grad, 2 * x, **TIGHT)


def test_numerical_gradient_of_quadratic_form_1d(rng):
    A = rng.normal(size=(4, 4))  # not symmetric: the gradient is (A + A^T) x, not 2 A x
    x = rng.normal(size=4)
    grad = numerical_gradient(lambda v: v @ A @ v, x)
    np.testing.assert_allclose(grad, (A + A.T) @ x, **TIGHT)
    assert not np.allclose(grad, 2 * A @ x, rtol=1e-3)


def test_numerical_gradient_of_quadratic_form_2d(rng):
    A = rng.normal(size=(3, 3))
    X = rng.normal(size=(3, 2))
    grad = numerical_gradient(lambda M: np.sum(M * (A @ M)), X)  # trace(X^T A X)
    np.testing.assert_allclose(grad, (A + A.T) @ X, **TIGHT)


def test_numerical_gradient_of_a_non_quadratic_function(rng):
    x = rng.normal(size=6)
    grad = numerical_gradient(lambda v: np.sum(np.sin(v)), x, eps=1e-5)
    np.testing.assert_allclose(grad, np.cos(x), rtol=1e-8, atol=1e-8)


def test_numerical_gradient_leaves_the_callers_array_alone(rng):
    x = rng.normal(size=(2, 3))
    before = x.copy()
    seen = []

    def f(v):
        seen.append(v.copy())
        return np.sum(v ** 2)

    numerical_gradient(f, x, eps=1e-3)
    np.testing.assert_array_equal(x, before)
    # f is called twice per coordinate, each time at x moved by +-eps along that coordinate only
    assert len(seen) == 2 * x.size
    for point in seen:
        moved = point != before
        assert moved.sum() == 1
        assert np.allclose(np.abs(point - before)[moved], 1e-3)


def test_numerical_gradient_of_an_integer_array_is_not_truncated():
    x = np.array([1, -2, 3])
    grad = numerical_gradient(sum_of_squares, x)
    np.testing.assert_allclose(grad, [2.0, -4.0, 6.0], **TIGHT)
    assert x.dtype.kind == "i" and list(x) == [1, -2, 3]


def test_check_gradient_passes_for_the_right_gradient(rng):
    x = rng.normal(size=(3, 2))
    check_gradient(sum_of_squares, lambda v: 2 * v, x)
    A = rng.normal(size=(4, 4))
    v = rng.normal(size=4)
    check_gradient(lambda u: u @ A @ u, lambda u: (A + A.T) @ u, v)


def test_check_gradient_fails_without_the_factor_two(rng):
    x = rng.normal(size=5)
    with pytest.raises(CheckFailed) as info:
        check_gradient(sum_of_squares, lambda v: v, x)
    message = str(info.value)
    assert "gradient is not close enough" in message
    assert "5 of 5 elements differ" in message
    assert "(f(x+eps) - f(x-eps)) / (2 eps)" in message  # the default hint


def test_check_gradient_fails_for_a_transposed_matrix(rng):
    A = rng.normal(size=(4, 4))
    x = rng.normal(size=4)
    f = lambda u: u @ A @ u  # noqa: E731
    for wrong in (lambda u: 2 * A.T @ u, lambda u: 2 * A @ u):
        with pytest.raises(CheckFailed):
            check_gradient(f, wrong, x, hint="A is not symmetric")
    with pytest.raises(CheckFailed, match="Hint: A is not symmetric"):
        check_gradient(f, lambda u: 2 * A.T @ u, x, hint="A is not symmetric")


def test_check_gradient_gives_grad_a_copy(rng):
    x = rng.normal(size=3)
    before = x.copy()

    def grad(v):
        result = 2 * v
        v[:] = 0.0  # a careless backward pass that overwrites its input
        return result

    check_gradient(sum_of_squares, grad, x)
    np.testing.assert_array_equal(x, before)
