"""``newsreader claims PATH... [--csv|--json]``: every numeric claim of a corpus, grouped.

Claims are grouped by what they count (``analysis.compare``) so that differing figures
for the same thing stand next to each other, in the table and in the exports alike.

The terminal table is built from rich ``Text`` objects, never markup: article text is
untrusted. Values, group labels and CSV cells read as in the app and the exports
(``tui_reader.figures``): a text cell a spreadsheet would run as a formula gets a
leading quote, numbers stay plain so that spreadsheets still sum them.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence

from tui_reader.analysis.corpus_wide.compare import ClaimGroup, group_claims
from tui_reader.analysis.model import Analysis, Claim
from tui_reader.commands.common import load_and_analyze
from tui_reader.corpus.article import Article
from tui_reader.figures import csv_cell, group_label, plural, value_text

FIELDS = (
    "source", "title", "date", "text", "value", "low", "high", "approx", "direction",
    "unit", "subject", "kind", "speaker", "sentence", "group",
)


def claims_parser() -> argparse.ArgumentParser:
    """The options of ``newsreader claims``."""
    parser = argparse.ArgumentParser(
        prog="newsreader claims",
        description="List every numeric claim, grouped by what it counts so that differing figures meet.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or web addresses (feeds, pages)")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="print CSV (one row per claim)")
    form.add_argument("--json", action="store_true", help="print JSON ({'claims': [...]})")
    parser.add_argument("--no-cache", action="store_true", help="analyze again, ignoring and not writing the cache")
    return parser


def main(argv: Sequence[str]) -> int:
    """Entry point for ``newsreader claims``; quiet when its output pipe closes early."""
    options = claims_parser().parse_args(list(argv))
    try:
        return run_claims(options)
    except BrokenPipeError:
        sys.stderr.close()  # piped into `head`: stop quietly, as Unix tools do
        return 0


def run_claims(options: argparse.Namespace) -> int:
    """Analyze the paths and print their claims; 1 when nothing could be read."""
    results = load_and_analyze(options.paths, use_cache=not options.no_cache)
    if results is None:
        return 1
    groups = corpus_groups(results)
    if options.json:
        rows = [claim_row(a, c, g) for g in groups for a, c in g.items]
        json.dump({"claims": rows}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif options.csv:
        write_csv(groups, sys.stdout)
    else:
        print_table(groups)
    return 0


def corpus_groups(results: Iterable[tuple[Article, Analysis]]) -> list[ClaimGroup[Article]]:
    """The claims of every article, grouped; the article itself is the group item's key."""
    return group_claims((article, claim) for article, analysis in results for claim in analysis.claims)


def claim_row(article: Article, claim: Claim, group: ClaimGroup) -> dict:
    """One claim as a flat record with its article and sentence (the export fields)."""
    known = claim.sentence_end > claim.sentence_start
    sentence = article.text[claim.sentence_start : claim.sentence_end] if known else ""
    return {
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "text": claim.text,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "approx": claim.approx,
        "direction": claim.direction,
        "unit": claim.unit,
        "subject": claim.subject,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "sentence": " ".join(sentence.split()),
        "group": group_label(group.unit, group.subject),
    }


def write_csv(groups: list[ClaimGroup[Article]], out) -> None:
    """Every claim as a CSV row, with a header, in group order."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for group in groups:
        for article, claim in group.items:
            row = claim_row(article, claim, group)
            writer.writerow([csv_cell(row[name]) for name in FIELDS])


def print_table(groups: list[ClaimGroup[Article]], console=None) -> None:
    """The claims as a rich table, one section per group, built from ``Text`` only."""
    from rich.console import Console  # deferred: the exports do not need rich
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    table = Table(title="Claims by what they count", title_justify="left", expand=True)
    for name, ratio in (("Figure", 3), ("Value", 3), ("Asserted by", 3), ("Article", 4)):
        table.add_column(name, ratio=ratio)
    for group in groups:
        count = Text(plural(len(group.items), "claim"), style="dim")
        if group.differs:
            count.append(f", {len(group.values)} figures", style="yellow")
        table.add_row(Text(group_label(group.unit, group.subject), style="bold"), Text(), Text(), count)
        for i, (article, claim) in enumerate(group.items):
            table.add_row(
                Text(claim.text),
                Text(value_text(claim)),
                Text(claim.speaker or "the article"),
                Text(article.title, overflow="ellipsis", no_wrap=True),
                end_section=i == len(group.items) - 1,
            )
    console.print(table)
