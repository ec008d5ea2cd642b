"""Helpers for the deep-learning course notebooks.

One concept per module; import names explicitly, e.g. ``from helpers.checks import check_close``.
Importing this package loads no framework and changes no global state.
"""
