"""Decide each test cell outside the sandbox: compare what the student's code returned on every
check with what the reference solution returned, using the check's kind and tolerances from the
trusted test cell (grading.rewrite.Spec). Student files are read without following links, only
if they are regular files under a size limit, and arrays are loaded with allow_pickle=False."""
import io
import json
import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

MAX_RECORDS = 50_000_000   # bytes of records.jsonl read
MAX_ARRAY = 50_000_000     # bytes of one recorded array
RECORD_FILE = re.compile(r"records/\d{6}\.npy")
KINDS = {"float": np.floating, "int": np.integer, "bool": np.bool_}


def read_untrusted(path, limit):
    """The bytes of `path` if it is a regular file (not a link, FIFO or device) of at most `limit`."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return file.read(limit)


@dataclass(frozen=True)
class Value:
    array: np.ndarray | None = None
    raised: tuple | None = None
    error: str = ""


def load_records(workdir):
    """{site: [Value]} in the order they were recorded."""
    records = defaultdict(list)
    text = read_untrusted(os.path.join(workdir, "records.jsonl"), MAX_RECORDS)
    for line in (text or b"").decode(errors="replace").splitlines():
        try:
            entry = json.loads(line)
            site = str(entry["site"])
        except (ValueError, KeyError, TypeError):
            continue
        if "raised" in entry and isinstance(entry["raised"], list):
            records[site].append(Value(raised=tuple(str(name)[:100] for name in entry["raised"][:50])))
        elif isinstance(entry.get("file"), str) and RECORD_FILE.fullmatch(entry["file"]):
            data = read_untrusted(os.path.join(workdir, entry["file"]), MAX_ARRAY)
            try:
                records[site].append(Value(array=np.load(io.BytesIO(data), allow_pickle=False)))
            except (ValueError, TypeError, OSError, EOFError):
                records[site].append(Value(error="the recorded value could not be read"))
        else:
            records[site].append(Value(error=str(entry.get("error", "no value"))[:200]))
    return records


def compare(spec, got, reference):
    """None when `got` passes the check `spec` against `reference`, else the reason (no values)."""
    if got.error:
        return f"is not an array of numbers ({got.error})"
    if spec.kind == "raises":
        if spec.exception.split(".")[-1] in (got.raised or ()):
            return None
        return f"raised {got.raised[0]}" if got.raised else f"did not raise {spec.exception}"
    if got.array is None:
        return "was not recorded"
    array, expected = got.array, reference.array
    if spec.kind == "dtype":
        wanted = KINDS.get(spec.dtype)
        ok = np.issubdtype(array.dtype, wanted) if wanted else array.dtype == np.dtype(spec.dtype)
        return None if ok else f"has dtype {array.dtype}, expected {spec.dtype}"
    if spec.kind == "true":
        return None if array.size == 1 and bool(array) else "is not true"
    if array.shape != expected.shape:
        return f"has shape {array.shape}, expected {expected.shape}"
    if spec.kind == "shape":
        return None
    try:
        if spec.kind == "close":
            ok = np.isclose(array.astype(float), expected.astype(float), rtol=spec.rtol, atol=spec.atol,
                            equal_nan=True).all()
        else:
            ok = np.array_equal(array, expected)
    except (TypeError, ValueError):
        ok = False
    return None if ok else "differs from the reference solution's result"


def judge_cell(specs, student, reference):
    """(passed, message) for one test cell from its specs and the two runs' records."""
    for spec in specs:
        expected, got = reference.get(spec.site, []), student.get(spec.site, [])
        if not expected:
            raise RuntimeError(f"the reference solution recorded nothing for {spec.site}: check solutions/")
        if len(got) != len(expected):
            return False, f"{spec.name}: the check ran {len(got)} times, the reference {len(expected)} times"
        if any(v.error or (spec.kind != "raises" and v.array is None) for v in expected):
            raise RuntimeError(f"the reference solution's value for {spec.site} was not recorded: check solutions/")
        for value, reference_value in zip(got, expected, strict=True):
            reason = compare(spec, value, reference_value)
            if reason:
                return False, f"{spec.name} {reason}" + (f"\nHint: {spec.hint}" if spec.hint else "")
    return True, f"{len(specs)} checks passed"
