"""``newsreader analyze FILE --explain``: every quote with its candidate speakers and the evidence."""

from __future__ import annotations

import pytest

from tui_reader.cli import main

ARTICLE = (
    "Bakery closes after 30 years\n\n"
    "Maria Kessler has run the bakery on Mill Street since 1994.\n\n"
    '"We open at five every morning," she said. "Nobody else does that any more."\n\n'
    "Two doors down, Tom Achebe repairs bicycles.\n\n"
    '"The street looks after its own."\n'
)


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))


def explained(tmp_path, capsys, text: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["analyze", str(path), "--explain"]) == 0
    return capsys.readouterr().out.splitlines()


def block(lines: list[str], fragment: str) -> list[str]:
    """The lines explaining the quote that holds ``fragment``."""
    start = next(i for i, line in enumerate(lines) if line.startswith("[") and fragment in line)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("[") or not lines[i]), len(lines))
    return lines[start:end]


def _score(line: str) -> float:
    """The score printed after the candidate's name and kind: "→ X (person) +2.5: ..."."""
    return float(line.split(")", 1)[1].split(":")[0])


def test_each_quote_shows_its_cue_candidates_evidence_and_speaker(tmp_path, capsys):
    lines = explained(tmp_path, capsys, ARTICLE)
    assert lines[0].startswith("== Bakery closes after 30 years")
    first = block(lines, "We open at five")
    assert "    cue (after): she said" in first
    assert '    mentions: pronoun "she"' in first
    chosen = [line for line in first if line.lstrip().startswith("\u2192")]
    assert len(chosen) == 1 and "Maria Kessler (person)" in chosen[0] and "agrees" in chosen[0]
    assert first[-1] == "    speaker: Maria Kessler"


def test_a_cueless_quote_shows_why_the_newcomer_beats_the_last_speaker(tmp_path, capsys):
    lines = block(explained(tmp_path, capsys, ARTICLE), "looks after its own")
    assert "    no cue: continues or follows whoever the text is about" in lines
    chosen = next(line for line in lines if line.lstrip().startswith("\u2192"))
    other = next(line for line in lines if "Maria Kessler" in line)
    assert "Tom Achebe" in chosen and "last_subject" in chosen
    assert "previous_speaker" in other
    assert _score(chosen) > _score(other)
    assert lines[-1] == "    speaker: Tom Achebe"


def test_excluded_candidates_say_why(tmp_path, capsys):
    text = 'Ella Brandt met Hugo Varga at the depot.\n\n"The buses are late again," she said.\n'
    lines = block(explained(tmp_path, capsys, text), "buses are late")
    assert any(line.strip() == "\u00d7 Hugo Varga: gender" for line in lines)


def test_explain_prints_no_control_sequences(tmp_path, capsys):
    lines = explained(tmp_path, capsys, '"Hello \x1b[31mred\x1b[0m," Ana Ruiz said.\n')
    assert not any("\x1b" in line for line in lines)


def test_explain_and_json_do_not_go_together(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Nothing here.")
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(tmp_path / "a.txt"), "--explain", "--json"])
    assert exit_info.value.code == 2
