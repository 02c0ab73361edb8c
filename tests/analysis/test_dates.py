"""Dates as claims of kind "date" with their ISO 8601 form, apart from the figures."""

from __future__ import annotations

import pytest

from tui_reader.analysis.claims.find import find_claims


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("The deal was signed on 21 December 2004 in Lisbon.", "21 December 2004", "2004-12-21"),
        ("The vote was held on May 8, 1945, after the war.", "May 8, 1945", "1945-05-08"),
        ("Talks began in October 2014 and stalled.", "October 2014", "2014-10"),
        ("The bonds are due Dec. 12, 1994, at par.", "Dec. 12, 1994", "1994-12-12"),
        ("The strike is planned for 3 March.", "3 March", "--03-03"),
        ("The company collapsed in 1999 after a fraud.", "1999", "1999"),
        ("Prices doubled in the 1970s.", "1970s", "1970/1979"),
        ("Donations rose between 2001 and 2003.", "2001 and 2003", "2001/2003"),
        ("Output grew in 2001-2003.", "2001-2003", "2001/2003"),
    ],
)
def test_dates_have_their_iso_form(nlp, text, surface, iso):
    found = find_claims(nlp(text))
    dates = [c for c in found if c.kind == "date"]
    assert [(c.text, c.iso, c.value, c.unit) for c in dates] == [(surface, iso, None, None)]
    assert all(c.text == text[c.start:c.end] for c in dates)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting starts at 10am.",
        "At 1300 GMT the market was closed.",
        "The report was published on Monday.",
        "In March the board met again.",
        "The firm hired 2000 workers.",
    ],
)
def test_no_date_where_none_is_written(nlp, text):
    assert [c.text for c in find_claims(nlp(text)) if c.kind == "date"] == []


def test_dates_are_not_figures(nlp):
    found = find_claims(nlp("In 2004 the firm hired 2000 workers and paid £5m on 3 March 2005."))
    assert [(c.kind, c.text) for c in found] == [
        ("date", "2004"), ("count", "2000"), ("money", "£5m"), ("date", "3 March 2005"),
    ]
