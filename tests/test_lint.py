"""The course's Python code passes ruff with the rules in pyproject.toml."""
import subprocess
import sys
from pathlib import Path

from course import ROOT


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run([str(ruff), "check", "helpers", "grading", "tests", "benchmarks", "conftest.py",
                             "nbgrader_config.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
