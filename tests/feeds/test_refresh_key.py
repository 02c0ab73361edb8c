"""The reader refreshing its feeds from a local server: pilot tests pressing the refresh key.

The analyzer is a stand-in that never loads spaCy (the pilot waits for idle CPU), and
every wait is for a worker or a state, never a fixed time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from tests.feeds.server import FixtureServer
from tests.feeds.stories import STORIES, Story, rss
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis, Claim
from tui_reader.settings import Settings
from tui_reader.storage.feeds import FeedStore
from tui_reader.storage.library import open_default_library
from tui_reader.storage.refresh import refresh_feeds
from tui_reader.ui.app import NewsReaderApp
from tui_reader.ui.widgets.article_list import ROW_HEIGHT, ArticleList
from tui_reader.ui.widgets.keys_bar import KeysBar

SIZE = (120, 36)
RSS = "application/rss+xml"


class StandIn(CachedAnalyzer):
    """No spaCy: each text gets one claim, and the texts analyzed are counted."""

    def __init__(self, cache):
        super().__init__(cache)
        self.analyzed: list[str] = []

    def analyze(self, items):
        for item in list(items):
            self.analyzed.append(item.text_hash)
            yield item, Analysis(claims=[Claim(0, 3, item.text[:3], 3, "things", "count")])


def make_app(sources: list, refresh_on_start: bool = False) -> NewsReaderApp:
    """The reader on these folders and feeds, in the test's own home."""
    return NewsReaderApp(
        sources, analyzer=StandIn(open_default_library()), settings=Settings(refresh_on_start=refresh_on_start)
    )


def fetch_before(urls: list[str]) -> None:
    """What an earlier session fetched: the feeds as they are now, in the library."""
    library = open_default_library()
    refresh_feeds(library, urls)
    library.close()


async def until(pilot, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until ``condition`` holds (a bounded wait for the local server's answers)."""
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await pilot.pause(0.02)


async def settled(app: NewsReaderApp, pilot) -> None:
    """Loaded, refreshed and analyzed: no worker left and nothing under the list."""
    def idle() -> bool:
        screen = app.screen
        busy = any(not worker.is_finished for worker in app.workers)
        return screen._loaded_all and not busy and not screen.progress and not screen.feed_progress

    await until(pilot, idle, "the app to settle")
    await app.workers.wait_for_complete()
    await pilot.pause()


def titles(app: NewsReaderApp) -> list[str]:
    return [a.title for a in app.screen.articles]


def invented(i: int) -> Story:
    return Story(
        f"brief-{i}", f"Council brief number {i}", "Mon, 03 Mar 2025 10:00:00 GMT", "2025-03-03T10:00:00Z",
        (f"The parish council approved plan {i} for the old mill, with {i * 11 + 4} votes in favour.",
         f"Councillor Ada Fenwright said item {i} would be reviewed in the spring."),
    )


@pytest.fixture
def valley(web: FixtureServer, pages) -> str:
    """A feed of the first two stories, fetched in an earlier session; it now has two more on top."""
    url = web.add("/valley.rss", rss("Valley Tribune", pages[:2]), content_type=RSS, etag='"v1"')
    fetch_before([url])
    web.add("/valley.rss", rss("Valley Tribune", [pages[2], pages[3], *pages[:2]]), content_type=RSS, etag='"v2"')
    return url


async def test_the_refresh_key_brings_new_items_unread_in_their_feeds_place(web, valley):
    app = make_app([valley])
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        screen = app.screen
        assert titles(app) == [STORIES[0].title, STORIES[1].title]
        assert len(web.hits("/valley.rss")) == 1  # no refresh at start: only the earlier session's fetch
        listing = screen.query_one(ArticleList)
        listing.focus()
        await pilot.press("j")  # the reader's cursor on the second story
        await pilot.press("u")
        await settled(app, pilot)
        assert titles(app) == [s.title for s in (STORIES[2], STORIES[3], STORIES[0], STORIES[1])]
        new = screen.articles[:2]
        assert all(a not in screen.read for a in new)
        assert screen.articles[2] in screen.read  # opened at start: still read
        # Bold with a bullet: the unread marker, on the new rows.
        assert listing.row_text(0).startswith(" •") and listing.row_text(1).startswith(" •")
        # The cursor stayed on the story it was on; the open article is the one it was.
        assert listing.rows[listing.highlighted].title == STORIES[1].title
        assert screen.article is not None and screen.article.title == STORIES[0].title
        # Analyzed like any article: the claim counts show in the new rows.
        assert [screen.summaries[a.text_hash].claims for a in new] == [1, 1]
        assert "0 speakers" in listing.row_text(0)  # counted, no longer "analyzing…"
        assert any("1 feed refreshed, 2 items new" in n.message for n in app._notifications)
        assert listing.border_subtitle == ""


async def test_the_list_keeps_its_place_when_items_arrive_above(web):
    briefs = [invented(i) for i in range(20)]
    older = [(story, f"http://127.0.0.1/briefs/{story.slug}") for story in briefs[3:]]
    url = web.add("/briefs.rss", rss("Parish News", older, full=True), content_type=RSS)
    fetch_before([url])
    newer = [(story, f"http://127.0.0.1/briefs/{story.slug}") for story in briefs[:3]]
    web.add("/briefs.rss", rss("Parish News", newer + older, full=True), content_type=RSS)
    app = make_app([url])
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        listing = app.screen.query_one(ArticleList)
        listing.focus()
        await pilot.press(*["j"] * 14, *["k"] * 5)  # scrolled, the cursor mid-screen
        chosen = listing.rows[listing.highlighted]
        assert listing.scroll_offset.y > 0 and listing.highlighted == 9
        on_screen = listing.highlighted * ROW_HEIGHT - listing.scroll_offset.y
        await pilot.press("u")
        await settled(app, pilot)
        assert len(listing.rows) == 20 and listing.rows[0].title == briefs[0].title
        assert listing.rows[listing.highlighted] is chosen
        assert listing.highlighted * ROW_HEIGHT - listing.scroll_offset.y == on_screen


async def test_progress_shows_under_the_list_and_a_second_press_does_nothing(web, pages, valley):
    gate = threading.Event()
    held = web.add("/coast.rss", rss("Coast Herald", pages[4:]), content_type=RSS, gate=gate)
    app = make_app([valley, held])
    async with app.run_test(size=SIZE) as pilot:
        gate.set()  # the loading fetches the coast feed for the first time
        await settled(app, pilot)
        gate.clear()
        screen = app.screen
        listing = screen.query_one(ArticleList)
        await pilot.press("u")
        await until(pilot, lambda: screen.feed_progress == "Feeds 1/2…", "one feed of two done")
        assert listing.border_subtitle == "Feeds 1/2…"
        assert STORIES[2].title in titles(app)  # the finished feed's items are in already
        assert screen.check_action("refresh_feeds", ()) is None  # greyed while it runs
        await pilot.press("u")
        await pilot.pause()
        assert len([w for w in app.workers if w.group == "feeds"]) == 1
        gate.set()
        await settled(app, pilot)
        assert listing.border_subtitle == "" and screen.check_action("refresh_feeds", ()) is True
        assert len(web.hits("/coast.rss")) == 2  # the load's fetch and one refresh, not two


async def test_a_failing_feed_is_one_line_and_the_others_items_arrive(web, pages, valley):
    missing = web.url("/gone.rss")
    broken = web.add("/broken.rss", "<rss><channel><item><title>Half", content_type=RSS)
    app = make_app([valley, missing, broken])
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        app.clear_notifications()
        await pilot.press("u")
        await settled(app, pilot)
        assert STORIES[2].title in titles(app) and STORIES[3].title in titles(app)
        failed = [n.message for n in app._notifications if n.title == "Feed not refreshed"]
        assert len(failed) == 2
        assert f"{missing}: HTTP 404 Not Found" in failed
        assert any(line.startswith(f"{broken}: ") for line in failed)
        assert all("\n" not in line for line in failed)
        assert any("3 feeds refreshed, 2 items new, 2 failed" in n.message for n in app._notifications)
        assert FeedStore(app.screen.library).states([missing])[missing].last_error == "HTTP 404 Not Found"


async def test_the_refresh_key_is_hidden_without_feeds(write_corpus):
    folder = write_corpus({"a.txt": "Harbour news\n\nThe harbour board met on Monday and approved 3 berths.\n"})
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        assert app.screen.check_action("refresh_feeds", ()) is False
        assert "Refresh" not in str(app.screen.query_one(KeysBar).render())
        await pilot.press("u")
        await pilot.pause()
        assert not [w for w in app.workers if w.group == "feeds"]


async def test_the_key_is_shown_with_feeds(valley):
    app = make_app([valley])
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        assert " u Refresh" in str(app.screen.query_one(KeysBar).render())


@pytest.mark.parametrize("on_start", [True, False])
async def test_the_refresh_at_start_is_a_setting(web, valley, on_start):
    app = make_app([valley], on_start)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        if on_start:
            assert titles(app)[:2] == [STORIES[2].title, STORIES[3].title]
            assert all(a not in app.screen.read for a in app.screen.articles[:2])
            assert len(web.hits("/valley.rss")) == 2
        else:
            assert titles(app) == [STORIES[0].title, STORIES[1].title]
            assert len(web.hits("/valley.rss")) == 1


async def test_a_feed_fetched_while_loading_is_not_asked_again_at_start(web, pages):
    url = web.add("/valley.rss", rss("Valley Tribune", pages[:2]), content_type=RSS, etag='"v1"')
    app = make_app([url], True)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        assert titles(app) == [STORIES[0].title, STORIES[1].title]
        assert len(web.hits("/valley.rss")) == 1


async def test_quitting_stops_a_refresh_at_once(web, valley):
    gate = threading.Event()
    web.add("/valley.rss", rss("Valley Tribune", []), content_type=RSS, gate=gate)
    app = make_app([valley])
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settled(app, pilot)
            library = app.screen.library
            await pilot.press("u")
            await until(pilot, lambda: bool(web.hits("/valley.rss")[1:]), "the refresh's request")
            await pilot.press("q")
        # The client would wait 20 s for the held feed; the refresh gives up as the app closes.
        store = FeedStore(library)
        deadline = time.monotonic() + 10
        while store.states([valley])[valley].last_error != "refresh stopped":
            assert time.monotonic() < deadline, "the refresh went on after the app closed"
            time.sleep(0.02)
    finally:
        gate.set()
