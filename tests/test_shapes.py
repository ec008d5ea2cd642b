"""helpers/shapes.py: the seeded segmentation data -- shapes, dtypes, masks that match the images,
and clear errors for arguments that make no sense."""
import numpy as np
import pytest

from helpers.shapes import KINDS, make_shapes


def test_shapes_dtypes_and_ranges():
    images, masks = make_shapes(7, size=32, seed=3)
    assert images.shape == masks.shape == (7, 32, 32)
    assert images.dtype == np.float32 and masks.dtype == np.bool_
    assert images.min() >= 0.0 and images.max() <= 1.0


def test_same_seed_same_data_other_seed_other_data():
    first, again, other = make_shapes(5, seed=11), make_shapes(5, seed=11), make_shapes(5, seed=12)
    for a, b in zip(first, again, strict=True):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(first[0], other[0]) and not np.array_equal(first[1], other[1])


def test_default_seed_is_fixed():
    np.testing.assert_array_equal(make_shapes(3)[0], make_shapes(3, seed=0)[0])


def test_every_image_has_a_shape_and_background_by_default():
    _, masks = make_shapes(50, size=48, seed=1)
    covered = masks.mean(axis=(1, 2))
    assert (covered > 0).all() and (covered < 0.9).all()


def test_without_noise_and_texture_the_mask_is_where_the_image_is_brighter():
    images, masks = make_shapes(20, size=40, noise=0.0, texture=0.0, seed=2)
    background = images[~masks]
    np.testing.assert_allclose(background, 0.35, atol=1e-6)       # the flat mid-grey level
    np.testing.assert_array_equal(masks, images > 0.35 + 1e-6)     # every shape adds a positive contrast


def test_shapes_are_brighter_than_the_background_on_average():
    images, masks = make_shapes(100, seed=4)
    assert images[masks].mean() > images[~masks].mean() + 0.15


def test_no_global_threshold_separates_shapes_from_background():
    images, masks = make_shapes(100, seed=5)
    errors = [np.mean((images > t) != masks) for t in np.linspace(0.0, 1.0, 101)]
    assert min(errors) > 0.02     # some pixels are always misclassified: the task needs more than a threshold


def test_shape_counts_follow_min_and_max():
    _, masks = make_shapes(30, min_shapes=0, max_shapes=1, seed=6)
    has_shape = masks.any(axis=(1, 2))
    assert has_shape.any() and not has_shape.all()                  # with 0 allowed, some images are empty


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_alone(kind):
    _, masks = make_shapes(10, size=64, min_shapes=1, max_shapes=1, noise=0.0, texture=0.0, kinds=kind, seed=7)
    area = masks.mean(axis=(1, 2))
    assert (area > 0).all()
    if kind == "disc":   # a disc of radius r (in image sides) inside the image covers about pi r^2
        assert (area <= np.pi * 0.2 ** 2 + 0.02).all()


def test_discs_are_round():
    _, masks = make_shapes(20, size=128, min_shapes=1, max_shapes=1, noise=0.0, texture=0.0, kinds="disc", seed=8)
    inside = [m for m in masks if not (m[0].any() or m[-1].any() or m[:, 0].any() or m[:, -1].any())]
    assert inside
    for mask in inside:   # no pixel farther from the centre than the radius of the circle of equal area
        rows, cols = np.nonzero(mask)
        radii = np.hypot(rows - rows.mean(), cols - cols.mean())
        assert radii.max() - np.sqrt(mask.sum() / np.pi) < 1.5


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"n": 0}, ValueError, "n must be at least 1"),
    ({"n": 2.5}, TypeError, "n must be an integer"),
    ({"n": True}, TypeError, "n must be an integer"),
    ({"size": 8}, ValueError, "size must be at least 16"),
    ({"min_shapes": -1}, ValueError, "min_shapes must be at least 0"),
    ({"min_shapes": 3, "max_shapes": 2}, ValueError, "max_shapes must be at least 3"),
    ({"max_shapes": 0}, ValueError, "max_shapes must be at least 1"),
    ({"noise": -0.1}, ValueError, "noise must be between 0 and 1"),
    ({"texture": "high"}, TypeError, "texture must be a number"),
    ({"kinds": ("disc", "hexagon")}, ValueError, "kinds must be a non-empty selection"),
    ({"kinds": ()}, ValueError, "kinds must be a non-empty selection"),
])
def test_invalid_arguments_raise_clear_errors(kwargs, error, message):
    arguments = {"n": 2, **kwargs}
    with pytest.raises(error, match=message):
        make_shapes(**arguments)
