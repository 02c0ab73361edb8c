"""The user's saved state: marks, bookmarks, position, preferences, sharing, damage and failures."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tui_reader.corpus.article import Article
from tui_reader.storage.state import Key, MarkSet, StateError, UserState, open_user_state, salvage


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "state.sqlite3"


@pytest.fixture
def state(path):
    with UserState(path) as opened:
        yield opened


def test_read_marks_round_trip_and_unmark(state):
    state.mark_read(Key("h1", "a.txt"))
    state.mark_read(("h2", "b.txt"))
    assert state.is_read(Key("h1", "a.txt")) and state.is_read(Key("h2", "b.txt"))
    assert not state.is_read(Key("h3", "c.txt"))
    state.mark_read(Key("h1", "a.txt"), read=False)
    assert not state.is_read(Key("h1", "a.txt"))
    assert set(state.read_keys()) == {Key("h2", "b.txt")}


def test_an_article_is_its_own_key(state):
    article = Article(source="news/one.txt", title="One", text="The council met on Tuesday.")
    state.mark_read(article)
    assert state.is_read(article)
    assert state.is_read(Key(article.text_hash, "elsewhere.txt"))
    assert article in state.read_keys()


def test_a_mark_survives_either_part_of_the_key_changing(state):
    state.mark_read(Key("hash-a", "news/one.txt"))
    moved = Key("hash-a", "archive/one.txt")
    edited = Key("hash-b", "news/one.txt")
    both = Key("hash-b", "archive/one.txt")
    assert state.is_read(moved) and state.is_read(edited)
    assert not state.is_read(both)
    marks = state.read_keys()
    assert moved in marks and edited in marks and both not in marks


def test_marking_again_follows_the_article_through_successive_changes(state):
    state.mark_read(Key("v1", "one.txt"))
    state.mark_read(Key("v2", "one.txt"))  # edited: matched by source, now stored as v2
    state.mark_read(Key("v2", "moved/one.txt"))  # then moved: matched by hash
    assert state.is_read(Key("v3", "moved/one.txt"))
    assert list(state.read_keys()) == [Key("v2", "moved/one.txt")]  # one row, not three


def test_key_matches_by_either_part():
    key = Key("h1", "a.txt")
    assert key.matches(("h1", "b.txt")) and key.matches(Key("h2", "a.txt"))
    assert not key.matches(Key("h2", "b.txt"))
    assert not Key("h1", "").matches(Key("h2", ""))
    article = Article(source="a.txt", title="T", text="Rates rose.")
    assert key.matches(article)


def test_an_empty_source_never_matches(state):
    state.mark_read(Key("h1", ""))
    assert not state.is_read(Key("h2", ""))
    assert state.is_read(Key("h1", ""))


def test_unmarking_clears_marks_matching_either_part(state):
    state.mark_read(Key("h1", "a.txt"))
    state.mark_read(Key("h2", "b.txt"))
    state.mark_read(Key("h1", "b.txt"), read=False)
    assert len(state.read_keys()) == 0


def test_mark_all_marks_and_unmarks_many(state):
    keys = [Key(f"h{i}", f"{i}.txt") for i in range(300)]
    state.mark_all(keys, True)
    assert len(state.read_keys()) == 300
    state.mark_all(keys[:100], False)
    marks = state.read_keys()
    assert len(marks) == 200 and keys[0] not in marks and keys[150] in marks


def test_bookmarks_toggle_and_record_when(state):
    key = Key("h1", "a.txt")
    assert state.toggle_bookmark(key) is True
    assert state.is_bookmarked(key)
    marks = state.bookmarks()
    when = marks.added(key)
    assert when is not None and when > 1_600_000_000
    assert state.toggle_bookmark(Key("h1", "moved.txt")) is False  # same text: it is the same bookmark
    assert len(state.bookmarks()) == 0 and not state.is_bookmarked(key)


def test_bookmarks_iterate_oldest_first_and_stay_apart_from_read_marks(state):
    for i in range(3):
        state.toggle_bookmark(Key(f"h{i}", f"{i}.txt"))
    assert [k.text_hash for k in state.bookmarks()] == ["h0", "h1", "h2"]
    assert len(state.read_keys()) == 0


def test_position_is_remembered_across_instances(path):
    with UserState(path) as first:
        assert first.last_position() is None
        first.save_position(Key("h1", "a.txt"), 10)
        first.save_position(Key("h2", "b.txt"), 42)
    with UserState(path) as second:
        assert second.last_position() == (Key("h2", "b.txt"), 42)


def test_preferences_hold_json_values(path):
    with UserState(path) as first:
        assert first.get_pref("theme", "default") == "default"
        first.set_pref("theme", "nord")
        first.set_pref("hidden_layers", ["entities", "numbers"])
        first.set_pref("sort", {"by": "date", "reverse": True})
        first.set_pref("theme", "gruvbox")
        with pytest.raises(TypeError):
            first.set_pref("bad", object())
    with UserState(path) as second:
        assert second.get_pref("theme") == "gruvbox"
        assert second.get_pref("hidden_layers") == ["entities", "numbers"]
        assert second.get_pref("sort") == {"by": "date", "reverse": True}
        assert second.get_pref("bad", 7) == 7


def test_file_settings_are_durable(state):
    db = state._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_two_instances_see_each_others_changes(path):
    with UserState(path) as one, UserState(path) as two:
        one.mark_read(Key("h1", "a.txt"))
        assert two.is_read(Key("h1", "a.txt"))
        two.toggle_bookmark(Key("h2", "b.txt"))
        assert Key("h2", "b.txt") in one.bookmarks()
        two.set_pref("theme", "nord")
        assert one.get_pref("theme") == "nord"


def test_two_instances_writing_from_threads_lose_nothing(path):
    states = [UserState(path), UserState(path)]

    def write(n, state):
        for i in range(60):
            state.mark_read(Key(f"{n}-{i}", f"{n}/{i}.txt"))

    threads = [threading.Thread(target=write, args=(n, s)) for n, s in enumerate(states)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(states[0].read_keys()) == 120
    for s in states:
        s.close()


def test_markset_behaves_as_a_set():
    marks = MarkSet([("h2", "b", 2.0), ("h1", "a", 1.0)])
    assert list(marks) == [Key("h1", "a"), Key("h2", "b")]
    assert len(marks) == 2 and marks.added(("x", "b")) == 2.0
    assert "not a key" not in marks and 3 not in marks
    assert marks & {Key("h1", "a")} == {Key("h1", "a")}


def test_open_user_state_uses_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path))
    with open_user_state() as state:
        state.mark_read(Key("h", "s"))
    assert (tmp_path / "data" / "state.sqlite3").is_file()


# -- damage --------------------------------------------------------------------------------


def _fill(path, marks=2000):
    with UserState(path) as state:
        state.mark_all([Key(f"hash-{i:05d}", f"dir/{i:05d}.txt") for i in range(marks)], True)
        state.set_pref("theme", "nord")
        state.save_position(Key("hash-00007", "dir/00007.txt"), 99)
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed on close: all in the main file


def _assert_sound(path):
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_a_file_that_is_not_a_database_is_copied_aside_never_deleted(path):
    path.parent.mkdir(parents=True)
    junk = b"this is not sqlite at all\n" * 200
    path.write_bytes(junk)
    with UserState(path) as state:
        assert state.recovered_from is not None
        assert state.recovered_from.name.startswith("state.sqlite3.corrupt-")
        assert state.recovered_from.read_bytes() == junk
        assert state.salvaged == 0
        state.mark_read(Key("h", "s"))  # the fresh file works
        assert state.is_read(Key("h", "s"))
    _assert_sound(path)


def test_a_damaged_page_costs_only_the_rows_on_it(path):
    _fill(path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    wrecked = 0
    for start in range(page, len(data), page):  # wreck the pages holding one row (table and index)
        if b"hash-01000" in data[start : start + page]:
            data[start : start + page] = b"\xa5" * page
            wrecked += 1
    assert wrecked >= 2
    path.write_bytes(bytes(data))
    with UserState(path) as state:
        assert state.recovered_from is not None and state.recovered_from.read_bytes() == bytes(data)
        marks = state.read_keys()
        assert 1000 < len(marks) < 2000 and Key("hash-01000", "") not in marks
        assert all(k.text_hash == "hash-" + k.source[4:9] for k in marks)  # no garbage rows
        assert state.get_pref("theme") == "nord"
        assert state.last_position() == (Key("hash-00007", "dir/00007.txt"), 99)
    _assert_sound(path)


def test_a_truncated_file_keeps_what_precedes_the_cut(path):
    _fill(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with UserState(path) as state:
        assert state.recovered_from is not None
        assert state.recovered_from.read_bytes() == data[: len(data) // 2]
        assert 0 < state.salvaged
        assert len(state.read_keys()) < 2000
    _assert_sound(path)


def test_recovery_twice_keeps_both_copies(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first junk" * 500)
    first = UserState(path)
    first.close()
    path.write_bytes(b"second junk" * 500)
    second = UserState(path)
    second.close()
    assert first.recovered_from != second.recovered_from
    assert first.recovered_from.read_bytes() == b"first junk" * 500
    assert second.recovered_from.read_bytes() == b"second junk" * 500


def test_salvage_of_an_unreadable_file_finds_nothing(tmp_path):
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x00\x01garbage" * 1000)
    assert salvage(junk) == {"marks": [], "position": [], "prefs": []}


def test_a_healthy_file_is_not_recovered(path):
    _fill(path, marks=10)
    with UserState(path) as state:
        assert state.recovered_from is None and state.error is None
    assert list(path.parent.glob("*.corrupt-*")) == []


# -- failures ------------------------------------------------------------------------------


def test_an_unusable_folder_reads_as_empty_and_writes_raise_state_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    state = UserState(blocker / "state.sqlite3")
    assert state.error is not None
    assert not state.is_read(Key("h", "s"))
    assert len(state.read_keys()) == 0 and len(state.bookmarks()) == 0
    assert state.last_position() is None
    assert state.get_pref("theme", "x") == "x"
    with pytest.raises(StateError, match="state.sqlite3"):
        state.mark_read(Key("h", "s"))
    with pytest.raises(StateError):
        state.toggle_bookmark(Key("h", "s"))
    with pytest.raises(StateError):
        state.set_pref("theme", "nord")
    with pytest.raises(StateError):
        state.save_position(Key("h", "s"), 3)


def test_the_folder_becoming_usable_lets_writes_succeed(tmp_path):
    blocker = tmp_path / "later"
    blocker.write_text("in the way")
    state = UserState(blocker / "state.sqlite3")
    with pytest.raises(StateError):
        state.mark_read(Key("h", "s"))
    blocker.unlink()
    state.mark_read(Key("h", "s"))
    assert state.is_read(Key("h", "s")) and state.error is None
    state.close()


def test_a_full_disk_raises_state_error_and_keeps_earlier_changes(state):
    state.mark_read(Key("kept", "kept.txt"))
    db = state._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "disk full"
    with pytest.raises(StateError, match="full"):
        state.mark_all([Key(f"h{i}" * 20, f"s{i}" * 20) for i in range(5000)], True)
    assert state.is_read(Key("kept", "kept.txt"))
    assert len(state.read_keys()) == 1  # the failed change left nothing half-done


def test_a_read_only_file_is_still_readable(path, monkeypatch):
    _fill(path, marks=5)

    def refuse(self):
        raise StateError("read-only for this test")

    monkeypatch.setattr(UserState, "_connect", refuse)
    state = UserState(path)
    assert state.error == "read-only for this test"
    assert state.is_read(Key("hash-00003", "x")) and state.get_pref("theme") == "nord"
    with pytest.raises(StateError):
        state.mark_read(Key("h", "s"))
    state.close()
