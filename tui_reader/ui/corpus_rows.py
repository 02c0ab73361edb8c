"""Rows of the corpus-wide views, built from articles and their analyses: pure, no widgets."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from tui_reader.analysis.corpus_wide.compare import group_claims
from tui_reader.analysis.model import Analysis, Claim
from tui_reader.corpus.article import Article
from tui_reader.figures import group_label, measured_ends, spread, value_text
from tui_reader.ui.labels import claim_context
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


def claim_rows(items: Iterable[tuple[Article, Analysis]]) -> list[TableRow]:
    """Every claim, grouped by what it counts; groups whose figures differ come first."""
    articles: dict[str, Article] = {}
    pairs: list[tuple[str, Claim]] = []
    for article, analysis in items:
        articles[article.text_hash] = article
        pairs.extend((article.text_hash, claim) for claim in analysis.claims)
    rows: list[TableRow] = []
    for group in group_claims(pairs):
        ends = measured_ends([claim for _, claim in group.items])
        title = f"{group_label(group.unit, group.subject)} — {spread(group.values, len(group.items), ends)}"
        rows.append(TableRow((title,), header=True))
        for text_hash, claim in group.items:
            article = articles[text_hash]
            rows.append(TableRow(
                (value_text(claim), claim.speaker or "the article", article.title, claim_context(article.text, claim)),
                Jump(text_hash, claim.start, claim.end),
            ))
    return rows
