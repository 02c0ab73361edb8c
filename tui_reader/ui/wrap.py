"""Word wrapping by character offsets, so the article view can map offsets to lines."""

from __future__ import annotations

import re

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


def _hard_split(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    # A word wider than the pane (a URL, say) is cut at cell boundaries.
    lines = []
    line_start, cells = start, 0
    for index in range(start, end):
        char_cells = cell_len(text[index])
        if cells + char_cells > width and index > line_start:
            lines.append((line_start, index))
            line_start, cells = index, 0
        cells += char_cells
    lines.append((line_start, end))
    return lines


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of each display line of ``text`` wrapped at ``width`` cells.

    Every "\\n" ends a line (a blank line between paragraphs stays blank); trailing
    spaces stay on the line they follow, so lines tile the text apart from newlines.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        if start == end:
            lines.append((start, start))
            continue
        line_start, cells = start, 0
        for match in _TOKEN.finditer(text, start, end):
            word = match.group()
            word_cells = cell_len(word.rstrip())
            if cells and cells + word_cells > width:
                lines.append((line_start, match.start()))
                line_start, cells = match.start(), 0
            if word_cells > width:
                # From line_start, not the word: zero-width leading whitespace stays on the line.
                pieces = _hard_split(text, line_start, match.start() + len(word.rstrip()), width)
                lines.extend(pieces[:-1])
                line_start = pieces[-1][0]
                cells = cell_len(text[line_start : match.end()])
            else:
                cells += cell_len(word)
        lines.append((line_start, end))
    return lines
