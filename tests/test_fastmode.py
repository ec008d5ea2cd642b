"""helpers/fastmode.py: COURSE_FAST switches notebooks between fast and full runs."""
import pytest

from helpers.fastmode import fast_or_full, is_fast


@pytest.mark.parametrize("value", ["1", "true", "TRUE", " yes ", "on"])
def test_fast_values(monkeypatch, value):
    monkeypatch.setenv("COURSE_FAST", value)
    assert is_fast() is True
    assert fast_or_full("small", "large") == "small"


@pytest.mark.parametrize("value", ["0", "", "false", "No", "off"])
def test_full_values(monkeypatch, value):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setenv("COURSE_FAST", value)
    assert is_fast() is False
    assert fast_or_full("small", "large") == "large"


def test_unset_means_full(monkeypatch):
    monkeypatch.delenv("COURSE_FAST", raising=False)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert is_fast() is False
    assert fast_or_full(1, 20) == 20


@pytest.mark.parametrize("execution", ["validate", "autograde"])
def test_nbgrader_grading_means_fast_unless_course_fast_says_otherwise(monkeypatch, execution):
    monkeypatch.delenv("COURSE_FAST", raising=False)
    monkeypatch.setenv("NBGRADER_EXECUTION", execution)
    assert is_fast() is True
    monkeypatch.setenv("COURSE_FAST", "0")
    assert is_fast() is False


@pytest.mark.parametrize("value", ["2", "maybe", "fast"])
def test_invalid_value_raises(monkeypatch, value):
    monkeypatch.setenv("COURSE_FAST", value)
    with pytest.raises(ValueError, match="COURSE_FAST") as info:
        is_fast()
    assert repr(value) in str(info.value)
    with pytest.raises(ValueError, match="COURSE_FAST"):
        fast_or_full(1, 20)


def test_value_is_read_at_each_call(monkeypatch):
    monkeypatch.setenv("COURSE_FAST", "1")
    assert fast_or_full(1, 20) == 1
    monkeypatch.setenv("COURSE_FAST", "0")
    assert fast_or_full(1, 20) == 20
