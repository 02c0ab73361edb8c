"""Bad files are skipped or read as well as they can be, each with a clear problem line."""

import os
import time
from pathlib import Path

import pytest

from tui_reader.corpus.clean import PARAGRAPH_SEP
from tui_reader.corpus.formats import base, records
from tui_reader.corpus.reader import READERS, iter_sources, load_paths, read_source

HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
GOOD = b"The harbour master, Ines Varga, said the port would reopen on Friday."


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def first_article(folder: Path, name: str, data: str | bytes):
    data = data.encode() if isinstance(data, str) else data
    return read_source(write(folder / name, data)).articles[0]


def reasons(result) -> dict[str, str]:
    return {Path(p.source).name: p.reason for p in result.problems}


def test_binary_file_with_a_text_name_is_a_problem(tmp_path):
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["good.txt"]
    assert reasons(result) == {"image.txt": "binary file (PDF, image, archive or other non-text format)"}


def test_binary_file_with_nul_bytes_is_a_problem(tmp_path):
    path = write(tmp_path / "data.json", bytes(range(256)) * 4)
    assert reasons(read_source(path)) == {"data.json": "binary file (contains NUL bytes)"}


def test_binary_files_with_other_names_are_ignored_silently(tmp_path):
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "archive.zip", b"PK\x03\x04\x14\x00\x00\x00")
    write(tmp_path / "blob", os.urandom(4096))
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["good.txt"] and result.problems == []


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\t\n   \n", "empty file (only whitespace)"),
    ("\u202e\x1b[2J\n".encode(), "empty file (no text)"),  # nothing left once controls go
])
def test_empty_files_are_problems(tmp_path, data, reason):
    write(tmp_path / "good.txt", GOOD)
    write(tmp_path / "empty.txt", data)
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["good.txt"]
    assert reasons(result) == {"empty.txt": reason}


def test_empty_json_and_feed_files_are_problems(tmp_path):
    write(tmp_path / "empty.json", b"  \n")
    write(tmp_path / "empty.rss", b"")
    assert reasons(load_paths([tmp_path])) == {"empty.json": "empty file", "empty.rss": "empty file"}


def test_a_50_megabyte_article_is_read_up_to_the_cap(tmp_path):
    paragraph = "Paragraph {} of the inquiry report said the council had spent {} pounds on consultants.\n\n"
    with open(tmp_path / "huge.txt", "w", encoding="utf-8") as out:
        number = 0
        while out.tell() < 50_000_000:
            out.write("".join(paragraph.format(number + i, number + i) for i in range(1000)))
            number += 1000
    started = time.perf_counter()
    result = load_paths([tmp_path])
    assert time.perf_counter() - started < 30
    [article] = result.articles
    assert len(article.text.encode()) <= base.MAX_ARTICLE_BYTES
    assert article.text.startswith("Paragraph 0 of the inquiry report")
    assert article.text.endswith("pounds on consultants.")  # cut between paragraphs
    reason = f"too large ({os.path.getsize(tmp_path / 'huge.txt') / 1e6:.1f} MB): read its first 1.0 MB only"
    assert reasons(result) == {"huge.txt": reason}
    assert reason in article.notes


def test_a_cut_inside_a_multibyte_character_keeps_utf8(tmp_path, monkeypatch):
    monkeypatch.setattr("tui_reader.corpus.formats.text.MAX_ARTICLE_BYTES", 1001)
    path = write(tmp_path / "long.txt", ("Le café était fermé. " * 100).encode())
    article = read_source(path).articles[0]
    assert "café était" in article.text and "Ã" not in article.text


def test_a_json_document_over_the_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "MAX_DOCUMENT_BYTES", 100)
    path = write(tmp_path / "big.json", b'[{"text": "' + b"word " * 100 + b'"}]')
    assert reasons(read_source(path))["big.json"].startswith("too large (0.0 MB; JSON documents are read up to")


def test_invalid_utf8_is_read_with_the_stray_bytes_repaired(tmp_path):
    article = first_article(tmp_path, "mixed.txt", "Zoë Brandt paid ".encode() + b"\xa3300 for \x93two\x94 tickets.\xff")
    assert article.text == "Zoë Brandt paid £300 for “two” tickets.ÿ"


def test_file_that_vanishes_after_listing(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", GOOD.replace(b"Friday", b"Monday"))
    listed = list(iter_sources([tmp_path]))
    (tmp_path / "a.txt").unlink()
    results = [read_source(path) for path in listed]
    assert reasons(results[0]) == {"a.txt": "No such file or directory"}
    assert results[1].articles[0].text.endswith("on Monday.")


def test_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", GOOD)
    locked = write(tmp_path / "locked.txt", GOOD.replace(b"Friday", b"Monday"))
    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)  # tests may run as root, which chmod cannot stop
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["a.txt"]
    assert reasons(result) == {"locked.txt": "Permission denied"}


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert reasons(read_source(fifo)) == {"pipe.txt": "not a regular file"}


def test_thousands_of_files(tmp_path):
    for folder in range(20):
        for number in range(150):
            write(tmp_path / f"f{folder:02}" / f"{number:03}.txt",
                  f"Story {folder}-{number}: the board met {number} times this year.".encode())
    result = load_paths([tmp_path])
    assert len(result.articles) == 3000 and result.problems == []
    assert result.articles[0].name == "000.txt" and result.articles[-1].source.endswith("f19/149.txt")


def test_link_loops_are_not_followed(tmp_path):
    write(tmp_path / "news" / "a.txt", GOOD)
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")  # a folder that contains itself
    (tmp_path / "news" / "x.txt").symlink_to(tmp_path / "news" / "y.txt")
    (tmp_path / "news" / "y.txt").symlink_to(tmp_path / "news" / "x.txt")
    (tmp_path / "news" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = load_paths([tmp_path])
    assert [a.name for a in result.articles] == ["a.txt"]
    assert reasons(result) == {
        "gone.txt": "broken link (its target does not exist)",
        "x.txt": "Too many levels of symbolic links",
        "y.txt": "Too many levels of symbolic links",
    }


def test_malformed_html_is_read_as_well_as_it_can_be():
    result = read_source(HOSTILE / "malformed.html")
    assert result.problems == []
    article = result.articles[0]
    assert article.title == "Mayor opens new market hall"
    body = article.text.split(PARAGRAPH_SEP)
    assert body[0].startswith("The mayor of Tallow Bridge, Ruth Calloway, opened")
    assert body[-1] == "The hall has 64 stalls, of which 50 have been let."
    assert "injected" not in article.text


def test_truncated_feed_keeps_the_items_it_has():
    result = read_source(HOSTILE / "truncated-feed.xml")
    assert [a.title for a in result.articles] == [
        "Fishing quota talks end without a deal", "Lifeboat crew rescues two kayakers",
    ]
    [problem] = result.problems
    assert problem.reason.startswith("ill-formed feed (") and problem.reason.endswith("read 2 items")


@pytest.mark.parametrize(("name", "reason"), [
    ("aaa_illformed.xml", "feed has no items (ill-formed: "),
    ("rss_incomplete_cdata.xml", "feed has 1 items, none with text (ill-formed: "),
])
def test_ill_formed_feeds_from_feedparser_tests(name, reason):
    result = read_source(HOSTILE / name)
    assert result.articles == []
    assert result.problems[0].reason.startswith(reason)


ENTITY_REASON = "refused: the document declares XML entities (a possible entity-expansion attack)"


def test_billion_laughs_feed_is_refused_at_once():
    started = time.perf_counter()
    result = read_source(HOSTILE / "billion-laughs.xml")
    assert time.perf_counter() - started < 2
    assert result.articles == [] and reasons(result) == {"billion-laughs.xml": ENTITY_REASON}


def test_entity_declarations_in_a_page_or_utf16_feed_are_refused(tmp_path):
    bomb = (HOSTILE / "billion-laughs.xml").read_text()
    write(tmp_path / "page.html", bomb.replace("<rss", "<html><body><p>&lol9;</p></body></html><rss").encode())
    write(tmp_path / "wide.xml", bomb.encode("utf-16"))
    assert reasons(load_paths([tmp_path])) == {"page.html": ENTITY_REASON, "wide.xml": ENTITY_REASON}


def test_deeply_nested_json_is_a_problem(tmp_path):
    path = write(tmp_path / "deep.json", b"[" * 200_000 + b"]" * 200_000)
    assert reasons(read_source(path))["deep.json"].startswith("not valid JSON")


def test_a_jsonl_of_garbage_lines_gives_a_bounded_problem_list(tmp_path):
    path = write(tmp_path / "junk.jsonl", b"not json at all\n" * 500)
    result = read_source(path)
    assert len(result.problems) == records.MAX_LINE_PROBLEMS + 1
    assert result.problems[-1].reason == "480 more lines are not valid JSON"


def test_a_parser_crash_is_a_problem_not_an_exception(tmp_path, monkeypatch):
    def crash(file):
        raise RuntimeError("parser fell over")

    monkeypatch.setitem(READERS, "html", crash)
    path = write(tmp_path / "page.html", b"<html><body><p>Text.</p></body></html>")
    assert reasons(read_source(path)) == {"page.html": "could not be read (RuntimeError: parser fell over)"}


@pytest.mark.parametrize(("name", "data", "expected"), [
    pytest.param(
        "r.jsonl",
        '{"title": "Vote \\u001b[31mresult\\u001b[0m \\u202eout", "date": "2024-05-01\\u0007",'
        ' "url": "https://news.example/\\u001b]52;c;ZXZpbA==\\u0007vote",'
        ' "text": "The count \\u001b]8;;http://x.example\\u001b\\\\ended\\u001b]8;;\\u001b\\\\ at 2am."}\n',
        dict(title="Vote result out", date="2024-05-01", url="https://news.example/vote",
             text="The count ended at 2am."),
        id="from_titles_urls_dates_and_text",
    ),
    pytest.param(
        "f.rss",
        '<rss version="2.0"><channel><item><title>Storm \x1b[5mwarning\x1b[0m</title>'
        "<link>https://weather.example/storm</link>"
        "<description>Gales of 70mph are expected\u202e tonight, forecasters said.</description>"
        "</item></channel></rss>",
        dict(title="Storm warning", text="Gales of 70mph are expected tonight, forecasters said."),
        id="from_feed_items",
    ),
])
def test_control_sequences_are_stripped(tmp_path, name, data, expected):
    article = first_article(tmp_path, name, data)
    assert {field: getattr(article, field) for field in expected} == expected


def test_urls_other_than_http_are_dropped(tmp_path):
    record = b'{"title": "T", "url": "javascript:alert(1)", "text": "The count ended at 2am."}\n'
    assert first_article(tmp_path, "r.jsonl", record).url is None
