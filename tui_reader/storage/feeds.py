"""Feeds and pages followed by address: their items and their state in the library.

A feed's items are stored like any file's articles (the feed's address in place of the
file's path), each keyed by its link, or by its text when it has none (its ``source``).
What a feed gives is merged over what it gave before: new items are added, changed
ones replaced, and items that have left the feed stay, as in any feed reader, with the
read marks and bookmarks that follow them. A feed that fails keeps everything fetched
before; only its state records the reason.

The state of each feed (ETag, Last-Modified, last success, last error) is a table of
this module's own in the library. When the library drops its articles (a new layout),
a feed's validators are not sent again, so it is fetched in full.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tui_reader.corpus.article import Article
from tui_reader.corpus.web.items import is_summary_only, unique_stories
from tui_reader.storage.library import CHUNK, Library

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_success  REAL,
    last_error    TEXT,
    last_checked  REAL
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
"""
# articles_url: summary-only items look for their page's text among the stored articles by link.

@dataclass(slots=True)
class FeedState:
    """What the library remembers of one feed between refreshes."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: float | None = None
    """When it was last fetched or found unchanged, in seconds since the epoch."""
    last_error: str | None = None
    """Why the last refresh failed; None when it succeeded."""
    last_checked: float | None = None


def _chunks(items: Sequence[str]) -> Iterator[tuple[Sequence[str], str]]:
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        yield chunk, ",".join("?" * len(chunk))


class FeedStore:
    """The feeds' state and items in one library; safe to share between threads, as the library is."""

    def __init__(self, library: Library):
        self.library = library
        with library.connection() as db:
            db.executescript(SCHEMA)

    def states(self, urls: Sequence[str]) -> dict[str, FeedState]:
        """The remembered state of these feeds (of those ever refreshed)."""
        found: dict[str, FeedState] = {}
        with self.library.connection() as db:
            for chunk, marks in _chunks(list(dict.fromkeys(urls))):
                found.update((row[0], FeedState(*row)) for row in db.execute(
                    f"SELECT url, etag, last_modified, last_success, last_error, last_checked FROM feeds"
                    f" WHERE url IN ({marks})", chunk,
                ))
        return found

    def stored(self, urls: Sequence[str]) -> dict[str, list[Article]]:
        """The items stored for these feeds, in feed order; feeds never fetched are absent."""
        contents = self.library.file_contents(list(dict.fromkeys(urls)))
        return {url: articles for url, (articles, _) in contents.items()}

    def complete_pages(self, links: Sequence[str]) -> dict[str, Article]:
        """Stored articles with these links whose text came from their page: those pages are not fetched again."""
        found: dict[str, Article] = {}
        with self.library.connection() as db:
            for chunk, marks in _chunks(list(dict.fromkeys(links))):
                rows = db.execute(
                    f"SELECT source, title, date, url, notes, text, text_hash FROM articles WHERE url IN ({marks})",
                    chunk,
                )
                for source, title, date, url, notes, text, text_hash in rows:
                    article = Article(source, title, text, date, url, json.loads(notes))
                    article.known_hash = text_hash
                    if not is_summary_only(article):
                        found.setdefault(url, article)
        return found

    def stored_links(self, links: Sequence[str]) -> set[str]:
        """Which of these links the library holds an article for, under any feed or file."""
        found: set[str] = set()
        with self.library.connection() as db:
            for chunk, marks in _chunks(list(dict.fromkeys(links))):
                found.update(url for (url,) in db.execute(f"SELECT url FROM articles WHERE url IN ({marks})", chunk))
        return found

    def _set_state(self, state: FeedState) -> None:
        with self.library.connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?)",
                (state.url, state.etag, state.last_modified, state.last_success, state.last_error, state.last_checked),
            )

    def record_failure(self, url: str, reason: str) -> None:
        """Remember why a feed failed; its items and validators stay as they were."""
        state = self.states([url]).get(url) or FeedState(url)
        state.last_error, state.last_checked = reason, time.time()
        self._set_state(state)

    def record_success(
        self, url: str, articles: list[Article] | None, etag: str | None, last_modified: str | None, size: int = 0
    ) -> tuple[list[Article], int]:
        """Merge what a feed gave (None: unchanged) over what it gave before and remember its validators.

        Returns the items new to the library (by source, and by link under any other
        feed or file) and how many items the feed now has stored.
        """
        old = self.stored([url]).get(url, [])
        new: list[Article] = []
        kept = old
        if articles is not None:
            fresh = unique_stories(articles, key=lambda article: article.source)
            fresh_sources = {article.source for article in fresh}
            old_sources = {article.source for article in old}
            candidates = [article for article in fresh if article.source not in old_sources]
            elsewhere = self.stored_links([article.url for article in candidates if article.url])
            new = [article for article in candidates if article.url not in elsewhere]
            kept = fresh + [article for article in old if article.source not in fresh_sources]
            # Items first: a crash before the state is written costs a full fetch, never items.
            self.library.store_file(url, size, time.time_ns(), kept, [])
        now = time.time()
        self._set_state(FeedState(url, etag, last_modified, now, None, now))
        return new, len(kept)

    def replace_items(self, url: str, articles: list[Article]) -> None:
        """Store a feed's items again (summaries completed since), its state unchanged."""
        self.library.store_file(url, 0, time.time_ns(), articles, [])
