"""grading/rewrite.py and grading/judge.py: test cells become records; records become verdicts."""
import json

import numpy as np
import pytest

from course import ASSIGNMENTS, nbgrader_cells, read, source_notebook
from grading.judge import Value, compare, judge_cell, load_records
from grading.rewrite import RewriteError, Spec, rewrite_test_cell


def test_checks_become_records_and_expected_values_disappear():
    source = """
x = np.arange(4.0)
x_before = x.copy()
expected = x * 2
expected[0] = 0
check_close(double(x), expected, atol=1e-9, hint="multiply by two")
check_equal(x, x_before, name="x after the call")
check_dtype(double(x), "float")
check_raises(ValueError, double, "text", hint="reject strings")
"""
    rewritten, specs = rewrite_test_cell(source, "ex1-double-tests")
    assert "expected" not in rewritten and "x_before" not in rewritten and "check_" not in rewritten
    assert "x = np.arange(4.0)" in rewritten and "__course_record__('ex1-double-tests:0', double(x))" in rewritten
    assert "__course_record_raises__('ex1-double-tests:3', double, 'text')" in rewritten
    assert [(s.kind, s.atol, s.hint) for s in specs][:1] == [("close", 1e-9, "multiply by two")]
    assert [s.kind for s in specs] == ["close", "equal", "dtype", "raises"]
    assert specs[1].name == "x after the call" and specs[2].dtype == "float" and specs[3].exception == "ValueError"


def test_conditional_expressions_survive_the_rewrite():
    source = "x = 2.0 if big else 0.5\nexpected = 4.0 if big else 1.0\ncheck_close(double(x), expected)"
    rewritten, specs = rewrite_test_cell(source, "ex1-double-tests")
    assert "x = 2.0 if big else 0.5" in rewritten and "expected" not in rewritten and len(specs) == 1


def test_an_expected_value_the_rewrite_cannot_drop_is_refused():
    source = "expected = []\nexpected.append(1)\ncheck_equal(f(), expected)"
    with pytest.raises(RewriteError, match="expected"):
        rewrite_test_cell(source, "ex1-f-tests")


def test_a_cell_without_checks_is_refused():
    with pytest.raises(RewriteError, match="at least one check"):
        rewrite_test_cell("assert f() == 1", "ex1-f-tests")


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_test_cell_of_the_course_can_be_judged(assignment):
    for cell, meta in nbgrader_cells(read(source_notebook(assignment))):
        if meta.get("grade"):
            rewrite_test_cell(cell.source, meta["grade_id"])


def spec(kind, **fields):
    return Spec(site="ex1-f-tests:0", kind=kind, name="f(x)", hint="", **fields)


def value(array):
    return Value(array=np.asarray(array))


def test_compare_by_kind():
    close = spec("close", rtol=1e-6, atol=1e-8)
    assert compare(close, value([1.0, 2.0 + 1e-9]), value([1.0, 2.0])) is None
    assert "differs" in compare(close, value([1.0, 2.1]), value([1.0, 2.0]))
    assert "shape" in compare(close, value([1.0]), value([1.0, 2.0]))
    assert compare(spec("equal"), value([1, 2]), value([1.0, 2.0])) is None
    assert compare(spec("equal"), value([2, 1]), value([1, 2])) is not None
    assert compare(spec("dtype", dtype="float"), value([1.0]), value([1.0])) is None
    assert "dtype" in compare(spec("dtype", dtype="float"), value([1]), value([1.0]))
    raises = spec("raises", exception="ValueError")
    assert compare(raises, Value(raised=("ValueError", "Exception")), Value(raised=("ValueError",))) is None
    assert compare(raises, Value(raised=()), Value(raised=("ValueError",))) == "did not raise ValueError"
    assert "not an array" in compare(close, Value(error="TypeError: no"), value([1.0]))


def test_judge_cell_needs_as_many_values_as_the_reference():
    specs = [spec("equal")]
    reference = {"ex1-f-tests:0": [value([1]), value([2])]}
    assert judge_cell(specs, {"ex1-f-tests:0": [value([1]), value([2])]}, reference) == (True, "1 checks passed")
    passed, message = judge_cell(specs, {"ex1-f-tests:0": [value([1])]}, reference)
    assert not passed and "1 times" in message


def test_a_reference_without_a_usable_value_is_the_instructors_error():
    with pytest.raises(RuntimeError, match="solutions/"):
        judge_cell([spec("equal")], {"ex1-f-tests:0": [value([1])]}, {"ex1-f-tests:0": [Value(error="TypeError")]})


def test_records_are_read_without_following_links_or_pickles(tmp_path):
    (tmp_path / "records").mkdir()
    np.save(tmp_path / "records" / "000001.npy", np.array([1.5, 2.5]))
    np.save(tmp_path / "records" / "000002.npy", np.array([object()], dtype=object), allow_pickle=True)
    (tmp_path / "records" / "000003.npy").symlink_to("/etc/hostname")
    lines = [{"site": "a", "file": "records/000001.npy"}, {"site": "b", "file": "records/000002.npy"},
             {"site": "c", "file": "records/000003.npy"}, {"site": "d", "file": "../../etc/passwd"},
             {"site": "e", "raised": ["ValueError", "Exception"]}]
    (tmp_path / "records.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\nnot json\n")
    records = load_records(tmp_path)
    np.testing.assert_array_equal(records["a"][0].array, [1.5, 2.5])
    assert records["b"][0].error and records["c"][0].error and records["d"][0].error
    assert records["e"][0].raised == ("ValueError", "Exception")
