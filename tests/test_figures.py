"""The one presentation of figures: value text in both registers, group labels, currency, CSV cells."""

from __future__ import annotations

import pytest

from tui_reader.analysis.model import Claim
from tui_reader.figures import csv_cell, currency_sign, format_number, group_label, measured_ends, spread, value_text


@pytest.mark.parametrize(
    ("claim", "short", "words"),
    [
        (Claim(0, 1, "3m", 3e6, "GBP", "money", approx=True, direction="up"), "~£3,000,000 ↑", "up about £3,000,000"),
        (Claim(0, 1, "5-7", 5.0, "$", "money", low=5.0, high=7.0), "$5–$7", "$5 to $7"),
        (Claim(0, 1, "over 900", 900.0, "ferries", "count", approx=True, direction="over"), "> 900 ferries",
         "more than 900 ferries"),
        (Claim(0, 1, "4.25%", 4.25, "%", "percent", direction="down"), "4.25% ↓", "down 4.25%"),
        (Claim(0, 1, "scores", None, "gulls", "count"), "scores", "scores"),
    ],
)
def test_value_text_has_a_short_and_a_worded_register(claim, short, words):
    assert value_text(claim) == short
    assert value_text(claim, words=True) == words


def test_numbers_read_without_float_noise():
    assert format_number(0.1 + 0.2) == "0.3"
    assert format_number(1.2871) == "1.2871"
    assert format_number(-40.0) == "-40"
    assert format_number(None) == format_number(float("inf")) == "?"


def test_currency_signs_and_codes():
    assert currency_sign("£") == "£" and currency_sign("eur") == "€"
    assert currency_sign("jobs") is None and currency_sign(None) is None


def test_group_labels():
    assert group_label("%", "inflation") == "% · inflation"
    assert group_label("job", "job") == "job"
    assert group_label("", "") == "unspecified"
    assert spread([12.0, 40.0], 3) == "2 different figures, 12 to 40"
    assert spread([12.0], 1) == "1 claim"


def test_measures_differ_in_the_units_they_were_written_in():
    decade = Claim(0, 1, "10 years", 10.0, "years", "duration", canonical_value=315_576_000.0)
    two = Claim(0, 1, "20 years", 20.0, "years", "duration", canonical_value=631_152_000.0)
    ends = measured_ends([decade, two])
    assert spread([315_576_000.0, 631_152_000.0], 2, ends) == "2 different figures, 10 years to 20 years"
    assert measured_ends([Claim(0, 1, "4", 4.0, "jobs", "count"), Claim(0, 1, "9", 9.0, "jobs", "count")]) is None


def test_control_sequences_never_reach_the_value():
    claim = Claim(0, 1, "7", 7.0, "\x1b[31mboats", "count")
    assert value_text(claim) == "7 boats"
    assert csv_cell("=cmd") == "'=cmd" and csv_cell(7.0) == "7"
