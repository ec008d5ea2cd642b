"""Every exercise's tests catch plausible wrong answers (tests/mutants/<assignment>.py), and its
hidden tests catch at least one that the visible checks let through.

One kernel per notebook: the solution notebook runs top to bottom; before each test cell, every
mutant of that exercise replaces the solution, then the visible part of the test cell and the whole
test cell run; then the reference solution is restored and the test cell must pass.
"""
import copy
import functools

import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from course import ASSIGNMENTS, load_mutants, nbgrader_cells, read, source_notebook

MIN_MUTANTS = 3


def exercises(assignment):
    return [meta["grade_id"] for _, meta in nbgrader_cells(read(source_notebook(assignment)))
            if meta.get("solution")]


def error_name(client, cell, index):
    """Run a copy of `cell`; the name of the exception it raised, or None if it passed."""
    try:
        client.execute_cell(copy.deepcopy(cell), index)
    except CellExecutionError as error:
        return error.ename
    return None


def with_source(cell, source):
    cell = copy.deepcopy(cell)
    cell.source = source
    return cell


@functools.cache
def mutant_outcomes(assignment):
    """{(exercise, mutant label): (visible checks' error or None, whole test cell's error or None)}."""
    notebook = read(source_notebook(assignment))
    mutants = load_mutants(assignment)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(source_notebook(assignment).parent)}})
    outcomes, solution_cells = {}, {}
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("solution"):
                solution_cells[meta["grade_id"]] = (index, cell)
            exercise = meta.get("grade_id", "").removesuffix("-tests")
            if meta.get("grade") and exercise in mutants:
                visible = cell.source.split("### BEGIN HIDDEN TESTS")[0]
                for label, code in mutants[exercise]:
                    client.execute_cell(with_source(solution_cells[exercise][1], code), index)
                    outcomes[exercise, label] = (error_name(client, with_source(cell, visible), index),
                                                 error_name(client, cell, index))
                solution_index, solution = solution_cells[exercise]
                client.execute_cell(copy.deepcopy(solution), solution_index)
            client.execute_cell(cell, index)  # the reference notebook itself must pass
    return outcomes


def all_mutants():
    return [pytest.param(assignment, exercise, label, id=f"{assignment}:{exercise}:{label}")
            for assignment in ASSIGNMENTS
            for exercise, entries in load_mutants(assignment).items()
            for label, _ in entries]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_exercise_has_mutants(assignment):
    mutants = load_mutants(assignment)
    for exercise in exercises(assignment):
        assert len(mutants.get(exercise, [])) >= MIN_MUTANTS, (
            f"{assignment}/{exercise} needs at least {MIN_MUTANTS} mutants in tests/mutants/{assignment}.py")
    unknown = set(mutants) - set(exercises(assignment))
    assert not unknown, f"mutants for exercises that do not exist: {sorted(unknown)}"


@pytest.mark.parametrize(("assignment", "exercise", "label"), all_mutants())
def test_mutant_fails_the_exercise_tests(assignment, exercise, label):
    _, whole = mutant_outcomes(assignment)[exercise, label]
    assert whole is not None, f"{exercise}: the tests pass for the wrong answer '{label}'"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_hidden_tests_catch_what_the_visible_checks_miss(assignment):
    outcomes = mutant_outcomes(assignment)
    for exercise in exercises(assignment):
        hidden_only = [label for (name, label), (visible, whole) in outcomes.items()
                       if name == exercise and visible is None and whole is not None]
        assert hidden_only, (f"{exercise}: no mutant passes the visible checks and fails the hidden tests; "
                             "add one, or the hidden tests may add nothing")
