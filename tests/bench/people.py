"""Time the corpus-wide identities on an indexed corpus: the app's People index and the roster.

Not part of ``run.py``: it has no baseline to compare with, only a budget (the app
works the people out again every two seconds while analysis runs, so one build must
stay well under that). Index the corpus first, into a home of your own::

    NEWSREADER_HOME=/tmp/home newsreader index ../shared/corpora/bbc --workers 2
    NEWSREADER_HOME=/tmp/home python -m tests.bench.people ../shared/corpora/bbc

Prints the name groups and the people found, with the first and the median of five builds
of each, wall and CPU time.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sized
from pathlib import Path

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.corpus_wide.roster import corpus_speakers
from tui_reader.commands.common import open_cache
from tui_reader.corpus.reader import load_paths
from tui_reader.ui.logic.speakers import corpus_people

REPEATS = 5


def _timed(build: Callable[[], Sized]) -> tuple[str, Sized]:
    """The first run's and the median run's wall and CPU seconds, and the result. The first
    run also fills the cache of parsed names; CPU time is what a busy machine does not stretch."""
    walls, cpus, result = [], [], None
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        result = build()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    figures = (
        f"first {walls[0]:.3f} s (CPU {cpus[0]:.3f} s), "
        f"median {statistics.median(walls):.3f} s (CPU {statistics.median(cpus):.3f} s)"
    )
    return figures, result


def main(path: str) -> None:
    articles = load_paths([Path(path)]).articles
    analyzer = CachedAnalyzer(open_cache())
    summaries = analyzer.summaries({a.text_hash for a in articles})
    groups = sum(len(s.name_groups) for s in summaries.values())
    figures, people = _timed(lambda: corpus_people(summaries))
    print(f"{path}: {len(summaries):,} summaries, {groups:,} name groups -> {len(people):,} people: {figures}")
    analyses = [a for _, a in analyzer.cached_in_order(articles) if a is not None]
    figures, rows = _timed(lambda: corpus_speakers(analyses))
    print(f"{path}: {len(analyses):,} analyses -> {len(rows):,} roster rows: {figures}")


if __name__ == "__main__":
    main(sys.argv[1])
