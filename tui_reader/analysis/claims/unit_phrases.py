"""Units of measure as phrases of tokens after a number: "km/h", "square metres",
"miles per hour", "barrels a day", "degrees Celsius", "°F", "(kg)".

``measures`` reads one word; this module reads the words around it the way spaCy splits
them ("km", "/", "h"). It decides nothing about whether the amount is a claim.
"""

from __future__ import annotations

from tui_reader.analysis.claims.measures import (
    DEGREE_WORDS,
    POWERS,
    Unit,
    compound,
    degrees,
    lookup,
    split_glued,
    temperature,
    with_power,
)

# Words that join a unit to the one it is per ("miles per hour", "barrels a day").
PER_WORDS = {"per", "a", "an", "/", "each"}
# Adjectives of size after a spaced "in" that make it inches ("10 in long"); otherwise
# "in" after a number is the preposition ("30 in 2004").
INCH_CONTEXT = {"long", "wide", "tall", "high", "thick", "deep", "across", "diagonal", "screen", "display"}
BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _glued(doc, i: int) -> bool:
    return i < len(doc) - 1 and not doc[i].whitespace_


def glued_unit(tok) -> Unit | None:
    """The unit written onto a number token ("20kHz" -> kilohertz), or None."""
    split = split_glued(tok.text)
    if split is None:
        return None
    return _temperature_named(split[1]) if split[1].is_temperature else split[1]


def unit_after(doc, k: int, glued: bool) -> tuple[Unit, int] | None:
    """The unit phrase starting at token k, and the token after it, or None.

    ``glued`` when token k is written onto the number before it ("30", "g").
    """
    n = len(doc)
    if k >= n:
        return None
    tok = doc[k]
    # "20 (kg)": a unit in brackets right after the number.
    if tok.text in BRACKETS and k + 2 < n and doc[k + 2].text == BRACKETS[tok.text]:
        inner = lookup(doc[k + 1].text, glued=True)
        return (inner, k + 3) if inner is not None else None
    # "square metres", "sq km", "cubic feet"; "metric tons" are tonnes.
    word = tok.lower_
    if word in POWERS and k + 1 < n:
        base = lookup(doc[k + 1].text)
        if base is not None:
            unit = with_power(base, POWERS[word], f"{tok.text} {doc[k + 1].text}")
            if unit is not None:
                return with_per(doc, unit, k + 2)
        return None
    if word == "metric" and k + 1 < n and doc[k + 1].lower_ in ("ton", "tons", "tonne", "tonnes"):
        unit = lookup("tonne")
        return (renamed(unit, f"{tok.text} {doc[k + 1].text}"), k + 2) if unit is not None else None
    if word in DEGREE_WORDS or tok.text == "°":
        return _degrees(doc, k)
    if word == "in" and not glued and not _inches(doc, k):
        return None
    if tok.is_stop and word != "in" and not glued:
        return None  # "84 at home", "5 a day": English words pint also reads as units
    unit, after = _word_unit(doc, k, glued)
    if unit is None and tok.is_alpha and len(tok.text) > 1:
        unit = temperature(tok.text, tok.text)  # "34.9 centigrade"
    if unit is None:
        return None
    if unit.is_temperature:
        return _temperature_named(unit), after
    return with_per(doc, unit, after)


def _word_unit(doc, k: int, glued: bool) -> tuple[Unit | None, int]:
    """The unit of token k, joined with a hyphenated part ("light-years", "lb-ft"), and the
    token after it."""
    tok = doc[k]
    if k + 2 < len(doc) and doc[k + 1].text == "-" and _glued(doc, k) and _glued(doc, k + 1):
        joined = lookup(tok.text + "-" + doc[k + 2].text, glued)
        if joined is not None:
            return renamed(joined, doc[k:k + 3].text), k + 3
    alone = lookup(tok.text, glued)
    if alone is None and k + 1 < len(doc) and tok.is_alpha and doc[k + 1].is_alpha and tok.is_lower:
        pair = lookup(f"{tok.text}_{doc[k + 1].text}")  # "light years", "nautical miles": a name in two words
        if pair is not None:
            return renamed(pair, doc[k:k + 2].text), k + 2
    return alone, k + 1


def _inches(doc, k: int) -> bool:
    """A spaced "in" is inches at the end of a clause or before a word of size."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in INCH_CONTEXT


def _degrees(doc, k: int) -> tuple[Unit, int] | None:
    """ "degrees Celsius", "deg f", "°C", "°": a temperature when a scale follows."""
    n = len(doc)
    first = doc[k]
    if k + 1 < n and (doc[k + 1].is_alpha or doc[k + 1].text.rstrip(".").isalpha()):
        scale = temperature(doc[k + 1].text, doc[k + 1].text)
        if scale is not None and not _looks_like_name(doc, k + 1):
            return _temperature_named(scale), k + 2
    unit = degrees("degrees" if first.text == "°" else first.text)  # "85°": degrees, in words
    return (unit, k + 1) if unit is not None else None


def _looks_like_name(doc, k: int) -> bool:
    """A capital letter that starts a name rather than a scale ("90 degrees F Street")."""
    return k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha


def _temperature_named(unit: Unit) -> Unit:
    """Temperatures are shown by their scale's symbol, whatever the spelling ("farenheit")."""
    symbol = "°F" if "Fahrenheit" in unit.name else "°C" if "Celsius" in unit.name else unit.canonical
    return renamed(unit, symbol)


def renamed(unit: Unit | None, surface: str) -> Unit:
    """The same unit written another way."""
    assert unit is not None
    return Unit(surface, unit.name, unit.family, unit.canonical, unit.factor, unit.offset)


def with_per(doc, unit: Unit, k: int) -> tuple[Unit, int]:
    """Extend a unit over what it is per: "km" "/" "h", "miles per hour", "barrels a day"."""
    n = len(doc)
    if k + 1 < n and doc[k].lower_ in PER_WORDS:
        slash = doc[k].text == "/"
        if slash and not (_glued(doc, k - 1) and _glued(doc, k)):
            return unit, k
        denominator = lookup(doc[k + 1].text, glued=slash)
        if denominator is not None and not (doc[k].lower_ in ("a", "an") and not denominator.is_duration):
            space = "" if slash else " "
            rate = compound(unit, denominator, f"{unit.surface}{space}{doc[k].text}{space}{denominator.surface}")
            if rate is not None:
                return rate, k + 2
    return unit, k
