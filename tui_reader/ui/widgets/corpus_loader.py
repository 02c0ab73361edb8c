"""The corpus read in the background: a widget that draws nothing.

What the library holds comes at once, for the first frame (a few SQLite reads, no file
parsed); files new or changed since are read in a worker, and each batch goes up as a
``Loaded`` message with the summaries the library already has.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from tui_reader.analysis.summary import Summary
from tui_reader.ui.widgets.background import BackgroundWork

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.storage.library import Library
    from tui_reader.storage.loading import LoadProgress

# How often the loader reports: often enough to feel live, rarely enough to be cheap.
LOAD_SECONDS = 0.25


class CorpusLoader(BackgroundWork):
    """Reads the files, folders and feeds given, the library's articles first."""


    @dataclass
    class Loaded(Message):
        """A batch of articles was read, with the summaries the library already had."""

        progress: LoadProgress
        summaries: dict[str, Summary]

    def __init__(
        self, paths: list[Path | str], library: Library | None, analyzer: CachedAnalyzer, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.paths = paths
        """The files, folders and web addresses to read."""
        self.library = library
        self.analyzer = analyzer

    def start(self) -> Loaded:
        """The articles the library holds, now; the rest follow as ``Loaded`` messages."""
        from tui_reader.storage.loading import load_with_library  # deferred: only now is there a screen to fill

        batches = load_with_library(self.paths, self.library, LOAD_SECONDS, stored_first=True)
        first = next(batches)
        if not first.finished:
            self._load(batches, self.analyzer)
        return self.Loaded(first, self.analyzer.summaries(a.text_hash for a in first.articles))

    @work(thread=True, exclusive=True, group="load")
    def _load(self, batches: Iterator[LoadProgress], analyzer: CachedAnalyzer) -> None:
        """Read what the library does not hold, with the summaries it has, off the event loop."""
        worker = get_current_worker()
        for batch in batches:
            if worker.is_cancelled:
                return
            self.post_message(self.Loaded(batch, analyzer.summaries(a.text_hash for a in batch.articles)))
            if batch.finished:
                return
