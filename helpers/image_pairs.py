"""A seeded image-to-image task built from digit images: a digit and its outline (the morphological
gradient: grey dilation minus grey erosion), in a paired form (Pix2Pix) and an unpaired one (CycleGAN).

    >>> digits = load_mnist().x_train                     # (n, 28, 28) uint8
    >>> sources, targets = make_paired(digits, n=500, seed=0)
    >>> sources.shape, sources.dtype, targets.shape
    ((500, 28, 28), dtype('float32'), (500, 28, 28))
    >>> domain_a, domain_b = make_unpaired(digits, n=500, seed=0)   # 500 digits, 500 outlines of OTHER digits

Images are float32 in [0, 1] (uint8 input is divided by 255). Same arguments, same data.
"""
import numbers

import numpy as np


def outline(images, radius=1):
    """The morphological gradient of each image: the maximum minus the minimum over the
    (2 radius + 1) x (2 radius + 1) square around every pixel (pixels outside the image count as 0).

    `images`: (n, H, W) or (H, W), uint8 (0..255) or floats in [0, 1]. Returns float32 of the same
    shape in [0, 1]: bright along the edges of the strokes, dark inside them and in the background.
    """
    _check_int("radius", radius, minimum=1)
    array = _as_unit_floats(images, allow_2d=True)
    single = array.ndim == 2
    batch = array[np.newaxis] if single else array                        # (n, H, W)
    width = 2 * radius + 1
    padded = np.pad(batch, ((0, 0), (radius, radius), (radius, radius)))  # (n, H + 2r, W + 2r), zeros around
    windows = np.lib.stride_tricks.sliding_window_view(padded, (width, width), axis=(1, 2))  # (n, H, W, w, w)
    gradient = windows.max(axis=(3, 4)) - windows.min(axis=(3, 4))      # (n, H, W): dilation - erosion
    gradient = gradient.astype(np.float32)
    return gradient[0] if single else gradient


def make_paired(images, n=None, radius=1, seed=0):
    """Aligned pairs for supervised image-to-image translation: ``(sources, targets)``.

    `n` images are drawn without replacement from `images` (all of them when `n` is None) in an order
    fixed by `seed`; ``sources[i]`` is a digit and ``targets[i]`` its outline (`outline`). Both are
    float32 arrays of shape (n, H, W) in [0, 1].
    """
    array = _as_unit_floats(images)
    chosen = _draw(len(array), n, np.random.default_rng(seed))
    sources = array[chosen]
    return sources, outline(sources, radius=radius)


def make_unpaired(images, n=None, radius=1, seed=0):
    """Two unaligned domains for unpaired translation: ``(domain_a, domain_b)``.

    The images are shuffled with `seed` and split into two disjoint halves: `domain_a` holds `n` digits
    of the first half, `domain_b` the outlines of `n` digits of the second half, so no image of one
    domain is the translation of an image of the other. `n` defaults to half the images (rounded down)
    and may not exceed it. Both are float32 arrays of shape (n, H, W) in [0, 1].
    """
    array = _as_unit_floats(images)
    if len(array) < 2:
        raise ValueError(f"make_unpaired needs at least 2 images to split into two domains, got {len(array)}")
    order = np.random.default_rng(seed).permutation(len(array))
    half = len(array) // 2
    n = half if n is None else n
    _check_int("n", n, minimum=1)
    if n > half:
        raise ValueError(f"n = {n} images per domain requested, but {len(array)} images give only {half} per domain")
    return array[order[:n]], outline(array[order[half:half + n]], radius=radius)


def _draw(total, n, rng):
    if n is None:
        return rng.permutation(total)
    _check_int("n", n, minimum=1)
    if n > total:
        raise ValueError(f"n = {n} images requested, but only {total} were given")
    return rng.permutation(total)[:n]


def _as_unit_floats(images, allow_2d=False):
    array = np.asarray(images)
    dims = "(n, H, W) or (H, W)" if allow_2d else "(n, H, W)"
    if array.ndim != 3 and not (allow_2d and array.ndim == 2):
        raise ValueError(f"images must have shape {dims}, got shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"images is empty (shape {array.shape})")
    if array.dtype == np.uint8:
        return array.astype(np.float32) / 255.0
    if not (np.issubdtype(array.dtype, np.floating) or np.issubdtype(array.dtype, np.integer)):
        raise TypeError(f"images must be uint8 or floats in [0, 1], got dtype {array.dtype}")
    array = array.astype(np.float32)
    if not np.isfinite(array).all() or array.min() < 0.0 or array.max() > 1.0:
        raise ValueError("float images must be finite and in [0, 1] (divide uint8 pixel values by 255)")
    return array


def _check_int(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {value!r} ({type(value).__name__})")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
