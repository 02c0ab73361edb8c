"""HTML pages: the main text, title, date and address, extracted with trafilatura."""

from __future__ import annotations

import logging

from tui_reader.corpus.clean import PARAGRAPH_SEP
from tui_reader.corpus.formats.base import (
    MAX_PAGE_BYTES,
    LoadResult,
    SourceFile,
    build_article,
    with_truncation,
)
from tui_reader.corpus.formats.markup import entity_reason

# Trafilatura's structure elements that hold several paragraphs, one per child.
_CONTAINERS = {"list": "item", "table": "row"}


def _quiet_loggers() -> None:
    # With no handler configured, Python prints library warnings to stderr, which
    # would scribble over the terminal UI; problems are reported as Problem lines.
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def _paragraphs(body) -> list[str]:
    """Paragraphs from trafilatura's XML body (p, head, quote, list items, table rows)."""
    for line_break in body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    paragraphs = []
    for block in body:
        parts = block.findall(_CONTAINERS[block.tag]) if block.tag in _CONTAINERS else [block]
        for part in parts:
            # A table row's cells are separate texts; within a paragraph, inline
            # elements join without spaces ("<b>bold</b>," stays "bold,").
            pieces = ["".join(cell.itertext()) for cell in part] if part.tag == "row" else ["".join(part.itertext())]
            text = " ".join(" ".join(pieces).split())
            if text:
                paragraphs.append(text)
    return paragraphs


def read_page(file: SourceFile) -> LoadResult:
    """One HTML page as one article; markup errors are tolerated, an empty page is a problem."""
    data, truncated = file.read(MAX_PAGE_BYTES)
    if not data.strip():
        return file.problem("empty file")
    reason = entity_reason(data)
    if reason:
        return file.problem(reason)
    # Deferred: trafilatura and its lxml stack take ~0.5 s to import; only pages need them.
    import trafilatura

    _quiet_loggers()
    try:
        # Bytes, not text: trafilatura honours the page's declared charset.
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001 - a parser crash on hostile markup is a bad file, not ours
        return file.problem(f"unreadable HTML ({type(error).__name__}: {error})")
    # A Document, as asked for (the library's signature also allows a dict or nothing).
    body = getattr(document, "body", None)
    paragraphs = _paragraphs(body) if body is not None else []
    if not paragraphs:
        return file.problem("no article text found in the page")
    try:
        article = build_article(
            file.source, PARAGRAPH_SEP.join(paragraphs),
            title=getattr(document, "title", None), date=getattr(document, "date", None),
            url=getattr(document, "url", None),
        )
    except ValueError:
        return file.problem("no article text found in the page")
    return with_truncation(file, article, MAX_PAGE_BYTES if truncated else None)
