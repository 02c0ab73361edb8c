"""How a figure reads wherever it is shown: the app, the exports, the ``claims`` command.

One place for a claim's value as text (short for tables and the sidebar, in words for
exports and the clipboard), the label of a group of claims, currency signs, and the
guard that keeps article text in a CSV cell from running as a spreadsheet formula.
No Textual here: the headless commands use it too.
"""

from __future__ import annotations

import math
from typing import Any

from tui_reader.analysis.model import Claim
from tui_reader.corpus.sanitize import strip_controls

SIGNS = "$£€¥₹₩"
"""Currency signs the analysis gives as a unit."""
CODES = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹", "KRW": "₩"}
"""ISO currency codes, shown as their sign."""
PERCENT = {"%", "percent"}
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def one_line(text: str | None) -> str:
    """Untrusted text made safe and single-line: no control sequences, whitespace collapsed."""
    return " ".join(strip_controls(text or "").split())


def currency_sign(unit: str | None) -> str | None:
    """The sign of a currency unit ("£", "GBP" -> "£"), None for any other unit."""
    if not unit:
        return None
    if unit[-1] in SIGNS:
        return unit
    return CODES.get(unit.upper())


def format_number(value: float | None) -> str:
    """A number as a reader writes it: 12,500, 2.5, 0.3 (no float noise); "?" for none."""
    if value is None or not math.isfinite(value):
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.15g}"


# The two registers of a value: short (a table cell) and in words (an export, the clipboard).
_SHORT_BEFORE = {"over": "> ", "under": "< "}
_SHORT_AFTER = {"up": " ↑", "down": " ↓"}
_WORDS_BEFORE = {"over": "more than ", "under": "less than ", "up": "up ", "down": "down "}


def value_text(claim: Claim, *, words: bool = False) -> str:
    """A claim's value with its unit, range, hedge and direction.

    Short: "~£3,000,000 ↑", "> 2,000–3,000 people". In words: "about £3,000,000",
    "more than 2,000 to 3,000 people", "down 12%". A claim without a value is its text.
    """
    unit = one_line(claim.unit)
    sign = currency_sign(unit)

    def amount(value: float | None) -> str:
        number = format_number(value)
        return f"{sign}{number}" if sign else f"{number}%" if unit in PERCENT else number

    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        number = f"{amount(claim.low)}{' to ' if words else '–'}{amount(claim.high)}"
    elif claim.value is not None:
        number = amount(claim.value)
    else:
        return one_line(claim.text)
    tail = f" {unit}" if unit and not sign and unit not in PERCENT else ""
    direction = claim.direction or ""
    hedged = direction in ("over", "under")
    if words:
        about = "about " if claim.approx and not hedged else ""
        return f"{_WORDS_BEFORE.get(direction, '')}{about}{number}{tail}"
    about = "~" if claim.approx and not hedged else ""
    return f"{_SHORT_BEFORE.get(direction, '')}{about}{number}{tail}{_SHORT_AFTER.get(direction, '')}"


def group_label(unit: str, subject: str) -> str:
    """What a group of claims counts, on one line: "% · inflation", "job", "£ · council".

    A subject that repeats the unit is shown once.
    """
    parts = [unit] + ([subject] if subject and subject != unit else [])
    return " · ".join(part for part in parts if part) or "unspecified"


def plural(count: int, word: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def spread(values: list[float], count: int, ends: tuple[str, str] | None = None) -> str:
    """How a group's figures differ: "3 different figures, 12 to 40", else "2 claims".

    ``ends`` words the lowest and highest figures as written ("10 years", "20 years") where
    the values are in a unit the reader never saw (a measure compared in seconds or metres)."""
    if len(values) > 1:
        low, high = ends or (format_number(values[0]), format_number(values[-1]))
        return f"{len(values)} different figures, {low} to {high}"
    return plural(count, "claim")


def measured_ends(claims: list[Claim]) -> tuple[str, str] | None:
    """The lowest and highest of claims sorted by value, as written, when they are measures
    (compared in a canonical unit); None for plain counts, shown by their numbers."""
    measured = [c for c in claims if c.canonical_value is not None]
    if len(measured) < 2:
        return None
    return value_text(measured[0]), value_text(measured[-1])


def csv_cell(value: Any) -> str:
    """A CSV cell: numbers plain so spreadsheets sum them, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
