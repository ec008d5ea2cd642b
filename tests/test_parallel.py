"""grading/parallel.py: the same scores as grading one by one, on a local Dask cluster of two
workers, and again the same when grading runs a second time."""
import nbformat
from nbgrader.api import Gradebook

from course import answered_with_solutions, cell_by_id, load_mutants, release_notebook, released_course, submit
from grading.parallel import grade_all

ASSIGNMENT = "day01-numpy"


def test_two_workers_grade_a_batch_and_a_rerun_changes_nothing(tmp_path, capsys):
    released_course(tmp_path, ASSIGNMENT)
    wrong = answered_with_solutions(ASSIGNMENT)
    exercise, entries = next(iter(load_mutants(ASSIGNMENT).items()))
    cell_by_id(wrong, exercise).source = entries[0][1]
    notebooks = {"ann": answered_with_solutions(ASSIGNMENT), "ben": answered_with_solutions(ASSIGNMENT),
                 "cat": nbformat.read(release_notebook(ASSIGNMENT), 4), "dan": wrong}
    for student, notebook in notebooks.items():
        submit(tmp_path, student, ASSIGNMENT, notebook)

    def scores():
        with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
            return {s.student.id: s.score for s in gradebook.find_assignment(ASSIGNMENT).submissions}

    assert grade_all(tmp_path, ASSIGNMENT, workers=2) == dict.fromkeys(notebooks, 0)
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        top = gradebook.find_assignment(ASSIGNMENT).max_score
        lost = gradebook.find_grade_cell(f"{exercise}-tests", ASSIGNMENT, ASSIGNMENT).max_score
    first = scores()
    assert first == {"ann": top, "ben": top, "cat": 0, "dan": top - lost}
    assert "grading day01-numpy" in capsys.readouterr().err  # the progress bar
    assert grade_all(tmp_path, ASSIGNMENT, workers=2) == dict.fromkeys(notebooks, 0)
    assert scores() == first
