"""Bench 10: the soak test's random walk, longer and with a random seed (the seed is printed).

The same corpus and walker as ``tests/ui/test_soak.py`` (500 invented articles, keys
drawn from the bound actions, prompts, corpus views, resizes, themes), for 10,000 keys
(2,000 with ``--quick``). Rows: errors (none expected) and the memory growth from the
first half of the keys to the second (goal < 10%).
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import Options, Row


def run(options: Options) -> list[Row]:
    """One long walk; its seed is in the row, to replay a failure with ``--seed``."""
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    keys = 2000 if options.quick else 10000
    print(f"  soak seed {seed}, {keys} keys", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        home = Path(tmp)
        os.environ["NEWSREADER_HOME"] = str(home / "nr")
        os.environ["HOME"] = str(home)  # exports land here
        from tests.ui.soak import Walk, random_walk, soak_corpus
        from tui_reader.analysis.cache import CachedAnalyzer, analyzer_version
        from tui_reader.storage.library import open_default_library
        from tui_reader.ui.app import NewsReaderApp

        version = analyzer_version()
        soak_corpus(home / "articles", home / "nr" / "data" / "library.sqlite3", version, 500, seed)
        walk = Walk(seed)

        async def soak() -> float:
            analyzer = CachedAnalyzer(open_default_library())
            analyzer.version = version
            app = NewsReaderApp([home / "articles"], analyzer=analyzer)
            app.open_url = lambda url, **_: None  # type: ignore[method-assign]
            async with app.run_test(size=(120, 36)) as pilot:
                for _ in range(200):
                    await pilot.pause()
                    if app.screen.articles and not app.screen.progress:
                        break
                started = time.monotonic()
                await random_walk(app, pilot, walk, keys, measure_every=keys // 10)
                return time.monotonic() - started

        try:
            seconds = asyncio.run(soak())
        except Exception as error:  # noqa: BLE001 - the row says what broke and how to replay it
            return [Row(f"10. Soak, seed {seed}: {type(error).__name__} after {len(walk.keys)} keys "
                        f"({walk.tail(12)})", "error", "", None, "no error", False)]
    growth = walk.growth(keys // 2, keys)
    trace = ", ".join(f"{n}: {kb / 1024:.0f}" for n, kb in sorted(walk.rss_kb.items()))
    return [
        Row(f"10. Soak: {keys:,} keys over 500 articles, seed {seed} ({seconds:.0f} s); errors",
            str(len(walk.errors)), "", None, "0", not walk.errors),
        Row(f"10b. Soak: resident memory from key {keys // 2:,} to {keys:,} (MB after n keys: {trace})",
            f"{growth:+.1%}", "", None, "< 10%", growth < 0.10),
    ]
