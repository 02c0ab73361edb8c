"""Who said each quote, and reported speech."""

from __future__ import annotations

import pytest


def only(quotes, kind, fragment):
    found = [q for q in quotes if q.kind == kind and fragment in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


# ---------------------------------------------------------------- one quote, one speaker

@pytest.mark.parametrize(
    ("text", "kind", "fragment", "speaker"),
    [
        # where the cue stands
        pytest.param(
            '"Demand is falling fast," said Peter Lowe, an analyst at a London broker.',
            "direct", "Demand is falling", "Peter Lowe",
            id="inverted_cue_said_x",
        ),
        pytest.param(
            'Mr Okafor warned: "The river will flood again unless the banks are raised."',
            "direct", "river will flood", "Okafor",
            id="cue_before_colon",
        ),
        pytest.param(
            '"The line will close for six weeks," Tom Reid said. '
            '"Passengers should plan ahead."',
            "direct", "plan ahead", "Tom Reid",
            id="quote_split_by_he_said_continues_the_speaker",
        ),
        # pronouns
        pytest.param(
            "Mrs Patel met Mr Jones at the depot on Monday.\n\n"
            '"We cannot keep running buses with no drivers," she said.',
            "direct", "no drivers", "Patel",
            id="pronoun_prefers_gender_from_title",
        ),
        pytest.param(
            "Peter Marsh and Helen Doyle both spoke at the hearing.\n\n"
            "Marsh told the panel the site was safe.\n\n"
            '"The survey was never completed," she said.',
            "direct", "survey was never", "Helen Doyle",
            id="pronoun_skips_a_surname_whose_full_name_has_the_other_gender",
        ),
        pytest.param(
            'Sarah Quinn said: "I spoke to John Price about the plan last week."\n\n'
            '"The money is simply not there," she added.',
            "direct", "money is simply", "Sarah Quinn",
            id="names_inside_a_quote_are_not_antecedents",
        ),
        # partial and scare quotes
        pytest.param(
            "The closure of the plant was a \"bitter blow\", the Steelworkers Union said.",
            "partial", "bitter blow", "Steelworkers Union",
            id="partial_quote_is_attributed_to_the_speech_verb_subject",
        ),
        pytest.param(
            'The so-called "super sewer" will take ten years to build.',
            "scare", "super sewer", None,
            id="quote_nobody_speaks_is_scare",
        ),
        # organisations, documents and roles
        pytest.param(
            "Members of the Transport Workers Union (TWU) voted to strike.\n\n"
            'The walkout would be "the first of many", the union said.',
            "partial", "first of many", "Transport Workers Union",
            id="the_union_resolves_to_the_union_named_before",
        ),
        pytest.param(
            '"Staff numbers must fall by a fifth," says the report, written by the finance team.',
            "direct", "Staff numbers", "finance team",
            id="a_document_speaks_for_its_author",
        ),
        pytest.param(
            "Shares in Brightwell Foods fell by a tenth after Brightwell Foods warned on profits. "
            "Analysts at Dunmore Securities had expected the warning.\n\n"
            '"Trading has been difficult since the autumn," the company said in a statement.',
            "direct", "Trading has been difficult", "Brightwell Foods",
            id="the_company_said_in_a_statement_is_the_company_of_the_article",
        ),
        # descriptions and ages that name a person, or stay a role
        pytest.param(
            "Tory leader Alan Frobisher attacked the plans on Tuesday.\n\n"
            '"Families will pay more for less," the Tory leader said.',
            "direct", "pay more for less", "Alan Frobisher",
            id="a_description_with_all_its_words_finds_its_person",
        ),
        pytest.param(
            "Green leader Kate Fenn attacked the plans on Tuesday.\n\n"
            '"Families will pay more for less," the Tory leader said.',
            "direct", "pay more for less", "Tory leader",
            id="a_description_of_someone_else_stays_a_role",
        ),
        pytest.param(
            "Labour leader Ian Moss and Green leader Kate Fenn met on Monday.\n\n"
            '"Talks went well," the party leader said.',
            "direct", "Talks went well", "party leader",
            id="two_leaders_leave_the_role_phrase",
        ),
        pytest.param(
            "Police charged Dennis Ogden, 52, with fraud on Monday.\n\n"
            '"I have done nothing wrong," the 52-year-old said outside court.',
            "direct", "nothing wrong", "Dennis Ogden",
            id="the_52_year_old_is_the_person_given_that_age",
        ),
        pytest.param(
            '"I have done nothing wrong," the 41-year-old said outside court.',
            "direct", "nothing wrong", "41-year-old",
            id="an_age_nobody_has_stays_a_role",
        ),
        # reported speech
        pytest.param(
            "According to the Road Safety Trust, accidents rose by a tenth last year.",
            "indirect", "accidents rose", "Road Safety Trust",
            id="according_to_is_reported_speech",
        ),
        pytest.param(
            "In her statement, the health secretary Joan Marley has:\n\n"
            "- Announced that 40 new clinics will open next year\n\n"
            "- Promised to cut waiting lists by a quarter",
            "indirect", "40 new clinics", "Joan Marley",
            id="list_items_are_spoken_by_whoever_introduced_the_list",
        ),
    ],
)
def test_who_said_the_quote(speech, text, kind, fragment, speaker):
    """The one quote of ``kind`` holding ``fragment`` is attributed to ``speaker`` (None: nobody)."""
    quotes, _ = speech(text)
    assert only(quotes, kind, fragment).speaker == speaker


# ---------------------------------------------------------------- more than the speaker

def test_cue_after_quote_with_pronoun(speech):
    text = (
        "Helen Carter, the head teacher, praised the pupils.\n\n"
        '"They have worked incredibly hard this year," she said.'
    )
    quotes, _ = speech(text)
    q = only(quotes, "direct", "worked incredibly hard")
    assert q.speaker == "Helen Carter"
    assert text[q.cue_start:q.cue_end] == "she said"


def test_apposition_names_the_speaker(speech):
    text = (
        "The Nurses Guild rejected the offer. Its chief negotiator, Sarah Blake, said: "
        '"This offer insults every nurse in the country."'
    )
    quotes, speakers = speech(text)
    assert only(quotes, "direct", "insults every nurse").speaker == "Sarah Blake"
    assert speakers[0].role == "chief negotiator"


def test_paragraph_with_no_cue_continues_previous_speaker(speech):
    text = (
        'Anna Lind, the council leader, said: "We will not raise the tax.\n\n'
        '"Our budget is balanced for the first time in a decade."'
    )
    quotes, _ = speech(text)
    runs = [q for q in quotes if q.kind == "direct"]
    assert len(runs) == 1 and "budget is balanced" in runs[0].text
    assert runs[0].speaker == "Anna Lind"


def test_quote_in_the_subject_description_is_scare(speech):
    text = (
        'Rob Hale, a founder of the "grey vote" campaign, said pensioners had been ignored.'
    )
    quotes, _ = speech(text)
    assert only(quotes, "scare", "grey vote").speaker is None
    assert only(quotes, "indirect", "pensioners had been ignored").speaker == "Rob Hale"


def test_spokesperson_and_later_the_spokesperson_are_one(speech):
    text = (
        "A spokesperson for the Ministry of Transport said the figures were wrong.\n\n"
        '"We have never promised a new station," the spokesperson said.'
    )
    quotes, speakers = speech(text)
    q = only(quotes, "direct", "never promised")
    assert q.speaker == "spokesperson for the Ministry of Transport"
    assert only(quotes, "indirect", "figures were wrong").speaker == q.speaker
    assert [s.name for s in speakers] == [q.speaker]
    assert speakers[0].kind == "role"


def test_indirect_speech_text_is_verb_and_complement(speech):
    text = "Maria Gomez said the hospital had run out of beds twice this winter."
    quotes, speakers = speech(text)
    q = only(quotes, "indirect", "hospital")
    assert q.text == "said the hospital had run out of beds twice this winter"
    assert q.speaker == "Maria Gomez"
    assert speakers == []  # reported speech alone does not list a speaker


def test_accused_of_is_reported_speech(speech):
    text = "Jack Moore accused the regulator of ignoring complaints for years."
    quotes, _ = speech(text)
    q = only(quotes, "indirect", "ignoring complaints")
    assert q.text.startswith("accused the regulator of")
    assert q.speaker == "Jack Moore"


def test_verbs_of_belief_are_not_speech(speech):
    quotes, _ = speech("Economists believe the recession will end soon.")
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_she_resolves_to_the_nearest_woman_by_given_name(speech):
    text = (
        "Margaret Hollis, who chairs the parish council, met David Crane at the site on Friday.\n\n"
        '"Nobody asked the village what it wanted," she said.\n\n'
        '"We followed every rule," he said.'
    )
    quotes, _ = speech(text)
    assert only(quotes, "direct", "Nobody asked").speaker == "Margaret Hollis"
    assert only(quotes, "direct", "every rule").speaker == "David Crane"


def test_wrapped_newswire_quote_and_apostrophe_mark(speech):
    text = (
        "Harlow Mining Corp said on Tuesday it would cut output at its\n"
        "two northern pits by a fifth.\n"
        '    "We do not expect Britain"s smelters to buy more ore this\n'
        'year," chairman Peter Lyle told reporters in London.\n'
        "    Lyle said the company had no plans to sell the pits.\n"
    )
    quotes, _ = speech(text)
    q = only(quotes, "direct", "smelters to buy")
    assert q.text.endswith("ore this\nyear")
    assert q.speaker == "Peter Lyle"
    assert only(quotes, "indirect", "no plans to sell").speaker == "Peter Lyle"


def test_quote_reopened_mid_line_keeps_its_speaker(speech):
    text = (
        'Coach Ian Burns said: "We were poor in the first half. "The second half was '
        'better, but it is not enough at this level." The club has lost four games in a row.'
    )
    quotes, _ = speech(text)
    runs = [q for q in quotes if q.kind == "direct"]
    assert len(runs) == 1 and runs[0].speaker == "Ian Burns"
    assert "The club has lost" not in runs[0].text


def test_a_paragraph_without_final_stop_is_its_own_sentence(nlp):
    doc = nlp("Storm closes schools\n\nHead teachers said pupils should stay at home.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("Head teachers") in starts


def test_the_chancellor_is_the_person_the_article_calls_chancellor(speech):
    text = (
        "Ruth Kemble, the chancellor, told MPs that borrowing would fall.\n\n"
        '"We will not gamble with the public finances," the chancellor said.'
    )
    quotes, speakers = speech(text)
    assert only(quotes, "direct", "not gamble").speaker == "Ruth Kemble"
    assert [s.name for s in speakers] == ["Ruth Kemble"]


def test_abbreviation_and_full_name_are_one_organisation(speech):
    text = (
        "Members of the Civil Service Workers Union (CSWU) will strike on Friday. "
        "The CSWU said pay had fallen for five years.\n\n"
        '"This is the last straw," the Civil Service Workers Union said.\n\n'
        '"We have no choice," the union said.'
    )
    quotes, speakers = speech(text)
    # Two uses each: the full name wins the tie.
    assert {q.speaker for q in quotes} == {"Civil Service Workers Union"}
    assert [s.name for s in speakers] == ["Civil Service Workers Union"]
    quotes, _ = speech(text.replace("the Civil Service Workers Union said", "the CSWU said"))
    assert {q.speaker for q in quotes} == {"CSWU"}


def test_a_spokeswoman_for_an_organisation_has_one_name_however_worded(speech):
    text = (
        "The Department for Rural Affairs (DRA) defended the cuts. A spokeswoman for the "
        "Department for Rural Affairs said the offer was fair.\n\n"
        '"We have listened to farmers," the spokeswoman said.\n\n'
        '"Nobody will lose their grant," a DRA spokeswoman added.'
    )
    quotes, speakers = speech(text)
    # the shortest wording names the role, as "DWP spokesperson" does
    assert {q.speaker for q in quotes} == {"DRA spokeswoman"}
    assert len(speakers) == 1 and speakers[0].kind == "role"


def test_told_and_warned_that_are_reported_speech(speech):
    quotes, _ = speech(
        "Jane Hill, the council leader, met Tom Ryder on Friday. "
        "She told reporters that the deal was done.\n\n"
        "The regulator warned that bills could rise again next winter."
    )
    told = only(quotes, "indirect", "deal was done")
    assert told.speaker == "Jane Hill" and told.text.startswith("told reporters that")
    assert only(quotes, "indirect", "bills could rise").speaker == "regulator"


# ---------------------------------------------------------------- titles of works are not speech

def test_the_title_of_a_programme_is_not_a_quote(speech):
    text = (
        '"The plan is dead. Nobody wants it," Vera Lindqvist said on Channel Nine\'s "Morning Desk." '
        '"We will start again."\n\n'
        'She repeated the point in an interview with "Sunday Panorama".'
    )
    quotes, speakers = speech(text)
    assert [q.kind for q in quotes if "Morning Desk" in q.text or "Sunday Panorama" in q.text] == ["scare", "scare"]
    assert {q.speaker for q in quotes if q.kind == "direct"} == {"Vera Lindqvist"}


def test_a_list_of_titles_is_not_speech(speech):
    text = 'Asked about television, Ray Dorset named "Silent Harbour," "The Long Field" and "Rust" as favourites.'
    quotes, _ = speech(text)
    assert all(q.kind == "scare" for q in quotes if q.kind != "indirect")
    assert not any(q.speaker for q in quotes if q.kind != "indirect")


# ---------------------------------------------------------------- cues that close the sentence

@pytest.mark.parametrize(
    ("text", "fragment", "kinds", "speaker"),
    [
        pytest.param(
            'Sen. Paul Hadley spoke first. Nothing the governor proposed "will lower anyone\'s bills," '
            "the Ohio senator said.",
            "lower anyone", ("partial",), "Paul Hadley", id="a_partial_quote_takes_the_cue_closing_its_sentence",
        ),
        pytest.param(
            '"Forward, always forward!!!," the party\'s regional leader Carlo Brenta wrote on his blog.',
            "Forward, always", ("direct",), "Carlo Brenta", id="a_long_cue_after_an_exclamation_and_comma",
        ),
        pytest.param(
            'The vote signals "a turning point" for the league, said Marta Olsen, founder of the Fair Play Trust.',
            "turning point", ("partial",), "Marta Olsen", id="a_phrase_in_a_report_closed_by_said_x",
        ),
        pytest.param(
            'The vote signals "a turning point" for the league, said Marta Olsen, founder of the Fair Play Trust.',
            "The vote signals", ("indirect",), "Marta Olsen", id="the_report_before_said_x",
        ),
        pytest.param(
            'Nora Varga toured the port. "This is a two-horse race." The Liberal Party accuses her of making '
            "a hollow speech.",
            "two-horse", ("direct",), "Nora Varga", id="a_verb_with_its_own_object_starts_a_sentence_of_its_own",
        ),
        pytest.param(
            'Nora Varga toured the port. "This is a two-horse race." Varga told reporters.',
            "two-horse", ("direct",), "Nora Varga", id="a_verb_whose_object_is_the_listener_still_cues",
        ),
    ],
)
def test_a_cue_closing_the_sentence(speakers_of, text, fragment, kinds, speaker):
    assert speakers_of(text, fragment, kinds) == [speaker]


def test_an_organisation_named_in_the_report_before_its_cue_is_the_one_its_noun_means(speakers_of):
    text = (
        "Revenues at shipping group Halvorsen slipped 11% last year, mainly because of the weak dollar, "
        "the group said.\n\nThe company said it was optimistic about growth."
    )
    assert speakers_of(text, "slipped 11%") == ["Halvorsen"]
    assert speakers_of(text, "optimistic") == ["Halvorsen"]
    # a person named in such a report is not who the noun of an organisation means
    assert speakers_of("Profits at the bank fell after Ana Lind left, the company said.", "Profits") != ["Ana Lind"]


def test_a_description_repeating_an_introduction_reaches_back_past_a_nearer_speaker(speech):
    text = (
        '"That can go a long way," said a senior Hale adviser.\n\n'
        "Hale toured three states. The crowds were thin. The weather was poor.\n\n"
        "Polls in the south were mixed. Donors held back. Staff were tired.\n\n"
        "Party chairman Omar Little said he expects Hale to campaign in the autumn.\n\n"
        '"I think voters are practical people," said the senior Hale adviser.'
    )
    quotes, _ = speech(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["senior Hale adviser"] * 2


def test_a_paragraph_ending_in_a_colon_cues_the_quote_that_opens_the_next(speech):
    text = (
        "Senator Rhea Moss spoke to the convention on Wednesday night. Governor Tom Reyes spoke first.\n\n"
        "She told her audience, to loud applause:\n\n"
        "\u201cThere has never been a candidate more ready than this one.\u201d\n\n"
        "The hall rose.\n\n"
        "\u201cWe will see,\u201d one delegate said."
    )
    quotes, _ = speech(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Rhea Moss", None]


def test_an_organisation_described_in_other_words_is_still_the_organisation(speakers_of):
    text = (
        "Skyline Aero said orders were strong this year, and Skyline Aero expects more. Separately, the world's "
        "largest parcel delivery company, ParcelCo, said it had placed an order for 10 Skyline jets. "
        "The US company said it needed to expand its air freight capacity following strong growth."
    )
    assert speakers_of(text, "freight capacity") == ["ParcelCo"]


def test_a_description_owned_by_a_name_is_never_that_name(speech):
    text = 'Senator Jo Hale spoke in Ohio. "Voters are practical people," said the senior Hale adviser.'
    quotes, _ = speech(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] != ["Jo Hale"]
