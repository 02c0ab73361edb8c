"""Bench 5: Enter on the last claim of the longest BBC article, and opening that article."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

from tests.bench.common import Options, Row, bbc_files, median, timings
from tests.bench.inprocess import SIZE, Timing, app_on, press, settle, timed, until
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.corpus.article import Article
from tui_reader.corpus.reader import load_paths
from tui_reader.storage.library import Library
from tui_reader.ui.labels import listed_claims
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.sidebar import Sidebar


def corpus(folder: Path) -> tuple[Article, Article]:
    """The longest BBC article, listed after the shortest one (which opens first)."""
    articles = load_paths(bbc_files()).articles
    short = min(articles, key=lambda a: len(a.text))
    long = max(articles, key=lambda a: len(a.text))
    folder.mkdir(parents=True)
    shutil.copyfile(short.source, folder / "a_short.txt")
    shutil.copyfile(long.source, folder / "b_long.txt")
    listed = load_paths([folder]).articles
    return listed[0], listed[1]


async def _measure(
    folder: Path, home: Path, long: Article, short: Article, repeats: int
) -> tuple[list[Timing], list[Timing], int, int]:
    """Time opening the long article and jumping to its last claim: (opened, jumped, claims, lines)."""
    app = app_on([folder], home)
    opened: list[Timing] = []
    jumped: list[Timing] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        sidebar = screen.query_one(Sidebar)

        def shown(article: Article) -> bool:
            return (
                view.article is article and view.analysis is not None and view.line_count > 0
                and sidebar.article is article and sidebar.analysis is not None and not sidebar._refill_pending
            )

        for _ in range(repeats):
            screen.open_article(short.text_hash)
            await until(lambda: shown(screen.article))
            await pilot.pause()
            opened.append(await timed(app, lambda: screen.open_article(long.text_hash), lambda: shown(screen.article)))
            await pilot.pause()

        claims = listed_claims(screen.analysis)
        last = f"claim:{len(claims) - 1}"
        target = (claims[-1].start, claims[-1].end)
        sidebar.focus()
        for _ in range(repeats):
            screen.mark = None
            view.scroll_to(0, 0, animate=False, immediate=True)
            sidebar.highlighted = sidebar.get_option_index(last)
            await pilot.pause()
            assert view.line_of(target[0]) not in view.visible_lines(), "the last claim is on the first screen"
            jumped.append(await timed(app, lambda: press(app, "enter", "\r"), lambda: (
                screen.mark == target and view.line_of(target[0]) in view.visible_lines()
                and sidebar.selected == last and not sidebar._refill_pending
            )))
        lines = view.line_count
    return opened, jumped, len(claims), lines


def run(options: Options) -> list[Row]:
    """Median time of Enter → the text scrolled to the last claim, marked and drawn; and of opening."""
    with tempfile.TemporaryDirectory(prefix="bench-jump-") as tmp:
        root = Path(tmp)
        short, long = corpus(root / "corpus")
        library = Library(root / "home" / "data" / "library.sqlite3")
        # Analyzed here, before the app starts: spaCy never loads under the pilot.
        for _ in CachedAnalyzer(library).analyze([short, long]):
            pass
        library.close()
        opened, jumped, claims, lines = asyncio.run(
            _measure(root / "corpus", root / "home", long, short, max(options.repeats, 10))
        )
    size = f"{len(long.text):,} characters, {lines} lines, {claims} claims"
    jump = median([m[0] for m in jumped])
    return [
        Row(f"5. Sidebar Enter → last claim scrolled, marked and drawn (longest BBC article: {size})",
            timings(jumped), "", None, "<= 50 ms", jump <= 0.050),
        Row("5b. Opening that article (text and sidebar drawn)", timings(opened), "", None, "info", None),
    ]
