"""grading/tamper.py: what the report finds in a submission, read without running it."""
import copy

from course import answered_with_solutions, cell_by_id, read, release_notebook
from grading.tamper import reachable_tests, scan

RELEASE = read(release_notebook("day01-numpy"))


def findings_for(notebook, folder):
    return scan(notebook, RELEASE, folder)


def test_the_reference_answers_raise_nothing(tmp_path):
    assert findings_for(answered_with_solutions("day01-numpy"), tmp_path) == []


def test_suspicious_code_changed_and_deleted_cells_and_extra_files(tmp_path):
    notebook = answered_with_solutions("day01-numpy")
    answer = cell_by_id(notebook, "ex2-one-hot")
    answer.source += "\nnp.isclose = lambda *a, **k: True\nget_ipython().events.register('pre_run_cell', print)\n"
    test = cell_by_id(notebook, "ex1-checkerboard-tests")
    test.source = "False"
    notebook.cells = [c for c in notebook.cells
                      if c.metadata.get("nbgrader", {}).get("grade_id") != "ex7-image-to-patches-tests"]
    (tmp_path / "numpy.py").write_text("allclose = lambda *a: True")
    found = [finding for _, finding in findings_for(notebook, tmp_path)]
    assert "patches np.isclose" in found
    assert any("IPython" in finding for finding in found)
    assert "read-only cell ex1-checkerboard-tests was changed" in found
    assert "read-only cell ex7-image-to-patches-tests was deleted" in found
    assert "extra file submitted: numpy.py" in found


def test_attribute_assignments_are_patching_only_on_imported_names(tmp_path):
    notebook = answered_with_solutions("day01-numpy")
    answer = cell_by_id(notebook, "ex2-one-hot")
    answer.source += ("\nclass Node:\n    def backward(self):\n        self.grad += 1.0\n"
                      "node = Node()\nnode.data = 3.0\nNode.twice = lambda self: 2\n"
                      "np.linalg.norm = abs\ncheck_close.__code__ = (lambda *a, **k: None).__code__\n")
    found = [finding for _, finding in findings_for(notebook, tmp_path)]
    assert "patches np.linalg.norm" in found and "patches check_close.__code__" in found
    assert not [finding for finding in found if "self.grad" in finding or "node." in finding or "Node." in finding]


def test_reachable_tests_are_those_after_the_first_finding():
    notebook = answered_with_solutions("day01-numpy")
    index = next(i for i, c in enumerate(notebook.cells)
                 if c.metadata.get("nbgrader", {}).get("grade_id") == "ex6-top-k")
    assert reachable_tests([(index, "x")], notebook, RELEASE) == ["ex6-top-k-tests", "ex7-image-to-patches-tests"]
    assert len(reachable_tests([(None, "extra file")], notebook, RELEASE)) == 7


def test_garbage_in_the_notebook_does_not_break_the_scan(tmp_path):
    notebook = copy.deepcopy(answered_with_solutions("day01-numpy"))
    notebook.cells.append({"cell_type": "code", "source": ["import ctypes\n", 3], "metadata": {"nbgrader": 5}})
    notebook.cells.append("not a cell")
    found = [finding for _, finding in findings_for(notebook, tmp_path)]
    assert "imports ctypes" in found
