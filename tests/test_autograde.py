"""The instructor's round trip, through `make grade` in a throwaway copy of the course: the blank
release scores 0 without stopping the run, the release answered with the reference solutions
scores full marks, feedback is written, and the submissions are left as they were."""
import csv
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from course import (
    ASSIGNMENTS,
    answered_with_solutions,
    cell_by_id,
    grading_course,
    load_mutants,
    nbgrader_cells,
    release_notebook,
    secret_lines,
)


@pytest.fixture
def course(tmp_path, assignment):
    """A copy of the course holding only `assignment`, so `make grade` releases and grades just that one."""
    return grading_course(tmp_path, assignment)


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_make_grade_scores_blank_zero_and_reference_full_marks(assignment, course):
    submissions = {student: course / "submitted" / student / assignment / f"{assignment}.ipynb"
                   for student in ("blank", "solved", "wrong")}
    for path in submissions.values():
        path.parent.mkdir(parents=True)
    shutil.copy(release_notebook(assignment), submissions["blank"])
    nbformat.write(answered_with_solutions(assignment), submissions["solved"])
    # "wrong": the reference answers except the last exercise, answered with its first mutant (one
    # that fails a visible check, so that the feedback shows the check and its hint) and
    # its test cell deleted (nbgrader_config.py has the deleted cell put back and graded). The last
    # one, because later exercises may build on earlier ones (Day 4's network on its layers), and
    # then a wrong early answer rightly costs more than its own points.
    wrong = answered_with_solutions(assignment)
    exercise = [meta["grade_id"] for _, meta in nbgrader_cells(wrong) if meta.get("solution")][-1]
    _, mutant = load_mutants(assignment)[exercise][0]
    cell_by_id(wrong, exercise).source = mutant
    wrong.cells = [cell for cell in wrong.cells
                   if cell.metadata.get("nbgrader", {}).get("grade_id") != f"{exercise}-tests"]
    nbformat.write(wrong, submissions["wrong"])
    before = {student: digest(path) for student, path in submissions.items()}

    # `-o install`: use this test run's environment instead of installing one into the copy
    venv = Path(sys.executable).parent.parent
    # no COURSE_FAST: nbgrader's own NBGRADER_EXECUTION must switch the notebooks to fast mode
    env = {name: value for name, value in os.environ.items() if name != "COURSE_FAST"}
    result = subprocess.run(["make", "-o", "install", f"VENV={venv}", "grade"], cwd=course,
                            capture_output=True, text=True, timeout=900, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        max_score = gradebook.find_assignment(assignment).max_score
        blank = gradebook.find_submission(assignment, "blank")
        solved = gradebook.find_submission(assignment, "solved")
        wrong_points = gradebook.find_grade_cell(f"{exercise}-tests", assignment, assignment).max_score
        assert max_score > 0
        assert blank.score == 0, f"the blank notebook scored {blank.score}"
        assert solved.score == max_score, (
            f"the reference solutions scored {solved.score} of {max_score}: "
            + ", ".join(f"{g.name}={g.score}/{g.max_score}" for nb in solved.notebooks for g in nb.grades
                        if g.score != g.max_score))
    with open(course / "grades.csv") as file:
        scores = {row["student_id"]: float(row["score"]) for row in csv.DictReader(file)}
    assert scores == {"blank": 0.0, "solved": max_score, "wrong": max_score - wrong_points}
    # hidden-test lines, less any that the reference answers (shown back to "solved") also contain
    answers = {line for _, line in secret_lines(assignment, kinds=("SOLUTION",))}
    hidden = [line for _, line in secret_lines(assignment, kinds=("HIDDEN TESTS",)) if line not in answers]
    assert hidden
    for student in submissions:
        page = (course / "feedback" / student / assignment / f"{assignment}.html").read_text()
        feedback = html.unescape(re.sub(r"<[^>]+>", "", page))  # the text a student reads
        shown = [line for line in hidden if line in feedback]
        assert not shown, f"{student}'s feedback shows hidden test code: {shown[:3]}"
        assert f"{assignment}" in feedback and "points" in feedback.lower()
        assert "expected:" not in feedback, f"{student}'s feedback shows expected values"
    wrong_feedback = (course / "feedback" / "wrong" / assignment / f"{assignment}.html").read_text()
    assert "CheckFailed" in wrong_feedback and "Hint: " in wrong_feedback, "the failed check and its hint are shown"
    graded = nbformat.read(course / "autograded" / "solved" / assignment / f"{assignment}.ipynb", 4)
    setup = cell_by_id(graded, "setup")
    assert "mode FAST" in "".join(output.get("text", "") for output in setup.outputs), "grading ran in full mode"
    assert {student: digest(path) for student, path in submissions.items()} == before, "grading changed a submission"
