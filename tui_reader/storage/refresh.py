"""Refreshing feeds into the library, and loading feeds and pages by address.

A refresh asks every feed at once (within the client's limits) for what changed since
its ETag and Last-Modified, stores each feed as soon as it is done, and reports every
feed in one line: new items, unchanged, or the reason it failed. A failed feed leaves
the library as it was, so offline the reader still shows what was fetched before.
Nothing here runs on the way to the app's first paint: httpx and the client are
imported only when something is fetched.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui_reader.corpus.article import Article
from tui_reader.corpus.formats.base import LoadResult, Problem
from tui_reader.corpus.formats.feed import FeedItem
from tui_reader.corpus.reader import add_unique, dedupe_key, load_paths
from tui_reader.corpus.web.items import is_summary_only, unique_stories, unreadable
from tui_reader.corpus.web.urls import split_sources
from tui_reader.storage.feeds import FeedStore
from tui_reader.storage.library import Library

if TYPE_CHECKING:  # at run time these load only when something is fetched
    from tui_reader.corpus.web.client import Limits
    from tui_reader.corpus.web.fetch import Fetched, Fetcher

TIME_LIMIT = 120.0
"""Seconds a whole refresh may take; the feeds not done by then are reported and kept as they were."""

UPDATED, UNCHANGED, FAILED = "updated", "unchanged", "failed"


@dataclass(slots=True)
class FeedReport:
    """How one feed's refresh went."""

    url: str
    status: str
    """UPDATED (fetched), UNCHANGED (304) or FAILED."""
    new: list[Article] = field(default_factory=list)
    """Items the library did not hold before, in feed order."""
    stored: int = 0
    """Items the library holds for the feed now."""
    reason: str | None = None
    """Why it failed."""
    warnings: list[str] = field(default_factory=list)
    """What did not stop it: an ill-formed feed, pages not had (their summaries kept)."""

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    def line(self) -> str:
        """One line naming the feed and what happened to it."""
        if self.failed:
            return str(Problem(self.url, _failure(self)))
        if self.status == UNCHANGED:
            return str(Problem(self.url, "unchanged"))
        return str(Problem(self.url, f"{items(len(self.new))} new, {self.stored} in all"))


@dataclass(slots=True)
class RefreshReport:
    """How a refresh went, feed by feed, in the order the feeds were given."""

    feeds: list[FeedReport] = field(default_factory=list)
    seconds: float = 0.0
    received: int = 0
    """Bytes over the wire, feeds and pages, headers included."""
    pages: int = 0
    """Linked pages fetched."""

    @property
    def failures(self) -> list[FeedReport]:
        return [feed for feed in self.feeds if feed.failed]

    @property
    def new_articles(self) -> list[Article]:
        """Every new item, each story once (one link through two feeds counts once)."""
        return unique_stories(article for feed in self.feeds for article in feed.new)

    def problems(self) -> list[Problem]:
        """Failures and warnings as problem lines, feed by feed."""
        found = []
        for feed in self.feeds:
            if feed.failed:
                found.append(Problem(feed.url, _failure(feed)))
            found.extend(Problem(feed.url, warning) for warning in feed.warnings)
        return found

    def summary(self) -> str:
        """One line: feeds refreshed, new items, failures."""
        feeds, failed = len(self.feeds), len(self.failures)
        line = f"{feeds} feed{'s' * (feeds != 1)} refreshed, {items(len(self.new_articles))} new"
        return f"{line}, {failed} failed" if failed else line


def items(count: int) -> str:
    """"1 item", "3 items"."""
    return f"{count} item{'s' * (count != 1)}"


def _failure(feed: FeedReport) -> str:
    kept = f" (showing the {items(feed.stored)} fetched before)" if feed.stored else ""
    return f"{feed.reason}{kept}"


class Refresh:
    """One refresh of some feeds into one library."""

    def __init__(self, store: FeedStore, on_feed: Callable[[FeedReport], None] | None = None):
        self.store = store
        self.on_feed = on_feed
        """Hears of each feed as it is done, on the refresh's thread."""

    async def run(
        self, urls: Sequence[str], limits: Limits | None = None, time_limit: float = TIME_LIMIT,
        stop: threading.Event | None = None,
    ) -> RefreshReport:
        """Refresh the feeds at once; ``stop`` (or the time limit) ends it early, the rest reported."""
        from tui_reader.corpus.web.client import Client  # deferred: httpx only when fetching
        from tui_reader.corpus.web.fetch import Fetcher

        urls = list(dict.fromkeys(urls))
        started = time.monotonic()
        report = RefreshReport()
        async with Client(limits) as client:
            fetcher = Fetcher(client, known=self.store.complete_pages)
            tasks = {url: asyncio.ensure_future(self._one(url, fetcher, report)) for url in urls}
            pending = set(tasks.values())
            deadline = started + time_limit
            while pending and time.monotonic() < deadline and not (stop is not None and stop.is_set()):
                _, pending = await asyncio.wait(pending, timeout=min(0.1, max(0.0, deadline - time.monotonic())))
            stopped = stop is not None and stop.is_set()
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
            why = "refresh stopped" if stopped else f"not done within the refresh limit of {time_limit:g} s"
            for url, task in tasks.items():
                report.feeds.append(task.result() if not task.cancelled() else await self._failed(url, why))
            report.received += fetcher.page_bytes
            report.pages = fetcher.pages_fetched
        report.seconds = time.monotonic() - started
        return report

    async def _one(self, url: str, fetcher: Fetcher, report: RefreshReport) -> FeedReport:
        from tui_reader.corpus.web.client import FetchError

        state = (await asyncio.to_thread(self.store.states, [url])).get(url)
        old = (await asyncio.to_thread(self.store.stored, [url])).get(url)
        # The validators only while the items they stand for are still stored.
        sent = (state.etag, state.last_modified) if state is not None and old is not None else (None, None)
        try:
            fetched = await fetcher.source(url, *sent)
        except FetchError as error:
            report.received += error.received
            return await self._failed(url, str(error))
        except Exception as error:  # noqa: BLE001 - a parser's crash on hostile input fails this feed alone
            return await self._failed(url, unreadable(error))
        report.received += fetched.received
        if fetched.articles is None and old:
            await self._retry_summaries(url, old, fetcher)
        return await asyncio.to_thread(self._stored, fetched)

    def _stored(self, fetched: Fetched) -> FeedReport:
        new, stored = self.store.record_success(
            fetched.url, fetched.articles, fetched.etag, fetched.last_modified, fetched.received
        )
        status = UNCHANGED if fetched.articles is None else UPDATED
        return self._tell(FeedReport(fetched.url, status, new, stored, warnings=fetched.problems))

    async def _failed(self, url: str, reason: str) -> FeedReport:
        await asyncio.to_thread(self.store.record_failure, url, reason)
        stored = (await asyncio.to_thread(self.store.stored, [url])).get(url, [])
        return self._tell(FeedReport(url, FAILED, stored=len(stored), reason=reason))

    def _tell(self, report: FeedReport) -> FeedReport:
        if self.on_feed is not None:
            self.on_feed(report)
        return report

    async def _retry_summaries(self, url: str, old: list[Article], fetcher: Fetcher) -> None:
        """An unchanged feed's items left with their summaries: their pages are tried again."""
        waiting = [(number, a) for number, a in enumerate(old, start=1) if is_summary_only(a) and a.url]
        if not waiting:
            return
        items = [FeedItem(number, a.title, a.text, a.date, a.url, summary_only=True) for number, a in waiting]
        completed, _ = await fetcher.complete(url, items)
        better = {a.source: a for a in completed if not is_summary_only(a)}
        if better:
            await asyncio.to_thread(self.store.replace_items, url, [better.get(a.source, a) for a in old])


def refresh_feeds(
    library: Library,
    urls: Sequence[str],
    limits: Limits | None = None,
    time_limit: float = TIME_LIMIT,
    on_feed: Callable[[FeedReport], None] | None = None,
    stop: threading.Event | None = None,
) -> RefreshReport:
    """Refresh these feeds into the library, from synchronous code (a worker thread, a command)."""
    from tui_reader.corpus.web.fetch import run_async  # deferred: httpx only when fetching

    return run_async(Refresh(FeedStore(library), on_feed).run(urls, limits, time_limit, stop))


def load_urls(
    urls: Sequence[str], library: Library | None, refresh: bool = False, limits: Limits | None = None
) -> LoadResult:
    """The articles of these feeds and pages, each story once.

    They come from the library as last fetched; the ones never fetched are fetched now,
    and with ``refresh`` every one is first asked for what changed. A feed that cannot
    be fetched is a problem line, and what was fetched of it before still shows. Without
    a library everything is fetched now and kept nowhere.
    """
    urls = list(dict.fromkeys(urls))
    if not urls:
        return LoadResult()
    if library is None:
        from tui_reader.corpus.web.fetch import fetch_urls  # deferred: httpx only when fetching

        fetched = fetch_urls(urls, limits)
        return LoadResult(unique_stories(fetched.articles), fetched.problems)
    store = FeedStore(library)
    stored = store.stored(urls)
    todo = urls if refresh else [url for url in urls if url not in stored]
    problems: list[Problem] = []
    if todo:
        problems = refresh_feeds(library, todo, limits).problems()
        stored = store.stored(urls)
    return LoadResult(unique_stories(a for url in urls for a in stored.get(url, [])), problems)


def load_sources(paths: Sequence[str | Path], library: Library | None, refresh: bool = True) -> LoadResult:
    """Every article under these files, folders and addresses, each once; the addresses
    through the library when there is one (see ``load_urls``), after the files."""
    local, urls = split_sources(paths)
    if library is None or not urls:
        return load_paths(paths)
    result = load_paths(local)
    seen = {dedupe_key(article.text) for article in result.articles}
    fetched = load_urls(urls, library, refresh)
    result.problems.extend(fetched.problems)
    add_unique(result, fetched.articles, seen)
    return result
