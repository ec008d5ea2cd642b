"""Numerical gradients by central differences, to check hand-written backward passes.

    df/dx_i ~= (f(x + eps e_i) - f(x - eps e_i)) / (2 eps),   error O(eps^2)
"""
import numpy as np

from helpers.checks import check_close


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of the scalar function `f` at the array `x`, one coordinate at a time."""
    x = np.array(x, dtype=float)  # a float copy: f never sees the caller's array change
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        saved = x[i]
        x[i] = saved + eps
        f_plus = float(f(x))
        x[i] = saved - eps
        f_minus = float(f(x))
        x[i] = saved
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad


def check_gradient(f, grad, x, *, eps=1e-6, rtol=1e-4, atol=1e-6, name="gradient", hint=""):
    """Check `grad(x)` (analytic) against the numerical gradient of `f` at `x`."""
    __tracebackhide__ = True
    check_close(grad(np.array(x, dtype=float)), numerical_gradient(f, x, eps),
                rtol=rtol, atol=atol, name=name,
                hint=hint or "compare each partial derivative with (f(x+eps) - f(x-eps)) / (2 eps)")
