"""Numeric claims: the numbers an article asserts, read as values with what they count.

The rules work on a parsed spaCy ``Doc`` in three steps:

1. find the surface of each amount with its currency, percent sign, scale and range
   ("$168m", "70 per cent", "tens of thousands", "5-7%", "between 10 and 20");
2. drop numbers that are not claims: dates and years, clock times, numbers inside
   names ("Section 5"), "one" used as a pronoun, numbers standing for a pronoun;
3. read what the amount counts: its currency or "%", a time unit ("20 years"), else
   the noun it modifies ("84,000 jobs"), the noun after "of" ("thousands of workers"),
   an age ("Smith, 34"), or the unit of an earlier claim when the noun is elided
   ("84,000 jobs ... another 20,000"). A bare count without a unit is dropped.
"""

from __future__ import annotations

from typing import cast

from tui_reader.analysis.claims.amounts import Found, glued, match_amount, phrase_at
from tui_reader.analysis.claims.counted import resolve_unit
from tui_reader.analysis.claims.dates import date_claim, month_dates, year_date
from tui_reader.analysis.claims.exclusions import (
    in_name,
    is_bare_one,
    is_date,
    is_list_number,
    is_model_name,
    is_reference,
    is_score,
    is_some_day,
    is_time,
)
from tui_reader.analysis.claims.measures import lookup
from tui_reader.analysis.claims.nouns import amount_root
from tui_reader.analysis.claims.sentences import sentence_of
from tui_reader.analysis.claims.subjects import claim_subject
from tui_reader.analysis.claims.units import (
    COMPARISON_WORDS,
    CURRENCY_WORDS,
    DOWN_WORDS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    INDEX_NAMES,
    TIME_UNITS,
    UP_WORDS,
)
from tui_reader.analysis.model import Claim, ClaimKind

RATE_WORDS = {"rate", "rates", "interest", "inflation", "yield", "yields", "%"}
# Words that make "points" the points of a stock index ("the index fell 45 points").
INDEX_WORDS = INDEX_NAMES | {"shares", "stocks", "market", "markets"}


def find_claims(doc) -> list[Claim]:
    """The numeric claims of a parsed document, in text order (speaker left None)."""
    claims: list[Claim] = []
    found_tokens: list[tuple[Found, Claim]] = []
    dated = {start: (end, iso) for start, end, iso in month_dates(doc)}
    i = 0
    n = len(doc)
    while i < n:
        if i in dated:
            end, iso = dated[i]
            claims.append(date_claim(doc, i, end, iso))
            i = end
            continue
        found = match_amount(doc, i)
        if found is None:
            i += 1
            continue
        if is_date(doc, found) and not is_time(doc, found):
            year = year_date(doc, found)
            if year is not None:
                claims.append(date_claim(doc, found.start, year[0], year[1]))
                i = year[0]
            else:
                i += 1
            continue
        claim = _claim(doc, found, found_tokens)
        if claim is not None:
            claims.append(claim)
            found_tokens.append((found, claim))
        i = max(found.end, i + 1)
    _link_pairs(doc, found_tokens)
    return claims


def _hedge(doc, found: Found) -> tuple[bool, str | None, int]:
    """Whether a hedge qualifies the amount, its direction, and where the hedge starts."""
    approx, direction, hedge_start = False, None, found.start
    for size in (3, 2, 1):
        s = found.start - size
        if s < 0:
            continue
        key = tuple(t.lower_ for t in doc[s:found.start])
        if key in HEDGES_BEFORE:
            if key == ("some",) and found.amount.fraction:
                continue
            approx, direction, hedge_start = True, HEDGES_BEFORE[key], s
            break
    after = found.end
    if after < len(doc) and doc[after].pos_ == "NOUN" and amount_root(doc, found).head.i == after:
        after += 1  # "50 employees or more"
    p = phrase_at(doc, after, HEDGES_AFTER)
    if p is not None and (p != ("plus",) or glued(doc, found.end - 1)):
        approx = True
        direction = direction or HEDGES_AFTER[p]
    return approx, direction, hedge_start


def _change(doc, found: Found, hedge_start: int) -> str | None:
    """ "up"/"down" when a word of change governs the amount ("rose 3%", "cut by 5%")."""
    before = doc[hedge_start - 1] if hedge_start > 0 else None
    if before is not None and before.lower_ in ("up", "down") and before.dep_ != "prt":
        return "up" if before.lower_ == "up" else "down"
    root = amount_root(doc, found, whole=True)
    head = root.head
    if head.lower_ in ("by", "to") and head.dep_ in ("prep", "agent", "dative"):
        head = head.head
    if head.lemma_ == "raise" and root.dep_ in ("dobj", "npadvmod") and found.currency:
        return None  # "the firm raised $40m": money collected, not a rise
    if head.pos_ in ("VERB", "NOUN") and head.i < found.start:
        if head.lemma_ in UP_WORDS or head.lower_ in UP_WORDS:
            return "up"
        if head.lemma_ in DOWN_WORDS or head.lower_ in DOWN_WORDS:
            return "down"
    return None


def _claim(doc, found: Found, previous: list[tuple[Found, Claim]]) -> Claim | None:
    """The claim an amount makes, or None when it is not one (date, name, no unit)."""
    if is_time(doc, found) or in_name(doc, found) or is_list_number(doc, found):
        return None
    if found.measure is None and (is_bare_one(doc, found) or is_reference(doc, found)):
        return None  # "one" and "the two" point at things; "one mile", "the six-mile trip" measure
    if is_model_name(doc, found) or is_some_day(doc, found):
        return None
    if is_score(doc, found) and not any(t.lemma_ == "vote" for t in sentence_of(doc, found.start)):
        return None  # "a 24-18 win"; a vote tally ("voted 31-17") counts votes
    counted = resolve_unit(doc, found, previous)
    if counted is None:
        return None
    unit, kind = counted.unit, counted.kind
    amount = found.amount
    if kind == "count":
        last = unit.split()[-1]
        if lookup(last) is not None:
            kind = "measure"
        elif last.lower() in TIME_UNITS:
            kind = "duration"
        elif last.lower() in ("point", "points"):
            # an index's points, else points of a rate ("the rate rose half a point")
            words = {t.lower_ for t in sentence_of(doc, found.start)}
            kind = "measure" if words & INDEX_WORDS else "percent" if words & RATE_WORDS else kind
        elif last.lower() in CURRENCY_WORDS:
            unit, kind = CURRENCY_WORDS[last.lower()][0], "money"  # "the yen weakened to 114.3 per dollar"
    root = amount_root(doc, found, whole=True)
    noun = counted.noun
    if kind == "measure" and noun is not None:
        root, noun = noun, None  # "fell 45 points": the points are the unit; the subject is what fell
    subject = counted.subject or claim_subject(doc, found, root, noun)
    if subject is None and kind == "count" and counted.noun is None:
        subject = unit.lower()  # a unit the surface or the verb gave ("votes", "seat")
    approx, direction, hedge_start = _hedge(doc, found)
    direction = direction or _change(doc, found, hedge_start)
    start = doc[found.start].idx
    last_tok = doc[found.end - 1]
    end = last_tok.idx + len(last_tok.text)
    if last_tok.text.endswith(".") and len(last_tok.text) > 1:
        end -= 1  # "m." at a sentence end: the full stop is not part of the number
    sent = sentence_of(doc, found.start)
    dimension, canonical_unit, canonical_value = _dimension(doc, found, unit, kind)
    noun_end = counted.noun.i + 1 if counted.noun is not None else 0
    after = max(found.end, noun_end)  # "30k transactions an hour": per comes after the noun
    per = per_what(doc, after) if kind in ("money", "count", "percent", "measure") else None
    if kind == "money" and (_is_currency(subject) or _is_currency(per)):
        dimension = "exchange rate"  # "the euro was worth $1.30", "104 yen per dollar": a price of money
    return Claim(
        start=start,
        end=end,
        text=doc[found.start:found.end].text[: end - start],  # not doc.text: it is rebuilt on every call
        value=tidy(amount.value),
        unit=unit,
        kind=cast(ClaimKind, kind),
        low=tidy(amount.low),
        high=tidy(amount.high),
        approx=approx or amount.approx,
        direction=direction,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        subject=subject,
        dimension=dimension,
        canonical_unit=canonical_unit,
        canonical_value=canonical_value,
        per=per,
    )


def _is_currency(word: str | None) -> bool:
    """Whether a subject or a per-word names a currency ("euro", "us dollar")."""
    return word is not None and word.split()[-1] in CURRENCY_WORDS


# Words that make the noun after an amount what it is counted per ("$50 a barrel").
PER_WORDS = {"a", "an", "per", "each", "/"}


def per_what(doc, k: int) -> str | None:
    """What an amount is per, from the words after it: "a barrel" -> "barrel", "per
    share" -> "share", "an hour" -> "hour"; None when nothing follows."""
    if k + 1 < len(doc) and doc[k].lower_ in PER_WORDS:
        noun = doc[k + 1]
        if doc[k].text == "/" and doc[k - 1].whitespace_:
            return None
        if noun.pos_ == "PROPN" and k + 2 < len(doc) and doc[k + 2].lower_ in CURRENCY_WORDS:
            noun = doc[k + 2]  # "per US dollar"
        if noun.pos_ == "NOUN" and noun.is_alpha:
            return noun.lemma_.lower()
    return None


def tidy(value: float | None) -> float | None:
    """A value rid of binary noise ("4.1 million" is 4100000, not 4099999.9999999995)."""
    return None if value is None else float(f"{value:.12g}")


# Words of a sentence that make bare degrees a temperature rather than an angle.
WARMTH_WORDS = {
    "temperature",
    "temperatures",
    "warm",
    "warmer",
    "warming",
    "hot",
    "hotter",
    "heat",
    "cold",
    "colder",
    "cool",
    "freezing",
    "thermometer",
    "thermostat",
    "fever",
    "weather",
    "climate",
}


def _dimension(doc, found: Found, unit: str, kind: str) -> tuple[str | None, str | None, float | None]:
    """(dimension, canonical unit, value in it) of a measure or a duration."""
    value = found.amount.value
    measure = found.measure
    if kind == "duration" and unit in ("decades", "centuries"):
        value *= 10 if unit == "decades" else 100  # pint's "decade" is a ratio, not ten years
        unit = "years"
    if measure is None and kind in ("measure", "duration"):
        measure = lookup(unit.split()[-1])
    if measure is None:
        if kind == "measure" and unit.lower().split()[-1] in ("point", "points"):
            return "index points", "points", tidy(value)
        return None, None, None
    if measure.family == "angle" and any(t.lower_ in WARMTH_WORDS for t in sentence_of(doc, found.start)):
        return "temperature", None, None  # "it reached 35 degrees": a temperature of no stated scale
    return measure.family, measure.canonical, measure.to_canonical(value)


def _link_pairs(doc, found: list[tuple[Found, Claim]]) -> None:
    """Pairs of amounts about one thing share their subject: "from £20m to £15m" (the
    second is the new level, up or down from the first) and "1.20 dlrs vs 1.10 dlrs"."""
    for (fa, a), (fb, b) in zip(found, found[1:], strict=False):
        between = [t.lower_ for t in doc[fa.end:fb.start]]
        if a.unit != b.unit or fb.start - fa.end > 3:
            continue
        from_to = fa.start > 0 and doc[fa.start - 1].lower_ == "from" and "to" in between
        if from_to and a.value is not None and b.value is not None:
            b.direction = "up" if b.value > a.value else "down" if b.value < a.value else b.direction
        if from_to or any(w in COMPARISON_WORDS for w in between):
            a.subject = a.subject or b.subject
            b.subject = b.subject or a.subject