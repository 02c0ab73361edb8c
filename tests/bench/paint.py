"""Bench 1: first paint of ``newsreader data/`` against a minimal Textual app, both in a pty."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.bench.common import REPO, Options, Row, bench_env, index, median, ms
from tests.bench.minimal_app import MARKER
from tests.bench.terminal import PtyRun, time_markers
from tui_reader.corpus.reader import load_paths

DATA = REPO / "data"
# Drawn in the list's border on the first frame, whatever has loaded by then.
FIRST_FRAME = "Articles"


def data_articles() -> int:
    """How many articles ``data/`` lists."""
    return len(load_paths([DATA]).articles)


def listed(count: int) -> str:
    """The list's border once ``count`` articles are listed, unfiltered."""
    return f"Articles {count}/{count}"


def newsreader(paths: Sequence[Path], home: Path, markers: Sequence[str], settle: float = 0.0) -> PtyRun:
    """One run of the app on ``paths`` in a pty."""
    argv = [sys.executable, "-m", "tui_reader", *map(str, paths)]
    return time_markers(argv, markers, env=bench_env(home), cwd=REPO, settle=settle)


def minimal(home: Path) -> PtyRun:
    """One run of the minimal app in a pty."""
    argv = [sys.executable, str(Path(__file__).with_name("minimal_app.py"))]
    return time_markers(argv, [MARKER], env=bench_env(home), cwd=REPO)


def compare(
    label: str, ours: list[PtyRun], marker: str, base: list[PtyRun], base_marker: str, goal: float | None
) -> Row:
    """A row of median times until a marker was drawn, ours against the baseline's, CPU time beside."""

    def drawn(runs: list[PtyRun], marker: str) -> str:
        return f"{ms(median([r.seen[marker] for r in runs]))} (CPU {ms(median([r.cpu[marker] for r in runs]))})"

    ratio = median([r.seen[marker] for r in ours]) / median([r.seen[base_marker] for r in base])
    return Row(label, drawn(ours, marker), drawn(base, base_marker), ratio,
               f"<= {goal:g}x" if goal else "info", ratio <= goal if goal else None)


def run(options: Options) -> list[Row]:
    """Median first paint of each over alternating runs, after a warm-up run of each."""
    with tempfile.TemporaryDirectory(prefix="bench-paint-") as tmp:
        home = Path(tmp)
        index([DATA], home)
        count = data_articles()
        markers = [FIRST_FRAME, listed(count)]
        ours: list[PtyRun] = []
        base: list[PtyRun] = []
        for i in range(options.repeats + 1):
            b, o = minimal(home), newsreader([DATA], home, markers)
            if i:  # the first of each only warms the OS's caches
                base.append(b)
                ours.append(o)
    return [
        compare("1. First paint, `newsreader data/` (warm) vs minimal Textual app",
                ours, FIRST_FRAME, base, MARKER, 1.5),
        compare(f"1b. Until all {count} articles are listed vs minimal app", ours, markers[1], base, MARKER, None),
    ]
