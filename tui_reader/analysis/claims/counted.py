"""What an amount counts or measures: its unit when the surface does not say.

The noun it modifies ("84,000 jobs"), the noun after "of" ("thousands of workers"), an
age ("Smith, 34", "voters under 30"), the unit of its pair ("from 36 to 21 days") or of
the level a change leads to ("rose 7,000 to 4.4 million people"), the size of a group ("a
population of 44 million"), a unit the verb implies (a vote tally, "the claimant total
fell 11,000"), or the unit of an earlier figure when the noun is elided ("84,000 jobs ...
another 20,000", "about 300 pence, maybe 305").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui_reader.analysis.claims.amounts import (
    Found,
    after_a_change,
    low_word,
    match_amount,
    token_value,
)
from tui_reader.analysis.claims.nouns import amount_root, head_noun, noun_phrase, of_noun
from tui_reader.analysis.claims.numbers import SCALES, split_suffix, word_number
from tui_reader.analysis.claims.sentences import sentence_of
from tui_reader.analysis.claims.subjects import lemma_phrase
from tui_reader.analysis.claims.units import (
    COMPARISON_WORDS,
    CURRENCY_WORDS,
    DOWN_WORDS,
    INDEX_NAMES,
    TIME_FACTORS,
    TIME_UNITS,
    UP_WORDS,
)
from tui_reader.analysis.claims.verbs import verb_unit
from tui_reader.analysis.model import Claim

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# A vague crowd with no noun ("thousands marched") counts people; larger vague amounts
# ("billions were wiped off") are as often money, so they stay unread.
CROWD_LIMIT = 1e6


@dataclass(slots=True)
class Counted:
    """What an amount counts: the unit reported, the claim kind, and the noun token the
    unit was read from (None when it came from a sign, a pair or an earlier claim), or a
    subject the rule itself knows ("age")."""

    unit: str
    kind: str
    noun: Token | None = None
    subject: str | None = None


# Nouns a number names as a mark to pass, not what it counts ("the 600 mark", "the magic
# 1,237 number"): what is counted is found elsewhere, or nowhere.
MARK_NOUNS = {"mark", "number", "figure", "threshold", "milestone", "barrier"}


def resolve_unit(doc, found: Found, previous: list[tuple[Found, Claim]]) -> Counted | None:
    """The unit of an amount, or None when it counts nothing we can name (a bare number).

    A currency or time-unit noun ("5 million dollars" parsed apart) scales the amount's
    value in place.
    """
    surface = _surface_unit(found)
    if surface is not None:
        return surface
    if is_age(doc, found):
        return Counted("years", "duration", subject="age")
    if found.unit:
        counted = Counted(found.unit, "measure" if found.kind == "measure" else "count")
        word = doc[found.end + 1] if found.end + 1 < len(doc) and doc[found.end].text == "-" else None
        if word is not None and word.head.pos_ == "NOUN" and word.head.i > word.i:
            counted.subject = lemma_phrase(word.head, word.i + 1)  # "a 600-member sales force"
        return counted
    if _magnitude(doc, found):
        return Counted("magnitude", "measure", subject="earthquake")
    paired = partner(doc, found)
    if paired is not None:
        # "from 36 to 21 days", "between 5 and 7 dollars": one unit for both numbers.
        return _surface_unit(paired)
    of = of_noun(doc, found)
    if of is False:
        return None
    noun = of if of is not None else head_noun(doc, found) or range_noun(doc, found)
    if noun is not None and not (of is None and noun.lemma_.lower() in MARK_NOUNS):
        return _noun_unit(found, noun)
    level = _level_after(doc, found)
    if level is not None:
        return level
    before = _compared_with(doc, found, previous) or _alternative(doc, found, previous)
    if before is not None and before.unit:
        return Counted(before.unit, before.kind, subject=before.subject)
    if _index_level(doc, found):
        return Counted("index points", "count", subject="index")  # the text names no unit: "index" and "points"
    unit = verb_unit(doc, found)
    if unit is not None:
        return Counted(unit, "count", subject=unit)
    if found.kind == "elided-hyphen":
        # "an 80-strong majority": the noun after the hyphenated word.
        noun = head_noun(doc, found)
        if noun is None:
            k = found.end + 2
            noun = doc[k] if k < len(doc) and doc[k].pos_ == "NOUN" else None
        return Counted(noun_phrase(noun, noun.i), "count", noun) if noun is not None else None
    label = _label(doc, found)
    if label is not None:
        return Counted(label.lower_, "count", subject=label.lemma_.lower())
    elided = elided_unit(doc, found, previous)
    if elided is not None and elided.unit:
        return Counted(elided.unit, elided.kind, subject=elided.subject)
    if _crowd(doc, found):
        return Counted("people", "count", subject="people")
    group = _group_of(doc, found)
    if group is not None:
        return Counted("people", "count", subject=group)
    return None


# Words between a person and an age that bounds it ("voters under 30", "those over 65").
AGE_BOUNDS = {"under", "over", "above", "below"}
# Nouns of people that an age bound describes (lemmas).
AGE_HOLDERS = {
    "people", "person", "voter", "child", "adult", "those", "man", "woman", "worker", "pensioner",
    "driver", "user", "patient", "student", "teenager", "youngster", "kid", "girl", "boy", "resident",
    "citizen", "player", "member",
}


# Nouns of a number of people that give their size with "of" ("a population of 44 million").
PEOPLE_GROUPS = {
    "population", "audience", "crowd", "workforce", "attendance", "congregation", "electorate",
    "readership", "viewership", "staff", "membership", "gathering", "army",
}


def _group_of(doc, found: Found) -> str | None:
    """The group of people a bare number gives the size of ("a population of about 44
    million", "an audience of 9m", "a crowd of 60,000"): its lemma, or None."""
    k = found.start - 1
    while k > 0 and found.start - k <= 3 and doc[k].lower_ != "of" and doc[k].dep_ in ("advmod", "quantmod", "amod"):
        k -= 1  # "of about", "of more than", "of almost"
    if k < 1 or doc[k].lower_ != "of" or doc[k].head.i != k - 1:
        return None
    group = doc[k - 1]
    return group.lemma_.lower() if group.lemma_.lower() in PEOPLE_GROUPS else None


def _compared_with(doc, found: Found, previous: list[tuple[Found, Claim]]) -> Claim | None:
    """The claim a bare number after "from", "against" or "vs" is the earlier level of, when
    that one is money, a percentage or a duration a few words before ("the yield rose to 7.8
    pct from 7.6", "spending will drop to 70 billion yen from 85 billion"), or the new level
    "to" a change right before it leads to ("the index fell 45 points to 4,800")."""
    if not previous or found.start == 0:
        return None
    k = found.start - 1
    while k > 0 and found.start - k < 3 and doc[k].pos_ in ("DET", "ADJ", "VERB") and doc[k].lower_ != "to":
        k -= 1  # "from a revised 252.95 mln"
    before = doc[k].lower_ if doc[k].lower_ in COMPARISON_WORDS | {"from"} else doc[found.start - 1].lower_
    if before == "to":
        f, c = previous[-1]
        if c.unit == "%":
            return None  # "fell 2.3% to 412.5": a relative change, then a level in units of its own
        verb = doc[found.start - 1].head
        changes = verb.lemma_ in UP_WORDS or verb.lemma_ in DOWN_WORDS
        changes = changes or (f.start > 0 and doc[f.start - 1].lower_ == "from")  # "from 157,000 to 133,000"
        return c if 0 <= found.start - 1 - f.end <= 1 and changes else None  # the counted noun may sit between
    if before not in COMPARISON_WORDS | {"from"}:
        return None
    for f, c in reversed(previous):
        if found.start - f.end > 8 or sentence_of(doc, f.start).start != sentence_of(doc, found.start).start:
            return None
        if c.kind == "money" and f.start > 0 and doc[f.start - 1].text == "(":
            continue  # a conversion in brackets ("60m euros ($78m), up from 45m")
        return c if c.kind in ("money", "percent", "duration", "measure") else None
    return None


def _level_after(doc, found: Found) -> Counted | None:
    """The unit of the level a change leads to, for the bare change before it ("rose 7,000
    in May to 4.4 million people", "fell 45 to 4,800 points", "rose by 3,000 to 90,000 tickets")."""
    level = None
    if found.end + 1 < len(doc) and doc[found.end].lower_ == "to" and after_a_change(doc, found.start):
        level = match_amount(doc, found.end + 1)
    else:
        root = amount_root(doc, found)
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
        if root.dep_ not in ("dobj", "npadvmod", "pobj") or verb.pos_ != "VERB":
            return None
        if not (verb.lemma_ in UP_WORDS or verb.lemma_ in DOWN_WORDS):
            return None
        to = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i >= found.end]
        objects = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
        level = match_amount(doc, objects[0].left_edge.i) if objects else None
        if level is not None and level.start < to[0].i:
            return None
    if level is None:
        return None
    if level.currency or level.percent or level.time_unit or level.measure:
        return _surface_unit(level)
    noun = head_noun(doc, level)
    if noun is not None:
        return _noun_unit(found, noun)
    unit = verb_unit(doc, level)  # "the number of people rose by 296,000 to 28.52 million"
    return Counted(unit, "count", subject=unit) if unit is not None else None


def _magnitude(doc, found: Found) -> bool:
    """An earthquake's magnitude: "magnitude 7.1", "a magnitude of 7.1", "6.2 on the Richter scale"."""
    before = [t.lower_ for t in doc[max(0, found.start - 2):found.start]]
    if before[-1:] == ["magnitude"] or before == ["magnitude", "of"]:
        return True
    after = [t.lower_ for t in doc[found.end:found.end + 4]]
    return after[:1] == ["on"] and "richter" in after


# Verbs by which an index reaches a level ("closed at 5,234.18", "ended at 38,100").
INDEX_LEVEL_VERBS = {"close", "end", "finish", "open", "stand", "trade", "settle"}


def _index_level(doc, found: Found) -> bool:
    """A bare level of a stock index: after "to" or "at" of a verb of change or of closing,
    in a sentence that names an index ("the Nikkei slipped 0.4% to 38,100")."""
    root = amount_root(doc, found)
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in ("to", "at") or head.head.pos_ != "VERB":
        return False
    verb = head.head.lemma_
    if not (verb in UP_WORDS or verb in DOWN_WORDS or verb in INDEX_LEVEL_VERBS):
        return False
    return any(t.lower_ in INDEX_NAMES for t in sentence_of(doc, found.start))


def _surface_unit(found: Found) -> Counted | None:
    """The unit an amount's own surface gives: its currency, percent, time unit or measure."""
    if found.currency:
        return Counted(found.currency, "money")
    if found.percent:
        return Counted(found.percent, "percent")
    if found.time_unit:
        return Counted(found.time_unit, "duration")
    if found.measure is not None:
        if found.measure.is_duration:  # "25min", "4.5s": durations read as their plural
            written = found.measure.surface.lower()
            return Counted(TIME_UNITS.get(written, found.measure.name + "s"), "duration")
        return Counted(found.measure.surface, "measure")
    return None


# Words that offer a second figure for the same thing ("300 pence, maybe 305", "£5 or 6").
ALTERNATIVE_WORDS = {"or", "maybe", "perhaps", "possibly", "probably", "even", "if", "not", "nearer", "closer", "to"}


def _alternative(doc, found: Found, previous: list[tuple[Found, Claim]]) -> Claim | None:
    """The amount a bare number is offered as an alternative to, right before it, when that
    one carries a unit of its own ("about 300 pence, maybe 305", "£5 or 6", "2% or even 3");
    the bare number is read in the same scale and sub-unit (305 pence is £3.05)."""
    if not previous:
        return None
    f, c = previous[-1]
    between = [t.lower_ for t in doc[f.end:found.start]]
    words = [w for w in between if w != ","]
    if not words or len(between) > 3 or not all(w in ALTERNATIVE_WORDS for w in words) or words == ["to"]:
        return None
    if c.kind not in ("money", "percent", "measure", "duration") or c.low is not None or c.value is None:
        return None
    after = [t for t in doc[found.end:found.end + 3] if not t.is_space]
    if after and after[0].lower_ in CURRENCY_WORDS:
        return None  # "or 45 cts" written across a line break: money of its own
    per_item = bool(after) and after[0].lower_ in ("a", "an", "per", "each")
    written = _first_number(doc, f)
    if written and not has_scale(doc, found) and not per_item:
        found.amount.value *= c.value / written  # "£5bn, perhaps 6": six billion; "or 1.45 a share" is per share
    return c


def _first_number(doc, found: Found) -> float | None:
    """The number as written at the start of an amount, without its scale or sign ("5" of "£5bn")."""
    for t in doc[found.start:found.num_end]:
        value = token_value(t) if any(ch.isdigit() for ch in t.text) else word_number(t.lower_)
        if value:
            return value
    return None


def _noun_unit(found: Found, noun) -> Counted:
    """The unit a counted noun gives: money and durations for currency and time words."""
    word = noun.lower_
    if word in CURRENCY_WORDS:
        sign, factor = CURRENCY_WORDS[word]
        found.amount.value *= factor
        return Counted(sign, "money")
    if word in TIME_UNITS:
        found.amount.value *= TIME_FACTORS.get(word, 1)
        return Counted(TIME_UNITS[word], "duration")
    return Counted(noun_phrase(noun, found.end), "count", noun)


def _crowd(doc, found: Found) -> bool:
    """A vague amount of people standing alone as a subject ("Tens of thousands marched")."""
    amount = found.amount
    if not (amount.approx and amount.low == amount.value and amount.high is None and amount.value < CROWD_LIMIT):
        return False
    return amount_root(doc, found).dep_ in ("nsubj", "nsubjpass")


# Words between two numbers of one unit: a range, a choice, or the sides of a size ("2532 x 1170 pixels").
PAIR_WORDS = {"to", "and", "or", "-", "\u2013", "x", "\u00d7", "by"}


def partner(doc, found: Found) -> Found | None:
    """The amount a bare number is paired with ("36 to just 21 days"), when that one has
    a currency, percent sign or time unit."""
    n = len(doc)
    k = found.end
    if k >= n or (doc[k].lower_ not in PAIR_WORDS and doc[k].lower_ not in COMPARISON_WORDS):
        return None
    m = k + 1
    while m < n and doc[m].lower_ in ("just", "about", "around", "nearly", "almost", "only", "some"):
        m += 1
    other = match_amount(doc, m) if m < n else None
    if other is None or not (other.currency or other.percent or other.time_unit or other.measure):
        return None
    return other


def range_noun(doc, found: Found):
    """The noun the second number of "from X to Y nouns" counts, for a bare X ("from five
    mln to 25 mln shares")."""
    k = found.end
    if found.start == 0 or doc[found.start - 1].lower_ != "from" or k + 1 >= len(doc) or doc[k].lower_ != "to":
        return None
    other = match_amount(doc, k + 1)
    return head_noun(doc, other) if other is not None else None


def is_age(doc, found: Found) -> bool:
    """An age: "aged 92", "at the age of 92", "Jane Smith, 34," (a number in apposition to a person)."""
    start, end = found.start, found.end
    if found.amount.value != int(found.amount.value) or not 0 < found.amount.value < 130:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in AGE_BOUNDS and start > 1:
        holder = doc[start - 2]  # "aged under 30", "voters over 65", "children under 12"
        if holder.lower_ in ("aged", "age") or holder.lemma_.lower() in AGE_HOLDERS or (
            holder.ent_type_ == "NORP" and holder.tag_ in ("NNS", "NNPS")
        ):
            return True
    if prev is not None and prev.lower_ in ("aged", "age"):
        return True
    if prev is not None and prev.lower_ == "of" and start > 1 and doc[start - 2].lower_ in ("age", "ages"):
        return True
    if prev is not None and prev.lower_ in ("and", "to", "or") and start > 2 and doc[start - 2].like_num:
        first = start - 2  # "between the ages of 10 and 17": the second end of an age range
        return doc[first - 1].lower_ in ("aged", "age") or (
            doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in ("age", "ages")
        )
    if prev is not None and prev.text == "(" and start > 1 and end < len(doc) and doc[end].text == ")":
        person = doc[start - 2]  # "Ann Lee (45) and Bo Tran (52)": a bare number in brackets after a person
        named = person.pos_ == "PROPN" and person.text[:1].isupper() and person.ent_type_ == ""
        return person.ent_type_ == "PERSON" or named
    if prev is not None and prev.text == "," and start > 1:
        person = doc[start - 2]
        after = doc[end] if end < len(doc) else None
        if person.pos_ == "PROPN" and (person.ent_type_ == "PERSON" or person.text[:1].isupper()) and (
            after is None or after.text in (",", ".", ")", ";") or after.lower_ in ("and", "who", "from", "of")
        ) and found.amount.value < 130 and found.amount.value == int(found.amount.value):
            return True
    return False


def elided_unit(doc, found: Found, previous: list[tuple[Found, Claim]]) -> Claim | None:
    """The claim whose unit, kind and subject a number with an elided noun takes: the last count before
    it, in its own sentence or the one before ("84,000 jobs ... another 20,000"); a
    scaled number may also take the currency of earlier money ("£77m, up from 38m")."""
    sent = sentence_of(doc, found.start)
    since = sentence_of(doc, sent.start - 1).start if sent.start > 0 else 0
    scaled = has_scale(doc, found)
    if found.start > 0 and doc[found.start - 1].tag_ == "POS":
        # "the carmaker's 911" is a model's name; "Lee's 538" after "758 delegates" in the
        # same sentence is a count of the same things.
        since = max(since, sent.start)
    for f, c in reversed(previous):
        if f.start < since:
            break
        if c.kind == "money" and f.start > 0 and doc[f.start - 1].text in ("(", ";"):
            continue  # a conversion in brackets ("77m euros ($100m)") is not the running currency
        if c.kind == "measure" and f.end == found.start:
            continue  # "12 ft 2 in": the second part of one length, in a unit of its own
        if c.kind == "measure" and amount_root(doc, found).dep_ in ("nsubj", "nsubjpass"):
            continue  # "it moved 300 miles; 45 were lost": what acts or is acted on is no length
        if c.unit and (c.kind in ("count", "measure") or (scaled and c.kind == "money")):
            return c
    return None


def _label(doc, found: Found):
    """The label a bare number is the value of ("Classes: 5", "Deaths: 1,200"): a noun
    before a colon, at the start of its line or sentence."""
    s = found.start
    if s < 2 or doc[s - 1].text != ":" or doc[s - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    label = doc[s - 2]
    first = label.left_edge.i
    starts = first == 0 or "\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_ or doc[first].is_sent_start
    return label if starts and label.is_alpha else None


def has_scale(doc, found: Found) -> bool:
    """Whether the number is written with a scale ("38m", "4 billion")."""
    for t in doc[found.start:found.num_end]:
        split = split_suffix(t.text)
        if low_word(t) in SCALES or (split is not None and split[1] in SCALES):
            return True
    return False
