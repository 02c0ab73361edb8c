"""The corpus analyzed in the background: a widget that draws nothing.

It owns the analysis queue (``ui.logic.analysis_queue``), the analysis worker and the
worker that works out the corpus's people. The screen tells it what waits (``add``) and
which article is open (``open``); results go up as messages. The worker threads read
only the queue and the analyzer, never the screen or a widget.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import Worker, WorkerState, get_current_worker

from tui_reader.analysis.model import Analysis
from tui_reader.analysis.summary import Summary
from tui_reader.corpus.article import Article
from tui_reader.ui.logic.analysis_queue import AnalysisQueue, analysis_batches
from tui_reader.ui.logic.speakers import corpus_people
from tui_reader.ui.widgets.background import BackgroundWork

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.analysis.corpus_wide.identity import People

# The corpus's people are worked out again at most this often while analysis runs.
PEOPLE_SECONDS = 2.0


class AnalysisRunner(BackgroundWork):
    """Analyzes what is queued, the open article first; works out the corpus's people."""


    @dataclass
    class Started(Message):
        """A run started with this many articles waiting."""

        waiting: int

    @dataclass
    class Ready(Message):
        """A batch of articles was analyzed (by text hash); ``done`` of ``total`` in this run."""

        analyses: dict[str, Analysis]
        done: int
        total: int

    @dataclass
    class Failed(Message):
        """The analysis worker stopped with an error (nothing more is analyzed until new articles come)."""

        reason: str

    @dataclass
    class PeopleReady(Message):
        """The corpus's people were worked out again."""

        people: People

    def __init__(self, analyzer: CachedAnalyzer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analyzer = analyzer
        """Cache in front of spaCy."""
        self._queue = AnalysisQueue()
        self._broken = False
        self._people_at = 0.0

    def add(self, articles: Iterable[Article]) -> None:
        """Queue articles for analysis; a failed analysis is tried again for them."""
        self._queue.add(articles)
        self._broken = False

    def open(self, text_hash: str | None) -> None:
        """The reader opened this article: it is analyzed next if it waits."""
        self._queue.open(text_hash)

    def start(self) -> None:
        """Analyze what waits, unless a run is under way: it takes up what is queued meanwhile."""
        if len(self._queue) and not self._under_way():
            self.post_message(self.Started(len(self._queue)))
            self._analyze(self._queue, self.analyzer)

    def _under_way(self) -> bool:
        return any(w.group == "analysis" and w.node is self and not w.is_finished for w in self.app.workers)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Articles queued as a run was ending (a refresh's new items) start the next run.
        if event.worker.group == "analysis" and event.state == WorkerState.SUCCESS and not self._broken:
            self.start()

    @work(thread=True, exclusive=True, group="analysis")
    def _analyze(self, queue: AnalysisQueue, analyzer: CachedAnalyzer) -> None:
        """Analyze the queue; spaCy loads here, in a thread, never on the event loop."""
        worker = get_current_worker()
        try:
            for batch in analysis_batches(queue, analyzer, lambda: worker.is_cancelled):
                self.post_message(self.Ready(batch.analyses, batch.done, batch.total))
        except Exception as error:  # noqa: BLE001 - the app must keep working without highlights
            self.post_message(self.Failed(f"{type(error).__name__}: {error}"))

    def on_analysis_runner_failed(self) -> None:
        # Seen here before it bubbles to the screen: no run restarts until new articles come.
        self._broken = True

    def find_people(self, summaries: Iterable[Summary], *, now: bool = True) -> None:
        """Work out the corpus's people from these summaries (unless ``now`` is False and it was done lately)."""
        if now or time.monotonic() - self._people_at >= PEOPLE_SECONDS:
            self._people_at = time.monotonic()
            self._people(list(summaries))

    @work(thread=True, exclusive=True, group="people")
    def _people(self, summaries: list[Summary]) -> None:
        """Work out the corpus's people off the event loop."""
        people = corpus_people(summaries)
        if not get_current_worker().is_cancelled:
            self.post_message(self.PeopleReady(people))
