"""A person's role across the corpus: their most frequent title or apposition, never a stray word.

Each article may give a speaker a role ("the Retail Union's chief economist") and a title
before the name ("Sen. Jane Roe"). A phrase counts as a role only when its main noun
phrase (before "of", "for", "who"...) ends in a role noun ("economist", "senator",
"spokeswoman") and carries no rating or relating word ("the other candidate", "the most able
candidate"). Roles vote by articles, grouped by that noun ("Sen." and "Senator" together;
family ties count half), and the group's most frequent wording is shown.
Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from tui_reader.analysis.corpus_wide.words import (
    ABBREVIATIONS,
    ARTICLES,
    HONORIFICS,
    NOT_ROLE_MODIFIERS,
    PREPOSITIONS,
    RELATIONS,
    ROLE_NOUNS,
)

# Long appositions are cut before a relative clause; what is left is capped in words.
MAX_WORDS = 12
_SPACED = [(re.compile(r"\s+(['’]s?)\b"), r"\1"), (re.compile(r"\s*-\s*"), "-"), (re.compile(r"\s+([,.;:])"), r"\1")]
_RELATIVE = re.compile(r"\s*,?\s+(?:who|which|that|whose|where)\b.*$", re.IGNORECASE)
_SUFFIXED = ("man", "woman", "person", "ist", "ician", "writer", "surgeon")


def _fold(word: str) -> str:
    return word.casefold().strip(".,'’\"“”()").replace(".", "")


def _role_noun(word: str) -> bool:
    folded = _fold(word)
    if folded in ROLE_NOUNS or folded in RELATIONS:
        return True
    last = folded.rsplit("-", 1)[-1]
    if last in ROLE_NOUNS or last in RELATIONS:
        return True
    return len(folded) > 5 and folded.endswith(_SUFFIXED) and folded.replace("-", "").isalpha()


def _boundary(word: str) -> bool:
    # A preposition, or a participle opening a clause ("lawyer leading the suit").
    folded = _fold(word)
    return folded in PREPOSITIONS or (word.islower() and folded.endswith(("ing", "ed")) and len(folded) > 5)


@lru_cache(maxsize=1 << 14)
def role_head(phrase: str) -> tuple[str, str] | None:
    """The phrase tidied for showing, and the noun it is grouped by; None when it is no role."""
    text = phrase.strip()
    for pattern, repl in _SPACED:
        text = pattern.sub(repl, text)
    text = _RELATIVE.sub("", text).strip(" ,;:-")
    words = text.split()
    while words and _fold(words[0]) in ARTICLES:
        words = words[1:]
    # The head is the last word before a preposition that is a role noun: "director" of
    # "director of the project", "professor" of "University of Utah professor".
    for end, word in enumerate(words):
        if end + 1 < len(words) and not _boundary(words[end + 1]):
            continue
        if _role_noun(word):
            break
    else:
        return None
    if any(_fold(w) in NOT_ROLE_MODIFIERS for w in words[:end]) or end >= MAX_WORDS:
        return None
    # A long apposition is shown up to the last preposition within the limit.
    if len(words) > MAX_WORDS:
        cut = max(i for i in range(end + 1, MAX_WORDS + 1) if i == end + 1 or _boundary(words[i]))
        words = words[:cut]
    folded = _fold(words[end])
    return " ".join(words), ABBREVIATIONS.get(folded, folded)


def title_role(title: str) -> str | None:
    """The role a title before a name gives ("Sen." of "Sen. Jane Roe"); honorifics ("Mr") give none."""
    words = [w for w in title.split() if _fold(w) not in HONORIFICS]
    if not words or words[-1].endswith(("'s", "’s", "s'", "s’")):
        return None
    return " ".join(words)


def best_role(phrases_by_article: Iterable[Iterable[str]]) -> str | None:
    """The role most articles give (each article's phrases count once), grouped by their
    noun; within the winning group, its most frequent wording, the shorter on a tie."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    weight: dict[str, float] = defaultdict(float)
    for phrases in phrases_by_article:
        heads: dict[str, str] = {}
        for phrase in phrases:
            found = role_head(phrase)
            if found is not None:
                shown, head = found
                groups[head][shown] += 1
                heads.setdefault(head, shown)
        for head in heads:
            weight[head] += 0.5 if head in RELATIONS else 1
    if not weight:
        return None
    head = max(weight, key=lambda h: (weight[h], groups[h].most_common(1)[0][1], h))
    wordings = groups[head]
    return min(wordings, key=lambda w: (-wordings[w], len(w.split()), len(w), w))
