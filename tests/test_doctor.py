"""helpers/doctor.py (`make doctor`): every check passes on the course's own environment, and each
kind of breakage is reported as FAIL with what to do."""
import hashlib
import json
import subprocess
import sys

from course import ROOT
from helpers import doctor


def test_doctor_passes_here_and_names_every_check():
    result = subprocess.run([sys.executable, "-m", "helpers.doctor"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in ("Python", "pinned packages", "PyTorch", "TensorFlow/Keras", "JAX", "JupyterLab + nbgrader",
                 "data: mnist-sample", "grading sandbox"):
        assert any(line.startswith(("OK", "WARN")) and f" {name}: " in line for line in lines), (name, lines)
    assert lines[-1] == "All checks passed."


def test_old_python_fails_with_the_way_out():
    result = doctor.check_python((3, 10, 4))
    assert result.status == "FAIL" and "3.11" in result.fix


def test_pins_read_only_the_direct_block_and_a_wrong_version_fails(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("# --- direct dependencies ---\nnumpy==0.0.1  # too old\npsycopg[binary]==3.3.9\n"
                            "# --- what they pull in ---\nnot-a-direct-pin==1.0\n")
    pins = doctor.direct_pins(requirements)
    assert pins == {"numpy": "0.0.1", "psycopg": "3.3.9"}
    result = doctor.check_pins(pins | {"surely-not-installed-dist": "1.0"})
    assert result.status == "FAIL" and "make install" in result.fix
    assert "numpy 2." in result.detail and "surely-not-installed-dist missing" in result.detail


def test_a_framework_that_does_not_import_fails_with_its_error():
    result = doctor.check_framework("Nothing", "import surely_not_a_module")
    assert result.status == "FAIL" and "ModuleNotFoundError" in result.detail and "make install" in result.fix


def test_lab_without_nbgrader_extensions_fails(tmp_path):
    (tmp_path / "jupyter_server_config.d").mkdir()
    (tmp_path / "jupyter_server_config.d" / "nbgrader.json").write_text(json.dumps(
        {"ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.validate_assignment": False}}}))
    result = doctor.check_jupyterlab(config_dirs=[str(tmp_path)], labextension_dirs=[str(tmp_path)])
    assert result.status == "FAIL"
    assert "validate_assignment" in result.detail and "@jupyter/nbgrader" in result.detail


def test_an_edited_shipped_dataset_fails(tmp_path, monkeypatch):
    monkeypatch.setattr("helpers.datasets.REPO_DATASETS", tmp_path)
    (tmp_path / "toy").mkdir()
    (tmp_path / "toy" / "a.txt").write_text("edited\n")
    registry = {"toy": {"description": "toy", "folder": "toy",
                        "files": {"a.txt": hashlib.sha256(b"original\n").hexdigest()}}}
    (result,) = doctor.check_datasets(registry)
    assert result.status == "FAIL" and "git checkout" in result.detail
