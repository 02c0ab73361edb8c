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

from dataclasses import dataclass

from tui_reader.analysis.model import Claim
from tui_reader.analysis.numbers import (
    DOZEN,
    FEW,
    FRACTIONS,
    ORDINAL_RE,
    SCALE_WORDS,
    SCALES,
    VAGUE,
    Amount,
    parse_words,
    split_suffix,
    word_number,
)
from tui_reader.analysis.units import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DATE_PREPOSITIONS,
    DOWN_WORDS,
    HEDGES_AFTER,
    HEDGES_BEFORE,
    MEASURE_UNITS,
    MONTHS,
    PERCENT_PHRASES,
    TIME_FACTORS,
    TIME_OF_DAY,
    TIME_UNITS,
    UP_WORDS,
    WEEKDAYS,
)

# Entity labels whose numbers belong to a name ("Radio 4", "Section 5 of the Act").
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PERSON", "GPE"}
# Dependency relations of a number that modifies a noun.
MODIFIER_DEPS = {"nummod", "quantmod", "compound", "nmod", "amod", "npadvmod", "advmod", "det"}
TIME_UNIT_SINGULAR = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
RATE_WORDS = {"rate", "rates", "interest", "inflation", "yield", "yields", "index", "%"}


@dataclass(slots=True)
class _Found:
    """An amount's tokens and what its surface already says about its unit."""

    start: int
    end: int  # exclusive; the claim's text runs over [start, end)
    num_end: int  # end of the number proper, before unit words kept in the text
    amount: Amount
    currency: str | None = None
    percent: str | None = None  # "%" or "percentage points"
    time_unit: str | None = None
    unit: str | None = None  # a unit the surface fixes ("vote majority" in "10,000-vote majority")
    # "measure" when the surface fixes it ("400m"); "elided-hyphen" for "80-strong",
    # whose unit is the noun after the hyphenated word
    kind: str | None = None


def find_claims(doc) -> list[Claim]:
    """The numeric claims of a parsed document, in text order (speaker left None)."""
    claims: list[Claim] = []
    found_tokens: list[tuple[_Found, Claim]] = []
    i = 0
    n = len(doc)
    while i < n:
        found = _match(doc, i)
        if found is None:
            i += 1
            continue
        claim = _claim(doc, found, found_tokens)
        if claim is not None:
            claims.append(claim)
            found_tokens.append((found, claim))
        i = max(found.end, i + 1)
    _link_changes(doc, found_tokens)
    return claims


# ---------------------------------------------------------------- surface matching

def _low(tok) -> str:
    """A token in lower case without a trailing full stop ("m." ending a sentence)."""
    return tok.lower_.rstrip(".") if tok.text != "." else "."


def _is_digits(tok) -> bool:
    return split_suffix(tok.text) is not None and not ORDINAL_RE.match(tok.text)


def _is_word_number(tok) -> bool:
    w = tok.lower_
    return word_number(w) is not None or w in SCALE_WORDS or w in DOZEN


def _glued(doc, i: int) -> bool:
    """Whether token i is written against the next one, with no space ("5-7", "half-point")."""
    return i < len(doc) - 1 and not doc[i].whitespace_


def _core(doc, j: int) -> int | None:
    """The end of a number starting at token j (digits, words, scales), or None."""
    n = len(doc)
    if j >= n:
        return None
    tok = doc[j]
    w = tok.lower_
    if _is_digits(tok):
        k = j + 1
        if split_suffix(tok.text)[1] is None:
            while k < n and (_low(doc[k]) in SCALE_WORDS or (k == j + 1 and _low(doc[k]) in SCALES and doc[k].text[:1].islower())):
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
            elif nxt.text == "-" and _glued(doc, k - 1) and _glued(doc, k) and k + 1 < n and word_number(doc[k + 1].lower_) is not None:
                k += 2
            elif nxt.lower_ == "and" and doc[k - 1].lower_ in SCALE_WORDS and k + 1 < n and word_number(doc[k + 1].lower_) is not None:
                k += 1
            else:
                break
        return k
    return None


def _words(doc, start: int, end: int) -> list[str]:
    return [_low(t) for t in doc[start:end] if t.lower_ not in CURRENCY_SIGNS]


def _match(doc, i: int) -> _Found | None:
    """The amount starting at token i, with its currency, percent or time unit, or None."""
    n = len(doc)
    currency = None
    j = i
    if doc[i].lower_ in CURRENCY_SIGNS:
        currency = CURRENCY_SIGNS[doc[i].lower_]
        j = i + 1
    special = _fraction(doc, j) or _proportion(doc, j)
    if special is not None:
        special.start = i
        if currency:
            special.currency = currency
        return _suffixes(doc, special)
    end = _core(doc, j)
    if end is None:
        return _one_time_unit(doc, i, j)
    words = _words(doc, j, end)
    # "one or two", "two or three": a small vague range.
    if end + 1 < n and doc[end].lower_ == "or" and word_number(doc[end + 1].lower_) is not None and not currency:
        amount = parse_words(words + ["or", doc[end + 1].lower_])
        if amount is not None:
            return _suffixes(doc, _Found(i, end + 2, end + 2, amount))
    amount = parse_words(words)
    if amount is None:
        return None
    found = _Found(i, end, end, amount, currency=currency)
    if not currency and _metres(doc, j, end):
        found.amount.value /= SCALES["m"]
        found.unit, found.kind = "metres", "measure"
    if amount.pence:
        found.currency = "£"
    if amount.percent:
        found.percent = "%"
    found = _suffixes(doc, found)
    return _range(doc, found)


def _one_time_unit(doc, i: int, j: int) -> _Found | None:
    """ "a decade", "a century": a duration without digits."""
    if j + 1 < len(doc) and doc[j].lower_ in ("a", "an") and doc[j + 1].lower_ in ("decade", "century"):
        word = doc[j + 1].lower_
        return _Found(i, j + 2, j + 2, Amount(float(TIME_FACTORS[word])), time_unit=TIME_UNITS[word])
    return None


def _metres(doc, j: int, end: int) -> bool:
    """Whether the "m" ending a bare whole number means metres ("the 100m title"), not
    millions, which count something plural ("1.6m voters", "5m of them") or have decimals."""
    last = doc[end - 1]
    split = split_suffix(last.text)
    if not (_low(last) == "m" or (split is not None and split[1] == "m")):
        return False
    if any("." in t.text.rstrip(".") for t in doc[j:end]):
        return False
    # "the 100m final", "my 60m title", "the 800m and 1000m": a race or a distance.
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.tag_ == "NN" and nxt.lower_ not in CURRENCY_WORDS:
        return True
    return j > 0 and doc[j - 1].tag_ in ("DT", "PRP$") and doc[j - 1].lower_ not in ("a", "an", "some", "another")


def _fraction(doc, j: int) -> _Found | None:
    """ "half a million", "a third of", "two-thirds", "three quarters", "half-point"."""
    n = len(doc)
    if j >= n:
        return None
    k = j
    lead = 1.0
    w = doc[j].lower_
    if w in ("a", "an", "one") and j + 1 < n and doc[j + 1].lower_ in FRACTIONS:
        k = j + 1
    elif word_number(w) is not None and j + 2 < n and doc[j + 1].text == "-" and doc[j + 2].lower_ in FRACTIONS:
        lead, k = word_number(w), j + 2
    elif word_number(w) is not None and j + 1 < n and doc[j + 1].lower_ in FRACTIONS and doc[j + 1].lower_.endswith("s"):
        lead, k = word_number(w), j + 1
    elif w != "half":
        return None
    frac = FRACTIONS[doc[k].lower_] * lead
    after = k + 1
    if after + 1 < n and doc[after].text == "-" and _glued(doc, k) and _is_unit_word(doc[after + 1].lower_):
        # "half-point", "half-hour": a fraction of one unit ("half-time" is no amount).
        found = _Found(j, after + 2, after + 2, Amount(frac))
        found.unit = doc[after + 1].text
        return found
    if w == "half" and j > 0 and (doc[j - 1].lower_ in ("the", "first", "second", "this", "that", "last", "next") or doc[j - 1].tag_ in ("PRP$", "POS")):
        return None  # "the first half", "its half": a part, not an amount
    of = after < n and doc[after].lower_ == "of"
    at = after + 1 if of else after
    if at + 1 < n and doc[at].lower_ in ("a", "an"):
        # "half a trillion", "half an hour", "a quarter of a point": a fraction of one thing.
        end = _core(doc, at)
        if end is not None and end > at + 1:
            return _Found(j, end, end, Amount(frac * _scale_value(doc, at + 1, end)))
        if doc[at + 1].pos_ == "NOUN":
            found = _Found(j, at + 2, at + 2, Amount(frac))
            found.unit = doc[at + 1].text
            return found
        if not of:
            return None
    if of:
        # "a third of voters": a share of a group.
        return _Found(j, k + 1, k + 1, Amount(frac * 100), percent="%")
    if lead != 1.0 or w in ("a", "an", "one"):
        # "two-thirds" standing alone, "a third" with no "of": an ordinal ("a third term").
        return None if w in ("a", "an") else _Found(j, k + 1, k + 1, Amount(frac * 100), percent="%")
    return None


def _is_unit_word(word: str) -> bool:
    """A word naming a unit of measure, time or rate ("point", "hour", "mile")."""
    return word in MEASURE_UNITS or word in TIME_UNIT_SINGULAR or word in ("point", "percentage")


def _scale_value(doc, start: int, end: int) -> float:
    """The value of scale words alone ("trillion" -> 1e12; "million dollars" stops at the scale)."""
    value = 1.0
    for t in doc[start:end]:
        value *= SCALES.get(t.lower_, 1.0)
    return value


def _proportion(doc, j: int) -> _Found | None:
    """ "one in four", "one in every five": a share, read as a percentage."""
    n = len(doc)
    if j + 2 >= n or doc[j + 1].lower_ != "in":
        return None
    a = word_number(doc[j].lower_) if not _is_digits(doc[j]) else split_suffix(doc[j].text)[0]
    k = j + 2
    if doc[k].lower_ == "every" and k + 1 < n:
        k += 1
    b = word_number(doc[k].lower_) if not _is_digits(doc[k]) else split_suffix(doc[k].text)[0]
    if a is None or not b or a >= b:
        return None
    return _Found(j, k + 1, k + 1, Amount(100 * a / b), percent="%")


def _phrase_at(doc, k: int, phrases) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (tuples of lower-case words) starting at token k."""
    best = None
    for p in phrases:
        if k + len(p) <= len(doc) and all(doc[k + m].lower_ == p[m] for m in range(len(p))):
            if best is None or len(p) > len(best):
                best = p
    return best


def _suffixes(doc, found: _Found) -> _Found:
    """Extend an amount over the percent, currency or time-unit words that follow it."""
    n = len(doc)
    k = found.end
    if found.percent is None and found.currency is None:
        p = _phrase_at(doc, k, PERCENT_PHRASES)
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
        if c < n and doc[c].lower_ in CURRENCY_WORDS and doc[c].pos_ != "VERB":
            sign, factor = CURRENCY_WORDS[doc[c].lower_]
            if doc[c].lower_ != "won" or c == k:
                found.currency = sign
                found.amount.value *= factor
                for attr in ("low", "high"):
                    if getattr(found.amount, attr) is not None:
                        setattr(found.amount, attr, getattr(found.amount, attr) * factor)
                found.end = c + 1
                return found
    if found.currency or found.percent:
        return found
    if k < n and doc[k].lower_ in TIME_UNITS:
        found.time_unit = TIME_UNITS[doc[k].lower_]
        found.amount.value *= TIME_FACTORS.get(doc[k].lower_, 1)
        found.end = k + 1
        if k + 1 < n and doc[k + 1].lower_ == "ago":
            found.end = k + 2
        return found
    if k + 1 < n and doc[k].text in ("-", "\u2013") and _glued(doc, k - 1) and _glued(doc, k) and doc[k + 1].is_alpha:
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
        if doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and word not in ("to",):
            head = doc[k + 1]
            words = [head.text]
            m = k + 2
            while m < n and doc[m].pos_ == "NOUN" and doc[m].tag_ != "NNP":
                words.append(doc[m].text)
                m += 1
            if word in MEASURE_UNITS or word in CURRENCY_WORDS:
                words = [word]
            found.unit = " ".join(words)
    return found


def _range(doc, found: _Found) -> _Found:
    """Join "5-7%", "10 to 20", "between 10 and 20" into one amount with low and high."""
    n = len(doc)
    k = found.end
    if k + 1 >= n or found.amount.low is not None or found.amount.fraction:
        return found
    sep = doc[k]
    before = doc[found.start - 1].lower_ if found.start > 0 else ""
    if sep.text in ("-", "\u2013") and _glued(doc, k - 1) and _glued(doc, k):
        pass
    elif sep.lower_ == "to" and before != "from":
        pass
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
    other = _suffixes(doc, _Found(k + 1, end, end, second, currency=currency or found.currency))
    if not _compatible(found, other):
        return found
    low, high = found.amount.value, other.amount.value
    if low > high and not (found.currency or found.percent or other.percent or other.currency):
        return found  # "272-219": a score, two numbers
    if _year_like(doc[found.start]) and sep.text in ("-", "\u2013"):
        return found
    scale = 1.0
    if other.amount.value > 0 and found.amount.value < other.amount.value and found.num_end == found.end:
        for t in doc[j:end]:
            scale *= SCALES.get(_low(t), 1.0) if _low(t) in SCALE_WORDS or t.i > j else 1.0
        split = split_suffix(doc[end - 1].text)
        if split is not None and split[1] in SCALES:
            scale = SCALES[split[1]]
        if found.amount.value * scale <= other.amount.value:
            low = found.amount.value * scale
    found.amount = Amount(low, low=min(low, high), high=max(low, high), approx=found.amount.approx or other.amount.approx,
                          percent=found.amount.percent or other.amount.percent)
    found.currency = found.currency or other.currency
    found.percent = found.percent or other.percent
    found.time_unit = found.time_unit or other.time_unit
    found.end = other.end
    if other.time_unit:
        found.num_end = other.num_end
    return found


def _compatible(first: _Found, second: _Found) -> bool:
    """Whether two amounts can be the ends of one range: the same kind of quantity.

    The first end may leave its sign to the second ("5-7%", "10 to 20 dollars").
    """
    if first.percent and second.percent != first.percent:
        return False
    if first.currency and second.currency != first.currency:
        return False
    if (first.percent and second.currency) or (first.currency and second.percent):
        return False
    return not (first.time_unit and second.time_unit and first.time_unit != second.time_unit)


# ---------------------------------------------------------------- exclusions

def _year_like(tok) -> bool:
    t = tok.text
    return len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100


def _is_month(tok) -> bool:
    w = tok.lower_.rstrip(".")
    if w in WEEKDAYS:
        return True
    return w in MONTHS and tok.text[:1].isupper() and (w != "may" or tok.pos_ == "PROPN")


def _is_date(doc, found: _Found) -> bool:
    """Calendar dates, years and decades ("21 December", "in 2001", "the 1970s")."""
    first = doc[found.start]
    if found.currency or found.percent:
        return False
    span = doc[found.start:found.num_end]
    for tok in span:
        if tok.text[:-1].isdigit() and tok.text.endswith("s") and len(tok.text) in (3, 5):
            return True  # "1970s", "90s"
    if len(span) == 1 and _year_like(first):
        head = first.head
        plural_count = first.dep_ == "nummod" and head.tag_ == "NNS" and head.i > first.i
        prev = doc[first.i - 1].lower_ if first.i > 0 else ""
        # "2000 workers" counts; "their 1960 levels" is still a year.
        if not plural_count or prev in DATE_PREPOSITIONS or int(first.text) % 100:
            return True
    for k in (found.start - 1, found.num_end):
        if 0 <= k < len(doc) and _is_month(doc[k]):
            return True
    for tok in span:
        head = tok.head
        if _is_month(head) or (head.like_num and _is_month(head.head)):
            return True
        if any(_is_month(c) for c in tok.children):
            return True
        if tok.ent_type_ in ("DATE", "TIME") and found.time_unit is None:
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and any(_is_month(t) or (_year_like(t) and t.i != tok.i) for t in ent):
                return True
    return False


def _is_time(doc, found: _Found) -> bool:
    k = found.end
    if k < len(doc) and doc[k].lower_ in TIME_OF_DAY:
        return True
    return any(":" in t.text for t in doc[found.start:found.end])


def _in_name(doc, found: _Found) -> bool:
    """Numbers that are part of a name: "Radio 4", "Section 5", "Formula One", "G8"."""
    first = doc[found.start]
    if found.currency or found.percent:
        return False
    if first.i > 0:
        prev = doc[first.i - 1]
        if prev.text[:1].isupper() and prev.is_alpha and prev.pos_ == "PROPN" and not _is_month(prev) and prev.whitespace_:
            return True
        if prev.text in ("/", "No", "no.", "No.", "#") or prev.lower_ == "top":
            return True  # references and ranks ("No 10", "a top three hit")
    if found.end < len(doc) and doc[found.end].text == "/":
        return True
    if first.is_alpha and first.text[:1].isupper() and not first.is_sent_start and first.i > 0:
        # A capitalised number word inside a sentence is a name ("Formula One", "the Big Four").
        if doc[first.i - 1].text not in ("\"", "\u201c", "'", "\u2018", "(", "-", ":", "\n", "\n\n"):
            return True
    if first.ent_type_ in NAME_LABELS and not first.ent_iob_ == "B":
        return True
    return False


def _is_bare_one(doc, found: _Found) -> bool:
    """ "one" as a pronoun or determiner ("one of the biggest", "one union"), and
    "zero" as an adjective ("zero tolerance")."""
    toks = doc[found.start:found.num_end]
    return len(toks) == 1 and toks[0].lower_ in ("one", "1", "zero") and not found.currency and not found.percent and found.time_unit is None


# ---------------------------------------------------------------- units

def _root(doc, found: _Found, whole: bool = False):
    """The token of the amount (with its unit words when ``whole``) that the parse
    attaches outside it."""
    end = found.end if whole else found.num_end
    toks = list(doc[found.start:end])
    for t in toks:
        if not (found.start <= t.head.i < end) or t.head.i == t.i:
            return t
    return toks[-1]


def _noun_phrase(noun, after: int) -> str:
    """A noun with the common-noun compounds before it that follow the number ("job cuts")."""
    words = [c for c in noun.children if c.dep_ == "compound" and after <= c.i < noun.i and c.pos_ == "NOUN"]
    words = [c for c in words if all(t.dep_ == "compound" or t.i == noun.i for t in noun.doc[c.i:noun.i])]
    return " ".join([c.text for c in sorted(words, key=lambda t: t.i)] + [noun.text])


def _head_noun(doc, found: _Found):
    """The noun the amount modifies, when it follows it ("84,000 jobs", "62 Labour rebels")."""
    root = _root(doc, found)
    end = found.end
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= 5:
        between = doc[end:head.i]
        if all(t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB", "PUNCT", "NUM") and t.text not in (",", ";", ":", "(", ")", "\"") for t in between):
            if not _is_month(head) and not (head.pos_ == "PROPN" and head.tag_ == "NNP"):
                return head
    # The parse may miss the link: take the noun right after the number.
    k = end
    while k < len(doc) and k - end < 4 and (doc[k].pos_ == "ADJ" or doc[k].dep_ in ("compound", "amod")) and doc[k].text not in ("-",):
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].tag_ in ("NNS", "NN") and doc[k].dep_ != "compound":
        if doc[k].tag_ == "NNS" or found.amount.value == 1:
            return doc[k]
    return None


def _of_noun(doc, found: _Found):
    """What an amount followed by "of" counts: ("thousands of workers") -> workers.

    Returns False when "of" leads to a pronoun ("two of these"): the number then stands
    for a pronoun, not a claim.
    """
    k = found.end
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    of = doc[k]
    objs = [c for c in of.children if c.dep_ == "pobj"]
    if objs:
        obj = objs[0]
    else:
        m = k + 1
        while m < len(doc) and doc[m].pos_ in ("DET", "ADJ", "NUM", "PART") or (m < len(doc) and doc[m].dep_ in ("poss", "case", "compound")):
            m += 1
        if m >= len(doc):
            return None
        obj = doc[m]
    if obj.pos_ in ("PRON", "DET") or obj.lower_ in ("which", "whom", "them", "these", "those"):
        return False
    if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("GPE", "ORG", "PERSON", "LOC", "FAC"):
        return obj
    return None


def _partner(doc, found: _Found) -> _Found | None:
    """The amount a bare number is paired with ("36 to just 21 days"), when that one has
    a currency, percent sign or time unit."""
    n = len(doc)
    k = found.end
    if k >= n or doc[k].lower_ not in ("to", "and", "or", "-", "\u2013"):
        return None
    m = k + 1
    while m < n and doc[m].lower_ in ("just", "about", "around", "nearly", "almost", "only", "some"):
        m += 1
    other = _match(doc, m) if m < n else None
    if other is None or not (other.currency or other.percent or other.time_unit):
        return None
    return other


def _age(doc, found: _Found) -> bool:
    """An age: "aged 92", "at the age of 92", "Jane Smith, 34," (a number in apposition to a person)."""
    start, end = found.start, found.end
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in ("aged", "age"):
        return True
    if prev is not None and prev.lower_ == "of" and start > 1 and doc[start - 2].lower_ == "age":
        return True
    if prev is not None and prev.text == "," and start > 1:
        person = doc[start - 2]
        after = doc[end] if end < len(doc) else None
        if person.pos_ == "PROPN" and (person.ent_type_ == "PERSON" or person.text[:1].isupper()) and (
            after is None or after.text in (",", ".", ")", ";") or after.lower_ in ("and", "who", "from", "of")
        ) and found.amount.value < 130 and found.amount.value == int(found.amount.value):
            return True
    return False


def _verb_unit(doc, found: _Found) -> str | None:
    """A unit the governing verb implies: a vote tally counts votes; a quantity that a
    subject changes to counts that subject ("the majority was cut to 14")."""
    root = _root(doc, found)
    head = root.head
    if head.lemma_ == "vote" and root.dep_ in ("npadvmod", "dobj", "advmod", "nummod", "prep", "pobj"):
        return "votes"
    if root.dep_ == "pobj" and head.lower_ in ("to", "from", "by") and head.head.pos_ in ("VERB",):
        verb = head.head
        if verb.lemma_ in UP_WORDS or verb.lemma_ in DOWN_WORDS or verb.lemma_ in ("reduce", "bring", "increase", "change", "set"):
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
            if subj:
                return _noun_phrase(subj[0], subj[0].i)
    return None


def _elided_unit(doc, found: _Found, previous: list[tuple[_Found, Claim]]) -> tuple[str, str] | None:
    """The unit and kind of a number whose noun is elided: those of the last count before
    it, in its own sentence or the one before ("84,000 jobs ... another 20,000"); a
    scaled number may also take the currency of earlier money ("£77m, up from 38m")."""
    sent = doc[found.start].sent
    since = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    scaled = _has_scale(doc, found)
    for f, c in reversed(previous):
        if f.start < since:
            break
        if c.kind == "money" and f.start > 0 and doc[f.start - 1].text in ("(", ";"):
            continue  # a conversion in brackets ("77m euros ($100m)") is not the running currency
        if c.unit and (c.kind == "count" or (scaled and c.kind == "money")):
            return c.unit, c.kind
    return None


def _has_scale(doc, found: _Found) -> bool:
    """Whether the number is written with a scale ("38m", "4 billion")."""
    for t in doc[found.start:found.num_end]:
        split = split_suffix(t.text)
        if _low(t) in SCALES or (split is not None and split[1] in SCALES):
            return True
    return False


# ---------------------------------------------------------------- claims

def _hedge(doc, found: _Found) -> tuple[bool, str | None, int]:
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
    if after < len(doc) and doc[after].pos_ == "NOUN" and _root(doc, found).head.i == after:
        after += 1  # "50 employees or more"
    p = _phrase_at(doc, after, HEDGES_AFTER)
    if p is not None and (p != ("plus",) or _glued(doc, found.end - 1)):
        approx = True
        direction = direction or HEDGES_AFTER[p]
    return approx, direction, hedge_start


def _change(doc, found: _Found, hedge_start: int) -> str | None:
    """ "up"/"down" when a word of change governs the amount ("rose 3%", "cut by 5%")."""
    before = doc[hedge_start - 1] if hedge_start > 0 else None
    if before is not None and before.lower_ in ("up", "down") and before.dep_ != "prt":
        return "up" if before.lower_ == "up" else "down"
    root = _root(doc, found, whole=True)
    head = root.head
    if head.lower_ in ("by", "to") and head.dep_ in ("prep", "agent", "dative"):
        head = head.head
    if head.pos_ in ("VERB", "NOUN") and head.i < found.start:
        if head.lemma_ in UP_WORDS or head.lower_ in UP_WORDS:
            return "up"
        if head.lemma_ in DOWN_WORDS or head.lower_ in DOWN_WORDS:
            return "down"
    return None


def _claim(doc, found: _Found, previous: list[tuple[_Found, Claim]]) -> Claim | None:
    """The claim an amount makes, or None when it is not one (date, name, no unit)."""
    if _is_date(doc, found) or _is_time(doc, found) or _in_name(doc, found) or _is_bare_one(doc, found):
        return None
    amount = found.amount
    unit, kind = None, "count"
    if found.currency:
        unit, kind = found.currency, "money"
    elif found.percent:
        unit, kind = found.percent, "percent"
    elif found.time_unit:
        unit, kind = found.time_unit, "duration"
    elif _age(doc, found):
        unit, kind = "years", "duration"
    elif found.unit:
        unit = found.unit
        kind = found.kind if found.kind in ("measure",) else kind
    elif (partner := _partner(doc, found)) is not None:
        # "from 36 to 21 days", "between 5 and 7 dollars": one unit for both numbers.
        if partner.currency:
            unit, kind = partner.currency, "money"
        elif partner.percent:
            unit, kind = partner.percent, "percent"
        else:
            unit, kind = partner.time_unit, "duration"
    else:
        of = _of_noun(doc, found)
        if of is False:
            return None
        noun = of if of is not None else _head_noun(doc, found)
        if noun is not None:
            if noun.lower_ in CURRENCY_WORDS:
                sign, factor = CURRENCY_WORDS[noun.lower_]
                unit, kind = sign, "money"
                amount.value *= factor
            elif noun.lower_ in TIME_UNITS:
                unit, kind = TIME_UNITS[noun.lower_], "duration"
                amount.value *= TIME_FACTORS.get(noun.lower_, 1)
            else:
                unit = _noun_phrase(noun, found.end)
        else:
            unit = _verb_unit(doc, found)
            if unit is None and found.kind != "elided-hyphen":
                elided = _elided_unit(doc, found, previous)
                if elided is not None:
                    unit, kind = elided
            if unit is None and found.kind == "elided-hyphen":
                noun = _head_noun(doc, found)
                if noun is None:
                    k = found.end + 2
                    noun = doc[k] if k < len(doc) and doc[k].pos_ == "NOUN" else None
                unit = _noun_phrase(noun, noun.i) if noun is not None else None
    if unit is None:
        return None
    if kind == "count":
        last = unit.split()[-1].lower()
        if last in MEASURE_UNITS:
            kind = "measure"
        elif last in TIME_UNITS:
            kind = "duration"
        elif last in ("point", "points") and any(t.lower_ in RATE_WORDS for t in doc[found.start].sent):
            kind = "percent"
    approx, direction, hedge_start = _hedge(doc, found)
    direction = direction or _change(doc, found, hedge_start)
    start = doc[found.start].idx
    last_tok = doc[found.end - 1]
    end = last_tok.idx + len(last_tok.text)
    if last_tok.text.endswith(".") and len(last_tok.text) > 1:
        end -= 1  # "m." at a sentence end: the full stop is not part of the number
    sent = doc[found.start].sent
    return Claim(
        start=start,
        end=end,
        text=doc.text[start:end],
        value=amount.value,
        unit=unit,
        kind=kind,
        low=amount.low,
        high=amount.high,
        approx=approx or amount.approx,
        direction=direction,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
    )


def _link_changes(doc, found: list[tuple[_Found, Claim]]) -> None:
    """ "from £20m to £15m": the second amount is the new level, up or down from the first."""
    for (fa, a), (fb, b) in zip(found, found[1:]):
        if fa.start > 0 and doc[fa.start - 1].lower_ == "from" and fb.start - fa.end <= 3:
            between = [t.lower_ for t in doc[fa.end:fb.start]]
            if "to" in between and a.unit == b.unit and a.value is not None and b.value is not None:
                b.direction = "up" if b.value > a.value else "down" if b.value < a.value else b.direction
