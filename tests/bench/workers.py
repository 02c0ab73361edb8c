"""Bench 3: ``newsreader index --workers 2`` against ``--workers 1``, each into a fresh home."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.bench.common import Options, Row, copy_bbc, index


def timed_index(corpus: Path, workers: int, home: Path) -> float:
    """Wall seconds of one ``newsreader index`` run, spaCy loading and corpus reading included."""
    began = time.perf_counter()
    index([corpus], home, workers)
    return time.perf_counter() - began


def _burn(rounds: int) -> None:
    total = 0
    for i in range(rounds):
        total += i * i


def machine_ceiling(rounds: int = 20_000_000) -> float:
    """What two processes get over one on this machine right now: the same pure-Python
    loop run once alone, then twice at once. A shared or throttled machine shows here."""
    import multiprocessing

    began = time.perf_counter()
    _burn(rounds)
    alone = time.perf_counter() - began
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000])  # the workers start before the clock does
        began = time.perf_counter()
        pool.map(_burn, [rounds, rounds])
        both = time.perf_counter() - began
    return 2 * alone / both


def run(options: Options) -> list[Row]:
    """Wall times of the same indexing with one and with two workers."""
    count = 100 if options.quick else 1000
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        root = Path(tmp)
        corpus = copy_bbc(count, root / "corpus")
        before = machine_ceiling()
        one = timed_index(corpus, 1, root / "home-1")
        two = timed_index(corpus, 2, root / "home-2")
        ceiling = min(before, machine_ceiling())
    speedup = one / two
    return [
        Row("3a. Two processes vs one on this machine now (a pure-Python loop: the ceiling for 3)",
            "", "", ceiling, "info", None),
        Row(f"3. `newsreader index --workers 2` vs `--workers 1`, {count} BBC articles (wall, speed-up)",
            f"{two:.1f} s ({count / two:.1f} articles/s)", f"{one:.1f} s ({count / one:.1f} articles/s)",
            speedup, ">= 1.6x", speedup >= 1.6),
    ]
