"""Bench 4: a warm start on the large corpus (Reuters-21578 and BBC, about 21,000 articles).

Against the warm start on ``data/``: first paint and time until every article is listed
(pty), peak memory once loaded (VmHWM), and the speaker filter over the corpus
(in-process). The corpus is indexed once into a NEWSREADER_HOME that ``--corpus-home``
keeps for the next run: indexing it from scratch takes about an hour of CPU.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path

from tests.bench.common import BBC, REUTERS, Options, Row, copy_bbc, index, median, need_shared, timings
from tests.bench.inprocess import SIZE, Timing, app_on, settle, timed
from tests.bench.paint import DATA, FIRST_FRAME, compare, data_articles, listed, newsreader
from tests.bench.terminal import PtyRun, time_markers
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.sidebar import Sidebar

QUICK_SIZE = 200
# Without --corpus-home the full run still indexes once, here, and reuses it.
DEFAULT_HOME = Path(tempfile.gettempdir()) / "newsreader-bench-large-home"
MEMORY_GOAL_MB = 500
# After the whole list is drawn the people are still being worked out: wait for them
# before reading the peak memory.
SETTLE = 2.0


async def _filter(paths: list[Path], home: Path, repeats: int) -> tuple[int, str, int, list[Timing]]:
    """Time filtering by the most quoted name: (articles, name, articles listed, timings)."""
    app = app_on(paths, home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.query_one(ArticleList)
        sidebar = screen.query_one(Sidebar)
        quoted = Counter(name for summary in screen.summaries.values() for name in summary.quoted)
        if not quoted:
            raise RuntimeError("no article of the corpus quotes anyone")
        person = screen.people.find(quoted.most_common(1)[0][0])
        hashes = screen.analyzer.hashes_naming(person.names) or set()
        expected = sum(1 for a in screen.articles if a.text_hash in hashes)
        measured: list[Timing] = []
        for _ in range(repeats):
            screen.speaker_filter = None
            await pilot.pause()

            def choose() -> None:
                screen.speaker_filter = person

            measured.append(await timed(app, choose, lambda: (
                bool(listing.filter_label) and len(listing.rows) == expected and not sidebar._refill_pending
            )))
        return len(screen.articles), person.name, expected, measured


def _corpus(options: Options, root: Path) -> list[Path]:
    need_shared(BBC)
    if not options.quick:
        need_shared(REUTERS)
        return [REUTERS, BBC]
    # Both formats, a slice of each.
    paths = [copy_bbc(QUICK_SIZE // 2, root / "corpus")]
    if REUTERS.exists():
        with REUTERS.open(encoding="utf-8") as source:
            sample = [line for _, line in zip(range(QUICK_SIZE // 2), source, strict=False)]
        paths.insert(0, root / "reuters-sample.jsonl")
        paths[0].write_text("".join(sample), encoding="utf-8")
    return paths


def run(options: Options) -> list[Row]:
    """The large corpus's warm start against data/'s."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        paths = _corpus(options, root)
        home = options.corpus_home or (root / "home-large" if options.quick else DEFAULT_HOME)
        print(f"  indexing into {home}: only what it lacks (the whole corpus from scratch: about an hour)",
              file=sys.stderr)
        began = time.monotonic()
        index(paths, home, workers=2)  # does nothing more once the home holds every analysis
        print(f"  corpus indexed in {time.monotonic() - began:.0f} s", file=sys.stderr)
        small_home = root / "home-data"
        index([DATA], small_home)

        count, name, matched, filtered = asyncio.run(_filter(paths, home, options.repeats))
        small_count = data_articles()
        small_markers = [FIRST_FRAME, listed(small_count)]
        large_markers = [FIRST_FRAME, listed(count)]
        small: list[PtyRun] = []
        large: list[PtyRun] = []
        for i in range(options.repeats + 1):
            # In a bare pty: peak memory is read from the process after it settles.
            in_pty = partial(time_markers, settle=SETTLE)
            one = newsreader([DATA], small_home, small_markers, in_pty)
            many = newsreader(paths, home, large_markers, in_pty)
            if i:  # the first of each only warms the OS's caches
                small.append(one)
                large.append(many)

    peak = max(r.peak_rss_mb or 0.0 for r in large)
    base_peak = max(r.peak_rss_mb or 0.0 for r in small)
    filter_wall = median([m[0] for m in filtered])
    what = f"{count:,} articles"
    return [
        compare(f"4. Warm start, first paint: {what} vs `data/`", large, FIRST_FRAME, small, FIRST_FRAME, 2),
        compare(f"4b. Warm start until all {what} are listed vs `data/`'s {small_count}",
                large, large_markers[1], small, small_markers[1], None),
        Row(f"4c. Speaker filter over {what} (\"{name}\": {matched:,} listed), set → list drawn",
            timings(filtered), "", None, "<= 100 ms", filter_wall <= 0.100),
        Row(f"4d. Peak memory (VmHWM) once {what} are loaded, vs `data/`", f"{peak:.0f} MB", f"{base_peak:.0f} MB",
            None, f"<= {MEMORY_GOAL_MB} MB", peak <= MEMORY_GOAL_MB),
    ]
