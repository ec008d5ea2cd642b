"""The whole round trip through nbgrader's exchange on one machine, from the command line: the
instructor releases Day 1, the student fetches it, answers and submits; the instructor collects,
autogrades, generates and releases feedback; the student fetches the feedback and sees full marks,
and no hidden test code."""
import getpass
import html
import re

import nbformat

from course import answered_with_solutions, released_course, run_nbgrader, secret_lines

ASSIGNMENT = "day01-numpy"
COURSE_ID = "deep-learning-course"


def test_release_fetch_submit_collect_grade_and_feedback(tmp_path, monkeypatch):
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    monkeypatch.setenv("NBGRADER_EXCHANGE", str(exchange))  # read by the course's nbgrader_config.py
    (tmp_path / "course").mkdir()
    course = released_course(tmp_path / "course", ASSIGNMENT)
    # the student works elsewhere, with only what a student's machine knows: the exchange and the course id
    student = tmp_path / "student"
    student.mkdir()
    (student / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.Exchange.root = {str(exchange)!r}\nc.CourseDirectory.course_id = {COURSE_ID!r}\n"
        f"c.Exchange.cache = {str(tmp_path / 'student-cache')!r}\n")  # not the real ~/.local/share/jupyter

    run_nbgrader(["release_assignment", ASSIGNMENT], cwd=course)
    listed = run_nbgrader(["list"], cwd=student)
    assert f"{COURSE_ID} {ASSIGNMENT}" in listed.stdout + listed.stderr

    run_nbgrader(["fetch_assignment", ASSIGNMENT], cwd=student)
    fetched = student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert "raise NotImplementedError()" in fetched.read_text(), "the student receives the blank release"
    nbformat.write(answered_with_solutions(ASSIGNMENT), fetched)
    run_nbgrader(["submit", ASSIGNMENT], cwd=student)

    run_nbgrader(["collect", ASSIGNMENT], cwd=course)
    me = getpass.getuser()  # the exchange files a submission under the submitting user
    assert (course / "submitted" / me / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists()
    run_nbgrader(["autograde", ASSIGNMENT], cwd=course)
    run_nbgrader(["generate_feedback", ASSIGNMENT], cwd=course)
    run_nbgrader(["release_feedback", ASSIGNMENT], cwd=course)

    run_nbgrader(["fetch_feedback", ASSIGNMENT], cwd=student)
    pages = list((student / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
    assert len(pages) == 1, f"expected one feedback page, found {pages}"
    feedback = html.unescape(re.sub(r"<[^>]+>", "", pages[0].read_text()))
    score = re.search(r"Score:\s*([\d.]+)\s*/\s*([\d.]+)", feedback)
    assert score and float(score[1]) == float(score[2]) > 0, f"full marks expected, the page says {score}"
    answers = {line for _, line in secret_lines(ASSIGNMENT, kinds=("SOLUTION",))}
    hidden = [line for _, line in secret_lines(ASSIGNMENT, kinds=("HIDDEN TESTS",)) if line not in answers]
    shown = [line for line in hidden if line in feedback]
    assert not shown, f"the feedback shows hidden test code: {shown[:3]}"
