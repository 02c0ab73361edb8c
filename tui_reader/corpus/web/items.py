"""Feed items into articles, completed from their linked pages where they carry only a summary.

The item keeps its title, date and link; its text comes from the page (extracted with
trafilatura, as for ``.html`` files), or is the summary when the page cannot be had,
with a note saying so, so that it can be tried again later. An item is known by its
link, or by its text when it has no link: that is its ``source``, which the library
keys it by and the reader's marks follow.
"""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path

from tui_reader.corpus.article import Article
from tui_reader.corpus.formats.base import SourceFile, safe_url
from tui_reader.corpus.formats.encoding import SNIFF_BYTES
from tui_reader.corpus.formats.feed import FeedItem, item_article
from tui_reader.corpus.formats.html import read_page
from tui_reader.corpus.reader import dedupe_key

FULL_TEXT_CHARS = 1500
"""An item whose own text is at least this long is taken as the article (feeds that put the
whole story in ``description``); shorter ones are completed from their page."""
SUMMARY_NOTE = "summary only"
"""How the note of an item left with its summary begins."""

PageGetter = Callable[[str], Awaitable[Article | str]]
"""Gives the article of a linked page, or the reason it cannot be had."""


def story_key(article: Article) -> str:
    """What makes two articles one story: the link, or failing that the source."""
    return article.url or article.source


def unique_stories(articles: Iterable[Article], key: Callable[[Article], str] = story_key) -> list[Article]:
    """The articles with each story once, first found first (one link through two feeds counts once)."""
    seen: set[str] = set()
    kept = []
    for article in articles:
        found = key(article)
        if found not in seen:
            seen.add(found)
            kept.append(article)
    return kept


def is_summary_only(article: Article) -> bool:
    """Whether the article is an item's summary whose page could not be had (yet)."""
    return any(note.startswith(SUMMARY_NOTE) for note in article.notes)


def needs_page(item: FeedItem) -> bool:
    """Whether the item's text is only a summary (or nothing) and it links to a page."""
    return item.summary_only and len(item.body) < FULL_TEXT_CHARS and safe_url(item.link) is not None


def item_source(feed_url: str, item: FeedItem) -> str:
    """The item's key: its link, or the feed's address and a hash of its text."""
    return safe_url(item.link) or f"{feed_url}#{dedupe_key(item.body)[:16]}"


def unreadable(error: Exception) -> str:
    """The reason for a parser's crash on what a server sent."""
    return f"could not be read ({type(error).__name__}: {error})"


def page_article(body: bytes, source: str) -> Article | str:
    """The article of a fetched page, or the reason there is none."""
    file = SourceFile(Path("page"), io.BytesIO(body[SNIFF_BYTES:]), body[:SNIFF_BYTES], len(body))
    result = read_page(file)
    if not result.articles:
        return result.problems[0].reason if result.problems else "no article text found in the page"
    article = result.articles[0]
    article.source = source
    return article


async def complete_item(
    feed_url: str, item: FeedItem, page: PageGetter, known: dict[str, Article]
) -> tuple[Article | None, str]:
    """The item as an article, and a problem line ("" when none).

    ``known`` holds pages' articles already at hand, by link; other pages come from ``page``.
    """
    source = item_source(feed_url, item)
    link = safe_url(item.link)
    if link is None or not needs_page(item):
        try:
            return item_article(source, item), ""
        except ValueError:
            return None, f"item {item.number} has no text and no link"
    found = known.get(link) or await page(link)
    if isinstance(found, Article):
        # A page that yields less than the summary was not extracted well: the summary is better.
        article = item_article(source, item, found.text if len(found.text) >= len(item.body) else item.body)
        article.notes = list(dict.fromkeys([*found.notes, *article.notes]))
        article.date = article.date or found.date
        return article, ""
    try:
        article = item_article(source, item)
    except ValueError:
        return None, f"item {item.number} ({item.title or link}) has no text, and its page could not be had ({found})"
    article.notes.append(f"{SUMMARY_NOTE}: its page could not be had ({found})")
    return article, f"page {link}: {found}; its summary is kept"
