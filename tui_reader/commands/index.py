"""``newsreader index PATH...``: analyze a corpus ahead of time, in several processes.

Each worker process loads its own spaCy pipeline and analyzes chunks of texts; the
parent alone writes to the library, a transaction per chunk, so Ctrl-C (or a crash)
keeps every chunk already written and the next run carries on from there. With
``--cluster`` the workers are those of a Dask cluster (cluster.py); the writing stays here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

from tui_reader.analysis.cache import CachedAnalyzer, Row, stored_row
from tui_reader.commands.cluster import (
    EXTRA,
    MISSING_EXTRA,
    ClusterError,
    ClusterRun,
    ClusterSpec,
    dask_available,
    parse_spec,
)
from tui_reader.commands.common import open_cache
from tui_reader.corpus.article import Article
from tui_reader.storage.library import Library
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


def analyze_chunk(chunk: list[tuple[str, str]]) -> list[Row]:
    # Runs in a worker process; the pipeline loads once per process on first use.
    from tui_reader.analysis.pipeline import analyze_texts  # deferred: loads spaCy

    analyses = analyze_texts(t for _, t in chunk)
    return [stored_row(h, analysis) for (h, _), analysis in zip(chunk, analyses, strict=True)]


def chunks_of(articles: Sequence[Article]) -> list[list[tuple[str, str]]]:
    """The (hash, text) of the articles in chunks of CHUNK: a task, and a transaction, each."""
    return [[(a.text_hash, a.text) for a in articles[i : i + CHUNK]] for i in range(0, len(articles), CHUNK)]


def analyze_rows(chunks: Sequence[list[tuple[str, str]]], workers: int) -> Iterator[list[Row]]:
    """Stored rows for each chunk of (hash, text), from ``workers`` processes (1: this one)."""
    if workers <= 1:
        for chunk in chunks:
            yield analyze_chunk(chunk)
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
            yield from pool.imap_unordered(analyze_chunk, chunks)
        except BaseException:
            pool.terminate()
            raise


def _read(paths: Sequence[str], library: Library, version: str, console: Console) -> tuple[int, list[Article]]:
    """How many articles the corpus has, and those (one per text) with no result for ``version``."""
    articles = 0
    misses: dict[str, Article] = {}
    done = library.analyzed(version)
    # Web addresses are asked for what changed first: an index is meant to be current.
    for batch in load_with_library(paths, library, refresh=True):
        articles += len(batch.articles)
        misses.update((a.text_hash, a) for a in batch.articles if a.text_hash not in done)
        for problem in batch.problems:
            console.print(Text(f"newsreader: skipped {problem}"), highlight=False)
    return articles, list(misses.values())


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'s' if count != 1 else ''}"


def run_index(options: argparse.Namespace) -> int:
    """Load the corpus into the library and analyze every text it has no result for."""
    console = Console(stderr=True, soft_wrap=True)
    if options.cluster is not None and not dask_available():
        console.print(Text(MISSING_EXTRA))
        return 2
    library = open_cache()
    try:
        with ExitStack() as stack:
            return _index(options, library, console, stack)
    except KeyboardInterrupt:
        console.print("Stopped before any analysis.")
        return 130
    finally:
        library.close()


def _connect(spec: ClusterSpec, version: str, console: Console, stack: ExitStack) -> ClusterRun | None:
    """The cluster, ready for work; None after a message saying why it is not."""
    console.print(Text(f"Connecting to {spec}…"))
    try:
        return stack.enter_context(ClusterRun(spec, version))
    except ClusterError as error:
        console.print(Text(str(error)))
        return None


def _index(options: argparse.Namespace, library: Library, console: Console, stack: ExitStack) -> int:
    version = CachedAnalyzer(library).version
    spec: ClusterSpec | None = options.cluster
    cluster = None
    if spec is not None and spec.address is not None:
        # Before the corpus is read: a wrong cluster fails at once, and its workers load
        # spaCy while this process reads.
        cluster = _connect(spec, version, console, stack)
        if cluster is None:
            return 1
    count, misses = _read(options.paths, library, version, console)
    if not count:
        console.print("newsreader: no articles could be read")
        return 1
    if misses and spec is not None and cluster is None:
        # A local cluster starts only when there is work for it.
        cluster = _connect(spec, version, console, stack)
        if cluster is None:
            return 1
    workers = max(1, options.workers or default_workers())
    if spec is None:
        where = f"with {_plural(workers, 'worker')}"
    else:
        where = f"on {spec}" + (f" ({_plural(cluster.workers(), 'worker')})" if cluster else "")
    console.print(
        Text(f"{count:,} articles; {count - len(misses):,} already analyzed; analyzing {len(misses):,} {where}.")
    )
    if not misses:
        console.print("Nothing to analyze.")
        return 0
    started = time.monotonic()
    written = 0
    columns: list[str | ProgressColumn] = [
        TextColumn("Analyzing"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TextColumn("ETA"), TimeRemainingColumn(),
    ]
    if cluster:
        columns.append(TextColumn("{task.fields[workers]}"))
    chunks = chunks_of(misses)
    try:
        with Progress(*columns, console=console, disable=options.quiet) as progress:
            task = progress.add_task("analyze", total=len(misses), workers="")
            for rows in cluster.rows(chunks) if cluster else analyze_rows(chunks, workers):
                library.put_many(rows, version)
                written += len(rows)
                if cluster:
                    progress.update(task, workers=f"{_plural(cluster.workers(), 'worker')}")
                progress.advance(task, len(rows))
    except KeyboardInterrupt:
        console.print(Text(f"Stopped: {written:,} of {len(misses):,} analyzed and kept; run again to go on."))
        return 130
    except ClusterError as error:
        console.print(Text(f"{error}\n{written:,} of {len(misses):,} analyzed and kept; run again to go on."))
        return 1
    elapsed = time.monotonic() - started
    rate = f" ({written / elapsed:.1f} articles/s)" if written and elapsed > 0 else ""
    console.print(Text(f"Indexed {count:,} articles: {written:,} analyzed in {elapsed:.1f} s{rate}."))
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``index`` subcommand's options."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or feeds of articles")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=0, metavar="N", help="analysis processes (default: one per core)")
    where.add_argument(
        "--cluster", type=parse_spec, metavar="ADDRESS",
        help=f"analyze on a Dask cluster: a scheduler (tcp://host:8786) or local:N worker processes "
             f"(needs pip install '{EXTRA}')",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(args: Sequence[str]) -> int:
    """``newsreader index`` with its arguments."""
    parser = argparse.ArgumentParser(prog="newsreader index", description="Analyze a corpus ahead of time.")
    parser = add_arguments(parser)
    return run_index(parser.parse_args(list(args)))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
