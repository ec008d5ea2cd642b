"""Fixtures for the pipeline tests."""
import pytest

from course import new_course


@pytest.fixture
def course_copy(tmp_path):
    """A throwaway course folder: nbgrader_config.py and solutions/, nothing of the real gradebook."""
    return new_course(tmp_path)
