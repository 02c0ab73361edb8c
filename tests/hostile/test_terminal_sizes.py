"""Terminal sizes from 40x12 to 250x80, resizing while running, and NO_COLOR: the
screen always renders and the core keys never crash.
"""

from __future__ import annotations

import pytest
from textual.color import Color

from tests.hostile.conftest import capture, settle
from tests.hostile.payloads import PAYLOADS, forbidden
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.widgets.article_view import ArticleView

SIZES = [(40, 12), (60, 20), (80, 24), (120, 36), (250, 80), (41, 80), (250, 12)]
CORE_KEYS = ("j", "k", "tab", "enter", "c", "tab", "enter", "shift+tab")


async def assert_renders(app, pilot, where: str) -> None:
    """A screenshot can be taken, nothing forbidden is on screen, and ? opens and closes help."""
    await pilot.pause()
    assert app.is_running, where
    assert app.export_screenshot().startswith("<svg"), where
    screen = capture(app)
    assert len(screen.lines) == app.size.height, where
    assert forbidden(screen.text) == [], where
    assert screen.actions() == [], where


async def press_core_keys(app, pilot, where: str) -> None:
    for key in CORE_KEYS:
        await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, MainScreen), where
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen), where
    await assert_renders(app, pilot, f"{where} (help)")
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(app.screen, MainScreen), where


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_every_size_renders_and_keys_work(size, make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await assert_renders(app, pilot, f"{size} opened")
        await press_core_keys(app, pilot, f"{size}")
        await assert_renders(app, pilot, f"{size} after keys")


RESIZES = [(120, 36), (40, 12), (250, 80), (60, 20), (41, 13), (80, 24), (200, 15), (40, 60), (120, 36)]


async def test_resizing_while_running(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=RESIZES[0]) as pilot:
        await settle(app, pilot)
        # Jump into the tall article first, so every resize has to keep a mark in view.
        await pilot.press("c", "c")
        for width, height in RESIZES[1:]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert app.size == (width, height)
            await assert_renders(app, pilot, f"resized to {width}x{height}")
            await press_core_keys(app, pilot, f"{width}x{height}")
        view = app.screen.query_one(ArticleView)
        assert view.line_count > 0 and view.visible_text().strip()


@pytest.mark.parametrize("size", [(40, 12), (250, 80)], ids=["40x12", "250x80"])
async def test_hostile_article_at_extreme_sizes(size, payload_app):
    app, _ = payload_app(PAYLOADS["long-line"] + PAYLOADS["wide-cjk"] * 20 + PAYLOADS["combining"])
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await assert_renders(app, pilot, f"{size}")
        await press_core_keys(app, pilot, f"{size}")
        await pilot.resize_terminal(size[1] * 3, size[0] // 3)
        await assert_renders(app, pilot, f"{size} resized")


async def test_no_color_at_small_and_large_sizes(make_app, synthetic_corpus, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(app, pilot)
        assert app.no_color
        await assert_renders(app, pilot, "no colour 40x12")
        await press_core_keys(app, pilot, "no colour 40x12")
        await pilot.resize_terminal(250, 80)
        await assert_renders(app, pilot, "no colour 250x80")
        # What reaches the terminal (after the app's line filters) is grey: no hue anywhere.
        segments = capture(app).segments
        for line_filter in app.get_line_filters():
            segments = line_filter.apply(segments, Color(0, 0, 0))
        colours = {c for s in segments if s.style for c in (s.style.color, s.style.bgcolor) if c and c.triplet}
        assert colours and all(c.triplet.red == c.triplet.green == c.triplet.blue for c in colours)
