"""The autograder's execute step, sandboxed: nbgrader_config.py puts SandboxedExecute where
nbgrader's own Execute would run the student's notebook in the instructor's session.

The notebook runs in grading.sandbox (no network, an unprivileged user, resource limits, a wall
clock, and a file system without solutions/, the gradebook or other students). Only the cells'
outputs come back, as JSON that is checked field by field; a cell the run never reached gets an
error output, so its test cell scores 0 instead of counting as passed.
"""
import json
import sys
import tempfile
from pathlib import Path

from nbformat.v4 import new_output
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer

from grading.sandbox import Limits, check_sandbox, run_in_sandbox

MAX_RESULTS = 20_000_000  # characters of results read back from one run


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
        data = {str(mime)[:100]: _text(value, 5_000_000) for mime, value in raw["data"].items()}
        output = new_output("display_data", data=data)
        if kind == "execute_result":
            output = new_output("execute_result", data=data, execution_count=None)
        return output
    return None


def read_results(path):
    """{cell index: [outputs]} from the sandbox's JSON-lines file, reading at most MAX_RESULTS."""
    results = {}
    if not path.exists():
        return results
    with open(path, errors="replace") as file:
        text = file.read(MAX_RESULTS)
    for line in text.splitlines():
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


class SandboxedExecute(NbGraderPreprocessor):
    cell_timeout = Integer(180, help="Seconds one cell may run.").tag(config=True)
    wall_seconds = Integer(900, help="Seconds the whole notebook may run.").tag(config=True)
    memory_gib = Integer(4, help="Heap limit of each process in the sandbox, GiB.").tag(config=True)

    def preprocess(self, nb, resources):
        coursedir = CourseDirectory(config=self.config)
        assignment = resources["nbgrader"]["assignment"]
        source = Path(coursedir.format_path(coursedir.source_directory, ".", assignment))
        with tempfile.TemporaryDirectory(prefix="grading-") as folder:
            work = Path(folder) / "work"
            work.mkdir()
            check_sandbox(work)
            # the assignment's own data files (from solutions/, trusted), never files the student added
            for path in source.rglob("*"):
                if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
                    target = work / path.relative_to(source)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(path.read_bytes())
            notebook = work / f"{resources['nbgrader']['notebook']}.ipynb"
            notebook.write_text(json.dumps(nb))
            limits = Limits(wall_seconds=self.wall_seconds, memory_bytes=self.memory_gib << 30)
            run = run_in_sandbox([sys.executable, "-m", "grading.run_notebook", notebook.name, "results.jsonl",
                                  "--cell-timeout", str(self.cell_timeout)], work, limits)
            results = read_results(work / "results.jsonl")
        if run.timed_out:
            reason = f"the notebook ran past its {self.wall_seconds} s limit"
        elif run.returncode != 0:
            reason = f"the notebook stopped (exit status {run.returncode})"
        else:
            reason = "the notebook stopped before this cell"
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "code":
                cell.outputs = results.get(index, [not_run(reason)])
                cell.execution_count = None
        self.log.info("sandboxed run: %d of %d code cells ran%s", len(results),
                      sum(cell.cell_type == "code" for cell in nb.cells), f" ({reason})" if run.timed_out else "")
        return nb, resources
