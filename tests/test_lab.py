"""JupyterLab starts on the course with nbgrader's student tools answering (what `make lab` opens).

The browser journey is tested elsewhere; this checks the server side on loopback: the lab page
loads nbgrader's extension, Validate grades the blank Day 1 release as failing and the reference
answers as passing, and the assignment list answers for the course.
"""
import json
import urllib.parse
import urllib.request

import nbformat
import pytest

from course import ROOT, answered_with_solutions, release_notebook
from lab_server import running_lab


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    exchange = tmp_path_factory.mktemp("exchange")
    with running_lab(ROOT, tmp_path_factory.mktemp("lab"), env={"NBGRADER_EXCHANGE": str(exchange)}) as server:
        yield server.request


def validate(request, path):
    status, body = request("/assignments/validate", urllib.parse.urlencode({"path": path}).encode())
    assert status == 200
    reply = json.loads(body)
    assert reply["success"], reply["value"]
    return reply["value"]


def test_lab_page_loads_nbgrader(lab):
    status, page = lab("/lab")
    assert status == 200 and "@jupyter/nbgrader" in page


def test_validate_fails_the_blank_release_and_passes_the_reference(lab, tmp_path):
    blank = validate(lab, str(release_notebook("day01-numpy").relative_to(ROOT)))
    assert blank.get("failed"), f"Validate passed the blank notebook: {blank}"
    answered = ROOT / ".release-check" / "day01-numpy.ipynb"  # inside root_dir, ignored by git
    answered.parent.mkdir(exist_ok=True)
    try:
        nbformat.write(answered_with_solutions("day01-numpy"), answered)
        result = validate(lab, str(answered.relative_to(ROOT)))
    finally:
        answered.unlink()
    assert not result.get("failed") and not result.get("changed"), f"Validate failed the reference: {result}"


def test_assignment_list_answers_for_the_course(lab):
    status, body = lab("/assignments?course_id=deep-learning-course")
    assert status == 200
    reply = json.loads(body)
    assert reply["success"], reply
