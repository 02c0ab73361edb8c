"""Numeric claims on news-style sentences: values, units, kinds, hedges and exclusions."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims import find_claims


@pytest.fixture
def claims(nlp):
    """Claims of a text, checked for consistent offsets."""

    def run(text: str):
        doc = nlp(text)
        found = find_claims(doc)
        for c in found:
            assert c.text == text[c.start:c.end]
            assert c.sentence_start <= c.start < c.end <= c.sentence_end
            assert c.speaker is None
        return found

    return run


@pytest.fixture
def claim(claims):
    """The one claim whose text contains ``surface``."""

    def run(text: str, surface: str):
        hits = [c for c in claims(text) if surface in c.text]
        assert len(hits) == 1, [c.text for c in claims(text)]
        return hits[0]

    return run


def texts(found) -> list[str]:
    return [c.text for c in found]


# ---------------------------------------------------------------- counts and units

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # separators; the noun the number modifies
        ("The carmaker will shed 12,500 jobs across Europe by next spring.", "12,500", 12500, "jobs"),
        # a compound noun stays in the unit
        ("Unions condemned 3,200 pension cuts announced by the board.", "3,200", 3200, "pension cuts"),
        ("Seventeen nurses at the hospital signed the letter.", "Seventeen", 17, "nurses"),
        ("Inspectors visited twenty-six schools in the county last term.", "twenty-six", 26, "schools"),
        # the noun after "of", past a possessive
        ("Inspectors said 40 of the county's nursing homes were failing.", "40", 40, "nursing homes"),
        # elided noun: the unit of the previous count, in the sentence or the one before
        ("The bank will close 120 branches this year, with another 40 to follow next spring.", "40", 40, "branches"),
        ("The airline grounded 35 planes on Monday. A further 12 were inspected overnight.", "12", 12, "planes"),
        # hyphenated noun before the head; a group's strength
        ("She won with a 4,000-seat majority in the last contest.", "4,000", 4000, "seat majority"),
        ("The ruling party's 80-strong majority has gone.", "80", 80, "majority"),
        # a level the subject changed to
        ("The government's lead in the chamber was reduced to 9 after the defections.", "9", 9, "lead"),
    ],
)
def test_counts_and_what_they_count(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit, c.kind, c.approx) == (value, unit, "count", False)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The plan could move tens of thousands of council tenants' homes onto new contracts.", "tens of thousands", 10000, "homes"),
        ("Hundreds of residents queued outside the town hall on Saturday.", "Hundreds", 100, "residents"),
    ],
)
def test_vague_amounts_count_what_follows_of(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.low, c.approx, c.unit) == (value, value, True, unit)


def test_vote_tally_gives_two_counts_of_votes(claims):
    found = claims("Councillors voted 31-17 to close the library.")
    assert [(c.value, c.unit) for c in found] == [(31, "votes"), (17, "votes")]


def test_new_level_counts_the_subject_that_changed(claim):
    c = claim("The government's lead in the chamber was reduced to 9 after the defections.", "9")
    assert c.unit == "lead"


def test_millions_with_decimals_and_metres_for_a_race(claims):
    found = claims("About 2.3m voters stayed at home. She won the 400m final in Rome.")
    assert [(c.value, c.unit, c.kind) for c in found] == [(2.3e6, "voters", "count"), (400, "metres", "measure")]


def test_measure_units(claim):
    c = claim("The tanker spilled 4,000 tonnes of crude off the coast.", "4,000")
    assert (c.unit, c.kind) == ("tonnes", "measure")


# ---------------------------------------------------------------- money

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The council borrowed £2.4bn to rebuild its schools.", "£2.4bn", 2.4e9, "£"),
        ("The studio paid $75m for the rights.", "$75m", 75e6, "$"),
        ("Brussels wants a €8 trillion fund for the bloc.", "€8 trillion", 8e12, "€"),
        ("A first-class stamp will cost 32p from April.", "32p", 0.32, "£"),
        ("The euro closed at $1.3412 on Friday.", "$1.3412", 1.3412, "$"),
        ("The ministry spent 450bn rupees on roads last year.", "450bn rupees", 450e9, "rupees"),
        ("Investors lost billions of dollars in the crash.", "billions of dollars", 1e9, "$"),
        ("Ticket prices went up by 40 pence this week.", "40 pence", 0.4, "£"),
        ("Officials estimate the bill at half a trillion dollars.", "half a trillion dollars", 5e11, "$"),
    ],
)
def test_money_with_currency_and_scale(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert c.value == pytest.approx(value)
    assert (c.unit, c.kind) == (unit, "money")


def test_scaled_bare_number_takes_the_running_currency_not_a_conversion(claim):
    text = "Quarterly profit was 60m euros ($78m), up from 45m a year earlier."
    c = claim(text, "45m")
    assert (c.value, c.unit, c.kind) == (45e6, "€", "money")


def test_currency_in_a_hyphenated_modifier(claim):
    c = claim("Auditors found a 2bn-euro gap in the accounts.", "2bn")
    assert (c.text, c.value, c.unit) == ("2bn-euro", 2e9, "€")


def test_money_in_two_currencies(claims):
    found = claims("The firm agreed a $250m (£133m) settlement with its investors.")
    assert [(c.text, c.unit) for c in found] == [("$250m", "$"), ("£133m", "£")]


# ---------------------------------------------------------------- percentages and fractions

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Turnout fell to 58% in the north.", "58%", 58, "%"),
        ("Some 45 per cent of claimants were women.", "45 per cent", 45, "%"),
        ("Prices climbed 2.5 percent in March.", "2.5 percent", 2.5, "%"),
        ("The bank must trim borrowing by 0.4 percentage points a year.", "0.4 percentage points", 0.4, "percentage points"),
    ],
)
def test_percent_spellings(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit, c.kind) == (value, unit, "percent")


def test_share_of_a_group_reads_as_a_percentage(claim):
    c = claim("A third of teachers plan to leave within five years.", "A third")
    assert c.value == pytest.approx(100 / 3)
    assert (c.unit, c.kind) == ("%", "percent")


def test_one_in_n_reads_as_a_percentage(claim):
    c = claim("One in five adults in the region smokes.", "One in five")
    assert (c.value, c.unit) == (20, "%")


def test_fraction_of_a_rate_point(claim):
    c = claim("The central bank raised interest rates by a quarter of a point on Thursday.", "a quarter")
    assert (c.value, c.unit, c.kind) == (0.25, "point", "percent")


def test_hyphenated_fraction_of_a_unit(claim):
    c = claim("Analysts expect a half-point cut in rates next month.", "half-point")
    assert (c.value, c.unit) == (0.5, "point")


def test_percentage_keeps_its_unit_through_of(claim):
    c = claim("Almost 60 per cent of the firm's 8,000 staff voted to strike.", "60 per cent")
    assert (c.unit, c.approx, c.direction) == ("%", True, "under")


# ---------------------------------------------------------------- hedges, ranges, changes

@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("More than 300 flights were cancelled.", "300", "over"),
        ("Nearly 40% of homes lost power.", "40%", "under"),
        ("About 2,000 people attended the rally.", "2,000", None),
        ("Up to 500 homes could be flooded.", "500", "under"),
        ("At least six people were injured in the crash.", "six", "over"),
        ("The fund holds just under $90m in cash.", "$90m", "under"),
        ("Firms with 50 employees or more must report their pay gap.", "50", "over"),
    ],
)
def test_hedges_make_a_claim_approximate(claim, text, surface, direction):
    c = claim(text, surface)
    assert c.approx
    assert c.direction == direction


def test_exact_number_is_not_approximate(claim):
    c = claim("Police arrested 14 men after the match.", "14")
    assert (c.approx, c.direction) == (False, None)


def test_range_between(claim):
    c = claim("The scheme will cost between 200 and 300 staff their jobs.", "200")
    assert (c.value, c.low, c.high, c.unit) == (200, 200, 300, "staff")


def test_range_with_hyphen_and_percent(claim):
    c = claim("Economists expect growth of 3-4% next year.", "3-4%")
    assert (c.low, c.high, c.unit, c.kind) == (3, 4, "%", "percent")


def test_change_from_one_level_to_another(claims):
    found = claims("The tax on flights rose from 4% to 6% in April.")
    assert [(c.value, c.direction) for c in found] == [(4, None), (6, "up")]


def test_bare_number_borrows_the_unit_of_its_pair(claims):
    found = claims("Waiting times fell from 48 to 30 days last year.")
    assert [(c.value, c.unit, c.direction) for c in found] == [(48, "days", None), (30, "days", "down")]


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [("Shares were up 12% by noon.", "12%", "up"), ("The budget was cut by 15% this year.", "15%", "down"),
     ("Exports grew 7.1% in the quarter.", "7.1%", "up")],
)
def test_change_direction(claim, text, surface, direction):
    assert claim(text, surface).direction == direction


# ---------------------------------------------------------------- durations and ages

def test_duration_keeps_its_time_unit_in_the_text(claim):
    c = claim("The bridge was built 15 years ago by the council.", "15 years")
    assert (c.text, c.value, c.unit, c.kind) == ("15 years ago", 15, "years", "duration")


def test_a_decade_is_ten_years(claim):
    c = claim("It is the worst harvest in a decade, farmers said.", "a decade")
    assert (c.value, c.unit, c.kind) == (10, "years", "duration")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The poet died aged 84 at her home.", "84", 84),
        ("Jane Porter, 45, from Leeds, was fined.", "45", 45),
        ("The 19-year-old striker scored twice.", "19-year-old", 19),
    ],
)
def test_ages_are_durations_in_years(claim, text, surface, value):
    c = claim(text, surface)
    assert (c.value, c.unit, c.kind) == (value, "years", "duration")


# ---------------------------------------------------------------- not claims

@pytest.mark.parametrize(
    "text",
    [
        "The strike is planned for March 3 and 4.",
        "The hearing was adjourned until 12 June.",
        "The company collapsed in 1999 after a fraud.",
        "The report was published on Monday.",
        "The meeting starts at 10am.",
        "Profits rose for the third quarter in a row.",
        "It was the seventh time the club had won.",
        "She presents a programme on Channel 5 every week.",
        "The Formula One season starts in Australia.",
        "He is one of the richest men in the country.",
        "Leaders of the first two of them have agreed to talk.",
        "The prime minister will fight for a third term.",
        "They sang the song 24/7.",
        "The officers denied charges under Section 4 of the act.",
        "The firm's 2004 results disappointed investors.",
        "Ministers back a zero tolerance approach to crime.",
    ],
)
def test_numbers_that_are_not_claims(claims, text):
    assert texts(claims(text)) == []


def test_bare_number_without_a_unit_is_dropped(claims):
    assert texts(claims("Officials said 17 had been told about it.")) == []


def test_decades_and_year_counts(claims):
    found = claims("Prices have doubled since the 1980s, and 2000 workers lost their jobs.")
    assert [(c.value, c.unit) for c in found] == [(2000, "workers")]


def test_claims_come_in_text_order_with_sentence_bounds(claims):
    text = "Sales rose 5%. The firm hired 300 engineers and 40 designers."
    found = claims(text)
    assert texts(found) == ["5%", "300", "40"]
    assert text[found[1].sentence_start:found[1].sentence_end].startswith("The firm")
