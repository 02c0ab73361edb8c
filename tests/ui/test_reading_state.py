"""What the reader keeps: read marks, bookmarks, the place in the last article, exports, the clipboard."""

import json

from textual.events import MouseScrollDown

from tests.ui.conftest import SIZE, settle
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView


def markers(listing: ArticleList) -> list[str]:
    """The two marker cells of each row: ● open, ★ bookmarked, • unread."""
    return [listing.row_text(row)[:2] for row in range(len(listing.rows))]


async def test_opening_marks_read_and_r_R_H_change_the_marks(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.query_one(ArticleList)
        # The first article opened at launch is read; the others stand out as unread.
        assert markers(listing) == ["● ", " •", " •"]
        await pilot.press("j", "enter")
        assert markers(listing) == ["  ", "● ", " •"]
        await pilot.press("r")  # the one under the cursor back to unread
        assert markers(listing) == ["  ", "●•", " •"]
        await pilot.press("H")  # hide read: the open one stays listed
        assert [a.name for a in listing.rows] == ["b_conference.txt", "c_council.txt"]
        assert "unread" in str(listing.border_title)
        await pilot.press("H", "R")  # all listed read
        assert markers(listing) == ["  ", "● ", "  "]
        await pilot.press("R")  # all read already: all unread
        assert all(m[1] == "•" for m in markers(listing))


async def test_bookmarks_star_and_filter_the_list(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        await pilot.press("G", "b")
        assert markers(listing)[2][1] == "★"
        await pilot.press("B")
        assert [a.name for a in listing.rows] == ["c_council.txt"]
        await pilot.press("b")  # unbookmarked: the filtered list empties
        assert listing.rows == []
        await pilot.press("B")
        assert len(listing.rows) == 3


async def test_restart_brings_back_the_article_the_place_and_the_marks(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("G", "b", "g", "enter")  # bookmark the last; open the tall first one
        view = screen.query_one(ArticleView)
        view.focus()
        await pilot.press(*["j"] * 15)
        place = view.top_offset()
        assert place > 0
        await pilot.press("q")
    assert app.return_code in (0, None)

    again = make_app(corpus=synthetic_corpus)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        screen = again.screen
        assert screen.article.name == "a_tall.txt"
        view = screen.query_one(ArticleView)
        assert view.top_offset() == place
        listing = screen.query_one(ArticleList)
        assert markers(listing) == ["● ", " •", " ★"]


async def test_export_writes_the_chosen_format(make_app, synthetic_corpus, tmp_path):
    app = make_app(corpus=synthetic_corpus)
    target = tmp_path / "out" / "tall.json"
    target.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#prompt-input")
        field.value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    document = json.loads(target.read_text(encoding="utf-8"))
    (article,) = document["articles"]
    assert article["title"] == "Depot cuts spark anger"
    assert {q["speaker"] for q in article["quotes"]} >= {"Jane Ashworth"}
    assert any(c["text"] == "12,000 jobs" for c in article["claims"])


async def test_copy_takes_the_marked_claim_with_its_source(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("y")  # nothing marked yet: nothing copied
        assert not app.clipboard
        await pilot.press("c", "y")
        assert "12,000 jobs" in app.clipboard and "Depot cuts spark anger" in app.clipboard


async def test_layer_keys_hide_and_show_highlights(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        view = screen.query_one(ArticleView)
        claim = screen.analysis.claims[0]
        assert view.style_at(claim.start).underline
        await pilot.press("3")
        assert "numbers" not in screen.shown_layers and not view.style_at(claim.start).underline
        await pilot.press("3")
        assert view.style_at(claim.start).underline


async def test_open_url_hands_the_address_to_the_browser(make_app, tmp_path, home):
    page = tmp_path / "feed.jsonl"
    page.write_text(json.dumps({"title": "Tram line opens", "text": "The new tram line opened on Monday.",
                                "url": "https://news.example/tram"}) + "\n", encoding="utf-8")
    app = make_app(page)
    opened = []
    app.open_url = lambda url, new_tab=True: opened.append(url)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause()
            if app.screen.article is not None:
                break
        await pilot.press("w")
        assert opened == ["https://news.example/tram"]
        await app.workers.wait_for_complete()


async def test_settings_change_keys_everywhere_and_the_theme(make_app, synthetic_corpus, home):
    (home / "config").mkdir()
    (home / "config" / "settings.toml").write_text(
        'theme = "nord"\n[keys]\nnext_claim = "x"\ncursor-down = "u"\nback = "z"\n', encoding="utf-8"
    )
    from tui_reader.settings import load_settings
    from tui_reader.ui.screens.corpus_view import CorpusView
    from tui_reader.ui.widgets.line_table import LineTable
    from tui_reader.ui.widgets.sidebar import Sidebar

    settings, warnings = load_settings()
    assert warnings == []
    app = make_app(corpus=synthetic_corpus, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert app.theme == "nord"
        await pilot.press("x")
        assert screen.mark is not None  # x now jumps to the next claim
        # "u" moves down in every pane, and "j" no longer does.
        listing = screen.query_one(ArticleList)
        listing.focus()
        await pilot.press("u", "j")
        assert listing.highlighted == 1
        view = screen.query_one(ArticleView)
        view.focus()
        view.scroll_home(animate=False, immediate=True)
        await pilot.press("u", "u", "j")
        assert round(view.scroll_offset.y) == 2
        sidebar = screen.query_one(Sidebar)
        sidebar.focus()
        before = sidebar.highlighted
        await pilot.press("u")
        assert sidebar.highlighted is not None and before is not None and sidebar.highlighted > before
        # ...and in a corpus view's table, which "z" now leaves.
        await pilot.press("number_sign")
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if isinstance(app.screen, CorpusView) and not app.screen.query_one(LineTable).loading:
                break
        table = app.screen.query_one(LineTable)
        first = table.cursor
        await pilot.press("u")
        assert table.cursor > first
        await pilot.press("z")
        assert app.screen is screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        lines = [line.split() for line in text.splitlines() if line.strip()]
        assert ["x", "Next", "claim"] in lines and ["u", "Next", "article"] == next(
            line[:3] for line in lines if line[0] == "u"
        )


async def test_the_theme_chosen_in_the_app_comes_back(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "gruvbox"
        await pilot.press("q")
    again = make_app(corpus=synthetic_corpus)
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        assert again.theme == "gruvbox"


async def test_mouse_clicks_choose_in_every_pane_and_the_wheel_scrolls(make_app, synthetic_corpus):
    from tui_reader.ui.widgets.sidebar import Sidebar

    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        # A click on the third row of the list (rows are three lines under the border) opens it.
        await pilot.click(ArticleList, offset=(5, 1 + 2 * 3))
        await pilot.pause()
        assert screen.article.name == "c_council.txt"
        # A click on a claim in the sidebar jumps to it.
        sidebar = screen.query_one(Sidebar)
        claim_row = next(i for i, o in enumerate(sidebar.options) if o.id == "claim:0")
        line = sum(len(str(o.prompt).splitlines()) for o in sidebar.options[:claim_row])
        await pilot.click(Sidebar, offset=(6, 1 + line))
        await pilot.pause()
        start, end = screen.mark
        assert screen.article.text[start:end] == "15 libraries"
        # The wheel scrolls the text of a long article.
        await pilot.click(ArticleList, offset=(5, 1))
        await pilot.pause()
        view = screen.query_one(ArticleView)
        # The pilot has no wheel: post the events a terminal's wheel produces.
        for _ in range(3):
            view.post_message(MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False, screen_x=10, screen_y=5))
        await pilot.pause()
        assert view.scroll_offset.y > 0
