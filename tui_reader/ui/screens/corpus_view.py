"""The corpus-wide views: every quote by one speaker, every claim grouped by what it counts.

Both read the stored analyses in a worker (a large corpus takes a moment) and show
them in a ``LineTable``; Enter closes the view with a ``Jump`` that the main screen
follows into the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label
from textual.worker import get_current_worker

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.ui.actions import Owner, bindings
from tui_reader.ui.corpus_rows import CLAIM_COLUMNS, QUOTE_COLUMNS, Jump, claim_rows, quote_rows
from tui_reader.ui.widgets.keys_bar import KeysBar
from tui_reader.ui.widgets.line_table import LineTable, TableRow


def stored_analyses(analyzer: CachedAnalyzer, articles: Sequence[Article]) -> Iterator[tuple[Article, Analysis]]:
    """The articles that have a stored analysis, with it, in order."""
    # The analyzer hands back the very items it was given: here, articles.
    return ((cast(Article, a), found) for a, found in analyzer.cached_in_order(articles) if found is not None)


class CorpusView(Screen["Jump | None"]):
    """A table over many articles, filled by a worker; Esc goes back, Enter opens."""

    OWNER: Owner = "corpus"
    BINDINGS = bindings(OWNER)

    @dataclass
    class Filled(Message):
        """The rows are ready."""

        rows: list[TableRow]

    def __init__(self, title: str, columns: Sequence[tuple[str, int]], build: Callable[[], list[TableRow]]) -> None:
        super().__init__()
        self.title_text = title
        """What the view shows, in words."""
        self.columns = columns
        self._build = build

    def compose(self) -> ComposeResult:
        with Vertical(id="corpus-view"):
            yield Label(self.title_text, id="corpus-view-title", markup=False)
            yield LineTable(self.columns, id="corpus-table")
        yield KeysBar(id="keys")

    def on_mount(self) -> None:
        table = self.query_one(LineTable)
        table.loading = True
        table.focus()
        self.fill()

    @work(thread=True, exclusive=True, group="corpus-view")
    def fill(self) -> None:
        """Build the rows off the event loop (a large corpus reads many analyses)."""
        rows = self._build()
        if not get_current_worker().is_cancelled:
            self.post_message(self.Filled(rows))

    @on(Filled)
    def _filled(self, message: Filled) -> None:
        table = self.query_one(LineTable)
        table.loading = False
        table.set_rows(message.rows)
        chosen = sum(1 for row in message.rows if not row.header)
        self.query_one("#corpus-view-title", Label).update(f"{self.title_text} — {chosen:,} found")

    @on(LineTable.Chosen)
    def _chosen(self, message: LineTable.Chosen) -> None:
        if isinstance(message.key, Jump):
            self.dismiss(message.key)

    def action_close(self) -> None:
        """Back to the reader."""
        self.dismiss(None)


def speaker_view(analyzer: CachedAnalyzer, name: str, names: frozenset[str], articles: Sequence[Article]) -> CorpusView:
    """Every quote by one person across these articles."""
    return CorpusView(
        f"Quotes by {name}", QUOTE_COLUMNS, lambda: quote_rows(names, stored_analyses(analyzer, articles))
    )


def claims_view(analyzer: CachedAnalyzer, scope: str, articles: Sequence[Article]) -> CorpusView:
    """Every claim across these articles, grouped by what it counts."""
    return CorpusView(f"Figures in {scope}", CLAIM_COLUMNS, lambda: claim_rows(stored_analyses(analyzer, articles)))
