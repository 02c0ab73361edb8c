"""The logic the screen hands work to, without a terminal: search hits, the marked item, exports."""

from __future__ import annotations

import json
from pathlib import Path

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis, Claim, Quote
from tui_reader.corpus.article import Article
from tui_reader.storage.library import Library
from tui_reader.ui.logic.exporting import default_path, export_target, write_articles
from tui_reader.ui.logic.searching import matches_in, search_hits
from tui_reader.ui.logic.stepping import item_at

FERRY = Article("ferry.txt", "Ferry fares", "The ferry fares rise in May, the harbour board said.")
TRAM = Article("tram.txt", "Tram depot", "The tram depot closes; the board said fares stay.")


class FakeIndex:
    """A library's search, recording what it was asked."""

    def __init__(self, hits: list[tuple[str, str]]) -> None:
        self.hits = hits
        self.asked: list[tuple[str, int]] = []

    def search(self, query: str, limit: int = 200) -> list[tuple[str, str]]:
        self.asked.append((query, limit))
        return self.hits


def test_search_asks_the_index_when_there_is_one():
    index = FakeIndex([(TRAM.text_hash, "the \x02board\x03 said")])
    assert search_hits("board", index, [FERRY, TRAM]) == {TRAM.text_hash: "the \x02board\x03 said"}
    assert index.asked == [("board", 2000)]
    assert search_hits("", index, [FERRY, TRAM]) == {}
    assert len(index.asked) == 1  # no query, no question


def test_without_an_index_every_word_must_occur_and_there_is_no_snippet():
    assert search_hits("Board FARES", None, [FERRY, TRAM]) == {FERRY.text_hash: "", TRAM.text_hash: ""}
    assert search_hits("harbour fares", None, [FERRY, TRAM]) == {FERRY.text_hash: ""}
    assert search_hits("harbour depot", None, [FERRY, TRAM]) == {}


def test_matches_in_the_open_article():
    start = FERRY.text.index("fares")
    assert matches_in(FERRY, "fares") == ((start, start + 5),)
    assert matches_in(None, "fares") == ()
    assert matches_in(FERRY, "") == ()


def test_the_marked_item_is_the_quote_or_claim_with_the_marks_span():
    quote = Quote(0, 9, "The ferry", "direct", "Ola Brandt")
    claim = Claim(20, 26, "in May", None, None, "date")
    analysis = Analysis(quotes=[quote], claims=[claim])
    assert item_at(analysis, (0, 9)) is quote
    assert item_at(analysis, (20, 26)) is claim
    assert item_at(analysis, (1, 9)) is None
    assert item_at(analysis, None) is None
    assert item_at(None, (0, 9)) is None


def test_the_export_target_follows_the_file_ending(tmp_path):
    assert default_path(1, tmp_path).name == "newsreader-article.md"
    assert default_path(3, tmp_path).name == "newsreader-export.md"
    assert export_target(str(tmp_path / "out.csv")) == (tmp_path / "out.csv", "csv")
    assert export_target(str(tmp_path / "out.JSON")) == (tmp_path / "out.JSON", "json")
    assert export_target(str(tmp_path / "out.txt")) is None
    path, _ = export_target("~/notes.md") or (None, None)
    assert path == Path.home() / "notes.md"


def test_write_articles_uses_the_stored_analyses_in_list_order(tmp_path):
    library = Library(tmp_path / "library.sqlite3")
    analyzer = CachedAnalyzer(library)
    start = TRAM.text.index("fares stay")
    analyzer.store(TRAM.text_hash, Analysis(quotes=[Quote(start, start + 10, "fares stay", "indirect", "Ola Brandt")]))
    written = write_articles(tmp_path / "out.json", "json", [TRAM, FERRY], analyzer)
    data = json.loads(written.read_text(encoding="utf-8"))
    assert [a["title"] for a in data["articles"]] == ["Tram depot", "Ferry fares"]
    assert [q["speaker"] for q in data["articles"][0]["quotes"]] == ["Ola Brandt"]
    assert data["articles"][1]["quotes"] == []
    library.close()
