"""Refreshing the followed feeds while the reader reads: plain objects and functions.

What a refresh changes in the list (``merge_items``), what the line under the list says
while it runs (``RefreshProgress``), what each feed's trouble tells the reader
(``feed_notice``) and which feeds a refresh at start still has to ask (``not_checked_since``).
The screen runs the refresh in a worker and stores what these return. This module is
imported when a refresh starts, never on the way to the first frame.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from tui_reader.corpus.article import Article

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.storage.feeds import FeedState
    from tui_reader.storage.refresh import FeedReport


@dataclass(slots=True)
class Merged:
    """The corpus with a feed's items merged in."""

    articles: list[Article]
    """Every article, the new items among them."""
    added: list[Article] = field(default_factory=list)
    """Items that were not listed before."""
    replaced: dict[str, Article] = field(default_factory=dict)
    """Listed items whose text changed (a summary completed from its page), by their old text hash."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def merge_items(articles: Sequence[Article], items: Sequence[Article], keep: Collection[str] = ()) -> Merged:
    """A feed's items (in feed order) merged into the listed articles.

    An item is the listed article with its source (its link); when its text changed it
    takes that article's place, unless that article's text hash is in ``keep`` (the open
    one: its text does not change under the reader). An item whose text is listed
    already (through a file, another feed) is left out. The others are new: each goes
    just before the next item of its feed that is listed, so the feed's order holds
    (new stories on top of a feed stay on top of its block); after the last one listed,
    or at the end when none of the feed's items is listed yet.
    """
    at = {article.source: i for i, article in enumerate(articles)}
    hashes = {article.text_hash for article in articles}
    result = Merged(list(articles))
    before: dict[int, list[Article]] = {}  # new items, by the index of the article they go before
    waiting: list[Article] = []
    last: int | None = None
    for item in items:
        index = at.get(item.source)
        if index is None:
            if item.text_hash not in hashes:
                hashes.add(item.text_hash)
                waiting.append(item)
            continue
        old = articles[index]
        if old.text_hash not in keep and item.text_hash not in hashes:
            hashes.add(item.text_hash)
            result.articles[index] = item
            result.replaced[old.text_hash] = item
        if waiting:
            before.setdefault(index, []).extend(waiting)
        waiting, last = [], index
    if waiting:
        before.setdefault(len(articles) if last is None else last + 1, []).extend(waiting)
    if before:
        result.added = [item for index in sorted(before) for item in before[index]]
        merged: list[Article] = []
        for index, article in enumerate(result.articles):
            merged += before.get(index, [])
            merged.append(article)
        result.articles = merged + before.get(len(articles), [])
    return result


@dataclass(slots=True)
class RefreshProgress:
    """How far a refresh has got: feeds done of all, and how many failed."""

    total: int
    done: int = 0
    failed: int = 0

    def heard(self, report: FeedReport) -> None:
        """One more feed is done."""
        self.done += 1
        self.failed += report.failed

    def text(self) -> str:
        """The line under the list: "Feeds 2/5…", "Feeds 3/5, 1 failed…"."""
        failed = f", {self.failed} failed" if self.failed else ""
        return f"Feeds {self.done}/{self.total}{failed}…"


Severity = Literal["information", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A line to tell the reader about one feed."""

    text: str
    title: str
    severity: Severity


def feed_notice(report: FeedReport) -> Notice | None:
    """What to tell of a feed once it is done: its failure, or what went wrong short of one.

    Each feed is one line: the reason it failed (naming what is still shown of it), or
    its first warning and how many more (pages not had: one per item would bury the screen).
    """
    if report.failed:
        return Notice(report.line(), "Feed not refreshed", "warning")
    if report.warnings:
        more = len(report.warnings) - 1
        rest = f" (and {more} more)" if more else ""
        return Notice(f"{report.url}: {report.warnings[0]}{rest}", "Feed refreshed in part", "information")
    return None


def not_checked_since(urls: Iterable[str], states: Mapping[str, FeedState], since: float) -> list[str]:
    """The feeds not asked since ``since`` (a feed fetched for the first time while loading
    need not be asked again by the refresh at start)."""
    found = []
    for url in urls:
        state = states.get(url)
        if state is None or state.last_checked is None or state.last_checked < since:
            found.append(url)
    return found
