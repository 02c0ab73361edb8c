"""Reading number surfaces into values (no spaCy needed)."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims.numbers import fraction_value, parse_amount, split_suffix, word_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,500", 12500),
        ("1,250,000", 1250000),
        ("3.75", 3.75),
        ("2.4bn", 2.4e9),
        ("75m", 75e6),
        ("8 trillion", 8e12),
        ("1.5 million", 1.5e6),
        ("250k", 250e3),
        ("seventeen", 17),
        ("twenty-six", 26),
        ("two hundred and fifty thousand", 250000),
        ("a million", 1e6),
        ("a dozen", 12),
        ("half a million", 500000),
        ("half a trillion", 5e11),
    ],
)
def test_precise_amounts(text, value):
    amount = parse_amount(text)
    assert amount is not None
    assert amount.value == pytest.approx(value)
    assert not amount.approx


@pytest.mark.parametrize(
    ("text", "value"),
    [("hundreds", 100), ("thousands", 1000), ("tens of thousands", 10000), ("hundreds of millions", 1e8),
     ("dozens", 12), ("several thousand", 3000)],
)
def test_vague_amounts_read_as_their_lower_bound(text, value):
    amount = parse_amount(text)
    assert amount.value == pytest.approx(value)
    assert amount.low == pytest.approx(value)
    assert amount.approx


@pytest.mark.parametrize("text", ["12%", "45 per cent", "30 percent"])
def test_percent_spellings(text):
    amount = parse_amount(text)
    assert amount.percent
    assert amount.value in (12, 45, 30)


def test_pence_read_in_pounds():
    amount = parse_amount("32p")
    assert amount.pence
    assert amount.value == pytest.approx(0.32)


@pytest.mark.parametrize(
    ("text", "low", "high", "percent"),
    [("3-4%", 3, 4, True), ("between 200 and 300", 200, 300, False), ("40 to 60", 40, 60, False),
     ("2-3bn", 2e9, 3e9, False), ("6%-8%", 6, 8, True)],
)
def test_ranges(text, low, high, percent):
    amount = parse_amount(text)
    assert (amount.low, amount.high) == (pytest.approx(low), pytest.approx(high))
    assert amount.value == pytest.approx(low)
    assert amount.percent is percent


@pytest.mark.parametrize(
    ("text", "value"),
    [("a third", 1 / 3), ("two-thirds", 2 / 3), ("three quarters", 0.75), ("one in five", 0.2),
     ("a quarter of a point", 0.25)],
)
def test_fractions(text, value):
    assert parse_amount(text).value == pytest.approx(value)


def test_small_vague_pair():
    amount = parse_amount("two or three")
    assert (amount.value, amount.low, amount.high, amount.approx) == (2, 2, 3, True)


@pytest.mark.parametrize("text", ["", "fifth avenue", "five five", "hello", "12 and", "million"])
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_word_helpers():
    assert word_number("Ninety-Nine") == 99
    assert word_number("ninety-ten") is None
    assert fraction_value("three-quarters") == pytest.approx(0.75)
    assert split_suffix("1.5bn") == (1.5, "bn")
    assert split_suffix("93rd") is None
