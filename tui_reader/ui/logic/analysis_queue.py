"""The articles waiting for analysis, and the order they are analyzed in.

The reader's thread says which article is open (``open``); the analysis thread asks for
the next chunk (``take``) and whether a batch holds the open article (``holds_open``).
They share nothing else: the worker never reads the screen or a widget.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article

# Articles handed to spaCy at a time: small enough that an article the reader opens
# jumps the queue within a second or so, large enough for nlp.pipe to batch well.
CHUNK = 16
# How often results go up to the screen while the queue runs: often enough to feel live,
# rarely enough that refreshing the lists and filters stays cheap.
BATCH_SECONDS = 0.25


class Analyzer(Protocol):
    """What the queue needs of ``CachedAnalyzer``: each item it is given with its analysis."""

    def analyze(self, items: Iterable[Any]) -> Iterable[tuple[Any, Analysis]]: ...


class AnalysisQueue:
    """Articles in list order, with the one the reader opened first; safe across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[str, Article] = {}
        self._urgent: list[str] = []
        self._open: str | None = None
        self.total = 0
        """Articles ever queued."""

    def add(self, articles: Iterable[Article]) -> None:
        """Queue articles behind those already waiting (one already waiting keeps its place)."""
        with self._lock:
            for article in articles:
                if article.text_hash not in self._waiting:
                    self._waiting[article.text_hash] = article
                    self.total += 1

    def open(self, text_hash: str | None) -> None:
        """The reader opened this article: analyze it next if it is waiting, now or later."""
        with self._lock:
            self._open = text_hash
            if text_hash is not None:
                self._urgent.append(text_hash)

    def take(self, size: int = CHUNK) -> list[Article]:
        """The next chunk: the article opened last, alone, if it waits; else up to ``size`` in order."""
        with self._lock:
            while self._urgent:
                wanted = self._waiting.pop(self._urgent.pop(), None)
                if wanted is not None:
                    return [wanted]
            return [self._waiting.pop(key) for key in list(islice(self._waiting, size))]

    def holds_open(self, hashes: Iterable[str]) -> bool:
        """Whether the open article is among these (its result should go up at once)."""
        with self._lock:
            return self._open is not None and self._open in set(hashes)

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)


@dataclass
class Batch:
    """Analyses ready to show, and how far the queue has got."""

    analyses: dict[str, Analysis] = field(default_factory=dict)
    done: int = 0
    total: int = 0


def analysis_batches(
    queue: AnalysisQueue,
    analyzer: Analyzer,
    cancelled: Callable[[], bool] = lambda: False,
    batch_seconds: float = BATCH_SECONDS,
) -> Iterator[Batch]:
    """Analyze the queue until it is empty, yielding results in batches.

    A batch goes up when the queue empties, when it holds the open article, or when
    ``batch_seconds`` have passed since the last one. ``done`` and ``total`` count this
    run's articles: those waiting when it started and those queued while it runs (a
    refresh's new items after the first analysis read "2/5", not "42/45").
    """
    before = queue.total - len(queue)
    batch, done, posted = Batch(), 0, time.monotonic()
    while chunk := queue.take():
        for item, analysis in analyzer.analyze(chunk):
            if cancelled():
                return
            done += 1
            batch.analyses[item.text_hash] = analysis
        batch.done, batch.total = done, queue.total - before
        if not len(queue) or queue.holds_open(batch.analyses) or time.monotonic() - posted >= batch_seconds:
            yield batch
            batch, posted = Batch(), time.monotonic()
    if batch.analyses:
        batch.done, batch.total = done, queue.total - before
        yield batch
