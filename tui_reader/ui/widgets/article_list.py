"""The left pane: the articles, two lines each, however many there are.

A Line-API ``ScrollView``: rows have a fixed height, so only the rows on screen are
ever rendered, and 20,000 articles cost no more to show than twenty.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_reader.analysis.summary import Summary
from tui_reader.corpus.article import Article
from tui_reader.storage.state import MarkSet
from tui_reader.ui.actions import bindings
from tui_reader.ui.labels import article_counts
from tui_reader.ui.logic.listing import one_line

ROW_HEIGHT = 3
TITLE_LINES = ROW_HEIGHT - 1
INDENT = 4


def title_lines(title: str, width: int, lines: int = TITLE_LINES) -> list[str]:
    """A title wrapped at spaces into at most ``lines`` lines; the last one ends in … when cut."""
    words = one_line(title).split(" ")
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if cell_len(candidate) <= width or not current:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([word, *words[i + 1 :]])
            current = rest if cell_len(rest) <= width else rest[: max(1, width - 1)] + "…"
            break
    out.append(current)
    return out[:lines]


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """The listed articles; Enter (or a click) opens the one under the cursor.

    The screen works out what is listed (``listed``); the list only shows it, keeps its
    cursor on the same article when the rows change, and moves it to the open article.
    """

    COMPONENT_CLASSES = {
        "article-list--cursor", "article-list--muted", "article-list--open", "article-list--bar",
        "article-list--match", "article-list--unread", "article-list--marker",
    }
    BINDINGS = bindings("list")

    listed: reactive[list[Article]] = reactive(list, always_update=True)
    """The articles listed, in order: the screen applies the filters and the sort."""
    total: reactive[int] = reactive(0)
    """How many articles the corpus has (the title says "listed/total")."""
    summaries: reactive[dict[str, Summary]] = reactive(dict, always_update=True)
    """What is known of each article's analysis so far, by text hash."""
    filter_label: reactive[str] = reactive("")
    """What the list is filtered by, for its title."""
    article: reactive[Article | None] = reactive(None)
    """The article open in the text pane, marked in the list."""
    progress: reactive[str] = reactive("")
    """Loading or analysis progress, shown under the list."""
    feed_progress: reactive[str] = reactive("")
    """The feeds' refresh progress, shown under the list before the other."""
    snippets: reactive[dict[str, str]] = reactive(dict)
    """Search hits' text around the match (between \\x02 and \\x03), shown instead of the counts."""
    read: reactive[MarkSet] = reactive(MarkSet, always_update=True)
    """The articles read: the others stand out."""
    bookmarks: reactive[MarkSet] = reactive(MarkSet, always_update=True)
    """The bookmarked articles, starred."""
    sort: reactive[str] = reactive("corpus")
    """The order of the rows (one of ``SORTS``), named in the title."""
    highlighted: reactive[int | None] = reactive(None)
    """The row under the cursor."""

    @dataclass
    class ArticleChosen(Message):
        """The reader picked an article to open."""

        text_hash: str

    @dataclass
    class CursorMoved(Message):
        """The cursor is on another article (None: the list is empty)."""

        text_hash: str | None

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._row_of: dict[str, int] = {}
        self._cursor_hash: str | None = None

    @property
    def rows(self) -> list[Article]:
        """The articles listed now."""
        return self.listed

    # -- rows --------------------------------------------------------------------

    def on_mount(self) -> None:
        for name in ("snippets", "read", "bookmarks", "summaries"):
            self.watch(self, name, self._redraw, init=False)
        for name in ("total", "sort"):
            self.watch(self, name, self._set_title, init=False)
        self.watch_listed()

    def _redraw(self) -> None:
        self.refresh()

    def watch_listed(self) -> None:
        if not self.is_mounted:
            return
        keep, was = self._cursor_hash, self.highlighted
        self._row_of = {a.text_hash: i for i, a in enumerate(self.listed)}
        self.virtual_size = Size(self.size.width, len(self.listed) * ROW_HEIGHT)
        if keep in self._row_of:
            row = self._row_of[keep]
            if was is not None and row != was:
                # Rows came or went above the cursor (a refresh's new items): the list
                # scrolls with it, so its article stays where the reader's eyes are.
                self.scroll_to(y=self.scroll_offset.y + (row - was) * ROW_HEIGHT, animate=False, immediate=True)
            self.highlighted = row
        else:
            self.highlighted = 0 if self.listed else None
        self._set_title()
        self.refresh()

    def watch_article(self, article: Article | None) -> None:
        # The cursor follows the article opened, wherever it was opened from.
        row = self._row_of.get(article.text_hash) if article is not None else None
        if row is not None:
            self.highlighted = row
        self.refresh()

    def _set_title(self) -> None:
        order = "" if self.sort == "corpus" else f" ↓{self.sort}"
        count = f"{len(self.listed)}/{self.total}{order}"
        # The filter replaces the word "Articles" so the name fits the narrow border.
        # Content, not str: a str is parsed as markup, and the label holds names and search words.
        self.border_title = Content(f"⚑ {self.filter_label} {count}" if self.filter_label else f"Articles {count}")

    def watch_filter_label(self) -> None:
        self._set_title()

    def watch_progress(self) -> None:
        self.border_subtitle = " · ".join(part for part in (self.feed_progress, self.progress) if part)

    def watch_feed_progress(self) -> None:
        self.watch_progress()

    def row_of(self, text_hash: str) -> int | None:
        """The row an article is listed on, if it is listed."""
        return self._row_of.get(text_hash)

    def row_text(self, row: int) -> str:
        """The plain text of a row, every line, without the cursor bar."""
        width = max(20, self.scrollable_content_region.width)
        strips = (self._render_row(row, part, width) for part in range(ROW_HEIGHT))
        return "\n".join(strip.text[1:].rstrip() for strip in strips)

    # -- cursor ------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.rows:
            return None
        return max(0, min(value, len(self.rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is not None:
            self.scroll_to_region_of(new)
        moved = self.listed[new].text_hash if new is not None and self.listed else None
        if moved != self._cursor_hash:
            self._cursor_hash = moved
            self.post_message(self.CursorMoved(moved))
        self.refresh()

    def scroll_to_region_of(self, row: int) -> None:
        """Scroll so that a row is on screen."""
        top = row * ROW_HEIGHT
        height = max(ROW_HEIGHT, self.scrollable_content_region.height)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ROW_HEIGHT > y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False, immediate=True)

    def _move(self, delta: int) -> None:
        if self.rows:
            self.highlighted = (self.highlighted or 0) + delta

    def action_cursor_down(self) -> None:
        """Next article."""
        self._move(1)

    def action_cursor_up(self) -> None:
        """Previous article."""
        self._move(-1)

    def action_page_down(self) -> None:
        """A screenful down."""
        self._move(max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        """A screenful up."""
        self._move(-max(1, self.scrollable_content_region.height // ROW_HEIGHT))

    def action_first(self) -> None:
        """First article."""
        if self.rows:
            self.highlighted = 0

    def action_last(self) -> None:
        """Last article."""
        if self.rows:
            self.highlighted = len(self.rows) - 1

    def action_select(self) -> None:
        """Open the highlighted article."""
        if self.highlighted is not None and self.rows:
            self.post_message(self.ArticleChosen(self.rows[self.highlighted].text_hash))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = (offset.y + round(self.scroll_offset.y)) // ROW_HEIGHT
        if 0 <= row < len(self.rows):
            self.highlighted = row
            self.action_select()

    # -- rendering ---------------------------------------------------------------

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _render_row(self, row: int, part: int, width: int) -> Strip:
        base = self.rich_style
        if not 0 <= row < len(self.rows):
            return Strip.blank(width, base)
        article = self.rows[row]
        cursor = row == self.highlighted
        if cursor:
            base = base + self._style("article-list--cursor")
        # The bar marks the cursor without colour, so it shows under NO_COLOR too.
        bar = Segment("▌" if cursor else " ", base + self._style("article-list--bar"))
        if part < TITLE_LINES:
            opened = self.article is not None and article.text_hash == self.article.text_hash
            unread = article not in self.read
            style = base
            if unread:
                style += self._style("article-list--unread")
            if opened:
                style += self._style("article-list--open")
            lines = title_lines(article.title, max(1, width - INDENT))
            text = lines[part] if part < len(lines) else ""
            # Shapes, not colours: ● open, ★ bookmarked, • unread.
            marker = "  "
            if part == 0:
                marker = ("●" if opened else " ") + ("★" if article in self.bookmarks else "•" if unread else " ")
            # Titles come from article files: plain segments, never markup.
            segments = [bar, Segment(marker, style + self._style("article-list--marker")), Segment(" " + text, style)]
        elif article.text_hash in self.snippets and self.snippets[article.text_hash]:
            segments = [bar, Segment("   ", base), *self._snippet(self.snippets[article.text_hash], base)]
        else:
            counts = article_counts(self.summaries.get(article.text_hash))
            dated = f"{article.date[:10]} · {counts}" if article.date else counts
            segments = [bar, Segment(f"   {dated}", base + self._style("article-list--muted"))]
        return Strip(segments).crop_extend(0, width, base)

    def _snippet(self, snippet: str, base: Style) -> list[Segment]:
        # The library marks the match with \x02…\x03; the words around it are muted.
        muted = base + self._style("article-list--muted")
        match = base + self._style("article-list--match")
        segments = []
        for i, piece in enumerate(one_line(snippet).replace("\x03", "\x02").split("\x02")):
            if piece:
                segments.append(Segment(piece, match if i % 2 else muted))
        return segments

    def render_line(self, y: int) -> Strip:
        """One screen line: part of the row at the scroll position plus ``y``."""
        width = self.scrollable_content_region.width
        if not self.rows:
            if y == 0:
                text = " No articles match." if self.total else " No articles yet."
                return Strip([Segment(text, self.rich_style)]).crop_extend(0, width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        line = round(self.scroll_offset.y) + y
        return self._render_row(line // ROW_HEIGHT, line % ROW_HEIGHT, width)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) * ROW_HEIGHT)
