"""What the headless subcommands share: loading a corpus and analyzing it through the cache."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis
from tui_reader.corpus.article import Article
from tui_reader.storage.library import Library, open_default_library
from tui_reader.storage.refresh import load_sources


def open_cache() -> Library:
    """The analysis cache; says so on stderr when it had to be rebuilt."""
    cache = open_default_library()
    if cache.recovered_from:
        print(f"newsreader: the analysis cache was unreadable; set aside as {cache.recovered_from}", file=sys.stderr)
    return cache


def load_and_analyze(paths: Sequence[str], use_cache: bool = True) -> Iterator[tuple[Article, Analysis]] | None:
    """Articles under ``paths`` (files, folders, web addresses) with their analyses; None (after messages) when
    nothing was read."""
    cache = open_cache() if use_cache else None
    # Web addresses go through the library (what changed since the last fetch; offline,
    # what was fetched before); without it they are fetched afresh.
    loaded = load_sources(paths, cache)
    for problem in loaded.problems:
        print(f"newsreader: skipped {problem}", file=sys.stderr)
    if not loaded.articles:
        print("newsreader: no articles could be read", file=sys.stderr)
        return None
    analyzer = CachedAnalyzer(cache)
    results = dict((a.text_hash, r) for a, r in analyzer.analyze(loaded.articles))
    return ((article, results[article.text_hash]) for article in loaded.articles)
