"""Fast mode shrinks data and epochs so a notebook runs in seconds; without it, notebooks train
for real. It is on when COURSE_FAST=1 (CI sets it), and when nbgrader validates or autogrades a
notebook (nbgrader sets NBGRADER_EXECUTION in the kernel's environment), unless COURSE_FAST=0."""
import os

_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def is_fast():
    """True when COURSE_FAST asks for fast mode, or, if it is unset, when nbgrader is grading."""
    value = os.environ.get("COURSE_FAST", "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if value:
        raise ValueError(f"COURSE_FAST={value!r} is not understood: set it to 1 (fast) or 0 (full).")
    return "NBGRADER_EXECUTION" in os.environ


def fast_or_full(fast, full):
    """Pick the fast-mode value or the full value, e.g. ``epochs = fast_or_full(1, 20)``."""
    return fast if is_fast() else full
