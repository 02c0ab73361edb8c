"""The main screen: article list, article text, sidebar; it owns the reader's state.

State flows down (reactives here, bound into the widgets with ``data_bind``); events
flow up (the widgets' messages, handled with ``@on``).
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from tui_reader.analysis.identity import People, Person
from tui_reader.analysis.model import Analysis
from tui_reader.analysis.service import CachedAnalyzer
from tui_reader.analysis.summary import Summary, summarize
from tui_reader.corpus.article import Article
from tui_reader.corpus.search import find_matches, query_words
from tui_reader.corpus.loading import LoadProgress, load_with_library
from tui_reader.corpus.store import Library
from tui_reader.ui.actions import bindings
from tui_reader.ui.labels import listed_claims
from tui_reader.ui.screens.prompt import Prompt
from tui_reader.ui.widgets.article_list import ArticleList, one_line
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.legend import Legend
from tui_reader.ui.widgets.sidebar import Sidebar


# How often the workers report: often enough to feel live, rarely enough to be cheap.
BATCH_SECONDS = 0.25
# Articles handed to spaCy at a time: small enough that an article the reader opens
# jumps the queue within a second or so, large enough for nlp.pipe to batch well.
ANALYSIS_CHUNK = 16
# The corpus's people are worked out again at most this often while analysis runs.
PEOPLE_SECONDS = 2.0
# Search hits listed at most: beyond this many, the reader should narrow the search.
SEARCH_LIMIT = 2000


def corpus_people(summaries: dict[str, Summary]) -> People:
    """Everyone quoted in the corpus, with their names merged across articles."""
    return People(group for summary in summaries.values() for group in summary.name_groups)


class MainScreen(Screen[None]):
    """Three panes and the reader's state."""

    BINDINGS = bindings("screen")

    articles: reactive[list[Article]] = reactive(list, always_update=True)
    """The corpus, in load order."""
    summaries: reactive[dict[str, Summary]] = reactive(dict, always_update=True)
    """What the list and the filters need of each analysis, by text hash; replaced, never mutated."""
    people: reactive[People] = reactive(lambda: People([]), always_update=True)
    """Everyone quoted in the corpus, names merged."""
    article: reactive[Article | None] = reactive(None, bindings=True)
    """The open article."""
    analysis: reactive[Analysis | None] = reactive(None, bindings=True)
    """The open article's analysis, when ready."""
    speaker_filter: reactive[Person | None] = reactive(None, bindings=True)
    """Only this person's articles are listed and their quotes stay bright."""
    shown: reactive[frozenset[str] | None] = reactive(None)
    """The text hashes the list shows (None: every article)."""
    filter_label: reactive[str] = reactive("")
    """What the list is filtered by, in words."""
    search: reactive[str] = reactive("", bindings=True)
    """The words searched for ("" for no search)."""
    snippets: reactive[dict[str, str]] = reactive(dict)
    """Each search hit's text around the match, by text hash (the match between \\x02 and \\x03)."""
    matches: reactive[tuple[tuple[int, int], ...]] = reactive(tuple, bindings=True)
    """Where the search words occur in the open article."""
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
        """A batch of articles was read, with the summaries the library already had."""

        progress: LoadProgress
        summaries: dict[str, Summary]
        finished: bool

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

    @dataclass
    class PeopleReady(Message):
        """The corpus's people were worked out again."""

        people: People

    def __init__(self, paths: list[Path], analyzer: CachedAnalyzer, library: Library | None = None) -> None:
        super().__init__()
        self.paths = paths
        """The files and folders to read."""
        self.analyzer = analyzer
        """Cache in front of spaCy."""
        self.library = library
        """Where articles read before are kept (None: read every file)."""
        self._by_hash: dict[str, Article] = {}
        self._urgent: list[str] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="articles").data_bind(
                MainScreen.articles, MainScreen.summaries, MainScreen.shown, MainScreen.filter_label,
                MainScreen.article, MainScreen.progress, MainScreen.snippets,
            )
            with Vertical(id="reading"):
                yield ArticleView(id="text").data_bind(
                    MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter, MainScreen.mark,
                    MainScreen.pending, MainScreen.matches,
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
        """Read the articles (unchanged files come from the library) and their stored summaries."""
        worker = get_current_worker()
        batches = load_with_library(self.paths, self.library, BATCH_SECONDS)
        progress = next(batches)
        for upcoming in batches:
            if worker.is_cancelled:
                return
            summaries = self.analyzer.summaries(a.text_hash for a in progress.articles)
            self.post_message(self.Loaded(progress, summaries, False))
            progress = upcoming
        summaries = self.analyzer.summaries(a.text_hash for a in progress.articles)
        self.post_message(self.Loaded(progress, summaries, True))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        batch = message.progress
        for problem in batch.problems:
            self.notify(str(problem), title="Skipped a file", severity="warning", timeout=8, markup=False)
        fresh = [a for a in batch.articles if a.text_hash not in self._by_hash]
        self._by_hash.update((a.text_hash, a) for a in fresh)
        self.articles = self.articles + fresh
        self.summaries = {**self.summaries, **message.summaries}
        if self.article is None and self.articles:
            self.open_article(self.articles[0].text_hash)
        if not message.finished:
            self.progress = f"Loading {batch.files_done}/{batch.files_total} files…"
            return
        self.progress = ""
        self.rebuild_people()
        if not self.articles:
            self.notify("No articles to show.", severity="warning")
        misses = [a for a in self.articles if a.text_hash not in self.summaries]
        self.pending = frozenset(a.text_hash for a in misses)
        if misses:
            self.progress = f"Analysing 0/{len(misses)}…"
            # After the next paint: the reader sees the articles before spaCy starts loading.
            self.call_after_refresh(self.analyse, misses)

    def _next_chunk(self, queue: deque[Article], done: set[str]) -> list[Article]:
        # The article the reader opened goes first; then the queue in list order.
        while self._urgent:
            wanted = self._by_hash.get(self._urgent.pop())
            if wanted is not None and wanted.text_hash not in done:
                return [wanted]
        chunk: list[Article] = []
        while queue and len(chunk) < ANALYSIS_CHUNK:
            item = queue.popleft()
            if item.text_hash not in done:
                chunk.append(item)
        return chunk

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self, articles: list[Article]) -> None:
        """Analyse the cache misses; spaCy loads here, in a thread, never on the event loop."""
        worker = get_current_worker()
        queue = deque(articles)
        done: set[str] = set()
        batch: dict[str, Analysis] = {}
        posted = time.monotonic()
        try:
            while chunk := self._next_chunk(queue, done):
                for item, analysis in self.analyzer.analyze(chunk):
                    if worker.is_cancelled:
                        return
                    done.add(item.text_hash)
                    batch[item.text_hash] = analysis
                urgent = self.article is not None and self.article.text_hash in batch
                # Results go up in batches: each one refreshes the lists and the filter.
                if not queue or urgent or time.monotonic() - posted >= BATCH_SECONDS:
                    self.post_message(self.AnalysisReady(batch, len(done), len(articles)))
                    batch, posted = {}, time.monotonic()
            if batch:
                self.post_message(self.AnalysisReady(batch, len(done), len(articles)))
        except Exception as error:  # the app must keep working without highlights
            self.post_message(self.AnalysisFailed(f"{type(error).__name__}: {error}"))

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        self.summaries = {**self.summaries, **{h: summarize(a) for h, a in message.analyses.items()}}
        self.pending = self.pending - message.analyses.keys()
        if self.article is not None and self.article.text_hash in message.analyses:
            self.analysis = message.analyses[self.article.text_hash]
        finished = message.done >= message.total
        self.progress = "" if finished else f"Analysing {message.done}/{message.total}…"
        if finished or time.monotonic() - self._people_at >= PEOPLE_SECONDS:
            self.rebuild_people()
        self._apply_filters()

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        self.pending = frozenset()
        self.progress = "Analysis failed"
        self.notify(message.reason, title="Analysis failed", severity="error", timeout=10, markup=False)

    _people_at = 0.0

    def rebuild_people(self) -> None:
        """Work out the corpus's people again, off the event loop."""
        self._people_at = time.monotonic()
        self._people_worker(dict(self.summaries))

    @work(thread=True, exclusive=True, group="people")
    def _people_worker(self, summaries: dict[str, Summary]) -> None:
        people = corpus_people(summaries)
        if not get_current_worker().is_cancelled:
            self.post_message(self.PeopleReady(people))

    @on(PeopleReady)
    def _people_ready(self, message: PeopleReady) -> None:
        self.people = message.people
        if self.speaker_filter is not None:
            # Names found since the filter was set may belong to the same person.
            wider = self.people.find(self.speaker_filter.name)
            if wider is not None and wider != self.speaker_filter:
                self.speaker_filter = wider

    def watch_article(self) -> None:
        self.mark = None
        self.chosen_speaker = None
        self._find_matches()
        article = self.article
        if article is None:
            self.analysis = None
            return
        self.query_one(ArticleView).border_title = Content(one_line(article.title))  # a str is parsed as markup
        if article.text_hash in self.summaries:
            self.analysis = self.analyzer.cached([article]).get(article.text_hash)
        else:
            self.analysis = None
            self._urgent.append(article.text_hash)

    def watch_speaker_filter(self) -> None:
        self._apply_filters()

    def watch_search(self, query: str) -> None:
        if not query:
            self.snippets = {}
        elif self.library is not None:
            self.snippets = dict(self.library.search(query, limit=SEARCH_LIMIT))
        else:  # no library: a plain scan, without snippets
            words = query_words(query)
            self.snippets = {
                a.text_hash: "" for a in self.articles if all(find_matches(a.text, w) for w in words)
            }
        self._find_matches()
        self._apply_filters()
        if query and not self.snippets:
            self.notify(f"Nothing matches {query!r}.", severity="warning", markup=False)

    def _find_matches(self) -> None:
        article = self.article
        self.matches = tuple(find_matches(article.text, self.search)) if article is not None and self.search else ()

    def _apply_filters(self) -> None:
        shown: set[str] | None = None
        labels: list[str] = []
        person = self.speaker_filter
        if person is not None:
            hashes = self.analyzer.hashes_naming(person.names)
            if hashes is None:  # no index: read the summaries instead
                hashes = {h for h, s in self.summaries.items() if not s.quoted.isdisjoint(person.names)}
            shown, labels = set(hashes), [person.name]
        if self.search:
            hits = set(self.snippets)
            shown = hits if shown is None else shown & hits
            labels.append(f"“{self.search}”")
        self.shown = None if shown is None else frozenset(shown)
        self.filter_label = " ".join(labels)

    def watch_mark(self, mark: tuple[int, int] | None) -> None:
        if mark is None and self.is_mounted:
            self.query_one(Sidebar).selected = None

    def open_article(self, text_hash: str) -> None:
        """Show an article in the text pane."""
        self.article = self._by_hash.get(text_hash)

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
        # Search matches while searching; else the chosen speaker's quotes; failing that
        # the filtered person's; else everyone's.
        if self.matches:
            return list(self.matches)
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
            return True if (self.search or self.speaker_filter is not None or self.mark is not None) else None
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
                self.notify(f"No speaker called {name!r} in these articles.", severity="warning", markup=False)
            else:
                self.speaker_filter = person

        label = "Filter by speaker (→ completes, Enter filters, Esc cancels)"
        self.app.push_screen(Prompt(label, "name…", self.people.all_names()), chosen)

    def action_search(self) -> None:
        """Type words to search the corpus's full text."""

        def chosen(query: str | None) -> None:
            if query is not None:
                self.search = query

        label = "Search every article (all words must occur; Enter searches, Esc cancels)"
        self.app.push_screen(Prompt(label, "words…", value=self.search), chosen)

    def action_clear(self) -> None:
        """Clear the search, then the speaker filter, then the mark."""
        if self.search:
            self.search = ""
        elif self.speaker_filter is not None:
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
