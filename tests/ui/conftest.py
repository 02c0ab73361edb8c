"""Fixtures for the pilot tests: an app factory over a temporary NEWSREADER_HOME.

The pilot waits for idle CPU, so spaCy must never load inside it: the analyses are
computed once per session into a cache that every test copies into its own home. The
analyzer version is pinned to the session's, so colleagues editing the analysis rules
while the tests run cannot turn hits into misses.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui_reader.analysis.cache import CachedAnalyzer, analyzer_version
from tui_reader.analysis.model import Analysis, Claim, Entity, Quote, Speaker
from tui_reader.cli import bundled_corpus
from tui_reader.corpus.article import Article
from tui_reader.corpus.reader import load_paths
from tui_reader.settings import Settings
from tui_reader.storage.library import Library, open_default_library
from tui_reader.ui.app import NewsReaderApp

SIZE = (120, 36)


@dataclass
class Corpus:
    """A folder of articles with their analyses in a cache folder."""

    path: Path
    cache_dir: Path
    """The folder holding its library (copied into each test's data folder)."""
    version: str
    articles: list[Article]
    analyses: dict[str, Analysis]

    def analysis_of(self, article: Article) -> Analysis:
        return self.analyses[article.text_hash]


@pytest.fixture(scope="session")
def data_corpus(tmp_path_factory) -> Corpus:
    """The bundled data/, analyzed once with the real analyzer."""
    root = tmp_path_factory.mktemp("data-cache")
    cache = Library(root / "data" / "library.sqlite3")
    analyzer = CachedAnalyzer(cache)
    articles = load_paths([bundled_corpus()]).articles
    analyses = {item.text_hash: analysis for item, analysis in analyzer.analyze(articles)}
    cache.close()
    return Corpus(bundled_corpus(), root / "data", analyzer.version, articles, analyses)


def filler(i: int) -> str:
    """A distinct paragraph (the cleaner drops repeated ones)."""
    return (
        f"Section {i} of the report looked at the depot on route {i * 7 + 3}, where inspectors "
        f"counted the buses twice and wrote notes number {i} about the timetable and the staff rota."
    )


TALL_PARAGRAPHS = [filler(i) for i in range(45)]
TALL_PARAGRAPHS[2] = '"We will not accept these cuts," Jane Ashworth said on Monday in Leeds.'
TALL_PARAGRAPHS[5] = "The plan removes 12,000 jobs from the depots, the report found."
TALL_PARAGRAPHS[20] = 'Ms Ashworth added: "Passengers deserve better than this."'
TALL_PARAGRAPHS[24] = 'Tom Okafor said the council had "no choice at all" in the matter.'
TALL_PARAGRAPHS[30] = "Fares would rise by 40% over two years, according to the same report."
TALL_PARAGRAPHS[40] = '"The union will fight every single one of them," Ms Ashworth said.'
TALL_PARAGRAPHS[43] = "The final cost was put at £3m in March 2024 by the auditors."

# Here she has a middle name: merging her with "Jane Ashworth" needs the subset rule.
SECOND = [
    "Jane Mary Ashworth spoke again at the conference in Bristol this week.",
    '"Nothing has changed since the spring," Jane Mary Ashworth told delegates.',
    "About 300 delegates attended the meeting, organisers said.",
]
THIRD = [
    '"We have balanced the books," Tom Okafor said at the town hall.',
    "The council said 15 libraries would stay open.",
]


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _tall_analysis(text: str) -> Analysis:
    q1 = _span(text, "We will not accept these cuts")
    q2 = _span(text, "Passengers deserve better than this.")
    q3 = _span(text, "The union will fight every single one of them")
    q4 = _span(text, "the council had \"no choice at all\" in the matter")
    scare = _span(text, "no choice at all")
    jane = [_span(text, "Jane Ashworth"), _span(text, "Ms Ashworth"), _span(text, "Ms Ashworth", _span(text, "Ms Ashworth")[1])]
    claims = []
    for needle, value, unit, kind, speaker in [
        ("12,000 jobs", 12000, "jobs", "count", None),
        ("40%", 40, "%", "percent", None),
        ("£3m", 3_000_000, "GBP", "money", None),
        ("March 2024", None, None, "date", None),
    ]:
        start, end = _span(text, needle)
        sentence_start = text.rfind("\n", 0, start) + 1
        sentence_end = text.find("\n", end) if text.find("\n", end) != -1 else len(text)
        claims.append(Claim(start, end, needle, value, unit, kind, speaker=speaker,
                            sentence_start=sentence_start, sentence_end=sentence_end,
                            iso="2024-03" if kind == "date" else None))
    return Analysis(
        quotes=[
            Quote(*q1, text[slice(*q1)], "direct", "Jane Ashworth"),
            Quote(*q2, text[slice(*q2)], "direct", "Jane Ashworth"),
            Quote(*q4, text[slice(*q4)], "indirect", "Tom Okafor"),
            Quote(*scare, text[slice(*scare)], "scare", None),
            Quote(*q3, text[slice(*q3)], "direct", "Jane Ashworth"),
        ],
        speakers=[
            Speaker("Jane Ashworth", "person", "union leader", ["Ms Ashworth"], jane, 3),
            Speaker("Tom Okafor", "person", None, [], [_span(text, "Tom Okafor")], 0),
        ],
        claims=claims,
        entities=[Entity(*_span(text, "Leeds"), "Leeds", "GPE")],
    )


def _second_analysis(text: str) -> Analysis:
    quote = _span(text, "Nothing has changed since the spring,")
    return Analysis(
        quotes=[Quote(*quote, text[slice(*quote)], "direct", "Jane Mary Ashworth")],
        speakers=[Speaker("Jane Mary Ashworth", "person", None, [], [_span(text, "Jane Mary Ashworth")], 1)],
        claims=[Claim(*_span(text, "300 delegates"), "300 delegates", 300, "delegates", "count", approx=True)],
    )


def _third_analysis(text: str) -> Analysis:
    quote = _span(text, "We have balanced the books,")
    return Analysis(
        quotes=[Quote(*quote, text[slice(*quote)], "direct", "Tom Okafor")],
        speakers=[Speaker("Tom Okafor", "person", "council leader", [], [_span(text, "Tom Okafor")], 1)],
        claims=[Claim(*_span(text, "15 libraries"), "15 libraries", 15, "libraries", "count")],
    )


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory) -> Corpus:
    """Three articles with hand-made analyses: a tall one, and two that share speakers with it."""
    root = tmp_path_factory.mktemp("synthetic")
    folder = root / "articles"
    folder.mkdir()
    (folder / "a_tall.txt").write_text("Depot cuts spark anger\n\n" + "\n\n".join(TALL_PARAGRAPHS) + "\n", encoding="utf-8")
    (folder / "b_conference.txt").write_text("Union leader returns\n\n" + "\n\n".join(SECOND) + "\n", encoding="utf-8")
    (folder / "c_council.txt").write_text("Council balances books\n\n" + "\n\n".join(THIRD) + "\n", encoding="utf-8")
    articles = load_paths([folder]).articles
    assert [a.name for a in articles] == ["a_tall.txt", "b_conference.txt", "c_council.txt"]
    version = analyzer_version()
    cache = Library(root / "data" / "library.sqlite3")
    analyzer = CachedAnalyzer(cache)
    analyzer.version = version
    analyses = {}
    for article, build in zip(articles, (_tall_analysis, _second_analysis, _third_analysis), strict=True):
        analyses[article.text_hash] = build(article.text)
        analyzer.store(article.text_hash, analyses[article.text_hash])
    cache.close()
    return Corpus(folder, root / "data", version, articles, analyses)


AppFactory = Callable[..., NewsReaderApp]


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A NEWSREADER_HOME of this test's own."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("NEWSREADER_HOME", str(path))
    return path


@pytest.fixture
def make_app(home: Path) -> AppFactory:
    """Build the app over some paths, with a corpus's cache copied into the test's home."""

    def factory(
        *paths: Path, corpus: Corpus | None = None, analyzer: CachedAnalyzer | None = None, settings: Settings | None = None
    ) -> NewsReaderApp:
        if corpus is not None:
            shutil.copytree(corpus.cache_dir, home / "data", dirs_exist_ok=True)
        if analyzer is None and corpus is not None:
            analyzer = CachedAnalyzer(open_default_library())
            analyzer.version = corpus.version
        return NewsReaderApp(list(paths) or [corpus.path], analyzer=analyzer, settings=settings)

    return factory


async def settle(app: NewsReaderApp, pilot) -> None:
    """Wait until the corpus is loaded and the workers are done."""
    for _ in range(200):
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        if getattr(screen, "articles", None) and not screen.progress:
            break
    await pilot.pause()
