"""The noun an amount counts, read from the parse: the noun it modifies ("84,000 jobs",
"23 European and Arab countries"), the noun after "of" ("thousands of workers", "117
million out of 833 million handsets"), and the token of the amount the parse attaches.
"""

from __future__ import annotations

from tui_reader.analysis.claims.amounts import Found, phrase_at
from tui_reader.analysis.claims.exclusions import is_month
from tui_reader.analysis.claims.units import COMPARISON_WORDS, HEDGES_AFTER, TEMPORAL_NOUNS

QUOTE_MARKS = {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "'"}


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
    """A noun with the common-noun compounds before it that follow the number ("job cuts"),
    hyphenated words whole ("e-mails", "pre-orders")."""
    doc = noun.doc
    words = [c for c in noun.children if c.dep_ == "compound" and after <= c.i < noun.i and c.pos_ == "NOUN"]
    words = [c for c in words if all(t.dep_ == "compound" or t.i == noun.i for t in doc[c.i:noun.i])]
    # "100-franc", "long-range": the half of a hyphenated modifier is no compound of the noun
    words = [c for c in words if not (c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 2].whitespace_)]
    start = noun.i
    while (
        start >= 2
        and start - 2 >= after
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    head = doc[start:noun.i + 1].text
    return " ".join([c.text for c in sorted(words, key=lambda t: t.i) if c.i < start] + [head])


def _whole_word(tok):
    """The last part of a hyphenated noun the parse split ("e" in "e-mails" -> "mails")."""
    doc = tok.doc
    while (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].is_alpha
    ):
        tok = doc[tok.i + 2]
    return tok


def head_noun(doc, found: Found):
    """The noun the amount modifies, when it follows it ("84,000 jobs", "62 Labour rebels")."""
    root = amount_root(doc, found)
    end = found.end
    hedge = phrase_at(doc, end, HEDGES_AFTER)
    if hedge is not None and hedge != ("plus",):
        end += len(hedge)  # "the 100 or so unbound delegates"
    head = root.head
    if end < len(doc) and _nominal_adjective(doc, doc[end], end):
        return doc[end]  # "the 53 wounded"
    if root.dep_ in MODIFIER_DEPS and head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= 8:
        between = doc[end:head.i]
        marks = [t for t in between if t.text in QUOTE_MARKS]
        quoted_words = len(marks) == 2 and marks[0].i > end - 1 and marks[1].i < head.i
        if all(
            (t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB", "PUNCT", "NUM") or _joins_modifiers(t, end, head))
            and t.text not in (",", ";", ":", "(", ")")
            and (t.text not in QUOTE_MARKS or quoted_words)  # "the 100 "unbound" delegates"
            and t.lower_ not in COMPARISON_WORDS
            and not (t.tag_ == "NNS" and t.dep_ != "compound")  # "3 to 9 workers next year": the workers
            for t in between
        ):
            if (
                not is_month(head)
                and not (head.pos_ == "PROPN" and head.tag_ == "NNP")
                and head.lower_ not in TEMPORAL_NOUNS
            ):
                return _whole_word(head)
    # The parse may miss the link: take the noun right after the number.
    k = end
    while (
        k < len(doc)
        and k - end < 4
        and (doc[k].pos_ == "ADJ" or doc[k].dep_ in ("compound", "amod"))
        and doc[k].text not in ("-",)
    ):
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].tag_ in ("NNS", "NN") and doc[k].dep_ != "compound":
        if (doc[k].tag_ == "NNS" or found.amount.value == 1) and doc[k].lower_ not in TEMPORAL_NOUNS:
            return _whole_word(doc[k])
    return None


def _joins_modifiers(tok, start: int, head) -> bool:
    """A conjunction between two modifiers of the counted noun ("23 European and Arab
    countries"), or "or" between two numbers of it ("30 or 40 staff")."""
    if tok.pos_ != "CCONJ" or tok.head.head.i != head.i or tok.head.i >= tok.i:
        return False
    return start < tok.i or tok.lower_ == "or"


def of_noun(doc, found: Found):
    """What an amount followed by "of" counts: ("thousands of workers") -> workers.

    Returns False when "of" leads to a pronoun ("two of these"): the number then stands
    for a pronoun, not a claim.
    """
    k = found.end
    if k + 1 < len(doc) and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
        k += 1  # "117 million out of 833 million handsets"
    elif k + 1 < len(doc) and doc[k].lower_ in ("more", "fewer") and doc[k + 1].lower_ == "of":
        k += 1  # "an option on 10 more of the jets"
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    of = doc[k]
    objs = [c for c in of.children if c.dep_ == "pobj"]
    if objs:
        obj = objs[0]
    else:
        m = k + 1
        while (
            m < len(doc)
            and doc[m].pos_ in ("DET", "ADJ", "NUM", "PART")
            or (m < len(doc) and doc[m].dep_ in ("poss", "case", "compound"))
        ):
            m += 1
        if m >= len(doc):
            return None
        obj = doc[m]
    if obj.pos_ in ("PRON", "DET") or obj.lower_ in ("which", "whom", "them", "these", "those"):
        return False
    if obj.i + 1 < len(doc) and doc[obj.i + 1].tag_ == "POS":
        # "seven of the state's 44 delegates": the owner is not what is counted
        m = obj.i + 2
        while m < len(doc) and (doc[m].like_num or doc[m].pos_ == "ADJ" or doc[m].dep_ == "compound"):
            m += 1
        if m < len(doc) and doc[m].pos_ == "NOUN":
            return doc[m]
    if obj.like_num and obj.i + 1 < len(doc):
        after = doc[obj.i + 1]  # "23 of the 53 wounded", "five of the eight men": what the whole counts
        if (after.pos_ == "NOUN" and after.tag_ == "NNS") or _nominal_adjective(doc, after, obj.i + 1):
            return after
    if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("GPE", "ORG", "PERSON", "LOC", "FAC"):
        return obj
    if _nominal_adjective(doc, obj, obj.i):
        return obj  # "twenty of the wounded"
    return None


def _nominal_adjective(doc, tok, end: int) -> bool:
    """An adjective or participle standing for people after "the" and a number ("the 53
    wounded", "the injured"), right where the amount ends."""
    if tok.i != end or tok.tag_ not in ("JJ", "VBN"):
        return False
    if tok.dep_ not in ("pobj", "nsubj", "nsubjpass", "dobj", "attr") and not (
        tok.dep_ in ("acl", "amod") and tok.head.i < tok.i
    ):
        return False
    return any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children) or (
        tok.i >= 2 and doc[tok.i - 2].lower_ == "the"
    )
