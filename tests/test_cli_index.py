"""``newsreader index``: analyzes ahead of time, in worker processes, and keeps what is done on Ctrl-C."""

import pytest

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.cli import main
from tui_reader.commands import index
from tui_reader.storage.library import open_default_library

STORIES = {
    "a.txt": 'Ferry fares to rise\n\n"We have no choice," the operator\'s chief executive, Anna Berg, said on Friday.\n',
    "b.txt": "Library hours cut\n\nThe council will cut opening hours at 12 libraries from April, officials said.\n",
    "c.txt": 'Rail strike called off\n\nUnion leader Sam Hale said the offer was "a real step forward".\n',
}


@pytest.fixture
def corpus(write_corpus):
    return write_corpus(STORIES)


def analyzed_count() -> int:
    library = open_default_library()
    try:
        return len(library.analyzed(CachedAnalyzer(library).version))
    finally:
        library.close()


def test_index_with_two_workers_analyzes_every_text_once(corpus, capsys):
    assert main(["index", str(corpus), "--workers", "2", "--quiet"]) == 0
    assert analyzed_count() == 3
    assert "3 analyzed" in capsys.readouterr().err
    assert main(["index", str(corpus), "--workers", "2", "--quiet"]) == 0
    assert "Nothing to analyze" in capsys.readouterr().err
    # The results are real analyses, readable by the app and the CLI.
    library = open_default_library()
    summaries = CachedAnalyzer(library).summaries()
    assert sorted(s.claims for s in summaries.values()) == [0, 0, 1]


def test_ctrl_c_keeps_what_was_done(corpus, monkeypatch, capsys):
    def one_text_then_interrupt(chunks, workers):
        yield index.analyze_chunk(chunks[0][:1])
        raise KeyboardInterrupt

    monkeypatch.setattr(index, "analyze_rows", one_text_then_interrupt)
    assert main(["index", str(corpus), "--workers", "1", "--quiet"]) == 130
    assert "1 of 3 analyzed and kept" in capsys.readouterr().err
    assert analyzed_count() == 1


def test_index_of_nothing_readable_fails(tmp_path, private_home, capsys):
    assert main(["index", str(tmp_path / "missing")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_writing_a_row_does_not_scan_the_library(tmp_path):
    # The client writes every row of an archive; a replacement that scans all the names of
    # the version would make each write slower than the last.
    import sqlite3

    from tui_reader.storage.library import Library

    Library(tmp_path / "library.sqlite3").close()
    with sqlite3.connect(tmp_path / "library.sqlite3") as db:
        plan = db.execute("EXPLAIN QUERY PLAN DELETE FROM names WHERE version=? AND text_hash=?", ("v", "h")).fetchall()
    assert "text_hash=?" in plan[0][-1], plan
