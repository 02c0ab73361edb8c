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
