"""Which articles the list shows, in which order, and what it is filtered by: pure functions."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from tui_reader.analysis.summary import Summary
from tui_reader.corpus.article import Article
from tui_reader.settings import SORTS


def one_line(text: str) -> str:
    """A title on one line (a feed may put line breaks in it)."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows the list and how it is ordered."""

    speaker: str | None = None
    """The filtered person's name (for the label)."""
    quoting: frozenset[str] | None = None
    """The text hashes of the articles quoting that person (None: no speaker filter)."""
    search: str = ""
    """The words searched for (for the label)."""
    hits: frozenset[str] | None = None
    """The text hashes the search found (None: no search)."""
    only_bookmarks: bool = False
    hide_read: bool = False
    keep: str | None = None
    """The open article's text hash: reading it must not hide it."""
    sort: str = "corpus"


def next_sort(sort: str) -> str:
    """The order after this one, round the ``SORTS``."""
    return SORTS[(SORTS.index(sort) + 1) % len(SORTS)] if sort in SORTS else SORTS[0]


def sorted_articles(articles: Sequence[Article], sort: str, summaries: Mapping[str, Summary]) -> list[Article]:
    """The articles in one of the ``SORTS`` orders; ties (and unknowns, last) keep corpus order."""
    if sort == "date":
        dated = sorted((a for a in articles if a.date), key=lambda a: a.date or "", reverse=True)
        return dated + [a for a in articles if not a.date]
    if sort == "title":
        return sorted(articles, key=lambda a: one_line(a.title).casefold())
    if sort in ("speakers", "claims"):
        def count(article: Article) -> int:
            summary = summaries.get(article.text_hash)
            return -1 if summary is None else int(getattr(summary, sort))

        return sorted(articles, key=count, reverse=True)
    return list(articles)


def listed_articles(
    articles: Sequence[Article],
    filters: Filters,
    read: Collection[object] = (),
    bookmarks: Collection[object] = (),
    summaries: Mapping[str, Summary] | None = None,
) -> list[Article]:
    """The articles the filters let through, in the chosen order.

    ``read`` and ``bookmarks`` answer ``article in marks`` (``MarkSet`` matches by text
    hash or source).
    """
    found = [
        a for a in articles
        if (filters.quoting is None or a.text_hash in filters.quoting)
        and (filters.hits is None or a.text_hash in filters.hits)
        and (not filters.only_bookmarks or a in bookmarks)
        and (not filters.hide_read or a not in read or a.text_hash == filters.keep)
    ]
    return sorted_articles(found, filters.sort, summaries or {})


def quoting(names: Collection[str], summaries: Mapping[str, Summary]) -> frozenset[str]:
    """The text hashes of the articles quoting anyone going by ``names``, read from their summaries."""
    wanted = frozenset(names)
    return frozenset(h for h, summary in summaries.items() if not summary.quoted.isdisjoint(wanted))


def filter_label(filters: Filters) -> str:
    """What the list is filtered by, in a few words ("" when it is not)."""
    labels = [filters.speaker] if filters.quoting is not None and filters.speaker else []
    if filters.hits is not None:
        labels.append(f"“{filters.search}”")
    labels += ["★"] * filters.only_bookmarks + ["unread"] * filters.hide_read
    return " ".join(labels)


def depends_on_counts(sort: str) -> bool:
    """Whether the order changes as analyses arrive."""
    return sort in ("speakers", "claims")
