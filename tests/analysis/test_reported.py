"""Reported speech in the constructions news uses beyond "X said (that) ...".

Every sentence here is invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param("Mayor Rita Okonjo called on the council to halt the sale of the park.",
                     "halt the sale", "Rita Okonjo", id="called_on_someone_to"),
        pytest.param("Lena Morgan has been advised by her doctor, Paul Reyes, not to race again this season.",
                     "not to race again", "Paul Reyes", id="passive_with_its_agent"),
        pytest.param("Tom Hale voiced confidence that the bridge would open by June.",
                     "the bridge would open", "Tom Hale", id="voiced_confidence_that"),
        pytest.param("Ana Price repeated her claim that the audit figures were wrong.",
                     "the audit figures were wrong", "Ana Price", id="repeated_her_claim_that"),
        pytest.param("Nora Blake pointed out that the scheme costs more than it saves.",
                     "the scheme costs more", "Nora Blake", id="pointed_out_that"),
        pytest.param("But as Nora Blake points out in her weekly column, the scheme costs more than it saves.",
                     "the scheme costs more", "Nora Blake", id="as_someone_points_out"),
        pytest.param("Kim Ortega joked that the team bus had scored more points than the team.",
                     "the team bus had scored", "Kim Ortega", id="a_cue_verb_with_a_that_clause"),
        pytest.param("After the final, Ben Hartley revealed he had turned down two offers from abroad.",
                     "turned down two offers", "Ben Hartley", id="someone_revealed"),
        pytest.param("Like it or not, the new tram is very popular with commuters, transport chief Ruth Dane "
                     "insisted Thursday during a tour of the depot.",
                     "the new tram is very popular", "Ruth Dane", id="a_trailing_cue_joined_as_a_clause"),
        pytest.param("Sales fell by a tenth in March, according to a report this week from the Retail Trade Council.",
                     "Sales fell by a tenth", "Retail Trade Council", id="according_to_a_report_from"),
        pytest.param("Rents rose by 4% last year, according to the Harbour Institute's price tracker.",
                     "Rents rose by 4%", "Harbour Institute", id="according_to_an_organisation_s_tracker"),
        pytest.param('"We will appeal," the Rowing Federation said on Monday. The crews trained as usual. '
                     "Tuesday's statement said the hearing would be held in May.",
                     "the hearing would be held", "Rowing Federation", id="a_dated_statement_is_the_last_speaker_s"),
        pytest.param("The union leader, Ruth Fenn, met members. She asked what the board had to hide.",
                     "what the board had to hide", "Ruth Fenn", id="asked_what"),
        pytest.param("Ruth Fenn met members. She questioned whether the money had been found from cuts.",
                     "whether the money had been found", "Ruth Fenn", id="questioned_whether"),
        pytest.param("The row prompted Alan Rook to say the hospital would be reviewed.",
                     "the hospital would be reviewed", "Alan Rook", id="prompted_someone_to_say"),
        pytest.param("It was a strange week for Lumen, which on Tuesday received a statement from Carl Ivers, "
                     "the store owner, confirming he was not bidding for the company.",
                     "he was not bidding", "Carl Ivers", id="a_statement_from_someone_confirming"),
        pytest.param("Mark Lofts issued a statement saying his group was interested in the chain.",
                     "his group was interested", "Mark Lofts", id="issued_a_statement_saying"),
    ],
)
def test_reported_speech_and_its_speaker(speakers_of, text, fragment, speaker):
    assert speakers_of(text, fragment) == [speaker]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param("The figures revealed a sharp fall in the number of new homes.", "sharp fall",
                     id="figures_reveal_nothing_said"),
        pytest.param('Asked about what the families could claim, Mr Fenwick said: "People who are wronged are paid."',
                     "Asked about", id="a_question_before_a_colon_cue"),
        pytest.param('"That was the first time in years, senator," Channel Six anchor Maya Lind said.',
                     "first time in years", id="a_quote_with_the_cue_s_words_hung_on_it"),
        pytest.param("The council refused to discuss the sale and has not said how it would affect the park.",
                     "how it would affect", id="a_negated_speech_verb_reports_nothing"),
        pytest.param("Ruth Fenn asked him to leave the room before the vote.", "leave the room",
                     id="asked_someone_to_do_something"),
        pytest.param("At present judges can reduce the tariff. In July Ann Reed's killer, Tom Ford, pleaded guilty "
                     "to her murder and was jailed for at least 15 years - it would have been longer had he denied "
                     "the charge.", "jailed for at least", id="had_he_denied_is_a_supposition"),
    ],
)
def test_not_reported_speech(speakers_of, text, fragment):
    assert speakers_of(text, fragment) == []


def test_a_participle_the_parser_hangs_on_the_reported_clause_is_the_speaker_s(speakers_of):
    text = ("Shadow minister Tom Ridley said more emphasis should be put on small schools, saying that "
            "a cost-first agenda had been pursued for years.")
    found = speakers_of(text, "cost-first agenda")
    assert found and set(found) == {"Tom Ridley"}


def test_a_question_put_to_someone_is_not_their_report(speakers_of):
    text = ("Asked on Monday whether Tom Reed would hold a cabinet post, Ann Reed shook her head and "
            'said, "No."')
    assert speakers_of(text, "whether Tom Reed") == []
