"""What an amount counts or measures: its unit when the surface does not say.

The noun it modifies ("84,000 jobs"), the noun after "of" ("thousands of workers"), an
age ("Smith, 34"), the unit of its pair ("from 36 to 21 days"), a unit the verb implies
(a vote tally), or the unit of an earlier count when the noun is elided ("84,000 jobs ...
another 20,000").
"""

from __future__ import annotations

from tui_reader.analysis.amounts import Found, low_word, match_amount
from tui_reader.analysis.exclusions import is_month
from tui_reader.analysis.model import Claim
from tui_reader.analysis.numbers import SCALES, split_suffix
from tui_reader.analysis.units import DOWN_WORDS, UP_WORDS

# Dependency relations of a number that modifies a noun.
MODIFIER_DEPS = {"nummod", "quantmod", "compound", "nmod", "amod", "npadvmod", "advmod", "det"}


def amount_root(doc, found: Found, whole: bool = False):
    """The token of the amount (with its unit words when ``whole``) that the parse
    attaches outside it."""
    end = found.end if whole else found.num_end
    toks = list(doc[found.start:end])
    for t in toks:
        if not (found.start <= t.head.i < end) or t.head.i == t.i:
            return t
    return toks[-1]


def noun_phrase(noun, after: int) -> str:
    """A noun with the common-noun compounds before it that follow the number ("job cuts")."""
    words = [c for c in noun.children if c.dep_ == "compound" and after <= c.i < noun.i and c.pos_ == "NOUN"]
    words = [c for c in words if all(t.dep_ == "compound" or t.i == noun.i for t in noun.doc[c.i:noun.i])]
    return " ".join([c.text for c in sorted(words, key=lambda t: t.i)] + [noun.text])


def head_noun(doc, found: Found):
    """The noun the amount modifies, when it follows it ("84,000 jobs", "62 Labour rebels")."""
    root = amount_root(doc, found)
    end = found.end
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= 5:
        between = doc[end:head.i]
        if all(t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB", "PUNCT", "NUM") and t.text not in (",", ";", ":", "(", ")", "\"") for t in between):
            if not is_month(head) and not (head.pos_ == "PROPN" and head.tag_ == "NNP"):
                return head
    # The parse may miss the link: take the noun right after the number.
    k = end
    while k < len(doc) and k - end < 4 and (doc[k].pos_ == "ADJ" or doc[k].dep_ in ("compound", "amod")) and doc[k].text not in ("-",):
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].tag_ in ("NNS", "NN") and doc[k].dep_ != "compound":
        if doc[k].tag_ == "NNS" or found.amount.value == 1:
            return doc[k]
    return None


def of_noun(doc, found: Found):
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


def partner(doc, found: Found) -> Found | None:
    """The amount a bare number is paired with ("36 to just 21 days"), when that one has
    a currency, percent sign or time unit."""
    n = len(doc)
    k = found.end
    if k >= n or doc[k].lower_ not in ("to", "and", "or", "-", "\u2013"):
        return None
    m = k + 1
    while m < n and doc[m].lower_ in ("just", "about", "around", "nearly", "almost", "only", "some"):
        m += 1
    other = match_amount(doc, m) if m < n else None
    if other is None or not (other.currency or other.percent or other.time_unit):
        return None
    return other


def is_age(doc, found: Found) -> bool:
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


def verb_unit(doc, found: Found) -> str | None:
    """A unit the governing verb implies: a vote tally counts votes; a quantity that a
    subject changes to counts that subject ("the majority was cut to 14")."""
    root = amount_root(doc, found)
    head = root.head
    if head.lemma_ == "vote" and root.dep_ in ("npadvmod", "dobj", "advmod", "nummod", "prep", "pobj"):
        return "votes"
    if root.dep_ == "pobj" and head.lower_ in ("to", "from", "by") and head.head.pos_ in ("VERB",):
        verb = head.head
        if verb.lemma_ in UP_WORDS or verb.lemma_ in DOWN_WORDS or verb.lemma_ in ("reduce", "bring", "increase", "change", "set"):
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
            if subj:
                return noun_phrase(subj[0], subj[0].i)
    return None


def elided_unit(doc, found: Found, previous: list[tuple[Found, Claim]]) -> tuple[str, str] | None:
    """The unit and kind of a number whose noun is elided: those of the last count before
    it, in its own sentence or the one before ("84,000 jobs ... another 20,000"); a
    scaled number may also take the currency of earlier money ("£77m, up from 38m")."""
    sent = doc[found.start].sent
    since = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    scaled = has_scale(doc, found)
    for f, c in reversed(previous):
        if f.start < since:
            break
        if c.kind == "money" and f.start > 0 and doc[f.start - 1].text in ("(", ";"):
            continue  # a conversion in brackets ("77m euros ($100m)") is not the running currency
        if c.unit and (c.kind == "count" or (scaled and c.kind == "money")):
            return c.unit, c.kind
    return None


def has_scale(doc, found: Found) -> bool:
    """Whether the number is written with a scale ("38m", "4 billion")."""
    for t in doc[found.start:found.num_end]:
        split = split_suffix(t.text)
        if low_word(t) in SCALES or (split is not None and split[1] in SCALES):
            return True
    return False
