"""Fast mode: COURSE_FAST=1 (set by CI and by grading) shrinks data and epochs so a notebook
runs in seconds. Without it, notebooks train for real."""
import os

_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"", "0", "false", "no", "off"}


def is_fast():
    """True when the environment variable COURSE_FAST asks for fast mode."""
    value = os.environ.get("COURSE_FAST", "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"COURSE_FAST={value!r} is not understood: set it to 1 (fast) or 0 (full).")


def fast_or_full(fast, full):
    """Pick the fast-mode value or the full value, e.g. ``epochs = fast_or_full(1, 20)``."""
    return fast if is_fast() else full
