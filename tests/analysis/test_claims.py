"""Numeric claims on news-style sentences: values, units, kinds, hedges and exclusions."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims.find import find_claims


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


def fields(c, expected: dict) -> dict:
    """The attributes of claim ``c`` that ``expected`` names, to compare with it."""
    return {name: getattr(c, name) for name in expected}


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
        ("She won with a 4,000-seat majority in the last contest.", "4,000", 4000, "seat"),
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
        # codes, signs after the number, whole units with their cents, newswire money
        ("Staff will earn £30k a year.", "£30k", 30_000, "£"),
        ("Shares closed at 164p.", "164p", 1.64, "£"),
        ("The dollar fell 2 cents.", "2 cents", 0.02, "$"),
        ("Net profit was 45 mln dlrs, or 12 cts a share.", "45 mln dlrs", 45e6, "$"),
        ("Net profit was 45 mln dlrs, or 12 cts a share.", "12 cts", 0.12, "$"),
        ("The fund raised 300 mln stg, up 5 pct.", "300 mln stg", 300e6, "£"),
        ("The price was USD 200 at launch.", "USD 200", 200, "$"),
        ("The contract is worth 120 MEUR.", "120 MEUR", 120e6, "€"),
        ("It only cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "$"),
        ("The farm is 35 lakh rupees in debt.", "35 lakh rupees", 3.5e6, "rupees"),
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


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("A third of teachers plan to leave within five years.", "A third",
                     dict(value=pytest.approx(100 / 3), unit="%", kind="percent"),
                     id="share_of_a_group_reads_as_a_percentage"),
        pytest.param("One in five adults in the region smokes.", "One in five",
                     dict(value=20, unit="%"),
                     id="one_in_n_reads_as_a_percentage"),
        pytest.param("The central bank raised interest rates by a quarter of a point on Thursday.", "a quarter",
                     dict(value=0.25, unit="point", kind="percent"),
                     id="fraction_of_a_rate_point"),
        pytest.param("Analysts expect a half-point cut in rates next month.", "half-point",
                     dict(value=0.5, unit="point"),
                     id="hyphenated_fraction_of_a_unit"),
        pytest.param("Almost 60 per cent of the firm's 8,000 staff voted to strike.", "60 per cent",
                     dict(unit="%", approx=True, direction="under"),
                     id="percentage_keeps_its_unit_through_of"),
    ],
)
def test_fractions_and_shares(claim, text, surface, expected):
    c = claim(text, surface)
    assert fields(c, expected) == expected


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
        # names, dates, times and determiners (the brief's list)
        "The G8 summit opened in Scotland.",
        "The documentary will be shown on Channel 4 tonight.",
        "It is one of the biggest strikes the country has seen.",
        "Members will walk out on January 29 and 30 across the service.",
        "The meeting ended at 11.30pm with no agreement.",
        "The 21st-century economy needs new skills.",
        # scores, model names and references (from reading newswire and news)
        "The visitors sealed a 24-18 win in the rain.",
        "A 1-0 lead was not enough for the hosts.",
        "Operators are rolling out 3G networks across the region.",
        "The two are due to be sentenced next week.",
        "All three denied any wrongdoing.",
    ],
)
def test_numbers_that_are_not_claims(claims, text):
    assert texts(c for c in claims(text) if c.kind != "date") == []


def test_bare_number_without_a_unit_is_dropped(claims):
    assert texts(claims("Officials said 17 had been told about it.")) == []


def test_decades_and_year_counts(claims):
    found = claims("Prices have doubled since the 1980s, and 2000 workers lost their jobs.")
    assert [(c.value, c.unit) for c in found if c.kind != "date"] == [(2000, "workers")]
    assert [(c.text, c.iso) for c in found if c.kind == "date"] == [("1980s", "1980/1989")]


def test_claims_come_in_text_order_with_sentence_bounds(claims):
    text = "Sales rose 5%. The firm hired 300 engineers and 40 designers."
    found = claims(text)
    assert texts(found) == ["5%", "300", "40"]
    assert text[found[1].sentence_start:found[1].sentence_end].startswith("The firm")


# ---------------------------------------------------------------- every form of the brief, one table

@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # digits with separators and decimals
        ("The retailer employs 84,000 staff in its stores.", "84,000", dict(value=84000, unit="staff", kind="count")),
        ("Output per worker grew by 1.5 points in the year.", "1.5", dict(value=1.5, unit="points")),
        ("Inflation rose to 2.3% last month.", "2.3%", dict(value=2.3, unit="%", kind="percent", direction="up")),
        # money with currency and scale
        ("The hospital trust owes £1.5bn to lenders.", "£1.5bn", dict(value=1.5e9, unit="£", kind="money")),
        ("The app maker was sold for $168m in cash.", "$168m", dict(value=168e6, unit="$", kind="money")),
        ("A loaf now costs 50p more than last year.", "50p", dict(value=0.5, unit="£", kind="money")),
        ("The bloc approved a €3 trillion recovery plan.", "€3 trillion", dict(value=3e12, unit="€", kind="money")),
        # percentages in every spelling
        ("Turnout reached 5% in some wards.", "5%", dict(value=5, unit="%", kind="percent")),
        ("Nearly 70 per cent of tenants backed the plan.", "70 per cent", dict(value=70, unit="%", approx=True, direction="under")),
        ("Support for the party slipped 3 percentage points.", "3 percentage points", dict(value=3, unit="percentage points", kind="percent", direction="down")),
        # spelled numbers
        ("Five firefighters were hurt in the blaze.", "Five", dict(value=5, unit="firefighters")),
        ("Organisers said eighty-four thousand tickets were sold.", "eighty-four thousand", dict(value=84000, unit="tickets")),
        # fractions and ratios
        ("Half of the pupils passed the test.", "Half", dict(value=50, unit="%", kind="percent")),
        ("A third of the flats are empty.", "A third", dict(value=pytest.approx(100 / 3), unit="%")),
        ("One in four homes has no broadband.", "One in four", dict(value=25, unit="%")),
        ("The scheme will build half a million homes.", "half a million", dict(value=5e5, unit="homes")),
        # vague amounts as approximate lower bounds
        ("Tens of thousands of fans filled the streets.", "Tens of thousands", dict(value=1e4, low=1e4, approx=True, unit="fans")),
        ("Thousands of commuters were stranded.", "Thousands", dict(value=1e3, approx=True, unit="commuters")),
        ("Hundreds of flights were delayed.", "Hundreds", dict(value=100, approx=True, unit="flights")),
        ("Tens of thousands marched through the capital.", "Tens of thousands", dict(value=1e4, approx=True, unit="people")),
        # hedges with a direction
        ("About 300 pupils were sent home.", "300", dict(approx=True, direction=None)),
        ("Nearly 90 lorries were stuck on the bridge.", "90", dict(approx=True, direction="under")),
        ("More than 1,000 homes lost power.", "1,000", dict(approx=True, direction="over")),
        ("Up to 400 posts could go.", "400", dict(approx=True, direction="under", unit="posts")),
        ("At least 12 climbers were rescued.", "12", dict(approx=True, direction="over")),
        # ranges as low/high
        ("Between 10 and 20 wards will close.", "10 and 20", dict(value=10, low=10, high=20, unit="wards")),
        ("Analysts expect a rise of 5-7% in fares.", "5-7%", dict(low=5, high=7, unit="%")),
        # changes and their direction
        ("The unemployment rate rose from 5% to 7%.", "7%", dict(value=7, direction="up", subject="unemployment rate")),
        ("Shares in the bank were up 3% at noon.", "3%", dict(value=3, direction="up")),
        ("House prices fell 2% in the spring.", "2%", dict(direction="down", subject="house price")),
        # durations and ages
        ("Rents have doubled in a decade.", "a decade", dict(value=10, unit="years", kind="duration")),
        ("The mine closed 20 years ago.", "20 years ago", dict(value=20, unit="years", kind="duration")),
        ("The author died aged 92 in her sleep.", "92", dict(value=92, unit="years", kind="duration", subject="age")),
    ],
)
def test_every_form_of_the_brief(claim, text, surface, expected):
    c = claim(text, surface)
    assert fields(c, expected) == expected


# ---------------------------------------------------------------- the elided noun carried over

def test_elided_noun_carried_from_the_sentence_before(claim):
    text = "The insurer will cut 6,000 jobs in Britain. Another 2,500 will go abroad."
    c = claim(text, "2,500")
    assert (c.unit, c.subject) == ("jobs", "job")


def test_more_after_a_vague_amount_carries_the_unit(claims):
    found = claims("Thousands of nurses joined the strike and thousands more are expected to follow.")
    assert [(c.text, c.unit) for c in found] == [("Thousands", "nurses"), ("thousands", "nurses")]


def test_possessive_model_number_does_not_borrow_a_count(claims):
    found = claims("The carmaker sold 30,000 cars last year. The carmaker's 911 remains its best seller.")
    assert texts(found) == ["30,000"]


# ---------------------------------------------------------------- newswire forms

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The group said net profit rose to 45.6 mln dlrs.", "45.6 mln dlrs", 45.6e6, "$"),
        ("Sales reached 1.4 billion dlrs in the quarter.", "1.4 billion dlrs", 1.4e9, "$"),
        ("The company will pay a dividend of 15 cts a share.", "15 cts", 0.15, "$"),
        ("The bank lent 500 mln stg to the government.", "500 mln stg", 5e8, "£"),
        ("Reserves stood at 3.4 billion Canadian dlrs.", "3.4 billion Canadian dlrs", 3.4e9, "C$"),
        ("The fund raised 40 mln Hong Kong dollars.", "40 mln Hong Kong dollars", 4e7, "HK$"),
        ("Output rose 12 pct in March.", "12 pct", 12, "%"),
    ],
)
def test_newswire_abbreviations(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


def test_versus_pairs_share_unit_and_subject(claims):
    found = claims("Net profit was 5.6 mln vs 4.3 mln dlrs a year earlier.")
    assert [(c.text, c.unit, c.subject) for c in found] == [("5.6 mln", "$", "profit"), ("4.3 mln dlrs", "$", "profit")]


def test_bare_figure_after_vs_takes_the_unit_compared_with(claims):
    found = claims("Earnings per share were 1.20 dlrs vs 1.10 the year before.")
    assert [(c.value, c.unit) for c in found] == [(1.2, "$"), (1.1, "$")]


def test_raising_money_is_no_rise(claim):
    assert claim("The start-up raised $40m from investors.", "$40m").direction is None


# ---------------------------------------------------------------- distances are not millions

@pytest.mark.parametrize(
    ("text", "surface"),
    [("She is one of Britain's best 400m runners.", "400m"), ("The fastest 100m sprinters met in Rome.", "100m")],
)
def test_race_distances_are_metres(claim, text, surface):
    c = claim(text, surface)
    assert (c.value, c.unit, c.kind) == (int(surface[:-1]), "metres", "measure")


def test_millions_of_people_stay_millions(claim):
    c = claim("About 200m people live on less than a dollar a day.", "200m")
    assert (c.value, c.unit) == (200e6, "people")


# ---------------------------------------------------------------- subjects

@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Inflation hit 2.3% in May.", "2.3%", "inflation"),
        ("Some 45 per cent of claimants were women.", "45 per cent", "claimant"),
        ("The council agreed a £2bn deal with the builder.", "£2bn", "deal"),
        ("Economists forecast a 4% rise in prices.", "4%", "price"),
        ("The report predicts growth of 3% next year.", "3%", "growth"),
        ("The board raised its dividend to 15p a share.", "15p", "dividend"),
        ("The factory employs 2,000 workers.", "2,000", "worker"),
        ("The start-up raised $40m from investors.", "$40m", "start-up"),
        ("It grew 5% last year.", "5%", None),
    ],
)
def test_subject_is_what_the_figure_is_about(claim, text, surface, subject):
    assert claim(text, surface).subject == subject


# ---------------------------------------------------------------- precision rules from reading newswire and news

@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param("Four of the nine councillors voted against the plan.", "nine",
                     dict(value=9, unit="councillors"),
                     id="part_of_a_counted_whole_keeps_the_whole"),
        pytest.param("Revenue was 90m euros ($117m), up from 70m a year before.", "70m",
                     dict(unit="€"),
                     id="conversion_in_brackets_is_not_the_earlier_level"),
        pytest.param("The bonds carry a 7-1/2 pct coupon.", "7-1/2 pct",
                     dict(value=7.5, unit="%", subject="coupon"),
                     id="newswire_mixed_fraction"),
        pytest.param("Profit rose in the six mths to June.", "six mths",
                     dict(value=6, unit="months", kind="duration"),
                     id="newswire_time_abbreviation"),
        pytest.param("The overnight rate was 3.5 pct today, up from 3.25 yesterday.", "3.25",
                     dict(unit="%"),
                     id="time_word_after_a_figure_is_not_its_unit"),
        pytest.param("The carrier formed a 600-member sales force.", "600",
                     dict(unit="member", subject="sales force"),
                     id="hyphenated_count_and_what_it_is_about"),
        pytest.param("The firm received 12 million e-mails in January.", "12 million",
                     dict(unit="e-mails", subject="e-mail"),
                     id="hyphenated_noun_stays_whole"),
    ],
)
def test_precision_rules(claim, text, surface, expected):
    c = claim(text, surface)
    assert fields(c, expected) == expected


def test_earlier_level_after_from_takes_the_unit_of_the_new_one(claims):
    found = claims("The bond yield rose to 4.2% from 3.9 a week earlier.")
    assert [(c.value, c.unit, c.subject) for c in found] == [(4.2, "%", "bond yield"), (3.9, "%", "bond yield")]


# Bugs found reading the app on a news corpus, on sentences written for the tests.


def test_an_amount_in_a_year_is_no_proportion(claims):
    found = claims("Transfers from abroad reached $45bn in 2004, a record.")
    assert [(c.text, c.value, c.unit) for c in found if c.kind != "date"] == [("$45bn", 45e9, "$")]
    assert [(c.text, c.iso) for c in found if c.kind == "date"] == [("2004", "2004")]


def test_a_proportion_still_reads_as_a_share(claim):
    c = claim("One in four pupils left before the exams.", "One in four")
    assert (c.value, c.unit) == (25, "%")


def test_a_label_counts_what_it_names_not_the_previous_paragraphs_unit(claims):
    found = claims("The firm employs 300 engineers.\n\nSections: 5 (north, south, east, west, centre)")
    assert [(c.value, c.unit) for c in found] == [(300, "engineers"), (5, "sections")]


def test_a_change_then_a_level_are_two_figures(claims):
    found = claims("Shares in the group rose 164p to 2,345p on Tuesday.")
    assert [(c.text, c.value, c.low, c.high) for c in found if c.kind != "date"] == [
        ("164p", 1.64, None, None), ("2,345p", 23.45, None, None),
    ]


def test_a_range_after_a_change_stays_one_figure(claim):
    c = claim("Sales rose 5 to 10% in the spring.", "5 to 10%")
    assert (c.value, c.low, c.high, c.unit) == (5, 5, 10, "%")


def test_values_carry_no_binary_noise(claim):
    assert claim("The service has 4.1 million users.", "4.1 million").value == 4_100_000


def test_money_per_thing_and_exchange_rates_are_told_apart(claims):
    found = claims("Crude rose to $50 a barrel, while the euro was worth $1.30.")
    assert [(c.text, c.per, c.dimension, c.subject) for c in found] == [
        ("$50", "barrel", None, "crude"), ("$1.30", None, "exchange rate", "euro"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The town backed the party twice.", "twice", 2, "times"),
        ("Prices have risen for two decades.", "two decades", 2, "decades"),
        ("Of the 53 wounded, most went home.", "53", 53, "wounded"),
        ("Brook has 758 delegates, compared to Vance's 538 so far.", "538", 538, "delegates"),
        ("The region was swept by Alma Vance 34 delegates to nil.", "34", 34, "delegates"),
        ("She counted the 100 or so \"unbound\" delegates who remain.", "100", 100, "delegates"),
        # large counts in words and suffixed amounts
        ("The app passed 3 billion downloads.", "3 billion", 3e9, "downloads"),
        ("The service has 4.1 million users.", "4.1 million", 4.1e6, "users"),
        ("The club sold 30k tickets in a day.", "30k", 30_000, "tickets"),
        ("The fund raised 300 mln stg, up 5 pct.", "5 pct", 5, "%"),
    ],
)
def test_counts_in_words_suffixes_and_around_names_hedges_and_quotes(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (value, unit)


def test_twice_as_much_is_a_multiple_like_three_times_the_size(claims):
    found = claims("The new plant is twice as big, twice the size of the old one and three times the cost.")
    assert [(c.text, c.value, c.unit) for c in found] == [
        ("twice as big", 2, "times"), ("twice", 2, "times"), ("three", 3, "times"),
    ]


def test_newswire_tables_keep_their_money_across_lines(claims):
    found = claims("Shr one dlr vs 73 cts\n\nNet 12.6 mln vs 15.8 mln\n\nRevs 337.3 mln vs 315.2 mln")
    assert [(c.text, c.unit) for c in found][2:] == [
        ("12.6 mln", "$"), ("15.8 mln", "$"), ("337.3 mln", "$"), ("315.2 mln", "$"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use could rise by a record 2.8 mln tonnes to 71.8 mln tonnes.", [(2.8e6, "tonnes"), (71.8e6, "tonnes")]),
        ("Stocks fell 30,000 barrels to 252.92 mln barrels from a revised 252.95 mln.",
         [(30_000, "barrels"), (252.92e6, "barrels"), (252.95e6, "barrels")]),
        ("Sales and profit would be 67 mln and four mln dlrs respectively.", [(67e6, "$"), (4e6, "$")]),
        ("The group will issue a 200 mln franc 10-year bond.", [(200e6, "francs"), (10, "years")]),
        ("The mill crushed 21,782 bushels this week and 16,568 in the year-ago week.",
         [(21_782, "bushels"), (16_568, "bushels")]),
        ("Twenty-three of the 53 wounded stayed in hospital.", [(23, "wounded"), (53, "wounded")]),
        ("The length is 12 ft 2 in.", [(12, "ft"), (2, "in")]),
        ("Capital rises from five mln to 25 mln shares.", [(5e6, "shares"), (25e6, "shares")]),
        ("It will issue 3.63 mln new 100-franc shares.", [(3.63e6, "shares"), (100, "francs")]),
    ],
)
def test_newswire_changes_levels_and_elided_units(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text) if c.kind != "date"] == expected


# ---------------------------------------------------------------- counts in BBC-style prose

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # a small number after a determiner counts again when its noun follows
        ("All five Welsh climbers were flown home on Sunday.", "five", 5, "climbers"),
        ("The bakery is run by her three daughters.", "three", 3, "daughters"),
        ("The two men were remanded in custody.", "two", 2, "men"),
        ("Lord Pemble, the two-term mayor, stood down.", "two", 2, "term"),
        # modifiers joined by a conjunction, and two numbers of one noun
        ("Delegates from 31 Asian and African states signed.", "31", 31, "states"),
        ("The school has 30 or 40 pupils in each year.", "40", 40, "pupils"),
        # a bare number that a verb makes a count of people
        ("The storm, which killed six, cut power to the coast.", "six", 6, "people"),
        ("The Larkfield mill employs about 900 in the valley.", "900", 900, "people"),
        ("At least 14 were injured in the crush.", "14", 14, "people"),
        # "one" made a count by a focus word or a comparison
        ("Only one ferry sailed on Friday.", "one", 1, "ferry"),
        ("A draw would give them one more point than their rivals.", "one", 1, "point"),
        # a name before the number does not swallow a duration or a distance
        ("She won the Dunmore Classic 12 days ago.", "12 days", 12, "days"),
        # "twice" as a multiple
        ("The new line is twice as fast as the old one.", "twice as fast", 2, "times"),
    ],
)
def test_counts_in_bbc_style_prose(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (value, unit)


def test_a_number_standing_for_things_already_counted_is_no_claim(claims):
    assert texts(claims("The four had been freed by Friday, and all three denied the charges.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alternative takes the unit, scale and sub-unit of the amount before it
        ("The bid needs to be about 400 pence, maybe 410.", [("400 pence", 4.0, "£"), ("410", 4.1, "£")]),
        ("The repairs could cost £3bn, perhaps 4.", [("£3bn", 3e9, "£"), ("4", 4e9, "£")]),
        ("Growth will be 2% or even 3 this year.", [("2%", 2, "%"), ("3", 3, "%")]),
        # "one" alone is no count
        ("One union backed the deal, and he is one of the founders.", []),
    ],
)
def test_alternatives_take_the_unit_before_them(claims, text, expected):
    assert [(c.text, c.value, c.unit) for c in claims(text) if c.kind != "date"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("She pulled up on her final 200m of the evening.", "200m", dict(value=200, unit="metres")),
        ("The remaining 5m shares were sold.", "5m", dict(value=5e6, unit="shares", subject="share")),
    ],
)
def test_metres_and_millions_after_words_of_position(claim, text, surface, expected):
    assert fields(claim(text, surface), expected) == expected


def test_millions_of_a_pronoun_are_no_distance(claims):
    assert [c.unit for c in claims("The last 5m of them went to charity.") if c.unit == "metres"] == []


# ---------------------------------------------------------------- changes, levels and sizes of groups

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare change and the level it leads to count what changed, named by the subject
        ("The number of people in work rose 41,000 to 29.3 million in the spring.",
         [(41_000, "people"), (29.3e6, "people")]),
        ("The jobseeker total fell 9,000 to 760,400 last month.", [(9_000, "jobseeker"), (760_400, "jobseeker")]),
        ("Regional unemployment rose 6,000 in May to 2.3 million people.", [(6_000, "people"), (2.3e6, "people")]),
        ("The index fell 45 to 4,800 points.", [(45, "points"), (4_800, "points")]),
        ("The agency revised the job gains from 160,000 to 131,000.", [(160_000, "job gains"), (131_000, "job gains")]),
        ("Fares rose by 3,000 to 90,000 tickets.", [(3_000, "tickets"), (90_000, "tickets")]),
        # a range after a change stays a range when its ends are near
        ("Prices could rise 5 to 8 pence.", [(0.05, "£")]),
        # a plural subject reaching a level; a team is not what a score counts
        ("Subscribers passed 8 million in June.", [(8e6, "Subscribers")]),
        ("The team hit 300 in the second innings.", []),
    ],
)
def test_changes_and_levels_count_what_changed(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text) if c.kind != "date"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Portavia has a population of about 6 million.", "6 million", 6e6, "people"),
        ("The final drew an audience of 9.2 million.", "9.2 million", 9.2e6, "people"),
        ("A crowd of more than 45,000 watched the game.", "45,000", 45_000, "people"),
        ("Tablets will make up 40 million out of 300 million devices sold.", "40 million", 40e6, "devices"),
        # ages bounded, and both ends of an age range
        ("The scheme is open to drivers under 25.", "25", 25, "years"),
        ("Pupils between the ages of 11 and 16 took part.", "16", 16, "years"),
        ("Almost one in four workers aged over 50 retrained.", "50", 50, "years"),
    ],
)
def test_sizes_of_groups_shares_of_wholes_and_ages(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # a jump or a throw is measured to the centimetre; a length may come with its conversion
        ("Okafor landed 17.21m with his last jump.", "17.21m", 17.21, "metres"),
        ("The 1.4m (4.6ft) robot can climb stairs.", "1.4m", 1.4, "metres"),
        # race times in seconds
        ("She won the 1500m in 4:02.17.", "4:02.17", 242.17, "seconds"),
        ("The marathon was won in 2:06:31.", "2:06:31", 7591, "seconds"),
    ],
)
def test_field_and_track_measures(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (value, unit)


def test_millions_with_decimals_stay_money_where_the_text_names_money(claims):
    found = claims("The firm earned £1.25m in 2003. In 2004 it earned 1.75m.")
    assert [(c.value, c.unit) for c in found if c.kind != "date"] == [(1.25e6, "£"), (1.75e6, "£")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Portavian jobless total rose by 41,000 in May.", [(41_000, "jobless")]),
        ("The number of Portavians claiming benefits jumped to 367,000.", [(367_000, "Portavians")]),
        ("The population is expected to increase by 46% to 420 million by 2050.", [(46, "%"), (420e6, "population")]),
        # an object that names nothing gives way to the subject
        ("The number of people in work rose by 29,000 to 28.6 million - the highest figure yet.",
         [(29_000, "people"), (28.6e6, "people")]),
        # vague amounts that a verb changes are money as often as people: left unread
        ("Investors lost millions when the firm collapsed.", []),
    ],
)
def test_what_changes_is_what_a_bare_figure_counts(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text) if c.kind != "date"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Shares closed at a two-and-a-half year high.", "two-and-a-half year", 2.5, "years"),
        ("The talks took one and a half years.", "one and a half years", 1.5, "years"),
        ("The deal is worth two and a half million pounds.", "two and a half million pounds", 2.5e6, "£"),
        ("He waited 3 and a quarter hours.", "3 and a quarter hours", 3.25, "hours"),
    ],
)
def test_a_whole_and_a_fraction_are_one_amount(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.text, c.value, c.unit) == (surface, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The drug cut the risk of a stroke by a third.", "a third", 100 / 3, "%"),
        ("Profits fell by half in the year.", "half", 50, "%"),
        ("The club's average attendance is 41,500.", "41,500", 41_500, "attendance"),
    ],
)
def test_shares_of_a_change_and_levels_stated_with_be(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (pytest.approx(value), unit)


def test_a_third_term_is_no_share(claims):
    assert texts(claims("She won a third term.")) == []


def test_a_person_holds_no_number_before_a_count(claim):
    c = claim("I tried to call Anna 3 times yesterday.", "3")
    assert (c.value, c.unit) == (3, "times")


def test_a_name_keeps_its_number_before_other_plurals(claims):
    assert texts(claims("Orvex 10 users can update today.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # newswire's "X dlrs, or Y a share": a figure per share, not another total
        ("It lost 31.9 mln dlrs, or 76 cts a share.", [(31.9e6, "$"), (0.76, "$")]),
        ("It gained 1.3 mln dlrs, or 1.45 a share.", [(1.3e6, "$"), (1.45, "$")]),
    ],
)
def test_a_figure_per_share_after_or_is_no_alternative_total(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text)] == expected


def test_digits_past_a_float_are_no_figure_and_the_rest_still_counts(claims):
    found = claims("The ledger listed " + ",".join(["999"] * 400) + " items, and 40 staff checked it.")
    assert texts(found) == ["40"]


# ---------------------------------------------------------------- long political articles

@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # a share of a round ten or hundred, with "out of" or a bare "of"
        ("Only two out of 10 tenants had their deposits returned.", "two out of 10", 20, "%"),
        ("More than nine of 10 farmers in Ulvana were worried about prices.", "nine of 10", 90, "%"),
        ("In a new poll, three of four farmers disapproved.", "three of four", 75, "%"),
        # a fraction of many in one: six seats, fifty years
        ("Rivals hope to win a half-dozen House seats this year.", "a half-dozen", 6, "seats"),
        ("It took half a dozen attempts to start the engine.", "half a dozen", 6, "attempts"),
        ("The mill closed more than a half-century ago.", "a half-century", 50, "years"),
        ("The dam stood for half a century.", "half a century", 50, "years"),
    ],
)
def test_shares_of_ten_and_parts_of_a_dozen_or_a_century(claim, text, surface, value, unit):
    c = claim(text, surface)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only two out of 16 players in the squad are local.", [(2, "players"), (16, "players")]),
        ("She was one of two finalists.", [(2, "finalists")]),
    ],
)
def test_a_count_out_of_a_larger_whole_or_one_of_two_stays_counts(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text)] == expected


def test_a_part_of_an_owners_whole_counts_the_owned_noun(claims):
    found = claims("Now, he says, at least seven of Ulvana state\u2019s 44 delegates have signed on.")
    assert [(c.value, c.unit) for c in found] == [(7, "delegates"), (44, "delegates")]


def test_ages_in_brackets_after_names_are_years_not_the_last_unit(claims):
    found = claims("The party won 40 seats. Dorsey (68), Quint (69) and Marlowe (74) are its oldest members.")
    assert [(c.text, c.value, c.unit) for c in found] == [
        ("40", 40, "seats"), ("68", 68, "years"), ("69", 69, "years"), ("74", 74, "years")]


def test_a_number_in_brackets_after_a_common_noun_is_no_age(claims):
    assert claims("Sales at the firm (45) rose.") == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the counted noun after a long run of names and hyphenated modifiers
        ("The courier said it had ordered 10 Boeing 787 long-range freight jets.", "10", "freight jets"),
        # "more of" a noun already named counts it
        ("It holds an option to buy 12 more of the wide-body aircraft.", "12", "aircraft"),
        # a hyphenated modifier's second half is not part of the unit
        ("The plant will cut 300 full-time factory jobs.", "300", "factory jobs"),
    ],
)
def test_counted_nouns_far_from_their_number(claim, text, surface, unit):
    assert claim(text, surface).unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who die are people, not the last length named
        ("The storm moved 300 miles inland. At least 45 died in the floods.", [(300, "miles"), (45, "people")]),
        ("The ferry sailed 40 miles. 12 drowned.", [(40, "miles"), (12, "people")]),
        # a length is not carried to what acts or is acted on
        ("The storm moved 300 miles inland. Another 45 were swept away.", [(300, "miles")]),
    ],
)
def test_a_bare_subject_takes_no_length_from_the_sentence_before(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two shares side by side, high then low, are two figures, not a range
        ("The poll puts Marsh ahead 48% to 41%.", [("48%", 48, None), ("41%", 41, None)]),
        # a note cited in square brackets is no figure
        ("Marsh won 40 seats in the vote [12].", [("40", 40, None)]),
        # "one day" meaning some day is no duration; a day that is measured is one
        ("Researchers hope one day to harness that power.", []),
        ("One day, he walked out of the talks.", []),
        ("The strike lasted one day.", [("one day", 1, None)]),
    ],
)
def test_side_by_side_shares_notes_and_some_day(claims, text, expected):
    assert [(c.text, c.value, c.low) for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one unit of time that measures a distance or a spell
        ("Lee was an hour away, in Tarn.", [("an hour", 1, "hours")]),
        ("After a year of campaigning, she still seems stiff.", [("a year", 1, "years")]),
        # a rate, a date or a moment is no spell
        ("It costs £5 a year.", [("£5", 5, "£")]),
        ("In a year, we will know.", []),
        ("She described a day at home with her son.", []),
    ],
)
def test_one_unit_of_time_away_or_of_something_is_a_duration(claims, text, expected):
    assert [(c.text, c.value, c.unit) for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one of those posts involves running anything.", [(1, "posts")]),
        ("At least one of the victims was a child.", [(1, "victims")]),
        ("Only one of them came.", []),
    ],
)
def test_one_singled_out_of_a_named_group_counts_it(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mark to pass is not what the number counts
        ("He needs 1,237 delegates. No one may reach the magic 1,237 number.", [(1237, "delegates")] * 2),
        ("Cases in the state eclipsed the 600 mark.", []),
        # the number of an item in a list
        ("Seven hopefuls could still win.\n\n6. Jane Marsh.\n\nShe has won 40 seats.", [(7, "hopefuls"), (40, "seats")]),
        ("The party won 40 seats.\n12 were lost later.", [(40, "seats"), (12, "seats")]),
    ],
)
def test_marks_to_pass_and_list_numbers_count_nothing(claims, text, expected):
    assert [(c.value, c.unit) for c in claims(text)] == expected
