"""helpers/datasets.py: the registry, checksummed downloads mirror by mirror, packaged files.

Downloads are tested for real (pooch, requests) against an HTTP server on 127.0.0.1 that
these tests start; nothing else on the network is contacted.
"""
import copy
import hashlib
import re
from pathlib import Path

import pytest

import helpers
from helpers.datasets import DatasetUnavailable, cache_dir, fetch, load_registry, packaged_file, shipped_file
from local_http import LocalServer, connect_directly, refused_url

REGISTRY_PATH = Path(helpers.__file__).resolve().parents[1] / "datasets" / "registry.toml"


@pytest.fixture
def no_proxy(monkeypatch):
    connect_directly(monkeypatch)


@pytest.fixture
def closed_url():
    with refused_url("data/") as url:
        yield url


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def all_files(folder):
    """Every file under `folder`, as POSIX paths relative to it."""
    return sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*") if p.is_file())


FILES = {"features.bin": bytes(range(256)) * 8, "labels.txt": b"0 1 1 0 2\n"}


@pytest.fixture
def mirrors(tmp_path, no_proxy):
    """A server with good/ (the right files), bad/ (same names, wrong bytes), no missing/."""
    root = tmp_path / "www"
    for mirror, corrupt in (("good", False), ("bad", True)):
        (root / mirror).mkdir(parents=True)
        for name, data in FILES.items():
            (root / mirror / name).write_bytes(data[:-1] + b"X" if corrupt else data)
    server = LocalServer(root)
    yield server
    server.stop()


def toy_registry(*mirror_urls):
    return {"toy": {"description": "a toy dataset for the tests",
                    "mirrors": list(mirror_urls),
                    "files": {name: sha256(data) for name, data in FILES.items()}}}


# --- the registry file -------------------------------------------------------------------------

def test_registry_file_parses_and_every_entry_is_complete():
    registry = load_registry()
    assert registry == load_registry(REGISTRY_PATH)
    assert {"mnist", "mnist-sample"} <= set(registry)
    for name, entry in registry.items():
        assert isinstance(entry.get("description"), str) and entry["description"].strip(), name
        assert entry["files"], name
        for file, sha in entry["files"].items():
            assert re.fullmatch(r"[0-9a-f]{64}", sha), (name, file, sha)
        assert sum(kind in entry for kind in ("mirrors", "package", "folder")) == 1, name  # one source kind each
        for mirror in entry.get("mirrors", []):
            assert mirror.startswith("https://") and mirror.endswith("/"), mirror


def test_mnist_entry_has_the_four_idx_files():
    files = load_registry()["mnist"]["files"]
    assert sorted(files) == sorted(f"{part}-{kind}-idx{dim}-ubyte.gz"
                                   for part in ("train", "t10k")
                                   for kind, dim in (("images", 3), ("labels", 1)))


# --- cache_dir ---------------------------------------------------------------------------------

def test_cache_dir_honours_course_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("COURSE_DATA_DIR", str(tmp_path / "data"))
    assert cache_dir() == tmp_path / "data"
    monkeypatch.delenv("COURSE_DATA_DIR")
    assert cache_dir() == REGISTRY_PATH.parent / "cache"
    monkeypatch.setenv("COURSE_DATA_DIR", "")  # empty means unset
    assert cache_dir() == REGISTRY_PATH.parent / "cache"


# --- fetch -------------------------------------------------------------------------------------

def test_fetch_skips_a_refused_and_a_corrupted_mirror(tmp_path, mirrors, closed_url):
    registry = toy_registry(closed_url, mirrors.url + "bad/", mirrors.url + "good/")
    cache = tmp_path / "cache"
    paths, mirror = fetch("toy", registry=registry, cache=cache, timeout=5)

    assert mirror == mirrors.url + "good/"
    assert set(paths) == set(FILES)
    for name, data in FILES.items():
        assert paths[name] == cache / "toy" / name
        assert paths[name].read_bytes() == data
    # nothing else in the cache: no corrupted copy, no temporary file
    assert all_files(cache) == sorted(f"toy/{name}" for name in FILES)


def test_second_fetch_uses_the_cache(tmp_path, mirrors, closed_url):
    registry = toy_registry(closed_url, mirrors.url + "good/")
    cache = tmp_path / "cache"
    first, _ = fetch("toy", registry=registry, cache=cache, timeout=5)
    mirrors.stop()  # no mirror answers any more
    second, source = fetch("toy", registry=registry, cache=cache, timeout=5)
    assert second == first
    assert source == f"the local cache {cache / 'toy'}"
    assert all(second[name].read_bytes() == data for name, data in FILES.items())


def test_a_corrupted_cached_copy_is_downloaded_again(tmp_path, mirrors):
    registry = toy_registry(mirrors.url + "good/")
    cache = tmp_path / "cache"
    (cache / "toy").mkdir(parents=True)
    (cache / "toy" / "labels.txt").write_bytes(b"truncated")
    paths, _ = fetch("toy", registry=registry, cache=cache, timeout=5)
    assert paths["labels.txt"].read_bytes() == FILES["labels.txt"]
    assert all_files(cache) == sorted(f"toy/{name}" for name in FILES)


def test_fetch_defaults_to_course_data_dir(tmp_path, mirrors, monkeypatch):
    monkeypatch.setenv("COURSE_DATA_DIR", str(tmp_path / "course-data"))
    paths, _ = fetch("toy", registry=toy_registry(mirrors.url + "good/"), timeout=5)
    assert all(path.parent == tmp_path / "course-data" / "toy" for path in paths.values())


def test_no_working_mirror_raises_and_names_every_mirror(tmp_path, mirrors, closed_url):
    tried = [closed_url, mirrors.url + "bad/", mirrors.url + "missing/"]
    cache = tmp_path / "cache"
    with pytest.raises(DatasetUnavailable) as info:
        fetch("toy", registry=toy_registry(*tried), cache=cache, timeout=5)
    message = str(info.value)
    assert "'toy'" in message
    lines = message.splitlines()
    for mirror in tried:
        assert sum(line.strip().startswith(mirror) for line in lines) == 1, mirror
    reasons = {mirror: next(line for line in lines if line.strip().startswith(mirror))
               for mirror in tried}
    assert "ConnectionError" in reasons[tried[0]]  # the refused port
    assert "hash" in reasons[tried[1]]  # the corrupted files
    assert "404" in reasons[tried[2]]  # the missing folder
    assert str(cache / "toy") in message  # where to copy the files by hand
    assert all_files(cache) == []  # the corrupted download did not land
    assert issubclass(DatasetUnavailable, RuntimeError)


def test_fetch_unknown_name_lists_known_names():
    with pytest.raises(KeyError) as info:
        fetch("cifar-11", registry=toy_registry("http://127.0.0.1:9/"))
    assert "cifar-11" in str(info.value) and "toy" in str(info.value)


# --- packaged_file -----------------------------------------------------------------------------

def test_packaged_mnist_sample_exists_and_verifies():
    entry = load_registry()["mnist-sample"]
    path = packaged_file("mnist-sample")
    assert path.is_file()
    (relative, sha), = entry["files"].items()
    assert path.as_posix().endswith(relative)
    assert sha256(path.read_bytes()) == sha


def test_packaged_file_with_a_wrong_checksum_raises():
    registry = copy.deepcopy(load_registry())
    files = registry["mnist-sample"]["files"]
    (relative, sha), = files.items()
    wrong = sha[::-1] if sha[::-1] != sha else "0" * 64
    files[relative] = wrong
    with pytest.raises(DatasetUnavailable) as info:
        packaged_file("mnist-sample", registry)
    assert f"expected {wrong}" in str(info.value)
    assert sha in str(info.value)  # the actual hash of the file on disk


def test_packaged_file_missing_package_or_file():
    registry = copy.deepcopy(load_registry())
    registry["mnist-sample"]["package"] = "no_such_course_package"
    with pytest.raises(DatasetUnavailable, match="no_such_course_package"):
        packaged_file("mnist-sample", registry)
    registry = copy.deepcopy(load_registry())
    registry["mnist-sample"]["files"] = {"data/data/no_such_file.csv.gz": "0" * 64}
    with pytest.raises(DatasetUnavailable, match="no_such_file.csv.gz is missing"):
        packaged_file("mnist-sample", registry)


def test_packaged_file_unknown_name_lists_known_names():
    with pytest.raises(KeyError) as info:
        packaged_file("mnist-large")
    message = str(info.value)
    assert "mnist-large" in message
    known = message.partition("known: ")[2].strip("'\"").split(", ")
    assert known == sorted(load_registry()), "every registry entry is listed, sorted"


# --- shipped_file ------------------------------------------------------------------------------

@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A datasets/ folder in tmp_path holding toy/labels.txt, and a registry entry for it."""
    monkeypatch.setattr("helpers.datasets.REPO_DATASETS", tmp_path / "datasets")
    (tmp_path / "datasets" / "toy").mkdir(parents=True)
    path = tmp_path / "datasets" / "toy" / "labels.txt"
    path.write_bytes(FILES["labels.txt"])
    registry = {"toy": {"description": "toy", "folder": "toy", "files": {"labels.txt": sha256(FILES["labels.txt"])}}}
    return path, registry


def test_shipped_file_verifies_and_returns_the_path(shipped):
    path, registry = shipped
    assert shipped_file("toy", registry) == path


def test_an_edited_shipped_file_is_refused_with_the_way_back(shipped):
    path, registry = shipped
    path.write_bytes(b"0 1 1 0 0\n")
    with pytest.raises(DatasetUnavailable, match=r"expected .*git checkout -- datasets/toy/labels.txt"):
        shipped_file("toy", registry)
    path.unlink()
    with pytest.raises(DatasetUnavailable, match="is missing"):
        shipped_file("toy", registry)
