"""helpers/synthetic.py: seeded toy datasets with the geometry their docstrings promise."""
import numpy as np
import pytest

from helpers.synthetic import gaussian_blobs, noisy_line, spirals, two_moons

GENERATORS = [noisy_line, gaussian_blobs, two_moons, spirals]


@pytest.mark.parametrize("generate", GENERATORS, ids=lambda f: f.__name__)
def test_same_seed_same_data_other_seed_other_data(generate):
    first, again, other = generate(seed=11), generate(seed=11), generate(seed=12)
    for a, b in zip(first, again, strict=True):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(first[0], other[0])


@pytest.mark.parametrize("generate", GENERATORS, ids=lambda f: f.__name__)
def test_default_seed_is_fixed(generate):
    np.testing.assert_array_equal(generate()[0], generate(seed=0)[0])


# --- noisy_line --------------------------------------------------------------------------------

def test_noisy_line_shapes_and_range():
    x, y = noisy_line(n=50, x_range=(-3.0, 2.0))
    assert x.shape == y.shape == (50,)
    assert x.min() >= -3.0 and x.max() <= 2.0


def test_noisy_line_without_noise_is_the_line():
    x, y = noisy_line(n=20, slope=-1.5, intercept=4.0, noise=0.0)
    np.testing.assert_allclose(y, -1.5 * x + 4.0, rtol=0, atol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_noisy_line_least_squares_recovers_the_line(seed):
    n, slope, intercept, noise, (low, high) = 2000, 2.0, 1.0, 0.5, (0.0, 5.0)
    x, y = noisy_line(n=n, slope=slope, intercept=intercept, noise=noise, x_range=(low, high),
                      seed=seed)
    fit_slope, fit_intercept = np.polyfit(x, y, 1)
    # standard errors of ordinary least squares for x ~ Uniform(low, high)
    var_x, mean_x = (high - low) ** 2 / 12, (low + high) / 2
    se_slope = noise / np.sqrt(n * var_x)
    se_intercept = noise * np.sqrt(1 / n + mean_x ** 2 / (n * var_x))
    assert abs(fit_slope - slope) < 5 * se_slope
    assert abs(fit_intercept - intercept) < 5 * se_intercept
    residuals = y - (fit_slope * x + fit_intercept)
    assert abs(residuals.std() - noise) < 5 * noise / np.sqrt(2 * n)


# --- gaussian_blobs ----------------------------------------------------------------------------

def test_blobs_shapes_labels_and_shuffling():
    X, y = gaussian_blobs(n_per_class=40)
    assert X.shape == (80, 2) and y.shape == (80,)
    assert y.dtype.kind == "i"
    np.testing.assert_array_equal(np.bincount(y), [40, 40])
    assert np.any(np.diff(y) != 0) and not (np.diff(y) >= 0).all()  # shuffled, not sorted


def test_blobs_class_means_near_their_centers():
    centers = np.array([(0.0, 5.0, -1.0), (3.0, -3.0, 0.0), (-4.0, 0.0, 2.0)])
    n, std = 400, 0.8
    X, y = gaussian_blobs(n_per_class=n, centers=centers, std=std, seed=3)
    assert X.shape == (3 * n, 3)
    assert set(y.tolist()) == {0, 1, 2}
    for label, center in enumerate(centers):
        points = X[y == label]
        assert len(points) == n
        np.testing.assert_allclose(points.mean(axis=0), center, atol=5 * std / np.sqrt(n))
        np.testing.assert_allclose(points.std(axis=0), std, rtol=0.15)


# --- two_moons ---------------------------------------------------------------------------------

def test_two_moons_shapes_and_labels():
    X, y = two_moons(n=201)
    assert X.shape == (201, 2) and y.shape == (201,)
    np.testing.assert_array_equal(np.bincount(y), [100, 101])


def test_two_moons_points_lie_on_their_arcs():
    noise = 0.01
    X, y = two_moons(n=400, noise=noise, seed=5)
    top, bottom = X[y == 0], X[y == 1]
    tolerance = 6 * noise * np.sqrt(2)
    # label 0: upper half of the unit circle around (0, 0)
    assert np.all(np.abs(np.linalg.norm(top, axis=1) - 1) < tolerance)
    assert np.all(top[:, 1] > -0.3)
    # label 1: lower half of the unit circle around (1, 0.5)
    assert np.all(np.abs(np.linalg.norm(bottom - [1.0, 0.5], axis=1) - 1) < tolerance)
    assert np.all(bottom[:, 1] < 0.5 + 0.3)
    # and not the other way round: the arcs cross, so only a few points lie on both circles
    assert np.mean(np.abs(np.linalg.norm(bottom, axis=1) - 1) < tolerance) < 0.25
    assert np.mean(np.abs(np.linalg.norm(top - [1.0, 0.5], axis=1) - 1) < tolerance) < 0.25


def test_two_moons_arcs_are_covered():
    X, y = two_moons(n=2000, noise=0.0, seed=1)
    angles = np.arctan2(X[y == 0, 1], X[y == 0, 0])
    assert angles.min() < 0.1 and angles.max() > np.pi - 0.1


# --- spirals -----------------------------------------------------------------------------------

def test_spirals_shapes_labels_and_radius():
    X, y = spirals(n_per_class=60, n_classes=4, seed=2)
    assert X.shape == (240, 2) and y.shape == (240,)
    np.testing.assert_array_equal(np.bincount(y), [60] * 4)
    radius = np.linalg.norm(X, axis=1)
    assert radius.min() >= 0 and radius.max() <= 1.1
    assert radius.max() > 0.9  # the arms reach the outside


def test_spiral_arms_are_rotated_copies():
    # without noise, arm k is arm 0 rotated by k * 2 pi / n_classes (clockwise in (x, y))
    n_classes = 3
    X, y = spirals(n_per_class=50, n_classes=n_classes, noise=0.0)
    arms = [X[y == k][np.argsort(np.linalg.norm(X[y == k], axis=1))] for k in range(n_classes)]
    for k in range(1, n_classes):
        angle = k * 2 * np.pi / n_classes
        rotation = np.array([[np.cos(angle), np.sin(angle)], [-np.sin(angle), np.cos(angle)]])
        np.testing.assert_allclose(arms[k], arms[0] @ rotation.T, atol=1e-12)
