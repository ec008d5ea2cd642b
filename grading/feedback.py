"""Feedback that tells a student which checks failed and the hint, and nothing else of the tests.

nbgrader's feedback shows each test cell's outputs as they came out of the kernel: IPython's
traceback prints lines of code around the failing call (hidden tests included), and a failed check's
message prints the expected values. For test cells this keeps only, per error, the exception's
name, the first line of its message, and the check's hint.
"""
from nbformat.v4 import new_output
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

MAX_LINE = 300


def summarize_error(output):
    """'CheckFailed: <title>' plus the 'Hint: ...' line when there is one."""
    lines = str(output.get("evalue", "")).splitlines()
    summary = [f"{output.get('ename', 'Error')}: {lines[0][:MAX_LINE] if lines else ''}"]
    summary += [line[:MAX_LINE] for line in lines[1:] if line.startswith("Hint: ")]
    return new_output("error", ename=output.get("ename", "Error"), evalue=summary[0], traceback=summary)


class HideTestDetails(NbGraderPreprocessor):
    """In every autograded test cell, replace the outputs by summaries of its errors."""

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and utils.is_grade(cell):
            cell.outputs = [summarize_error(output) for output in cell.outputs if output.output_type == "error"]
        return cell, resources
