"""Whether the "m" after a number is metres or millions: "the 100m final", "landed 17.30m",
"1m is equal to 10 dm" against "1.6m voters", "5m of them", "up from 1.25m".

News writes both with the same letter; the words around the number decide, and a text
that names money anywhere keeps its bare millions for money.
"""

from __future__ import annotations

import re

from tui_reader.analysis.claims.currencies import glued_sign, is_sign
from tui_reader.analysis.claims.measures import lookup
from tui_reader.analysis.claims.numbers import split_suffix
from tui_reader.analysis.claims.sentences import sentence_of
from tui_reader.analysis.claims.unit_phrases import glued_unit
from tui_reader.analysis.claims.units import CURRENCY_SIGNS, CURRENCY_WORDS, RACE_WORDS


def is_metres(doc, j: int, end: int) -> bool:
    """Whether the "m" ending a bare whole number means metres ("the 100m title"), not
    millions, which count something plural ("1.6m voters", "5m of them") or have decimals."""
    last = doc[end - 1]
    split = split_suffix(last.text)
    if not (last.lower_.rstrip(".") == "m" or (split is not None and split[1] == "m")):
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in SIZE_WORDS:
        return True  # "1.8m tall", "a 2.5m high wall": a size
    if nxt is not None and nxt.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].pos_ == "PRON":
        return False  # "5m of them": people
    decimals = [t.text.rstrip(".") for t in doc[j:end] if "." in t.text.rstrip(".")]
    if decimals:
        return _measured_to_the_centimetre(doc, decimals[0], end)
    # "the 100m final", "my 60m title", "the 800m and 1000m": a race or a distance.
    if nxt is not None and nxt.tag_ == "NN" and nxt.lower_ not in CURRENCY_WORDS:
        return True
    if nxt is not None and nxt.lemma_.lower() in RACE_WORDS:
        return True  # "Britain's best 400m runners": a race distance, whatever comes before
    if _among_measures(doc, j, end, nxt):
        return True  # "1m is equal to 10 dm", "its reach is 48m and its load 100t"
    k = j - 1
    plural_after = nxt is not None and nxt.tag_ == "NNS"  # "the remaining 5m shares" count shares
    while k > 0 and (doc[k].lower_ in STRETCH_WORDS or doc[k].tag_ == "JJS") and not plural_after:
        k -= 1  # "my final 200m", "the fastest 100m": a stretch of a course
    return k >= 0 and doc[k].tag_ in ("DT", "PRP$") and doc[k].lower_ not in ("a", "an", "some", "another")


def _among_measures(doc, j: int, end: int, nxt) -> bool:
    """Whether a bare "Nm" stands among other measures in its sentence, in a text that
    names no money and with nothing counted after it: metres, not millions."""
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of") or _mentions_money(doc):
        return False
    return any(not (j <= i < end) for i in _measures_in_sentence(doc, j))


def _measures_in_sentence(doc, j: int) -> list[int]:
    """The tokens of the sentence holding ``j`` that are numbers with a unit, read once a
    sentence: a text of one endless sentence would otherwise be read once a number."""
    sent = sentence_of(doc, j)
    cache = doc.user_data.setdefault("newsreader.sentence_measures", {})
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = [
            t.i for t in sent if any(ch.isdigit() for ch in t.text) and (
                glued_unit(t) is not None
                or (t.i + 1 < len(doc) and lookup(doc[t.i + 1].text, not t.whitespace_) is not None))
        ]
    return found


CENTIMETRES_RE = re.compile(r"\.\d\d(?:m)?$")


def _measured_to_the_centimetre(doc, number: str, end: int) -> bool:
    """Whether an "m" after decimals is metres: a jump or a throw is measured to the
    centimetre ("landed 17.30m", "a best of 4.25m"), and a length may come with its
    conversion ("the 1.3m (4.2ft) robot"); millions count something ("1.25m voters",
    "2.5m of them") or are money's ("up from 1.6m")."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text == "(" and end + 1 < len(doc):
        inner = glued_unit(doc[end + 1]) or (lookup(doc[end + 2].text) if end + 2 < len(doc) else None)
        return inner is not None and inner.family == "length"
    counts = nxt is not None and (nxt.tag_ == "NNS" or nxt.lower_ == "of")
    return bool(CENTIMETRES_RE.search(number)) and not counts and not _mentions_money(doc)


def _mentions_money(doc) -> bool:
    """Whether a text names money anywhere: its bare millions ("up from 1.25m") are then
    money's, not metres."""
    key = "newsreader.mentions_money"
    if key not in doc.user_data:
        doc.user_data[key] = any(
            t.lower_ in CURRENCY_SIGNS or is_sign(t.text) or (t.lower_ in CURRENCY_WORDS and t.pos_ != "VERB")
            or glued_sign(t.text) is not None
            for t in doc
        )
    return doc.user_data[key]


# Words that pick out a stretch of a course before a distance ("the last 50m").
STRETCH_WORDS = {"final", "last", "first", "opening", "closing", "second", "third"}


# Adjectives of size after a length ("1.8m tall", "10 in long").
SIZE_WORDS = {"long", "wide", "tall", "high", "thick", "deep", "across", "away", "apart", "diameter"}
