"""Dates as claims of kind "date", each with its ISO 8601 form: "21 December 2004" ->
"2004-12-21", "October 2014" -> "2014-10", "May 8" -> "--05-08", "in 2004" -> "2004",
"the 1970s" -> "1970/1979", "2001-2003" -> "2001/2003".

A date is listed apart from the figures and never counted as one. The month names are
English's own (``units.MONTHS``); which bare numbers are years is ``exclusions.is_date``'s
call, so a count of "2000 workers" stays a figure.
"""

from __future__ import annotations

import re

from tui_reader.analysis.claims.amounts import Found, year_like
from tui_reader.analysis.claims.exclusions import is_month
from tui_reader.analysis.claims.sentences import sentence_of
from tui_reader.analysis.model import Claim

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
DAY_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.I)
DECADE_RE = re.compile(r"^(\d{3})0s$")
RANGE_WORDS = {"-", "\u2013", "to", "and"}


def _month(tok) -> int | None:
    return MONTH_NUMBERS.get(tok.lower_.rstrip(".")) if is_month(tok) else None


def _day(tok) -> int | None:
    m = DAY_RE.match(tok.text)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def month_dates(doc) -> list[tuple[int, int, str]]:
    """Every date written with a month name, as (first token, end token, ISO form)."""
    dates: list[tuple[int, int, str]] = []
    n = len(doc)
    i = 0
    while i < n:
        month = _month(doc[i])
        if month is None:
            i += 1
            continue
        start, end = i, i + 1
        day = None
        if i > 0 and _day(doc[i - 1]) is not None and not year_like(doc[i - 1]):
            day, start = _day(doc[i - 1]), i - 1  # "21 December"
        elif end < n and _day(doc[end]) is not None and not year_like(doc[end]):
            day, end = _day(doc[end]), end + 1  # "December 21"
        k = end + 1 if end < n and doc[end].text == "," else end
        year = None
        if k < n and year_like(doc[k]):
            year, end = doc[k].text, k + 1
        if day is None and year is None:
            i += 1
            continue  # a month alone ("in March") gives no date to list
        dates.append((start, end, _iso(year, month, day)))
        i = end
    return dates


def _iso(year: str | None, month: int, day: int | None) -> str:
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def year_date(doc, found: Found) -> tuple[int, str] | None:
    """A year or decade an amount is ("in 2004", "the 1970s", "2001-2003"): its end
    token and ISO form; None for other dates (a day of a month is ``month_dates``')."""
    tok = doc[found.start]
    decade = DECADE_RE.match(tok.text)
    if decade:
        return found.start + 1, f"{decade.group(1)}0/{decade.group(1)}9"
    if not year_like(tok):
        return None
    k = found.start + 1
    if k + 1 < len(doc) and doc[k].lower_ in RANGE_WORDS and year_like(doc[k + 1]) and doc[k + 1].text > tok.text:
        if doc[k].lower_ != "and" or (found.start > 0 and doc[found.start - 1].lower_ == "between"):
            return k + 2, f"{tok.text}/{doc[k + 1].text}"
    return k, tok.text


def date_claim(doc, start: int, end: int, iso: str) -> Claim:
    """The claim of a date over tokens [start, end)."""
    sent = sentence_of(doc, start)
    last = doc[end - 1]
    first_char = doc[start].idx
    last_char = last.idx + len(last.text)
    if last.text.endswith(".") and _month(last) is None:
        last_char -= 1  # "in 2004." at a sentence end: the full stop is not the date's
    return Claim(
        start=first_char,
        end=last_char,
        text=doc[start:end].text[: last_char - first_char],
        value=None,
        unit=None,
        kind="date",
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        iso=iso,
    )
