"""Full-text search: `/` lists the matching articles with the match in context, n/N step through matches."""

from tests.ui.conftest import SIZE, settle
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView


async def test_search_lists_hits_with_context_and_steps_through_matches(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.query_one(ArticleList)
        await pilot.press("slash", *"Ashworth", "enter")
        await pilot.pause()
        # Two of the three articles name her; the snippet replaces the counts line.
        assert [a.name for a in listing.rows] == ["a_tall.txt", "b_conference.txt"]
        assert "Ashworth" in listing.row_text(0).splitlines()[-1]
        assert "Ashworth" in str(listing.border_title) and "2/3" in str(listing.border_title)
        # In the open article every match is highlighted and n/N move between them.
        text = screen.article.text
        assert [text[s:e] for s, e in screen.matches] == ["Ashworth"] * text.count("Ashworth")
        view = screen.query_one(ArticleView)
        assert view.style_at(screen.matches[0][0]).reverse
        await pilot.press("tab", "n")
        first = screen.mark
        assert first in screen.matches
        await pilot.press("n")
        assert screen.mark > first and screen.mark in screen.matches
        await pilot.press("N")
        assert screen.mark == first
        # Esc clears the search first: every article is back.
        await pilot.press("escape")
        assert screen.search == "" and len(listing.rows) == 3 and screen.matches == ()


async def test_search_and_speaker_filter_combine(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        listing = screen.query_one(ArticleList)
        await pilot.press("s", *"Tom Okafor", "enter")
        await pilot.pause()
        assert [a.name for a in listing.rows] == ["a_tall.txt", "c_council.txt"]
        await pilot.press("slash", *"libraries", "enter")
        await pilot.pause()
        assert [a.name for a in listing.rows] == ["c_council.txt"]
        await pilot.press("escape")
        assert [a.name for a in listing.rows] == ["a_tall.txt", "c_council.txt"]


async def test_search_words_are_not_query_syntax(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await pilot.press("slash", *'depot" OR "council NEAR(', "enter")
        await pilot.pause()
        assert screen.query_one(ArticleList).rows == []
        assert "No articles match" in screen.query_one(ArticleList).render_line(0).text


async def test_o_sorts_the_list_by_each_order_in_turn(make_app, synthetic_corpus):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        names = lambda: [a.name for a in listing.rows]  # noqa: E731
        assert names() == ["a_tall.txt", "b_conference.txt", "c_council.txt"]
        await pilot.press("o")  # date: none of these has one, so corpus order stays
        assert app.screen.sort == "date" and names() == ["a_tall.txt", "b_conference.txt", "c_council.txt"]
        await pilot.press("o")  # title
        assert names() == ["c_council.txt", "a_tall.txt", "b_conference.txt"]
        await pilot.press("o")  # most speakers: the tall article has two
        assert names()[0] == "a_tall.txt"
        await pilot.press("o")  # most claims: tall (3 listed), then one each in corpus order
        assert names() == ["a_tall.txt", "b_conference.txt", "c_council.txt"]
        assert "claims" in str(listing.border_title)
        await pilot.press("o")
        assert app.screen.sort == "corpus" and "↓" not in str(listing.border_title)
