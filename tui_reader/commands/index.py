"""``newsreader index PATH...``: analyze a corpus ahead of time, in several processes.

Each worker process loads its own spaCy pipeline and analyzes chunks of texts; the
parent alone writes to the library, a transaction per chunk, so Ctrl-C (or a crash)
keeps every chunk already written and the next run carries on from there.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from tui_reader.analysis.cache import CachedAnalyzer, Row, stored_row
from tui_reader.commands.common import open_cache
from tui_reader.corpus.article import Article
from tui_reader.storage.loading import load_with_library

# Texts per task sent to a worker: big enough for nlp.pipe to batch, small enough that
# both workers stay busy to the end and Ctrl-C loses little.
CHUNK = 8


class RateColumn(ProgressColumn):
    """Articles per second since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time if task.finished else task.elapsed
        if not elapsed or not task.completed:
            return Text("– articles/s", style="progress.data.speed")
        return Text(f"{task.completed / elapsed:.1f} articles/s", style="progress.data.speed")


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, and workers
    # dying mid-chunk would only add tracebacks.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _analyze_chunk(chunk: list[tuple[str, str]]) -> list[Row]:
    # Runs in a worker process; the pipeline loads once per process on first use.
    from tui_reader.analysis.pipeline import analyze_texts  # deferred: loads spaCy

    return [stored_row(h, analysis) for (h, _), analysis in zip(chunk, analyze_texts(t for _, t in chunk))]


def analyze_rows(misses: Sequence[Article], workers: int) -> Iterator[list[Row]]:
    """Stored rows for the texts, a chunk at a time, from ``workers`` processes (1: this one)."""
    chunks = [[(a.text_hash, a.text) for a in misses[i : i + CHUNK]] for i in range(0, len(misses), CHUNK)]
    if workers <= 1:
        for chunk in chunks:
            yield _analyze_chunk(chunk)
        return
    import multiprocessing  # deferred: only the parallel path needs it

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    if context.get_start_method() == "fork":
        from tui_reader.analysis.nlp import get_nlp  # deferred: loads spaCy

        # Loaded once here, the pipeline is shared by every forked worker (copy on write)
        # instead of being loaded again in each. The workers never touch the parent's
        # SQLite connection or its progress thread.
        get_nlp()
    with context.Pool(workers, initializer=_ignore_interrupts) as pool:
        try:
            yield from pool.imap_unordered(_analyze_chunk, chunks)
        except BaseException:
            pool.terminate()
            raise


def run_index(options: argparse.Namespace) -> int:
    """Load the corpus into the library and analyze every text it has no result for."""
    console = Console(stderr=True, soft_wrap=True)
    library = open_cache()
    analyzer = CachedAnalyzer(library)
    articles: list[Article] = []
    # Web addresses are asked for what changed first: an index is meant to be current.
    for batch in load_with_library(options.paths, library, refresh=True):
        articles += batch.articles
        for problem in batch.problems:
            console.print(Text(f"newsreader: skipped {problem}"), highlight=False)
    if not articles:
        console.print("newsreader: no articles could be read")
        return 1
    done = library.analyzed(analyzer.version)
    misses = list({a.text_hash: a for a in articles if a.text_hash not in done}.values())
    workers = max(1, options.workers or default_workers())
    console.print(
        Text(f"{len(articles):,} articles; {len(articles) - len(misses):,} already analyzed; "
             f"analyzing {len(misses):,} with {workers} worker{'s' if workers != 1 else ''}.")
    )
    started = time.monotonic()
    written = 0
    if not misses:
        library.close()
        console.print("Nothing to analyze.")
        return 0
    columns = (
        TextColumn("Analyzing"), BarColumn(), MofNCompleteColumn(), RateColumn(), TextColumn("ETA"), TimeRemainingColumn(),
    )
    try:
        with Progress(*columns, console=console, disable=options.quiet) as progress:
            task = progress.add_task("analyze", total=len(misses))
            for rows in analyze_rows(misses, workers):
                library.put_many(rows, analyzer.version)
                written += len(rows)
                progress.advance(task, len(rows))
    except KeyboardInterrupt:
        console.print(Text(f"Stopped: {written:,} of {len(misses):,} analyzed and kept; run again to go on."))
        return 130
    finally:
        library.close()
    elapsed = time.monotonic() - started
    rate = f" ({written / elapsed:.1f} articles/s)" if written and elapsed > 0 else ""
    console.print(Text(f"Indexed {len(articles):,} articles: {written:,} analyzed in {elapsed:.1f} s{rate}."))
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``index`` subcommand's options."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, feeds or web addresses of articles")
    parser.add_argument("--workers", type=int, default=0, metavar="N", help="analysis processes (default: one per core)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(args: Sequence[str]) -> int:
    """``newsreader index`` with its arguments."""
    parser = add_arguments(argparse.ArgumentParser(prog="newsreader index", description="Analyze a corpus ahead of time."))
    return run_index(parser.parse_args(list(args)))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
