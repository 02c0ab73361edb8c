"""The soak test: 2,000 keys drawn from the bound actions over 500 invented articles.

Prompts, search, filters, corpus views, the palette, help, resizes and theme changes, in
a random order fixed by the seed (printed on failure, to replay it). The walk must end
with no exception and no worker error, and memory must not keep growing: less than 10%
more after the second thousand keys than after the first. A longer walk with a random
seed is in the benchmarks (``tests/bench/soak.py``).
"""

from __future__ import annotations

import shutil

import pytest

from tests.ui.conftest import SIZE
from tests.ui.soak import Walk, random_walk, soak_corpus
from tui_reader.analysis.cache import CachedAnalyzer, analyzer_version
from tui_reader.storage.library import open_default_library
from tui_reader.ui.app import NewsReaderApp

SEED = 20131
KEYS = 2000
ARTICLES = 500


@pytest.fixture(scope="module")
def soak_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("soak")
    version = analyzer_version()
    soak_corpus(root / "articles", root / "data" / "library.sqlite3", version, ARTICLES, SEED)
    return root, version


async def test_a_random_walk_of_2000_keys_leaves_no_error_and_no_growing_memory(soak_folder, home, monkeypatch):
    root, version = soak_folder
    shutil.copytree(root / "data", home / "data", dirs_exist_ok=True)
    monkeypatch.setenv("HOME", str(home))  # exports go to the default file name in the home folder
    analyzer = CachedAnalyzer(open_default_library())
    analyzer.version = version
    app = NewsReaderApp([root / "articles"], analyzer=analyzer)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    walk = Walk(SEED)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):
                await pilot.pause()
                if len(app.screen.articles) == ARTICLES and not app.screen.progress:
                    break
            assert len(app.screen.articles) == ARTICLES
            await random_walk(app, pilot, walk, KEYS)
    except Exception as error:
        raise AssertionError(f"seed {SEED}, after {len(walk.keys)} keys: {walk.tail()}") from error
    replay = f"seed {SEED}; last keys: {walk.tail()}"
    assert walk.errors == [], replay
    assert app.return_code in (None, 0), replay
    growth = walk.growth(KEYS // 2, KEYS)
    assert growth < 0.10, f"memory grew {growth:.1%} from key {KEYS // 2} to key {KEYS} ({walk.rss_kb}); {replay}"
