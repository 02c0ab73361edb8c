"""Exporting the quotes and claims of articles from the reader: where to, in which format,
and the writing itself (run by the screen in a worker; a large list reads many analyses).

Imported when the reader exports, never on the way to the first frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import cast

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.export import Format, export_articles, format_for, write_export

NO_FORMAT = "End the file name in .md, .csv or .json to choose the format."


def default_path(count: int, home: Path) -> Path:
    """The file name offered: one for an article, another for a list."""
    return home / ("newsreader-article.md" if count == 1 else "newsreader-export.md")


def export_target(answer: str) -> tuple[Path, Format] | None:
    """The file the reader typed (``~`` expanded) and the format its ending picks; None when it picks none."""
    path = Path(answer).expanduser()
    fmt = format_for(path)
    return None if fmt is None else (path, fmt)


def write_articles(path: Path, fmt: Format, articles: Sequence[Article], analyzer: CachedAnalyzer) -> Path:
    """Write the articles' quotes and claims with their stored analyses; the path written.

    Raises OSError or ValueError (a folder, a full disk, a name the system refuses).
    """
    # The analyzer hands back the very items it was given: here, articles.
    items = cast("Iterable[tuple[Article, Analysis | None]]", analyzer.cached_in_order(articles))
    return write_export(path, export_articles(items, fmt))
