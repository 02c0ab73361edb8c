"""Who asserts a figure: the enclosing quote's speaker, a source named for it, else the article."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims.asserted import assign_claim_speakers, clean_speaker
from tui_reader.analysis.claims.find import find_claims
from tui_reader.analysis.model import Quote, Speaker


def speakers_of(nlp, text: str, quotes=(), speakers=()) -> dict[str, str | None]:
    doc = nlp(text)
    claims = find_claims(doc)
    assign_claim_speakers(doc, claims, list(quotes), list(speakers))
    return {c.text: c.speaker for c in claims if c.kind != "date"}


def quote(text: str, words: str, speaker: str, kind="indirect") -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, kind, speaker)


@pytest.mark.parametrize(
    ("text", "surface", "speaker"),
    [
        ("Government figures show that 4.1 million people were out of work.", "4.1 million", "Government"),
        ("Unemployment fell to 5.2%, according to a Marlow Research poll.", "5.2%", "Marlow Research"),
        ("Exports grew 2%, according to the Bank of Laredo's figures.", "2%", "Bank of Laredo"),
        ("Exports grew 2%, according to figures from the Harbour Trade Office.", "2%", "Harbour Trade Office"),
        ("A survey by Hartwell Consulting found that 30% of drivers speed.", "30%", "Hartwell Consulting"),
        ("New research from the Institute of Dance has found that 70% of pupils quit.", "70%", "Institute of Dance"),
        ("The statistics office said that prices rose 3% in March.", "3%", "statistics office"),
        ("Moody's said the debt was worth $3bn.", "$3bn", "Moody's"),
        # a poll's maker, written with a slash
        ("A Tarn Times/Ellery College poll found 61 percent of voters were undecided.", "61 percent",
         "Tarn Times/Ellery College"),
        # data nobody is named as making is itself the source: its kind is not its maker
        ("Exit polling suggests she won 58% of voters over 65.", "58%", "Exit polling"),
        ("Opinion polls suggest 40% back the plan.", "40%", "Opinion polls"),
        ("Reports have put the price at 420p a share.", "420p", "Reports"),
        ("Official figures show 300 people lost their jobs.", "300", "Official figures"),
        ("Police figures show 300 people were arrested.", "300", "Police"),
    ],
)
def test_the_source_named_for_a_figure_asserts_it(nlp, text, surface, speaker):
    assert speakers_of(nlp, text)[surface] == speaker


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The British pound rose 2% against the dollar.", "2%"),
        ("The Lowmarsh 100 index fell 45 points.", "45"),
        ("Portavia's economy grew 2% last year.", "2%"),
        ("Analysts expect the firm to earn $5m this year.", "$5m"),
        ("The cabinet will announce its budget, and many believe the deficit will reach $40bn.", "$40bn"),
        ("Its figures show 300 people lost their jobs.", "300"),
    ],
)
def test_figures_nobody_is_named_for_are_the_articles(nlp, text, surface):
    assert speakers_of(nlp, text)[surface] is None


def test_the_innermost_quote_speaks_and_its_possessive_comes_off(nlp):
    text = "Remittances rose 24% last year, the Bank of Laredo's report said, to $16bn."
    spoken = [quote(text, "Remittances rose 24% last year", "Bank of Laredo's"), quote(text, text[:-1], "Joan Alder")]
    assert speakers_of(nlp, text, spoken)["24%"] == "Bank of Laredo"


def test_a_currency_quoted_as_speaker_gives_way_to_the_article(nlp):
    text = "The British pound rose 2% against the dollar on Friday."
    assert speakers_of(nlp, text, [quote(text, "rose 2% against the dollar", "British pound")])["2%"] is None


def test_a_named_source_takes_the_name_the_article_lists(nlp):
    text = "A survey by Hartwell found that 30% of drivers speed."
    listed = [Speaker("Hartwell Consulting", kind="org", aliases=["Hartwell"])]
    assert speakers_of(nlp, text, speakers=listed)["30%"] == "Hartwell Consulting"


def test_dates_have_no_speaker(nlp):
    text = "Prices rose 3% in 2004, the minister said."
    doc = nlp(text)
    claims = find_claims(doc)
    assign_claim_speakers(doc, claims, [quote(text, "Prices rose 3% in 2004", "Ann Brook")])
    assert [(c.kind, c.speaker) for c in claims] == [("percent", "Ann Brook"), ("date", None)]


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Bank of Laredo's", "Bank of Laredo"),
        ("the Harbour Trade Office", "Harbour Trade Office"),
        ("British pound", None),
        ("the stock market", None),
        ("Harbour Trade Office's figures", "Harbour Trade Office"),
        ("the report", None),
        ("", None),
        # a share of those asked, taken for a speaker, is nobody's voice
        ("47 percent of Tarn voters", None),
        ("40% of farmers", None),
    ],
)
def test_clean_speaker(nlp, name, clean):
    assert clean_speaker(nlp("Nothing here names anyone."), name) == clean


def test_a_source_named_in_an_as_clause(nlp):
    text = "As reported by the Western Bugle, the minister signed at least two agreements."
    assert speakers_of(nlp, text)["two"] == "Western Bugle"


def test_the_maker_named_before_a_report_speaks_not_who_released_it(nlp):
    text = "The bill came to $80,000, according to a Harbour Watchdog report released by the mayor's office."
    assert speakers_of(nlp, text)["$80,000"] == "Harbour Watchdog"


@pytest.mark.parametrize(
    ("text", "surface", "speaker"),
    [
        # a place that says or announces speaks for its government; one that grows does not
        ("Portavia has announced that 40-year-old Leon Marsh will be freed.", "40-year-old", "Portavia"),
        ("Portavia grew 2% last year.", "2%", None),
        # the maker of a poll the figure's clause reads it from
        ("Her leader, Jane Marl, topped a Ferris poll with as much as 30% for next year's election.", "30%", "Ferris"),
        ("In a Marlow survey, 40% of voters backed the plan.", "40%", "Marlow"),
        ("He won 52% in the poll.", "52%", None),
    ],
)
def test_places_that_speak_and_polls_in_the_clause(nlp, text, surface, speaker):
    assert speakers_of(nlp, text)[surface] == speaker


def test_a_polls_shares_go_on_for_one_sentence_of_its_paragraph(nlp):
    text = (
        "A Ferris poll found 66 percent of women view him badly, against 48 percent of men. "
        "Among the young the two are closer - 57 percent agree. Unemployment is 5%.\n\n"
        "Turnout was 61 percent."
    )
    assert speakers_of(nlp, text) == {
        "66 percent": "Ferris", "48 percent": "Ferris", "57 percent": "Ferris", "5%": None, "61 percent": None,
    }


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # what is expected is not who expects it
        ("The Portavian population is expected to grow by 46% by 2050.", "46%"),
        # a verb of saying gives figures in what it reports, not in its object or an adjunct
        ("Tellco added more than five million customers, leading to a 10% rise in revenue.", "five million"),
        ("Tellco added more than five million customers, leading to a 10% rise in revenue.", "10%"),
    ],
)
def test_passive_subjects_and_objects_of_saying_are_nobodys(nlp, text, surface):
    assert speakers_of(nlp, text)[surface] is None


def test_the_maker_named_inside_a_longer_owner(nlp):
    text = "Earlier Harbour Trade Office (HTO) forecasts said there would be a $40bn shortfall."
    assert speakers_of(nlp, text)["$40bn"] == "Harbour Trade Office"


def test_makers_joined_by_a_slash_are_one_source(nlp):
    text = "In a national KTV/Ipsos poll released Monday, 31% of farmers said they were keen."
    assert speakers_of(nlp, text)["31%"] == "KTV/Ipsos"


def test_a_figure_starting_in_a_quote_that_stops_short_of_its_sign_is_the_speakers(nlp):
    text = "Lena Ruiz said applications were down 40% and hiring down about 10%."
    spoken = [quote(text, "applications were down 40% and hiring down about 10", "Lena Ruiz")]
    assert speakers_of(nlp, text, spoken) == {"40%": "Lena Ruiz", "10%": "Lena Ruiz"}


def test_a_plain_report_is_the_one_whose_maker_the_article_names(nlp):
    text = (
        "Girls are three times more likely to finish the course than boys, a report says. "
        "The Hartwell Trust report, drawing on school records, said 40% of boys left early. "
        "The report also showed that 12% of girls left."
    )
    assert speakers_of(nlp, text) == {"three": "Hartwell Trust", "40%": "Hartwell Trust", "12%": "Hartwell Trust"}


def test_a_plain_report_of_two_makers_stays_itself(nlp):
    text = "The report showed 40% of pupils quit. A Hartwell report said 10 schools closed; a Marlow report said 12 closed."
    assert speakers_of(nlp, text)["40%"] == "report"


def test_a_paragraph_opened_in_a_poll_gives_it_the_paragraphs_shares(nlp):
    text = (
        "In exit polls, voters in both parties were gloomy about the economy. More than nine of 10 farmers "
        "in Ulvana were worried about prices. In Tarn, 85% of teachers said pay was too low.\n\n"
        "In Ulvana, 30% of nurses quit."
    )
    assert speakers_of(nlp, text) == {"nine of 10": "exit polls", "85%": "exit polls", "30%": None}


@pytest.mark.parametrize(
    ("text", "surface", "speaker"),
    [
        # who holds a figure true asserts it, through a relative pronoun too
        ("The rally is held by the Ulvana Farmers Union, which believes farmers could swing up to 50 seats.",
         "50", "Ulvana Farmers Union"),
        ("The Ulvana Farmers Union insists that 40% of farms are losing money.", "40%", "Ulvana Farmers Union"),
        # a relative clause that only describes its noun asserts nothing
        ("The Ulvana Farmers Union, which has 40,000 members, held a rally.", "40,000", None),
    ],
)
def test_who_holds_a_figure_true_or_insists_on_it(nlp, text, surface, speaker):
    assert speakers_of(nlp, text)[surface] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Many commentators believe the deficit will remain at close to $40bn.",
        "The last question came from a young farmer, who said he drove about six hours to the rally.",
    ],
)
def test_unnamed_believers_and_describing_clauses_name_no_source(nlp, text):
    assert set(speakers_of(nlp, text).values()) == {None}
