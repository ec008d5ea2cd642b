"""Hostile submissions graded in one batch beside an honest one, with the course's own
`nbgrader autograde`: each attack earns nothing for what it broke, the batch completes, the honest
student keeps full marks, and nothing outside the sandbox is touched (tests/attacks.py)."""
import copy
import hashlib
import json
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import nbformat
import pytest
from nbgrader.api import Gradebook

from attacks import ATTACKS, MALFORMED, TARGET
from course import answered_with_solutions, cell_by_id, released_course, run_nbgrader, submit

ASSIGNMENT = "day01-numpy"


class CountingHandler(BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        CountingHandler.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade every attack and the honest student once; yield what the tests look at."""
    course = tmp_path_factory.mktemp("course")
    canary = tmp_path_factory.mktemp("outside") / "canary"
    server = ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    released_course(course, ASSIGNMENT)
    submit(course, "honest", ASSIGNMENT, answered_with_solutions(ASSIGNMENT))
    for attack in ATTACKS:
        notebook = answered_with_solutions(ASSIGNMENT)
        code = attack.code.replace("{course}", str(course)).replace("{canary}", str(canary))
        cell_by_id(notebook, TARGET).source = code.replace("{port}", str(server.server_address[1]))
        if attack.test_cell is not None:
            cell_by_id(notebook, f"{TARGET}-tests").source = attack.test_cell
        submit(course, attack.student, ASSIGNMENT, notebook)
        for name, text in attack.files:
            (course / "submitted" / attack.student / ASSIGNMENT / name).write_text(text)
    (course / "submitted" / "malformed-json" / ASSIGNMENT).mkdir(parents=True)
    (course / "submitted" / "malformed-json" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text('{"cells": [')
    renamed = course / "submitted" / "malformed-renamed" / ASSIGNMENT
    renamed.mkdir(parents=True)
    nbformat.write(answered_with_solutions(ASSIGNMENT), renamed / "my-answers.ipynb")
    duplicated = answered_with_solutions(ASSIGNMENT)
    index = next(i for i, c in enumerate(duplicated.cells) if c.metadata.get("nbgrader", {}).get("grade"))
    duplicated.cells.insert(index + 1, copy.deepcopy(duplicated.cells[index]))
    submit(course, "duplicate", ASSIGNMENT, duplicated)
    renamed_cell = answered_with_solutions(ASSIGNMENT)
    target_tests = cell_by_id(renamed_cell, f"{TARGET}-tests")
    target_tests.metadata["nbgrader"]["grade_id"], target_tests.source = "ex3-mine-tests", "pass"
    submit(course, "malformed-cell-id", ASSIGNMENT, renamed_cell)
    submit(course, "zz-honest", ASSIGNMENT, answered_with_solutions(ASSIGNMENT))  # graded after every bad one
    gradebook_before = hashlib.sha256((course / "gradebook.db").read_bytes()).hexdigest()
    honest_before = (course / "submitted" / "honest" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_bytes()

    # malformed submissions make nbgrader exit with 1 at the end, after grading everyone else
    result = run_nbgrader(["autograde", ASSIGNMENT, "--SandboxedExecute.cell_timeout=10",
                           "--SandboxedExecute.wall_seconds=60"], cwd=course, check=False)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    server.shutdown()
    yield {"course": course, "canary": canary, "gradebook_before": gradebook_before,
           "honest_before": honest_before}


def scores(course, student):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(ASSIGNMENT, student)
        return {grade.name: (grade.score, grade.max_score) for notebook in submission.notebooks
                for grade in notebook.grades}


@pytest.mark.parametrize("student", ["honest", "zz-honest"])
def test_honest_students_keep_full_marks(graded, student):
    assert all(score == top for score, top in scores(graded["course"], student).values())
    honest = graded["course"] / "submitted" / "honest" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert honest.read_bytes() == graded["honest_before"]


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda attack: attack.student)
def test_an_attack_earns_nothing_for_what_it_broke(graded, attack):
    grades = scores(graded["course"], attack.student)
    tests = [name for name in grades if name.endswith("-tests")]  # in notebook order
    target = tests.index(f"{TARGET}-tests")
    for index, name in enumerate(tests):
        score, top = grades[name]
        if index < target or (index > target and not attack.stops and not attack.harms_later):
            assert score == top, f"{attack.what}: {name} lost points it should keep"
        elif index == target or attack.stops:
            assert score == 0, f"{attack.what}: {name} scored {score}"


@pytest.mark.parametrize("student", sorted(MALFORMED))
def test_a_malformed_submission_scores_zero(graded, student):
    grades = scores(graded["course"], student)
    assert grades and all(score == 0 for score, _ in grades.values()), f"{MALFORMED[student]}: {grades}"


def report(course, student):
    return json.loads((course / "autograded" / student / ASSIGNMENT / "tamper-report.json").read_text())


def needs_review(course, student):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return {grade.name for notebook in gradebook.find_submission(ASSIGNMENT, student).notebooks
                for grade in notebook.grades if grade.needs_manual_grade}


def test_the_honest_student_is_not_flagged(graded):
    assert report(graded["course"], "honest")["findings"] == []
    assert needs_review(graded["course"], "honest") == set()


@pytest.mark.parametrize("attack", [a for a in ATTACKS if a.flagged], ids=lambda attack: attack.student)
def test_tampering_is_reported_and_flagged_for_review(graded, attack):
    findings = report(graded["course"], attack.student)["findings"]
    assert findings, f"{attack.what}: nothing in the tamper report"
    assert f"{TARGET}-tests" in needs_review(graded["course"], attack.student)


def test_a_duplicated_test_cell_is_graded_once_reported_and_flagged(graded):
    assert all(score == top for score, top in scores(graded["course"], "duplicate").values())
    findings = [f["finding"] for f in report(graded["course"], "duplicate")["findings"]]
    assert any("more than once" in finding for finding in findings), findings
    assert needs_review(graded["course"], "duplicate")


def test_nothing_outside_the_sandbox_was_reached(graded):
    assert CountingHandler.hits == [], "a submission reached a server on the grader's loopback"
    assert not graded["canary"].exists(), "a submission wrote a file outside its sandbox"
    assert not (graded["course"] / "pwned").exists()
    leftovers = subprocess.run(["pgrep", "-f", "attack-sleeper"], capture_output=True, text=True).stdout
    assert not leftovers.strip(), f"a detached child outlived grading: {leftovers}"


def test_grading_output_stays_small(graded):
    flood = graded["course"] / "autograded" / "flood" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert flood.stat().st_size < 2_000_000
