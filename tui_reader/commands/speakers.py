"""``newsreader speakers PATH... [--json] [--limit N] [--all]``: who is quoted across a corpus.

One row per person or organisation (names merged across articles, see
``analysis.corpus_wide.identity``), most quoted first. Names come from article text, so
the table is built from rich ``Text`` objects, never markup.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from tui_reader.analysis.corpus_wide.roster import CorpusSpeaker, corpus_speakers
from tui_reader.commands.common import load_and_analyze
from tui_reader.corpus.sanitize import strip_controls


def print_table(rows: list[CorpusSpeaker], total: int) -> None:
    """The speakers as a table for a terminal."""
    from rich.console import Console  # deferred: JSON output does not need rich
    from rich.table import Table
    from rich.text import Text

    title = Text(f"Speakers ({len(rows)} of {total})" if len(rows) < total else f"Speakers ({total})")
    table = Table("Speaker", "Kind", "Role", "Articles", "Quotes", title=title, title_justify="left", expand=True)
    for row in rows:
        table.add_row(
            Text(strip_controls(row.name), style="bold"),
            Text(row.kind),
            Text(strip_controls(row.role or "")),
            Text(str(row.articles), justify="right"),
            Text(str(row.quotes), justify="right"),
        )
    Console().print(table)


def run_speakers(options: argparse.Namespace) -> int:
    """Analyze the paths and list their speakers; 1 when nothing could be read."""
    results = load_and_analyze(options.paths, use_cache=not options.no_cache)
    if results is None:
        return 1
    rows = corpus_speakers((analysis for _, analysis in results), include_all=options.all)
    shown = rows if options.limit is None else rows[: max(options.limit, 0)]
    if options.json:
        json.dump({"speakers": [asdict(r) for r in shown]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_table(shown, len(rows))
    return 0
