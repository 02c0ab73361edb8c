"""Drive the real app over the bundled articles and save screenshots (SVG and PNG).

    python screenshots/make_screenshots.py

The analysis of data/ goes into a temporary NEWSREADER_HOME first (spaCy runs once,
outside the app), so the app starts on cache hits like a second launch would.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SIZE = (140, 40)
# The SVGs name Fira Code; the PNG renderer needs a monospace font it actually has.
PNG_FONT = "DejaVu Sans Mono"


def to_png(svg: Path) -> None:
    import cairosvg

    text = svg.read_text(encoding="utf-8").replace('"Fira Code"', f'"{PNG_FONT}"').replace("Fira Code,", f"{PNG_FONT},")
    cairosvg.svg2png(bytestring=text.encode("utf-8"), write_to=str(svg.with_suffix(".png")))


async def shoot() -> None:
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.cli import bundled_corpus
    from tui_reader.corpus.reader import load_paths
    from tui_reader.storage.library import open_default_library
    from tui_reader.ui.app import NewsReaderApp
    from tui_reader.ui.widgets.article_list import ArticleList
    from tui_reader.ui.widgets.sidebar import Sidebar

    cache = open_default_library()
    list(CachedAnalyzer(cache).analyze(load_paths([bundled_corpus()]).articles))
    cache.close()

    app = NewsReaderApp([bundled_corpus()])
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause()
            if app.screen.articles and not app.screen.progress:
                break
        screen = app.screen

        def save(name: str) -> None:
            path = HERE / f"{name}.svg"
            app.save_screenshot(path.name, str(HERE))
            to_png(path)
            print("saved", path, path.with_suffix(".png"))

        save("main")

        # Jump: the longest article, to the last entry of the sidebar (a claim when there is one).
        longest = max(range(len(screen.articles)), key=lambda i: len(screen.articles[i].text))
        listing = screen.query_one(ArticleList)
        listing.focus()
        listing.highlighted = longest
        await pilot.press("enter")
        await pilot.pause()
        sidebar = screen.query_one(Sidebar)
        sidebar.focus()
        entries = sidebar.entry_ids()
        claims = [e for e in entries if e.startswith("claim:")]
        target = claims[-1] if claims else entries[-1]
        sidebar.highlighted = sidebar.get_option_index(target)
        await pilot.press("enter")
        await pilot.pause()
        save("jump")

        # Filter: the open article's speaker quoted in the fewest articles, so the list visibly shrinks.
        screen.mark = None
        listing.focus()
        listing.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()

        def reach(index: int) -> int:
            person = screen.people.person_of(screen.analysis.speakers[index].name)
            return len(listing.rows) if person is None else sum(
                not summary.quoted.isdisjoint(person.names) for summary in screen.summaries.values()
            )

        if screen.analysis is not None and screen.analysis.speakers:
            chosen = min(range(len(screen.analysis.speakers)), key=reach)
            sidebar.focus()
            sidebar.highlighted = sidebar.get_option_index(f"speaker:{chosen}")
            await pilot.press("f")
            await pilot.pause()
        save("filter")

        async def settled() -> None:
            for _ in range(50):
                await app.workers.wait_for_complete()
                await pilot.pause()

        # Voices: every quote by that speaker across the corpus.
        await pilot.press("v")
        await settled()
        save("voices")
        await pilot.press("escape", "escape")
        await pilot.pause()

        # Figures: every claim in the corpus, grouped by what it counts.
        await pilot.press("number_sign")
        await settled()
        save("figures")
        await pilot.press("escape")
        await pilot.pause()

        # Search: the hits with the match in context, every match highlighted.
        listing.focus()
        await pilot.press("slash", *"government", "enter")
        await pilot.pause()
        await pilot.press("tab", "n")
        await pilot.pause()
        save("search")
        await pilot.press("escape")

        # Help: every key, grouped.
        await pilot.press("question_mark")
        await pilot.pause()
        save("help")


async def shoot_refresh() -> None:
    """A refresh of the feeds under way: one feed's new stories in, unread; one failed; one still coming.

    The feeds are served from 127.0.0.1 by the tests' fixture server (invented stories);
    an earlier session fetched them before the two newest stories were added to one.
    """
    import threading

    from tests.feeds.server import FixtureServer
    from tests.feeds.stories import STORIES, page_html, rss
    from tui_reader.analysis.cache import CachedAnalyzer
    from tui_reader.cli import bundled_corpus
    from tui_reader.corpus.article import Article
    from tui_reader.settings import Settings
    from tui_reader.storage.library import open_default_library
    from tui_reader.storage.refresh import refresh_feeds
    from tui_reader.ui.app import NewsReaderApp

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        os.environ.pop(name, None)  # the local server is reached directly
    server = FixtureServer().start()
    held = threading.Event()
    held.set()
    try:
        pages = [(story, server.add(f"/news/{story.slug}", page_html(story))) for story in STORIES]
        rss_type = "application/rss+xml"
        valley = server.add("/valley.rss", rss("Valley Tribune", pages[:2]), content_type=rss_type, etag='"1"')
        coast = server.add("/coast.rss", rss("Coast Herald", pages[4:]), content_type=rss_type, gate=held)
        gone = server.url("/gone.rss")
        cache = open_default_library()
        refresh_feeds(cache, [valley, coast])
        list(CachedAnalyzer(cache).analyze([Article(story.slug, story.title, story.text) for story in STORIES]))
        cache.close()
        newest = [pages[2], pages[3], *pages[:2]]
        server.add("/valley.rss", rss("Valley Tribune", newest), content_type=rss_type, etag='"2"')
        held.clear()

        app = NewsReaderApp([bundled_corpus(), valley, coast, gone], settings=Settings(refresh_on_start=False))
        async with app.run_test(size=SIZE, notifications=True) as pilot:  # the failed feed's line shows
            screen = app.screen
            for _ in range(200):
                await pilot.pause(0.05)
                if screen.articles and not screen.progress and screen.check_action("refresh_feeds", ()):
                    break
            await pilot.press("R")  # everything listed read, so the new stories stand out
            app.clear_notifications()
            await pilot.press("u")
            for _ in range(200):
                await pilot.pause(0.05)
                if screen.feed_progress.startswith("Feeds 2/3"):  # the held feed still to come
                    break
            await pilot.pause()
            app.save_screenshot("refresh.svg", str(HERE))
            to_png(HERE / "refresh.svg")
            print("saved", HERE / "refresh.svg", HERE / "refresh.png")
            held.set()
            await app.workers.wait_for_complete()
    finally:
        held.set()
        server.stop()


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["NEWSREADER_HOME"] = home
        asyncio.run(shoot())
        asyncio.run(shoot_refresh())


if __name__ == "__main__":
    main()
