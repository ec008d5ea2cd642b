"""Print how long the course takes to run and to grade (numbers for the closing notes; not a test).

    python benchmarks/course_timings.py [--submissions N]

1. Each solution notebook executed top to bottom in fast mode (one fresh kernel each).
2. `nbgrader autograde` on N copies of the release answered with the reference solutions, in a
   throwaway course, reported as seconds per submission (nbgrader's ~4 s start-up shared).
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


def time_autograde(assignment, submissions):
    with tempfile.TemporaryDirectory() as folder:
        course = Path(folder)
        shutil.copy(ROOT / "nbgrader_config.py", course)
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
    print(f"{'assignment':<32} {'fast-mode run (s)':>18} {'autograde (s/submission)':>26}")
    for assignment in ASSIGNMENTS:
        run = time_notebook(assignment)
        grade = time_autograde(assignment, args.submissions)
        print(f"{assignment:<32} {run:>18.1f} {grade:>26.1f}", flush=True)


if __name__ == "__main__":
    main()
