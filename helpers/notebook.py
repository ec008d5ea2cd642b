"""The one setup call at the top of every notebook."""
from dataclasses import dataclass

import numpy as np

from helpers.fastmode import is_fast
from helpers.plotting import use_course_style
from helpers.seeding import seed_everything


@dataclass(frozen=True)
class Session:
    seed: int
    fast: bool
    rng: np.random.Generator
    jax_key: object = None  # a jax.random key when the notebook uses JAX (JAX has no global seed)


def setup_notebook(seed=0, frameworks=()):
    """Seed everything, apply the course's plot style, report fast mode; return a Session."""
    rng = seed_everything(seed, frameworks)
    jax_key = None
    if "jax" in frameworks:
        import jax
        jax_key = jax.random.key(seed)
    use_course_style()
    fast = is_fast()
    mode = ("FAST: small data, few epochs (COURSE_FAST=0 for the full run)" if fast
            else "full (COURSE_FAST=1 for a quick run)")
    print(f"seed {seed}; mode {mode}" + (f"; frameworks {', '.join(frameworks)}" if frameworks else ""))
    return Session(seed=seed, fast=fast, rng=rng, jax_key=jax_key)
