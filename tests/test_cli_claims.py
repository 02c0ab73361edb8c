"""``newsreader claims``: CSV, JSON and table over a tiny corpus written here."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tui_reader.cli import main
from tui_reader.figures import csv_cell


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Rail firm to cut jobs\n\nThe rail operator will cut 1,200 jobs next year. "
        'Inflation hit 2.3% in May, the statistics office said.\n'
    )
    (folder / "b.txt").write_text(
        "Union warns on cuts\n\n\"The real figure is closer to 3,000 jobs,\" said union leader Ann Brook. "
        "Inflation reached 3.1% in June.\n"
    )
    (folder / "c.txt").write_text(
        "=HYPERLINK(\"http://example.com\")\n\nThe council spent £4m on roads.\n"
    )
    return folder


def test_csv_has_every_field_and_groups_differing_figures(corpus, capsys):
    assert main(["claims", str(corpus), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == [
        "source", "title", "date", "text", "value", "low", "high", "approx", "direction",
        "unit", "subject", "kind", "speaker", "sentence", "group",
    ]
    jobs = [r for r in rows if r["unit"] == "jobs"]
    assert [(r["text"], r["value"]) for r in jobs] == [("1,200", "1200"), ("3,000", "3000")]
    assert [r["speaker"] for r in jobs] == ["", "Ann Brook"]
    inflation = [r for r in rows if r["subject"] == "inflation"]
    assert [r["value"] for r in inflation] == ["2.3", "3.1"]
    # the two groups with differing figures come before the single £ claim
    assert rows[-1]["unit"] == "£" and rows[-1]["value"] == "4000000"
    assert jobs[0]["sentence"] == "The rail operator will cut 1,200 jobs next year."


def test_csv_defuses_formulas_from_article_text(corpus, capsys):
    assert main(["claims", str(corpus), "--csv"]) == 0
    money = [r for r in csv.DictReader(io.StringIO(capsys.readouterr().out)) if r["unit"] == "£"][0]
    assert money["title"].startswith("'=HYPERLINK")


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+2", "'=1+2"), ("+44 line", "'+44 line"), ("-5%", "'-5%"), ("@cmd", "'@cmd"), ("plain", "plain"),
     (-5.0, "-5"), (1.5e9, "1500000000"), (True, "true"), (None, "")],
)
def test_csv_cell(value, cell):
    assert csv_cell(value) == cell


def test_json_lists_claims_with_their_group(corpus, capsys):
    assert main(["claims", str(corpus), "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert {c["group"] for c in claims} >= {"job", "% · inflation", "£ · council"}
    first = claims[0]
    assert first["kind"] in {"count", "percent", "money", "measure", "duration"}
    assert isinstance(first["value"], float) and isinstance(first["approx"], bool)


def test_table_groups_claims(corpus, capsys):
    assert main(["claims", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Claims by what they count" in out
    assert "Ann Brook" in out and "1,200" in out
    assert out.index("1,200") < out.index("3,000") < out.index("£4m")


def test_table_prints_article_text_literally(tmp_path, capsys):
    (tmp_path / "m.txt").write_text("[red]X[/]\n\nThe council spent £4m on roads.\n")
    assert main(["claims", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[red]X[/]" in out  # markup in a title is shown, never interpreted


def test_csv_and_json_are_exclusive(corpus, capsys):
    with pytest.raises(SystemExit):
        main(["claims", str(corpus), "--csv", "--json"])


def test_nothing_readable_fails(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["claims", str(tmp_path)]) == 1
    assert "no articles could be read" in capsys.readouterr().err
