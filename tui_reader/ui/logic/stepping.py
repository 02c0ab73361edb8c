"""Stepping through quotes, search matches and claims with n/N and c/C: pure functions."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tui_reader.analysis.model import Analysis, Claim, Quote
from tui_reader.ui.labels import listed_claims

Span = tuple[int, int]


def quote_spans(
    analysis: Analysis | None, matches: Sequence[Span] = (), names: Collection[str] | None = None
) -> list[Span]:
    """What n/N visit: the search matches while searching; else the quotes of ``names``
    (everyone's when None), scare quotes and unattributed ones left out."""
    if matches:
        return list(matches)
    if analysis is None:
        return []
    return sorted(
        (q.start, q.end) for q in analysis.quotes
        if q.speaker and q.kind != "scare" and (names is None or q.speaker in names)
    )


def claim_spans(analysis: Analysis | None) -> list[Span]:
    """What c/C visit: the listed claims (dates apart), in text order."""
    return [(c.start, c.end) for c in listed_claims(analysis)]


def step(spans: Sequence[Span], forward: bool, mark: Span | None, top: int) -> Span | None:
    """The next (or previous) span from the mark, else from ``top`` (the first offset on
    screen); wraps around at either end. None when there is nothing to visit."""
    if not spans:
        return None
    if mark is not None:
        here = mark
    else:
        here = (top - 1, top - 1) if forward else (top, top)
    if forward:
        return next((s for s in spans if s > here), spans[0])
    return next((s for s in reversed(spans) if s < here), spans[-1])


def item_at(analysis: Analysis | None, mark: Span | None) -> Quote | Claim | None:
    """The quote or claim the reader jumped to: the one whose span is the mark."""
    if analysis is None or mark is None:
        return None
    items: list[Quote | Claim] = [*analysis.quotes, *analysis.claims]
    return next((item for item in items if (item.start, item.end) == mark), None)
