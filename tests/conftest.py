"""Fixtures for the pipeline tests."""
import shutil

import pytest

from course import ROOT


@pytest.fixture
def course_copy(tmp_path):
    """A throwaway course folder: nbgrader_config.py and solutions/, nothing of the real gradebook."""
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "solutions", tmp_path / "solutions",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return tmp_path
