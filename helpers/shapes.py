"""A seeded segmentation dataset: random discs, squares and triangles on a noisy, textured
background, each image with its binary mask. Same seed, same data.

    >>> images, masks = make_shapes(200, size=64, seed=0)
    >>> images.shape, images.dtype, masks.shape, masks.dtype
    ((200, 64, 64), dtype('float32'), (200, 64, 64), dtype('bool'))

A global threshold on the grey level does not solve it: the background carries a slow gradient,
stripes and pixel noise, and every shape has its own contrast, some of them faint.
"""
import numbers

import numpy as np

KINDS = ("disc", "square", "triangle")


def make_shapes(n, size=64, min_shapes=1, max_shapes=3, noise=0.08, texture=0.12, kinds=KINDS, seed=0):
    """`n` grey images of random shapes on a textured background, and their masks.

    Each image holds between `min_shapes` and `max_shapes` shapes (uniformly), each a disc, a
    rotated square or a rotated triangle (drawn from `kinds`) of random position, size and
    contrast, painted brighter than the background. The background is a mid-grey level plus a
    smooth gradient and sinusoidal stripes of amplitude about `texture`; Gaussian pixel noise of
    standard deviation `noise` is added last, and the result is clipped to [0, 1].

    Returns ``images``: float32 of shape (n, size, size) in [0, 1], and ``masks``: bool of shape
    (n, size, size), True where a shape covers the pixel centre. Shapes may overlap; a shape may
    be cut by the border, but at least part of it lies inside the image.
    """
    _check_int("n", n, minimum=1)
    _check_int("size", size, minimum=16)
    _check_int("min_shapes", min_shapes, minimum=0)
    _check_int("max_shapes", max_shapes, minimum=max(min_shapes, 1))
    _check_float("noise", noise)
    _check_float("texture", texture)
    kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    unknown = [kind for kind in kinds if kind not in KINDS]
    if not kinds or unknown:
        raise ValueError(f"kinds must be a non-empty selection of {KINDS}, got {kinds!r}")

    rng = np.random.default_rng(seed)
    coords = (np.arange(size) + 0.5) / size                          # pixel centres in (0, 1)
    yy, xx = np.meshgrid(coords, coords, indexing="ij")             # (size, size) each
    images = np.empty((n, size, size), dtype=np.float32)
    masks = np.zeros((n, size, size), dtype=bool)
    for i in range(n):
        image = 0.35 + _background(rng, xx, yy, texture)             # (size, size)
        for _ in range(rng.integers(min_shapes, max_shapes + 1)):
            shape = _shape(rng, rng.choice(kinds), xx, yy)           # (size, size) bool
            image = np.where(shape, image + rng.uniform(0.18, 0.45), image)
            masks[i] |= shape
        image = image + rng.normal(0.0, noise, size=image.shape)
        images[i] = np.clip(image, 0.0, 1.0)
    return images, masks


def _check_int(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")


def _check_float(name, value):
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a number, got {value!r} ({type(value).__name__})")
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be between 0 and 1, got {value}")


def _background(rng, xx, yy, texture):
    """A slow linear gradient plus two sinusoidal stripe patterns; amplitude about `texture`."""
    angle = rng.uniform(0, 2 * np.pi)
    gradient = texture * (np.cos(angle) * (xx - 0.5) + np.sin(angle) * (yy - 0.5)) * 2
    stripes = np.zeros_like(xx)
    for _ in range(2):
        theta, frequency, phase = rng.uniform(0, np.pi), rng.uniform(3, 10), rng.uniform(0, 2 * np.pi)
        stripes += np.sin(2 * np.pi * frequency * (np.cos(theta) * xx + np.sin(theta) * yy) + phase)
    return gradient + 0.5 * texture * stripes


def _shape(rng, kind, xx, yy):
    """The pixels (bool, like xx) covered by one random disc, square or triangle."""
    cx, cy = rng.uniform(0.1, 0.9, size=2)
    radius = rng.uniform(0.08, 0.2)                                  # in units of the image side
    if kind == "disc":
        return (xx - cx) ** 2 + (yy - cy) ** 2 <= radius ** 2
    corners = 4 if kind == "square" else 3
    start = rng.uniform(0, 2 * np.pi)
    angles = start + 2 * np.pi * np.arange(corners) / corners
    vertices = np.stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)], axis=1)  # (corners, 2)
    inside = np.ones_like(xx, dtype=bool)
    for k in range(corners):                                         # counter-clockwise: inside is left of each edge
        (x0, y0), (x1, y1) = vertices[k], vertices[(k + 1) % corners]
        inside &= (x1 - x0) * (yy - y0) - (y1 - y0) * (xx - x0) >= 0
    return inside
