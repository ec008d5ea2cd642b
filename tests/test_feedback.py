"""grading/feedback.py: test cells in feedback keep which checks failed and the hints, nothing else."""
from nbformat.v4 import new_code_cell, new_output

from grading.feedback import HideTestDetails, summarize_error


def grade_cell(outputs):
    cell = new_code_cell("check_close(f(x), secret_values)")
    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "ex1-f-tests", "points": 2, "solution": False,
                                 "locked": True, "schema_version": 3, "task": False}
    cell.outputs = outputs
    return cell


CHECK_FAILED = new_output("error", ename="CheckFailed",
                          evalue="f(x) is not close enough to the expected values (rtol=1e-06, atol=1e-08).\n"
                                 "  expected: [0.125 0.5]  (shape (2,), dtype float64)\n"
                                 "  got:      [1. 2.]  (shape (2,), dtype float64)\n"
                                 "Hint: divide by the sum",
                          traceback=["----> 7 check_close(f(x), hidden_reference(x))", "CheckFailed: ..."])


def test_a_failed_check_keeps_its_title_and_hint_only():
    summary = summarize_error(CHECK_FAILED)
    title = "f(x) is not close enough to the expected values (rtol=1e-06, atol=1e-08)."
    assert summary.traceback == [f"CheckFailed: {title}", "Hint: divide by the sum"]
    assert "0.125" not in str(summary) and "hidden_reference" not in str(summary)


def test_other_errors_keep_the_first_line_of_their_message():
    error = new_output("error", ename="NotImplementedError", evalue="", traceback=["----> 3 hidden_line()"])
    assert summarize_error(error).traceback == ["NotImplementedError: "]


def test_only_test_cells_change_and_their_other_outputs_go():
    printed = new_output("stream", name="stdout", text="secret 0.125\n")
    cell = grade_cell([printed, CHECK_FAILED])
    cell, _ = HideTestDetails().preprocess_cell(cell, {}, 0)
    assert [output.output_type for output in cell.outputs] == ["error"]
    assert "0.125" not in str(cell.outputs)
    answer = new_code_cell("x = 1")
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "ex1-f", "locked": False,
                                   "schema_version": 3, "task": False}
    answer.outputs = [printed]
    answer, _ = HideTestDetails().preprocess_cell(answer, {}, 1)
    assert answer.outputs == [printed]
