"""The followed feeds, refreshed while the reader reads: a widget that draws nothing.

It owns the refresh worker and what the refresh has heard so far; the screen hears
about it through two messages (``Progressed`` for the line under the list, ``ItemsArrived``
for a feed's items) and asks it to ``start``. ``ui.logic.refreshing`` says what a refresh
changes; this module only runs it. Nothing here is imported on the way to the first
frame but this class: the feed code and httpx load when a refresh starts.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message

from tui_reader.analysis.summary import Summary
from tui_reader.corpus.article import Article
from tui_reader.ui.widgets.background import BackgroundWork

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.storage.library import Library
    from tui_reader.storage.refresh import FeedReport, RefreshReport
    from tui_reader.ui.logic.refreshing import RefreshProgress


class FeedRefresher(BackgroundWork):
    """Refreshes every followed feed in one background worker, one at a time.

    Without feeds, or without a library to keep what it fetches, it is not ``available``.
    """


    @dataclass
    class Progressed(Message):
        """The refresh moved on: "Feeds 2/5…" while it runs, "" once it ended."""

        text: str

    @dataclass
    class ItemsArrived(Message):
        """One feed's items as stored now (new, changed or not), with the summaries known for them."""

        items: list[Article]
        summaries: dict[str, Summary]

    # From the worker to this widget only (they do not bubble): the screen hears the two above.
    @dataclass
    class Started(Message, bubble=False):
        """The refresh asks these feeds."""

        urls: list[str]

    @dataclass
    class FeedDone(Message, bubble=False):
        """One feed is done: how it went, its items as stored now, and their known summaries."""

        report: FeedReport
        items: list[Article]
        summaries: dict[str, Summary]

    @dataclass
    class Done(Message, bubble=False):
        """The refresh ended: its report, or the reason it stopped short."""

        report: RefreshReport | None
        error: str | None = None

    def __init__(
        self, feeds: Sequence[str], library: Library | None, analyzer: CachedAnalyzer, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.feeds = list(feeds)
        """The feeds' addresses, in the order given."""
        self.library = library
        self.analyzer = analyzer
        self._progress: RefreshProgress | None = None
        self._stop = threading.Event()

    @property
    def available(self) -> bool:
        """Whether there is anything to refresh: feeds, and a library to keep what they bring.

        Without a library the feeds were fetched whole at load, and there is nowhere to
        keep what a refresh fetches.
        """
        return bool(self.feeds) and self.library is not None

    @property
    def running(self) -> bool:
        """Whether a refresh is under way (a second one waits for it to end)."""
        return self._progress is not None

    def start(self, since: float | None = None) -> None:
        """Refresh every feed (with ``since``: those not asked since then), unless one runs."""
        from tui_reader.ui.logic.refreshing import RefreshProgress  # deferred: not on the first frame

        if self._progress is not None or self.library is None:
            return
        self._progress = RefreshProgress(len(self.feeds))
        self.post_message(self.Progressed(self._progress.text()))
        self._refresh(self.feeds, self.library, self.analyzer, self._stop, since)

    @work(thread=True, exclusive=True, group="feeds")
    def _refresh(
        self, urls: list[str], library: Library, analyzer: CachedAnalyzer, stop: threading.Event, since: float | None
    ) -> RefreshReport | None:
        """Ask every feed what changed (all at once, within the client's limits) and send
        each feed's items up as it is done; ``stop`` ends it early (the screen is closing).
        With ``since``, the feeds asked since then are left out."""
        from tui_reader.storage.feeds import FeedStore  # deferred: httpx and the feed code only when refreshing
        from tui_reader.storage.refresh import refresh_feeds
        from tui_reader.ui.logic.refreshing import not_checked_since

        try:
            store = FeedStore(library)
            if since is not None:
                urls = not_checked_since(urls, store.states(urls), since)
            self.post_message(self.Started(urls))

            def heard(report: FeedReport) -> None:
                # On the refresh's threads: the items are read here, never on the event loop.
                items = [] if report.failed else store.stored([report.url]).get(report.url, [])
                summaries = analyzer.summaries(a.text_hash for a in items) if items else {}
                self.post_message(self.FeedDone(report, items, summaries))

            report = refresh_feeds(library, urls, on_feed=heard, stop=stop) if urls else None
        except Exception as error:  # noqa: BLE001 - a refresh that breaks must leave the reader working
            self.post_message(self.Done(None, f"{type(error).__name__}: {error}"))
            return None
        self.post_message(self.Done(report))
        return report

    @on(Started)
    def _started(self, message: Started) -> None:
        if self._progress is not None:
            self._progress.total = len(message.urls)
            self.post_message(self.Progressed(self._progress.text()))

    @on(FeedDone)
    def _feed_done(self, message: FeedDone) -> None:
        from tui_reader.ui.logic.refreshing import feed_notice

        notice = feed_notice(message.report)
        if notice is not None:
            self.notify(notice.text, title=notice.title, severity=notice.severity, timeout=10, markup=False)
        # The items first: once the line says a feed is done, its items are listed.
        if message.items:
            self.post_message(self.ItemsArrived(message.items, message.summaries))
        if self._progress is not None:
            self._progress.heard(message.report)
            self.post_message(self.Progressed(self._progress.text()))

    @on(Done)
    def _done(self, message: Done) -> None:
        self._progress = None
        self.post_message(self.Progressed(""))
        if message.error is not None:
            self.notify(message.error, title="Refresh failed", severity="error", timeout=10, markup=False)
        elif message.report is not None:
            self.notify(message.report.summary(), title="Feeds", timeout=4, markup=False)

    def on_unmount(self) -> None:
        # The refresh's thread would hold the app's exit until its time limit: it stops now.
        self._stop.set()
