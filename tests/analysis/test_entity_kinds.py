"""Whether a name is a person or an organisation, read from what the article says of it.

The small tagger often calls a club or a company a person. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tui_reader.analysis.speech.entities import Discourse


@pytest.fixture
def kinds(nlp):
    def run(text: str) -> dict[str, str]:
        discourse = Discourse(nlp(text), lambda pos: False)
        return {e.name: e.kind for e in discourse.entities}

    return run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Denby United have rejected the bid.", "Denby United", id="plural_verb_with_a_singular_name"),
        pytest.param("Ashcombe United are a debt-free company.", "Ashcombe United", id="called_a_company"),
        pytest.param("The march was led by campaign group Harbour Watch on Friday.", "Harbour Watch",
                     id="named_after_an_organisation_noun"),
    ],
)
def test_what_the_article_says_makes_a_tagged_person_an_organisation(nlp, kinds, text, name):
    assert any(e.text == name and e.label_ == "PERSON" for e in nlp(text).ents)  # the tagger's view
    assert kinds(text) == {name: "org"}


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param("Denby United have confirmed they received a new offer for the club on Monday.\n\n"
                     "The club said it would study the proposal with its advisers.",
                     "study the proposal", "Denby United", id="the_club_is_the_tagged_person"),
        pytest.param("Residents say the new runway will ruin the valley. QPX are the owners of the airfield. "
                     "They have said the money cannot be raised from landing fees.",
                     "landing fees", "QPX", id="they_can_mean_an_abbreviation"),
    ],
)
def test_an_organisation_the_tagger_took_for_a_person_is_spoken_of_as_one(speakers_of, text, fragment, speaker):
    assert speakers_of(text, fragment) == [speaker]


def test_a_given_name_keeps_a_person_a_person(kinds):
    assert kinds("Nadia Farrell are wrong, her critics say.") == {"Nadia Farrell": "person"}
