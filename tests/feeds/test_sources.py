"""Web addresses wherever paths go: the loaders, the headless commands, the settings and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.feeds.stories import STORIES, rss
from tui_reader.cli import _app_parser, _sources, bundled_corpus, main
from tui_reader.corpus.reader import article_from_text, load_paths
from tui_reader.corpus.web.urls import is_url, split_sources
from tui_reader.settings import Settings, load_settings
from tui_reader.storage.library import Library
from tui_reader.storage.loading import load_with_library
from tui_reader.storage.refresh import load_sources

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def feed(web, pages) -> str:
    """An RSS feed of the first three stories, their pages on the same server."""
    return web.add("/valley.rss", rss("Valley Tribune", pages[:3]), content_type="application/rss+xml", etag='"v1"')


def loaded(batches) -> tuple[list, list]:
    articles, problems = [], []
    for batch in batches:
        articles += batch.articles
        problems += batch.problems
    return articles, problems


def test_addresses_are_told_from_paths():
    assert is_url("https://news.example/feed.xml") and is_url("http://127.0.0.1:8080/a")
    assert not any(is_url(v) for v in ("news/feed.xml", "file:///tmp/a.rss", "ftp://x/y", "https://", Path("a")))
    paths, urls = split_sources(["a.txt", "https://news.example/rss", Path("b"), "HTTP://News.example/x"])
    assert paths == ["a.txt", Path("b")] and urls == ["https://news.example/rss", "HTTP://News.example/x"]


def test_load_paths_reads_files_and_addresses_together(feed, pages, tmp_path):
    (tmp_path / "local.txt").write_text("The ferry will run every 20 minutes from May, the harbour board said.")
    # The same story saved as a file and reached through the feed is listed once.
    (tmp_path / "copy.txt").write_text(pages[0][0].text)
    result = load_paths([tmp_path, feed])
    assert [a.name for a in result.articles[:2]] == ["copy.txt", "local.txt"]
    assert [a.url for a in result.articles[2:]] == [pages[1][1], pages[2][1]]
    assert result.problems == []


def test_load_paths_names_an_address_that_fails(web, tmp_path):
    (tmp_path / "local.txt").write_text("The ferry will run every 20 minutes from May, the harbour board said.")
    result = load_paths([tmp_path, web.url("/gone.rss")])
    assert [a.name for a in result.articles] == ["local.txt"]
    assert [str(p) for p in result.problems] == [f"{web.url('/gone.rss')}: HTTP 404 Not Found"]


def test_the_library_loader_fetches_once_then_reads_what_it_stored(web, feed, pages, tmp_path, library):
    (tmp_path / "local.txt").write_text("The ferry will run every 20 minutes from May, the harbour board said.")
    articles, problems = loaded(load_with_library([tmp_path, feed], library))
    assert [a.title for a in articles] == ["The ferry will run every 20 minutes from May, the harbour board said.",
                                           *[s.title for s, _ in pages[:3]]]
    assert problems == []
    web.stop()
    again, problems = loaded(load_with_library([tmp_path, feed], library))
    assert [a.text for a in again] == [a.text for a in articles] and problems == []
    refreshed, problems = loaded(load_with_library([tmp_path, feed], library, refresh=True))
    assert len(refreshed) == 4
    assert [str(p) for p in problems] == [f"{feed}: unreachable (connection refused) (showing the 3 items fetched before)"]


def test_load_sources_goes_through_the_library_when_there_is_one(web, feed, pages, library):
    first = load_sources([feed], library)
    web.reset_counts()
    second = load_sources([feed], library)
    assert [a.text for a in second.articles] == [a.text for a in first.articles] == [s.text for s, _ in pages[:3]]
    assert [seen.path for seen in web.requests] == ["/valley.rss"]  # a 304, no page fetched again
    assert load_sources([feed], None).articles[0].text == pages[0][0].text


def test_analyze_takes_addresses_mixed_with_paths(feed, pages, tmp_path, capsys):
    (tmp_path / "local.txt").write_text('"We will reopen the pier in June," said Hester Quayle, the harbour master.')
    assert main(["analyze", str(tmp_path), feed, "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert [a["url"] for a in articles] == [None, *[link for _, link in pages[:3]]]
    assert articles[1]["title"] == STORIES[0].title
    assert "Priya Ventnor" in [s["name"] for s in articles[1]["speakers"]]


def test_speakers_claims_and_index_take_addresses(feed, pages, capsys):
    assert main(["speakers", feed, "--json"]) == 0
    assert "Tomas Ruelle" in [s["name"] for s in json.loads(capsys.readouterr().out)["speakers"]]
    assert main(["claims", feed, "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert "14,000" in [c["text"] for c in claims if c["source"] == pages[0][1]]
    assert main(["index", feed, "--workers", "1", "--quiet"]) == 0
    assert "3 articles" in capsys.readouterr().err


def test_a_command_on_an_address_that_fails_says_so(web, capsys):
    assert main(["analyze", web.url("/gone.rss")]) == 1
    err = capsys.readouterr().err
    assert f"newsreader: skipped {web.url('/gone.rss')}: HTTP 404 Not Found" in err
    assert "no articles could be read" in err


def test_settings_name_feeds_and_the_refresh_on_start(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('feeds = ["https://news.example/world.rss", "news/local.rss", 7]\nrefresh_on_start = false\n')
    settings, warnings = load_settings(path)
    assert settings.feeds == ["https://news.example/world.rss"] and settings.refresh_on_start is False
    assert warnings == [
        f"{path}: 'feeds' entry 'news/local.rss' is not an http or https address; skipped.",
        f"{path}: 'feeds' entry 7 is not an http or https address; skipped.",
    ]
    path.write_text('feeds = "https://news.example/world.rss"\nrefresh_on_start = "yes"\n')
    settings, warnings = load_settings(path)
    assert settings.feeds == ["https://news.example/world.rss"] and settings.refresh_on_start is True
    assert warnings == [f"{path}: 'refresh_on_start' must be true or false, not 'yes'."]


def test_the_app_opens_the_paths_else_the_corpus_and_feeds_and_any_feed_option():
    settings = Settings(corpus=[Path("/news")], feeds=["https://news.example/world.rss"])
    parse = _app_parser().parse_args
    options = parse(["--feed", "https://news.example/extra.rss"])
    assert _sources(options.paths, options.feed, settings) == [
        Path("/news"), "https://news.example/world.rss", "https://news.example/extra.rss",
    ]
    options = parse(["local", "https://news.example/page.html", "--feed", "https://news.example/extra.rss"])
    assert _sources(options.paths, options.feed, settings) == [
        Path("local"), "https://news.example/page.html", "https://news.example/extra.rss",
    ]
    assert _sources([], [], Settings()) == [bundled_corpus()]


def test_a_feed_option_must_be_a_web_address(capsys):
    with pytest.raises(SystemExit) as exited:
        _app_parser().parse_args(["--feed", "news/local.rss"])
    assert exited.value.code == 2
    assert "'news/local.rss' is not an http or https address" in capsys.readouterr().err


def test_following_feeds_keeps_httpx_off_the_way_to_the_first_paint(tmp_path):
    # The feed was fetched before (it is in the library) and no refresh runs at start, so
    # nothing at all needs httpx (nor the refresh's UI logic): neither may be imported by the
    # time the list is drawn.
    home = tmp_path / "home"
    feed = "http://127.0.0.1:9/feed.rss"
    library = Library(home / "data" / "library.sqlite3")
    library.store_file(feed, 0, 0, [article_from_text(STORIES[0].text, feed)], [])
    library.close()
    probe = tmp_path / "probe.py"  # a file, not -c: Textual finds CSS next to the class's source
    probe.write_text(textwrap.dedent(
        """
        import sys
        from tui_reader.cli import _app_parser, _sources
        from tui_reader.settings import load_settings
        from tui_reader.ui.app import NewsReaderApp

        settings, warnings = load_settings(sys.argv[1])
        options = _app_parser().parse_args([])
        sources = _sources(options.paths, options.feed, settings)

        class Probe(NewsReaderApp):
            def on_mount(self):
                self.set_interval(0.05, self.probe)

            def probe(self):
                if "Articles 4/4" not in str(self.screen.query_one("#articles").border_title or ""):
                    return
                deferred = ("httpx", "tui_reader.corpus.web.client", "tui_reader.ui.logic.refreshing")
                loaded = sorted(m for m in deferred if m in sys.modules)
                print("LOADED", loaded, len(sources), flush=True)
                self.exit(0)

        Probe(sources, settings=settings).run(headless=True, size=(120, 36))
        import os
        os._exit(0)  # the analysis thread may still be loading spaCy; do not wait for it
        """
    ), encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_text(f'corpus = ["{REPO / "data"}"]\nfeeds = ["{feed}"]\nrefresh_on_start = false\n')
    env = {**os.environ, "NEWSREADER_HOME": str(home), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(probe), str(settings)], capture_output=True, text=True, timeout=120, env=env, cwd=REPO,
    )
    assert "LOADED [] 2" in done.stdout, (done.stdout, done.stderr)
