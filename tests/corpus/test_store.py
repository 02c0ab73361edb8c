"""The analysis cache: hits, version misses, and a corrupt file set aside."""

import pytest

from tui_reader.analysis import pipeline as analyzer_module
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis, Quote
from tui_reader.corpus.article import Article
from tui_reader.storage.library import Library


@pytest.fixture
def counting_analyser(monkeypatch):
    """Replaces spaCy with a stub that counts the texts it is asked to analyze."""
    calls: list[str] = []

    def fake_analyze_texts(texts):
        for text in texts:
            calls.append(text)
            yield Analysis(quotes=[Quote(0, 4, text[:4], "direct", "Someone")])

    monkeypatch.setattr(analyzer_module, "analyze_texts", fake_analyze_texts)
    return calls


def articles(*texts):
    return [Article(source=f"{i}.txt", title=t, text=t) for i, t in enumerate(texts)]


def test_second_analysis_of_the_same_text_is_a_cache_hit(tmp_path, counting_analyser):
    cache = Library(tmp_path / "a.sqlite3")
    first = [r for _, r in CachedAnalyzer(cache).analyze(articles("One story.", "Two story."))]
    assert len(counting_analyser) == 2
    again = list(CachedAnalyzer(Library(tmp_path / "a.sqlite3")).analyze(articles("One story.")))
    assert len(counting_analyser) == 2  # nothing re-analyzed
    assert again[0][1] == first[0]
    assert again[0][1].quotes[0].speaker == "Someone"


def test_a_new_analyser_version_misses(tmp_path, counting_analyser):
    cache = Library(tmp_path / "a.sqlite3")
    list(CachedAnalyzer(cache).analyze(articles("One story.")))
    newer = CachedAnalyzer(cache)
    newer.version += "-next"
    assert newer.cached(articles("One story.")) == {}
    list(newer.analyze(articles("One story.")))
    assert len(counting_analyser) == 2


def test_corrupt_cache_is_set_aside_and_rebuilt(tmp_path):
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = Library(path)
    assert cache.recovered_from is not None and cache.recovered_from.exists()
    cache.put("h", "v", {"quotes": []})
    assert cache.get("h", "v") == {"quotes": []}
