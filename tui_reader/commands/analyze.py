"""``newsreader analyze PATH... [--json|--explain]``: the analysis for scripts, evaluation and people.

The JSON shape is the contract of ``shared/eval/README.md``; extra fields are allowed.
The summary prints article text only through rich ``Text`` objects, never markup.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tui_reader.analysis.model import Analysis
from tui_reader.commands.common import load_and_analyze
from tui_reader.corpus.article import Article
from tui_reader.corpus.reader import load_paths
from tui_reader.corpus.sanitize import strip_controls


def article_json(article: Article, analysis: Analysis) -> dict:
    """One article of the JSON output.

    Dates (claims of kind "date") are listed under "dates", apart from "claims": a date is
    no figure, and the evaluation contract counts every item of "claims" as one.
    """
    data = analysis.to_dict()
    for speaker in data["speakers"]:
        speaker.pop("mentions", None)  # offsets of every name: UI detail, noise for scripts
    data["dates"] = [c for c in data["claims"] if c["kind"] == "date"]
    data["claims"] = [c for c in data["claims"] if c["kind"] != "date"]
    return {
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "text": article.text,
        "cleaning": article.notes,
        **data,
    }


def print_summary(article: Article, analysis: Analysis) -> None:
    """A readable digest of one article for a terminal."""
    from rich.console import Console  # deferred: JSON output does not need rich
    from rich.table import Table
    from rich.text import Text

    console = Console()
    console.rule(Text(article.title, style="bold"))
    console.print(Text(strip_controls(article.source), style="dim"))  # a file name can hold escape sequences
    speakers = Table("Speaker", "Role", "Quotes", title="Speakers", title_justify="left", expand=True)
    for s in analysis.speakers:
        speakers.add_row(Text(s.name, style="bold"), Text(s.role or ""), str(s.quotes))
    console.print(speakers)
    quotes = Table("Kind", "Speaker", "Quote", title="Quotes", title_justify="left", expand=True)
    for q in analysis.quotes:
        quotes.add_row(q.kind, Text(q.speaker or "—"), Text(q.text if len(q.text) < 160 else q.text[:157] + "…"))
    console.print(quotes)
    claims = Table("Figure", "Value", "Unit", "Asserted by", title="Claims", title_justify="left", expand=True)
    for c in analysis.claims:
        value = "" if c.value is None else f"{'~' if c.approx else ''}{c.value:,.10g}"
        claims.add_row(Text(c.text), value, Text(c.unit or ""), Text(c.speaker or "the article"))
    console.print(claims)


def print_explanations(paths: list[str]) -> int:
    """Each article's speaker choices, quote by quote, with the evidence (never cached: the
    explanation is of the rules as they are now)."""
    from tui_reader.analysis.speech.explain import explain_texts  # deferred: loads spaCy

    loaded = load_paths([Path(p) for p in paths])
    for problem in loaded.problems:
        print(f"newsreader: skipped {problem}", file=sys.stderr)
    if not loaded.articles:
        print("newsreader: no articles could be read", file=sys.stderr)
        return 1
    for article, lines in zip(loaded.articles, explain_texts(a.text for a in loaded.articles), strict=True):
        print(strip_controls(f"== {article.title} ({article.source})"))
        for line in lines:
            print(strip_controls(line))  # article text: no escape sequence reaches the terminal
        print()
    return 0


def run_analyze(options: argparse.Namespace) -> int:
    """Analyze the paths and print JSON, a summary or the explained speaker choices; 1 when
    nothing could be read."""
    if getattr(options, "explain", False):
        return print_explanations(options.paths)
    results = load_and_analyze(options.paths, use_cache=not options.no_cache)
    if results is None:
        return 1
    if options.json:
        payload = {"articles": [article_json(a, r) for a, r in results]}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for article, analysis in results:
            print_summary(article, analysis)
    return 0
