"""Exports: every format read back, hostile article text kept inert, atomic files, clipboard text."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest
from markdown_it import MarkdownIt

from tui_reader.analysis.model import Analysis, Claim, Quote
from tui_reader.corpus.article import Article
from tui_reader.export import (
    CSV_COLUMNS,
    EXTENSIONS,
    clip_text,
    export_articles,
    markdown_text,
    write_export,
)
from tui_reader.figures import csv_cell, value_text

TEXT = (
    "The harbour authority expects more than 63,500 visitors this summer. "
    '"We are ready for the crowds," said Maria Lindqvist, the port director. '
    "Ticket prices fell 12% in May, the authority said."
)


def span(text: str, words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def sentence_of(words: str) -> tuple[int, int]:
    at = TEXT.index(words)
    start = TEXT.rfind(". ", 0, at)
    start = 0 if start == -1 else start + 2
    end = TEXT.find(". ", at)
    return start, (len(TEXT) if end == -1 else end + 1)


def harbour() -> tuple[Article, Analysis]:
    article = Article(
        source="news/harbour.txt", title="Harbour braces for a busy summer", text=TEXT,
        date="2024-05-30", url="https://example.org/harbour",
    )
    q_start, q_end = span(TEXT, "We are ready for the crowds,")
    visitors = span(TEXT, "more than 63,500 visitors")
    prices = span(TEXT, "12%")
    analysis = Analysis(
        quotes=[Quote(q_start, q_end, TEXT[q_start:q_end], "direct", "Maria Lindqvist")],
        claims=[
            Claim(*prices, "12%", 12.0, "%", "percent", direction="down", speaker="the authority",
                  sentence_start=sentence_of("12%")[0], sentence_end=sentence_of("12%")[1]),
            Claim(*visitors, "more than 63,500 visitors", 63500.0, "visitors", "count", direction="over",
                  sentence_start=sentence_of("63,500")[0], sentence_end=sentence_of("63,500")[1]),
        ],
    )
    return article, analysis


HOSTILE_TITLE = "[bold red]Alert[/] \x1b[31mred\x1b[0m \u202eevil\u202c | *stars* <b>x</b> [link](http://x.test)"
FORMULA = "=cmd|' /C calc'!A0"


def hostile() -> tuple[Article, Analysis]:
    text = f"{FORMULA} he said. \x1b]52;c;aGk=\x07Temperatures fell to -5 degrees | overnight."
    quote_end = len(FORMULA)
    claim_start = text.index("-5")
    article = Article(
        source="feeds/\x1b[2Jevil.jsonl#3", title=HOSTILE_TITLE, text=text, date="@SUM(A1:A9)",
        url="javascript:alert(1)",
    )
    analysis = Analysis(
        quotes=[Quote(0, quote_end, FORMULA, "direct", "+Mallory\u202e")],
        claims=[Claim(claim_start, claim_start + 2, "-5", -5.0, "degrees", "measure", speaker="-Trent",
                      sentence_start=text.index("Temperatures"), sentence_end=len(text))],
    )
    return article, analysis


def rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)


# -- value words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        (Claim(0, 1, "63,500", 63500.0, "jobs", "count", direction="over"), "more than 63,500 jobs"),
        (Claim(0, 1, "12%", 12.0, "%", "percent", direction="down"), "down 12%"),
        (Claim(0, 1, "£1.5bn", 1.5e9, "£", "money", approx=True), "about £1,500,000,000"),
        (Claim(0, 1, "2-3m", 2e6, "people", "count", low=2e6, high=3e6), "2,000,000 to 3,000,000 people"),
        (Claim(0, 1, "$5-7", 5.0, "$", "money", low=5.0, high=7.0), "$5 to $7"),
        (Claim(0, 1, "2.5", 2.5, None, "count"), "2.5"),
        (Claim(0, 1, "0.3", 0.1 + 0.2, "percentage points", "percent"), "0.3 percentage points"),
        (Claim(0, 1, "-5", -5.0, "degrees", "measure"), "-5 degrees"),
        (Claim(0, 1, "dozens", None, "protesters", "count"), "dozens"),
        (Claim(0, 1, "fewer than 10", 10.0, "boats", "count", approx=True, direction="under"), "less than 10 boats"),
    ],
)
def test_value_words(claim, words):
    assert value_text(claim, words=True) == words


# -- JSON ---------------------------------------------------------------------------------


def test_json_round_trip_has_the_documented_structure():
    article, analysis = harbour()
    document = json.loads(export_articles([(article, analysis)], "json"))
    assert document["format"] == "newsreader-export" and document["version"] == 1
    [record] = document["articles"]
    assert {k: record[k] for k in ("title", "source", "date", "url")} == {
        "title": "Harbour braces for a busy summer", "source": "news/harbour.txt",
        "date": "2024-05-30", "url": "https://example.org/harbour",
    }
    assert record["text_hash"] == article.text_hash
    assert record["quotes"] == [
        {"speaker": "Maria Lindqvist", "kind": "direct", "text": "We are ready for the crowds,",
         "start": TEXT.index("We are"), "end": TEXT.index("We are") + len("We are ready for the crowds,")}
    ]
    visitors, prices = record["claims"]  # in text order
    assert visitors["value"] == 63500 and isinstance(visitors["value"], int)
    assert visitors["direction"] == "over" and visitors["speaker"] is None and visitors["approx"] is False
    assert visitors["value_text"] == "more than 63,500 visitors"
    assert visitors["sentence"] == "The harbour authority expects more than 63,500 visitors this summer."
    assert prices["value"] == 12 and prices["unit"] == "%" and prices["speaker"] == "the authority"
    assert prices["low"] is None and prices["high"] is None
    assert set(prices) == {"text", "value", "low", "high", "unit", "kind", "approx", "direction", "speaker",
                           "value_text", "sentence", "start", "end"}


def test_json_of_hostile_text_is_clean_and_valid():
    out = export_articles([hostile()], "json")
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    [record] = json.loads(out)["articles"]
    assert record["title"] == "[bold red]Alert[/] red evil | *stars* <b>x</b> [link](http://x.test)"
    assert record["quotes"][0]["text"] == FORMULA  # JSON keeps text exactly: it is data, not a sheet
    assert record["claims"][0]["value"] == -5


def test_json_without_an_analysis_or_with_nan_stays_valid():
    article = Article(source="a.txt", title="Nothing yet", text="Quiet day.")
    odd = Analysis(claims=[Claim(0, 5, "Quiet", float("nan"), None, "count")])
    document = json.loads(export_articles([(article, None), (article, odd)], "json"))
    assert document["articles"][0]["quotes"] == [] and document["articles"][0]["claims"] == []
    assert document["articles"][1]["claims"][0]["value"] is None


# -- CSV ----------------------------------------------------------------------------------


def test_csv_round_trip():
    out = export_articles([harbour(), harbour()], "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["record"] for r in rows] == ["quote", "claim", "claim"] * 2
    quote, visitors, prices = rows[:3]
    assert quote["speaker"] == "Maria Lindqvist" and quote["text"] == "We are ready for the crowds,"
    assert quote["value"] == "" and quote["title"] == "Harbour braces for a busy summer"
    assert visitors["value"] == "63500" and visitors["approx"] == "false" and visitors["direction"] == "over"
    assert visitors["value_text"] == "more than 63,500 visitors"
    assert prices["value"] == "12" and prices["unit"] == "%" and prices["speaker"] == "the authority"
    assert int(prices["start"]) == TEXT.index("12%")


def test_csv_guards_formulas_in_text_but_keeps_negative_numbers_numeric():
    out = export_articles([hostile()], "csv")
    assert "\x1b" not in out and "\u202e" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    quote, claim = rows
    assert quote["text"] == "'" + FORMULA
    assert quote["speaker"] == "'+Mallory"
    assert quote["date"] == "'@SUM(A1:A9)"
    assert claim["value"] == "-5" and float(claim["value"]) == -5  # a number, unguarded
    assert claim["text"] == "'-5"  # the words as written are text: guarded
    assert claim["speaker"] == "'-Trent"
    for row in rows:
        for column, cell in row.items():
            if column not in ("value", "low", "high", "start", "end"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-x", "'-x"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("plain", "plain"), (-3, "-3"), (2.5, "2.5"), (-5.0, "-5"), (1.5e9, "1500000000"), (float("nan"), ""), (None, ""), (True, "true")],
)
def test_csv_cell(value, cell):
    assert csv_cell(value) == cell


# -- Markdown -----------------------------------------------------------------------------


def test_markdown_lists_the_article_quotes_and_claims():
    out = export_articles([harbour()], "markdown")
    html = rendered(out)
    assert "<h2>Harbour braces for a busy summer</h2>" in html
    assert "https://example.org/harbour" in html and "<a " not in html  # shown, never a link
    assert "<td>Maria Lindqvist</td>\n<td>direct</td>\n<td>We are ready for the crowds,</td>" in html
    assert "<strong>more than 63,500 visitors</strong>" in html
    assert "<td>down 12%</td>" in html and "<td>the authority</td>" in html
    assert "### Quotes (1)" in out and "### Claims (2)" in out


def test_markdown_keeps_hostile_text_literal():
    out = export_articles([hostile()], "markdown")
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    html = rendered(out)
    assert "<a " not in html and "<b>" not in html and "<em>" not in html
    heading = re.search(r"<h2>(.*)</h2>", html).group(1)
    assert heading == "[bold red]Alert[/] red evil | *stars* &lt;b&gt;x&lt;/b&gt; [link](http://x.test)"
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    assert all(row.count("<td>") in (0, 3, 5) for row in rows)  # a "|" never adds a cell
    assert f"<td>{FORMULA.replace(chr(39), '&#x27;')}</td>" in html or f"<td>{FORMULA}</td>" in html
    assert "<strong>-5</strong>" in html and "degrees | overnight." in html


def test_markdown_without_analysis_says_so():
    article = Article(source="a.txt", title="Nothing yet", text="Quiet day.")
    out = export_articles([(article, None)], "markdown")
    assert "No quotes found." in out and "No claims found." in out


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("a|b", "a\\|b"), ("*x*", "\\*x\\*"), ("_y_", "\\_y\\_"), ("`c`", "\\`c\\`"), ("<i>", "\\<i\\>"),
     ("[l](u)", "\\[l\\]\\(u\\)"), ("a\nb", "a b"), ("&amp;", "\\&amp;"), ("# h", "\\# h")],
)
def test_markdown_text_escapes(text, escaped):
    assert markdown_text(text) == escaped


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        export_articles([harbour()], "xml")  # type: ignore[arg-type]
    assert set(EXTENSIONS) == {"markdown", "csv", "json"}


# -- clipboard ----------------------------------------------------------------------------


def test_clip_a_quote():
    article, analysis = harbour()
    assert clip_text(analysis.quotes[0], article) == (
        "“We are ready for the crowds,” — Maria Lindqvist, in “Harbour braces for a busy summer” (2024-05-30)\n"
        "https://example.org/harbour"
    )


def test_clip_a_claim_with_its_value_and_sentence():
    article, analysis = harbour()
    prices = analysis.claims[0]
    assert clip_text(prices, article) == (
        "down 12%, according to the authority: “Ticket prices fell 12% in May, the authority said.”"
        " — in “Harbour braces for a busy summer” (2024-05-30)\nhttps://example.org/harbour"
    )


def test_clip_reported_speech_and_unattributed_quotes():
    article = Article(source="a.txt", title="Vote", text="The mayor said the vote would be close.")
    reported = Quote(15, 38, "the vote would be close", "indirect", "the mayor")
    unattributed = Quote(0, 9, "The mayor", "scare")
    assert clip_text(reported, article) == "the mayor, reported: the vote would be close — in “Vote”"
    assert clip_text(unattributed, article) == "“The mayor” — unattributed, in “Vote”"
    with pytest.raises(TypeError):
        clip_text("not a quote", article)  # type: ignore[arg-type]


def test_clip_of_hostile_text_is_clean():
    article, analysis = hostile()
    text = clip_text(analysis.quotes[0], article) + clip_text(analysis.claims[0], article)
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text


# -- files --------------------------------------------------------------------------------


def test_write_export_writes_and_replaces_whole(tmp_path):
    target = tmp_path / "out.csv"
    text = export_articles([harbour()], "csv")
    assert write_export(target, text) == target
    assert target.read_bytes() == text.encode("utf-8")  # CSV's \r\n kept as written
    write_export(target, "second\n")
    assert target.read_text() == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_write_export_refuses_a_folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "keep.txt").write_text("kept")
    with pytest.raises(IsADirectoryError):
        write_export(folder, "text")
    assert (folder / "keep.txt").read_text() == "kept"


def test_write_export_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.md"
    target.write_text("old")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_export(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_export_follows_a_link_and_keeps_the_mode(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert write_export(link, "[]") == real
    assert link.is_symlink() and real.read_text() == "[]"
    assert real.stat().st_mode & 0o777 == 0o600


def test_write_export_into_a_missing_folder_fails_clearly(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_export(tmp_path / "missing" / "out.md", "x")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("out.md", "markdown"), ("OUT.Markdown", "markdown"), ("a.csv", "csv"), ("b.JSON", "json"), ("c.txt", None),
     ("noext", None)],
)
def test_the_file_name_chooses_the_format(name, fmt):
    from pathlib import Path

    from tui_reader.export import format_for

    assert format_for(Path(name)) == fmt
