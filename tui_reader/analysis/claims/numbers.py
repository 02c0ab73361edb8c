"""Reading the surface forms of English numbers into values.

Pure Python (no spaCy), so the claim rules and the tests share one small lexicon:
digits with thousands separators and decimals, spelled numbers ("eighty-four
thousand"), scale words and suffixes ("1.5bn", "3 trillion"), fractions ("half",
"a third", "two-thirds") and vague amounts ("tens of thousands"), which read as
their lower bound.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Scale words multiply what precedes them; the short forms are newspaper style ("£1.5bn").
SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian English
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
# Words that are never anything but a scale (the single letters are, only after digits).
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"}
DOZEN = {"dozen": 12}
# Plural amounts with no number of their own ("thousands of workers"): their lower bound.
VAGUE = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}
# Quantifiers that stand for a small unknown count before a scale ("several thousand").
FEW = {"few": 2, "several": 3, "many": 2}
FRACTIONS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10,
}

# Thousands separated in threes, or Indian style in twos before the last three ("12,34,567").
DIGITS_RE = re.compile(r"^[-\u2212]?(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(\.\d+)?$")
# A number with a glued suffix as news copy writes it: "168m", "1.5bn", "50p", "5%".
SUFFIXED_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(k|m|mn|bn|tn|trn|p|%)$", re.I)
ORDINAL_RE = re.compile(r"^\d+(st|nd|rd|th)$", re.I)


def is_ordinal(text: str) -> bool:
    """Digits with the suffix of their ordinal ("1st", "22nd", "13th"); "16st" is 16 stone."""
    m = ORDINAL_RE.match(text)
    if m is None:
        return False
    n = int(text[: -len(m.group(1))])
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return m.group(1).lower() == suffix


@dataclass(slots=True)
class Amount:
    """A parsed amount: ``value`` (the lower bound when vague or a range), bounds and flags.

    ``pence`` is set for a glued "p" ("50p", value already in pounds); ``fraction`` for
    a bare fraction ("a third"), whose value is the fraction itself.
    """

    value: float
    low: float | None = None
    high: float | None = None
    approx: bool = False
    percent: bool = False
    pence: bool = False
    fraction: bool = False


# Denominators of the fractions news writes with a slash ("1/4 mile", "7 3/4%"); others
# ("9/11", "24/7", "3/10") are names, dates or ratings.
SLASH_DENOMINATORS = {2, 3, 4, 8, 16, 32, 64}


def _vulgar(char: str) -> float | None:
    """The value of a vulgar fraction character ("½" -> 0.5), or None."""
    if unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, None)
    return value if value is not None and 0 < value < 1 else None


def slash_fraction(text: str) -> float | None:
    """A proper fraction written with a slash ("3/4" -> 0.75), or None."""
    m = MIXED_FRACTION_RE.match(text)
    if not m:
        return None
    num, den = int(m.group(1)), int(m.group(2))
    return num / den if 0 < num < den and den in SLASH_DENOMINATORS else None


def digits_value(text: str) -> float | None:
    """The value of a digit string with optional separators and decimals ("84,000", "1.2871"),
    or a fraction written with a slash ("1/4")."""
    text = text.strip()
    fraction = slash_fraction(text)
    if fraction is not None:
        return fraction
    vulgar = _vulgar(text[-1]) if text else None
    if vulgar is not None and (len(text) == 1 or text[:-1].isdigit()):
        return float(text[:-1] or 0) + vulgar  # "½", "1¾"
    if text.startswith(".") and text[1:].isdigit():
        return float(text)
    m = DIGITS_RE.match(text)
    if not m:
        return None
    return float(text.replace(",", "").replace("\u2212", "-"))


def split_suffix(text: str) -> tuple[float, str | None] | None:
    """A digit string with an optional glued suffix: ("168m") -> (168.0, "m")."""
    plain = digits_value(text)
    if plain is not None:
        return plain, None
    m = SUFFIXED_RE.match(text.strip())
    if not m:
        return None
    return float(m.group(1).replace(",", "")), m.group(2).lower()


def word_number(word: str) -> float | None:
    """A single spelled cardinal, hyphenated tens included ("eighty-four")."""
    w = word.lower()
    if w in ONES:
        return float(ONES[w])
    if w in TENS:
        return float(TENS[w])
    if "-" in w:
        tens, _, ones = w.partition("-")
        if tens in TENS and ones in ONES and 0 < ONES[ones] < 10:
            return float(TENS[tens] + ONES[ones])
    return None


def is_number_word(word: str) -> bool:
    """Whether ``word`` can be part of a spelled number (cardinals and scale words)."""
    w = word.lower()
    return word_number(w) is not None or w in SCALE_WORDS or w in DOZEN


def fraction_value(word: str) -> float | None:
    """A fraction word, hyphenated numerator included ("two-thirds" -> 2/3, "half" -> 1/2)."""
    w = word.lower()
    if w in FRACTIONS:
        return FRACTIONS[w]
    if "-" in w:
        num, _, den = w.partition("-")
        n = word_number(num)
        if n is not None and den in FRACTIONS:
            return n * FRACTIONS[den]
    return None


WORD_RE = re.compile(r"\d[\d,]*(?:\.\d+)?[a-z%]*|\.\d+[a-z%]*|[a-z]+(?:-[a-z]+)*|%|[-\u2013]", re.I)


def words_of(text: str) -> list[str]:
    """The words of an amount's surface text, lower case, currency signs dropped.

    A glued percent sign becomes a word of its own ("5%" -> "5", "%") so that ranges
    ("5%-7%") read like "5-7%".
    """
    words: list[str] = []
    for w in WORD_RE.findall(text):
        w = w.lower()
        if len(w) > 1 and w.endswith("%"):
            words += [w[:-1], "%"]
        else:
            words.append(w)
    return words


def parse_words(words: list[str]) -> Amount | None:
    """The amount spelled by ``words`` (lower case); None when they are not one amount.

    Handles digits and scales ("1.5", "bn"), spelled numbers ("two hundred and fifty"),
    vague amounts ("tens of thousands", "thousands"), fractions ("half a million",
    "a third", "two-thirds", "one in four"), percent and pence suffixes, and ranges
    ("5-7%", "between 10 and 20", "10 to 20").
    """
    words = _join_hyphens([w for w in words if w])
    if not words:
        return None
    percent = False
    if words[-1] == "%":
        percent, words = True, words[:-1]
    elif words[-2:] in (["per", "cent"],):
        percent, words = True, words[:-2]
    elif words[-1] in ("percent", "pc", "pct"):
        percent, words = True, words[:-1]
    if words and words[0] == "between" and "and" in words:
        cut = words.index("and")
        return _range(words[1:cut], words[cut + 1:], percent)
    for sep in ("-", "\u2013", "to"):
        if sep in words[1:-1]:
            cut = words.index(sep, 1)
            return _range(words[:cut], words[cut + 1:], percent)
    amount = _single(words)
    if amount is not None and percent:
        amount.percent = True
    return amount


MIXED_FRACTION_RE = re.compile(r"^(\d+)/(\d+)$")


def _join_hyphens(words: list[str]) -> list[str]:
    """Rejoin spelled numbers a tokenizer split at the hyphen ("twenty", "-", "six"), and
    newswire mixed fractions ("40", "-", "3/4" -> "40.75")."""
    out: list[str] = []
    for w in words:
        mixed = MIXED_FRACTION_RE.match(w)
        if (
            mixed
            and len(out) >= 2
            and out[-1] == "-"
            and out[-2].isdigit()
            and int(mixed.group(2)) > int(mixed.group(1))
        ):
            out[-2:] = [repr(int(out[-2]) + int(mixed.group(1)) / int(mixed.group(2)))]
        elif mixed and out and out[-1].isdigit() and (part := slash_fraction(w)) is not None:
            out[-1] = repr(int(out[-1]) + part)  # "10 1/2"
        elif (
            len(out) >= 2
            and out[-1] == "-"
            and (word_number(out[-2] + "-" + w) is not None or fraction_value(out[-2] + "-" + w) is not None)
        ):
            out[-2:] = [out[-2] + "-" + w]
        else:
            out.append(w)
    return out


def _range(left: list[str], right: list[str], percent: bool) -> Amount | None:
    if left and left[-1] == "%":
        left = left[:-1]
    a, b = _single(left), _single(right)
    if a is None or b is None:
        return None
    # "5-7bn": the scale written once applies to both ends.
    scale = _scale_of(right)
    if scale > 1 and _scale_of(left) == 1 and a.value * scale <= b.value:
        a.value *= scale
    return Amount(a.value, low=min(a.value, b.value), high=max(a.value, b.value),
                  approx=a.approx or b.approx, percent=percent, pence=b.pence)


def _scale_of(words: list[str]) -> float:
    """The scale that ends a number's words ("bn" in "7bn", "million"), else 1."""
    if not words:
        return 1.0
    last = words[-1]
    if last in SCALE_WORDS:
        return SCALES[last]
    split = split_suffix(last)
    if split is not None and split[1] in SCALES:
        return SCALES[split[1]]
    return 1.0


def parse_amount(text: str) -> Amount | None:
    """The amount spelled by a surface text ("£1.5bn", "tens of thousands", "70 per cent")."""
    return parse_words(words_of(text))


def _single(words: list[str]) -> Amount | None:
    """One amount, no range."""
    if not words:
        return None
    # "one in four": a proportion.
    if len(words) == 3 and words[1] == "in":
        a, b = _plain(words[:1]), _plain(words[2:])
        if a is not None and b:
            return Amount(a / b, fraction=True)
    # "one or two": a small vague range.
    if len(words) == 3 and words[1] == "or":
        a, b = _plain(words[:1]), _plain(words[2:])
        if a is not None and b is not None:
            return Amount(a, low=min(a, b), high=max(a, b), approx=True)
    head = words[0]
    # Fractions: "half", "a third", "two-thirds", "three quarters", "half a million".
    lead = 1.0
    rest = words
    if head in ("a", "an", "one") and len(words) > 1 and words[1] in FRACTIONS:
        rest = words[1:]
    elif (
        (whole := word_number(head)) is not None and len(words) > 1 and words[1] in FRACTIONS and words[1].endswith("s")
    ):
        lead, rest = whole, words[1:]
    frac = fraction_value(rest[0])
    if frac is not None:
        tail = rest[1:]
        if tail and tail[0] == "of":
            tail = tail[1:]
        whole = _plain(tail) if tail else None
        if tail and whole is None:
            # "a quarter of a point": a fraction of one unit of something.
            if len(tail) == 2 and tail[0] in ("a", "an") and _plain(tail[1:]) is None:
                return Amount(lead * frac)
            return None
        if whole is None:
            return Amount(lead * frac, fraction=True)
        return Amount(lead * frac * whole)
    # Vague: "tens of thousands", "hundreds of millions", "thousands", "dozens".
    if head in VAGUE:
        value = float(VAGUE[head])
        for w in words[1:]:
            if w == "of":
                continue
            if w in VAGUE:
                value *= VAGUE[w]
            elif w in SCALES and w in SCALE_WORDS:
                value *= SCALES[w]
            else:
                return None
        return Amount(value, low=value, approx=True)
    # "several thousand", "a few hundred".
    few = [w for w in words if w != "a"]
    if few and few[0] in FEW and len(few) > 1 and all(w in SCALE_WORDS for w in few[1:]):
        value = float(FEW[few[0]])
        for w in few[1:]:
            value *= SCALES[w]
        return Amount(value, low=value, approx=True)
    pence = False
    if len(words) == 1:
        split = split_suffix(words[0])
        if split is not None and split[1] == "p":
            return Amount(split[0] / 100, pence=True)
        if split is not None and split[1] == "%":
            return Amount(split[0], percent=True)
    plain = _plain(words)
    if plain is None:
        return None
    return Amount(plain, pence=pence)


def _plain(words: list[str]) -> float | None:
    """A precise cardinal: digits with scales, or spelled words, or both ("1.5 million")."""
    if not words:
        return None
    total = 0.0
    current: float | None = None
    seen = False
    for i, w in enumerate(words):
        split = split_suffix(w)
        if split is not None:
            if seen and current is not None:
                return None  # two numbers side by side are not one amount
            value, suffix = split
            if suffix in ("p", "%"):
                return None
            current = value * (SCALES[suffix] if suffix else 1)
            seen = True
            continue
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current = 1.0
            seen = True
            continue
        if w == "and" and seen and i + 1 < len(words) and words[i - 1] in SCALE_WORDS:
            continue  # "two hundred and fifty"
        n = word_number(w)
        if n is not None:
            if current is None:
                current = n
            elif current >= 100 and current % 100 == 0 and n < 100:
                current += n  # "two hundred and fifty"
            elif 20 <= current < 100 and current % 10 == 0 and n < 10:
                current += n  # "twenty five"
            else:
                return None
            seen = True
            continue
        if w in DOZEN:
            current = (current or 1) * DOZEN[w]
            seen = True
            continue
        if w in SCALES and seen and (w in SCALE_WORDS or len(w) > 1 or split_suffix(words[i - 1]) is not None):
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = None
            continue
        return None
    if not seen:
        return None
    return total + (current or 0)
