"""Exports written in the background: a widget that draws nothing.

A large list reads many analyses from the library, so the file is written off the
event loop; the reader is told where it went, or why it could not be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui_reader.corpus.article import Article
from tui_reader.ui.widgets.background import BackgroundWork

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.export import Format


class Exporter(BackgroundWork):
    """Writes the quotes and claims of articles to a file, one export at a time."""

    def __init__(self, analyzer: CachedAnalyzer, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analyzer = analyzer
        """Where the stored analyses are read from."""

    def export(self, path: Path, fmt: Format, articles: list[Article]) -> None:
        """Write the export in the background; a notice says how it went."""
        self._write(path, fmt, articles, self.analyzer)

    @work(thread=True, exclusive=True, group="export")
    def _write(self, path: Path, fmt: Format, articles: list[Article], analyzer: CachedAnalyzer) -> None:
        from tui_reader.ui.logic.exporting import write_articles  # deferred: not on the first frame

        try:
            written = write_articles(path, fmt, articles, analyzer)
        except (OSError, ValueError) as error:
            self.app.call_from_thread(
                self.notify, f"{path}: {error}", title="Export failed", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self.notify, f"Wrote {written}", title="Exported", timeout=6, markup=False)
