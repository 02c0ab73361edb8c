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


def run(options: Options) -> list[Row]:
    """Wall times of the same indexing with one and with two workers."""
    count = 100 if options.quick else 1000
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        root = Path(tmp)
        corpus = copy_bbc(count, root / "corpus")
        one = timed_index(corpus, 1, root / "home-1")
        two = timed_index(corpus, 2, root / "home-2")
    speedup = one / two
    return [
        Row(f"3. `newsreader index --workers 2` vs `--workers 1`, {count} BBC articles (wall, speed-up)",
            f"{two:.1f} s ({count / two:.1f} articles/s)", f"{one:.1f} s ({count / one:.1f} articles/s)",
            speedup, ">= 1.6x", speedup >= 1.6),
    ]
