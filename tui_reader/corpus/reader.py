"""Reading articles from files and folders, in every supported format.

``iter_sources`` lists the files under some paths; ``read_source`` reads one file into
its articles (several for a feed or a JSON export) and its problems; ``load_paths``
does both and lists each article once. A file that cannot be read becomes a
``Problem`` naming the file and the reason; everything else still loads. The storage
layer can call the first two itself to skip files that have not changed.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tui_reader.corpus.article import Article
from tui_reader.corpus.formats.base import LoadResult, Problem, SourceFile
from tui_reader.corpus.formats.encoding import SNIFF_BYTES, binary_reason, decode
from tui_reader.corpus.formats.sniff import (
    FEED,
    HTML,
    JSON,
    JSONL,
    MARKUP_SUFFIXES,
    SUFFIX_KINDS,
    TEXT,
    detect,
)
from tui_reader.corpus.formats.text import article_from_text
from tui_reader.corpus.web.urls import split_sources

__all__ = [
    "Article", "LoadResult", "Problem", "article_from_text", "decode", "dedupe_key",
    "iter_sources", "load_paths", "read_source",
]

TEXT_SUFFIXES = {suffix for suffix, kind in SUFFIX_KINDS.items() if kind == TEXT}



def _deferred(module: str, name: str, **options: bool) -> Callable[[SourceFile], LoadResult]:
    """A reader imported when first used: a warm start takes its articles from the library and reads no file."""

    def read(file: SourceFile) -> LoadResult:
        reader: Callable[..., LoadResult] = getattr(importlib.import_module(module), name)
        return reader(file, **options)

    return read


READERS: dict[str, Callable[[SourceFile], LoadResult]] = {
    TEXT: _deferred("tui_reader.corpus.formats.text", "read_text"),
    HTML: _deferred("tui_reader.corpus.formats.html", "read_page"),
    FEED: _deferred("tui_reader.corpus.formats.feed", "read_feed"),
    JSON: _deferred("tui_reader.corpus.formats.records", "read_records", lines=False),
    JSONL: _deferred("tui_reader.corpus.formats.records", "read_records", lines=True),
}
# Opening a named pipe for reading would wait for a writer forever; non-blocking open
# returns at once, and regular files ignore the flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def dedupe_key(text: str) -> str:
    """Key under which two copies of an article (whitespace aside) count as one."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _read_head(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SNIFF_BYTES)


def _has_article_suffix(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUFFIX_KINDS


def _wanted(entry: os.DirEntry) -> bool:
    """Whether a file found in a folder is an article file: by extension, else by content."""
    if _has_article_suffix(entry.name):
        return True
    suffix = os.path.splitext(entry.name)[1].lower()
    try:
        return detect(suffix, _read_head(entry.path)) is not None
    except OSError:
        return False  # unreadable and not ours by name: not worth a problem line


def _walk(folder: Path) -> Iterator[Path | Problem]:
    """Article files under a folder: each folder's files, then its subfolders, sorted.

    Hidden entries are skipped, and links to folders are not followed, so a link loop
    cannot make the walk endless. Links to files are read.
    """
    pending = [str(folder)]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as error:
            yield Problem(current, f"folder not readable ({error.strerror or error})")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                elif entry.is_file():
                    if _wanted(entry):
                        yield Path(entry.path)
                elif entry.is_symlink() and _has_article_suffix(entry.name):
                    yield Problem(entry.path, "broken link (its target does not exist)")
            except OSError as error:  # a loop of links, or vanished while listing
                if _has_article_suffix(entry.name):
                    yield Problem(entry.path, error.strerror or str(error))
        pending.extend(reversed(subfolders))


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Every article file under the given paths, in a stable order.

    A missing path, or a folder with nothing to read, is a ``Problem`` in its place.
    A file named directly is always listed: ``read_source`` says what is wrong with it.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for item in _walk(path):
                found = found or isinstance(item, Path)
                yield item
            if not found:
                kinds = ", ".join(sorted(SUFFIX_KINDS))
                yield Problem(str(path), f"no article files in this folder ({kinds} or feeds)")
        elif path.exists():
            yield path
        else:
            yield Problem(str(path), "no such file or folder")


def _dispatch(file: SourceFile) -> LoadResult:
    if file.size == 0:
        return file.problem("empty file")
    reason = binary_reason(file.head)
    if reason:
        return file.problem(reason)
    suffix = file.path.suffix.lower()
    kind = detect(suffix, file.head)
    if kind is None and suffix in MARKUP_SUFFIXES:
        return file.problem("neither a feed nor an HTML page")
    # A file named directly is read as text whatever its extension.
    return READERS[kind or TEXT](file)


def read_source(path: str | Path) -> LoadResult:
    """All the articles in one file, and its problems; never raises for bad content."""
    path = Path(path)
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
        with open(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return LoadResult(problems=[Problem(str(path), "not a regular file")])
            head = handle.read(SNIFF_BYTES)
            return _dispatch(SourceFile(path, handle, head, info.st_size))
    except OSError as error:  # vanished, unreadable, or a link loop since it was listed
        return LoadResult(problems=[Problem(str(path), error.strerror or str(error))])
    except Exception as error:  # noqa: BLE001 - a parser's crash on hostile input must not stop loading
        return LoadResult(problems=[Problem(str(path), f"could not be read ({type(error).__name__}: {error})")])


def load_paths(paths: Iterable[str | Path]) -> LoadResult:
    """Read every article under the given files, folders and web addresses, collecting problems.

    The same article reached twice (two paths, a copy, the same text re-wrapped, one
    story through two feeds) is listed once, where it was first found. Addresses are
    fetched now, after the files, and nothing about them is kept.
    """
    files, urls = split_sources(paths)
    result = LoadResult()
    seen: set[str] = set()
    for item in iter_sources(files):
        if isinstance(item, Problem):
            result.problems.append(item)
            continue
        loaded = read_source(item)
        result.problems.extend(loaded.problems)
        add_unique(result, loaded.articles, seen)
    if urls:
        from tui_reader.corpus.web.fetch import fetch_urls  # deferred: httpx only when an address is given
        from tui_reader.corpus.web.items import unique_stories

        fetched = fetch_urls(urls)
        result.problems.extend(fetched.problems)
        add_unique(result, unique_stories(fetched.articles), seen)
    return result


def add_unique(result: LoadResult, articles: Iterable[Article], seen: set[str]) -> None:
    """Append the articles whose text (whitespace aside) is not among ``seen`` yet."""
    for article in articles:
        key = dedupe_key(article.text)
        if key not in seen:
            seen.add(key)
            result.articles.append(article)


def read_file(path: Path) -> Article:
    """The first article in one file; raises ValueError with the reason when there is none."""
    loaded = read_source(path)
    if not loaded.articles:
        raise ValueError(loaded.problems[0].reason if loaded.problems else "no article")
    return loaded.articles[0]


def iter_files(path: Path) -> Iterator[Path]:
    """Article files under a folder, recursively, in a stable order; folder links are not followed."""
    return (item for item in _walk(path) if isinstance(item, Path))
