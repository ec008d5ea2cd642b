"""notebooks/ is exactly what nbgrader generates from solutions/, and leaks nothing."""
import re

import pytest

from course import ASSIGNMENTS, ROOT, read, release_notebook, run_nbgrader, secret_lines, source_notebook

MARKERS = re.compile(r"(BEGIN|END) (SOLUTION|HIDDEN TESTS)")
GRADE_ID = re.compile(r"^(setup|ex\d+-[a-z0-9-]+)$")


def test_every_assignment_has_a_source_and_a_release():
    assert ASSIGNMENTS, "no assignments found under solutions/"
    released = sorted(p.name for p in (ROOT / "notebooks").iterdir() if p.is_dir())
    assert released == ASSIGNMENTS, "notebooks/ and solutions/ hold different assignments: run `make release`"
    for assignment in ASSIGNMENTS:
        assert source_notebook(assignment).exists(), f"solutions/{assignment}/{assignment}.ipynb is missing"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_is_what_nbgrader_generates(assignment, course_copy):
    run_nbgrader(["generate_assignment", assignment, "--force"], cwd=course_copy)
    generated = course_copy / "notebooks" / assignment
    committed = ROOT / "notebooks" / assignment
    generated_files = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    committed_files = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file()
                             and ".ipynb_checkpoints" not in p.parts)
    assert committed_files == generated_files
    for name in generated_files:
        assert (committed / name).read_bytes() == (generated / name).read_bytes(), (
            f"notebooks/{assignment}/{name} differs from what nbgrader generates from solutions/: "
            "edit solutions/ only, then run `make release`")


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_leaks_no_solution_and_no_hidden_test(assignment):
    """No marker, and no line of a solution or hidden test, unless the public part has it too."""
    assert not MARKERS.search(release_notebook(assignment).read_text()), (
        "a solution or hidden-test marker survived in the release")
    released = {line.strip() for cell in read(release_notebook(assignment)).cells for line in cell.source.splitlines()}
    secrets = secret_lines(assignment)
    assert secrets, "no solution or hidden-test lines found: is the source notebook marked up?"
    for grade_id, line in secrets:
        assert line not in released, f"{grade_id}: the release contains {line!r}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_exercises_follow_the_course_anatomy(assignment):
    """Each exercise: a solution cell, then its test cell with points, visible checks and hidden tests."""
    cells = read(source_notebook(assignment)).cells
    setup = next(cell for cell in cells if cell.cell_type == "code")
    assert setup.metadata.get("nbgrader", {}).get("grade_id") == "setup" and setup.metadata["nbgrader"]["locked"], (
        "the first code cell is the locked setup cell (grade_id 'setup')")
    assert "setup_notebook(" in setup.source, "the setup cell calls helpers.notebook.setup_notebook"
    ids = [cell.metadata["nbgrader"]["grade_id"] for cell in cells if "nbgrader" in cell.metadata]
    assert len(ids) == len(set(ids)), "duplicate grade_id"
    solutions = [(i, c) for i, c in enumerate(cells) if c.metadata.get("nbgrader", {}).get("solution")]
    assert len(solutions) >= 5, "an assignment has at least five graded exercises"
    for index, cell in solutions:
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        assert GRADE_ID.match(grade_id), f"grade_id {grade_id!r} is not of the form ex<N>-<name>"
        assert "### BEGIN SOLUTION" in cell.source and "### END SOLUTION" in cell.source
        test = cells[index + 1]
        meta = test.metadata.get("nbgrader", {})
        assert meta.get("grade") and meta.get("grade_id") == f"{grade_id}-tests", (
            f"the cell after {grade_id} must be its test cell {grade_id}-tests")
        assert meta.get("points", 0) > 0 and meta.get("locked")
        visible, _, hidden = test.source.partition("### BEGIN HIDDEN TESTS")
        assert "check_" in visible, f"{grade_id}-tests has no visible check before the hidden tests"
        assert "### END HIDDEN TESTS" in hidden and "check_" in hidden, f"{grade_id}-tests has no hidden tests"
        statement = cells[index - 1]
        assert statement.cell_type == "markdown" and re.search(rf"\({meta['points']} points?\)", statement.source), (
            f"the statement before {grade_id} must state its {meta['points']} points")


@pytest.mark.parametrize("path", sorted(ROOT.glob("solutions/*/*.ipynb")) + sorted(ROOT.glob("notebooks/*/*.ipynb")),
                         ids=lambda path: str(path.relative_to(ROOT)))
def test_notebooks_are_stored_without_outputs(path):
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, (
                f"cell {index} of {path.relative_to(ROOT)} has outputs: clear them before committing")
