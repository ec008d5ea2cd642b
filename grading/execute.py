"""The autograder's execute step, sandboxed and judged from outside.

nbgrader_config.py puts SandboxedExecute where nbgrader's own Execute would run the student's
notebook in the instructor's session. Here:

1. every test cell is rewritten (grading.rewrite) so that it only records what the student's code
   returns, and holds no expected value;
2. the notebook runs in grading.sandbox (no network, an unprivileged user, resource limits, a wall
   clock, no solutions/, gradebook or other students in reach); only cell outputs and the records
   come back, read as JSON and plain arrays;
3. the reference solution's notebook runs through the same rewrite once per assignment;
4. grading.judge compares the two runs check by check and sets each test cell's output to its
   verdict, so nbgrader scores it: nothing the student's code did to its own kernel (patched
   functions, IPython hooks, swallowed errors, a bare `False`) can turn a wrong value into a pass.

A cell the run never reached gets a NotRun error; its test cell then fails for want of records.
"""
import copy
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbformat.v4 import new_output
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer

from grading.judge import judge_cell, load_records, read_untrusted
from grading.rewrite import rewrite_test_cell
from grading.sandbox import Limits, check_sandbox, run_in_sandbox

MAX_RESULTS = 20_000_000  # bytes of cell outputs read back from one run


def _text(value, limit=100_000):
    if isinstance(value, list):
        value = "".join(item for item in value if isinstance(item, str))
    return value[:limit] if isinstance(value, str) else ""


def clean_output(raw):
    """A well-formed nbformat output built from untrusted JSON, or None."""
    if not isinstance(raw, dict):
        return None
    kind = raw.get("output_type")
    if kind == "stream" and raw.get("name") in ("stdout", "stderr"):
        return new_output("stream", name=raw["name"], text=_text(raw.get("text")))
    if kind == "error":
        traceback = raw.get("traceback") if isinstance(raw.get("traceback"), list) else []
        return new_output("error", ename=_text(raw.get("ename"), 200), evalue=_text(raw.get("evalue"), 10_000),
                          traceback=[_text(line, 10_000) for line in traceback[:200]])
    if kind in ("display_data", "execute_result") and isinstance(raw.get("data"), dict):
        # text only: a JSON value (a progress bar's widget view) would point at widget state the graded
        # notebook does not have, and nbconvert's HTML export fails on one that is not a dict
        data = {str(mime)[:100]: _text(value, 5_000_000) for mime, value in raw["data"].items()
                if isinstance(value, (str, list))}
        if not data:
            return None
        output = new_output("display_data", data=data)
        if kind == "execute_result":
            output = new_output("execute_result", data=data, execution_count=None)
        return output
    return None


def read_results(path):
    """{cell index: [outputs]} from the sandbox's JSON-lines file."""
    results = {}
    text = read_untrusted(path, MAX_RESULTS)
    for line in (text or b"").decode(errors="replace").splitlines():
        try:
            record = json.loads(line)
            index, outputs = int(record["index"]), record["outputs"]
        except (ValueError, KeyError, TypeError):
            continue  # a cut or forged line is ignored; its cell then counts as not run
        if isinstance(outputs, list):
            results[index] = [output for output in map(clean_output, outputs[:100]) if output is not None]
    return results


def not_run(reason):
    return new_output("error", ename="NotRun", evalue=reason, traceback=[f"NotRun: {reason}"])


def verdict(passed, message, stopped=None):
    """The output a judged test cell shows: nbgrader scores a cell with an error output 0."""
    if passed:
        return [new_output("stream", name="stdout", text=f"{message}\n")]
    if stopped is not None and "ran 0 times" in message:
        message = f"the test cell stopped: {stopped.ename}: {stopped.evalue.splitlines()[0] if stopped.evalue else ''}"
    return [new_output("error", ename="CheckFailed", evalue=message, traceback=[f"CheckFailed: {message}"])]


def test_cells(nb):
    """{cell index: (grade_id, student-side source, specs)} for every autograded test cell."""
    cells = {}
    for index, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            cells[index] = (meta["grade_id"], *rewrite_test_cell(cell.source, meta["grade_id"]))
    return cells


class SandboxedExecute(NbGraderPreprocessor):
    cell_timeout = Integer(180, help="Seconds one cell may run.").tag(config=True)
    wall_seconds = Integer(900, help="Seconds the whole notebook may run.").tag(config=True)
    memory_gib = Integer(4, help="Heap limit of each process in the sandbox, GiB.").tag(config=True)

    _references = {}  # (source notebook, its SHA-256) -> the reference run's records

    def _run(self, nb, files_from, name, keep_records_in=None):
        """Run `nb` (test cells already rewritten) sandboxed: (outputs by cell, records, reason).
        With `keep_records_in`, the run's records are also moved to that folder."""
        with tempfile.TemporaryDirectory(prefix="grading-") as folder:
            work = Path(folder) / "work"
            work.mkdir()
            check_sandbox(work)
            # the assignment's own data files (from solutions/, trusted), never files the student added
            for path in files_from.rglob("*"):
                if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
                    target = work / path.relative_to(files_from)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(path.read_bytes())
            (work / f"{name}.ipynb").write_text(json.dumps(nb))
            limits = Limits(wall_seconds=self.wall_seconds, memory_bytes=self.memory_gib << 30)
            run = run_in_sandbox([sys.executable, "-m", "grading.run_notebook", f"{name}.ipynb", "results.jsonl",
                                  "--cell-timeout", str(self.cell_timeout)], work, limits)
            results, records = read_results(work / "results.jsonl"), load_records(work)
            if keep_records_in is not None:
                keep = Path(folder) / "keep"
                keep.mkdir()
                shutil.move(work / "records.jsonl", keep / "records.jsonl")
                if (work / "records").is_dir():
                    shutil.move(work / "records", keep / "records")
                try:
                    os.rename(keep, keep_records_in)  # atomic: parallel graders never see half a cache
                except OSError:
                    pass  # another grader stored the same reference first
        if run.timed_out:
            reason = f"the notebook ran past its {self.wall_seconds} s limit"
        elif run.returncode != 0:
            reason = f"the notebook stopped (exit status {run.returncode})"
        else:
            reason = "the notebook stopped before this cell"
        return results, records, reason

    def _reference(self, source_dir, name, cache_root):
        """The reference solution's records: in memory, else in the course's .grading-cache/ (shared
        by parallel graders), else from a sandboxed run of the source notebook."""
        path = source_dir / f"{name}.ipynb"
        digest = hashlib.sha256(path.read_bytes() + (Path(__file__).parent / "rewrite.py").read_bytes()).hexdigest()
        if digest not in self._references:
            cached = Path(cache_root) / ".grading-cache" / f"{name}-{digest[:16]}"
            if not (cached / "records.jsonl").exists():
                cached.parent.mkdir(exist_ok=True)
                reference = nbformat.read(path, as_version=4)
                for index, (_, source, _) in test_cells(reference).items():
                    reference.cells[index].source = source
                self._run(reference, source_dir, name, keep_records_in=cached)
            self._references[digest] = load_records(cached)
        return self._references[digest]

    def preprocess(self, nb, resources):
        coursedir = CourseDirectory(config=self.config)
        name = resources["nbgrader"]["notebook"]
        source_dir = Path(coursedir.format_path(coursedir.source_directory, ".", resources["nbgrader"]["assignment"]))
        tests = test_cells(nb)
        reference = self._reference(source_dir, name, coursedir.root)
        student = copy.deepcopy(nb)
        for index, (_, source, _) in tests.items():
            student.cells[index].source = source
        results, records, reason = self._run(student, source_dir, name)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            outputs = results.get(index, [not_run(reason)])
            if index in tests:
                stopped = next((o for o in outputs if o.output_type == "error"), None)
                outputs = verdict(*judge_cell(tests[index][2], records, reference), stopped=stopped)
            cell.outputs, cell.execution_count = outputs, None
        self.log.info("sandboxed run: %d of %d code cells ran; %d of %d test cells passed", len(results),
                      sum(cell.cell_type == "code" for cell in nb.cells),
                      sum(nb.cells[i].outputs[0].output_type == "stream" for i in tests), len(tests))
        return nb, resources
