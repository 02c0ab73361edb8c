"""The surface of an amount: where a number starts and ends, with its currency, percent,
scale, time unit and range ("$168m", "70 per cent", "tens of thousands", "5-7%",
"between 10 and 20", "half a million", "one in four").

Works on spaCy tokens but decides nothing about whether the amount is a claim: that is
for ``exclusions`` and ``counted``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tui_reader.analysis.claims.currencies import MAJOR, code_sign, glued_sign, is_sign, prefix_sign
from tui_reader.analysis.claims.measures import Unit, lookup, split_glued
from tui_reader.analysis.claims.metres import is_metres
from tui_reader.analysis.claims.numbers import (
    DOZEN,
    FEW,
    FRACTIONS,
    MIXED_FRACTION_RE,
    SCALE_WORDS,
    SCALES,
    VAGUE,
    Amount,
    is_ordinal,
    parse_words,
    slash_fraction,
    split_suffix,
    word_number,
)
from tui_reader.analysis.claims.unit_phrases import glued_unit, renamed, unit_after, with_per
from tui_reader.analysis.claims.units import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_QUALIFIERS,
    DOWN_WORDS,
    PERCENT_PHRASES,
    TIME_FACTORS,
    TIME_UNITS,
    UP_WORDS,
)

# Scales newswire writes after spelled numbers too ("four mln dlrs").
NEWSWIRE_SCALES = {"mln", "bln", "mn", "bn", "trn"}
# Newswire money words no verb shares a spelling with ("76 cts", tagged as a verb at times).
NEWSWIRE_MONEY = {"dlr", "dlrs", "ct", "cts", "stg"}
# Spans of years a count of them keeps as written ("two decades").
LONG_SPANS = {"decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries"}
TIME_UNIT_SINGULAR = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


@dataclass(slots=True)
class Found:
    """An amount's tokens and what its surface already says about its unit."""

    start: int
    end: int  # exclusive; the claim's text runs over [start, end)
    num_end: int  # end of the number proper, before unit words kept in the text
    amount: Amount
    currency: str | None = None
    percent: str | None = None  # "%" or "percentage points"
    time_unit: str | None = None
    unit: str | None = None  # a unit the surface fixes ("vote" in "a 10,000-vote majority")
    # "measure" when the surface fixes it ("400m"); "elided-hyphen" for "80-strong",
    # whose unit is the noun after the hyphenated word
    kind: str | None = None
    measure: Unit | None = None  # a unit of measure read with pint ("GB", "km/h", "°C")


def low_word(tok) -> str:
    """A token in lower case without a trailing full stop ("m." ending a sentence)."""
    return tok.lower_.rstrip(".") if tok.text != "." else "."


def is_digits(tok) -> bool:
    """Digits, with a scale, unit or currency written onto them or not ("84,000", "1.5bn",
    "30g", "USD115")."""
    if not any(ch.isnumeric() for ch in tok.text) or is_ordinal(tok.text):
        return False  # most tokens hold no digit: the regular expressions below are for the rest
    return split_suffix(tok.text) is not None or glued_unit(tok) is not None or glued_sign(tok.text) is not None


def number_text(tok) -> str:
    """A token's number without a unit or currency written onto it ("20kHz" -> "20")."""
    if split_suffix(tok.text) is None:
        split = split_glued(tok.text)
        if split is not None:
            return split[0]
        money = glued_sign(tok.text)
        if money is not None:
            return money[0]
    return tok.text


def token_value(tok) -> float | None:
    """The plain value of a digits token ("1,200" -> 1200.0; "20kHz" -> 20.0)."""
    split = split_suffix(number_text(tok))
    return split[0] if split is not None else None


def _is_word_number(tok) -> bool:
    w = tok.lower_
    return word_number(w) is not None or w in SCALE_WORDS or w in DOZEN


def glued(doc, i: int) -> bool:
    """Whether token i is written against the next one, with no space ("5-7", "half-point")."""
    return i < len(doc) - 1 and not doc[i].whitespace_


def _core(doc, j: int) -> int | None:
    """The end of a number starting at token j (digits, words, scales), or None."""
    n = len(doc)
    if j >= n:
        return None
    tok = doc[j]
    w = tok.lower_
    if is_digits(tok):
        if _thousands_group(tok) or (len(tok.text) > 1 and tok.text[0] == "0" and tok.text.isdigit()):
            return None  # "000" after "10, ", "007": pieces of numbers and codes
        k = j + 1
        while tok.text.isdigit() and k + 1 < n and doc[k].text == "," and _thousands_group(doc[k + 1]):
            k += 2
        if (
            k + 1 < n
            and doc[k].text == "-"
            and glued(doc, j)
            and glued(doc, k)
            and MIXED_FRACTION_RE.match(doc[k + 1].text)
        ):
            k += 2  # "40-3/4": a newswire mixed fraction
        elif k < n and tok.text.isdigit() and slash_fraction(doc[k].text) is not None:
            k += 1  # "10 1/2 miles"
        if (plain := split_suffix(tok.text)) is not None and plain[1] is None:  # no scale, unit or sign on it
            while k < n and (
                low_word(doc[k]) in SCALE_WORDS
                or (k == j + 1 and low_word(doc[k]) in SCALES and (doc[k].text[:1].islower() or glued(doc, j)))
            ):
                k += 1
        return k
    if w in ("a", "an") and j + 1 < n and (doc[j + 1].lower_ in SCALE_WORDS or doc[j + 1].lower_ in DOZEN):
        k = j + 2
        while k < n and doc[k].lower_ in SCALE_WORDS:
            k += 1
        return k
    if w in ("a",) and j + 2 < n and doc[j + 1].lower_ in FEW and doc[j + 2].lower_ in SCALE_WORDS:
        return j + 3
    if w in FEW and w != "many" and j + 1 < n and doc[j + 1].lower_ in SCALE_WORDS:
        return j + 2
    if w in VAGUE:
        k = j + 1
        while k + 1 < n and doc[k].lower_ == "of" and (doc[k + 1].lower_ in VAGUE):
            k += 2
        return k
    if _is_word_number(tok) and w not in SCALE_WORDS:
        k = j + 1
        while k < n:
            nxt = doc[k]
            if _is_word_number(nxt):
                k += 1
            elif low_word(nxt) in NEWSWIRE_SCALES and doc[k - 1].lower_ not in SCALE_WORDS:
                k += 1  # "four mln dlrs"
                break
            elif (
                nxt.text == "-"
                and glued(doc, k - 1)
                and glued(doc, k)
                and k + 1 < n
                and word_number(doc[k + 1].lower_) is not None
            ):
                k += 2
            elif (
                nxt.lower_ == "and"
                and doc[k - 1].lower_ in SCALE_WORDS
                and k + 1 < n
                and word_number(doc[k + 1].lower_) is not None
            ):
                k += 1
            else:
                break
        return k
    return None


def _words(doc, start: int, end: int) -> list[str]:
    words: list[str] = []
    for t in doc[start:end]:
        if t.lower_ in CURRENCY_SIGNS:
            continue
        if words and words[-1] == "," and _thousands_group(t):
            words[-2:] = [words[-2] + t.text]  # "10, 000": thousands written apart
            continue
        words.append(number_text(t) if is_digits(t) else low_word(t))
    return words


def _thousands_group(tok) -> bool:
    """Three digits with a leading zero ("000", "050"): a group of thousands, never a number."""
    return len(tok.text) == 3 and tok.text.isdigit() and tok.text[0] == "0"


def match_amount(doc, i: int) -> Found | None:
    """The amount starting at token i, with its currency, percent or time unit, or None."""
    found = _match_amount(doc, i)
    # Digits run on past what a float holds (a garbled table, a line of "999,999,...")
    # give infinity: no one claims that, and every later rule would have to guard it.
    if found is None or not all(math.isfinite(v) for v in _values(found.amount)):
        return None
    return found


def _values(amount: Amount) -> list[float]:
    return [v for v in (amount.value, amount.low, amount.high) if v is not None]


def _match_amount(doc, i: int) -> Found | None:
    if doc[i].lower_ == "minus" and i + 1 < len(doc):
        return _negative(doc, i)
    n = len(doc)
    currency = None
    factor = 1.0
    j = i
    before = _sign_before(doc, i)
    if before is not None:
        (currency, factor), j = before, i + 1
    elif (timed := race_time(doc[i].text)) is not None:
        return Found(i, i + 1, i + 1, Amount(timed), time_unit="seconds")
    special = _and_a_fraction(doc, j) or _fraction(doc, j) or _proportion(doc, j)
    if special is not None:
        special.start = i
        if currency:
            special.currency = currency
        return _suffixes(doc, special)
    end = _core(doc, j)
    if end is None:
        return _one_time_unit(doc, i, j) or _repeats(doc, i, j, currency)
    words = _words(doc, j, end)
    # "one or two", "two or three": a small vague range.
    if end + 1 < n and doc[end].lower_ == "or" and word_number(doc[end + 1].lower_) is not None and not currency:
        amount = parse_words(words + ["or", doc[end + 1].lower_])
        if amount is not None:
            return _suffixes(doc, Found(i, end + 2, end + 2, amount))
    amount = parse_words(words)
    if amount is None:
        return None
    glued_money = glued_sign(doc[end - 1].text) if split_suffix(doc[end - 1].text) is None else None
    if glued_money is not None and currency is None:
        currency, factor = glued_money[1], glued_money[2]  # "USD115", "115USD", "HK$3"
    _scale(amount, factor)
    found = Found(i, end, end, amount, currency=currency)
    if not currency and is_metres(doc, j, end):
        found.amount.value /= SCALES["m"]
        found.unit, found.kind = "metres", "measure"
        found.measure = renamed(lookup("m", glued=True), "metres")
    elif not currency and (written_on := glued_unit(doc[end - 1])) is not None:
        # "30g", "20kHz", "10km" "/" "h": the unit is written onto the number.
        found.measure, found.end = with_per(doc, written_on, end)
        return _range(doc, found)
    if amount.pence:
        found.currency = "£"
    if amount.percent:
        found.percent = "%"
    found = _suffixes(doc, found)
    return _range(doc, found)


# A time a race is run in: "1:48.32", "3:45.87" (minutes, seconds and hundredths) or
# "2:04:45" (hours, minutes, seconds); a clock ("10:30") has neither.
RACE_TIME_RE = re.compile(r"^(?:(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)|(\d{1,2}):([0-5]\d\.\d{1,3}))$")


def race_time(text: str) -> float | None:
    """The seconds a race time gives ("1:48.32" -> 108.32), or None."""
    m = RACE_TIME_RE.match(text)
    if m is None:
        return None
    if m.group(1) is not None:
        return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    return int(m.group(4)) * 60 + float(m.group(5))


def _negative(doc, i: int) -> Found | None:
    """ "minus 196C", "minus 5%": the amount after "minus", below zero."""
    found = match_amount(doc, i + 1)
    if found is None or found.amount.value < 0:
        return None
    amount = found.amount
    low, high = amount.low, amount.high
    amount.value = -amount.value
    if low is not None and high is not None:
        amount.low, amount.high = -high, -low
    found.start = i
    return found


def _sign_before(doc, i: int) -> tuple[str, float] | None:
    """The currency a sign or code before a number gives ("$", "US$", "USD", "MEUR")."""
    tok = doc[i]
    text = tok.text
    if len(text) > 5 or (text.isalpha() and text.islower() and text.upper() not in MAJOR):
        return None  # an ordinary word: no sign, no code
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (
        is_digits(nxt) or _is_word_number(nxt) or nxt.lower_ in FRACTIONS or nxt.lower_ in ("a", "half")
    ):
        return None
    sign = prefix_sign(tok.text)
    if sign is None and not tok.is_stop:  # "ALL 5 solutions" is no amount of Albanian lek
        sign = code_sign(tok.text, lower_ok=is_digits(nxt))
    return sign


def _scale(amount: Amount, factor: float) -> None:
    """Multiply an amount and its bounds ("USD 5 million" read in dollars, "50 cents")."""
    if factor != 1.0:
        amount.value *= factor
        amount.low = amount.low * factor if amount.low is not None else None
        amount.high = amount.high * factor if amount.high is not None else None


def _repeats(doc, i: int, j: int, currency: str | None) -> Found | None:
    """ "twice", "thrice" as counts of times ("carried it twice") or as multiples, like
    "16 times faster" and "three times the size" ("twice as fast", "twice the size")."""
    word = doc[j].lower_
    if currency or word not in ("twice", "thrice"):
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    value = Amount(2.0 if word == "twice" else 3.0)
    compared = doc[j + 2] if j + 2 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("as", "the"):
        if nxt.lower_ == "as" and compared is not None and compared.pos_ in ("ADJ", "ADV"):
            return Found(i, j + 3, j + 1, value, unit="times")  # "twice as fast"
        if nxt.lower_ == "the" and compared is not None and compared.pos_ == "NOUN":
            return Found(i, j + 1, j + 1, value, unit="times")  # "twice the size"
        return None
    if nxt is not None and not (nxt.pos_ in ("PUNCT", "ADP", "SCONJ", "CCONJ") or nxt.lower_ in ("a", "an", "per")):
        return None
    return Found(i, j + 1, j + 1, value, unit="times")


def _one_time_unit(doc, i: int, j: int) -> Found | None:
    """ "a decade", "a century": a duration without digits; "an hour away", "a year of
    campaigning": one unit of time that measures a distance or a spell (not "a year ago",
    "£5 a year", "in a year")."""
    if j + 1 >= len(doc) or doc[j].lower_ not in ("a", "an"):
        return None
    word = doc[j + 1].lower_
    if word in ("decade", "century"):
        return Found(i, j + 2, j + 2, Amount(float(TIME_FACTORS[word])), time_unit=TIME_UNITS[word])
    if word in ("hour", "day", "week", "month", "year") and j + 2 < len(doc) and _spell_after(doc, j + 2):
        return Found(i, j + 2, j + 2, Amount(1.0), time_unit=TIME_UNITS[word])
    return None


def _spell_after(doc, k: int) -> bool:
    """Whether the words after "a year" make it a span: "away", "long", or "of" and
    what fills it ("of campaigning", "of talks")."""
    if doc[k].lower_ in ("away", "long"):
        return True
    return doc[k].lower_ == "of" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "VERB") and doc[k + 1].is_lower




def _and_a_fraction(doc, j: int) -> Found | None:
    """ "two and a half years", "one-and-a-half", "2 and a quarter million": a whole number
    and a fraction of one, then any scale."""
    n = len(doc)
    tok = doc[j]
    whole = word_number(tok.lower_) if not is_digits(tok) else token_value(tok)
    written = split_suffix(tok.text)
    if whole is None or (written is not None and written[1]):
        return None  # "5m and a half" is no mixed number
    k = j + 1
    words: list[str] = []
    while k < n and len(words) < 3:
        if doc[k].text == "-" and glued(doc, k - 1):
            k += 1
            continue
        words.append(doc[k].lower_)
        k += 1
    if words[:2] != ["and", "a"] or len(words) < 3 or words[2] not in FRACTIONS or words[2].endswith("s"):
        return None
    end = k
    value = whole + FRACTIONS[words[2]]
    while end < n and doc[end].lower_ in SCALE_WORDS:
        value *= SCALES[doc[end].lower_]
        end += 1
    return Found(j, end, end, Amount(value))


def _fraction(doc, j: int) -> Found | None:
    """ "half a million", "a third of", "two-thirds", "three quarters", "half-point"."""
    n = len(doc)
    if j >= n:
        return None
    k = j
    lead = 1.0
    w = doc[j].lower_
    if w in ("a", "an", "one") and j + 1 < n and doc[j + 1].lower_ in FRACTIONS:
        k = j + 1
    elif (
        (whole := word_number(w)) is not None
        and j + 2 < n
        and doc[j + 1].text == "-"
        and doc[j + 2].lower_ in FRACTIONS
    ):
        lead, k = whole, j + 2
    elif whole is not None and j + 1 < n and doc[j + 1].lower_ in FRACTIONS and doc[j + 1].lower_.endswith("s"):
        lead, k = whole, j + 1
    elif not (w == "half" or (w == "quarter" and j + 1 < n and doc[j + 1].lower_ in SCALE_WORDS)):
        return None  # "half", and "quarter million", stand alone; "a quarter" needs its article
    frac = FRACTIONS[doc[k].lower_] * lead
    after = k + 1
    hyphened = after + 1 < n and doc[after].text == "-" and glued(doc, k)
    if hyphened and doc[after + 1].lower_ in MANY_IN_ONE:
        return _part_of_many(j, after + 2, frac, doc[after + 1].lower_)
    if hyphened and is_unit_word(doc[after + 1].lower_):
        # "half-point", "half-hour": a fraction of one unit ("half-time" is no amount).
        found = Found(j, after + 2, after + 2, Amount(frac))
        found.unit = doc[after + 1].text
        return found
    if (
        w == "half"
        and j > 0
        and (
            doc[j - 1].lower_ in ("the", "first", "second", "this", "that", "last", "next")
            or doc[j - 1].tag_ in ("PRP$", "POS")
        )
    ):
        return None  # "the first half", "its half": a part, not an amount
    if after < n and doc[after].lower_ in SCALE_WORDS:
        # "half million", "three quarters billion": a fraction of a scale.
        end = after
        while end < n and doc[end].lower_ in SCALE_WORDS:
            end += 1
        return Found(j, end, end, Amount(frac * _scale_value(doc, after, end)))
    unit = lookup(doc[after].text) if after < n and doc[after].is_alpha and not doc[after].is_stop else None
    if unit is not None:
        # "a half turn", "a quarter mile": a fraction of one unit.
        return Found(j, after + 1, after + 1, Amount(frac), measure=unit)
    of = after < n and doc[after].lower_ == "of"
    at = after + 1 if of else after
    if at + 1 < n and doc[at].lower_ in ("a", "an"):
        # "half a trillion", "half an hour", "a quarter of a point": a fraction of one thing.
        if doc[at + 1].lower_ in MANY_IN_ONE:
            return _part_of_many(j, at + 2, frac, doc[at + 1].lower_)  # "half a dozen", "half a century"
        scaled_end = _core(doc, at)
        if scaled_end is not None and scaled_end > at + 1:
            return Found(j, scaled_end, scaled_end, Amount(frac * _scale_value(doc, at + 1, scaled_end)))
        points = phrase_at(doc, at + 1, PERCENT_PHRASES)
        if points is not None and points[0] == "percentage":
            # "a quarter of a percentage point": the fraction of a point is the amount
            return Found(j, at + 3, at + 3, Amount(frac), percent="percentage points")
        if doc[at + 1].pos_ == "NOUN":
            found = Found(j, at + 2, at + 2, Amount(frac))
            found.unit = doc[at + 1].text
            return found
        if not of:
            return None
    if of:
        # "a third of voters": a share of a group.
        return Found(j, k + 1, k + 1, Amount(frac * 100), percent="%")
    by = j > 0 and doc[j - 1].lower_ == "by"  # "cut by a third", "fell by half": a share of what changed
    if lead != 1.0 or w in ("a", "an", "one") or (by and w == "half"):
        # "two-thirds" standing alone, "a third" with no "of": an ordinal ("a third term").
        return None if w in ("a", "an") and not by else Found(j, k + 1, k + 1, Amount(frac * 100), percent="%")
    return None


# Words that are many of one thing: a fraction of them is a count or a duration, not a
# fraction of a unit ("a half-dozen seats" is six seats, "a half-century" fifty years).
MANY_IN_ONE = {"dozen", "decade", "century"}


def _part_of_many(j: int, end: int, frac: float, word: str) -> Found:
    if word == "dozen":
        return Found(j, end, end, Amount(frac * 12))
    return Found(j, end, end, Amount(frac * TIME_FACTORS[word]), time_unit=TIME_UNITS[word])


def is_unit_word(word: str) -> bool:
    """A word naming a unit of measure, time or rate ("point", "hour", "mile")."""
    return lookup(word) is not None or word in TIME_UNIT_SINGULAR or word in ("point", "percentage")


def _scale_value(doc, start: int, end: int) -> float:
    """The value of scale words alone ("trillion" -> 1e12; "million dollars" stops at the scale)."""
    value = 1.0
    for t in doc[start:end]:
        value *= SCALES.get(t.lower_, 1.0)
    return value


def _share_whole(part: float, whole: float, link: str) -> bool:
    """Whether "N of M" or "N out of M" gives a share: of a small whole or a hundred
    ("three of four voters", "nine of 10", "99 out of 100"); "two out of 16 dancers" and
    "one of two finalists" count them."""
    return (whole <= 10 or whole == 100) and (part >= 2 or link == "out")


def _proportion(doc, j: int) -> Found | None:
    """ "one in four", "one in every five", "two out of 10", "nine of 10": a share, read
    as a percentage; "of" and "out of" only of a small whole or a hundred."""
    n = len(doc)
    if j + 2 >= n:
        return None
    link = doc[j + 1].lower_
    k = j + 2
    if link == "out" and doc[j + 2].lower_ == "of" and j + 3 < n:
        k = j + 3
    elif link != "in" and link != "of":
        return None
    a = word_number(doc[j].lower_) if not is_digits(doc[j]) else token_value(doc[j])
    if doc[k].lower_ == "every" and k + 1 < n:
        k += 1
    b = word_number(doc[k].lower_) if not is_digits(doc[k]) else token_value(doc[k])
    if a is None or not b or a >= b:
        return None
    if link != "in" and not (k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ") and _share_whole(a, b, link)):
        return None
    # "$45bn in 2004", "5m in 2010": an amount in a year, no share.
    scaled = any((split_suffix(t.text) or (0.0, None))[1] is not None for t in (doc[j], doc[k]))
    if scaled or year_like(doc[k]) or (j > 0 and doc[j - 1].lower_ in CURRENCY_SIGNS):
        return None
    return Found(j, k + 1, k + 1, Amount(100 * a / b), percent="%")


def phrase_at(doc, k: int, phrases) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (tuples of lower-case words) starting at token k."""
    best = None
    for p in phrases:
        if k + len(p) <= len(doc) and all(doc[k + m].lower_ == p[m] for m in range(len(p))):
            if best is None or len(p) > len(best):
                best = p
    return best


def _suffixes(doc, found: Found) -> Found:
    """Extend an amount over the percent, currency or time-unit words that follow it."""
    n = len(doc)
    k = found.end
    if found.percent is None and found.currency is None:
        p = phrase_at(doc, k, PERCENT_PHRASES)
        if p is not None:
            found.percent = "percentage points" if p[0] == "percentage" or p[0] == "basis" else "%"
            if p[0] == "basis":
                found.amount.value /= 100
            found.end = k + len(p)
            return found
        # "billions of dollars", "half a trillion dollars", "830bn rupees"
        c = k
        if c + 1 < n and doc[c].lower_ == "of" and found.amount.approx:
            c += 1
        c, qualifier = _dollar_qualifier(doc, c)
        after = _sign_after(doc, c) if c == k else None
        if after is not None:
            found.currency = after[0]
            _scale(found.amount, after[1])
            found.end = c + 1
            return _subunits(doc, _scaled_after(doc, found))
        if c == k and c < n and doc[c].lower_ in ("pound", "pounds") and _pounds_of_weight(doc, found, c):
            found.measure, found.end = lookup(doc[c].text), c + 1  # "500 pounds of explosives"
            return found
        if c < n and doc[c].lower_ in CURRENCY_WORDS and (doc[c].pos_ != "VERB" or doc[c].lower_ in NEWSWIRE_MONEY):
            sign, factor = CURRENCY_WORDS[doc[c].lower_]
            sign = qualifier or sign
            if doc[c].lower_ != "won" or c == k:
                found.currency = sign
                _scale(found.amount, factor)
                found.end = c + 1
                return _subunits(doc, found) if factor == 1.0 else found
    if found.currency or found.percent:
        return found
    parts = phrase_at(doc, k, PARTS_PER)
    if parts is not None:
        found.unit, found.kind, found.end = PARTS_PER[parts], "measure", k + len(parts)  # "421 parts per million"
        return found
    if k < n and doc[k].lower_ not in TIME_UNITS and found.kind != "measure":
        measure = unit_after(doc, k, glued(doc, k - 1))
        if measure is not None:
            found.measure, found.end = measure
            return found
    if k < n and doc[k].lower_ in TIME_UNITS:
        word = doc[k].lower_
        if word in LONG_SPANS:
            found.time_unit = LONG_SPANS[word]  # "two decades" stays two decades; "a decade" is 10 years
        else:
            found.time_unit = TIME_UNITS[word]
            found.amount.value *= TIME_FACTORS.get(word, 1)
        found.end = k + 1
        if k + 1 < n and doc[k + 1].lower_ == "ago":
            found.end = k + 2
        return found
    if k + 1 < n and doc[k].text in ("-", "\u2013") and glued(doc, k - 1) and glued(doc, k) and doc[k + 1].is_alpha:
        word = doc[k + 1].lower_
        if word in TIME_UNIT_SINGULAR:
            found.time_unit = TIME_UNITS[word]
            found.amount.value *= TIME_FACTORS.get(word, 1)
            found.end = k + 2
            if k + 3 < n and doc[k + 2].text == "-" and doc[k + 3].lower_ == "old":
                found.end = k + 4
            return found
        if word in CURRENCY_WORDS and word != "won":
            # "a 4bn-euro hole"
            sign, factor = CURRENCY_WORDS[word]
            found.currency = sign
            found.amount.value *= factor
            found.end = k + 2
            return found
        if word in ("strong", "odd", "plus"):
            found.kind = "elided-hyphen"
            if word == "plus":
                found.amount.approx = True
            return found
        if word in ("pct", "percent"):
            found.percent, found.end = "%", k + 2  # "a 4.8-pct rise"
            return found
        hyphened = lookup(doc[k + 1].text)
        if hyphened is not None:
            found.measure, found.end = hyphened, k + 2  # "a 68-ounce can", "a six-mile trip"
            return found
        if doc[k + 1].pos_ in ("NOUN", "ADJ", "VERB") and doc[k + 1].text[:1].islower() and word not in ("to",):
            # "a 600-member team", "a 10,000-vote majority": the hyphenated word is what is
            # counted; the noun after it ("team") is what the figure is about.
            found.unit = word
    return found


# Concentrations, written out or as symbols (pint reads "ppm" as a bare ratio).
PARTS_PER = {
    ("parts", "per", "million"): "ppm", ("ppm",): "ppm", ("parts", "per", "billion"): "ppb", ("ppb",): "ppb",
}
# Nouns that pounds of money buy or owe ("millions of pounds of taxpayers' money").
MONEY_NOUNS = {
    "money", "cash", "funding", "funds", "investment", "investments", "debt", "debts", "savings", "taxpayer",
    "taxpayers", "spending", "cuts", "revenue", "sales", "profit", "profits", "losses", "damage", "business",
    "contracts", "aid", "assets", "tax", "taxes", "fees", "income", "subsidies", "bonuses", "compensation",
    "donations", "loans", "credit", "orders", "deals", "goods", "exports", "imports", "stock", "shares",
    "public", "lottery", "grants", "wages", "bills", "fines", "property", "government",
}
# Verbs that weigh what they count in pounds ("weighs 200 pounds", "lost 30 pounds").
WEIGHT_VERBS = {"weigh", "lose", "gain", "shed", "lift"}


def _pounds_of_weight(doc, found: Found, c: int) -> bool:
    """Whether "pounds" after a number weighs rather than pays: "pounds of" a thing that is
    not money ("7.5 million pounds of thrust"), or what is weighed, lost or gained when the
    number is a body's ("weighs 200 pounds", "lost 30 pounds")."""
    k = c + 1
    if k < len(doc) and doc[k].lower_ == "of":
        nouns = []
        for t in doc[k + 1:k + 6]:
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PART") and t.tag_ != "POS":
                break
            if t.pos_ == "NOUN":
                nouns.append(t.lower_)
        return bool(nouns) and not any(w in MONEY_NOUNS for w in nouns)  # "pounds of sponsorship money" pays
    verb = doc[c].head if doc[c].dep_ in ("dobj", "npadvmod", "attr") else None
    small = found.amount.value < 1000 and not any(low_word(t) in SCALES for t in doc[found.start:found.end])
    return verb is not None and verb.lemma_ in WEIGHT_VERBS and small


def _sign_after(doc, c: int) -> tuple[str, float] | None:
    """A code or sign right after a number ("20 USD", "120 MEUR", "10 $", "100,000 ₭"); a
    sign that starts the next amount ("10 $ 30" where 30 has none after it) is not."""
    n = len(doc)
    if c >= n:
        return None
    tok = doc[c]
    if is_sign(tok.text) or tok.lower_ in CURRENCY_SIGNS:
        nxt = c + 1
        if nxt < n and is_digits(doc[nxt]) and not (nxt + 1 < n and is_sign(doc[nxt + 1].text)):
            return None
        return prefix_sign(tok.text)
    if tok.is_stop:
        return None
    nxt_tok = doc[c + 1] if c + 1 < n else None
    lower_ok = nxt_tok is None or nxt_tok.is_punct or is_digits(nxt_tok) or nxt_tok.lower_ in SCALE_WORDS
    return code_sign(tok.text, lower_ok=lower_ok)


def _scaled_after(doc, found: Found) -> Found:
    """ "75 USD million": a scale word after the code still scales the amount."""
    k = found.end
    while k < len(doc) and doc[k].lower_ in SCALE_WORDS:
        _scale(found.amount, SCALES[doc[k].lower_])
        k += 1
    found.end = k
    return found


def _subunits(doc, found: Found) -> Found:
    """ "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25": the
    hundredths that follow the whole units belong to the same amount."""
    n = len(doc)
    k = found.end
    if found.amount.low is not None or found.currency is None:
        return found
    if any(low_word(t) in SCALES for t in doc[found.start : found.num_end]):
        return found  # "200 mln francs": no cents on millions
    if k < n and doc[k].lower_ == "and":
        k += 1
    end = _core(doc, k)
    if end is None or end == k:
        return found
    cents = parse_words(_words(doc, k, end))
    if cents is None or cents.percent or not (0 < cents.value < 100) or cents.value != int(cents.value):
        return found
    stop = end
    if stop < n and doc[stop].lower_ in ("cents", "cent", "pence", "p", "c", "ct", "cts"):
        stop += 1
    elif stop < n and (not doc[stop].is_punct or doc[stop].text in ("-", "/", "\u2013")):
        return found  # "15 dollars 20 times", "a 10-year bond": another amount follows
    found.amount.value += cents.value / 100
    found.end = stop
    return found


def _dollar_qualifier(doc, c: int) -> tuple[int, str | None]:
    """Whose dollar a currency word at token c names ("Canadian dlrs", "Hong Kong dollars"):
    the token of the currency word and the sign, or (c, None) when there is no qualifier."""
    n = len(doc)
    q = c + 1 if c + 1 < n and doc[c].lower_ in ("new", "hong") else c
    if q + 1 < n and doc[q].lower_ in DOLLAR_QUALIFIERS and CURRENCY_WORDS.get(doc[q + 1].lower_, ("",))[0] == "$":
        return q + 1, DOLLAR_QUALIFIERS[doc[q].lower_]
    return c, None


def _range(doc, found: Found) -> Found:
    """Join "5-7%", "10 to 20", "between 10 and 20" into one amount with low and high."""
    n = len(doc)
    k = found.end
    if k + 1 >= n or found.amount.low is not None or found.amount.fraction:
        return found
    sep = doc[k]
    before = doc[found.start - 1].lower_ if found.start > 0 else ""
    changes = False
    if sep.text[:1] in ("-", "\u2013") and len(sep.text) > 1 and is_digits(sep) and doc[k - 1].whitespace_:
        return _signed_end(doc, found, k)
    if sep.text in ("-", "\u2013") and glued(doc, k - 1) and glued(doc, k):
        pass
    elif sep.lower_ == "to" and before != "from":
        changes = after_a_change(doc, found.start)
        if changes and (found.currency or found.percent or found.measure):
            return found  # "rose 164p to 2,345p", "by a record 2.8 mln tonnes to 71.8 mln": a change, then the level
    elif sep.lower_ == "and" and before == "between":
        pass
    else:
        return found
    j = k + 1
    currency = None
    if doc[j].lower_ in CURRENCY_SIGNS:
        currency = CURRENCY_SIGNS[doc[j].lower_]
        j += 1
    end = _core(doc, j)
    if end is None:
        return found
    second = parse_words(_words(doc, j, end))
    if second is None or (currency and found.currency and currency != found.currency):
        return found
    written = second.value
    other = _suffixes(doc, Found(k + 1, end, end, second, currency=currency or found.currency))
    if not _compatible(found, other):
        return found
    if other.currency and not found.currency and written:
        _scale(found.amount, other.amount.value / written)  # "5 to 8 pence": both ends in pence
    low, high = found.amount.value, other.amount.value
    if low > high and not (found.currency or found.percent or other.percent or other.currency):
        return found  # "272-219": a score, two numbers
    if low > high and sep.lower_ == "to" and (found.percent or found.currency):
        return found  # "ahead 48% to 41%": two shares side by side, each with its sign
    if year_like(doc[found.start]) and sep.text in ("-", "\u2013"):
        return found
    scale = 1.0
    if other.amount.value > 0 and found.amount.value < other.amount.value and found.num_end == found.end:
        for t in doc[j:end]:
            scale *= SCALES.get(low_word(t), 1.0) if low_word(t) in SCALE_WORDS or t.i > j else 1.0
        split = split_suffix(doc[end - 1].text)
        if split is not None and split[1] in SCALES:
            scale = SCALES[split[1]]
        if found.amount.value * scale <= other.amount.value:
            low = found.amount.value * scale
    if changes and not (0 < low < high <= 5 * low):
        return found  # "rose 32,000 to 1.41 million", "fell 500 to 300": a change, then the level
    found.amount = Amount(
        low,
        low=min(low, high),
        high=max(low, high),
        approx=found.amount.approx or other.amount.approx,
        percent=found.amount.percent or other.amount.percent,
    )
    found.currency = found.currency or other.currency
    found.percent = found.percent or other.percent
    found.time_unit = found.time_unit or other.time_unit
    found.measure = found.measure or other.measure
    found.end = other.end
    if other.time_unit:
        found.num_end = other.num_end
    return found


def after_a_change(doc, start: int) -> bool:
    """Whether a word of change comes right before token ``start`` ("rose by 3,000", "fell 45")."""
    return any(t.lemma_ in UP_WORDS or t.lemma_ in DOWN_WORDS or t.lower_ == "by" for t in doc[max(0, start - 3):start])


def _signed_end(doc, found: Found, k: int) -> Found:
    """ "75 -300mm": the dash written onto the second number joins a range; no minus."""
    other = match_amount(doc, k)
    if other is None or other.amount.value >= 0 or other.amount.low is not None:
        return found
    other.amount.value = -other.amount.value
    if not _compatible(found, other) or found.amount.value >= other.amount.value:
        return found
    low, high = found.amount.value, other.amount.value
    found.amount = Amount(low, low=low, high=high, approx=found.amount.approx)
    found.currency = found.currency or other.currency
    found.percent = found.percent or other.percent
    found.measure = found.measure or other.measure
    found.end = other.end
    return found


def _compatible(first: Found, second: Found) -> bool:
    """Whether two amounts can be the ends of one range: the same kind of quantity.

    The first end may leave its sign to the second ("5-7%", "10 to 20 dollars").
    """
    if first.measure and second.measure and first.measure.family != second.measure.family:
        return False
    if first.percent and second.percent != first.percent:
        return False
    if first.currency and second.currency != first.currency:
        return False
    if (first.percent and second.currency) or (first.currency and second.percent):
        return False
    return not (first.time_unit and second.time_unit and first.time_unit != second.time_unit)


def year_like(tok) -> bool:
    """A four-digit token that reads as a calendar year."""
    t = tok.text
    return len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100
