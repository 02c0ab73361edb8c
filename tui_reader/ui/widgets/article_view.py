"""The middle pane: the article text, wrapped and highlighted, scrollable to any offset.

A Line-API ``ScrollView``: it wraps the text itself and keeps the start offset of every
display line, so jumping to a character offset is a binary search, and only the lines
on screen are ever turned into segments (cheap on long articles).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.segment import Segment
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui_reader.analysis.corpus_wide.identity import Person
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.ui.actions import bindings
from tui_reader.ui.highlight import LAYERS, HighlightOptions, highlight
from tui_reader.ui.widgets.highlight_styles import HIGHLIGHT_COMPONENTS, ThemedHighlights
from tui_reader.ui.wrap import wrap_offsets

GUTTER = 1


class ArticleView(ThemedHighlights, ScrollView, can_focus=True, inherit_bindings=False):
    """The open article, highlighted; ``scroll_to_span`` brings any offset into view.

    The moving keys scroll the text: ``cursor_down`` here is a line down.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = set(HIGHLIGHT_COMPONENTS)
    BINDINGS = bindings("text")

    article: reactive[Article | None] = reactive(None)
    """The article shown."""
    analysis: reactive[Analysis | None] = reactive(None)
    """Its analysis, or None while it is being analyzed."""
    speaker_filter: reactive[Person | None] = reactive(None)
    """When set, this person's quotes stay bright and the rest are dimmed."""
    mark: reactive[tuple[int, int] | None] = reactive(None)
    """The span marked after a jump."""
    shown_layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS))
    """The highlight layers shown."""
    matches: reactive[tuple[tuple[int, int], ...]] = reactive(tuple)
    """Search matches to highlight."""
    pending: reactive[frozenset[str]] = reactive(frozenset)
    """Text hashes still waiting for analysis: the view shows ``loading`` for those."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.content: Content = Content("")
        """The highlighted text currently shown."""
        self._offsets: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._lines: list[Content] = []
        self._wrapped_for: tuple[str, int] | None = None
        self._strips: dict[int, Strip] = {}
        self._pending_jump: tuple[int, int] | None = None
        self._pending_top: int | None = None

    # -- state -------------------------------------------------------------------

    def watch_article(self) -> None:
        self._pending_jump = None
        self._pending_top = None
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._rebuild()

    def watch_mark(self, old: tuple[int, int] | None, new: tuple[int, int] | None) -> None:
        for span in (old, new):
            if span is not None and self._lines:
                for line in range(self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1)) + 1):
                    self._strips.pop(line, None)
        self.refresh()

    def style_at(self, offset: int) -> Style:
        """The style shown at a text offset, the mark included."""
        style = self.content.get_style_at_offset(offset)
        if self.mark is not None and self.mark[0] <= offset < self.mark[1]:
            style = style + self.highlight_styles().mark
        return style

    def watch_pending(self) -> None:
        self._update_loading()

    def _update_loading(self) -> None:
        self.loading = bool(
            self.article is not None and self.analysis is None and self.article.text_hash in self.pending
        )

    def notify_style_update(self) -> None:
        """Theme or CSS changed: the highlight colours come from CSS, so re-highlight."""
        super().notify_style_update()
        if self.is_mounted:
            self._rebuild()

    def _rebuild(self) -> None:
        if not self.is_mounted:
            return
        self._update_loading()
        if self.article is None:
            self.content = Content("")
        else:
            focus = self.speaker_filter.names if self.speaker_filter is not None else None
            # The mark is overlaid per line in render_line, so moving it costs no re-highlight.
            options = HighlightOptions(
                styles=self.highlight_styles(), focus=focus, matches=self.matches, layers=self.shown_layers
            )
            self.content = highlight(self.article.text, self.analysis, options)
        self._layout_lines()

    # -- layout ------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Cells available to the text on each line."""
        return max(1, self.scrollable_content_region.width - 2 * GUTTER)

    def on_mount(self) -> None:
        for name in ("analysis", "speaker_filter", "matches", "shown_layers"):
            self.watch(self, name, self._rebuild, init=False)
        self._rebuild()

    def on_resize(self) -> None:
        self._layout_lines()

    def _layout_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        plain = self.content.plain
        key = (plain, self.text_width)
        if key != self._wrapped_for:
            self._offsets = wrap_offsets(plain, self.text_width) if plain else []
            self._starts = [start for start, _ in self._offsets]
            self._wrapped_for = key
        # One divide over every line boundary keeps this linear in the number of spans.
        cuts = sorted({o for line in self._offsets for o in line} - {0, len(plain)})
        pieces = self.content.divide(cuts) if plain else []
        piece_at = {start: piece for start, piece in zip([0, *cuts], pieces, strict=False)}
        self._lines = [piece_at.get(start, Content("")) if end > start else Content("") for start, end in self._offsets]
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()
        if self._pending_jump is not None:
            self.scroll_to_span(*self._pending_jump)
        elif self._pending_top is not None:
            self.scroll_to_offset(self._pending_top)

    @property
    def line_count(self) -> int:
        """Display lines at the current width."""
        return len(self._lines)

    def line_of(self, offset: int) -> int:
        """The display line holding a text offset (0 before layout)."""
        if not self._starts:
            return 0
        return max(0, bisect_right(self._starts, offset) - 1)

    def line_start(self, line: int) -> int:
        """The text offset where a display line starts (the text's end past the last line)."""
        return self._starts[line] if 0 <= line < len(self._starts) else len(self.content.plain)

    def line_text(self, line: int) -> str:
        """The plain text of one display line."""
        return self._lines[line].plain if 0 <= line < len(self._lines) else ""

    def visible_lines(self) -> range:
        """The display lines on screen now."""
        top = round(self.scroll_offset.y)
        return range(top, min(len(self._lines), top + self.scrollable_content_region.height))

    def visible_text(self) -> str:
        """The plain text on screen now, a line per line."""
        return "\n".join(self.line_text(line) for line in self.visible_lines())

    def top_offset(self) -> int:
        """The text offset at the top of the screen (where reading resumes next time)."""
        return self.line_start(round(self.scroll_offset.y)) if self._lines else 0

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` is the top line."""
        if not self._lines:
            self._pending_top = offset
            return
        self._pending_top = None
        self.scroll_to(y=self.line_of(offset), animate=False, immediate=True)

    def scroll_to_span(self, start: int, end: int) -> None:
        """Scroll so that the span is on screen, a third of the way down when it fits."""
        if not self._lines:
            self._pending_jump = (start, end)
            return
        self._pending_jump = None
        top = self.line_of(start)
        bottom = self.line_of(max(start, end - 1))
        height = max(1, self.scrollable_content_region.height)
        span = bottom - top + 1
        y = top if span >= height else top - (height - span) // 3
        self.scroll_to(y=max(0, min(y, top)), animate=False, immediate=True)

    # -- moving ------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """Scroll the text a line down."""
        self.scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        """Scroll the text a line up."""
        self.scroll_up(animate=False)

    def action_first(self) -> None:
        """The top of the text."""
        self.scroll_home(animate=False)

    def action_last(self) -> None:
        """The end of the text."""
        self.scroll_end(animate=False)

    # -- rendering ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """One screen line: the display line at the scroll position plus ``y``."""
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.article is None and y == 0:
            return Strip([Segment(" No article open.", base)]).crop_extend(0, width, base)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            line = self._lines[index]
            start, end = self._offsets[index]
            if self.mark is not None and self.mark[0] < max(end, start + 1) and start < self.mark[1]:
                line = line.stylize(self.highlight_styles().mark, max(0, self.mark[0] - start), self.mark[1] - start)
            segments = line.render_segments(self.visual_style)
            strip = Strip([Segment(" " * GUTTER, base), *segments])
            self._strips[index] = strip
        return strip.crop_extend(0, width, base)
