"""Refreshing feeds into the library from a local server: each case checks the articles stored,
the line reported, and that nothing else was lost."""

from __future__ import annotations

import threading

import pytest

from tests.feeds.server import FixtureServer
from tests.feeds.stories import STORIES, atom, rss
from tui_reader.corpus.web.client import Limits
from tui_reader.storage.feeds import FeedStore
from tui_reader.storage.library import Library
from tui_reader.storage.refresh import FAILED, UNCHANGED, UPDATED, RefreshReport, load_urls, refresh_feeds

FAST = Limits(timeout=0.5)


def stored(library: Library, url: str) -> list:
    return FeedStore(library).stored([url]).get(url, [])


def texts(library: Library, url: str) -> dict[str, str]:
    """The stored items of a feed: link -> text."""
    return {a.url: a.text for a in stored(library, url)}


def by_url(report: RefreshReport, url: str):
    return next(feed for feed in report.feeds if feed.url == url)


@pytest.fixture
def healthy(web: FixtureServer, pages) -> list[str]:
    """Two good feeds on the server (RSS: the first three stories; Atom: the last three)."""
    return [
        web.add("/valley.rss", rss("Valley Tribune", pages[:3]), content_type="application/rss+xml", etag='"a1"'),
        web.add("/coast.atom", atom("Coast Herald", pages[3:]), content_type="application/atom+xml",
                last_modified="Tue, 04 Mar 2025 08:10:00 GMT"),
    ]


def assert_healthy_stored(library: Library, healthy: list[str]) -> None:
    """The two good feeds hold their stories' full page text, untouched by the other feed's trouble."""
    assert [a.text for a in stored(library, healthy[0])] == [s.text for s in STORIES[:3]]
    assert [a.text for a in stored(library, healthy[1])] == [s.text for s in STORIES[3:]]


def test_rss_summaries_are_completed_from_their_linked_pages(web, pages, library):
    url = web.add("/valley.rss", rss("Valley Tribune", pages[:3]), content_type="application/rss+xml")
    report = refresh_feeds(library, [url])
    articles = stored(library, url)
    assert [a.text for a in articles] == [s.text for s, _ in pages[:3]]
    first, (story, link) = articles[0], pages[0]
    assert (first.title, first.date, first.url, first.source) == (story.title, "2025-03-04T08:10:00+00:00", link, link)
    assert first.notes == []
    assert by_url(report, url).line() == f"{url}: 3 items new, 3 in all"
    assert [a.url for a in report.new_articles] == [link for _, link in pages[:3]]
    assert report.pages == 3 and not report.failures


def test_atom_summaries_are_completed_from_their_linked_pages(web, pages, library):
    url = web.add("/coast.atom", atom("Coast Herald", pages[3:]), content_type="application/atom+xml")
    report = refresh_feeds(library, [url])
    articles = stored(library, url)
    assert [a.text for a in articles] == [s.text for s, _ in pages[3:]]
    assert [a.title for a in articles] == [s.title for s, _ in pages[3:]]
    assert articles[0].date == "2025-03-01T12:30:00+00:00"
    assert by_url(report, url).status == UPDATED


def test_an_unchanged_feed_answers_304_and_costs_only_headers(web, pages, library, healthy):
    refresh_feeds(library, healthy)
    before = {url: stored(library, url) for url in healthy}
    web.reset_counts()
    report = refresh_feeds(library, healthy)
    assert [feed.status for feed in report.feeds] == [UNCHANGED, UNCHANGED]
    assert [feed.line() for feed in report.feeds] == [f"{url}: unchanged" for url in healthy]
    assert sorted(seen.path for seen in web.requests) == ["/coast.atom", "/valley.rss"]  # no page fetched again
    assert web.hits("/valley.rss")[0].headers["if-none-match"] == '"a1"'
    assert web.hits("/coast.atom")[0].headers["if-modified-since"] == "Tue, 04 Mar 2025 08:10:00 GMT"
    assert report.received == web.bytes_sent < 2 * 300
    assert {url: stored(library, url) for url in healthy} == before
    assert report.new_articles == []


def test_the_feed_state_is_kept_in_the_library(web, pages, library, healthy):
    refresh_feeds(library, healthy)
    states = FeedStore(library).states(healthy)
    assert states[healthy[0]].etag == '"a1"' and states[healthy[0]].last_error is None
    assert states[healthy[1]].last_modified == "Tue, 04 Mar 2025 08:10:00 GMT"
    succeeded = states[healthy[0]].last_success
    web.routes["/valley.rss"].status = 500
    web.routes["/valley.rss"].etag = None
    refresh_feeds(library, healthy)
    after = FeedStore(library).states(healthy)[healthy[0]]
    assert after.last_error == "HTTP 500 Internal Server Error"
    assert after.last_success == succeeded and after.etag == '"a1"'
    assert after.last_checked is not None and after.last_checked >= succeeded


def test_a_page_that_cannot_be_had_leaves_the_summary_and_is_tried_again(web, pages, library):
    story, link = pages[1]
    web.routes["/news/library-hours"].status = 404
    url = web.add("/valley.rss", rss("Valley Tribune", pages[:3]), content_type="application/rss+xml", etag='"a1"')
    report = refresh_feeds(library, [url])
    article = {a.url: a for a in stored(library, url)}[link]
    assert article.text == story.summary
    assert (article.title, article.date) == (story.title, "2025-03-03T17:45:00+00:00")
    assert article.notes == ["summary only: its page could not be had (HTTP 404 Not Found)"]
    assert by_url(report, url).warnings == [f"page {link}: HTTP 404 Not Found; its summary is kept"]
    assert [a.text for a in stored(library, url)][::2] == [pages[0][0].text, pages[2][0].text]
    # The page is back; the feed has not changed (304), but the summary is completed now.
    web.routes["/news/library-hours"].status = 200
    again = refresh_feeds(library, [url])
    assert by_url(again, url).status == UNCHANGED
    completed = {a.url: a for a in stored(library, url)}[link]
    assert completed.text == story.text and completed.notes == []
    assert [a.url for a in stored(library, url)] == [link for _, link in pages[:3]]


def test_a_slow_feed_times_out_and_keeps_what_it_had(web, pages, library, healthy):
    slow = web.add("/slow.rss", rss("Slow Gazette", pages[1:2]), content_type="application/rss+xml")
    refresh_feeds(library, [slow])
    web.routes["/slow.rss"].delay = 2.0
    web.routes["/slow.rss"].body = rss("Slow Gazette", pages[:2]).encode()
    report = refresh_feeds(library, [*healthy, slow], FAST)
    assert by_url(report, slow).line() == f"{slow}: timed out after 0.5 s (showing the 1 item fetched before)"
    assert texts(library, slow) == {pages[1][1]: pages[1][0].text}
    assert_healthy_stored(library, healthy)
    assert [feed.status for feed in report.feeds] == [UPDATED, UPDATED, FAILED]


def test_a_feed_over_the_size_limit_is_refused(web, pages, library, healthy):
    huge = rss("Huge Weekly", pages[:1]).replace("</channel>", "<!--" + "x" * 6_000_000 + "--></channel>")
    big = web.add("/huge.rss", huge, content_type="application/rss+xml", compress=False)
    report = refresh_feeds(library, [*healthy, big])
    assert by_url(report, big).line() == f"{big}: too large (6.0 MB; the limit is 5.0 MB)"
    assert stored(library, big) == []
    assert_healthy_stored(library, healthy)


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_http_errors_are_reported_and_the_items_kept(web, pages, library, healthy, status, reason):
    flaky = web.add("/flaky.rss", rss("Flaky Post", pages[4:]), content_type="application/rss+xml")
    refresh_feeds(library, [flaky])
    web.routes["/flaky.rss"].status = status
    report = refresh_feeds(library, [*healthy, flaky])
    assert by_url(report, flaky).line() == f"{flaky}: {reason} (showing the 2 items fetched before)"
    assert sorted(texts(library, flaky).values()) == sorted(s.text for s, _ in pages[4:])
    assert_healthy_stored(library, healthy)


@pytest.mark.parametrize("where", ["loop", "file"])
def test_redirect_loops_and_redirects_to_files_are_refused(web, pages, library, healthy, tmp_path, where):
    secret = tmp_path / "notes.rss"
    secret.write_text(rss("Private notes", pages[:1]), encoding="utf-8")
    web.add("/a.rss", status=302, headers={"Location": "/b.rss" if where == "loop" else secret.as_uri()})
    web.add("/b.rss", status=302, headers={"Location": "/a.rss"})
    moved = web.url("/a.rss")
    report = refresh_feeds(library, [*healthy, moved])
    expected = (
        f"redirect loop ({moved} → {web.url('/b.rss')} → {moved})" if where == "loop"
        else f"redirected to {secret.as_uri()}; only http and https are followed"
    )
    assert by_url(report, moved).line() == f"{moved}: {expected}"
    assert stored(library, moved) == []
    assert_healthy_stored(library, healthy)


def test_malformed_xml_is_not_a_feed(web, pages, library, healthy):
    broken = web.add("/broken.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Oops</tit', content_type="application/rss+xml")
    report = refresh_feeds(library, [*healthy, broken])
    line = by_url(report, broken).line()
    assert line.startswith(f"{broken}: not a feed (ill-formed XML: ")
    assert stored(library, broken) == []
    assert_healthy_stored(library, healthy)


def test_a_feed_cut_short_gives_the_items_it_has_and_says_so(web, pages, library):
    whole = rss("Cut Short", pages[:2])
    cut = web.add("/cut.rss", whole[: whole.rindex("<item>") + 30], content_type="application/rss+xml")
    report = refresh_feeds(library, [cut])
    assert [a.title for a in stored(library, cut)][0] == pages[0][0].title
    assert by_url(report, cut).warnings[0].startswith("ill-formed feed (")


def test_something_neither_feed_nor_page_is_not_a_feed(web, library):
    url = web.add("/notes.txt", "just some words", content_type="text/plain")
    report = refresh_feeds(library, [url])
    assert by_url(report, url).line() == f"{url}: not a feed or a web page (text/plain)"


def test_the_same_story_through_two_feeds_is_listed_once(web, pages, library, healthy):
    # A second RSS feed repeating the Atom feed's items, and one of its own.
    echo = web.add("/echo.rss", rss("Echo", [*pages[3:], pages[0]]), content_type="application/rss+xml")
    report = refresh_feeds(library, [*healthy, echo])
    assert len(report.new_articles) == len(STORIES)
    assert sorted(seen.path for seen in web.requests if seen.path.startswith("/news/")) == sorted(
        f"/news/{story.slug}" for story in STORIES
    )  # each page fetched once
    listed = load_urls([*healthy, echo], library)
    assert sorted(a.url for a in listed.articles) == sorted(link for _, link in pages)
    assert listed.problems == []
    assert len(stored(library, echo)) == 4  # stored under each feed, listed once


def test_new_items_are_reported_and_items_that_left_the_feed_stay(web, pages, library):
    url = web.add("/valley.rss", rss("Valley Tribune", pages[:2]), content_type="application/rss+xml")
    refresh_feeds(library, [url])
    web.routes["/valley.rss"].body = rss("Valley Tribune", pages[1:3]).encode()
    report = refresh_feeds(library, [url])
    assert [a.url for a in by_url(report, url).new] == [pages[2][1]]
    assert by_url(report, url).line() == f"{url}: 1 item new, 3 in all"
    assert [a.url for a in stored(library, url)] == [pages[1][1], pages[2][1], pages[0][1]]


def test_items_with_their_full_text_fetch_no_page(web, pages, library):
    url = web.add("/full.rss", rss("Full Text Daily", pages[:2], full=True), content_type="application/rss+xml")
    refresh_feeds(library, [url])
    assert [a.text for a in stored(library, url)] == [s.text for s, _ in pages[:2]]
    assert not [seen for seen in web.requests if seen.path.startswith("/news/")]


def test_relative_links_are_resolved_against_the_feed(web, pages, library):
    story, _ = pages[0]
    relative = rss("Relative", [(story, "/news/tramline")])
    url = web.add("/relative.rss", relative, content_type="application/rss+xml")
    refresh_feeds(library, [url])
    assert texts(library, url) == {web.url("/news/tramline"): story.text}


def test_an_item_without_a_link_is_keyed_by_its_text(web, library):
    feed = '<rss version="2.0"><channel><title>Notices</title><item><title>Ferry timetable</title><description>The winter timetable starts on 3 November.</description></item></channel></rss>'
    url = web.add("/notices.rss", feed, content_type="application/rss+xml")
    refresh_feeds(library, [url])
    (article,) = stored(library, url)
    assert article.source.startswith(f"{url}#") and article.url is None
    assert article.text == "The winter timetable starts on 3 November."
    web.routes["/notices.rss"].body = feed.replace("Ferry timetable", "Ferry timetable (updated)").encode()
    refresh_feeds(library, [url])
    assert len(stored(library, url)) == 1  # the same text: the same item


def test_a_page_by_address_is_one_article(web, pages, library):
    story, link = pages[2]
    report = refresh_feeds(library, [link])
    (article,) = stored(library, link)
    assert (article.text, article.source, article.url) == (story.text, link, link)
    assert by_url(report, link).line() == f"{link}: 1 item new, 1 in all"


def test_offline_the_library_shows_what_was_fetched_and_the_refresh_names_each_feed(web, pages, library, healthy):
    refresh_feeds(library, healthy)
    web.stop()
    report = refresh_feeds(library, healthy)
    assert [feed.line() for feed in report.feeds] == [
        f"{healthy[0]}: unreachable (connection refused) (showing the 3 items fetched before)",
        f"{healthy[1]}: unreachable (connection refused) (showing the 3 items fetched before)",
    ]
    listed = load_urls(healthy, library)
    assert sorted(a.text for a in listed.articles) == sorted(s.text for s in STORIES)
    assert listed.problems == []  # loading does not fetch what was fetched before
    refreshed = load_urls(healthy, library, refresh=True)
    assert len(refreshed.articles) == len(STORIES)
    assert [str(p) for p in refreshed.problems] == [feed.line() for feed in report.feeds]


def test_the_whole_refresh_has_a_time_limit(web, pages, library, healthy):
    stuck = web.add("/stuck.rss", rss("Stuck", pages[:1]), content_type="application/rss+xml", delay=3.0)
    report = refresh_feeds(library, [*healthy, stuck], Limits(timeout=10), time_limit=1.0)
    assert by_url(report, stuck).line() == f"{stuck}: not done within the refresh limit of 1 s"
    assert report.seconds < 2.5
    assert_healthy_stored(library, healthy)
    assert FeedStore(library).states([stuck])[stuck].last_error == "not done within the refresh limit of 1 s"


def test_a_refresh_can_be_stopped(web, pages, library):
    stuck = web.add("/stuck.rss", rss("Stuck", pages[:1]), content_type="application/rss+xml", delay=3.0)
    stop = threading.Event()
    heard = []
    threading.Timer(0.3, stop.set).start()
    report = refresh_feeds(library, [stuck], stop=stop, on_feed=heard.append)
    assert report.feeds[0].reason == "refresh stopped" and heard == report.feeds


def test_validators_are_not_sent_once_the_items_are_gone(web, pages, library, healthy):
    refresh_feeds(library, healthy[:1])
    library.store_file(healthy[0], 0, 0, [], [])  # as after the library dropped its articles
    with library.connection() as db:
        db.execute("DELETE FROM files WHERE path=?", (healthy[0],))
    web.reset_counts()
    report = refresh_feeds(library, healthy[:1])
    assert "if-none-match" not in web.hits("/valley.rss")[0].headers
    assert report.feeds[0].status == UPDATED and len(stored(library, healthy[0])) == 3


def test_every_feed_is_heard_of_as_it_is_done(web, pages, library, healthy):
    heard = []
    report = refresh_feeds(library, [*healthy, web.url("/missing.rss")], on_feed=heard.append)
    assert sorted(h.url for h in heard) == sorted(f.url for f in report.feeds)
    assert report.summary() == "3 feeds refreshed, 6 items new, 1 failed"


def test_a_parser_crash_fails_that_feed_alone(web, pages, library, healthy, monkeypatch):
    import tui_reader.corpus.web.fetch as fetch

    parse = fetch.parse_items

    def crash_on_one(data, headers):
        if b"Hostile" in data:
            raise RecursionError("maximum recursion depth exceeded")
        return parse(data, headers)

    monkeypatch.setattr(fetch, "parse_items", crash_on_one)
    hostile = web.add("/hostile.rss", rss("Hostile", pages[:1]), content_type="application/rss+xml")
    report = refresh_feeds(library, [*healthy, hostile])
    assert by_url(report, hostile).line() == f"{hostile}: could not be read (RecursionError: maximum recursion depth exceeded)"
    assert_healthy_stored(library, healthy)
