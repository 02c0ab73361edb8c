"""The main screen: article list, article text, sidebar; it owns the reader's state.

State flows down (reactives here, bound into the widgets with ``data_bind``); events
flow up (the widgets' messages, handled with ``@on``).
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.corpus_wide.identity import People, Person
from tui_reader.analysis.model import Analysis
from tui_reader.analysis.summary import Summary, summarize

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.storage.loading import LoadProgress
from tui_reader.corpus.article import Article
from tui_reader.settings import SORTS, Settings
from tui_reader.storage.library import Library
from tui_reader.storage.search import find_matches, query_words
from tui_reader.storage.state import MarkSet, StateError, UserState
from tui_reader.ui.actions import bindings
from tui_reader.ui.highlight import LAYERS
from tui_reader.ui.screens.navigation_actions import NavigationActions
from tui_reader.ui.screens.reading_actions import ReadingActions
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
# The place in the open article is saved this often when it changed (each save syncs the disk).
POSITION_SECONDS = 2.0
# Search hits listed at most: beyond this many, the reader should narrow the search.
SEARCH_LIMIT = 2000


def corpus_people(summaries: dict[str, Summary]) -> People:
    """Everyone quoted in the corpus, with their names merged across articles."""
    return People.from_articles(summary.name_groups for summary in summaries.values())


class MainScreen(NavigationActions, ReadingActions, Screen[None]):
    """Three panes and the reader's state.

    The state is held in ``var``s: the screen draws nothing itself, so a change needs no
    repaint of the whole screen; the panes it is bound into repaint what they show.
    """

    BINDINGS = bindings("screen")

    articles: var[list[Article]] = var(list, always_update=True)
    """The corpus, in load order."""
    summaries: var[dict[str, Summary]] = var(dict, always_update=True)
    """What the list and the filters need of each analysis, by text hash; replaced, never mutated."""
    people: var[People] = var(lambda: People([]), always_update=True)
    """Everyone quoted in the corpus, names merged."""
    article: var[Article | None] = var(None, bindings=True)
    """The open article."""
    analysis: var[Analysis | None] = var(None, bindings=True)
    """The open article's analysis, when ready."""
    speaker_filter: var[Person | None] = var(None, bindings=True)
    """Only this person's articles are listed and their quotes stay bright."""
    shown: var[frozenset[str] | None] = var(None)
    """The text hashes the list shows (None: every article)."""
    filter_label: var[str] = var("")
    """What the list is filtered by, in words."""
    sort: var[str] = var("corpus")
    """The order of the article list (one of ``SORTS``)."""
    read: var[MarkSet] = var(MarkSet, always_update=True)
    """The articles the reader has read (matched by text hash or source)."""
    bookmarks: var[MarkSet] = var(MarkSet, always_update=True)
    """The bookmarked articles."""
    hide_read: var[bool] = var(False, bindings=True)
    """Read articles are left out of the list (the open one stays)."""
    only_bookmarks: var[bool] = var(False, bindings=True)
    """Only bookmarked articles are listed."""
    layers: var[frozenset[str]] = var(frozenset(LAYERS))
    """The highlight layers shown in the text."""
    search: var[str] = var("", bindings=True)
    """The words searched for ("" for no search)."""
    snippets: var[dict[str, str]] = var(dict)
    """Each search hit's text around the match, by text hash (the match between \\x02 and \\x03)."""
    matches: var[tuple[tuple[int, int], ...]] = var(tuple, bindings=True)
    """Where the search words occur in the open article."""
    mark: var[tuple[int, int] | None] = var(None, bindings=True)
    """The span the reader jumped to."""
    chosen_speaker: var[str | None] = var(None, bindings=True)
    """The speaker under the sidebar cursor: n/N step through their quotes."""
    pending: var[frozenset[str]] = var(frozenset)
    """Text hashes waiting for analysis."""
    progress: var[str] = var("")
    """"Analyzing 2/3…" while the worker runs."""

    @dataclass
    class Loaded(Message):
        """A batch of articles was read, with the summaries the library already had."""

        progress: LoadProgress
        summaries: dict[str, Summary]
        finished: bool

    @dataclass
    class AnalysisReady(Message):
        """A batch of articles was analyzed (by text hash)."""

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

    def __init__(
        self,
        paths: list[Path | str],
        analyzer: CachedAnalyzer,
        library: Library | None = None,
        state: UserState | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        """What the reader saves (read marks, bookmarks, position); None when it cannot be opened."""
        self.settings = settings or Settings()
        """The settings file's choices."""
        self._restored = False
        self._saved_position: tuple[str, int] | None = None
        self.paths = paths
        """The files, folders and web addresses to read."""
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
                MainScreen.article, MainScreen.progress, MainScreen.snippets, MainScreen.sort,
                MainScreen.read, MainScreen.bookmarks,
            )
            with Vertical(id="reading"):
                yield ArticleView(id="text").data_bind(
                    MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter, MainScreen.mark,
                    MainScreen.pending, MainScreen.matches, MainScreen.layers,
                )
                yield Legend(id="legend")
            yield Sidebar(id="sidebar").data_bind(MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter)
        yield Footer(compact=True)

    # -- loading and analysis ----------------------------------------------------

    def on_mount(self) -> None:
        self.query_one(ArticleView).border_title = "Article"
        self.progress = "Loading…"
        self.refresh_marks()
        saved_layers = self.state.get_pref("layers") if self.state is not None else None
        chosen = saved_layers if isinstance(saved_layers, list) else [k for k, on in self.settings.layers.items() if on]
        self.layers = frozenset(layer for layer in chosen if layer in LAYERS)
        if self.settings.sort in SORTS:
            self.sort = self.settings.sort
        self.set_interval(POSITION_SECONDS, self.save_position)
        # After the first paint: reading files in a thread would compete with it for the GIL.
        self.call_after_refresh(self.load_corpus)

    def save_position(self) -> None:
        """Remember the open article and the place in it, when either changed."""
        article = self.article
        views = self.query(ArticleView)
        if article is None or self.state is None or not self._restored or not views:
            return
        position = (article.text_hash, views.first().top_offset())
        if position != self._saved_position:
            self._saved_position = position
            # Quietly: a failure here is retried at the next tick, and told on real saves.
            try:
                self.state.save_position(article, position[1])
            except StateError:
                self._saved_position = None

    def _restore_position(self) -> None:
        # The last article read, at the place it was left; once per launch.
        last = self.state.last_position() if self.state is not None else None
        if last is not None:
            key, offset = last
            found = self._by_hash.get(key.text_hash) or next((a for a in self.articles if key.matches(a)), None)
            if found is not None:
                self.open_article(found.text_hash)
                listing = self.query_one(ArticleList)
                row = listing.row_of(found.text_hash)
                if row is not None:
                    listing.highlighted = row
                self.query_one(ArticleView).scroll_to_offset(offset)
        self._restored = True

    @work(thread=True, exclusive=True, group="load")
    def load_corpus(self) -> None:
        """Read the articles (unchanged files come from the library) and their stored summaries."""
        from tui_reader.storage.loading import load_with_library  # deferred: the readers are not needed to paint

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
        self._restore_position()
        self.rebuild_people()
        if not self.articles:
            self.notify("No articles to show.", severity="warning", markup=False)
        misses = [a for a in self.articles if a.text_hash not in self.summaries]
        self.pending = frozenset(a.text_hash for a in misses)
        if misses:
            self.progress = f"Analyzing 0/{len(misses)}…"
            # After the next paint: the reader sees the articles before spaCy starts loading.
            self.call_after_refresh(self.analyze, misses)

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
    def analyze(self, articles: list[Article]) -> None:
        """Analyze the cache misses; spaCy loads here, in a thread, never on the event loop."""
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
        self.progress = "" if finished else f"Analyzing {message.done}/{message.total}…"
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
        if article not in self.read and self.state is not None:
            try:
                self.state.mark_read(article)
                self.read = self.state.read_keys()
            except StateError as error:
                self.notify(str(error), title="Could not save", severity="error", markup=False)
        if article.text_hash in self.summaries:
            self.analysis = self.analyzer.cached([article]).get(article.text_hash)
        else:
            self.analysis = None
            self._urgent.append(article.text_hash)

    def watch_speaker_filter(self) -> None:
        self._apply_filters()

    def watch_hide_read(self) -> None:
        self._apply_filters()

    def watch_only_bookmarks(self) -> None:
        self._apply_filters()

    def watch_bookmarks(self) -> None:
        if self.only_bookmarks:
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
        if self.only_bookmarks or self.hide_read:
            keep = {
                a.text_hash for a in self.articles
                if (not self.only_bookmarks or a in self.bookmarks) and (not self.hide_read or a not in self.read)
            }
            if self.hide_read and self.article is not None:
                keep.add(self.article.text_hash)  # reading it must not make it vanish
            shown = keep if shown is None else shown & keep
            labels += ["★"] * self.only_bookmarks + ["unread"] * self.hide_read
        self.shown = None if shown is None else frozenset(shown)
        self.filter_label = " ".join(labels)

    def watch_mark(self, mark: tuple[int, int] | None) -> None:
        if mark is None and self.is_mounted:
            self.query_one(Sidebar).selected = None

    def open_article(self, text_hash: str) -> None:
        """Show an article in the text pane (the place in the one left is saved first)."""
        self.save_position()
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

    # -- actions (the rest are in NavigationActions and ReadingActions) -------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disable (grey out) actions that would do nothing now."""
        if action in {"next_quote", "previous_quote"}:
            return True if self._quote_spans() else None
        if action in {"next_claim", "previous_claim"}:
            return True if self._claim_spans() else None
        if action == "filter_speaker":
            return True if self.chosen_speaker else None
        if action in {"search_speaker", "speaker_view"}:
            return True if len(self.people) else None
        if action == "claims_view":
            return True if self.summaries else None
        if action in {"export_article", "copy", "open_url", "toggle_read", "bookmark"}:
            return True if self.article is not None else None
        if action == "clear":
            return True if (self.search or self.speaker_filter is not None or self.mark is not None) else None
        return True
