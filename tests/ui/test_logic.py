"""The reader's logic without a terminal: the analysis queue, what is listed, n/N and c/C, typed names, saving."""

from __future__ import annotations

import threading

import pytest

from tui_reader.analysis.corpus_wide.identity import People
from tui_reader.analysis.model import Analysis, Claim, Quote
from tui_reader.analysis.summary import Summary
from tui_reader.corpus.article import Article
from tui_reader.storage.state import MarkSet, UserState
from tui_reader.ui.logic.analysis_queue import AnalysisQueue, analysis_batches
from tui_reader.ui.logic.keeping import NO_STATE, Keeper
from tui_reader.ui.logic.listing import Filters, filter_label, listed_articles, next_sort, quoting
from tui_reader.ui.logic.speakers import complete, find_speaker, not_found, quote_names
from tui_reader.ui.logic.stepping import claim_spans, quote_spans, step


def article(name: str, date: str | None = None) -> Article:
    return Article(name, name.title(), f"The text of {name}.", date=date)


ARTICLES = [article("ferry"), article("tram", "2024-05-01"), article("canal", "2025-01-09"), article("bridge")]


class FakeAnalyzer:
    """Analyzes instantly, recording the chunks it was given; ``gate`` holds the first one back."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.calls: list[list[str]] = []
        self.gate = gate

    def analyze(self, items):
        items = list(items)
        if self.gate is not None and not self.calls:
            self.gate.wait(10)
        self.calls.append([a.source for a in items])
        return [(a, Analysis()) for a in items]


# -- the analysis queue ----------------------------------------------------------------


def test_the_queue_serves_the_open_article_first_then_list_order():
    queue = AnalysisQueue()
    queue.open(ARTICLES[2].text_hash)  # opened before it was even queued
    queue.add(ARTICLES)
    queue.add(ARTICLES[:1])  # queued twice: once
    assert [a.source for a in queue.take()] == ["canal"]
    assert [a.source for a in queue.take(2)] == ["ferry", "tram"]
    queue.open(ARTICLES[0].text_hash)  # already taken: nothing to hurry
    assert [a.source for a in queue.take()] == ["bridge"]
    assert queue.take() == [] and queue.total == 4


def test_batches_go_up_when_they_hold_the_open_article():
    queue = AnalysisQueue()
    queue.add(ARTICLES)
    queue.open(ARTICLES[1].text_hash)
    batches = list(analysis_batches(queue, FakeAnalyzer(), batch_seconds=3600))
    # The open one alone and at once; the rest together when the queue empties.
    assert [sorted(b.analyses) for b in batches] == [
        [ARTICLES[1].text_hash], sorted(a.text_hash for a in ARTICLES if a is not ARTICLES[1])
    ]
    assert [(b.done, b.total) for b in batches] == [(1, 4), (4, 4)]


def test_the_reader_thread_can_hurry_an_article_while_the_worker_runs():
    queue = AnalysisQueue()
    many = [article(f"story-{i}") for i in range(40)]
    queue.add(many)
    gate = threading.Event()
    analyzer = FakeAnalyzer(gate)
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.extend(b.done for b in analysis_batches(queue, analyzer)))
    worker.start()
    queue.open(many[-1].text_hash)  # while the first chunk is held at the gate
    gate.set()
    worker.join(10)
    assert analyzer.calls[1] == ["story-39"]
    assert sorted(s for call in analyzer.calls for s in call) == sorted(a.source for a in many)
    assert done[-1] == 40


def test_a_cancelled_worker_stops_between_articles():
    queue = AnalysisQueue()
    queue.add(ARTICLES)
    assert list(analysis_batches(queue, FakeAnalyzer(), cancelled=lambda: True)) == []


# -- what is listed ----------------------------------------------------------------------


def test_filters_narrow_the_list_and_say_so():
    read = MarkSet([(ARTICLES[0].text_hash, "ferry", 1.0), (ARTICLES[1].text_hash, "tram", 2.0)])
    stars = MarkSet([(ARTICLES[3].text_hash, "bridge", 1.0)])
    hashes = [a.text_hash for a in ARTICLES]
    everything = Filters()
    assert listed_articles(ARTICLES, everything) == ARTICLES and filter_label(everything) == ""
    unread = Filters(hide_read=True, keep=hashes[0])  # the open article stays
    assert [a.source for a in listed_articles(ARTICLES, unread, read)] == ["ferry", "canal", "bridge"]
    quoted = Filters(speaker="Mara Selwyn", quoting=frozenset(hashes[1:]), search="lock", hits=frozenset(hashes[2:]))
    assert [a.source for a in listed_articles(ARTICLES, quoted)] == ["canal", "bridge"]
    assert filter_label(quoted) == "Mara Selwyn “lock”"
    starred = Filters(only_bookmarks=True, hide_read=True)
    assert [a.source for a in listed_articles(ARTICLES, starred, read, stars)] == ["bridge"]
    assert filter_label(starred) == "★ unread"


def test_without_the_names_index_the_summaries_say_who_is_quoted():
    summaries = {
        ARTICLES[0].text_hash: Summary(quoted=frozenset({"Mara Selwyn"})),
        ARTICLES[1].text_hash: Summary(quoted=frozenset({"Ms Selwyn", "Idris Pell"})),
        ARTICLES[2].text_hash: Summary(),
    }
    assert quoting({"Mara Selwyn", "Ms Selwyn"}, summaries) == {ARTICLES[0].text_hash, ARTICLES[1].text_hash}
    assert quoting({"Nobody Known"}, summaries) == frozenset()


def test_sorts_cycle_and_order_by_counts_as_analyses_arrive():
    assert next_sort("corpus") == "date" and next_sort("claims") == "corpus" and next_sort("bogus") == "corpus"
    by_date = listed_articles(ARTICLES, Filters(sort="date"))
    assert [a.source for a in by_date] == ["canal", "tram", "ferry", "bridge"]
    summaries = {ARTICLES[3].text_hash: Summary(speakers=1, claims=5), ARTICLES[1].text_hash: Summary(claims=2)}
    by_claims = listed_articles(ARTICLES, Filters(sort="claims"), summaries=summaries)
    assert [a.source for a in by_claims] == ["bridge", "tram", "ferry", "canal"]  # unknown counts last


# -- n/N and c/C -------------------------------------------------------------------------


ANALYSIS = Analysis(
    quotes=[
        Quote(40, 50, "q", "direct", "Mara Selwyn"),
        Quote(10, 20, "q", "direct", "Mara Selwyn"),
        Quote(30, 35, "q", "indirect", "Idris Pell"),
        Quote(60, 65, "q", "scare", None),
    ],
    claims=[Claim(70, 72, "9", 9, "boats", "count"), Claim(5, 8, "May", None, None, "date"),
            Claim(25, 27, "4%", 4, "%", "percent")],
)


def test_what_n_and_c_visit():
    assert quote_spans(ANALYSIS) == [(10, 20), (30, 35), (40, 50)]
    assert quote_spans(ANALYSIS, names={"Mara Selwyn"}) == [(10, 20), (40, 50)]
    assert quote_spans(ANALYSIS, matches=[(1, 3)], names={"Mara Selwyn"}) == [(1, 3)]  # search first
    assert claim_spans(ANALYSIS) == [(25, 27), (70, 72)]  # dates apart
    assert quote_spans(None) == claim_spans(None) == []


@pytest.mark.parametrize(
    ("forward", "mark", "top", "expected"),
    [
        (True, None, 0, (10, 20)),     # from the top of the screen
        (True, None, 30, (30, 35)),    # a span starting on the top line counts
        (False, None, 30, (10, 20)),
        (True, (30, 35), 0, (40, 50)),  # from the mark, wherever the screen is
        (True, (40, 50), 0, (10, 20)),  # wraps at the end
        (False, (10, 20), 99, (40, 50)),  # and at the start
    ],
)
def test_stepping_goes_from_the_mark_or_the_screen_and_wraps(forward, mark, top, expected):
    assert step([(10, 20), (30, 35), (40, 50)], forward, mark, top) == expected


def test_nothing_to_step_through():
    assert step([], True, None, 0) is None


# -- typed names -------------------------------------------------------------------------

PEOPLE = People([["Mara Selwyn", "Ms Selwyn"], ["Mara Selby"], ["Idris Pell"], ["Idris Pell-Hartley"]])


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Mara Selwyn", "Mara Selwyn"),
        ("mara selw", "Mara Selwyn"),   # the completion the prompt offered
        ("selw", "Mara Selwyn"),        # the start of the surname
        ("m selb", "Mara Selby"),       # the start of each part, in order
        ("ms selwyn", "Mara Selwyn"),   # a short form the articles used
        ("hartley", "Idris Pell-Hartley"),
    ],
)
def test_a_typed_name_finds_the_one_person_it_picks_out(typed, found):
    lookup = find_speaker(PEOPLE, typed)
    assert lookup.person is not None and lookup.person.name == found


def test_an_ambiguous_or_unknown_name_finds_nobody_and_says_why():
    sel = find_speaker(PEOPLE, "sel")
    assert sel.person is None and {p.name for p in sel.candidates} == {"Mara Selwyn", "Mara Selby"}
    assert "could be" in not_found("sel", sel) and "Mara Selby" in not_found("sel", sel)
    nobody = find_speaker(PEOPLE, "Quentin")
    assert nobody.person is None and not_found("Quentin", nobody) == "No speaker called 'Quentin' in these articles."
    assert find_speaker(PEOPLE, "selwyn mara").person is None  # parts in order only
    assert find_speaker(PEOPLE, "   ").person is None


def test_completion_prefers_a_name_spelled_out():
    names = ["Idris Pell-Hartley", "Idris Pell"]
    assert complete(names, "idris pell") == "Idris Pell"
    assert complete(names, "Idris P") == "Idris Pell-Hartley"
    assert complete(names, "") is None and complete(names, "Zed") is None


def test_whose_quotes_n_visits():
    selwyn = PEOPLE.person_of("Mara Selwyn")
    assert quote_names(PEOPLE, "Ms Selwyn", None) == selwyn.names
    assert quote_names(PEOPLE, "Someone Unknown", None) == {"Someone Unknown"}
    assert quote_names(PEOPLE, None, selwyn) == selwyn.names
    assert quote_names(PEOPLE, None, None) is None


# -- saving ------------------------------------------------------------------------------


def test_without_a_state_file_reading_goes_on_and_saving_says_why():
    keeper = Keeper(None)
    assert keeper.marks() == (MarkSet(), MarkSet()) and keeper.last_place() is None and keeper.pref("theme") is None
    assert keeper.change(lambda state: state.mark_read(ARTICLES[0])) == (None, NO_STATE)
    keeper.save_place(ARTICLES[0], 10)  # quietly


def test_the_place_is_saved_only_when_it_moved(tmp_path):
    state = UserState(tmp_path / "state.sqlite3")
    saves: list[int] = []
    original = state.save_position

    def counting(key, offset):
        saves.append(offset)
        original(key, offset)

    state.save_position = counting  # type: ignore[method-assign]
    keeper = Keeper(state)
    for offset in (10, 10, 25, 25):
        keeper.save_place(ARTICLES[1], offset)
    assert saves == [10, 25]
    key, offset = keeper.last_place()
    assert key.text_hash == ARTICLES[1].text_hash and offset == 25
    added, error = keeper.change(lambda s: s.toggle_bookmark(ARTICLES[2]))
    assert (added, error) == (True, None) and ARTICLES[2] in keeper.marks()[1]
    state.close()
