"""Fixtures of the feed tests: a local HTTP server serving invented stories, and a library of the test's own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.feeds.server import FixtureServer
from tests.feeds.stories import STORIES, Story, page_html
from tui_reader.storage.library import Library

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def own_home(private_home):
    """Every feed test keeps its library, state and settings in a NEWSREADER_HOME of its own."""
    return private_home


@pytest.fixture
def web(monkeypatch) -> Iterator[FixtureServer]:
    """A server on 127.0.0.1, started for the test and stopped after it; no proxy in between."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    server = FixtureServer().start()
    yield server
    server.stop()


@pytest.fixture
def pages(web) -> list[tuple[Story, str]]:
    """Every invented story's page on the server: (story, its address)."""
    return [(story, web.add(f"/news/{story.slug}", page_html(story))) for story in STORIES]


@pytest.fixture
def library(tmp_path) -> Iterator[Library]:
    opened = Library(tmp_path / "library.sqlite3")
    yield opened
    opened.close()
