"""Searching the corpus and the open article for typed words: plain functions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from tui_reader.corpus.article import Article
from tui_reader.storage.search import find_matches, query_words
from tui_reader.ui.logic.stepping import Span

# Search hits listed at most: beyond this many, the reader should narrow the search.
SEARCH_LIMIT = 2000


class Index(Protocol):
    """What a search needs of the library: its full-text index."""

    def search(self, query: str, limit: int = ...) -> Iterable[tuple[str, str]]: ...


def search_hits(query: str, index: Index | None, articles: Sequence[Article]) -> dict[str, str]:
    """The articles holding every word of ``query``: each hit's text around the match, by text hash.

    Without an index, the articles are scanned and the hits have no snippet ("").
    """
    if not query:
        return {}
    if index is not None:
        return dict(index.search(query, limit=SEARCH_LIMIT))
    words = query_words(query)
    return {a.text_hash: "" for a in articles if all(find_matches(a.text, w) for w in words)}


def matches_in(article: Article | None, query: str) -> tuple[Span, ...]:
    """Where the words of ``query`` occur in the article, in text order (none without both)."""
    return tuple(find_matches(article.text, query)) if article is not None and query else ()
