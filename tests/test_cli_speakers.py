"""``newsreader speakers``: one row per speaker across a corpus, table or JSON."""

import json

import pytest

from tui_reader.analysis.corpus_wide.roster import CorpusSpeaker
from tui_reader.cli import main
from tui_reader.commands.speakers import print_table

ARTICLES = {
    "budget.txt": (
        "Ministers defend the budget\n\n"
        "The chancellor, Gordon Fairweather, defended his budget on Wednesday.\n\n"
        '"These measures will help every working family," Gordon Fairweather told MPs.\n\n'
        '"We have made the right choices," he added.\n\n'
        "The Retail Union said the plans would cost jobs. "
        '"Shops will close," a spokeswoman for the Retail Union said.'
    ),
    "bank.txt": (
        "Bank holds rates\n\n"
        "Mr Fairweather welcomed the decision of the central bank on Thursday.\n\n"
        '"Stability is what the country needs," Mr Fairweather said.'
    ),
}


@pytest.fixture
def corpus(write_corpus):
    return write_corpus(ARTICLES)


def test_json_merges_one_person_across_articles(corpus, capsys):
    assert main(["speakers", str(corpus), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["speakers"]
    top = rows[0]
    assert top["name"] == "Gordon Fairweather"
    assert (top["articles"], top["quotes"]) == (2, 3)
    assert "Mr Fairweather" in top["aliases"]
    assert [r["name"] for r in rows].count("Gordon Fairweather") == 1
    assert not any(r["name"] == "Mr Fairweather" for r in rows)
    quotes = [r["quotes"] for r in rows]
    assert quotes == sorted(quotes, reverse=True)


def test_limit_keeps_the_most_quoted(corpus, capsys):
    assert main(["speakers", str(corpus), "--json", "--limit", "1"]) == 0
    rows = json.loads(capsys.readouterr().out)["speakers"]
    assert [r["name"] for r in rows] == ["Gordon Fairweather"]


def test_table_prints_names_as_plain_text(corpus, capsys):
    assert main(["speakers", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "Gordon Fairweather" in out and "Articles" in out and "Quotes" in out
    assert "Kind" in out and "person" in out


def test_descriptions_are_listed_only_with_all(write_corpus, capsys):
    corpus = write_corpus({
        "rail.txt": (
            "Rail fares rise\n\n"
            '"Fares will rise by a tenth," a spokesman said.\n\n'
            '"It is a disgrace," said Wilma Strandquist, who chairs the passengers\' group.'
        ),
    })
    assert main(["speakers", str(corpus), "--json"]) == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)["speakers"]]
    assert "Wilma Strandquist" in names and "spokesman" not in names
    assert main(["speakers", str(corpus), "--json", "--all"]) == 0
    rows = json.loads(capsys.readouterr().out)["speakers"]
    assert ("spokesman", "role") in [(r["name"], r["kind"]) for r in rows]


def test_untrusted_names_are_never_read_as_markup(capsys):
    row = CorpusSpeaker("Ann [bold]Marsh[/bold]\x1b[31m", "person", role="[red]councillor", articles=1, quotes=2)
    print_table([row], 1)
    out = capsys.readouterr().out
    assert "[bold]Marsh[/bold]" in out and "[red]councillor" in out
    assert "\x1b[31m" not in out


def test_nothing_readable_exits_with_one(tmp_path, private_home, capsys):
    assert main(["speakers", str(tmp_path / "missing")]) == 1
    assert "no articles" in capsys.readouterr().err
