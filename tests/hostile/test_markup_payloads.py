"""Untrusted text is shown, never interpreted: markup, control sequences and invisible
characters in titles, text and speakers' names, through the cleaning, the app and the CLI.

Every payload of ``payloads.PAYLOADS`` goes through each path. On screen and in the
output: no control character, no live link or click action, and the visible part of
the payload shown as the characters it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest
from textual.widgets import Input

from tests.hostile.conftest import article_record, capture, find_on_screen, settle, speaker_name, svg_text
from tests.hostile.payloads import AWKWARD, CONTROLS, INVISIBLE, MARKUP, PAYLOADS, forbidden, words
from tui_reader import cli
from tui_reader.corpus.reader import article_from_text, load_paths
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.screens.prompt import Prompt
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.sidebar import Sidebar

IDS = list(PAYLOADS)
SIZE = (120, 36)
# What a terminal may receive from a styled summary: colours and attributes (SGR) only.
SGR = re.compile(r"\x1b\[[0-9;]*m")


def prefixes(payload: str, count: int = 3, size: int = 10) -> list[str]:
    """The starts of the payload's first visible words: enough to find it on a cut screen."""
    return [word[:size] for word in words(payload)[:count]]


# -- cleaning ----------------------------------------------------------------------


@pytest.mark.parametrize("name", IDS)
def test_cleaning_strips_controls_and_keeps_the_visible_text(name, tmp_path):
    payload = PAYLOADS[name]
    article = article_from_text(f"Headline {payload} here\n\nThe minister said {payload} on Monday.", "x.txt")
    (tmp_path / "a.json").write_text(json.dumps([article_record(payload)]), encoding="utf-8")
    record = load_paths([tmp_path]).articles[0]
    for item in (article, record):
        assert forbidden(item.text) == [] and forbidden(item.title) == []
        assert len(item.text_hash) == 64  # hashing encodes the text: it must be valid Unicode
        flat = " ".join(item.text.split())
        for prefix in prefixes(payload):
            assert prefix in flat, (prefix, flat[:200])


# -- the app -----------------------------------------------------------------------


class Problems:
    """Failures collected over several payloads, so one run names them all."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def check(self, name: str, ok: bool, what: str) -> None:
        if not ok:
            self.found.setdefault(name, []).append(what)


def check_screen(problems: Problems, name: str, app, where: str) -> None:
    """Nothing forbidden and no action anywhere on screen; the payload's words in the
    text pane and the speaker's in the sidebar; the other panes drawn as usual."""
    screen = capture(app)
    problems.check(name, forbidden(screen.text) == [], f"{where}: control characters on screen {forbidden(screen.text)[:5]}")
    problems.check(name, screen.actions() == [], f"{where}: live actions on screen {screen.actions()}")
    main = app.screen
    view, sidebar, listing = main.query_one(ArticleView), main.query_one(Sidebar), main.query_one(ArticleList)
    shown = screen.region_text(view.content_region)
    for prefix in prefixes(PAYLOADS[name]):
        problems.check(name, prefix in shown, f"{where}: {prefix!r} not in the text pane")
    side = screen.region_text(sidebar.content_region)
    problems.check(name, "Speakers (1)" in side and "Claims (1)" in side, f"{where}: sidebar not drawn: {side[:120]!r}")
    name_start = speaker_name(PAYLOADS[name])[:20]
    problems.check(name, name_start.replace(" ", "") in side.replace(" ", ""), f"{where}: speaker {name_start!r} not in sidebar")
    problems.check(name, "Budget row" in screen.region_text(listing.region), f"{where}: list not drawn")
    problems.check(name, "“quote”" in screen.text, f"{where}: legend not drawn")


@pytest.mark.parametrize("group", [MARKUP, CONTROLS, INVISIBLE, AWKWARD], ids=["markup", "controls", "invisible", "awkward"])
async def test_app_shows_payloads_as_text(group, payload_app, monkeypatch):
    problems = Problems()
    for name, payload in group.items():
        app, _ = payload_app(payload)
        rings: list[str] = []
        monkeypatch.setattr(app, "bell", lambda rings=rings: rings.append("bell"))
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            check_screen(problems, name, app, "opened")
            svg = app.export_screenshot()
            flat = "".join(svg_text(svg).split())
            for prefix in prefixes(payload):
                problems.check(name, "".join(prefix.split()) in flat, f"screenshot: {prefix!r} missing")
            problems.check(name, "<a " not in svg and "href" not in svg, "screenshot: a link")
            # Click where the payload is shown (title and text): nothing may happen.
            for prefix in prefixes(payload, 1):
                spot = find_on_screen(capture(app), prefix)
                if spot is not None:
                    await pilot.click(offset=spot)
                    await pilot.pause()
            for key in ("tab", "tab", "enter", "c", "n"):
                await pilot.press(key)
            await pilot.pause()
            problems.check(name, app.is_running and isinstance(app.screen, MainScreen), "the app quit or changed screen")
            check_screen(problems, name, app, "after keys")
        problems.check(name, rings == [], "the bell rang")
    assert problems.found == {}


async def submit(pilot, app, text: str) -> None:
    """Type into the open prompt (set at once: pilot keys cannot carry controls) and submit."""
    assert isinstance(app.screen, Prompt)
    app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("name", list(MARKUP) + ["csi-colour", "bidi-override", "osc8-link"])
async def test_prompts_and_notifications_show_payloads_as_text(name, make_app, payload_corpus):
    payload = PAYLOADS[name]
    corpus = payload_corpus(payload)
    app = make_app(corpus=corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        # A search that matches nothing: its words come back in a notification and the list title.
        await pilot.press("slash")
        await submit(pilot, app, f"nowhere {payload}")
        # A speaker nobody is called: named back in a notification.
        await pilot.press("s")
        await submit(pilot, app, f"Nobody {payload}")
        await pilot.pause()
        screen = capture(app)
        assert app.is_running and isinstance(app.screen, MainScreen)
        assert screen.actions() == []
        assert forbidden(screen.text) == []
        listing = app.screen.query_one(ArticleList)
        assert forbidden(str(listing.border_title)) == []
        for prefix in prefixes(payload, 1):
            assert prefix in screen.text.replace("\n", "")
        # The speaker filter's label: the speaker's name in the list's title.
        await pilot.press("escape")
        app.screen.speaker_filter = app.screen.people.find(speaker_name(payload))
        await pilot.pause()
        screen = capture(app)
        assert screen.actions() == [] and forbidden(screen.text) == []
        assert "Ann" in screen.region_text(listing.region)
        await pilot.press("question_mark")
        await pilot.pause()
        assert capture(app).actions() == []


# -- the command line ----------------------------------------------------------------


@pytest.fixture
def cached_payload(payload_corpus, home):
    """A payload's article with its analysis in the home's cache, so the CLI never loads spaCy."""

    def factory(payload: str, file_name: str = "article.json"):
        corpus = payload_corpus(payload, file_name)
        shutil.copytree(corpus.cache_dir, home / "data", dirs_exist_ok=True)
        return corpus

    return factory


def run_cli(capsys, *args: str) -> tuple[str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def first_json_record(capsys, command: str, corpus, key: str) -> dict:
    """The first record of a command's JSON output, which holds no forbidden character."""
    out, _ = run_cli(capsys, command, str(corpus.path), "--json")
    assert forbidden(out) == []
    return json.loads(out)[key][0]


def assert_styles_only(capsys, monkeypatch, *args: str) -> None:
    """On a colour terminal the output holds styles (SGR) only: no link, cursor move or clipboard write."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    styled, _ = run_cli(capsys, *args)
    assert forbidden(SGR.sub("", styled)) == []


@pytest.mark.parametrize("name", IDS)
def test_analyze_json_and_summary_show_payloads_as_text(name, cached_payload, capsys, monkeypatch):
    payload = PAYLOADS[name]
    corpus = cached_payload(payload)
    article = first_json_record(capsys, "analyze", corpus, "articles")
    assert article["title"] == corpus.article.title and article["speakers"][0]["name"] == speaker_name(payload)
    summary, _ = run_cli(capsys, "analyze", str(corpus.path))
    assert forbidden(summary) == [] and "\x1b" not in summary
    flat = "".join(summary.split())
    for prefix in prefixes(payload, 1):
        assert "".join(prefix.split()) in flat
    assert_styles_only(capsys, monkeypatch, "analyze", str(corpus.path))


@pytest.mark.parametrize("name", IDS)
def test_claims_exports_show_payloads_as_text(name, cached_payload, capsys, monkeypatch):
    payload = PAYLOADS[name]
    corpus = cached_payload(payload)
    claim = first_json_record(capsys, "claims", corpus, "claims")
    assert claim["title"] == corpus.article.title and claim["speaker"] == speaker_name(payload)
    out, _ = run_cli(capsys, "claims", str(corpus.path), "--csv")
    assert forbidden(out.replace("\n", "")) == []
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["title"] == corpus.article.title
    table, _ = run_cli(capsys, "claims", str(corpus.path))
    assert forbidden(table) == []
    assert_styles_only(capsys, monkeypatch, "claims", str(corpus.path))


# Payloads a file name can hold: no "/" and no NUL.
FILE_NAME_PAYLOADS = [n for n, p in PAYLOADS.items() if "/" not in p and "\x00" not in p and len(p) < 200
                      and not any("\ud800" <= c <= "\udfff" for c in p)]


@pytest.mark.parametrize("name", FILE_NAME_PAYLOADS)
def test_file_names_with_payloads_reach_no_terminal(name, cached_payload, capsys, monkeypatch):
    payload = PAYLOADS[name]
    corpus = cached_payload(payload, f"a{payload}.json")
    (corpus.path / f"empty{payload}.txt").write_text("")
    monkeypatch.setenv("FORCE_COLOR", "1")
    for args in (("analyze",), ("claims",)):
        out, err = run_cli(capsys, *args, str(corpus.path))
        assert forbidden(SGR.sub("", out)) == [] and forbidden(err) == [], args
        assert "empty" in err  # the skipped file is still named


@pytest.mark.parametrize("name", ["csi-clear", "osc52-clipboard", "bidi-override", "unclosed"])
async def test_app_names_skipped_files_as_text(name, make_app, payload_corpus):
    payload = PAYLOADS[name]
    corpus = payload_corpus("plain")
    (corpus.path / f"empty{payload}.txt").write_text("")
    app = make_app(corpus=corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.pause()
        screen = capture(app)
        assert app.is_running and screen.actions() == [] and forbidden(screen.text) == []
        assert "empty" in screen.text


@pytest.mark.slow
def test_real_analysis_of_every_payload(tmp_path, home, nlp, capsys):
    """The real pipeline over news sentences carrying every payload: offsets hold and the
    output carries no control character. (Each text names its payload: texts that clean
    to the same words are listed once.)"""
    records = [
        {"title": f"Council row {name}", "text": f'"Fares will rise by 4% {payload}," Ann Ruiz said on Monday.\n\n'
                                                 f"Officials said {payload} 1,200 jobs were at risk in Leeds ({name})."}
        for name, payload in PAYLOADS.items()
    ]
    (tmp_path / "all.json").write_text(json.dumps(records), encoding="utf-8")
    out, _ = run_cli(capsys, "analyze", str(tmp_path / "all.json"), "--json", "--no-cache")
    assert forbidden(out) == []
    articles = json.loads(out)["articles"]
    assert len(articles) == len(PAYLOADS)
    for article in articles:
        text = article["text"]
        for item in [*article["quotes"], *article["claims"], *article["entities"]]:
            assert text[item["start"] : item["end"]] == item["text"], (article["title"], item)
