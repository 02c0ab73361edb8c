"""Bench 1: until the article titles of ``newsreader data/`` are on screen, against a minimal
Textual app's first paint, both in a real terminal (tmux; a pty when tmux is absent)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.bench.common import REPO, Options, Row, bench_env, index, median, ms
from tests.bench.minimal_app import MARKER
from tests.bench.terminal import PtyRun, time_markers
from tests.bench.tmux import time_in_tmux
from tui_reader.corpus.reader import load_paths

DATA = REPO / "data"
# Drawn in the list's border on the first frame, whatever has loaded by then.
FIRST_FRAME = "Articles"

Runner = Callable[..., PtyRun]


def data_articles() -> int:
    """How many articles ``data/`` lists."""
    return len(load_paths([DATA]).articles)


def listed(count: int) -> str:
    """The list's border once ``count`` articles are listed, unfiltered."""
    return f"Articles {count}/{count}"


def terminal() -> tuple[str, Runner]:
    """Where the apps run: tmux when it is installed (what a reader sees), else a bare pty."""
    return ("tmux", time_in_tmux) if shutil.which("tmux") else ("a pty", time_markers)


def title_words(title: str) -> str:
    """The start of a title as the list shows it on its first line."""
    return " ".join(title.split()[:2])


def listed_markers(paths: Sequence[Path]) -> tuple[int, list[str]]:
    """How many articles ``paths`` list, and what is on screen once every title is: the
    border's count, then the start of the last article's title."""
    articles = load_paths(list(paths)).articles
    return len(articles), [listed(len(articles)), title_words(articles[-1].title)]


def newsreader(paths: Sequence[Path], home: Path, markers: Sequence[str], run: Runner = time_in_tmux) -> PtyRun:
    """One run of the app on ``paths``."""
    return run([sys.executable, "-m", "tui_reader", *map(str, paths)], markers, env=bench_env(home), cwd=REPO)


def minimal(home: Path, run: Runner = time_in_tmux) -> PtyRun:
    """One run of the minimal app."""
    return run([sys.executable, str(Path(__file__).with_name("minimal_app.py"))], [MARKER], env=bench_env(home),
               cwd=REPO)


def compare(
    label: str, ours: list[PtyRun], marker: str, base: list[PtyRun], base_marker: str, goal: float | None
) -> Row:
    """A row of median times until a marker was on screen, ours against the baseline's, CPU time beside."""

    def drawn(runs: list[PtyRun], marker: str) -> str:
        return f"{ms(median([r.seen[marker] for r in runs]))} (CPU {ms(median([r.cpu[marker] for r in runs]))})"

    ratio = median([r.seen[marker] for r in ours]) / median([r.seen[base_marker] for r in base])
    return Row(label, drawn(ours, marker), drawn(base, base_marker), ratio,
               f"<= {goal:g}x" if goal else "info", ratio <= goal if goal else None)


def run(options: Options) -> list[Row]:
    """Median times of each over alternating runs, after a warm-up run of each."""
    where, runner = terminal()
    with tempfile.TemporaryDirectory(prefix="bench-paint-") as tmp:
        home = Path(tmp)
        index([DATA], home)
        count, listed = listed_markers([DATA])
        markers = [FIRST_FRAME, *listed]
        ours: list[PtyRun] = []
        base: list[PtyRun] = []
        for i in range(options.repeats + 1):
            b, o = minimal(home, runner), newsreader([DATA], home, markers, runner)
            if i:  # the first of each only warms the OS's caches
                base.append(b)
                ours.append(o)
    return [
        compare(f"1. Titles listed, `newsreader data/` ({count} articles, warm) vs minimal Textual app, in {where}",
                ours, markers[-1], base, MARKER, 1.3),
        compare("1b. First frame (the list's border) vs minimal app", ours, FIRST_FRAME, base, MARKER, None),
    ]
