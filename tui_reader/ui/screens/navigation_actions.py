"""The main screen's moving actions: quotes, claims, search and speaker filters, the corpus views, panes.

A mixin of plain action methods (Textual finds ``action_*`` through the class's MRO);
the state they change lives in ``MainScreen``'s vars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui_reader.analysis.corpus_wide.identity import Person
from tui_reader.settings import SORTS
from tui_reader.ui.labels import listed_claims
from tui_reader.ui.screens.prompt import Prompt
from tui_reader.ui.widgets.article_list import ArticleList
from tui_reader.ui.widgets.article_view import ArticleView
from tui_reader.ui.widgets.sidebar import Sidebar

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.ui.corpus_rows import Jump
    from tui_reader.ui.screens.main import MainScreen


class NavigationActions:
    """Stepping through quotes, claims and matches; filtering and searching; moving between panes."""


    def _quote_spans(self: MainScreen) -> list[tuple[int, int]]:
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

    def _claim_spans(self: MainScreen) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in listed_claims(self.analysis)]

    def _step(self: MainScreen, spans: list[tuple[int, int]], forward: bool) -> tuple[int, int] | None:
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

    def _jump_and_select(self: MainScreen, span: tuple[int, int] | None, entry: str | None) -> None:
        if span is None:
            return
        self.jump_to(*span)
        if entry is not None:
            self.query_one(Sidebar).select_entry(entry)

    def action_next_quote(self: MainScreen) -> None:
        """Jump to the chosen speaker's next quote."""
        self._jump_and_select(self._step(self._quote_spans(), True), None)

    def action_previous_quote(self: MainScreen) -> None:
        """Jump to the chosen speaker's previous quote."""
        self._jump_and_select(self._step(self._quote_spans(), False), None)

    def _claim_entry(self: MainScreen, span: tuple[int, int] | None) -> str | None:
        spans = self._claim_spans()
        return f"claim:{spans.index(span)}" if span in spans else None

    def action_next_claim(self: MainScreen) -> None:
        """Jump to the next claim."""
        span = self._step(self._claim_spans(), True)
        self._jump_and_select(span, self._claim_entry(span))

    def action_previous_claim(self: MainScreen) -> None:
        """Jump to the previous claim."""
        span = self._step(self._claim_spans(), False)
        self._jump_and_select(span, self._claim_entry(span))

    def action_filter_speaker(self: MainScreen) -> None:
        """Filter the article list by the speaker under the sidebar cursor (again: unfilter)."""
        person = self.people.person_of(self.chosen_speaker)
        if person is None:
            return
        self.speaker_filter = None if self.speaker_filter == person else person

    def action_search_speaker(self: MainScreen) -> None:
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

    def _person_in_view(self: MainScreen) -> Person | None:
        # The speaker under the sidebar cursor, else the one the list is filtered by.
        return self.people.person_of(self.chosen_speaker) or self.speaker_filter

    def action_speaker_view(self: MainScreen) -> None:
        """Every quote by the chosen speaker across the corpus (asks for a name if none is chosen)."""

        from tui_reader.ui.screens.corpus_view import speaker_view  # deferred: not needed to paint

        def show(person: Person) -> None:
            hashes = self.analyzer.hashes_naming(person.names)
            if hashes is None:
                hashes = {h for h, s in self.summaries.items() if not s.quoted.isdisjoint(person.names)}
            quoting = [a for a in self.articles if a.text_hash in hashes]
            self.app.push_screen(speaker_view(self.analyzer, person.name, person.names, quoting), self.follow)

        person = self._person_in_view()
        if person is not None:
            show(person)
            return

        def chosen(name: str | None) -> None:
            found = self.people.find(name) if name else None
            if found is not None:
                show(found)
            elif name:
                self.notify(f"No speaker called {name!r} in these articles.", severity="warning", markup=False)

        label = "Show every quote by (→ completes, Enter shows, Esc cancels)"
        self.app.push_screen(Prompt(label, "name…", self.people.all_names()), chosen)

    def action_claims_view(self: MainScreen) -> None:
        """Every claim in the listed articles, grouped by what it counts."""
        from tui_reader.ui.screens.corpus_view import claims_view  # deferred: not needed to paint

        listed = self.query_one(ArticleList).rows
        scope = f"all {len(listed):,} articles" if len(listed) == len(self.articles) else f"the {len(listed):,} listed articles"
        self.app.push_screen(claims_view(self.analyzer, scope, list(listed)), self.follow)

    def follow(self: MainScreen, jump: Jump | None) -> None:
        """Open the article a corpus view chose, at the chosen span."""
        if jump is None or jump.text_hash not in self._by_hash:
            return
        self.open_article(jump.text_hash)
        listing = self.query_one(ArticleList)
        row = listing.row_of(jump.text_hash)
        if row is not None:
            listing.highlighted = row
        self.jump_to(jump.start, jump.end)
        self.query_one(ArticleView).focus()

    def action_sort(self: MainScreen) -> None:
        """Sort the list by the next order: corpus, date, title, speakers, claims."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.notify(f"Sorted by {self.sort}.", timeout=2, markup=False)

    def action_search(self: MainScreen) -> None:
        """Type words to search the corpus's full text."""

        def chosen(query: str | None) -> None:
            if query is not None:
                self.search = query

        label = "Search every article (all words must occur; Enter searches, Esc cancels)"
        self.app.push_screen(Prompt(label, "words…", value=self.search), chosen)

    def action_clear(self: MainScreen) -> None:
        """Clear the search, then the speaker filter, then the mark."""
        if self.search:
            self.search = ""
        elif self.speaker_filter is not None:
            self.speaker_filter = None
        else:
            self.mark = None

    def _focused_action(self: MainScreen, list_action: str, view_action: str | None) -> None:
        focused = self.focused
        if focused is None:
            return
        if isinstance(focused, ArticleView):
            if view_action is not None:
                getattr(focused, f"action_{view_action}")()
        elif hasattr(focused, f"action_{list_action}"):
            getattr(focused, f"action_{list_action}")()

    def action_cursor_down(self: MainScreen) -> None:
        """Next entry of the focused list, or scroll the text down."""
        self._focused_action("cursor_down", "scroll_down")

    def action_cursor_up(self: MainScreen) -> None:
        """Previous entry of the focused list, or scroll the text up."""
        self._focused_action("cursor_up", "scroll_up")

    def action_top(self: MainScreen) -> None:
        """First entry, or the top of the text."""
        self._focused_action("first", "scroll_home")

    def action_bottom(self: MainScreen) -> None:
        """Last entry, or the end of the text."""
        self._focused_action("last", "scroll_end")

    def action_select(self: MainScreen) -> None:
        """Enter: open the article or jump to the entry under the cursor."""
        self._focused_action("select", None)

    def action_focus_next_pane(self: MainScreen) -> None:
        """Focus the next pane."""
        self.focus_next()

    def action_focus_previous_pane(self: MainScreen) -> None:
        """Focus the previous pane."""
        self.focus_previous()
