"""The corpus-wide views: a speaker's quotes across articles, and every claim grouped by what it counts."""

from tests.ui.conftest import SIZE, settle
from tui_reader.ui.screens.corpus_view import CorpusView
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.line_table import LineTable
from tui_reader.ui.widgets.sidebar import Sidebar


async def open_view(app, pilot, *keys: str) -> LineTable:
    await pilot.press(*keys)
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if isinstance(app.screen, CorpusView) and not app.screen.query_one(LineTable).loading:
            break
    assert isinstance(app.screen, CorpusView)
    return app.screen.query_one(LineTable)


async def test_speaker_view_lists_every_quote_across_articles_and_opens_one(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        sidebar = main.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index("speaker:0")  # Jane Ashworth
        await pilot.pause()
        table = await open_view(app, pilot, "v")
        assert "Quotes by Jane Mary Ashworth" in str(app.screen.query_one("#corpus-view-title").render())
        quotes = [table.rows[i].cells for i in range(len(table.rows))]
        # Three quotes in the tall article, one in the conference article (her fuller name there).
        assert [c[1] for c in quotes] == ["Depot cuts spark anger"] * 3 + ["Union leader returns"]
        assert quotes[3][3].startswith("Nothing has changed since the spring")
        assert "Union leader returns" in table.render_line(4).text
        await pilot.press("G", "enter")
        await pilot.pause()
        assert app.screen is main
        second = synthetic_corpus.articles[1]
        assert main.article == second
        start, end = main.mark
        assert second.text[start:end].startswith("Nothing has changed")
        view = main.query_one(ArticleView)
        assert view.line_of(start) in view.visible_lines()


async def test_claims_view_groups_claims_and_escape_goes_back(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        table = await open_view(app, pilot, "number_sign")
        headers = [r.cells[0] for r in table.rows if r.header]
        claims = [r.cells for r in table.rows if not r.header]
        # Dates are not figures to compare; every other claim of the corpus is listed once.
        assert sorted(c[0] for c in claims) == sorted(["12,000 jobs", "40%", "£3,000,000", "~300 delegates", "15 libraries"])
        assert len(headers) == 5 and all("claim" in h for h in headers)
        assert not table.rows[table.cursor].header
        await pilot.press("escape")
        assert app.screen is main and main.mark is None


async def test_claims_view_follows_the_filtered_list(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s", *"Tom Okafor", "enter")
        await pilot.pause()
        table = await open_view(app, pilot, "number_sign")
        claims = sorted(r.cells[0] for r in table.rows if not r.header)
        assert claims == sorted(["12,000 jobs", "40%", "£3,000,000", "15 libraries"])
        assert "the 2 listed articles" in str(app.screen.query_one("#corpus-view-title").render())
        # Enter on a figure opens its article at the claim.
        table.cursor = next(i for i, r in enumerate(table.rows) if r.cells[0] == "15 libraries")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        start, end = app.screen.mark
        assert app.screen.article.text[start:end] == "15 libraries"


async def test_the_palette_over_a_corpus_view_offers_its_actions_not_the_readers(make_app, synthetic_corpus):
    from textual.command import CommandPalette
    from textual.widgets import OptionList

    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        await open_view(app, pilot, "number_sign")
        view = app.screen
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        listed = " ".join(str(option.prompt) for option in app.screen.query_one(OptionList).options)
        assert "Leave a corpus view for the reader" in listed and "Show this help" in listed
        assert "Next claim" not in listed and "Search the full text" not in listed
        await pilot.press(*"leave a corpus")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen is main and view not in app.screen_stack
