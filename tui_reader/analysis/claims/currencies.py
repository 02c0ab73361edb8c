"""Currency signs and ISO 4217 codes around a number: "USD 200", "115USD", "HK$3",
"120 MEUR", "10 $", "100,000 ₭".

The codes and their symbols come from babel's CLDR data (a dependency of trafilatura's
URL handling, and the registry of currencies the Unicode consortium keeps); any Unicode
currency sign (category Sc) counts as one. The sign reported for a code is the one a
reader knows: "$", "£", "€", "¥", a lettered dollar ("A$", "HK$"), else the code itself.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from tui_reader.analysis.claims.units import CURRENCY_SIGNS

# Signs reported for the currencies newswire names by code most.
MAJOR = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
# "MEUR", "MUSD": a code after M counts millions (financial reports' shorthand).
MILLIONS_RE = re.compile(r"^M([A-Z]{3})$")
# A code or lettered dollar written onto the number: "USD115", "115USD", "HK$3".
GLUED_BEFORE_RE = re.compile(r"^([A-Za-z]{1,3}\$|[A-Z]{3}|[^\w\s])(\d[\d,]*(?:\.\d+)?)$")
GLUED_AFTER_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([A-Z]{3}|[^\w\s%])$")
LETTERED_DOLLAR_RE = re.compile(r"^([A-Za-z]{1,3})\$$")


@functools.cache
def _codes() -> dict[str, str]:
    """ISO 4217 code -> the sign we report for it."""
    from babel import Locale  # deferred: CLDR data loads on first use
    from babel.numbers import list_currencies

    english = Locale("en")
    signs: dict[str, str] = {}
    for code in list_currencies():
        symbol = english.currency_symbols.get(code, code)
        if code in MAJOR:
            signs[code] = MAJOR[code]
        elif LETTERED_DOLLAR_RE.match(symbol) or (len(symbol) == 1 and unicodedata.category(symbol) == "Sc"):
            signs[code] = symbol
        else:
            signs[code] = code
    return signs


def is_sign(text: str) -> bool:
    """A currency sign: "$", "£", "₭", "₿"."""
    return len(text) == 1 and unicodedata.category(text) == "Sc"


def code_sign(text: str, lower_ok: bool = False) -> tuple[str, float] | None:
    """The sign and value factor of a currency code ("USD" -> ("$", 1); "MEUR" -> ("€", 1e6)).

    Lower-case codes count only for the major currencies ("20 usd", never "pen 7"), and
    only when ``lower_ok``: right next to a number.
    """
    if len(text) == 3 and (text.isupper() or (lower_ok and text.islower() and text.upper() in MAJOR)):
        sign = _codes().get(text.upper())
        return (sign, 1.0) if sign is not None else None
    millions = MILLIONS_RE.match(text)
    if millions and millions.group(1) in _codes():
        return _codes()[millions.group(1)], 1e6
    return None


def prefix_sign(text: str) -> tuple[str, float] | None:
    """A sign written before a number ("$", "US$", "Mex$", "aud$"); codes are ``code_sign``'s."""
    low = text.lower()
    if low in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[low], 1.0
    if is_sign(text):
        return text, 1.0
    lettered = LETTERED_DOLLAR_RE.match(text)
    if lettered:
        letters = lettered.group(1).upper()
        if letters in _codes():  # "aud$", "mxn$": the code's own sign
            return _codes()[letters], 1.0
        return text, 1.0  # "Mex$": a lettered dollar of its own
    return None


def glued_sign(text: str) -> tuple[str, str, float] | None:
    """A number with a code or sign written onto it: (number, sign, factor), or None."""
    m = GLUED_BEFORE_RE.match(text)
    if m:
        sign = prefix_sign(m.group(1)) or code_sign(m.group(1))
        return (m.group(2), *sign) if sign is not None else None
    m = GLUED_AFTER_RE.match(text)
    if m:
        sign = code_sign(m.group(2)) if m.group(2).isalpha() else ((m.group(2), 1.0) if is_sign(m.group(2)) else None)
        return (m.group(1), *sign) if sign is not None else None
    return None
