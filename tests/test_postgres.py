"""The gradebook on PostgreSQL, for real: a server this test starts on loopback, two Dask workers
writing grades into it at once, and the scores read back from it."""
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from course import answered_with_solutions, release_notebook, released_course, submit
from grading.parallel import grade_all

ASSIGNMENT = "day01-numpy"


def as_server_user(command):
    """PostgreSQL refuses to run as root: as root, run its programs as the `postgres` user."""
    return (["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *command]
            if os.geteuid() == 0 else command)


@pytest.fixture(scope="module")
def postgres_url():
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    assert binaries, "PostgreSQL's server is not installed: run `make postgres`"
    bindir = binaries[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="course-postgres-"))  # pytest's tmp folders are closed to other users
    os.chmod(folder, 0o777)
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    os.chmod(sockets, 0o777)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "grader"]),
                   check=True, capture_output=True)
    subprocess.run(as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"),
                                   "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets}", "start"]),
                   check=True, capture_output=True)
    subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "grader", "gradebook"],
                   check=True, capture_output=True)
    yield f"postgresql://grader@127.0.0.1:{port}/gradebook"
    subprocess.run(as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                   capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def test_parallel_graders_write_one_postgres_gradebook(postgres_url, tmp_path, monkeypatch):
    monkeypatch.setenv("NBGRADER_DB_URL", postgres_url)  # read by nbgrader_config.py in every process
    released_course(tmp_path, ASSIGNMENT)
    submissions = {"pia": answered_with_solutions(ASSIGNMENT), "quin": answered_with_solutions(ASSIGNMENT),
                   "rey": nbformat.read(release_notebook(ASSIGNMENT), 4)}
    for student, notebook in submissions.items():
        submit(tmp_path, student, ASSIGNMENT, notebook)

    assert grade_all(tmp_path, ASSIGNMENT, workers=2) == dict.fromkeys(submissions, 0)

    assert not (tmp_path / "gradebook.db").exists(), "grades went to SQLite instead of PostgreSQL"
    with Gradebook(postgres_url) as gradebook:
        top = gradebook.find_assignment(ASSIGNMENT).max_score
        assert {s.student.id: s.score for s in gradebook.find_assignment(ASSIGNMENT).submissions} == {
            "pia": top, "quin": top, "rey": 0}
