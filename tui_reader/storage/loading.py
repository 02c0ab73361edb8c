"""Loading a corpus through the library: files unchanged since the last run are not read again.

A warm start on a large corpus is then one ``stat`` per file and a few SQLite queries,
instead of decoding, extracting and cleaning every file.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui_reader.corpus.article import Article
from tui_reader.corpus.reader import LoadResult, Problem, dedupe_key, iter_sources, read_source
from tui_reader.corpus.web.urls import split_sources
from tui_reader.storage.library import Library

# Files handled per round: one bulk query for the unchanged ones among them.
ROUND = 400


@dataclass(slots=True)
class LoadProgress:
    """A batch of newly loaded articles and problems, and how far the load has got."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_done: int = 0
    files_total: int = 0
    read: int = 0
    """Files actually read (not found unchanged in the library) so far."""

    @property
    def finished(self) -> bool:
        """Whether this is the last batch: every file is done."""
        return self.files_done >= self.files_total


def _key(path: Path) -> str:
    # Absolute, so the same file given by two relative spellings is one entry.
    return os.path.abspath(path)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _from_library(article: Article, given: Path) -> Article:
    # Stored sources are relative to their file ("" or "#record"), so they follow the
    # spelling the user gave this time.
    article.source = f"{given}{article.source}"
    return article


def _suffix(source: str, given: Path) -> str:
    prefix = str(given)
    return source[len(prefix):] if source.startswith(prefix) else source


def _to_library(article: Article, given: Path) -> Article:
    stored = Article(
        _suffix(article.source, given), article.title, article.text, article.date, article.url, list(article.notes)
    )
    stored.known_hash = article.text_hash
    return stored


def _following(progress: LoadProgress) -> LoadProgress:
    """The next, empty batch, counting on from this one."""
    return LoadProgress(files_done=progress.files_done, files_total=progress.files_total, read=progress.read)


def load_with_library(
    paths: Iterable[str | Path],
    library: Library | None,
    batch_seconds: float = 0.25,
    refresh: bool = False,
    stored_first: bool = False,
) -> Iterator[LoadProgress]:
    """Load the corpus in batches, reading only files that are new or changed.

    Without a library (it could not be opened) every file is read. The same text reached
    twice is listed once. Feeds and pages given by address come after the files, as
    last fetched (storage/refresh.py): fetched now only when never fetched, or, with
    ``refresh``, all asked for what changed. With ``stored_first`` the first batch ends
    before the first file that must be read from disk, or before the addresses (or after
    the first round of files): what the library holds can be shown at once, and the slow
    part go on elsewhere.
    """
    local, urls = split_sources(paths)
    sources = list(iter_sources(local))
    files = [s for s in sources if isinstance(s, Path)]
    progress = LoadProgress(
        problems=[s for s in sources if isinstance(s, Problem)], files_total=len(files) + len(urls)
    )
    known = library.known_files() if library is not None else {}
    seen: set[str] = set()
    posted = time.monotonic()

    def add(articles: Iterable[Article]) -> None:
        for article in articles:
            key = dedupe_key(article.text)
            if key not in seen:
                seen.add(key)
                progress.articles.append(article)

    first = stored_first  # the first batch still holds only what the library had
    for start in range(0, len(files), ROUND):
        chunk = files[start : start + ROUND]
        stats = {path: _stat(path) for path in chunk}
        fresh = [p for p in chunk if stats[p] is not None and known.get(_key(p)) == stats[p]]
        stored = library.file_contents([_key(p) for p in fresh]) if library is not None and fresh else {}
        for path in chunk:
            entry = stored.get(_key(path))
            if first and entry is None:
                first = False
                yield progress
                progress, posted = _following(progress), time.monotonic()
            if entry is not None:
                articles, problems = entry
                add(_from_library(a, path) for a in articles)
                progress.problems.extend(Problem(f"{path}{suffix}", reason) for suffix, reason in problems)
            else:
                result: LoadResult = read_source(path)
                progress.read += 1
                add(result.articles)
                progress.problems.extend(result.problems)
                stat = stats[path]
                if library is not None and stat is not None:
                    library.store_file(
                        _key(path),
                        *stat,
                        [_to_library(a, path) for a in result.articles],
                        [(_suffix(p.source, path), p.reason) for p in result.problems],
                    )
            progress.files_done += 1
            if time.monotonic() - posted >= batch_seconds or (first and path is chunk[-1]):
                first = False
                yield progress
                progress, posted = _following(progress), time.monotonic()
    if urls:
        from tui_reader.storage.refresh import load_urls  # deferred: the fetching code only for addresses

        if first:  # nothing fetched before the first batch
            first = False
            yield progress
            progress = _following(progress)
        fetched = load_urls(urls, library, refresh)
        add(fetched.articles)
        progress.problems.extend(fetched.problems)
        progress.files_done += len(urls)
    yield progress
