"""RSS and Atom feeds, read with feedparser: one article per item with text."""

from __future__ import annotations

import io

from tui_reader.corpus.clean import PARAGRAPH_SEP
from tui_reader.corpus.formats.base import (
    MAX_DOCUMENT_BYTES,
    LoadResult,
    Problem,
    SourceFile,
    build_article,
    megabytes,
)
from tui_reader.corpus.formats.dates import iso_from_struct
from tui_reader.corpus.formats.markup import entity_reason, fragment_paragraphs


def _as_text(detail) -> str:
    """A feed text construct (content, summary, title) as plain text with paragraphs."""
    value = str(detail.get("value") or "")
    if detail.get("type", "text/html") == "text/plain":
        return value
    return PARAGRAPH_SEP.join(fragment_paragraphs(value))


def _item_body(entry) -> str:
    """The fullest text an item offers: its longest content, else its summary."""
    contents = [_as_text(c) for c in entry.get("content", [])]
    summary = entry.get("summary_detail") or {"value": entry.get("summary", "")}
    return max([*contents, _as_text(summary)], key=len)


def _bozo_reason(parsed) -> str | None:
    """What was wrong with an ill-formed feed, ignoring mere charset mismatches."""
    import feedparser

    error = parsed.get("bozo_exception")
    if not parsed.get("bozo") or isinstance(
        error, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    ):
        return None
    return str(error) or type(error).__name__


def read_feed(file: SourceFile) -> LoadResult:
    """Every item of a feed with text, each with its link and date.

    An ill-formed or truncated feed gives the items feedparser could read, and a
    problem line saying what was wrong.
    """
    data, too_big = file.read(MAX_DOCUMENT_BYTES)
    if too_big:
        return file.problem(f"too large ({megabytes(file.size)}; feeds are read up to {megabytes(MAX_DOCUMENT_BYTES)})")
    reason = entity_reason(data)
    if reason:
        return file.problem(reason)
    # Deferred: feedparser is only needed for feeds and costs import time.
    import feedparser

    # A file object, never the bytes: given a string, feedparser may fetch it as a URL.
    parsed = feedparser.parse(io.BytesIO(data))
    result = LoadResult()
    for number, entry in enumerate(parsed.entries, start=1):
        title = entry.get("title_detail") or {"value": entry.get("title", "")}
        try:
            article = build_article(
                f"{file.source}#{number}", _item_body(entry),
                title=_as_text(title).replace(PARAGRAPH_SEP, " "),
                date=iso_from_struct(entry.get("published_parsed") or entry.get("updated_parsed")),
                url=entry.get("link"),
            )
        except ValueError:
            continue  # an item with no text (a bare link) is not an article
        result.articles.append(article)
    bozo = _bozo_reason(parsed)
    if not result.articles:
        detail = f" (ill-formed: {bozo})" if bozo else ""
        found = f"{len(parsed.entries)} items, none with text" if parsed.entries else "no items"
        result.problems.append(Problem(file.source, f"feed has {found}{detail}"))
    elif bozo:
        result.problems.append(Problem(file.source, f"ill-formed feed ({bozo}); read {len(result.articles)} items"))
    return result
