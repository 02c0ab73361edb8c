"""Canonical speakers: merged aliases, honorifics dropped, roles, mentions."""

from __future__ import annotations

from tui_reader.analysis.speech.find import find_speech


def test_aliases_merge_under_the_fullest_name(nlp):
    text = (
        "Linda Howarth, chief executive of the Harbour Trust, opened the new quay.\n\n"
        '"This quay will bring back the fishing fleet," Ms Howarth said.\n\n'
        '"We waited twenty years for it," Howarth added.'
    )
    doc = nlp(text)
    quotes, speakers = find_speech(doc)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Linda Howarth", "Linda Howarth"]
    assert [s.name for s in speakers] == ["Linda Howarth"]
    speaker = speakers[0]
    assert speaker.quotes == 2
    assert "Ms Howarth" in speaker.aliases
    highlighted = {text[s:e] for s, e in speaker.mentions}
    assert {"Linda Howarth", "Ms Howarth", "Howarth"} <= highlighted


def test_role_from_apposition(nlp):
    text = (
        "Owen Price, general secretary of the Bakers Union, said: "
        '"Our members will not accept a pay freeze."'
    )
    _, speakers = find_speech(nlp(text))
    assert [s.name for s in speakers] == ["Owen Price"]
    assert speakers[0].role == "general secretary of the Bakers Union"
    assert speakers[0].kind == "person"


def test_peer_keeps_title_without_first_name(nlp):
    text = 'Lord Ashdown said: "The committee has done its job."'
    _, speakers = find_speech(nlp(text))
    assert [s.name for s in speakers] == ["Lord Ashdown"]


def test_organisation_short_name_takes_the_full_one(nlp):
    text = (
        "Shares in Hollis & Reed fell sharply on Monday.\n\n"
        '"We are disappointed by the ruling," Hollis said in a statement.'
    )
    _, speakers = find_speech(nlp(text))
    assert [s.name for s in speakers] == ["Hollis & Reed"]
    assert speakers[0].kind == "org"


def test_a_spokesman_is_the_person_introduced_as_spokesman(nlp):
    text = (
        'A spokesman insisted the talks were "going well".\n\n'
        '"Nobody is walking away," club spokesman Ian Forde said.'
    )
    quotes, speakers = find_speech(nlp(text))
    assert [s.name for s in speakers] == ["Ian Forde"]
    assert {q.speaker for q in quotes if q.kind == "partial"} == {"Ian Forde"}


def test_speakers_of_reported_speech_only_are_not_listed(nlp):
    text = (
        "Kate Lowe said the museum would close. "
        '"It is a sad day," Rhys Evans said.'
    )
    _, speakers = find_speech(nlp(text))
    assert [s.name for s in speakers] == ["Rhys Evans"]
