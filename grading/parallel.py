"""Autograde an assignment's submissions in parallel with Dask, with a progress bar and an ETA.

    python -m grading.parallel ASSIGNMENT [--workers N] [--scheduler tcp://HOST:8786]

Each submission is one task: `nbgrader autograde ASSIGNMENT --student S`, run from the course
folder, so every task grades exactly as the plain command does (sandbox, judge, tamper report).
Without --scheduler, a local cluster of N worker processes runs on this machine; with it, the same
tasks go to an existing Dask scheduler whose workers see the course folder at the same path (a
shared file system) and a gradebook that takes concurrent writers (PostgreSQL, see README).
A task that fails scores that student 0 and never stops the others; re-running grades again.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from dask.distributed import Client, LocalCluster, as_completed
from tqdm import tqdm


def grade_one(root, assignment, student):
    """Autograde one student's submission; (student, exit status, seconds, last lines of output)."""
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "nbgrader", "autograde", assignment, "--student", student],
                            cwd=root, capture_output=True, text=True,
                            env=dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"))
    return student, result.returncode, time.monotonic() - start, (result.stdout + result.stderr)[-2000:]


def students(root, assignment):
    return sorted(p.parent.name for p in Path(root, "submitted").glob(f"*/{assignment}") if p.is_dir())


def grade_all(root, assignment, workers=2, scheduler=None):
    """Grade every submission; {student: exit status}. Prints a progress bar, then any failures."""
    names = students(root, assignment)
    if not names:
        raise SystemExit(f"no submissions in {root}/submitted/<student>/{assignment}/")
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    with Client(scheduler or cluster) as client:
        futures = [client.submit(grade_one, str(root), assignment, name, pure=False, key=f"grade-{name}")
                   for name in names]
        statuses, failures = {}, []
        for future in tqdm(as_completed(futures), total=len(futures), desc=f"grading {assignment}", unit="sub"):
            student, status, _, output = future.result()
            statuses[student] = status
            if status != 0:
                failures.append((student, output))
    if cluster is not None:
        cluster.close()
    for student, output in failures:
        print(f"--- {student}: could not be graded (scores 0) ---\n{output}", file=sys.stderr)
    return statuses


def main():
    parser = argparse.ArgumentParser(description="Autograde an assignment's submissions in parallel.")
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local worker processes")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    args = parser.parse_args()
    statuses = grade_all(Path.cwd(), args.assignment, args.workers, args.scheduler)
    sys.exit(1 if any(statuses.values()) else 0)


if __name__ == "__main__":
    main()
