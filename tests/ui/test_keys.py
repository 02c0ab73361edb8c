"""Escape, the help screen's keys and ctrl+p come from the action specs, as every other key does."""

from __future__ import annotations

from textual.command import CommandPalette

from tests.ui.conftest import SIZE, settle
from tui_reader.settings import Settings
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.screens.prompt import Prompt
from tui_reader.ui.widgets.keys_bar import KeysBar, fitted


async def test_escape_leaves_a_prompt_without_an_answer(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"buses")
        assert isinstance(app.screen, Prompt)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.search == ""
        assert len(screen.listed) == 3


async def test_a_remapped_cancel_key_closes_the_prompt_and_escape_no_longer_does(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus, settings=Settings(keys={"cancel": "ctrl+g"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *"buses", "escape")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)  # Escape is no longer bound here
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.screen is screen and screen.search == ""


async def test_the_help_screen_closes_with_its_keys_and_q_does_not_quit(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key in ("escape", "q", "question_mark"):
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            assert "Esc / q / ? closes this screen." in str(app.screen.query_one("#help-text").render())
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, MainScreen), key
        assert app.is_running


async def test_a_remapped_close_key_is_what_the_help_screen_says(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus, settings=Settings(keys={"close-help": "x"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert "x closes this screen." in str(help_screen.query_one("#help-text").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is help_screen
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_the_command_palette_key_is_on_the_keys_bar_and_opens_it(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert " ^p Commands" in str(app.screen.query_one(KeysBar).render())
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def test_keys_that_do_not_fit_are_dropped_from_the_right_keeping_the_kept_ones():
    entries = [(("a", "a", "Alpha", True), False), (("b", "b", "Beta", True), False), (("q", "q", "Quit", True), True)]
    # " a Alpha" 8, " b Beta" 7, " q Quit" 7, and a gap of one between each: 24 cells.
    assert [e[0] for e in fitted(entries, 24)] == ["a", "b", "q"]
    assert [e[0] for e in fitted(entries, 23)] == ["a", "q"]
    assert [e[0] for e in fitted(entries, 16)] == ["a", "q"]
    assert [e[0] for e in fitted(entries, 15)] == ["q"]
    assert [e[0] for e in fitted(entries, 3)] == ["q"]  # a kept key stays, even cut short


async def test_a_narrow_terminal_keeps_help_palette_and_quit_on_the_keys_bar(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=(70, 30)) as pilot:
        await settle(app, pilot)
        bar = app.screen.query_one(KeysBar)
        line = str(bar.render())
        assert line.startswith(" n Next ") and line.endswith(" ? Help  ^p Commands  q Quit")
        assert len(line) <= 70 and "Figures" not in line
        # A click still presses the key drawn where it lands.
        start = line.index(" ? Help")
        await pilot.click(KeysBar, offset=(start + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
