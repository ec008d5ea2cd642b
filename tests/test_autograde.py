"""Autograde round trip in a throwaway course: the blank release scores 0 without stopping the
run, and the release answered with the reference solutions scores full marks."""
import shutil

import nbformat
import pytest
from nbgrader.api import Gradebook

from course import ASSIGNMENTS, answered_with_solutions, run_nbgrader


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_blank_scores_zero_and_solution_scores_full_marks(assignment, course_copy):
    run_nbgrader(["generate_assignment", assignment, "--force"], cwd=course_copy)  # fills the gradebook
    released = course_copy / "notebooks" / assignment / f"{assignment}.ipynb"
    for student in ("blank", "solved"):
        (course_copy / "submitted" / student / assignment).mkdir(parents=True)
    shutil.copy(released, course_copy / "submitted" / "blank" / assignment)
    nbformat.write(answered_with_solutions(assignment),
                   course_copy / "submitted" / "solved" / assignment / f"{assignment}.ipynb")

    run_nbgrader(["autograde", assignment], cwd=course_copy)

    with Gradebook(f"sqlite:///{course_copy / 'gradebook.db'}") as gradebook:
        blank = gradebook.find_submission(assignment, "blank")
        solved = gradebook.find_submission(assignment, "solved")
        max_score = gradebook.find_assignment(assignment).max_score
        assert max_score > 0
        assert blank.score == 0, f"the blank notebook scored {blank.score}"
        assert solved.score == max_score, (
            f"the reference solutions scored {solved.score} of {max_score}: "
            + ", ".join(f"{g.name}={g.score}/{g.max_score}" for nb in solved.notebooks for g in nb.grades
                        if g.score != g.max_score))
