"""Shared facts about the course for the pipeline tests: where things are and how to run nbgrader."""
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENTS = sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())


def source_notebook(assignment):
    return ROOT / "solutions" / assignment / f"{assignment}.ipynb"


def release_notebook(assignment):
    return ROOT / "notebooks" / assignment / f"{assignment}.ipynb"


def nbgrader_cells(notebook):
    """(cell, nbgrader metadata) for every cell nbgrader tracks."""
    return [(cell, cell.metadata["nbgrader"]) for cell in notebook.cells if "nbgrader" in cell.metadata]


def run_nbgrader(args, cwd, check=True):
    """Run `nbgrader ARGS` in `cwd` with the venv's bin/ on PATH (nbgrader shells out to alembic);
    unless `check` is False, a failure raises with nbgrader's output."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"nbgrader {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
    return result


def read(path):
    return nbformat.read(path, as_version=4)


def cell_by_id(notebook, grade_id):
    """The cell of `notebook` whose nbgrader grade_id is `grade_id`."""
    return next(cell for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def new_course(folder):
    """A throwaway course in `folder`: nbgrader_config.py and solutions/, nothing of the real gradebook."""
    shutil.copy(ROOT / "nbgrader_config.py", folder)
    shutil.copytree(ROOT / "solutions", Path(folder) / "solutions", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return Path(folder)


COURSE_FILES = ["Makefile", "nbgrader_config.py", "pyproject.toml", "requirements.txt", "requirements-dev.txt"]


def grading_course(folder, assignment):
    """A copy of the course in `folder` holding only `assignment` (source and release), with the
    Makefile, so `make grade` there releases and grades just that one."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in COURSE_FILES:
        shutil.copy(ROOT / name, folder)
    for kind in ("solutions", "notebooks"):
        shutil.copytree(ROOT / kind / assignment, folder / kind / assignment,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return folder


def released_course(folder, assignment):
    """A throwaway course with `assignment` generated, so its gradebook knows the tests."""
    run_nbgrader(["generate_assignment", assignment, "--force"], cwd=new_course(folder))
    return Path(folder)


def submit(course, student, assignment, notebook):
    """Write `notebook` where nbgrader looks for `student`'s submission; return its path."""
    path = Path(course) / "submitted" / student / assignment / f"{assignment}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)
    return path


MARKER_LINE = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*\n", re.M)


def answered_with_solutions(assignment):
    """The release notebook as a student who wrote the reference solutions would submit it."""
    solutions = {meta["grade_id"]: MARKER_LINE.sub("", cell.source)
                 for cell, meta in nbgrader_cells(read(source_notebook(assignment))) if meta.get("solution")}
    notebook = read(release_notebook(assignment))
    for cell, meta in nbgrader_cells(notebook):
        if meta.get("solution"):
            cell.source = solutions[meta["grade_id"]]
    return notebook


PROTECTED = re.compile(r"### BEGIN (SOLUTION|HIDDEN TESTS)\n(.*?)### END \1", re.S)


def secret_lines(assignment, kinds=("SOLUTION", "HIDDEN TESTS")):
    """[(grade_id, line)] for the lines of solution or hidden-test blocks that nobody outside the
    instructor may see: the public part of the source does not contain them too, and they are
    neither blank nor comments."""
    source = read(source_notebook(assignment))
    public = {line.strip() for cell in source.cells for line in PROTECTED.sub("", cell.source).splitlines()}
    return [(meta["grade_id"], line)
            for cell, meta in nbgrader_cells(source)
            for kind, block in PROTECTED.findall(cell.source) if kind in kinds
            for line in map(str.strip, block.splitlines())
            if line and not line.startswith("#") and line not in public]


def load_mutants(assignment):
    path = ROOT / "tests" / "mutants" / f"{assignment}.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"mutants_{assignment.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MUTANTS
