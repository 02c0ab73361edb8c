"""The main screen: article list, article text, sidebar; it owns the reader's state.

State flows down (reactives here, bound into the widgets with ``data_bind``); events
flow up (the widgets' messages, handled with ``@on``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from tui_reader.analysis.identity import People, Person
from tui_reader.analysis.model import Analysis
from tui_reader.analysis.service import CachedAnalyzer
from tui_reader.corpus.article import Article
from tui_reader.corpus.reader import LoadResult, load_paths
from tui_reader.ui.actions import bindings
from tui_reader.ui.labels import listed_claims
from tui_reader.ui.screens.speaker_search import SpeakerSearch
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.legend import Legend
from tui_reader.ui.widgets.sidebar import Sidebar


# How often the analysis worker reports: often enough to feel live, rarely enough to be cheap.
BATCH_SECONDS = 0.25


def corpus_people(analyses: dict[str, Analysis]) -> People:
    """Everyone quoted in the corpus, with their names merged across articles."""
    groups: list[list[str]] = []
    for analysis in analyses.values():
        groups.extend([s.name, *s.aliases] for s in analysis.speakers)
        groups.extend([q.speaker] for q in analysis.quotes if q.speaker)
    return People(groups)


class MainScreen(Screen[None]):
    """Three panes and the reader's state."""

    BINDINGS = bindings("screen")

    articles: reactive[list[Article]] = reactive(list, always_update=True)
    """The corpus, in load order."""
    analyses: reactive[dict[str, Analysis]] = reactive(dict, always_update=True, bindings=True)
    """Analyses by text hash; replaced (never mutated) when one arrives."""
    people: reactive[People] = reactive(lambda: People([]), always_update=True)
    """Everyone quoted in the corpus, names merged."""
    article: reactive[Article | None] = reactive(None, bindings=True)
    """The open article."""
    analysis: reactive[Analysis | None] = reactive(None, bindings=True)
    """The open article's analysis, when ready."""
    speaker_filter: reactive[Person | None] = reactive(None, bindings=True)
    """Only this person's articles are listed and their quotes stay bright."""
    mark: reactive[tuple[int, int] | None] = reactive(None, bindings=True)
    """The span the reader jumped to."""
    chosen_speaker: reactive[str | None] = reactive(None, bindings=True)
    """The speaker under the sidebar cursor: n/N step through their quotes."""
    pending: reactive[frozenset[str]] = reactive(frozenset)
    """Text hashes waiting for analysis."""
    progress: reactive[str] = reactive("")
    """"Analysing 2/3…" while the worker runs."""

    @dataclass
    class Loaded(Message):
        """The corpus was read, with whatever analyses the cache already had."""

        result: LoadResult
        cached: dict[str, Analysis]

    @dataclass
    class AnalysisReady(Message):
        """A batch of articles was analysed (by text hash)."""

        analyses: dict[str, Analysis]
        done: int
        total: int

    @dataclass
    class AnalysisFailed(Message):
        """The analysis worker stopped with an error."""

        reason: str

    def __init__(self, paths: list[Path], analyzer: CachedAnalyzer) -> None:
        super().__init__()
        self.paths = paths
        """The files and folders to read."""
        self.analyzer = analyzer
        """Cache in front of spaCy."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="articles").data_bind(
                MainScreen.articles, MainScreen.analyses, MainScreen.speaker_filter, MainScreen.article,
                MainScreen.progress,
            )
            with Vertical(id="reading"):
                yield ArticleView(id="text").data_bind(
                    MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter, MainScreen.mark,
                    MainScreen.pending,
                )
                yield Legend(id="legend")
            yield Sidebar(id="sidebar").data_bind(MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter)
        yield Footer(compact=True)

    # -- loading and analysis ----------------------------------------------------

    def on_mount(self) -> None:
        self.query_one(ArticleView).border_title = "Article"
        self.progress = "Loading…"
        self.load_corpus()

    @work(thread=True, exclusive=True, group="load")
    def load_corpus(self) -> None:
        """Read the articles and the cached analyses off the event loop."""
        result = load_paths(self.paths)
        cached = self.analyzer.cached(result.articles)
        self.post_message(self.Loaded(result, cached))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        for problem in message.result.problems:
            self.notify(f"{problem.source}: {problem.reason}", title="Skipped a file", severity="warning", timeout=8)
        self.articles = message.result.articles
        self.analyses = dict(message.cached)
        self.people = corpus_people(self.analyses)
        misses = [a for a in self.articles if a.text_hash not in self.analyses]
        self.pending = frozenset(a.text_hash for a in misses)
        self.progress = ""
        if self.articles:
            self.open_article(self.articles[0].text_hash)
        else:
            self.notify("No articles to show.", severity="warning")
        if misses:
            self.progress = f"Analysing 0/{len(misses)}…"
            # After the next paint: the reader sees the articles before spaCy starts loading.
            self.call_after_refresh(self.analyse, misses)

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, articles: list[Article]) -> None:
        """Analyse the cache misses; spaCy loads here, in a thread, never on the event loop."""
        worker = get_current_worker()
        batch: dict[str, Analysis] = {}
        posted = time.monotonic()
        try:
            for done, (item, analysis) in enumerate(self.analyzer.analyze(articles), 1):
                if worker.is_cancelled:
                    return
                batch[item.text_hash] = analysis
                # Results go up in batches: each one rebuilds the lists and the corpus's
                # people, which per article would be quadratic over a large corpus.
                if done == len(articles) or time.monotonic() - posted >= BATCH_SECONDS:
                    self.post_message(self.AnalysisReady(batch, done, len(articles)))
                    batch, posted = {}, time.monotonic()
        except Exception as error:  # the app must keep working without highlights
            self.post_message(self.AnalysisFailed(f"{type(error).__name__}: {error}"))

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        self.analyses = {**self.analyses, **message.analyses}
        self.people = corpus_people(self.analyses)
        self.pending = self.pending - message.analyses.keys()
        self.progress = "" if message.done >= message.total else f"Analysing {message.done}/{message.total}…"

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        self.pending = frozenset()
        self.progress = "Analysis failed"
        self.notify(message.reason, title="Analysis failed", severity="error", timeout=10)

    def watch_analyses(self) -> None:
        self._sync_analysis()

    def watch_article(self) -> None:
        self.mark = None
        self.chosen_speaker = None
        self._sync_analysis()

    def watch_mark(self, mark: tuple[int, int] | None) -> None:
        if mark is None and self.is_mounted:
            self.query_one(Sidebar).selected = None

    def _sync_analysis(self) -> None:
        self.analysis = self.analyses.get(self.article.text_hash) if self.article is not None else None

    def open_article(self, text_hash: str) -> None:
        """Show an article in the text pane."""
        self.article = next((a for a in self.articles if a.text_hash == text_hash), None)

    # -- events from the panes ---------------------------------------------------

    @on(ArticleList.ArticleChosen)
    def _article_chosen(self, message: ArticleList.ArticleChosen) -> None:
        self.open_article(message.text_hash)

    @on(Sidebar.JumpRequested)
    def _jump_requested(self, message: Sidebar.JumpRequested) -> None:
        self.jump_to(message.start, message.end)

    @on(Sidebar.SpeakerHighlighted)
    def _speaker_highlighted(self, message: Sidebar.SpeakerHighlighted) -> None:
        if message.name is not None:
            self.chosen_speaker = message.name

    def jump_to(self, start: int, end: int) -> None:
        """Mark a span and scroll the text so it is visible."""
        self.mark = (start, end)
        self.query_one(ArticleView).scroll_to_span(start, end)

    # -- actions -----------------------------------------------------------------

    def _quote_spans(self) -> list[tuple[int, int]]:
        # The chosen speaker's quotes; failing that the filtered person's; else everyone's.
        analysis = self.analysis
        if analysis is None:
            return []
        names: set[str] | None = None
        chosen = self.people.person_of(self.chosen_speaker) if self.chosen_speaker else None
        if chosen is not None:
            names = set(chosen.names)
        elif self.chosen_speaker:
            names = {self.chosen_speaker}
        elif self.speaker_filter is not None:
            names = set(self.speaker_filter.names)
        return sorted(
            (q.start, q.end) for q in analysis.quotes
            if q.speaker and q.kind != "scare" and (names is None or q.speaker in names)
        )

    def _claim_spans(self) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in listed_claims(self.analysis)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disable (grey out) actions that would do nothing now."""
        if action in {"next_quote", "previous_quote"}:
            return True if self._quote_spans() else None
        if action in {"next_claim", "previous_claim"}:
            return True if self._claim_spans() else None
        if action == "filter_speaker":
            return True if self.chosen_speaker else None
        if action == "search_speaker":
            return True if len(self.people) else None
        if action == "clear":
            return True if (self.speaker_filter is not None or self.mark is not None) else None
        return True

    def _step(self, spans: list[tuple[int, int]], forward: bool) -> tuple[int, int] | None:
        # From the mark if there is one, else from the top of the screen; wraps around.
        if not spans:
            return None
        view = self.query_one(ArticleView)
        if self.mark is not None:
            here = self.mark
        else:
            first = view.line_start(view.visible_lines().start)
            here = (first - 1, first - 1) if forward else (first, first)
        if forward:
            return next((s for s in spans if s > here), spans[0])
        return next((s for s in reversed(spans) if s < here), spans[-1])

    def _jump_and_select(self, span: tuple[int, int] | None, entry: str | None) -> None:
        if span is None:
            return
        self.jump_to(*span)
        if entry is not None:
            self.query_one(Sidebar).select_entry(entry)

    def action_next_quote(self) -> None:
        """Jump to the chosen speaker's next quote."""
        self._jump_and_select(self._step(self._quote_spans(), True), None)

    def action_previous_quote(self) -> None:
        """Jump to the chosen speaker's previous quote."""
        self._jump_and_select(self._step(self._quote_spans(), False), None)

    def _claim_entry(self, span: tuple[int, int] | None) -> str | None:
        spans = self._claim_spans()
        return f"claim:{spans.index(span)}" if span in spans else None

    def action_next_claim(self) -> None:
        """Jump to the next claim."""
        span = self._step(self._claim_spans(), True)
        self._jump_and_select(span, self._claim_entry(span))

    def action_previous_claim(self) -> None:
        """Jump to the previous claim."""
        span = self._step(self._claim_spans(), False)
        self._jump_and_select(span, self._claim_entry(span))

    def action_filter_speaker(self) -> None:
        """Filter the article list by the speaker under the sidebar cursor (again: unfilter)."""
        person = self.people.person_of(self.chosen_speaker)
        if person is None:
            return
        self.speaker_filter = None if self.speaker_filter == person else person

    def action_search_speaker(self) -> None:
        """Type a speaker's name, with completion, to filter by."""

        def chosen(name: str | None) -> None:
            if not name:
                return
            person = self.people.find(name)
            if person is None:
                self.notify(f"No speaker called {name!r} in these articles.", severity="warning")
            else:
                self.speaker_filter = person

        self.app.push_screen(SpeakerSearch(self.people.all_names()), chosen)

    def action_clear(self) -> None:
        """Clear the speaker filter, or else the mark."""
        if self.speaker_filter is not None:
            self.speaker_filter = None
        else:
            self.mark = None

    def _focused_action(self, list_action: str, view_action: str | None) -> None:
        focused = self.focused
        if focused is None:
            return
        if isinstance(focused, ArticleView):
            if view_action is not None:
                getattr(focused, f"action_{view_action}")()
        elif hasattr(focused, f"action_{list_action}"):
            getattr(focused, f"action_{list_action}")()

    def action_cursor_down(self) -> None:
        """Next entry of the focused list, or scroll the text down."""
        self._focused_action("cursor_down", "scroll_down")

    def action_cursor_up(self) -> None:
        """Previous entry of the focused list, or scroll the text up."""
        self._focused_action("cursor_up", "scroll_up")

    def action_top(self) -> None:
        """First entry, or the top of the text."""
        self._focused_action("first", "scroll_home")

    def action_bottom(self) -> None:
        """Last entry, or the end of the text."""
        self._focused_action("last", "scroll_end")

    def action_select(self) -> None:
        """Enter: open the article or jump to the entry under the cursor."""
        self._focused_action("select", None)

    def action_focus_next_pane(self) -> None:
        """Focus the next pane."""
        self.focus_next()

    def action_focus_previous_pane(self) -> None:
        """Focus the previous pane."""
        self.focus_previous()
