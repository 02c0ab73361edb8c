"""Grouping claims across a corpus: keys, order, and dates left out (pure, no spaCy)."""

from __future__ import annotations

import pytest

from tui_reader.analysis.corpus_wide.compare import group_claims, group_key, normalise_unit, singular
from tui_reader.analysis.model import Claim


def make(value, unit, subject=None, kind="count", start=0) -> Claim:
    return Claim(start=start, end=start + 1, text=str(value), value=value, unit=unit, kind=kind, subject=subject)


@pytest.mark.parametrize(
    ("unit", "key"),
    [
        ("%", "%"), ("per cent", "%"), ("percent", "%"), ("pct", "%"),
        ("percentage points", "percentage point"), ("jobs", "job"), ("job cuts", "job cut"),
        ("buses", "bus"), ("companies", "company"), ("people", "people"), ("staff", "staff"),
        ("£", "£"), ("C$", "c$"), ("Years", "year"), (None, ""),
    ],
)
def test_normalise_unit(unit, key):
    assert normalise_unit(unit) == key


def test_singular_leaves_non_plurals_alone():
    assert [singular(w) for w in ("news", "bus", "crisis", "boss", "tonnes")] == ["news", "bus", "crisis", "boss", "tonne"]


def test_group_key_is_unit_and_subject():
    assert group_key(make(2.3, "per cent", "Inflation", "percent")) == ("%", "inflation")
    assert group_key(make(5, "%", None, "percent")) == ("%", "")


def test_differing_figures_for_the_same_thing_stand_together():
    items = [
        ("a", make(84000, "jobs", "job", start=5)),
        ("b", make(2.3, "%", "inflation", "percent")),
        ("c", make(20000, "jobs", "job")),
        ("a", make(3.1, "per cent", "inflation", "percent", start=9)),
        ("b", make(58, "%", "turnout", "percent")),
    ]
    groups = group_claims(items)
    assert [g.key for g in groups] == [("%", "inflation"), ("job", "job"), ("%", "turnout")]
    assert [(k, c.value) for k, c in groups[0].items] == [("b", 2.3), ("a", 3.1)]
    assert [c.value for _, c in groups[1].items] == [20000, 84000]
    assert groups[0].differs and not groups[2].differs
    assert groups[1].values == [20000, 84000]


def test_larger_groups_first_among_equals_and_ties_by_key():
    items = [("a", make(1, "x", "x")), ("b", make(1, "y", "y")), ("c", make(1, "y", "y"))]
    assert [g.key for g in group_claims(items)] == [("y", "y"), ("x", "x")]


def test_same_figure_in_two_articles_is_no_difference():
    groups = group_claims([("a", make(10, "%", "rate", "percent")), ("b", make(10.0, "%", "rate", "percent"))])
    assert len(groups) == 1 and not groups[0].differs
    assert [k for k, _ in groups[0].items] == ["a", "b"]


def test_dates_are_left_out_and_valueless_claims_go_last():
    items = [("a", make(2004, "year", kind="date")), ("a", make(None, "jobs", "job")), ("b", make(5, "jobs", "job"))]
    groups = group_claims(items)
    assert [g.key for g in groups] == [("job", "job")]
    assert [c.value for _, c in groups[0].items] == [5, None]


def measure(value, unit, dimension, canonical_unit, canonical_value, subject=None) -> Claim:
    return Claim(start=0, end=1, text=str(value), value=value, unit=unit, kind="measure", subject=subject,
                 dimension=dimension, canonical_unit=canonical_unit, canonical_value=canonical_value)


def test_oil_per_barrel_and_an_exchange_rate_never_share_a_group():
    oil = Claim(start=0, end=1, text="$50", value=50, unit="$", kind="money", subject="oil", per="barrel")
    oil2 = Claim(start=5, end=6, text="$55", value=55, unit="$", kind="money", subject="oil", per="barrels")
    euro = Claim(start=0, end=1, text="$1.30", value=1.3, unit="$", kind="money", subject="euro", dimension="exchange rate")
    groups = group_claims([("a", oil), ("b", euro), ("c", oil2)])
    assert [g.key for g in groups] == [("$ per barrel", "oil"), ("$ exchange rate", "euro")]
    assert groups[0].differs


def test_measures_meet_by_dimension_and_compare_in_its_canonical_unit():
    mph = measure(70, "mph", "speed", "km/h", 112.65408, "car")
    kmh = measure(113, "km/h", "speed", "km/h", 113, "car")
    gb = measure(512, "GB", "data size", "B", 512e9, "phone")
    groups = group_claims([("a", mph), ("b", kmh), ("c", gb)])
    assert [g.key for g in groups] == [("speed (km/h)", "car"), ("data size (B)", "phone")]
    assert not groups[0].differs  # 70 mph and 113 km/h are one figure written two ways
    assert [c.unit for _, c in groups[0].items] == ["mph", "km/h"]


def test_differing_figures_come_first_with_who_gives_each():
    a = Claim(start=0, end=1, text="5%", value=5, unit="%", kind="percent", subject="growth", speaker="Ann Brook")
    b = Claim(start=0, end=1, text="7%", value=7, unit="%", kind="percent", subject="growth")
    c = Claim(start=0, end=1, text="9", value=9, unit="jobs", kind="count", subject="job")
    c2 = Claim(start=3, end=4, text="9", value=9, unit="jobs", kind="count", subject="job")
    groups = group_claims([("x", c), ("y", c2), ("x", a), ("y", b)])
    assert groups[0].key == ("%", "growth") and groups[0].differs
    assert groups[0].sources == ["Ann Brook", "the article"]
