"""Background analysis: the article the reader opens is analyzed before the rest of the queue."""

import threading

from tests.ui.conftest import SIZE
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis, Claim
from tui_reader.storage.library import open_default_library
from tui_reader.ui.widgets.article_list import ArticleList


class RecordingAnalyzer(CachedAnalyzer):
    """No spaCy: every text gets one claim; records each batch it is asked for, the first held at a gate."""

    def __init__(self, cache, gate: threading.Event):
        super().__init__(cache)
        self.gate = gate
        self.calls: list[list[str]] = []

    def analyze(self, items):
        items = list(items)
        if not self.calls:
            self.gate.wait(30)
        self.calls.append([item.text_hash for item in items])
        for item in items:
            yield item, Analysis(claims=[Claim(0, 1, item.text[0], 1, "things", "count")])


async def test_the_opened_article_jumps_the_analysis_queue(make_app, tmp_path, home):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02}.txt").write_text(
            f"Story {i}\n\nThe harbour board met for the {i} time and approved plan {i * 3}.\n", encoding="utf-8"
        )
    gate = threading.Event()
    analyzer = RecordingAnalyzer(open_default_library(), gate)
    app = make_app(folder, analyzer=analyzer)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause()
            if len(app.screen.articles) == 40 and app.screen.pending:
                break
        screen = app.screen
        assert screen.progress.startswith("Analyzing 0/40")
        await pilot.press("G", "enter")
        last = screen.articles[-1]
        assert screen.article == last and screen.analysis is None
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = screen.articles[0]
        # The first article was open at launch, then the reader opened the last one.
        assert analyzer.calls[0] == [first.text_hash]
        assert analyzer.calls[1] == [last.text_hash]
        assert sorted(h for call in analyzer.calls for h in call) == sorted(a.text_hash for a in screen.articles)
        assert screen.analysis is not None and screen.analysis.claims[0].unit == "things"
        listing = screen.query_one(ArticleList)
        assert "1 claim" in listing.row_text(listing.row_of(last.text_hash))
        assert screen.progress == ""


class BrokenAnalyzer(CachedAnalyzer):
    """No spaCy: the analysis fails at once, as a missing model would; counts the runs."""

    def __init__(self, cache):
        super().__init__(cache)
        self.runs = 0

    def analyze(self, items):
        self.runs += 1
        raise RuntimeError("no language model installed")


async def test_a_failed_analysis_is_told_once_and_reading_goes_on(make_app, tmp_path, home):
    folder = tmp_path / "two"
    folder.mkdir()
    for name, line in (("a", "The ferry board met on Monday."), ("b", "The tram depot opened on Friday.")):
        (folder / f"{name}.txt").write_text(f"Story {name}\n\n{line}\n", encoding="utf-8")
    analyzer = BrokenAnalyzer(open_default_library())
    app = make_app(folder, analyzer=analyzer)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            await pilot.pause()
            await app.workers.wait_for_complete()
            if app.screen.progress == "Analysis failed":
                break
        screen = app.screen
        assert screen.progress == "Analysis failed" and screen.pending == frozenset()
        failed = [n.message for n in app._notifications if n.title == "Analysis failed"]
        assert failed == ["RuntimeError: no language model installed"]
        for _ in range(5):  # no run starts again by itself
            await pilot.pause()
        assert analyzer.runs == 1
        await pilot.press("j", "enter")
        assert screen.article == screen.articles[1] and screen.analysis is None
