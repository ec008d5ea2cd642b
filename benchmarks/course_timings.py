"""Print how long the course takes to run and to grade (numbers for the closing notes; not a test).

    python benchmarks/course_timings.py [--submissions N] [--full] [--no-grading] [ID_PREFIX ...]

1. Each solution notebook executed top to bottom in fast mode (one fresh kernel each).
2. `nbgrader autograde` on N copies of the release answered with the reference solutions, in a
   throwaway course, reported as seconds per submission (nbgrader's ~4 s start-up shared), and
   as submissions per minute: with nbgrader's own in-kernel Execute; as the course grades
   (sandboxed, judged outside, one reference run per batch included), one after another; and
   the same spread over a local Dask cluster (grading.parallel). Sandboxed minus in-kernel is the
   sandbox's overhead per submission.
3. With --full: each notebook again in full mode (COURSE_FAST=0, as a student runs it), its time
   and the last lines it printed about accuracy.
Each notebook run also reports the kernel's peak resident memory (ru_maxrss), to compare with what
Binder gives a session (about 2 GB).
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from course import ASSIGNMENTS, answered_with_solutions, new_course, read, run_nbgrader, source_notebook, submit  # noqa: E402
from grading.parallel import grade_all  # noqa: E402

PEAK_MEMORY = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"  # KiB on Linux


def time_notebook(assignment, fast=True):
    """(seconds, peak MiB of the kernel, executed notebook) for one top-to-bottom run in a fresh kernel."""
    os.environ["COURSE_FAST"] = "1" if fast else "0"  # the kernel inherits it
    notebook = read(source_notebook(assignment))
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_MEMORY))
    client = NotebookClient(notebook, timeout=1800, kernel_name="python3",
                            resources={"metadata": {"path": str(source_notebook(assignment).parent)}})
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    os.environ["COURSE_FAST"] = "1"
    peak = int(notebook.cells.pop().outputs[0]["text"]) / 1024
    return seconds, peak, notebook


def accuracy_lines(notebook, last=2):
    """The last printed lines that mention accuracy: what the notebook says it reached."""
    lines = [line.strip() for cell in notebook.cells for output in cell.get("outputs", [])
             if output.get("output_type") == "stream" for line in output.get("text", "").splitlines()
             if "accuracy" in line.lower()]
    return lines[-last:]


PLAIN = """
# benchmark only: nbgrader's own pipeline, the student's kernel deciding its own tests
from nbgrader.converters import Autograde as _Autograde
c.Autograde.autograde_preprocessors = _Autograde.class_traits()["autograde_preprocessors"].default()
"""


def time_autograde(assignment, submissions, mode="sandboxed", workers=2):
    """Seconds per submission: mode is "sandboxed" (nbgrader autograde as the course runs it),
    "in-kernel" (nbgrader's own Execute) or "parallel" (grading.parallel with `workers`)."""
    with tempfile.TemporaryDirectory() as folder:
        course = Path(folder)
        new_course(course)
        if mode == "in-kernel":
            with open(course / "nbgrader_config.py", "a") as config:
                config.write(PLAIN)
        run_nbgrader(["generate_assignment", assignment, "--force"], cwd=course)
        answered = answered_with_solutions(assignment)
        for i in range(submissions):
            submit(course, f"student{i:03d}", assignment, answered)
        start = time.perf_counter()
        if mode == "parallel":
            grade_all(course, assignment, workers=workers)
        else:
            run_nbgrader(["autograde", assignment], cwd=course)
        return (time.perf_counter() - start) / submissions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=8, help="submissions to autograde per assignment")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers for the parallel run")
    parser.add_argument("--full", action="store_true", help="also time every notebook in full mode")
    parser.add_argument("--no-grading", action="store_true", help="skip the autograde timings")
    parser.add_argument("only", nargs="*", metavar="ID_PREFIX", help="time only these assignments (e.g. ch07 day05)")
    args = parser.parse_args()
    assignments = [a for a in ASSIGNMENTS if not args.only or a.startswith(tuple(args.only))]
    if not assignments:
        parser.error(f"no assignment starts with {' or '.join(args.only)}; known: {', '.join(ASSIGNMENTS)}")
    os.environ["COURSE_FAST"] = "1"
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    print(f"{'assignment':<28} {'fast run s':>10} {'peak MiB':>9} {'in-kernel s/sub':>16} {'sandboxed s/sub':>16} "
          f"{'overhead s/sub':>15} {'sequential sub/min':>19} {f'{args.workers} workers sub/min':>19}")
    for assignment in assignments:
        run, peak, _ = time_notebook(assignment)
        if args.no_grading:
            print(f"{assignment:<28} {run:>10.1f} {peak:>9.0f}", flush=True)
            continue
        plain = time_autograde(assignment, args.submissions, "in-kernel")
        sandboxed = time_autograde(assignment, args.submissions, "sandboxed")
        parallel = time_autograde(assignment, args.submissions, "parallel", args.workers)
        print(f"{assignment:<28} {run:>10.1f} {peak:>9.0f} {plain:>16.1f} {sandboxed:>16.1f} "
              f"{sandboxed - plain:>15.1f} {60 / sandboxed:>19.1f} {60 / parallel:>19.1f}", flush=True)
    if args.full:
        print(f"\n{'assignment':<28} {'full run s':>10} {'peak MiB':>9}  what it printed last about accuracy")
        for assignment in assignments:
            run, peak, executed = time_notebook(assignment, fast=False)
            print(f"{assignment:<28} {run:>10.1f} {peak:>9.0f}  " + " | ".join(accuracy_lines(executed)), flush=True)


if __name__ == "__main__":
    main()
