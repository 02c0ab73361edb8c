"""What a feeds' refresh changes in the list and says under it, without a terminal."""

from __future__ import annotations

from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.storage.feeds import FeedState
from tui_reader.storage.refresh import FAILED, UNCHANGED, UPDATED, FeedReport
from tui_reader.ui.logic.analysis_queue import AnalysisQueue, analysis_batches
from tui_reader.ui.logic.refreshing import RefreshProgress, feed_notice, merge_items, not_checked_since

FEED = "http://feeds.invalid/harbour.rss"


def item(slug: str, text: str | None = None) -> Article:
    """A feed item, known by its link."""
    link = f"http://feeds.invalid/news/{slug}"
    return Article(link, slug.title(), text or f"The harbour board said {slug} today.", url=link)


def local(name: str) -> Article:
    return Article(f"/news/{name}.txt", name.title(), f"The text of {name}.")


def sources(articles: list[Article]) -> list[str]:
    return [a.source.rsplit("/", 1)[-1] for a in articles]


def test_new_items_go_where_their_feed_puts_them():
    listed = [local("ferry"), item("quay"), item("tide"), local("canal")]
    merged = merge_items(listed, [item("storm"), item("quay"), item("gull"), item("tide"), item("pier")])
    # New stories on top of the feed stay on top of its block; later ones follow the item before them.
    assert sources(merged.articles) == ["ferry.txt", "storm", "quay", "gull", "tide", "pier", "canal.txt"]
    assert sources(merged.added) == ["storm", "gull", "pier"]
    assert merged.replaced == {} and merged.changed


def test_a_feed_with_nothing_listed_yet_goes_at_the_end():
    listed = [local("ferry")]
    merged = merge_items(listed, [item("storm"), item("gull")])
    assert sources(merged.articles) == ["ferry.txt", "storm", "gull"]


def test_nothing_new_changes_nothing():
    listed = [local("ferry"), item("quay")]
    merged = merge_items(listed, [item("quay")])
    assert not merged.changed and merged.articles == listed
    assert merge_items([], []).articles == []


def test_a_story_listed_through_a_file_or_another_feed_is_not_listed_twice():
    file_copy = Article("/news/quay.txt", "Quay", item("quay").text)
    merged = merge_items([file_copy], [item("quay"), item("quay")])
    assert not merged.changed


def test_a_changed_item_takes_its_old_place_unless_it_is_open():
    short, full = item("quay", "A summary."), item("quay", "A summary.\n\nAnd the whole story from its page.")
    other = item("tide")
    merged = merge_items([short, other], [full, other])
    assert merged.articles == [full, other] and merged.replaced == {short.text_hash: full} and not merged.added
    kept = merge_items([short, other], [full, other], keep={short.text_hash})
    assert kept.articles == [short, other] and not kept.changed


def report(url: str, status: str, reason: str | None = None, warnings: list[str] | None = None, stored: int = 0):
    return FeedReport(url, status, stored=stored, reason=reason, warnings=warnings or [])


def test_progress_counts_feeds_done_and_failed():
    progress = RefreshProgress(3)
    assert progress.text() == "Feeds 0/3…"
    progress.heard(report(FEED, UPDATED))
    assert progress.text() == "Feeds 1/3…"
    progress.heard(report(FEED, FAILED, "HTTP 404 Not Found"))
    assert progress.text() == "Feeds 2/3, 1 failed…"


def test_each_feed_is_told_in_one_line_naming_it():
    failed = feed_notice(report(FEED, FAILED, "timed out after 20 s", stored=4))
    assert failed is not None and failed.severity == "warning"
    assert failed.text == f"{FEED}: timed out after 20 s (showing the 4 items fetched before)"
    assert "\n" not in failed.text
    pages = [f"page http://feeds.invalid/news/{n}: HTTP 500; its summary is kept" for n in ("a", "b", "c")]
    partial = feed_notice(report(FEED, UPDATED, warnings=pages))
    assert partial is not None and partial.text == f"{FEED}: {pages[0]} (and 2 more)"
    assert feed_notice(report(FEED, UPDATED)) is None
    assert feed_notice(report(FEED, UNCHANGED)) is None


def test_the_refresh_at_start_leaves_out_feeds_fetched_while_loading():
    states = {
        "http://a.invalid/feed": FeedState("http://a.invalid/feed", last_checked=100.0),
        "http://b.invalid/feed": FeedState("http://b.invalid/feed", last_checked=300.0),
        "http://c.invalid/feed": FeedState("http://c.invalid/feed"),
    }
    urls = [*states, "http://d.invalid/feed"]
    assert not_checked_since(urls, states, 200.0) == ["http://a.invalid/feed", "http://c.invalid/feed",
                                                      "http://d.invalid/feed"]


class Instant:
    """Analyzes at once."""

    def analyze(self, items):
        return [(a, Analysis()) for a in items]


def test_a_second_analysis_run_counts_its_own_articles():
    queue = AnalysisQueue()
    queue.add([local(f"first-{i}") for i in range(4)])
    assert [(b.done, b.total) for b in analysis_batches(queue, Instant())] == [(4, 4)]
    queue.add([item("storm"), item("gull")])  # a refresh's new items, after the first run ended
    assert [(b.done, b.total) for b in analysis_batches(queue, Instant())] == [(2, 2)]
