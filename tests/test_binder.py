"""Binder builds the course's own pinned environment and gives students only the student tools.

No Docker daemon here: repo2docker prints the Dockerfile it would build (`--no-build --debug`).
"""
import re
import subprocess
import sys
from pathlib import Path

from course import ROOT

BINDER = ROOT / "binder"


def requirement_lines(path):
    """Requirement lines of a pip requirements file, following `-r` includes like pip does."""
    lines = []
    for raw in Path(path).read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("-r"):
            lines += requirement_lines(Path(path).parent / line[2:].strip())
        elif line and not line.startswith("-"):
            lines.append(line)
    return lines


def test_binder_installs_exactly_the_pinned_requirements():
    binder = requirement_lines(BINDER / "requirements.txt")
    assert binder == requirement_lines(ROOT / "requirements.txt")
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.+]+", line) for line in binder), "every line pinned with =="
    assert "torch==2.13.0" in binder
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"


def test_repo2docker_builds_python_311_with_requirements_then_post_build():
    repo2docker = Path(sys.executable).parent / "jupyter-repo2docker"
    result = subprocess.run([str(repo2docker), "--no-build", "--debug", str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    dockerfile = result.stdout + result.stderr
    assert "python=3.11" in dockerfile
    copy_repo = dockerfile.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    install = dockerfile.index('pip install --no-cache-dir -r "binder/requirements.txt"')
    post_build = dockerfile.index("RUN ./binder/postBuild")
    # the whole repository is in place before pip runs, so `-r ../requirements.txt` resolves
    assert copy_repo < install < post_build


def test_post_build_disables_instructor_tools_that_exist_and_keeps_student_tools():
    script = (BINDER / "postBuild").read_text()
    assert script.startswith("#!/bin/bash") and "set -euo pipefail" in script
    assert (BINDER / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"
    lab_plugins = re.search(r"for plugin in ([\w\- ]+); do", script).group(1).split()
    server_extensions = re.search(r"for extension in ([\w ]+); do", script).group(1).split()
    assert set(lab_plugins) == {"formgrader", "create-assignment", "course-list"}
    assert set(server_extensions) == {"formgrader", "course_list"}
    # the names must exist in the installed nbgrader, or `jupyter ... disable` silently does nothing
    lab_js = "".join(p.read_text(errors="ignore") for p in
                     (Path(sys.prefix) / "share/jupyter/labextensions/@jupyter/nbgrader/static").glob("*.js"))
    for plugin in lab_plugins + ["assignment-list", "validate-assignment"]:
        assert f'"@jupyter/nbgrader:{plugin}"' in lab_js, f"no lab plugin @jupyter/nbgrader:{plugin}"
    import nbgrader.server_extensions as extensions
    for extension in server_extensions + ["assignment_list", "validate_assignment"]:
        assert (Path(extensions.__file__).parent / extension).is_dir(), f"no server extension {extension}"
    assert "pip install --no-deps -e ." in script


def test_binder_start_sets_the_kernel_environment_then_hands_over():
    script = (BINDER / "start").read_text()
    assert (BINDER / "start").stat().st_mode & 0o111, "binder/start must be executable"
    for line in ("export TF_CPP_MIN_LOG_LEVEL=1", "export TF_ENABLE_ONEDNN_OPTS=0"):
        assert line in script
    assert script.rstrip().endswith('exec "$@"'), "start must hand over to the server it was given"
    result = subprocess.run([str(BINDER / "start"), sys.executable, "-c",
                             "import os; print(os.environ['TF_ENABLE_ONEDNN_OPTS'])"],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "0", result.stderr


def test_post_build_installs_the_no_deps_requirements_like_make_install():
    """Packages with broken dependency lists (requirements-nodeps.txt) reach Binder as they reach `make install`."""
    assert "pip install --no-deps -r requirements-nodeps.txt" in (BINDER / "postBuild").read_text()
    assert "--no-deps -r requirements-nodeps.txt" in (ROOT / "Makefile").read_text()
    pins = requirement_lines(ROOT / "requirements-nodeps.txt")
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[\w.+]+", line) for line in pins)
