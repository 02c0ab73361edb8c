"""What a figure is about: the subject noun of a claim, as a lemma ("job", "inflation").

The unit says what is counted ("%", "£", "jobs"); the subject says of what, so that
"inflation hit 2.3%" and "turnout fell to 58%" are told apart when claims are grouped.
The rules, in order:

1. a counted noun is its own subject ("84,000 jobs" -> "job");
2. the noun after "of" ("45% of claimants" -> "claimant", "£2bn of debt" -> "debt");
3. the noun the amount modifies ("a £2bn deal" -> "deal"), or for a noun of change what
   changes ("a 5% rise in prices" -> "price");
4. the noun an "of" or "at" phrase hangs from ("growth of 3%" -> "growth");
5. the subject of the verb that governs the amount ("Turnout fell to 58%" -> "turnout",
   "The deal is worth £1.5bn" -> "deal").

Pronouns and names of people are no subject: the figure is then about nothing we can name.
"""

from __future__ import annotations

from tui_reader.analysis.claims.amounts import Found
from tui_reader.analysis.claims.numbers import SCALES
from tui_reader.analysis.claims.units import CURRENCY_WORDS

# Nouns of change: the figure is about what changes, in their "in"/"of" phrase.
CHANGE_NOUNS = {
    "rise", "increase", "fall", "drop", "cut", "decline", "growth", "jump", "gain", "loss",
    "reduction", "hike", "boost", "slump", "surge", "dip", "climb", "change", "shortfall",
}
# Nouns that only say what kind of figure it is ("an average of 5%", "a total of 300"):
# the subject is what they belong to, further up the parse.
GENERIC_NOUNS = {
    "average", "total", "figure", "sum", "amount", "number", "level", "value", "maximum",
    "minimum", "peak", "high", "low", "record", "estimate", "tally", "count",
}
# Prepositions that tie an amount to the verb it measures ("fell to 58%", "rose by 3%").
LINKING_PREPS = {"to", "by", "from", "at", "of", "around", "about", "over", "under", "than", "with", "for"}
MODIFYING_DEPS = {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod"}


def claim_subject(doc, found: Found, root, noun=None) -> str | None:
    """The lemma of what the claim is about, or None.

    ``root`` is the amount's token that attaches outside it; ``noun`` the token the unit
    was read from, when any.
    """
    if noun is not None:
        return lemma_phrase(noun)
    of = _after_of(doc, found.end)
    if of is not None:
        return lemma_phrase(of)
    for _ in range(3):
        head = root.head
        if root.dep_ in MODIFYING_DEPS and head.pos_ == "NOUN" and head.i >= found.end:
            about = _changed(head) or head
        elif root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ == "NOUN":
            about = head.head
        else:
            return _verb_subject(root)
        if about.lemma_.lower() not in GENERIC_NOUNS:
            return lemma_phrase(about, found.end)
        root = about  # "an average of 5%": what the average is of, further up
    return None


def lemma_phrase(tok, after: int = 0) -> str | None:
    """A noun with its compounds from token ``after`` on, lower case, the head as a lemma
    ("interest rates" -> "interest rate", "e-mails" -> "e-mail"); None for pronouns and people."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PERSON":
        return None
    doc = tok.doc
    beside_number = any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i - 2))
    if tok.lower_ in SCALES or (tok.lower_ in CURRENCY_WORDS and beside_number) or any(ch.isdigit() for ch in tok.text):
        return None  # part of an amount the parse took for a noun ("mln", "dlrs"); "the euro rose" is about the euro
    # Compounds before the noun, not the amount itself ("a £2bn deal" is about a deal).
    words = [
        c.i
        for c in tok.children
        if c.dep_ == "compound"
        and after <= c.i < tok.i
        and c.pos_ in ("NOUN", "PROPN")
        and not any(ch.isdigit() for ch in c.text)
        and not (c.lower_ in SCALES and doc[c.i - 1].like_num)  # "5m shares": the scale of the number
    ]
    start = min(words, default=tok.i)
    while (
        start - 2 >= after
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    head = (tok.lemma_ if tok.pos_ == "NOUN" else tok.text).lower()
    if start == tok.i:
        return head
    # The span keeps its spelling: "start-up" stays one word, "house prices" two.
    before = doc[start:tok.i]
    return before.text.lower() + ("" if not before[-1].whitespace_ else " ") + head


def _after_of(doc, k: int):
    """The noun of an "of" phrase right after the amount ("of claimants", "of the firm's staff")."""
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    objs = [c for c in doc[k].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    return objs[0] if objs else None


def _changed(noun):
    """What a noun of change is about ("rise in prices" -> prices), or None."""
    if noun.lemma_.lower() not in CHANGE_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs[0]
    return None


def _verb_subject(root) -> str | None:
    """The subject of the verb the amount measures, climbing prepositions and "worth"."""
    tok = root
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "ADP" and head.lower_ in LINKING_PREPS or head.lower_ in ("worth", "up", "down"):
            tok = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return None  # the amount is the subject itself ("300 people attended")
            if tok.lower_ in ("to", "by", "from"):
                # "raised its dividend to 15 cents": what changes is the object
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if objects and lemma_phrase(objects[0]):
                    return lemma_phrase(objects[0])
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return lemma_phrase(subjects[0]) if subjects else None
        return None
    return None
