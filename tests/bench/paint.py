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


def listed(count: int) -> str:
    """The list's border once ``count`` articles are listed, unfiltered."""
    return f"Articles {count}/{count}"


def newsreader(paths: Sequence[Path], home: Path, markers: Sequence[str], settle: float = 0.0) -> PtyRun:
    """One run of the app on ``paths`` in a pty."""
    argv = [sys.executable, "-m", "tui_reader", *map(str, paths)]
    return time_markers(argv, markers, env=bench_env(home), cwd=REPO, settle=settle)


def minimal(home: Path) -> PtyRun:
    """One run of the minimal app in a pty."""
    return time_markers([sys.executable, str(Path(__file__).with_name("minimal_app.py"))], [MARKER], env=bench_env(home), cwd=REPO)


def run(options: Options) -> list[Row]:
    """Median first paint of each over alternating runs, after a warm-up run of each."""
    with tempfile.TemporaryDirectory(prefix="bench-paint-") as tmp:
        home = Path(tmp)
        index([DATA], home)
        count = len(load_paths([DATA]).articles)
        markers = [FIRST_FRAME, listed(count)]
        ours: list[PtyRun] = []
        base: list[PtyRun] = []
        for i in range(options.repeats + 1):
            b, o = minimal(home), newsreader([DATA], home, markers)
            if i:  # the first of each only warms the OS's caches
                base.append(b)
                ours.append(o)
    paint = median([r.seen[FIRST_FRAME] for r in ours])
    shown = median([r.seen[markers[1]] for r in ours])
    floor = median([r.seen[MARKER] for r in base])
    return [
        Row("1. First paint, `newsreader data/` (warm) vs minimal Textual app", ms(paint), ms(floor),
            paint / floor, "<= 1.5x", paint / floor <= 1.5),
        Row(f"1b. Until all {count} articles are listed vs minimal app", ms(shown), ms(floor), shown / floor, "info", None),
    ]
