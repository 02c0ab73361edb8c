"""A table of one-line rows that renders only what is on screen: the corpus-wide views.

Textual's DataTable measures every cell when rows are added (seconds for 100,000 claims)
and reads ``str`` cells as markup; this table takes plain strings, fits them to fixed
column widths as it draws, and never parses anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui_reader.ui.actions import bindings


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row: its cells (plain text), what Enter on it means, and whether it heads a group."""

    cells: tuple[str, ...]
    key: object = None
    header: bool = False


def fit(text: str, width: int) -> str:
    """Text on one line, cut with … or padded to exactly ``width`` cells."""
    text = " ".join(text.split())
    if cell_len(text) > width:
        return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""
    return set_cell_size(text, width)


class LineTable(ScrollView, can_focus=True, inherit_bindings=False):
    """Rows of cells under a header line; Enter (or a click) on a row posts ``Chosen``.

    Column widths are fixed except the last, which takes the rest of the width.
    """

    COMPONENT_CLASSES = {"line-table--header", "line-table--group", "line-table--cursor", "line-table--bar"}
    BINDINGS = bindings("table")

    cursor: reactive[int] = reactive(0)
    """The row under the cursor."""

    @dataclass
    class Chosen(Message):
        """The reader chose a row (its key is what the row stands for)."""

        key: object

    def __init__(self, columns: Sequence[tuple[str, int]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        """Column titles and widths (the last width is a minimum)."""
        self.rows: list[TableRow] = []
        """Every row, in order."""

    def set_rows(self, rows: list[TableRow]) -> None:
        """Replace the rows; the cursor goes to the first row that can be chosen."""
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.cursor = next((i for i, r in enumerate(rows) if not r.header), 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)

    # -- cursor ------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1)) if self.rows else 0

    def watch_cursor(self, row: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        y = self.scroll_offset.y
        if row < y:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= y + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)
        self.refresh()

    def action_cursor_down(self) -> None:
        """Next row."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Previous row."""
        self.cursor -= 1

    def action_first(self) -> None:
        """First row."""
        self.cursor = 0

    def action_last(self) -> None:
        """Last row."""
        self.cursor = len(self.rows) - 1

    def action_page_down(self) -> None:
        """A screenful down."""
        self.cursor += max(1, self.scrollable_content_region.height - 2)

    def action_page_up(self) -> None:
        """A screenful up."""
        self.cursor -= max(1, self.scrollable_content_region.height - 2)

    def action_select(self) -> None:
        """Choose the row under the cursor."""
        if self.rows and not self.rows[self.cursor].header:
            self.post_message(self.Chosen(self.rows[self.cursor].key))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = offset.y - 1 + round(self.scroll_offset.y)
        if 0 <= row < len(self.rows):
            self.cursor = row
            self.action_select()

    # -- rendering ---------------------------------------------------------------

    def _widths(self, width: int) -> list[int]:
        fixed = [w for _, w in self.columns[:-1]]
        rest = max(self.columns[-1][1] if self.columns else 0, width - 1 - sum(fixed) - len(fixed))
        return [*fixed, rest]

    def _line(self, cells: Sequence[str], width: int, style: Style, bar: str, bar_style: Style) -> Strip:
        # A row with a single cell (a group's heading) spans every column.
        widths = self._widths(width) if len(cells) > 1 else [max(0, width - 1)]
        text = " ".join(fit(cell, w) for cell, w in zip(cells, widths, strict=False))
        # Cells are plain strings from articles: segments, never markup.
        return Strip([Segment(bar, bar_style), Segment(text, style)]).crop_extend(0, width, style)

    def row_text(self, row: int) -> str:
        """A row's cells as plain text (for tests and the clipboard)."""
        return " | ".join(self.rows[row].cells) if 0 <= row < len(self.rows) else ""

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        styles = {name: self.get_component_rich_style(name, partial=True) for name in self.COMPONENT_CLASSES}
        if y == 0:
            style = base + styles["line-table--header"]
            return self._line([title for title, _ in self.columns], width, style, " ", style)
        index = y - 1 + round(self.scroll_offset.y)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        row = self.rows[index]
        style = base + styles["line-table--group"] if row.header else base
        cursor = index == self.cursor
        if cursor:
            style += styles["line-table--cursor"]
        # The bar marks the cursor without colour, so it shows under NO_COLOR too.
        return self._line(row.cells, width, style, "▌" if cursor else " ", style + styles["line-table--bar"])
