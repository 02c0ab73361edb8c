"""Descriptions that point back to a named person, and subjects the parser splits or loses.

Every sentence here is invented, in the style of long-form political and local news.
"""

from __future__ import annotations

import pytest

from tui_reader.analysis.speech.entities import Discourse


@pytest.fixture
def entities(nlp):
    def run(text: str) -> Discourse:
        return Discourse(nlp(text), lambda pos: False)

    return run


QUOTED = ("direct", "partial")
INDIRECT = ("indirect",)


@pytest.mark.parametrize(
    ("text", "fragment", "kinds", "speaker"),
    [
        pytest.param(
            "Mayor Ellen Varga opened the new library on Tuesday, two years after the old one burned down.\n\n"
            '"Reading changes lives," the two-term mayor told the crowd.',
            "Reading changes lives", QUOTED, "Ellen Varga", id="a_description_of_tenure_keeps_the_title_noun",
        ),
        pytest.param(
            "Sen. Paul Hadley, R-Ohio, spoke after the vote. Rep. Dana Ruiz left early.\n\n"
            '"This bill is a mistake," the Ohio senator said.',
            "bill is a mistake", QUOTED, "Paul Hadley", id="an_abbreviated_title_is_the_noun_it_stands_for",
        ),
        pytest.param(
            "Owen Marsh built his fortune in shipping. Marsh met Victor Lasko in March, and Marsh has "
            "since bought two of his ports.\n\n"
            'The billionaire later praised Lasko, saying he was "a tough negotiator."',
            "tough negotiator", QUOTED, "Owen Marsh", id="an_epithet_is_the_most_named_person_but_not_the_object",
        ),
        pytest.param(
            'A former city treasurer -- Lena Ford, who left office in 2019 -- said the council had '
            '"ignored every warning."',
            "ignored every warning", QUOTED, "Lena Ford", id="a_name_set_off_by_dashes_is_the_subject",
        ),
        pytest.param(
            '"We will win this state," the party\'s likely nominee, Ruth Ames, tweeted on Sunday.',
            "win this state", QUOTED, "Ruth Ames", id="a_cue_read_as_a_modifier_of_the_subject",
        ),
        pytest.param(
            "Harlow Foods said it had not been told of any inspection.\n\n"
            "Last month, the Moldovan government said it had found 40 unlicensed plants. "
            "The government said inspections would continue.",
            "inspections would continue", INDIRECT, "Moldovan government",
            id="the_government_is_no_company_and_takes_its_fuller_name",
        ),
        pytest.param(
            "Harlow Foods said it had not been told of any inspection. The government is cracking down on "
            "unlicensed plants. It said inspections would continue.",
            "inspections would continue", INDIRECT, "government", id="it_can_mean_a_body_known_by_its_noun",
        ),
        pytest.param(
            "Delia Marsh thanked her volunteers on Friday. Her rival, Ken Osei, stayed at home.\n\n"
            'Marsh speaks often of finishing "the job we started" in the town.',
            "the job we started", ("partial",), "Delia Marsh", id="speaks_of_a_quoted_phrase",
        ),
        pytest.param(
            "Hollis Aviation cut 300 jobs in the spring. Its chief executive, Mary Quinn, left in June. "
            "The shares fell. Analysts were unimpressed. Rivals gained ground. Orders slowed.\n\n"
            "Earlier this month the firm said it earned $10m in the third quarter.",
            "earned $10m", INDIRECT, "Hollis Aviation", id="the_firm_is_the_company_met_before",
        ),
        pytest.param(
            "Tara Quinn dismissed the criticism. Her rivals, Tom Ames and Rob Hale, who say she lacks experience, "
            "held rallies nearby.\n\n"
            "She later said her record spoke for itself.",
            "her record spoke", INDIRECT, "Tara Quinn", id="speech_in_a_relative_clause_is_background",
        ),
        pytest.param(
            "Mia Gold chairs the board. An independent adviser said the merger would cut costs.",
            "the merger would cut costs", INDIRECT, "independent adviser", id="an_indefinite_description_is_someone_new",
        ),
        pytest.param(
            "In the latest version of Nordlys Systems, the company said it had added offline maps.",
            "added offline maps", INDIRECT, "Nordlys Systems", id="a_phrase_before_the_subject_may_name_it",
        ),
        pytest.param(
            "Rita Vance toured the bottling plant on Monday. Her campaign said she would return in May.",
            "she would return in May", INDIRECT, "Vance campaign", id="her_campaign_is_the_campaign_of_whom_her_means",
        ),
        pytest.param(
            "Councillor Tom Ridley missed the vote. His spokesman said he had been unwell.",
            "he had been unwell", INDIRECT, "Ridley spokesman", id="his_spokesman_is_not_him",
        ),
        pytest.param(
            "Fees rose by a fifth, according to an archived copy of the Marlow Trust website.",
            "Fees rose", INDIRECT, "Marlow Trust", id="according_to_a_copy_of_a_document",
        ),
    ],
)
def test_who_a_description_a_pronoun_or_a_split_subject_means(speakers_of, text, fragment, kinds, speaker):
    assert speakers_of(text, fragment, kinds) == [speaker]


def test_a_title_with_other_words_of_its_own_is_someone_else(speakers_of):
    text = (
        "Green leader Tom Avery and Labour leader Sara Quill debated on Monday.\n\n"
        '"Our plan costs less," the Labour leader said.'
    )
    assert speakers_of(text, "costs less", ("direct",)) == ["Sara Quill"]


def test_the_man_said_is_nobody_named(speakers_of):
    text = (
        "Police said Arthur Penn, 61, was arrested at his home. Penn denies the charges.\n\n"
        'A neighbour saw the arrest. "It was all very quiet," the man said.'
    )
    assert speakers_of(text, "very quiet", ("direct", "scare")) == [None]


def test_a_given_name_alone_is_the_one_person_of_that_name(entities):
    d = entities("Delia Marsh thanked her volunteers. Ken Osei stayed home. Delia said she was proud.")
    assert sorted(e.name for e in d.people()) == ["Delia Marsh", "Ken Osei"]


def test_a_statement_by_authors_that_name_nobody_has_no_speaker(speakers_of):
    text = "Ann Roe met Ben Tull on Monday. The statement by the two suggested both want a truce."
    assert speakers_of(text, "both want a truce") == []
