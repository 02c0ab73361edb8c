"""Fixtures for the hostile-input tests: articles carrying a payload, and what a screen shows.

The app tests reuse the pilot fixtures of ``tests/ui`` (a home of the test's own, the
app factory, ``settle``); analyses are made by hand and stored in the cache, so spaCy
never loads inside a pilot.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from textual.app import App
from textual.geometry import Region
from textual.strip import Strip

from tests.analysis.conftest import nlp  # noqa: F401 - fixture for this folder
from tests.hostile.payloads import visible
from tests.ui.conftest import Corpus, home, make_app, settle, synthetic_corpus  # noqa: F401 - fixtures for this folder
from tui_reader.analysis.cache import CachedAnalyzer, analyzer_version
from tui_reader.analysis.model import Analysis, Claim, Entity, Quote, Speaker
from tui_reader.corpus.reader import load_paths
from tui_reader.storage.library import Library, open_default_library
from tui_reader.ui.app import NewsReaderApp


def speaker_name(payload: str) -> str:
    """A speaker's name carrying the payload as the analysis could find it in clean text."""
    return "Ann Ruiz " + " ".join(visible(payload).split())[:60]


def article_record(payload: str) -> dict:
    """One JSON record whose title and text carry the payload (JSON keeps lone surrogates)."""
    name = speaker_name(payload)
    return {
        "title": f"Budget row {payload} deepens",
        "text": "\n\n".join([
            f'"Spending rose by 4% this year {payload}," {name} said on Monday in Leeds.',
            f"The council met again {payload} and agreed to publish the accounts.",
            "A third paragraph keeps the article long enough to scroll a little.",
        ]),
    }


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.find(needle)
    return (start, start + len(needle)) if start != -1 else (0, 0)


def payload_analysis(text: str, payload: str) -> Analysis:
    """A hand-made analysis of ``article_record``'s cleaned text: the payload is in the
    quote, the speaker's name and the sentence of the claim."""
    name = speaker_name(payload)
    mention = _span(text, name) if name in text else _span(text, "Ann Ruiz")
    quote = (1, text.find('," ')) if text.find('," ') > 1 else (0, 0)
    claim = _span(text, "4%")
    sentence_end = text.find("\n")
    return Analysis(
        quotes=[Quote(*quote, text[slice(*quote)], "direct", name)],
        speakers=[Speaker(name, "person", f"critic {' '.join(visible(payload).split())[:40]}", [], [mention], 1)],
        claims=[Claim(*claim, text[slice(*claim)], 4, "%", "percent", speaker=name,
                      sentence_start=0, sentence_end=sentence_end if sentence_end != -1 else len(text))],
        entities=[Entity(*_span(text, "Leeds"), "Leeds", "GPE")],
    )


@dataclass
class PayloadCorpus(Corpus):
    """A one-article corpus carrying a payload."""

    payload: str = ""

    @property
    def article(self):
        return self.articles[0]

    @property
    def analysis(self) -> Analysis:
        return self.analyses[self.article.text_hash]


def build_payload_corpus(root: Path, payload: str, file_name: str = "article.json") -> PayloadCorpus:
    """Write the payload's article, read it back as the app would, and cache its analysis."""
    folder = root / "articles"
    folder.mkdir(parents=True)
    (folder / file_name).write_text(json.dumps([article_record(payload)]), encoding="utf-8")
    articles = load_paths([folder]).articles
    version = analyzer_version()
    cache = Library(root / "data" / "library.sqlite3")
    analyzer = CachedAnalyzer(cache)
    analyzer.version = version
    analyses = {}
    for article in articles:
        analyses[article.text_hash] = payload_analysis(article.text, payload)
        analyzer.store(article.text_hash, analyses[article.text_hash])
    cache.close()
    return PayloadCorpus(folder, root / "data", version, articles, analyses, payload)


@pytest.fixture
def payload_corpus(tmp_path):
    """A factory: the one-article corpus of a payload, in this test's temporary folder."""
    count = 0

    def factory(payload: str, file_name: str = "article.json") -> PayloadCorpus:
        nonlocal count
        count += 1
        return build_payload_corpus(tmp_path / f"corpus{count}", payload, file_name)

    return factory


@pytest.fixture
def payload_app(tmp_path, monkeypatch, payload_corpus):
    """A factory: the app over a payload's corpus, each in a NEWSREADER_HOME of its own
    (a library copied over another one's leftover journal would read as corrupt)."""
    count = 0

    def factory(payload: str) -> tuple[NewsReaderApp, PayloadCorpus]:
        nonlocal count
        count += 1
        corpus = payload_corpus(payload)
        own_home = tmp_path / f"home{count}"
        shutil.copytree(corpus.cache_dir, own_home / "data")
        monkeypatch.setenv("NEWSREADER_HOME", str(own_home))
        analyzer = CachedAnalyzer(open_default_library())
        analyzer.version = corpus.version
        return NewsReaderApp([corpus.path], analyzer=analyzer), corpus

    return factory


@dataclass
class Screen:
    """What the terminal would show: one strip per line, as the compositor renders it."""

    lines: list[Strip]

    @property
    def segments(self) -> list[Segment]:
        """Every text segment (the compositor's own cursor moves left out)."""
        return [s for line in self.lines for s in line if not s.control]

    @property
    def text(self) -> str:
        """The whole screen as plain text, a line per line."""
        return "\n".join(line.text for line in self.lines)

    def region_text(self, region: Region) -> str:
        """The text inside a region, its lines joined without breaks (for words that wrap)."""
        rows = self.lines[region.y : region.bottom]
        return "".join(line.crop(region.x, region.right).text.strip() for line in rows)

    def actions(self) -> list[str]:
        """The click actions and links anything on screen carries (markup makes both)."""
        found = []
        for segment in self.segments:
            style = segment.style
            if style is None:
                continue
            if style.link:
                found.append(f"link:{style.link}")
            meta = style.meta or {}
            # The scrollbars' own "@mouse.down" handlers are Textual's; clicks come from markup.
            found += [f"{key}:{value}" for key, value in meta.items() if key == "@click"]
        return found


def capture(app: App) -> Screen:
    """The screen the app would paint now, as strips (the same render as a screenshot)."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    return Screen([Strip.join(line) for line in update.strips])


def svg_text(svg: str) -> str:
    """The text of an SVG screenshot, unescaped, its pieces joined (spaces are &#160; there)."""
    pieces = re.findall(r"<text[^>]*>(.*?)</text>", svg, re.DOTALL)
    return html.unescape("".join(pieces)).replace("\xa0", " ")


def find_on_screen(screen: Screen, needle: str) -> tuple[int, int] | None:
    """The (x, y) cell where a string starts on screen, or None."""
    for y, line in enumerate(screen.lines):
        text = line.text
        index = text.find(needle)
        if index != -1:
            return cell_len(text[:index]), y
    return None

