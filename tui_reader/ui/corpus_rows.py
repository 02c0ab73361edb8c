"""Rows of the corpus-wide views, built from articles and their analyses: pure, no widgets."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from tui_reader.analysis.corpus_wide.compare import group_claims
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.ui.labels import claim_context, claim_value, format_number
from tui_reader.ui.widgets.line_table import TableRow

QUOTE_COLUMNS = [("Date", 10), ("Article", 30), ("Kind", 8), ("Quote", 30)]
CLAIM_COLUMNS = [("Figure", 18), ("Who says so", 20), ("Article", 28), ("In context", 30)]
KIND_LABELS = {"direct": "quote", "partial": "partial", "indirect": "reported"}


@dataclass(frozen=True, slots=True)
class Jump:
    """Open this article and mark this span."""

    text_hash: str
    start: int
    end: int


def quote_rows(names: Collection[str], items: Iterable[tuple[Article, Analysis]]) -> list[TableRow]:
    """Every quote by someone going by one of ``names``, oldest article first."""
    found = []
    for order, (article, analysis) in enumerate(items):
        for quote in analysis.quotes:
            if quote.speaker in names and quote.kind in KIND_LABELS:
                found.append(((article.date or "", order, quote.start), article, quote))
    found.sort(key=lambda entry: entry[0])
    return [
        TableRow(
            ((article.date or "")[:10], article.title, KIND_LABELS[quote.kind], quote.text),
            Jump(article.text_hash, quote.start, quote.end),
        )
        for _, article, quote in found
    ]


def _group_title(unit: str, subject: str, values: list[float], count: int) -> str:
    parts = [subject, unit] if subject != unit else [unit]
    what = " · ".join(part for part in parts if part) or "unspecified"
    if len(values) > 1:
        spread = f"{len(values)} different figures, {format_number(values[0])} to {format_number(values[-1])}"
    else:
        spread = f"{count} claim{'s' if count != 1 else ''}"
    return f"{what} — {spread}"


def claim_rows(items: Iterable[tuple[Article, Analysis]]) -> list[TableRow]:
    """Every claim, grouped by what it counts; groups whose figures differ come first."""
    articles: dict[str, Article] = {}
    pairs = []
    for article, analysis in items:
        articles[article.text_hash] = article
        pairs.extend((article.text_hash, claim) for claim in analysis.claims)
    rows: list[TableRow] = []
    for group in group_claims(pairs):
        rows.append(TableRow((_group_title(group.unit, group.subject, group.values, len(group.items)),), header=True))
        for text_hash, claim in group.items:
            article = articles[text_hash]
            rows.append(TableRow(
                (claim_value(claim), claim.speaker or "the article", article.title, claim_context(article.text, claim)),
                Jump(text_hash, claim.start, claim.end),
            ))
    return rows
