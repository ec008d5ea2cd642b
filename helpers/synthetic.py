"""Seeded generators for the small synthetic datasets the course uses. Same seed, same data."""
import numpy as np


def noisy_line(n=100, slope=2.0, intercept=1.0, noise=1.0, x_range=(0.0, 5.0), seed=0):
    """n points scattered around y = slope * x + intercept with Gaussian noise; returns x, y (n,)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(*x_range, size=n)
    y = slope * x + intercept + rng.normal(0.0, noise, size=n)
    return x, y


def gaussian_blobs(n_per_class=100, centers=((-2.0, -2.0), (2.0, 2.0)), std=1.0, seed=0):
    """Gaussian clouds around `centers`; returns X (n, dim) and integer labels y (n,), shuffled."""
    rng = np.random.default_rng(seed)
    centers = np.asarray(centers, dtype=float)                       # (classes, dim)
    X = np.concatenate([rng.normal(c, std, size=(n_per_class, len(c))) for c in centers])
    y = np.repeat(np.arange(len(centers)), n_per_class)
    order = rng.permutation(len(y))
    return X[order], y[order]


def two_moons(n=200, noise=0.1, seed=0):
    """Two interleaving half circles (label 0 on top, 1 below); returns X (n, 2), y (n,)."""
    rng = np.random.default_rng(seed)
    n_top = n // 2
    angle = np.concatenate([rng.uniform(0, np.pi, n_top), rng.uniform(0, np.pi, n - n_top)])
    top = np.column_stack([np.cos(angle[:n_top]), np.sin(angle[:n_top])])
    bottom = np.column_stack([1 - np.cos(angle[n_top:]), 0.5 - np.sin(angle[n_top:])])
    X = np.concatenate([top, bottom]) + rng.normal(0, noise, size=(n, 2))
    y = np.concatenate([np.zeros(n_top, int), np.ones(n - n_top, int)])
    order = rng.permutation(n)
    return X[order], y[order]


def spirals(n_per_class=100, n_classes=3, noise=0.2, seed=0):
    """Interleaved spiral arms, one per class (the CS231n toy set); returns X (n, 2), y (n,)."""
    rng = np.random.default_rng(seed)
    radius = np.tile(np.linspace(0.05, 1.0, n_per_class), n_classes)
    arm = np.repeat(np.arange(n_classes), n_per_class)
    theta = (arm * 2 * np.pi / n_classes + radius * 4.0
             + rng.normal(0, noise, size=n_per_class * n_classes))
    X = np.column_stack([radius * np.sin(theta), radius * np.cos(theta)])
    order = rng.permutation(len(arm))
    return X[order], arm[order]
