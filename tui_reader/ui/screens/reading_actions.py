"""The main screen's actions on what the reader keeps: read marks, bookmarks, exports, the clipboard.

A mixin of plain action methods (Textual finds ``action_*`` through the class's MRO);
the state they change lives in reactives declared on ``MainScreen``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui_reader.corpus.article import Article
from tui_reader.storage.state import StateError, UserState
from tui_reader.ui.highlight import LAYERS
from tui_reader.ui.screens.prompt import Prompt

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.ui.screens.main import MainScreen

EXPORT_FORMATS = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json"}


def export_format(path: Path) -> str | None:
    """The export format a file name asks for, by its extension."""
    return EXPORT_FORMATS.get(path.suffix.lower())


class ReadingActions:
    """Read marks, bookmarks, layers, export, copy and open: each an action with a key."""

    state: UserState | None

    def _save(self: MainScreen, change) -> bool:
        # A failed save is told, never raised: reading goes on.
        if self.state is None:
            self.notify("Nothing can be saved: the state file could not be opened.", severity="error", markup=False)
            return False
        try:
            change(self.state)
        except StateError as error:
            self.notify(str(error), title="Could not save", severity="error", timeout=10, markup=False)
            return False
        return True

    def refresh_marks(self: MainScreen) -> None:
        """Read the marks back from the store (another instance may have changed them too)."""
        if self.state is not None:
            self.read = self.state.read_keys()
            self.bookmarks = self.state.bookmarks()

    def _cursor_article(self: MainScreen) -> Article | None:
        from tui_reader.ui.widgets.article_list import ArticleList

        listing = self.query_one(ArticleList)
        if self.focused is listing and listing.highlighted is not None and listing.rows:
            return listing.rows[listing.highlighted]
        return self.article

    def action_toggle_read(self: MainScreen) -> None:
        """Mark the article under the cursor read, or unread when it is read."""
        article = self._cursor_article()
        if article is not None and self._save(lambda s: s.mark_read(article, article not in self.read)):
            self.refresh_marks()

    def action_mark_all_read(self: MainScreen) -> None:
        """Mark every listed article read (unread when they all are)."""
        from tui_reader.ui.widgets.article_list import ArticleList

        listed = self.query_one(ArticleList).rows
        read = not all(a in self.read for a in listed)
        if listed and self._save(lambda s: s.mark_all(listed, read)):
            self.refresh_marks()
            self.notify(f"{len(listed):,} articles marked {'read' if read else 'unread'}.", timeout=3, markup=False)

    def action_hide_read(self: MainScreen) -> None:
        """Hide read articles from the list (again: show them)."""
        self.hide_read = not self.hide_read

    def action_bookmark(self: MainScreen) -> None:
        """Bookmark the article under the cursor (again: remove the bookmark)."""
        article = self._cursor_article()
        if article is None:
            return
        added: list[bool] = []
        if self._save(lambda s: added.append(s.toggle_bookmark(article))):
            self.refresh_marks()
            self.notify("Bookmarked." if added and added[0] else "Bookmark removed.", timeout=2, markup=False)

    def action_only_bookmarks(self: MainScreen) -> None:
        """List only bookmarked articles (again: all)."""
        self.only_bookmarks = not self.only_bookmarks

    def _toggle_layer(self: MainScreen, layer: str) -> None:
        layers = set(self.layers)
        layers.symmetric_difference_update({layer})
        self.layers = frozenset(layers)
        if self.state is not None:
            self._save(lambda s: s.set_pref("layers", sorted(self.layers)))
        self.notify(f"{layer.capitalize()} {'shown' if layer in layers else 'hidden'}.", timeout=2, markup=False)

    def action_layer_quotes(self: MainScreen) -> None:
        """Show or hide the quote highlights."""
        self._toggle_layer(LAYERS[0])

    def action_layer_speakers(self: MainScreen) -> None:
        """Show or hide the speaker-name highlights."""
        self._toggle_layer(LAYERS[1])

    def action_layer_numbers(self: MainScreen) -> None:
        """Show or hide the claim highlights."""
        self._toggle_layer(LAYERS[2])

    def action_layer_entities(self: MainScreen) -> None:
        """Show or hide the other entities' highlights."""
        self._toggle_layer(LAYERS[3])

    # -- leaving the app ---------------------------------------------------------

    def _ask_export(self: MainScreen, articles: list[Article], what: str) -> None:
        default = str(Path.home() / ("newsreader-article.md" if len(articles) == 1 else "newsreader-export.md"))

        def chosen(answer: str | None) -> None:
            if not answer:
                return
            path = Path(answer).expanduser()
            fmt = export_format(path)
            if fmt is None:
                self.notify("End the file name in .md, .csv or .json to choose the format.", severity="warning", markup=False)
                return
            self.export_to(path, fmt, articles)

        label = f"Export {what} to (.md, .csv or .json; Enter writes, Esc cancels)"
        self.app.push_screen(Prompt(label, "file name…", value=default), chosen)

    def action_export_article(self: MainScreen) -> None:
        """Export the open article's quotes and claims to a file."""
        if self.article is not None:
            self._ask_export([self.article], "this article's quotes and claims")

    def action_export_list(self: MainScreen) -> None:
        """Export the quotes and claims of every listed article to a file."""
        from tui_reader.ui.widgets.article_list import ArticleList

        listed = list(self.query_one(ArticleList).rows)
        if listed:
            self._ask_export(listed, f"the {len(listed):,} listed articles' quotes and claims")

    @work(thread=True, exclusive=True, group="export")
    def export_to(self: MainScreen, path: Path, fmt: str, articles: list[Article]) -> None:
        """Write the export off the event loop (a large list reads many analyses)."""
        from tui_reader.export import export_articles, write_export

        try:
            written = write_export(path, export_articles(self.analyzer.cached_in_order(articles), fmt))  # type: ignore[arg-type]
        except (OSError, ValueError) as error:
            self.app.call_from_thread(self.notify, f"{path}: {error}", title="Export failed", severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"Wrote {written}", title="Exported", timeout=6, markup=False)

    def _marked_item(self: MainScreen):
        analysis = self.analysis
        if analysis is None or self.mark is None:
            return None
        start, end = self.mark
        for item in [*analysis.quotes, *analysis.claims]:
            if (item.start, item.end) == (start, end):
                return item
        return None

    def action_copy(self: MainScreen) -> None:
        """Copy the marked quote or claim, with who said it and where, to the clipboard."""
        from tui_reader.export import clip_text

        item = self._marked_item()
        if item is None or self.article is None:
            self.notify("Jump to a quote or claim first (n, c, or Enter in the sidebar).", severity="warning", markup=False)
            return
        self.app.copy_to_clipboard(clip_text(item, self.article))
        self.notify("Copied to the clipboard.", timeout=2, markup=False)

    def action_open_url(self: MainScreen) -> None:
        """Open the article's web address in the browser."""
        url = self.article.url if self.article is not None else None
        if not url:
            self.notify("This article has no web address.", severity="warning", markup=False)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", timeout=3, markup=False)
