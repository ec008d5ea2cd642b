"""Print how long the course takes to run and to grade (numbers for the closing notes; not a test).

    python benchmarks/course_timings.py [--submissions N]

1. Each solution notebook executed top to bottom in fast mode (one fresh kernel each).
2. `nbgrader autograde` on N copies of the release answered with the reference solutions, in a
   throwaway course, reported as seconds per submission (nbgrader's ~4 s start-up shared), and
   as submissions per minute: once as the course grades (sandboxed, judged outside; this includes
   one run of the reference solution per batch) and once with nbgrader's own in-kernel Execute.
   The difference is the sandbox's overhead per submission.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from course import ASSIGNMENTS, answered_with_solutions, read, run_nbgrader, source_notebook  # noqa: E402


def time_notebook(assignment):
    notebook = read(source_notebook(assignment))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(source_notebook(assignment).parent)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


PLAIN = """
# benchmark only: nbgrader's own pipeline, the student's kernel deciding its own tests
from nbgrader.converters import Autograde as _Autograde
c.Autograde.autograde_preprocessors = _Autograde.class_traits()["autograde_preprocessors"].default()
"""


def time_autograde(assignment, submissions, sandboxed=True):
    with tempfile.TemporaryDirectory() as folder:
        course = Path(folder)
        shutil.copy(ROOT / "nbgrader_config.py", course)
        if not sandboxed:
            with open(course / "nbgrader_config.py", "a") as config:
                config.write(PLAIN)
        shutil.copytree(ROOT / "solutions", course / "solutions")
        run_nbgrader(["generate_assignment", assignment, "--force"], cwd=course)
        answered = answered_with_solutions(assignment)
        for i in range(submissions):
            target = course / "submitted" / f"student{i:03d}" / assignment
            target.mkdir(parents=True)
            nbformat.write(answered, target / f"{assignment}.ipynb")
        start = time.perf_counter()
        run_nbgrader(["autograde", assignment], cwd=course)
        return (time.perf_counter() - start) / submissions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=4, help="submissions to autograde per assignment")
    args = parser.parse_args()
    os.environ["COURSE_FAST"] = "1"
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
    print(f"{'assignment':<24} {'fast run (s)':>12} {'sandboxed (s/sub)':>18} {'in-kernel (s/sub)':>18} "
          f"{'overhead (s/sub)':>17} {'sandboxed (sub/min)':>20}")
    for assignment in ASSIGNMENTS:
        run = time_notebook(assignment)
        sandboxed = time_autograde(assignment, args.submissions)
        plain = time_autograde(assignment, args.submissions, sandboxed=False)
        print(f"{assignment:<24} {run:>12.1f} {sandboxed:>18.1f} {plain:>18.1f} {sandboxed - plain:>17.1f} "
              f"{60 / sandboxed:>20.1f}", flush=True)


if __name__ == "__main__":
    main()
