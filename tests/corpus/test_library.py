"""The library: warm loads skip unchanged files, changed ones are read again, search and the name index."""

import os

from tui_reader.storage import loading
from tui_reader.storage.library import Library
from tui_reader.storage.loading import load_with_library

STORY = "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday after a long debate.\n"
OTHER = "Bridge repairs delayed\n\nRepairs to the old bridge will take another year, engineers said.\n"


def load(paths, library):
    articles, problems, read = [], [], 0
    for batch in load_with_library(paths, library, batch_seconds=0):
        articles += batch.articles
        problems += batch.problems
        read = batch.read
    return articles, problems, read


def test_a_warm_load_reads_no_unchanged_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    first, _, read = load([tmp_path], library)
    assert read == 2 and [a.title for a in first] == ["Harbour plan approved", "Bridge repairs delayed"]

    def no_reading(path):
        raise AssertionError(f"read {path} again")

    monkeypatch.setattr(loading, "read_source", no_reading)
    again, _, read = load([tmp_path], Library(tmp_path / "lib.sqlite3"))
    assert read == 0
    assert [(a.source, a.title, a.text, a.text_hash) for a in again] == [
        (a.source, a.title, a.text, a.text_hash) for a in first
    ]


def test_a_changed_file_is_read_again(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    load([story], library)
    story.write_text(OTHER, encoding="utf-8")
    stat = story.stat()
    os.utime(story, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    articles, _, read = load([story], library)
    assert read == 1 and articles[0].title == "Bridge repairs delayed"


def test_sources_follow_the_spelling_given_this_time(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    load([tmp_path / "a.txt"], library)
    monkeypatch.chdir(tmp_path)
    articles, _, read = load(["a.txt"], library)
    assert read == 0 and articles[0].source == "a.txt"


def test_problems_are_remembered_with_the_file(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    _, first, _ = load([tmp_path / "empty.txt"], library)
    _, again, read = load([tmp_path / "empty.txt"], library)
    assert read == 0 and [p.reason for p in again] == [p.reason for p in first] and first


def test_full_text_search_takes_words_not_query_syntax(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    articles, _, _ = load([tmp_path], library)
    hits = library.search("harbour debate")
    assert [h for h, _ in hits] == [articles[0].text_hash]
    assert "\x02" in hits[0][1]  # the match is marked in the snippet
    assert library.search('bridge" OR "harbour') == []  # quotes cannot open an OR
    assert library.search("NEAR(") == []


def test_the_name_index_answers_the_speaker_filter(tmp_path):
    library = Library(tmp_path / "lib.sqlite3")
    library.put_many([("h1", {}, {}, ["Jane Ashworth", "Ms Ashworth"]), ("h2", {}, {}, ["Tom Okafor"])], "v1")
    assert library.hashes_naming(["Ms Ashworth"], "v1") == {"h1"}
    assert library.hashes_naming(["Ms Ashworth", "Tom Okafor"], "v1") == {"h1", "h2"}
    assert library.hashes_naming(["Tom Okafor"], "v2") == set()


def test_record_problems_keep_their_record_number(tmp_path):
    export = tmp_path / "export.jsonl"
    export.write_text('{"title": "Pier reopens", "text": "The pier reopened on Sunday after repairs."}\nnot json\n', encoding="utf-8")
    library = Library(tmp_path / "lib.sqlite3")
    articles, first, _ = load([export], library)
    again_articles, again, read = load([export], library)
    assert read == 0 and len(articles) == len(again_articles) == 1
    assert [p.source for p in again] == [p.source for p in first]
    assert first and first[0].source.startswith(f"{export}#")


def test_the_same_text_with_other_whitespace_is_listed_once(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace(" on Tuesday", "  on\nTuesday"), encoding="utf-8")
    articles, _, _ = load([tmp_path], Library(tmp_path / "lib.sqlite3"))
    assert len(articles) == 1
