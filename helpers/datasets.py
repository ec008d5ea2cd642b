"""The dataset registry (datasets/registry.toml): checksummed downloads into a local cache,
tried mirror by mirror, checksummed files that installed packages ship, and checksummed files
that the course itself writes and ships under datasets/.

Downloads go through pooch, which streams to a temporary file, checks the SHA-256 and only
then moves the file into place, so an interrupted or corrupted download never lands in the cache.
"""
import importlib.util
import os
import tomllib
from pathlib import Path

import pooch
import requests

REPO_DATASETS = Path(__file__).resolve().parents[1] / "datasets"


class DatasetUnavailable(RuntimeError):
    """No source of a dataset could be reached or verified."""


def load_registry(path=None):
    """The registry as a dict: name -> {description, files: {file: sha256}, mirrors | package | folder}."""
    path = Path(path) if path else REPO_DATASETS / "registry.toml"
    with open(path, "rb") as file:
        return tomllib.load(file)


def cache_dir():
    """Where downloads go: $COURSE_DATA_DIR if set, else datasets/cache/ in the repository."""
    return Path(os.environ.get("COURSE_DATA_DIR") or REPO_DATASETS / "cache")


def fetch(name, registry=None, cache=None, timeout=30):
    """Download every file of dataset `name` (or reuse verified cached copies).

    Returns ``(paths, source)``: {file name: local path} and where they came from (the local
    cache, or the mirror that served them). Raises DatasetUnavailable, listing what each mirror
    answered, when no mirror works.
    """
    entry = _entry(name, registry)
    folder = Path(cache or cache_dir()) / name
    cached = {file: folder / file for file in entry["files"]}
    if all(path.exists() and pooch.file_hash(str(path)) == entry["files"][file]
           for file, path in cached.items()):
        return cached, f"the local cache {folder}"
    downloader = pooch.HTTPDownloader(progressbar=True, timeout=timeout)
    errors = []
    logger, level = pooch.get_logger(), pooch.get_logger().level
    logger.setLevel("WARNING")  # the progress bar shows a download; no line per mirror tried
    try:
        for mirror in entry["mirrors"]:
            try:
                paths = {file: Path(pooch.retrieve(url=mirror + file, known_hash=f"sha256:{sha}",
                                                   fname=file, path=folder, downloader=downloader))
                         for file, sha in entry["files"].items()}
                return paths, mirror
            except (requests.RequestException, ValueError, OSError) as error:
                reason = str(error).splitlines()[0][:200] if str(error) else ""
                errors.append(f"{mirror}: {type(error).__name__}: {reason}")
    finally:
        logger.setLevel(level)
    raise DatasetUnavailable(
        f"could not download '{name}' from any mirror:\n  " + "\n  ".join(errors)
        + f"\nCheck your connection, or copy the files into {folder} (they are checksummed).")


def packaged_file(name, registry=None):
    """Path of the file that dataset `name` reads from an installed package, checksum verified."""
    entry = _entry(name, registry)
    spec = importlib.util.find_spec(entry["package"])
    if spec is None:
        raise DatasetUnavailable(f"'{name}' needs the package {entry['package']}: run `make lab`.")
    (relative, sha), = entry["files"].items()
    path = Path(spec.origin).parent / relative
    if not path.exists():
        raise DatasetUnavailable(f"{path} is missing: reinstall {entry['package']} (`make lab`).")
    actual = pooch.file_hash(str(path), alg="sha256")
    if actual != sha:
        raise DatasetUnavailable(f"{path} has SHA-256 {actual}, expected {sha}: "
                                 f"reinstall {entry['package']} at the version in requirements.txt.")
    return path


def shipped_file(name, registry=None):
    """Path of the file of dataset `name` that the course ships in datasets/<folder>/, checksum verified."""
    entry = _entry(name, registry)
    (relative, sha), = entry["files"].items()
    path = REPO_DATASETS / entry["folder"] / relative
    restore = f"git checkout -- {path.relative_to(REPO_DATASETS.parent)}"
    if not path.exists():
        raise DatasetUnavailable(f"{path} is missing: restore it with `{restore}`.")
    actual = pooch.file_hash(str(path), alg="sha256")
    if actual != sha:
        raise DatasetUnavailable(f"{path} has SHA-256 {actual}, expected {sha}: it was edited; restore it with "
                                 f"`{restore}`, or, if the edit is meant, update its checksum in "
                                 "datasets/registry.toml.")
    return path


def _entry(name, registry):
    registry = registry if registry is not None else load_registry()
    if name not in registry:
        raise KeyError(f"no dataset '{name}' in the registry; known: {', '.join(sorted(registry))}")
    return registry[name]
