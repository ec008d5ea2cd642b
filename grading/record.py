"""Runs in the student's sandbox, called by the rewritten test cells: write down what the
student's code returned, as plain .npy arrays (no pickles) and one JSON line per value.
Nothing here decides anything: grading.judge compares the records outside the sandbox."""
import json
import os

import numpy as np

_count = 0


def _write(entry):
    with open("records.jsonl", "a") as file:
        file.write(json.dumps(entry) + "\n")


def record(site, value):
    """Record `value` for the check at `site` (an array-like of numbers, booleans or strings)."""
    global _count
    _count += 1
    try:
        array = np.asarray(value)
        if array.dtype.hasobject:
            raise TypeError(f"a {type(value).__name__} is not an array of numbers")
        path = f"records/{_count:06d}.npy"
        os.makedirs("records", exist_ok=True)
        np.save(path, array, allow_pickle=False)
    except Exception as error:  # noqa: BLE001 -- any failure is the student's value failing the check
        _write({"site": site, "error": f"{type(error).__name__}: {str(error)[:200]}"})
    else:
        _write({"site": site, "file": path})


def record_raises(site, function, *args, **kwargs):
    """Record the exception (as its class names, most specific first) that the call raises, if any."""
    try:
        function(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 -- which exception it was is the answer
        _write({"site": site, "raised": [cls.__name__ for cls in type(error).__mro__]})
    else:
        _write({"site": site, "raised": []})
