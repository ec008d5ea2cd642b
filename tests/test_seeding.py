"""helpers/seeding.py: one call makes Python, NumPy and the named frameworks repeat."""
import importlib.util
import random
import subprocess
import sys

import numpy as np
import pytest

from helpers.seeding import seed_everything


def draws():
    """One sample from every source seed_everything is meant to seed."""
    return {"python": [random.random() for _ in range(3)],
            "numpy": np.random.rand(3).tolist()}


def test_python_numpy_and_generator_repeat_with_the_same_seed():
    rng = seed_everything(42)
    first = draws() | {"rng": rng.random(3).tolist()}
    rng = seed_everything(42)
    second = draws() | {"rng": rng.random(3).tolist()}
    assert first == second
    rng = seed_everything(43)
    other = draws() | {"rng": rng.random(3).tolist()}
    for source in first:
        assert first[source] != other[source], source


def test_returned_generator_is_seeded_with_the_seed():
    rng = seed_everything(7)
    assert isinstance(rng, np.random.Generator)
    np.testing.assert_array_equal(rng.integers(0, 1000, 5),
                                  np.random.default_rng(7).integers(0, 1000, 5))
    random.seed(7)
    expected = random.random()
    seed_everything(7)
    assert random.random() == expected


def test_unknown_framework_raises():
    with pytest.raises(ValueError, match="pytorch"):
        seed_everything(0, frameworks=("pytorch",))
    with pytest.raises(ValueError, match="unknown framework"):
        seed_everything(0, frameworks=("torch", "theano"))


def test_torch_repeats():
    torch = pytest.importorskip("torch")
    seed_everything(3, frameworks=("torch",))
    first = torch.rand(4)
    seed_everything(3, frameworks=("torch",))
    second = torch.rand(4)
    seed_everything(4, frameworks=("torch",))
    other = torch.rand(4)
    assert torch.equal(first, second)
    assert not torch.equal(first, other)


def test_jax_is_only_checked_for(monkeypatch):
    if importlib.util.find_spec("jax") is not None:
        assert isinstance(seed_everything(0, frameworks=("jax",)), np.random.Generator)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name == "jax" else real_find_spec(name, *args))
    with pytest.raises(ModuleNotFoundError, match="JAX"):
        seed_everything(0, frameworks=("jax",))


def test_frameworks_are_imported_only_when_named():
    code = ("import sys; from helpers.seeding import seed_everything; seed_everything(0); "
            "print(sorted(m for m in ('torch', 'tensorflow', 'keras', 'jax') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_tensorflow_repeats(monkeypatch):
    """The only test that imports TensorFlow (about 10 s)."""
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "1")
    tf = pytest.importorskip("tensorflow")
    seed_everything(5, frameworks=("tensorflow",))
    first = tf.random.uniform((4,)).numpy()
    python_first = random.random()
    seed_everything(5, frameworks=("tensorflow",))
    second = tf.random.uniform((4,)).numpy()
    python_second = random.random()
    seed_everything(6, frameworks=("tensorflow",))
    other = tf.random.uniform((4,)).numpy()
    np.testing.assert_array_equal(first, second)
    assert not np.array_equal(first, other)
    assert python_first == python_second  # Keras reseeds Python too: still the same seed
