"""One call seeds every source of randomness a notebook uses."""
import importlib.util
import os
import random

import numpy as np

FRAMEWORKS = ("torch", "tensorflow", "jax")


def seed_everything(seed, frameworks=()):
    """Seed Python, NumPy and the named frameworks; return a NumPy Generator seeded the same.

    Frameworks are imported only when named. JAX has no global seed: it takes explicit keys,
    so the notebook makes its own with ``jax.random.key(seed)``.
    """
    unknown = set(frameworks) - set(FRAMEWORKS)
    if unknown:
        raise ValueError(f"unknown framework(s) {sorted(unknown)}: choose from {FRAMEWORKS}")
    random.seed(seed)
    np.random.seed(seed)  # the legacy global stream, used by some libraries
    if "torch" in frameworks:
        import torch
        torch.manual_seed(seed)
    if "tensorflow" in frameworks:
        # before the first import: without the second, TensorFlow 2.21 prints two lines about oneDNN
        # round-off into the notebook whatever the log level; the plain kernels also add in a fixed order
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
        os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
        import keras
        keras.utils.set_random_seed(seed)  # seeds Python, NumPy and the backend together
    if "jax" in frameworks and importlib.util.find_spec("jax") is None:
        raise ModuleNotFoundError("JAX is not installed: run `make lab` to install the course.")
    return np.random.default_rng(seed)
