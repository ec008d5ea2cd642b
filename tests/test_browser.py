"""The student's and the instructor's journeys in a real browser: headless Chromium (Debian's
`chromium`, `make browser`) driven by Playwright, against JupyterLab servers on loopback.

One exchange on one machine, as a course runs it:
- the instructor releases Day 1 from the command line;
- the student, in JupyterLab, fetches it from nbgrader's assignment list, opens it from the file
  browser, sees Validate fail the blank notebook, answers it, runs all cells without an error, sees
  a plot and an animation (screenshots in tests/artifacts/), types a wrong answer and reads the
  visible check's hint, sees Validate pass, and submits from the assignment list;
- the instructor collects and runs `make grade`; the formgrader lists the course's assignments and
  shows the submission's score; the instructor releases the feedback;
- the student fetches the feedback from the assignment list and reads the score, and no hidden test.

The steps depend on each other, so they run in order as the tests of this module.
"""
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import expect, sync_playwright

from course import (
    ROOT,
    answered_with_solutions,
    grading_course,
    load_mutants,
    read,
    run_nbgrader,
    secret_lines,
    source_notebook,
)
from lab_server import running_lab

ASSIGNMENT = "day01-numpy"
COURSE_ID = "deep-learning-course"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
ARTIFACTS = ROOT / "tests" / "artifacts"
# a cold kernel imports NumPy, Matplotlib and the helpers; Validate runs the whole notebook
TIMEOUT_MS = int(os.environ.get("BROWSER_TIMEOUT_MS", 180_000))
expect.set_options(timeout=TIMEOUT_MS)


def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Chromium is not installed: run `make browser` (Debian/Ubuntu: apt-get install chromium).")
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The exchange, the instructor's course (Day 1 only) and the student's folder, with a JupyterLab
    server for each and one headless browser."""
    base = tmp_path_factory.mktemp("journey")
    exchange, course, student = base / "exchange", base / "course", base / "student"
    exchange.mkdir()
    grading_course(course, ASSIGNMENT)
    # a student's machine knows only the exchange and the course id
    student.mkdir()
    (student / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        f"c.Exchange.assignment_dir = {str(student)!r}\n"
        f"c.Exchange.cache = {str(base / 'student-cache')!r}\n"
        f"c.CourseDirectory.course_id = {COURSE_ID!r}\n")
    env = {"NBGRADER_EXCHANGE": str(exchange)}
    ARTIFACTS.mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as monkeypatch, \
            running_lab(course, base / "instructor-lab", env=env) as instructor_lab, \
            running_lab(student, base / "student-lab", env=env) as student_lab, \
            sync_playwright() as playwright:
        monkeypatch.setenv("NBGRADER_EXCHANGE", str(exchange))  # for the instructor's nbgrader commands
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        yield {"exchange": exchange, "course": course, "student": student, "env": env,
               "instructor_lab": instructor_lab, "student_lab": student_lab, "context": context}
        context.close()
        browser.close()


def open_lab(context, lab):
    page = context.new_page()
    page.goto(f"{lab.url}/lab?token={lab.token}")
    page.locator("#filebrowser").wait_for()
    return page


def open_from_file_browser(page, *names):
    """Double-click through the file browser: folders, then the notebook; wait for its first cell."""
    page.locator("#filebrowser .jp-BreadCrumbs-home").click()
    for name in names:
        page.locator(f"#filebrowser .jp-DirListing-itemText span:text-is('{name}')").dblclick()
    page.locator(".jp-NotebookPanel:visible .jp-Notebook-cell").first.wait_for()
    notebook = page.locator(".jp-NotebookPanel:visible")
    expect(notebook.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")).to_have_count(1)
    return notebook


def close_all_tabs(page):
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel:text-is('File')").click()
    page.locator("li[data-command='application:close-all']").click()
    discard = page.locator(".jp-Dialog button:has-text('Discard')")
    if discard.count():
        discard.click()


def run_menu(page, command):
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel:text-is('Run')").click()
    page.locator(f"li[data-command='{command}']").click()


def validate(notebook):
    """Press nbgrader's Validate button; the dialog's text and whether it reports success."""
    page = notebook.page
    notebook.locator("jp-button.validate-button").click()
    dialog = page.locator(".nbgrader-SuccessDialog, .nbgrader-ErrorDialog")
    dialog.wait_for()
    succeeded = page.locator(".nbgrader-SuccessDialog").count() == 1
    text = dialog.inner_text()
    dialog.locator("button.jp-Dialog-button").click()
    return succeeded, text


def open_assignment_list(page):
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel:text-is('Nbgrader')").click()
    page.locator("#jp-mainmenu-nbgrader li[data-command='nbgrader:open-assignment-list']").click()
    page.locator("#released_assignments_list").wait_for()


def rows(page, name):
    """The rows of the assignment list's `name` section (released, fetched or submitted)."""
    expect(page.locator(f"#{name}_assignments_list_loading")).to_be_hidden()
    return page.locator(f"#{name}_assignments_list > .list_item")


def visible_hints(grade_id):
    """The hints of the visible checks of `grade_id`'s test cell, as the student reads them."""
    cell = next(cell for cell in read(source_notebook(ASSIGNMENT)).cells
                if cell.metadata.get("nbgrader", {}).get("grade_id") == f"{grade_id}-tests")
    visible = cell.source.split("### BEGIN HIDDEN TESTS")[0]
    return re.findall(r'hint="([^"]+)"', visible)


def test_student_fetches_runs_validates_and_submits_in_jupyterlab(world):
    run_nbgrader(["release_assignment", ASSIGNMENT], cwd=world["course"])
    page = open_lab(world["context"], world["student_lab"])

    open_assignment_list(page)
    released = rows(page, "released")
    expect(released).to_have_count(1)
    expect(released.first.locator(".item_name")).to_have_text(ASSIGNMENT)
    expect(released.first.locator(".item_course")).to_have_text(COURSE_ID)
    released.first.locator(".item_status button").click()  # Fetch
    expect(rows(page, "fetched")).to_have_count(1)
    fetched = world["student"] / ASSIGNMENT / NOTEBOOK
    assert "raise NotImplementedError()" in fetched.read_text(), "the student fetches the blank release"

    notebook = open_from_file_browser(page, ASSIGNMENT, NOTEBOOK)
    succeeded, text = validate(notebook)
    assert not succeeded and "failed" in text.lower(), f"Validate passed the blank notebook: {text[:500]}"
    close_all_tabs(page)

    # the student answers every exercise (with the reference solutions) and opens the notebook again
    nbformat.write(answered_with_solutions(ASSIGNMENT), fetched)
    notebook = open_from_file_browser(page, ASSIGNMENT, NOTEBOOK)
    run_menu(page, "runmenu:run-all")
    code_cells = notebook.locator(".jp-CodeCell")
    prompts = notebook.locator(".jp-CodeCell .jp-InputArea-prompt")
    expect(prompts.filter(has_text=re.compile(r"\[\d+\]"))).to_have_count(code_cells.count())
    outputs = notebook.locator(".jp-OutputArea-output").all_inner_texts()
    errors = [text for text in outputs if "Traceback" in text or "Error" in text.split("\n")[0]]
    assert not errors, f"Run All printed an error: {errors[0][:1000]}"

    picture = notebook.locator(".jp-RenderedImage img").first
    expect(picture).to_be_visible()
    picture.scroll_into_view_if_needed()
    picture.screenshot(path=ARTIFACTS / "student-plot.png")
    animation = notebook.locator(".jp-OutputArea-output .animation").first
    expect(animation.locator("img")).to_be_visible()
    expect(animation.locator("input.anim-slider")).to_be_visible()
    animation.scroll_into_view_if_needed()
    animation.screenshot(path=ARTIFACTS / "student-animation.png")
    page.screenshot(path=ARTIFACTS / "student-notebook.png")

    succeeded, text = validate(notebook)
    assert succeeded, f"Validate failed the answered notebook: {text[:1000]}"

    # a wrong answer, typed into the first exercise, makes its visible check explain itself
    exercise = "ex1-checkerboard"
    label, wrong = next(iter(load_mutants(ASSIGNMENT)[exercise]))
    answer = notebook.locator(".jp-CodeCell").nth(
        [cell.metadata.get("nbgrader", {}).get("grade_id") for cell in read(fetched).cells
         if cell.cell_type == "code"].index(exercise))
    answer.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(wrong.strip())
    page.keyboard.press("Shift+Enter")  # runs the answer and moves to its test cell
    page.keyboard.press("Shift+Enter")
    tests = answer.locator("xpath=following-sibling::div[contains(@class, 'jp-CodeCell')][1]")
    feedback = tests.locator(".jp-OutputArea-output")
    expect(feedback.first).to_contain_text("CheckFailed")
    shown = feedback.first.inner_text()
    assert any(hint in shown for hint in visible_hints(exercise)), (
        f"the check for the wrong answer ({label}) did not show its hint:\n{shown[:1500]}")
    assert "NotImplementedError" not in shown
    tests.screenshot(path=ARTIFACTS / "student-hint.png")
    close_all_tabs(page)  # discards the wrong answer: autosave is off, the answered file stays

    open_assignment_list(page)
    rows(page, "fetched").first.locator(".item_status button:text('Submit')").click()
    expect(rows(page, "submitted")).to_have_count(1)
    expect(rows(page, "submitted").first.locator(".item_name").first).to_have_text(ASSIGNMENT)
    page.close()


def test_instructor_grades_in_formgrader_and_student_reads_the_feedback(world):
    course = world["course"]
    run_nbgrader(["collect", ASSIGNMENT], cwd=course)
    submissions = list((course / "submitted").glob(f"*/{ASSIGNMENT}/{NOTEBOOK}"))
    assert len(submissions) == 1, f"the student's submission was not collected: {submissions}"
    venv = Path(sys.executable).parent.parent
    result = subprocess.run(["make", "-o", "install", f"VENV={venv}", "grade"], cwd=course, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    lab = world["instructor_lab"]
    page = open_lab(world["context"], lab)
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel:text-is('Nbgrader')").click()
    page.locator("#jp-mainmenu-nbgrader li[data-command='nbgrader:open-formgrader']").click()
    formgrader = page.frame_locator(".jp-MainAreaWidget:visible iframe")
    assignments = formgrader.locator("table.dataTable tbody tr")
    expect(assignments.filter(has_text=ASSIGNMENT)).to_have_count(1)
    expect(assignments).to_have_count(len(list((course / "solutions").iterdir())))
    page.screenshot(path=ARTIFACTS / "instructor-formgrader.png")

    page.goto(f"{lab.url}/formgrader/manage_submissions/{ASSIGNMENT}")
    score = page.locator("table.dataTable tbody tr td.score").first
    expect(score).to_have_text(re.compile(r"^[\d.]+ / [\d.]+$"))
    got, best = (float(part) for part in score.inner_text().split(" / "))
    assert got == best > 0, f"the reference answers should score full marks, formgrader shows {got} / {best}"
    page.screenshot(path=ARTIFACTS / "instructor-score.png")
    page.close()

    run_nbgrader(["release_feedback", ASSIGNMENT], cwd=course)
    page = open_lab(world["context"], world["student_lab"])
    open_assignment_list(page)
    submitted = rows(page, "submitted")
    submitted.first.locator("button:text('Fetch Feedback')").click()
    expect(page.locator("#submitted_assignments_list a:has-text('view feedback')")).to_have_count(1)
    pages = list((world["student"] / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
    assert len(pages) == 1, f"expected one feedback page, found {pages}"
    feedback = html.unescape(re.sub(r"<[^>]+>", "", pages[0].read_text()))
    score = re.search(r"Score:\s*([\d.]+)\s*/\s*([\d.]+)", feedback)
    assert score and float(score[1]) == float(score[2]) == best, f"the feedback says {score}"
    answers = {line for _, line in secret_lines(ASSIGNMENT, kinds=("SOLUTION",))}
    hidden = [line for _, line in secret_lines(ASSIGNMENT, kinds=("HIDDEN TESTS",)) if line not in answers]
    assert not [line for line in hidden if line in feedback], "the feedback shows hidden test code"
    page.close()
