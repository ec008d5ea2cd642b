"""helpers/notebook.py: setup_notebook seeds, styles, reports fast mode and returns a Session."""
import random

import matplotlib
import numpy as np
import pytest

from helpers.notebook import Session, setup_notebook
from helpers.plotting import COLORS


@pytest.fixture(autouse=True)
def restore_rcparams():
    with matplotlib.rc_context():
        yield


@pytest.mark.parametrize("value, fast", [("1", True), ("0", False), ("", False)])
def test_session_reports_fast_mode_in_one_line(monkeypatch, capsys, value, fast):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setenv("COURSE_FAST", value)
    session = setup_notebook(seed=4)
    assert isinstance(session, Session)
    assert session.fast is fast and session.seed == 4
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert "seed 4" in lines[0]
    assert ("mode FAST" in lines[0]) is fast and ("mode full" in lines[0]) is not fast
    assert "framework" not in lines[0]


def test_session_rng_and_global_generators_are_seeded(monkeypatch):
    monkeypatch.delenv("COURSE_FAST", raising=False)
    random.seed(21)
    python_expected = random.random()
    np.random.seed(21)
    numpy_expected = np.random.rand()
    session = setup_notebook(seed=21)
    assert isinstance(session.rng, np.random.Generator)
    np.testing.assert_array_equal(session.rng.random(4), np.random.default_rng(21).random(4))
    assert random.random() == python_expected
    assert np.random.rand() == numpy_expected
    assert setup_notebook(seed=22).rng.random() != np.random.default_rng(21).random()


def test_setup_applies_the_course_style(monkeypatch):
    monkeypatch.delenv("COURSE_FAST", raising=False)
    matplotlib.rcdefaults()
    setup_notebook()
    assert matplotlib.rcParams["axes.spines.top"] is False
    assert [c["color"] for c in matplotlib.rcParams["axes.prop_cycle"]] == COLORS


def test_setup_names_the_frameworks(monkeypatch, capsys):
    pytest.importorskip("torch")
    monkeypatch.setenv("COURSE_FAST", "1")
    setup_notebook(seed=1, frameworks=("torch",))
    (line,) = capsys.readouterr().out.splitlines()
    assert line.endswith("frameworks torch")


def test_invalid_course_fast_raises(monkeypatch):
    monkeypatch.setenv("COURSE_FAST", "sometimes")
    with pytest.raises(ValueError, match="COURSE_FAST"):
        setup_notebook()


def test_jax_key_only_when_jax_is_named(monkeypatch):
    import jax

    monkeypatch.setenv("COURSE_FAST", "1")
    assert setup_notebook(seed=3).jax_key is None
    key = setup_notebook(seed=3, frameworks=("jax",)).jax_key
    np.testing.assert_array_equal(jax.random.key_data(key), jax.random.key_data(jax.random.key(3)))
    assert not np.array_equal(jax.random.key_data(key), jax.random.key_data(jax.random.key(4)))
