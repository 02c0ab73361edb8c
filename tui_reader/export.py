"""Quotes and claims out of the app: Markdown, CSV or JSON files, and text for the clipboard.

Article text is untrusted, so every string that leaves here has terminal control
sequences and invisible controls removed (``strip_controls``) and runs of whitespace
collapsed to one space; Markdown escapes what would become formatting, and CSV guards
its text cells against spreadsheet formulas.

JSON (``fmt="json"``), a stable structure::

    {
      "format": "newsreader-export", "version": 1,
      "articles": [
        {
          "title": str, "source": str, "date": str | null, "url": str | null, "text_hash": str,
          "quotes": [
            {"speaker": str | null, "kind": "direct" | "partial" | "indirect" | "scare",
             "text": str, "start": int, "end": int}
          ],
          "claims": [
            {"text": str, "value": number | null, "low": number | null, "high": number | null,
             "unit": str | null, "kind": str, "approx": bool, "direction": str | null,
             "speaker": str | null, "value_text": str, "sentence": str, "start": int, "end": int}
          ]
        }
      ]
    }

``start``/``end`` are character offsets into the article's cleaned text; ``speaker``
null on a claim means the article itself asserts it; ``value_text`` is the value in
words ("more than 84,000 jobs"); ``sentence`` is the sentence the claim is in.

CSV (``fmt="csv"``): one row per quote or claim, the ``record`` column saying which,
with the columns of ``CSV_COLUMNS``. Numbers (``value``, ``low``, ``high``, ``start``,
``end``) are plain numbers; a text cell starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return gets a leading ``'`` so a spreadsheet shows it rather than runs it.

Markdown (``fmt="markdown"``): per article a heading, its source, date and URL (as text,
never a link), then a table of quotes and a table of claims with the claim in bold in
its sentence.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from tui_reader.analysis.model import Analysis, Claim, Quote
from tui_reader.corpus.article import Article
from tui_reader.figures import csv_cell, value_text
from tui_reader.figures import one_line as clean

Format = Literal["markdown", "csv", "json"]
EXTENSIONS: dict[str, str] = {"markdown": ".md", "csv": ".csv", "json": ".json"}
FORMAT_NAME = "newsreader-export"
FORMAT_VERSION = 1
CSV_COLUMNS = (
    "record", "title", "source", "date", "url", "speaker", "kind", "text",
    "value", "low", "high", "unit", "approx", "direction", "value_text", "sentence", "start", "end",
)


_BY_SUFFIX: dict[str, Format] = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json"}


def format_for(path: Path) -> Format | None:
    """The export format a file name asks for, by its extension."""
    return _BY_SUFFIX.get(path.suffix.lower())


def _optional(text: str | None) -> str | None:
    return clean(text) if text is not None else None


def _number(value: float | None) -> int | float | None:
    """A value for a number column: whole numbers as ints, nothing for NaN or infinity."""
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else value


def _sentence_span(claim: Claim, article: Article) -> tuple[int, int]:
    if claim.sentence_end > claim.sentence_start:
        return claim.sentence_start, claim.sentence_end
    return claim.start, claim.end


def claim_sentence(claim: Claim, article: Article) -> str:
    """The sentence a claim is in (the claim's own words when the sentence is unknown)."""
    start, end = _sentence_span(claim, article)
    return clean(article.text[start:end]) or clean(claim.text)


# -- records: the one reading of an article that every format writes ------------------


def _article_record(article: Article, analysis: Analysis | None) -> dict[str, Any]:
    quotes = sorted(analysis.quotes, key=lambda q: (q.start, q.end)) if analysis else []
    claims = sorted(analysis.claims, key=lambda c: (c.start, c.end)) if analysis else []
    return {
        "title": clean(article.title),
        "source": clean(article.source),
        "date": _optional(article.date),
        "url": _optional(article.url),
        "text_hash": article.text_hash,
        "quotes": [
            {"speaker": _optional(q.speaker), "kind": q.kind, "text": clean(q.text), "start": q.start, "end": q.end}
            for q in quotes
        ],
        "claims": [
            {
                "text": clean(c.text), "value": _number(c.value), "low": _number(c.low), "high": _number(c.high),
                "unit": _optional(c.unit), "kind": c.kind, "approx": bool(c.approx),
                "direction": _optional(c.direction), "speaker": _optional(c.speaker),
                "value_text": value_text(c, words=True), "sentence": claim_sentence(c, article),
                "start": c.start, "end": c.end,
            }
            for c in claims
        ],
    }


def export_articles(items: Iterable[tuple[Article, Analysis | None]], fmt: Format) -> str:
    """One article or a filtered list, with its quotes and claims, as Markdown, CSV or JSON."""
    writers = {"markdown": _markdown, "csv": _csv, "json": _json}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(writers)})")
    articles = [(_article_record(article, analysis), article, analysis) for article, analysis in items]
    return writers[fmt](articles)


def _json(articles: list[tuple[dict[str, Any], Article, Analysis | None]]) -> str:
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "articles": [r for r, _, _ in articles]}
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# -- CSV ----------------------------------------------------------------------------------

def _csv(articles: list[tuple[dict[str, Any], Article, Analysis | None]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for record, _, _ in articles:
        about = {key: record[key] for key in ("title", "source", "date", "url")}
        for quote in record["quotes"]:
            row = {**about, **quote, "record": "quote"}
            writer.writerow([csv_cell(row.get(column)) for column in CSV_COLUMNS])
        for claim in record["claims"]:
            row = {**about, **claim, "record": "claim"}
            writer.writerow([csv_cell(row.get(column)) for column in CSV_COLUMNS])
    return out.getvalue()


# -- Markdown -----------------------------------------------------------------------------

# Everything that can start formatting, a link, HTML, an entity or a table cell. A
# backslash before any ASCII punctuation is always a literal in CommonMark and GFM.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~&$^])")


def markdown_text(text: str | None) -> str:
    """Untrusted text as literal Markdown: cleaned, single-line, specials escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))


def _cell(text: str | None, empty: str = "—") -> str:
    return markdown_text(text) or empty


def _table(header: tuple[str, ...], rows: list[list[str]]) -> list[str]:
    return [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]


def _claim_in_sentence(claim: Claim, article: Article) -> str:
    """The claim's sentence with the claim itself in bold."""
    start, end = _sentence_span(claim, article)
    if not start <= claim.start < claim.end <= end:
        return _cell(claim_sentence(claim, article))
    text = article.text
    before = markdown_text(text[start : claim.start])
    after = markdown_text(text[claim.end : end])
    spaced_before = f"{before} " if before and text[claim.start - 1 : claim.start].isspace() else before
    spaced_after = f" {after}" if after and text[claim.end : claim.end + 1].isspace() else after
    return f"{spaced_before}**{markdown_text(text[claim.start : claim.end])}**{spaced_after}"


def _markdown(articles: list[tuple[dict[str, Any], Article, Analysis | None]]) -> str:
    lines = ["# newsreader export", ""]
    for record, article, analysis in articles:
        lines += [f"## {_cell(record['title'], 'Untitled')}", ""]
        lines.append(f"- Source: {_cell(record['source'])}")
        for label, key in (("Date", "date"), ("URL", "url")):
            if record[key]:
                lines.append(f"- {label}: {markdown_text(record[key])}")
        lines += ["", f"### Quotes ({len(record['quotes'])})", ""]
        if record["quotes"]:
            rows = [[_cell(q["speaker"]), _cell(q["kind"]), _cell(q["text"])] for q in record["quotes"]]
            lines += [*_table(("Speaker", "Kind", "Quote"), rows), ""]
        else:
            lines += ["No quotes found.", ""]
        claims = sorted(analysis.claims, key=lambda c: (c.start, c.end)) if analysis else []
        lines += [f"### Claims ({len(claims)})", ""]
        if claims:
            rows = [
                [
                    _cell(c["text"]), _cell(c["value_text"]), _cell(c["kind"]), _cell(c["speaker"], "the article"),
                    _claim_in_sentence(claim, article),
                ]
                for c, claim in zip(record["claims"], claims, strict=True)
            ]
            lines += [*_table(("Claim", "Value", "Kind", "Speaker", "Sentence"), rows), ""]
        else:
            lines += ["No claims found.", ""]
    return "\n".join(lines)


# -- the clipboard ------------------------------------------------------------------------


def clip_text(item: Quote | Claim, article: Article) -> str:
    """Text to copy for the quote or claim under the cursor, with who said it and where.

    A quote comes in quotation marks (reported speech is labelled as such instead);
    a claim comes with its value and its sentence.
    """
    where = f"in “{clean(article.title) or 'Untitled'}”"
    if article.date:
        where += f" ({clean(article.date)})"
    if isinstance(item, Quote):
        speaker = clean(item.speaker) or "unattributed"
        if item.kind == "indirect":
            line = f"{speaker}, reported: {clean(item.text)} — {where}"
        else:
            line = f"“{clean(item.text)}” — {speaker}, {where}"
    elif isinstance(item, Claim):
        said = f", according to {clean(item.speaker)}" if item.speaker else ""
        line = f"{value_text(item, words=True)}{said}: “{claim_sentence(item, article)}” — {where}"
    else:
        raise TypeError(f"clip_text takes a Quote or a Claim, not {type(item).__name__}")
    url = clean(article.url)
    return f"{line}\n{url}" if url else line


# -- files --------------------------------------------------------------------------------


def write_export(path: Path | str, text: str) -> Path:
    """Write an export atomically (a temporary file, then a rename); returns the path written.

    An existing file is replaced whole or not at all; a folder is never replaced
    (IsADirectoryError). A symbolic link is followed, so its target is what changes.
    """
    path = Path(path).expanduser()
    if path.is_symlink():
        path = path.resolve()
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder; choose a file name", str(path))
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
