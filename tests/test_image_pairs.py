"""helpers/image_pairs.py: the digit -> outline task -- shapes, dtypes, the morphological gradient
against a loop, pairing, disjoint unpaired domains, seeding, and clear errors on bad arguments."""
import numpy as np
import pytest

from helpers.image_pairs import make_paired, make_unpaired, outline


def digits(n=12, size=16, seed=0):
    """Blocky random 'digits': uint8 images with a few bright rectangles."""
    rng = np.random.default_rng(seed)
    images = np.zeros((n, size, size), dtype=np.uint8)
    for image in images:
        top, left = rng.integers(2, size // 2, size=2)
        image[top:top + rng.integers(3, 6), left:left + rng.integers(2, 6)] = rng.integers(128, 256)
    return images


def test_outline_is_dilation_minus_erosion():
    rng = np.random.default_rng(1)
    images = rng.random((3, 7, 9)).astype(np.float32)
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    expected = np.zeros_like(images)
    for n in range(3):
        for i in range(7):
            for j in range(9):
                window = padded[n, i:i + 3, j:j + 3]
                expected[n, i, j] = window.max() - window.min()
    result = outline(images)
    assert result.shape == images.shape and result.dtype == np.float32
    np.testing.assert_allclose(result, expected, atol=1e-7)


def test_outline_of_a_square_is_its_border_band():
    image = np.zeros((10, 10), dtype=np.float32)
    image[3:7, 3:7] = 1.0
    edges = outline(image)                                    # a single (H, W) image stays 2-D
    assert edges.shape == (10, 10)
    assert edges[5, 5] == 0.0 and edges[0, 0] == 0.0          # inside and far outside: flat
    assert edges[3, 3] == 1.0 and edges[2, 5] == 1.0          # on the border, and one pixel outside it
    assert outline(image, radius=2)[1, 5] == 1.0              # a wider window reaches farther
    assert outline(image, radius=1)[1, 5] == 0.0


def test_uint8_input_is_scaled_to_unit_range():
    images = digits()
    np.testing.assert_allclose(outline(images), outline(images.astype(np.float32) / 255.0), atol=1e-7)


def test_paired_targets_are_the_outlines_of_the_sources():
    sources, targets = make_paired(digits(), n=5, seed=3)
    assert sources.shape == targets.shape == (5, 16, 16)
    assert sources.dtype == targets.dtype == np.float32
    assert 0.0 <= sources.min() and sources.max() <= 1.0
    np.testing.assert_array_equal(targets, outline(sources))
    everything, _ = make_paired(digits(), seed=3)
    assert len(everything) == 12


def test_same_seed_same_data_other_seed_other_data():
    first, again, other = make_paired(digits(), n=6, seed=4), make_paired(digits(), n=6, seed=4), \
        make_paired(digits(), n=6, seed=5)
    np.testing.assert_array_equal(first[0], again[0])
    assert not np.array_equal(first[0], other[0])
    a1, b1 = make_unpaired(digits(), n=4, seed=4)
    a2, b2 = make_unpaired(digits(), n=4, seed=4)
    np.testing.assert_array_equal(a1, a2)
    np.testing.assert_array_equal(b1, b2)


def test_unpaired_domains_come_from_disjoint_images():
    images = digits(n=20)
    domain_a, domain_b = make_unpaired(images, seed=2)
    assert domain_a.shape == domain_b.shape == (10, 16, 16)
    scaled = images.astype(np.float32) / 255.0
    order = np.random.default_rng(2).permutation(20)
    np.testing.assert_array_equal(domain_a, scaled[order[:10]])
    np.testing.assert_array_equal(domain_b, outline(scaled[order[10:]]))
    small_a, small_b = make_unpaired(images, n=3, seed=2)
    assert small_a.shape == small_b.shape == (3, 16, 16)


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: outline(np.zeros(5)), ValueError, "shape"),
    (lambda: outline(np.zeros((2, 4, 4)), radius=0), ValueError, "radius must be at least 1"),
    (lambda: outline(np.zeros((2, 4, 4)), radius=1.5), TypeError, "radius must be an integer"),
    (lambda: outline(np.full((2, 4, 4), 2.0)), ValueError, r"\[0, 1\]"),
    (lambda: outline(np.full((2, 4, 4), np.nan)), ValueError, "finite"),
    (lambda: outline(np.zeros((2, 4, 4), dtype=bool)), TypeError, "dtype"),
    (lambda: make_paired(np.zeros((4, 4)), n=1), ValueError, "shape"),
    (lambda: make_paired(np.zeros((3, 4, 4)), n=4), ValueError, "only 3"),
    (lambda: make_paired(np.zeros((3, 4, 4)), n=0), ValueError, "n must be at least 1"),
    (lambda: make_paired(np.zeros((3, 4, 4)), n=True), TypeError, "n must be an integer"),
    (lambda: make_paired(np.zeros((0, 4, 4))), ValueError, "empty"),
    (lambda: make_unpaired(np.zeros((5, 4, 4)), n=3), ValueError, "only 2 per domain"),
    (lambda: make_unpaired(np.zeros((1, 4, 4))), ValueError, "at least 2"),
])
def test_bad_arguments_raise_clear_errors(call, error, message):
    with pytest.raises(error, match=message):
        call()
