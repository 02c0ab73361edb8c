"""Bench 7: ``newsreader index --cluster local:2`` against ``--workers 2``; the client's write and read rates.

The two commands run alternately (A B B A), each into a fresh home, timed as the user
sees them. The client's write rate (rows/s, a transaction per chunk as ``index``
commits them) is the ceiling for any cluster size; its read rate (reading and cleaning
files, before any analysis) is a phase of its own. Both feed the estimate printed for
the README: an archive of 1 and 10 million articles on N workers.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import REPO, Options, Row, bench_env, copy_bbc, median
from tui_reader.commands.index import CHUNK
from tui_reader.storage.library import Library
from tui_reader.storage.loading import load_with_library

GOAL = 0.9
WRITE_ROWS = 40_000
ARCHIVES = (1_000_000, 10_000_000)
CLUSTER_SIZES = (2, 8, 32, 128, 512, 2048)
_ANALYZED = re.compile(r"(\d[\d,]*) analyzed in ([\d.]+) s")


def timed_index(corpus: Path, home: Path, *where: str) -> tuple[float, float]:
    """Wall seconds of one ``newsreader index`` run, and the seconds its analysis phase took."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tui_reader", "index", str(corpus), *where, "--quiet"],
        env=bench_env(home), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    wall = time.perf_counter() - began
    found = _ANALYZED.search(done.stderr)
    if done.returncode or not found:
        raise RuntimeError(f"newsreader index {' '.join(where)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, float(found.group(2))


def stored_rows(home: Path) -> list[tuple[str, dict, dict, list[str]]]:
    """The rows a run stored, as ``Library.put_many`` takes them."""
    import json

    with sqlite3.connect(home / "data" / "library.sqlite3") as db:
        names: dict[str, list[str]] = {}
        for name, text_hash in db.execute("SELECT name, text_hash FROM names"):
            names.setdefault(text_hash, []).append(name)
        return [
            (h, json.loads(result), json.loads(summary), names.get(h, []))
            for h, result, summary in db.execute("SELECT text_hash, result, summary FROM analysis")
        ]


def write_rate(rows: list[tuple[str, dict, dict, list[str]]], folder: Path, total: int) -> tuple[float, float]:
    """Rows per second written into a fresh library a chunk per transaction, over ``total`` rows
    (the real rows again under new hashes); overall, and over the last quarter (a fuller table)."""
    copies = [
        [(f"{copy:05}{h}", result, summary, names) for h, result, summary, names in rows]
        for copy in range(-(-total // len(rows)))
    ]
    chunks = [copy[i : i + CHUNK] for copy in copies for i in range(0, len(copy), CHUNK)]
    first = len(chunks) * 3 // 4
    library = Library(folder / "library.sqlite3")
    try:
        timed: list[tuple[int, float]] = []
        for part in (chunks[:first], chunks[first:]):
            began = time.perf_counter()
            for chunk in part:
                library.put_many(chunk, "bench")
            timed.append((sum(map(len, part)), time.perf_counter() - began))
    finally:
        library.close()
    (early, early_s), (late, late_s) = timed
    return (early + late) / (early_s + late_s), late / late_s


def read_rate(corpus: Path, folder: Path) -> float:
    """Articles per second the client reads and cleans into a fresh library."""
    library = Library(folder / "library.sqlite3")
    began = time.perf_counter()
    count = sum(len(batch.articles) for batch in load_with_library([corpus], library))
    elapsed = time.perf_counter() - began
    library.close()
    return count / elapsed


def _duration(seconds: float) -> str:
    hours = seconds / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.1f} h"


def estimate_table(per_worker: float, writes: float, reads: float) -> str:
    """The README's estimate: analysis time for each archive on N workers, and what limits it.

    The analysis runs at N x the per-worker rate until the client's writes cap it; reading
    the files is a phase before it, at the client's read rate, whatever N.
    """
    lines = [
        "| workers | analysis rate | limited by | 1 million articles | 10 million articles |",
        "|---|---|---|---|---|",
    ]
    for n in CLUSTER_SIZES:
        rate = min(n * per_worker, writes)
        limit = "the workers" if n * per_worker < writes else "the client's writes"
        times = " | ".join(_duration(count / rate) for count in ARCHIVES)
        lines.append(f"| {n:,} | {rate:,.0f} articles/s | {limit} | {times} |")
    reading = ", ".join(f"{_duration(count / reads)} for {count // 1_000_000} million" for count in ARCHIVES)
    return "\n".join(lines) + (
        f"\n\nThe client's writes limit from about {writes / per_worker:,.0f} workers on. Reading the files comes "
        f"first, in the client, and adds {reading} (at {reads:,.0f} articles/s)."
    )


def run(options: Options) -> list[Row]:
    """Throughput of the two ways of indexing the same articles, then the client's rates."""
    count = 100 if options.quick else 500
    order = ("workers", "cluster") if options.quick else ("workers", "cluster", "cluster", "workers")
    flags = {"workers": ("--workers", "2"), "cluster": ("--cluster", "local:2")}
    walls: dict[str, list[float]] = {"workers": [], "cluster": []}
    analysis: dict[str, list[float]] = {"workers": [], "cluster": []}
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        root = Path(tmp)
        corpus = copy_bbc(count, root / "corpus")
        for run_number, kind in enumerate(order):
            wall, analyzing = timed_index(corpus, root / f"home-{run_number}", *flags[kind])
            walls[kind].append(wall)
            analysis[kind].append(analyzing)
        cluster_home = root / f"home-{order.index('cluster')}"
        rows = stored_rows(cluster_home)
        analyzed = len(rows)
        writes, writes_late = write_rate(rows, root, 4_000 if options.quick else WRITE_ROWS)
        reads = read_rate(corpus, root / "read")
    workers, cluster = median(walls["workers"]), median(walls["cluster"])
    ratio = (analyzed / cluster) / (analyzed / workers)
    per_worker = analyzed / median(analysis["cluster"]) / 2
    # The write rate of the fuller library: an archive only grows.
    print(f"\nEstimate (bench 7): {per_worker:.2f} articles/s per worker, client writes {writes_late:,.0f} rows/s, "
          f"reads {reads:,.0f} articles/s\n\n{estimate_table(per_worker, writes_late, reads)}\n", file=sys.stderr)
    return [
        Row(f"7. `newsreader index --cluster local:2` vs `--workers 2`, {analyzed} BBC articles (wall, throughput)",
            f"{cluster:.1f} s ({analyzed / cluster:.1f} articles/s)",
            f"{workers:.1f} s ({analyzed / workers:.1f} articles/s)", ratio, f">= {GOAL}x", ratio >= GOAL),
        Row("7b. Analysis phase on the local cluster, per worker (start-up and reading excluded)",
            f"{per_worker:.2f} articles/s", "", None, "info", None),
        Row(f"7c. Client's write rate, a transaction per {CHUNK} rows, {WRITE_ROWS if not options.quick else 4000:,} "
            "rows into a fresh library (overall; last quarter)",
            f"{writes:,.0f} rows/s; {writes_late:,.0f} rows/s", "", None, "info", None),
        Row(f"7d. Client's read rate, {count} BBC files read and cleaned into a fresh library",
            f"{reads:,.0f} articles/s", "", None, "info", None),
    ]
