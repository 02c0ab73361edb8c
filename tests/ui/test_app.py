"""Pilot tests of the reader: list, text, sidebar, keys, filter, help, palette."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from tests.ui.conftest import SIZE, settle
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.summary import summarize
from tui_reader.figures import value_text
from tui_reader.storage.library import open_default_library
from tui_reader.ui.actions import ACTIONS
from tui_reader.ui.labels import article_counts, listed_claims
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.screens.prompt import Prompt
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.keys_bar import KeysBar
from tui_reader.ui.widgets.sidebar import Sidebar

REPO = Path(__file__).resolve().parents[2]


def prompts(listing: OptionList | ArticleList) -> list[str]:
    """What each entry of a list shows, as plain text."""
    if isinstance(listing, ArticleList):
        return [listing.row_text(row) for row in range(len(listing.rows))]
    return [str(option.prompt) for option in listing.options]


def assert_visible(view: ArticleView, start: int) -> None:
    line = view.line_of(start)
    assert line in view.visible_lines(), (line, view.visible_lines())


async def test_launch_lists_bundled_articles_with_counts(make_app, data_corpus):
    app = make_app(corpus=data_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        shown = prompts(listing)
        assert len(shown) == len(data_corpus.articles) == 3
        for article, prompt in zip(data_corpus.articles, shown, strict=True):
            shown_title = " ".join(prompt.splitlines()[:-1])[3:].split()  # after the ●/★/• markers
            assert shown_title and article.title.split()[: len(shown_title) - 1] == shown_title[:-1]
            assert article_counts(summarize(data_corpus.analysis_of(article))) in prompt
        assert "3/3" in str(listing.border_title)
        # The first article opens by itself; its speakers are in the sidebar.
        first = data_corpus.articles[0]
        assert app.screen.article == first
        sidebar = prompts(app.screen.query_one(Sidebar))
        for speaker in data_corpus.analysis_of(first).speakers:
            assert any(speaker.name in line for line in sidebar)


async def test_keys_move_through_the_list(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        assert app.focused is listing
        assert listing.highlighted == 0
        for key, expected in [("j", 1), ("down", 2), ("k", 1), ("up", 0), ("G", 2), ("g", 0)]:
            await pilot.press(key)
            assert listing.highlighted == expected, key


async def test_enter_opens_the_highlighted_article(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        chosen = synthetic_corpus.articles[2]
        assert app.screen.article == chosen
        view = app.screen.query_one(ArticleView)
        first_words = " ".join(chosen.text.split()[:4])
        assert first_words in " ".join(view.visible_text().split())
        assert "●" in prompts(app.screen.query_one(ArticleList))[2]


async def test_tab_moves_between_panes(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert app.focused is screen.query_one(ArticleList)
        await pilot.press("tab")
        assert app.focused is screen.query_one(ArticleView)
        await pilot.press("tab")
        assert app.focused is screen.query_one(Sidebar)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one(ArticleView)


async def test_enter_on_a_claim_scrolls_to_it_and_marks_it(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        tall = synthetic_corpus.articles[0]
        assert screen.article == tall
        view = screen.query_one(ArticleView)
        assert view.line_count > view.scrollable_content_region.height  # scrolling is needed
        claims = listed_claims(synthetic_corpus.analysis_of(tall))
        last = claims[-1]
        assert view.line_of(last.start) not in view.visible_lines()
        sidebar = screen.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(f"claim:{len(claims) - 1}")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.mark == (last.start, last.end)
        assert view.scroll_offset.y > 0
        assert_visible(view, last.start)
        assert last.text in view.visible_text()
        assert view.style_at(last.start).reverse
        assert sidebar.selected == f"claim:{len(claims) - 1}"
        assert "▶" in str(sidebar.get_option(f"claim:{len(claims) - 1}").prompt)
        assert value_text(last).split()[0] in str(sidebar.get_option(f"claim:{len(claims) - 1}").prompt)
        # Escape clears the mark.
        await pilot.press("escape")
        assert screen.mark is None
        assert not view.style_at(last.start).reverse


async def test_dates_are_listed_apart_with_their_iso_form(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sidebar = app.screen.query_one(Sidebar)
        lines = prompts(sidebar)
        dates = [c for c in synthetic_corpus.analysis_of(synthetic_corpus.articles[0]).claims if c.kind == "date"]
        assert any(line.startswith("Dates (1)") for line in lines)
        assert "March 2024  2024-03" in str(sidebar.get_option("date:0").prompt)
        claims_header = next(i for i, line in enumerate(lines) if line.startswith("Claims ("))
        assert f"Claims ({len(listed_claims(synthetic_corpus.analysis_of(synthetic_corpus.articles[0])))})" in lines[claims_header]
        assert len(dates) == 1


async def test_next_and_previous_claim(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        claims = listed_claims(synthetic_corpus.analysis_of(synthetic_corpus.articles[0]))
        assert len(claims) >= 2
        await pilot.press("c")
        assert screen.mark == (claims[0].start, claims[0].end)
        await pilot.press("c")
        assert screen.mark == (claims[1].start, claims[1].end)
        assert_visible(view, claims[1].start)
        assert screen.query_one(Sidebar).selected == "claim:1"
        await pilot.press("C")
        assert screen.mark == (claims[0].start, claims[0].end)
        await pilot.press("C")  # wraps around to the last
        assert screen.mark == (claims[-1].start, claims[-1].end)
        assert_visible(view, claims[-1].start)
        # Dates are not claims for c/C.
        assert all(c.kind != "date" for c in claims)


async def test_next_claim_is_disabled_without_claims(make_app, synthetic_corpus, tmp_path):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.check_action("next_claim", ()) is True
        screen.analysis = None
        assert screen.check_action("next_claim", ()) is None
        assert screen.check_action("next_quote", ()) is None
        await pilot.press("c")
        assert screen.mark is None


async def test_next_and_previous_quote_of_the_chosen_speaker(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        analysis = synthetic_corpus.analysis_of(synthetic_corpus.articles[0])
        speaker = analysis.speakers[0]
        names = {speaker.name, *speaker.aliases}
        spans = sorted((q.start, q.end) for q in analysis.quotes if q.speaker in names and q.kind != "scare")
        others = {(q.start, q.end) for q in analysis.quotes if q.speaker not in names}
        assert len(spans) >= 2 and others
        sidebar = screen.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index("speaker:0")
        await pilot.pause()
        assert screen.chosen_speaker == speaker.name
        view = screen.query_one(ArticleView)
        visited = []
        for _ in spans:
            await pilot.press("n")
            visited.append(screen.mark)
            assert_visible(view, screen.mark[0])
        assert visited == spans
        await pilot.press("N")
        assert screen.mark == spans[-2]


async def test_filter_by_speaker_from_the_sidebar(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.query_one(ArticleList)
        sidebar = screen.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index("speaker:0")  # Jane Ashworth
        await pilot.press("f")
        await pilot.pause()
        person = screen.speaker_filter
        # "Jane Mary Ashworth" in the second article is the same person, merged across articles.
        assert person is not None and {"Jane Ashworth", "Ms Ashworth", "Jane Mary Ashworth"} <= person.names
        expected = [
            a.title for a in synthetic_corpus.articles
            if any(q.speaker in person.names for q in synthetic_corpus.analysis_of(a).quotes)
        ]
        shown = prompts(listing)
        assert len(shown) == len(expected) == 2
        assert all(title in line for title, line in zip(expected, shown, strict=True))
        assert person.name in str(listing.border_title)
        # In the text, her quotes stay bright and Tom Okafor's reported speech is dimmed.
        analysis = synthetic_corpus.analysis_of(synthetic_corpus.articles[0])
        view = screen.query_one(ArticleView)
        hers = next(q for q in analysis.quotes if q.speaker == "Jane Ashworth")
        his = next(q for q in analysis.quotes if q.speaker == "Tom Okafor")
        tom = next(s for s in analysis.speakers if s.name == "Tom Okafor").mentions[0][0]
        assert view.content.get_style_at_offset(hers.start).italic
        assert not view.content.get_style_at_offset(hers.start).dim
        assert view.content.get_style_at_offset(his.start + 1).dim
        assert view.content.get_style_at_offset(tom).foreground is None  # his name loses its colour
        await pilot.press("escape")
        assert screen.speaker_filter is None
        assert len(prompts(listing)) == 3
        assert view.content.get_style_at_offset(tom).foreground is not None


async def test_filter_by_typed_name_with_completion(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"tom")
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field._suggestion == "Tom Okafor"
        await pilot.press("right", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.speaker_filter is not None and screen.speaker_filter.name == "Tom Okafor"
        shown = prompts(screen.query_one(ArticleList))
        quoting = [a for a in synthetic_corpus.articles
                   if any(q.speaker == "Tom Okafor" for q in synthetic_corpus.analysis_of(a).quotes)]
        assert len(shown) == len(quoting) == 2
        # A typed short form finds the person too, across articles.
        await pilot.press("s", *"Mr Ashworth", "enter")
        await pilot.pause()
        assert {"Jane Ashworth", "Jane Mary Ashworth"} <= screen.speaker_filter.names
        await pilot.press("escape")
        assert screen.speaker_filter is None
        assert len(prompts(screen.query_one(ArticleList))) == 3


async def test_enter_takes_the_completion_and_the_start_of_any_part_finds_a_speaker(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        for typed, name in [("Tom Oka", "Tom Okafor"), ("okaf", "Tom Okafor"), ("jane a", "Jane Ashworth"),
                            ("ashw", "Jane Ashworth")]:
            await pilot.press("escape", "escape", "s", *typed)
            await pilot.pause()
            shown = app.screen.query_one(Input)._suggestion
            await pilot.press("enter")  # no → first: Enter takes what is offered
            await pilot.pause()
            assert app.screen is screen, typed
            assert screen.speaker_filter is not None and name in screen.speaker_filter.names, (typed, shown)
        # Nobody fits: the reader is told, and the filter stays as it was.
        await pilot.press("s", *"Zebedee", "enter")
        await pilot.pause()
        assert screen.speaker_filter is not None and "Jane Ashworth" in screen.speaker_filter.names
        assert any("No speaker called 'Zebedee'" in n.message for n in app._notifications)


async def test_help_lists_every_key(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        flowing = " ".join(text.split())  # long explanations wrap onto indented lines
        for spec in ACTIONS:
            assert spec.display_keys in text and spec.explanation in flowing, spec
            assert spec.group in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_bindings_and_footer_come_from_the_specs(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # With the list focused: the app's, the screen's and the list's actions, by binding id.
        active = {binding.id for _, binding, _, _ in app.active_bindings.values()}
        hidden = {"refresh-feeds"}  # hidden while no feed is open (tests/feeds/test_refresh_key.py)
        wanted = {spec.id for spec in ACTIONS if {"app", "screen", "list"} & set(spec.owners)} - hidden
        assert wanted <= active and not hidden & active
        footer = str(app.screen.query_one(KeysBar).render())
        for spec in ACTIONS:
            if spec.show and {"app", "screen"} & set(spec.owners) and spec.id not in hidden:
                assert f" {spec.display_keys} {spec.description}" in footer, spec
        # A click on a key presses it.
        start = footer.index(" c Claim")
        await pilot.click(KeysBar, offset=(start + 1, 0))
        await pilot.pause()
        assert app.screen.mark is not None


async def test_command_palette_lists_the_actions(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        listed = " ".join(prompts(app.screen.query_one(OptionList)))
        for spec in ACTIONS:
            owner = app if "app" in spec.owners else main if "screen" in spec.owners else None
            if spec.palette and owner is not None and owner.check_action(spec.action.split("(")[0], ()):
                assert spec.explanation in listed, spec
        # Running one from the palette works.
        await pilot.press(*"claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen is main
        assert main.mark is not None


async def test_markup_in_article_text_is_shown_literally(make_app, tmp_path):
    folder = tmp_path / "markup"
    folder.mkdir()
    nasty = "[bold red]x[/] [@click=app.quit]q[/]"
    (folder / "nasty.txt").write_text(f"Title with [b]tags[/b]\n\nThe body says {nasty} and more.\n", encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        # Wrapped lines keep their trailing spaces, so joining them restores the text.
        assert nasty in view.visible_text().replace("\n", "")
        assert "[b]tags[/b]" in prompts(screen.query_one(ArticleList))[0]
        # Click where the fake link would be: nothing happens.
        await pilot.click(ArticleView, offset=(5, 1))
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_problems_are_notified_and_the_app_keeps_working(make_app, synthetic_corpus, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    app = make_app(empty, synthetic_corpus.path, corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("empty.txt" in m for m in messages), messages
        assert len(prompts(app.screen.query_one(ArticleList))) == 3


async def test_no_color_run(make_app, synthetic_corpus, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.no_color
        await pilot.press("c", "tab")
        svg = app.export_screenshot()
        assert "Depot" in svg and "Ashworth" in svg
        # The highlights keep their non-colour cues.
        view = app.screen.query_one(ArticleView)
        claim = listed_claims(synthetic_corpus.analysis_of(synthetic_corpus.articles[0]))[0]
        style = view.style_at(claim.start + 1)
        assert style.underline and style.reverse


class GatedAnalyzer(CachedAnalyzer):
    """The real analyzer, held back until the test opens the gate."""

    def __init__(self, cache, gate: threading.Event):
        super().__init__(cache)
        self.gate = gate

    def analyze(self, items):
        self.gate.wait(30)
        yield from super().analyze(items)


async def test_uncached_article_is_analyzed_by_the_worker(make_app, tmp_path, home):
    folder = tmp_path / "fresh"
    folder.mkdir()
    (folder / "fresh.txt").write_text(
        'Council approves budget\n\n"This budget protects 40 libraries," said Anna Lindqvist, the council leader.\n',
        encoding="utf-8",
    )
    gate = threading.Event()
    analyzer = GatedAnalyzer(open_default_library(), gate)
    app = make_app(folder, analyzer=analyzer)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause()
            if app.screen.articles:
                break
        screen = app.screen
        view = screen.query_one(ArticleView)
        assert screen.progress == "Analyzing 0/1…"
        assert view.loading
        assert "analyzing" in prompts(screen.query_one(ArticleList))[0]
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.progress == ""
        assert not view.loading
        assert screen.analysis is not None
        assert screen.articles[0].text_hash in screen.summaries
        assert article_counts(summarize(screen.analysis)) in prompts(screen.query_one(ArticleList))[0]


def test_painting_the_app_does_not_import_spacy_or_pint(tmp_path):
    probe = tmp_path / "probe.py"  # a file, not -c: Textual finds CSS next to the class's source
    probe.write_text(textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from tui_reader.ui.app import NewsReaderApp

        class Probe(NewsReaderApp):
            def on_mount(self):
                self.call_after_refresh(self.probe)

            def probe(self):
                print("SPACY-LOADED" if "spacy" in sys.modules else "SPACY-ABSENT", flush=True)
                # the claims step's unit registry and currency data load with the analysis, not before
                print("PINT-LOADED" if "pint" in sys.modules else "PINT-ABSENT", flush=True)
                print("BABEL-LOADED" if "babel.numbers" in sys.modules else "BABEL-ABSENT", flush=True)
                self.exit(0)

        Probe([Path(sys.argv[1])]).run(headless=True, size=(120, 36))
        import os
        os._exit(0)  # the analysis thread may still be loading spaCy; do not wait for it
        """
    ), encoding="utf-8")
    env = {**os.environ, "NEWSREADER_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(probe), str(REPO / "data")], capture_output=True, text=True, timeout=120, env=env, cwd=REPO,
    )
    assert "SPACY-ABSENT" in done.stdout, (done.stdout, done.stderr)
    assert "PINT-ABSENT" in done.stdout and "BABEL-ABSENT" in done.stdout, (done.stdout, done.stderr)
