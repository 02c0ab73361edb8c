"""The main screen: article list, article text, sidebar. It holds the reader's state,
composes the panes and binds the state into them.

State flows down (vars here, bound with ``data_bind``); events flow up (the panes'
messages, handled with ``@on``). The logic lives in ``ui.logic``: what is listed
(``listing``), n/N and c/C (``stepping``), typed names (``speakers``), search hits
(``searching``), exports (``exporting``) and what is saved (``keeping``); this screen
stores their results. The background work has widgets of its own that draw nothing
(``BackgroundWork``): ``CorpusLoader`` (the files and the library), ``AnalysisRunner``
(the analysis queue and the corpus's people), ``FeedRefresher`` (the followed feeds) and
``Exporter``; the screen tells them what to do and takes their messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis
from tui_reader.analysis.summary import Summary, summarize
from tui_reader.corpus.article import Article
from tui_reader.corpus.web.urls import split_sources
from tui_reader.settings import LAYERS, SORTS, Settings
from tui_reader.storage.state import MarkSet, UserState
from tui_reader.ui.actions import Owner, bindings
from tui_reader.ui.logic.keeping import Keeper
from tui_reader.ui.logic.listing import (
    Filters,
    depends_on_counts,
    filter_label,
    listed_articles,
    next_sort,
    one_line,
    quoting,
)
from tui_reader.ui.logic.searching import matches_in, search_hits
from tui_reader.ui.logic.speakers import quote_names
from tui_reader.ui.logic.stepping import Span, claim_spans, item_at, quote_spans, step
from tui_reader.ui.widgets.analysis_runner import AnalysisRunner
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.corpus_loader import CorpusLoader
from tui_reader.ui.widgets.exporter import Exporter
from tui_reader.ui.widgets.feed_refresher import FeedRefresher
from tui_reader.ui.widgets.keys_bar import KeysBar

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.corpus_wide.identity import People, Person
    from tui_reader.storage.library import Library
    from tui_reader.storage.loading import LoadProgress
    from tui_reader.ui.corpus_rows import Jump
    from tui_reader.ui.widgets.article_view import ArticleView
    from tui_reader.ui.widgets.sidebar import Sidebar

T = TypeVar("T")
# The place in the open article is saved this often when it changed (each save syncs the disk).
POSITION_SECONDS = 2.0


class MainScreen(Screen[None]):
    """Three panes and the reader's state.

    The state is held in ``var``s: the screen draws nothing itself, so a change needs no
    repaint of the whole screen; the panes it is bound into repaint what they show.
    """

    OWNER: Owner = "screen"
    BINDINGS = bindings(OWNER)

    articles: var[list[Article]] = var(list, always_update=True)
    """The corpus, in load order."""
    total: var[int] = var(0)
    """How many articles the corpus has."""
    listed: var[list[Article]] = var(list, always_update=True)
    """The articles the list shows: ``listed_articles`` of the corpus and the filters."""
    filter_label: var[str] = var("")
    """What the list is filtered by, in words."""
    summaries: var[dict[str, Summary]] = var(dict, always_update=True)
    """What the list and the filters need of each analysis, by text hash; replaced, never mutated."""
    people: var[People | None] = var(None, always_update=True)
    """Everyone quoted in the corpus, names merged (None until worked out, after loading)."""
    article: var[Article | None] = var(None, bindings=True)
    """The open article."""
    analysis: var[Analysis | None] = var(None, bindings=True)
    """The open article's analysis, when ready."""
    speaker_filter: var[Person | None] = var(None, bindings=True)
    """Only this person's articles are listed and their quotes stay bright."""
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
    shown_layers: var[frozenset[str]] = var(frozenset(LAYERS))
    """The highlight layers shown in the text."""
    search: var[str] = var("", bindings=True)
    """The words searched for ("" for no search)."""
    snippets: var[dict[str, str]] = var(dict)
    """Each search hit's text around the match, by text hash (the match between \\x02 and \\x03)."""
    matches: var[tuple[Span, ...]] = var(tuple, bindings=True)
    """Where the search words occur in the open article."""
    mark: var[Span | None] = var(None, bindings=True)
    """The span the reader jumped to."""
    chosen_speaker: var[str | None] = var(None, bindings=True)
    """The speaker under the sidebar cursor: n/N step through their quotes."""
    pending: var[frozenset[str]] = var(frozenset)
    """Text hashes waiting for analysis."""
    progress: var[str] = var("")
    """"Analyzing 2/3…" while the worker runs."""
    feed_progress: var[str] = var("")
    """"Feeds 2/5…" while the feeds are refreshed."""

    def __init__(
        self,
        paths: list[Path | str],
        analyzer: CachedAnalyzer,
        library: Library | None = None,
        state: UserState | None | Callable[[], UserState | None] = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        """The files, folders and web addresses to read."""
        self.analyzer = analyzer
        """Cache in front of spaCy."""
        self.library = library
        """Where articles read before are kept (None: read every file)."""
        self.keeper = Keeper(state)
        """What the reader saves (read marks, bookmarks, position, preferences)."""
        self.settings = settings or Settings()
        """The settings file's choices."""
        self._loader = CorpusLoader(paths, library, analyzer, id="loader")
        self._runner = AnalysisRunner(analyzer, id="analysis")
        self._refresher = FeedRefresher(split_sources(paths)[1], library, analyzer, id="feeds")
        self._exporter = Exporter(analyzer, id="exporter")
        self._by_hash: dict[str, Article] = {}
        self._cursor: str | None = None
        self._quoting: frozenset[str] | None = None
        self._panes_ready = False
        self._loaded_all = False
        self._restored = False
        self._opened_at = time.time()

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="articles").data_bind(
                MainScreen.listed, MainScreen.total, MainScreen.summaries, MainScreen.filter_label,
                MainScreen.article, MainScreen.progress, MainScreen.feed_progress, MainScreen.snippets,
                MainScreen.sort, MainScreen.read, MainScreen.bookmarks,
            )
            # The first frame shows the list within the frames of the other panes; the
            # panes themselves are mounted in their place right after it (_fill_panes).
            yield Static(id="reading-frame", classes="pane-frame")
            yield Static(id="sidebar-frame", classes="pane-frame")
        yield KeysBar(id="keys")
        yield self._loader
        yield self._runner
        yield self._refresher
        yield self._exporter

    def _panes(self) -> ComposeResult:
        # Deferred, as the panes are: not needed for the first frame.
        from tui_reader.ui.widgets.article_view import ArticleView
        from tui_reader.ui.widgets.legend import Legend
        from tui_reader.ui.widgets.sidebar import Sidebar

        with Vertical(id="reading"):
            yield ArticleView(id="text").data_bind(
                MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter, MainScreen.mark,
                MainScreen.pending, MainScreen.matches, MainScreen.shown_layers,
            )
            yield Legend(id="legend")
        yield Sidebar(id="sidebar").data_bind(
            MainScreen.article, MainScreen.analysis, MainScreen.speaker_filter, MainScreen.mark
        )

    # -- loading -------------------------------------------------------------------

    def on_mount(self) -> None:
        self.query_one("#reading-frame").border_title = "Article"
        self.query_one("#sidebar-frame").border_title = "Speakers & claims"
        # What the library holds is listed on the first frame: a few SQLite reads, no file
        # parsed. Files new or changed since, and everything the first frame does not
        # show (the reading panes, the open article, marks, preferences), come after it.
        first = self._loader.start()
        self._take(first.progress, first.summaries)
        self.call_after_refresh(self._fill_panes)

    async def _fill_panes(self) -> None:
        """After the first frame: the reading panes in their frames, then
        the marks, the preferences and the open article."""
        with self.app.batch_update():
            await self.query(".pane-frame").remove()
            await self.query_one("#panes").mount_compose(self._panes())
        self._text().border_title = "Article"
        self._panes_ready = True
        self._settle_preferences()
        self._open_first()
        if self._loaded_all:
            self._loading_done()

    def _settle_preferences(self) -> None:
        self.read, self.bookmarks = self.keeper.marks()
        saved = self.keeper.pref("layers")
        chosen = saved if isinstance(saved, list) else [k for k, shown in self.settings.layers.items() if shown]
        self.shown_layers = frozenset(layer for layer in chosen if layer in LAYERS)
        if self.settings.sort in SORTS:
            self.sort = self.settings.sort
        self.set_interval(POSITION_SECONDS, self.save_position)

    @on(CorpusLoader.Loaded)
    def _loaded(self, message: CorpusLoader.Loaded) -> None:
        self._take(message.progress, message.summaries)

    def _take(self, batch: LoadProgress, summaries: dict[str, Summary]) -> None:
        for problem in batch.problems:
            self.notify(str(problem), title="Skipped a file", severity="warning", timeout=8, markup=False)
        fresh = [a for a in batch.articles if a.text_hash not in self._by_hash]
        self._by_hash.update((a.text_hash, a) for a in fresh)
        self.summaries = {**self.summaries, **summaries}
        self.articles = self.articles + fresh
        if batch.finished:
            self.progress = ""
            self._loaded_all = True
        else:
            self.progress = f"Loading {batch.files_done}/{batch.files_total} files…"
        if self._panes_ready:
            self._open_first()
            if batch.finished:
                self._loading_done()

    def _open_first(self) -> None:
        # The article read last, where it was left, when it is loaded already; else the first.
        if not self._restore_place() and self.article is None and self.articles:
            self.open_article(self.articles[0].text_hash)

    def _loading_done(self) -> None:
        self._restore_place()
        self._restored = True
        self._rebuild_people()
        self.refresh_bindings()  # the feeds can be refreshed now
        if not self.articles:
            self.notify("No articles to show.", severity="warning", markup=False)
        misses = [a for a in self.articles if a.text_hash not in self.summaries]
        self.pending = frozenset(a.text_hash for a in misses)
        if misses:
            self._runner.add(misses)
            self.progress = f"Analyzing 0/{len(misses)}…"
            # After the next paint: the reader sees the articles before spaCy starts loading.
            self.call_after_refresh(self._runner.start)
        if self.settings.refresh_on_start and self._refresher.available:
            # The feeds fetched for the first time while loading are not asked again.
            self.call_after_refresh(self._refresher.start, self._opened_at)

    def _restore_place(self) -> bool:
        """Open the article read last at the place it was left (once per launch), when it is loaded."""
        if self._restored:
            return False
        last = self.keeper.last_place()
        if last is None:
            self._restored = True
            return False
        key, offset = last
        found = self._by_hash.get(key.text_hash) or next((a for a in self.articles if key.matches(a)), None)
        if found is None:
            return False
        self._restored = True
        self.reveal(found.text_hash, top=offset)
        return True

    def save_position(self) -> None:
        """Remember the open article and the place in it, when either changed."""
        if self.article is not None and self._restored and self._panes_ready:
            self.keeper.save_place(self.article, self._text().top_offset())

    # -- analysis ------------------------------------------------------------------

    @on(AnalysisRunner.Started)
    def _analysis_started(self, message: AnalysisRunner.Started) -> None:
        self.progress = f"Analyzing 0/{message.waiting}…"

    @on(AnalysisRunner.Ready)
    def _analysis_ready(self, message: AnalysisRunner.Ready) -> None:
        self.summaries = {**self.summaries, **{h: summarize(a) for h, a in message.analyses.items()}}
        self.pending = self.pending - message.analyses.keys()
        if self.article is not None and self.article.text_hash in message.analyses:
            self.analysis = message.analyses[self.article.text_hash]
        finished = message.done >= message.total
        self.progress = "" if finished else f"Analyzing {message.done}/{message.total}…"
        self._runner.find_people(self.summaries.values(), now=finished)
        if self.speaker_filter is not None:
            self._quoting = self._quoting_of(self.speaker_filter)
            self._relist()
        elif depends_on_counts(self.sort):
            self._relist()

    @on(AnalysisRunner.Failed)
    def _analysis_failed(self, message: AnalysisRunner.Failed) -> None:
        self.pending = frozenset()
        self.progress = "Analysis failed"
        self.notify(message.reason, title="Analysis failed", severity="error", timeout=10, markup=False)

    def _rebuild_people(self) -> None:
        self._runner.find_people(self.summaries.values())

    @on(AnalysisRunner.PeopleReady)
    def _people_ready(self, message: AnalysisRunner.PeopleReady) -> None:
        self.people = people = message.people
        if self.speaker_filter is not None:
            # Names found since the filter was set may belong to the same person.
            wider = people.find(self.speaker_filter.name)
            if wider is not None and wider != self.speaker_filter:
                self.speaker_filter = wider

    # -- what is listed ----------------------------------------------------------

    def _quoting_of(self, person: Person | None) -> frozenset[str] | None:
        if person is None:
            return None
        hashes = self.analyzer.hashes_naming(person.names)
        # Without the library's index of names, the summaries in memory say it.
        return frozenset(hashes) if hashes is not None else quoting(person.names, self.summaries)

    def _relist(self) -> None:
        filters = Filters(
            speaker=self.speaker_filter.name if self.speaker_filter is not None else None,
            quoting=self._quoting,
            search=self.search,
            hits=frozenset(self.snippets) if self.search else None,
            only_bookmarks=self.only_bookmarks,
            hide_read=self.hide_read,
            keep=self.article.text_hash if self.article is not None else None,
            sort=self.sort,
        )
        self.listed = listed_articles(self.articles, filters, self.read, self.bookmarks, self.summaries)
        self.filter_label = filter_label(filters)

    def watch_articles(self, articles: list[Article]) -> None:
        self.total = len(articles)
        self._relist()

    def watch_sort(self) -> None:
        self._relist()

    def watch_hide_read(self) -> None:
        self._relist()

    def watch_only_bookmarks(self) -> None:
        self._relist()

    def watch_read(self) -> None:
        if self.hide_read:
            self._relist()

    def watch_bookmarks(self) -> None:
        if self.only_bookmarks:
            self._relist()

    def watch_speaker_filter(self, person: Person | None) -> None:
        self._quoting = self._quoting_of(person)
        self._relist()

    def watch_search(self, query: str) -> None:
        self.snippets = search_hits(query, self.library, self.articles)
        self._find_matches()
        self._relist()
        if query and not self.snippets:
            self.notify(f"Nothing matches {query!r}.", severity="warning", markup=False)

    def _find_matches(self) -> None:
        self.matches = matches_in(self.article, self.search)

    # -- the feeds -----------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        """Refresh every feed followed in the background; new items arrive unread."""
        if self._refresher.available and self._loaded_all:
            self._refresher.start()

    @on(FeedRefresher.Progressed)
    def _feeds_progressed(self, message: FeedRefresher.Progressed) -> None:
        self.feed_progress = message.text
        self.refresh_bindings()  # refreshing again is greyed while one runs

    @on(FeedRefresher.ItemsArrived)
    def _items_arrived(self, message: FeedRefresher.ItemsArrived) -> None:
        self._take_items(message.items, message.summaries)

    def _take_items(self, items: list[Article], summaries: dict[str, Summary]) -> None:
        """A refreshed feed's items into the list: the new ones unread, in their feed's place."""
        from tui_reader.ui.logic.refreshing import merge_items

        merged = merge_items(self.articles, items, keep={self.article.text_hash} if self.article is not None else ())
        if not merged.changed:
            return
        fresh = [*merged.added, *merged.replaced.values()]
        for old in merged.replaced:
            self._by_hash.pop(old, None)
        self._by_hash.update((a.text_hash, a) for a in fresh)
        self.summaries = {**self.summaries, **summaries}
        if self.speaker_filter is not None:
            self._quoting = self._quoting_of(self.speaker_filter)
        if self.search:
            self.snippets = search_hits(self.search, self.library, self.articles)
        self.articles = merged.articles
        if self._panes_ready:
            self._open_first()
        misses = [a for a in fresh if a.text_hash not in self.summaries]
        if misses:
            self.pending = self.pending | {a.text_hash for a in misses}
            self._runner.add(misses)  # new articles: a failed analysis is tried again
            self._runner.start()
        elif summaries:
            self._rebuild_people()

    # -- the open article ----------------------------------------------------------

    def watch_article(self, article: Article | None) -> None:
        self.mark = None
        self.chosen_speaker = None
        self._find_matches()
        self._runner.open(article.text_hash if article is not None else None)
        if article is None:
            self.analysis = None
            return
        self._text().border_title = Content(one_line(article.title))  # a str is parsed as markup
        if article not in self.read:
            _, error = self.keeper.change(lambda state: state.mark_read(article))
            if error is None:
                self.read = self.keeper.marks()[0]
            elif self.keeper.state is not None:
                self.notify(error, title="Could not save", severity="error", markup=False)
        if self.hide_read:
            self._relist()
        known = article.text_hash in self.summaries
        self.analysis = self.analyzer.cached([article]).get(article.text_hash) if known else None

    def _text(self) -> ArticleView:
        # By id: the pane is mounted after the first frame, and its module imported then.
        return cast("ArticleView", self.query_one("#text"))

    def open_article(self, text_hash: str) -> None:
        """Show an article in the text pane (the place in the one left is saved first)."""
        self.save_position()
        self.article = self._by_hash.get(text_hash)

    def reveal(self, text_hash: str | None = None, *, span: Span | None = None, top: int | None = None) -> None:
        """Bring a place into view: open the article (unless it is open), then mark ``span``
        and scroll to it, or scroll so that offset ``top`` is the first line."""
        if text_hash is not None and (self.article is None or self.article.text_hash != text_hash):
            self.open_article(text_hash)
        view = self._text()
        if span is not None:
            self.mark = span
            view.scroll_to_span(*span)
        elif top is not None:
            view.scroll_to_offset(top)

    def on_screen_resume(self) -> None:
        # Textual 8.2.8 keeps the last 1,024 widgets' style caches alive, with every line
        # they drew (an lru_cache on StylesCache.get_inner_outer, a method): each closed
        # prompt, help screen, palette and corpus view stayed in memory. Back on the
        # reader, the caches of widgets that are gone are let go.
        from textual._styles_cache import StylesCache

        StylesCache.get_inner_outer.cache_clear()

    # -- events from the panes ---------------------------------------------------

    @on(ArticleList.ArticleChosen)
    def _article_chosen(self, message: ArticleList.ArticleChosen) -> None:
        self.open_article(message.text_hash)

    @on(ArticleList.CursorMoved)
    def _cursor_moved(self, message: ArticleList.CursorMoved) -> None:
        self._cursor = message.text_hash

    def on_sidebar_jump_requested(self, message: Sidebar.JumpRequested) -> None:
        """The sidebar asks for a span: mark it and bring it into view."""
        self.reveal(span=(message.start, message.end))

    def on_sidebar_speaker_highlighted(self, message: Sidebar.SpeakerHighlighted) -> None:
        """The sidebar's cursor is on a speaker: n/N step through their quotes."""
        if message.name is not None:
            self.chosen_speaker = message.name

    # -- actions: moving through the article ---------------------------------------

    def _quote_spans(self) -> list[Span]:
        names = quote_names(self.people, self.chosen_speaker, self.speaker_filter)
        return quote_spans(self.analysis, self.matches, names)

    def _step(self, spans: list[Span], forward: bool) -> None:
        view = self._text()
        span = step(spans, forward, self.mark, view.line_start(view.visible_lines().start))
        if span is not None:
            self.reveal(span=span)

    def action_next_quote(self) -> None:
        """Jump to the next search match, else the chosen speaker's next quote."""
        self._step(self._quote_spans(), True)

    def action_previous_quote(self) -> None:
        """Jump to the previous search match, else the chosen speaker's previous quote."""
        self._step(self._quote_spans(), False)

    def action_next_claim(self) -> None:
        """Jump to the next claim."""
        self._step(claim_spans(self.analysis), True)

    def action_previous_claim(self) -> None:
        """Jump to the previous claim."""
        self._step(claim_spans(self.analysis), False)

    def action_focus_next_pane(self) -> None:
        """Focus the next pane."""
        self.focus_next()

    def action_focus_previous_pane(self) -> None:
        """Focus the previous pane."""
        self.focus_previous()

    # -- actions: filters and search ---------------------------------------------

    def _ask(
        self, label: str, placeholder: str, then: Callable[[str | None], None], suggestions: list[str] | None = None,
        value: str = "",
    ) -> None:
        from tui_reader.ui.screens.prompt import TextPrompt  # deferred: not on the first frame

        self.app.push_screen(TextPrompt(label, placeholder, suggestions, value), then)

    def _person_of(self, name: str | None) -> Person | None:
        return self.people.person_of(name) if self.people is not None else None

    def _ask_person(self, label: str, then: Callable[[Person], None]) -> None:
        from tui_reader.ui.screens.prompt import PersonPrompt  # deferred: not on the first frame

        def chosen(person: Person | None) -> None:
            if person is not None:
                then(person)

        if self.people is not None:
            self.app.push_screen(PersonPrompt(self.people, label), chosen)

    def action_filter_speaker(self) -> None:
        """Filter the article list by the speaker under the sidebar cursor (again: unfilter)."""
        person = self._person_of(self.chosen_speaker)
        if person is not None:
            self.speaker_filter = None if self.speaker_filter == person else person

    def action_search_speaker(self) -> None:
        """Type a speaker's name, with completion, to filter by."""

        def choose(person: Person) -> None:
            self.speaker_filter = person

        self._ask_person("Filter by speaker (→ or Enter takes the completion, Esc cancels)", choose)

    def action_search(self) -> None:
        """Type words to search the corpus's full text."""

        def chosen(query: str | None) -> None:
            if query is not None:
                self.search = query

        label = "Search every article (all words must occur; Enter searches, Esc cancels)"
        self._ask(label, "words…", chosen, value=self.search)

    def action_sort(self) -> None:
        """Sort the list by the next order: corpus, date, title, speakers, claims."""
        self.sort = next_sort(self.sort)
        self.notify(f"Sorted by {self.sort}.", timeout=2, markup=False)

    def action_clear(self) -> None:
        """Clear the search, then the speaker filter, then the mark."""
        if self.search:
            self.search = ""
        elif self.speaker_filter is not None:
            self.speaker_filter = None
        else:
            self.mark = None

    # -- actions: the corpus views -------------------------------------------------

    def action_speaker_view(self) -> None:
        """Every quote by the chosen speaker across the corpus (asks for a name if none is chosen)."""

        def show(person: Person) -> None:
            from tui_reader.ui.screens.corpus_view import speaker_view  # deferred: not needed to paint

            hashes = self._quoting_of(person) or frozenset()
            quoting = [a for a in self.articles if a.text_hash in hashes]
            self.app.push_screen(speaker_view(self.analyzer, person.name, person.names, quoting), self.follow)

        person = self._person_of(self.chosen_speaker) or self.speaker_filter
        if person is not None:
            show(person)
        else:
            self._ask_person("Show every quote by (→ or Enter takes the completion, Esc cancels)", show)

    def action_claims_view(self) -> None:
        """Every claim in the listed articles, grouped by what it counts."""
        from tui_reader.ui.screens.corpus_view import claims_view  # deferred: not needed to paint

        listed = list(self.listed)
        scope = f"all {len(listed):,} articles" if len(listed) == self.total else f"the {len(listed):,} listed articles"
        self.app.push_screen(claims_view(self.analyzer, scope, listed), self.follow)

    def follow(self, jump: Jump | None) -> None:
        """Open the article a corpus view chose, at the chosen span."""
        if jump is not None and jump.text_hash in self._by_hash:
            self.reveal(jump.text_hash, span=(jump.start, jump.end))
            self._text().focus()

    # -- actions: what the reader keeps ------------------------------------------

    def _save(self, change: Callable[[UserState], T]) -> tuple[bool, T | None]:
        # A failed save is told, never raised: reading goes on.
        result, error = self.keeper.change(change)
        if error is not None:
            self.notify(error, title="Could not save", severity="error", timeout=10, markup=False)
            return False, None
        return True, result

    def _refresh_marks(self) -> None:
        self.read, self.bookmarks = self.keeper.marks()

    def _cursor_article(self) -> Article | None:
        # The article under the list's cursor while the list has focus, else the open one.
        if isinstance(self.focused, ArticleList) and self._cursor in self._by_hash:
            return self._by_hash[self._cursor]
        return self.article

    def action_toggle_read(self) -> None:
        """Mark the article under the cursor read, or unread when it is read."""
        article = self._cursor_article()
        if article is not None and self._save(lambda s: s.mark_read(article, article not in self.read))[0]:
            self._refresh_marks()

    def action_mark_all_read(self) -> None:
        """Mark every listed article read (unread when they all are)."""
        listed = list(self.listed)
        read = not all(a in self.read for a in listed)
        if listed and self._save(lambda s: s.mark_all(listed, read))[0]:
            self._refresh_marks()
            self.notify(f"{len(listed):,} articles marked {'read' if read else 'unread'}.", timeout=3, markup=False)

    def action_hide_read(self) -> None:
        """Hide read articles from the list (again: show them)."""
        self.hide_read = not self.hide_read

    def action_bookmark(self) -> None:
        """Bookmark the article under the cursor (again: remove the bookmark)."""
        article = self._cursor_article()
        if article is None:
            return
        saved, added = self._save(lambda s: s.toggle_bookmark(article))
        if saved:
            self._refresh_marks()
            self.notify("Bookmarked." if added else "Bookmark removed.", timeout=2, markup=False)

    def action_only_bookmarks(self) -> None:
        """List only bookmarked articles (again: all)."""
        self.only_bookmarks = not self.only_bookmarks

    def action_toggle_layer(self, layer: str) -> None:
        """Show or hide one highlight layer (quotes, speakers, numbers, entities)."""
        if layer not in LAYERS:
            return
        self.shown_layers = self.shown_layers ^ {layer}
        if self.keeper.state is not None:
            self._save(lambda s: s.set_pref("layers", sorted(self.shown_layers)))
        shown = "shown" if layer in self.shown_layers else "hidden"
        self.notify(f"{layer.capitalize()} {shown}.", timeout=2, markup=False)

    def _ask_export(self, articles: list[Article], what: str) -> None:
        from tui_reader.ui.logic.exporting import (  # deferred: not on the first frame
            NO_FORMAT,
            default_path,
            export_target,
        )

        def chosen(answer: str | None) -> None:
            target = export_target(answer) if answer else None
            if target is not None:
                self._exporter.export(*target, articles)
            elif answer:
                self.notify(NO_FORMAT, severity="warning", markup=False)

        label = f"Export {what} to (.md, .csv or .json; Enter writes, Esc cancels)"
        self._ask(label, "file name…", chosen, value=str(default_path(len(articles), Path.home())))

    def action_export_article(self) -> None:
        """Export the open article's quotes and claims to a file."""
        if self.article is not None:
            self._ask_export([self.article], "this article's quotes and claims")

    def action_export_list(self) -> None:
        """Export the quotes and claims of every listed article to a file."""
        listed = list(self.listed)
        if listed:
            self._ask_export(listed, f"the {len(listed):,} listed articles' quotes and claims")

    def action_copy(self) -> None:
        """Copy the marked quote or claim, with who said it and where, to the clipboard."""
        from tui_reader.export import clip_text

        item = item_at(self.analysis, self.mark)
        if item is None or self.article is None:
            self.notify(
                "Jump to a quote or claim first (n, c, or Enter in the sidebar).", severity="warning", markup=False
            )
            return
        self.app.copy_to_clipboard(clip_text(item, self.article))
        self.notify("Copied to the clipboard.", timeout=2, markup=False)

    def action_open_url(self) -> None:
        """Open the article's web address in the browser."""
        url = self.article.url if self.article is not None else None
        if not url:
            self.notify("This article has no web address.", severity="warning", markup=False)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", timeout=3, markup=False)

    # -- what can run now --------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disable (grey out) actions that would do nothing now."""
        if action in ("next_quote", "previous_quote"):
            return True if self._quote_spans() else None
        if action in ("next_claim", "previous_claim"):
            return True if claim_spans(self.analysis) else None
        if action == "filter_speaker":
            return True if self.chosen_speaker else None
        if action in ("search_speaker", "speaker_view"):
            return True if self.people is not None and len(self.people) else None
        if action == "claims_view":
            return True if self.summaries else None
        if action in ("export_article", "copy", "open_url", "toggle_read", "bookmark"):
            return True if self.article is not None else None
        if action == "refresh_feeds":
            if not self._refresher.available:
                return False  # hidden: nothing to refresh
            return True if self._loaded_all and not self._refresher.running else None
        if action == "clear":
            return True if (self.search or self.speaker_filter is not None or self.mark is not None) else None
        return True
