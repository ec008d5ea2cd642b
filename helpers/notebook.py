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


def setup_notebook(seed=0, frameworks=()):
    """Seed everything, apply the course's plot style, report fast mode; return a Session."""
    rng = seed_everything(seed, frameworks)
    use_course_style()
    fast = is_fast()
    mode = "FAST (COURSE_FAST=1): small data, few epochs" if fast else "full"
    print(f"seed {seed}; mode {mode}" + (f"; frameworks {', '.join(frameworks)}" if frameworks else ""))
    return Session(seed=seed, fast=fast, rng=rng)
