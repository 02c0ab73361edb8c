"""RSS and Atom feeds, read with feedparser: one article per item with text."""

from __future__ import annotations

import io
from dataclasses import dataclass

from tui_reader.corpus.article import Article
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


@dataclass(slots=True)
class FeedItem:
    """One item as the feed gives it, before it becomes an article."""

    number: int
    """Its place in the feed, from 1."""
    title: str
    body: str
    """The fullest text the item carries; may be empty (a bare link)."""
    date: str | None
    link: str | None
    summary_only: bool
    """No full content, only a summary (or nothing): its linked page may hold the article."""


def parse_items(data: bytes, headers: dict[str, str] | None = None) -> tuple[list[FeedItem], int, str | None]:
    """Every item of a parsed feed, the number of entries, and what was ill-formed (None if nothing).

    ``headers`` are the HTTP headers a fetched feed came with: its address
    (``content-location``) resolves relative links, its content type gives the charset.
    """
    # Deferred: feedparser is only needed for feeds and costs import time.
    import feedparser

    # A file object, never the bytes: given a string, feedparser may fetch it as a URL.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers or {})
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        title = entry.get("title_detail") or {"value": entry.get("title", "")}
        items.append(FeedItem(
            number=number,
            title=_as_text(title).replace(PARAGRAPH_SEP, " "),
            body=_item_body(entry),
            date=iso_from_struct(entry.get("published_parsed") or entry.get("updated_parsed")),
            link=entry.get("link"),
            summary_only=not entry.get("content"),
        ))
    return items, len(parsed.entries), _bozo_reason(parsed)


def item_article(source: str, item: FeedItem, body: str | None = None) -> Article:
    """The item as an article (with ``body`` in place of its own text when given); ValueError when it has no text."""
    return build_article(source, item.body if body is None else body, title=item.title, date=item.date, url=item.link)


def feed_problem(source: str, entries: int, read: int, bozo: str | None) -> Problem | None:
    """The problem line of a feed that gave ``read`` articles out of ``entries``, or None."""
    if not read:
        detail = f" (ill-formed: {bozo})" if bozo else ""
        found = f"{entries} items, none with text" if entries else "no items"
        return Problem(source, f"feed has {found}{detail}")
    if bozo:
        return Problem(source, f"ill-formed feed ({bozo}); read {read} items")
    return None


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
    items, entries, bozo = parse_items(data)
    result = LoadResult()
    for item in items:
        try:
            result.articles.append(item_article(f"{file.source}#{item.number}", item))
        except ValueError:
            continue  # an item with no text (a bare link) is not an article
    problem = feed_problem(file.source, entries, len(result.articles), bozo)
    if problem is not None:
        result.problems.append(problem)
    return result
