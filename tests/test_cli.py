"""``newsreader analyze``: the JSON contract, offsets, messages and exit codes."""

import json
from pathlib import Path

import pytest

from tui_reader.cli import bundled_corpus, main

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))


def test_bundled_corpus_is_the_data_folder():
    assert sorted(p.name for p in bundled_corpus().glob("*.txt")) == sorted(p.name for p in DATA.glob("*.txt"))


def test_analyze_json_follows_the_contract(capsys):
    assert main(["analyze", str(DATA), "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert [Path(a["source"]).name for a in articles] == sorted(p.name for p in DATA.glob("*.txt"))
    for article in articles:
        text = article["text"]
        assert {"quotes", "speakers", "claims", "title"} <= set(article)
        for item in article["quotes"] + article["claims"]:
            assert 0 <= item["start"] < item["end"] <= len(text)
            assert text[item["start"]:item["end"]] == item["text"]
        for quote in article["quotes"]:
            assert quote["kind"] in {"direct", "partial", "indirect", "scare"}
        names = [s["name"] for s in article["speakers"]]
        assert len(names) == len(set(names))


def test_analyze_reports_bad_files_and_goes_on(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text('"We will appeal," the club said in a statement on Monday.')
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    assert main(["analyze", str(tmp_path), "--json"]) == 0
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err and "binary" in captured.err
    assert [Path(a["source"]).name for a in json.loads(captured.out)["articles"]] == ["ok.txt"]


def test_analyze_fails_only_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["analyze", str(tmp_path)]) == 1
    assert "no articles could be read" in capsys.readouterr().err


def test_summary_prints_markup_literally(tmp_path, capsys):
    (tmp_path / "m.txt").write_text('"[bold red]Vote[/] now," the [@click=app.quit]mayor[/] said.')
    assert main(["analyze", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[bold red]Vote[/]" in out
