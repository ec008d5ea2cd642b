"""JupyterLab starts on the course with nbgrader's student tools answering (what `make lab` opens).

The browser journey is tested elsewhere; this checks the server side on loopback: the lab page
loads nbgrader's extension, Validate grades the blank Day 1 release as failing and the reference
answers as passing, and the assignment list answers for the course.
"""
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import nbformat
import pytest

from course import ROOT, answered_with_solutions, release_notebook


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    exchange = tmp_path_factory.mktemp("exchange")
    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ, NBGRADER_EXCHANGE=str(exchange),
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               JUPYTER_RUNTIME_DIR=str(tmp_path_factory.mktemp("runtime")))
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}", "--allow-root"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"

    def request(path, data=None):
        req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET",
                                     headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(req, timeout=300) as response:
            return response.status, response.read().decode()

    deadline = time.monotonic() + 90
    while True:
        try:
            request("/api/status")
            break
        except (urllib.error.URLError, ConnectionError):
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"JupyterLab did not start:\n{server.stderr.read()[-3000:]}")
            time.sleep(0.5)
    yield request
    server.terminate()
    server.wait(timeout=30)


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
