"""What a speaker's name says about who it is: a person's full name, a surname with or
without a title, a lone given name, an organisation, or a description.

"New Jersey Gov. Jane Roe's" reads as the person Jane Roe with the title "New Jersey Gov.";
"Mr Roe" as the surname Roe of a man; "Roe University" as an organisation; "the campaign
statement" as a description. Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from tui_reader.analysis.corpus_wide.words import (
    FUNCTION_WORDS,
    HONORIFICS,
    HONOURS,
    LEADING_WORDS,
    NAME_TITLES,
    ORG_WORDS,
    PARTICLES,
    SUFFIXES,
    TITLE_MODIFIERS,
    WEAK_ORG_WORDS,
)
from tui_reader.analysis.speech.given_names import name_gender

Shape = Literal["full", "surname", "word", "org", "description"]
"""``full``: given name(s) and surname; ``surname``: a title and one name ("Mr Roe");
``word``: one capitalised word, which the corpus decides (a surname, a given name, a body);
``org``: an organisation's name; ``description``: words that are no name."""

_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’`()[]{}<>,;:!?*_|"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name read apart: the person's own words, what stood before them, and what kind of name it is."""

    text: str
    """The name as the article gave it."""
    words: tuple[str, ...]
    """The name proper, as written: titles, possessives and punctuation gone ("Jane Roe")."""
    title: str
    """What stood before the name proper ("New Jersey Gov.", "Mr"), or ""."""
    key: tuple[str, ...]
    """The name proper folded for matching: lower case, no dots, suffixes ("Jr.") apart."""
    suffix: str
    """A generational suffix ("jr", "iii"): one name with and without it is two people."""
    shape: Shape
    gender: str | None
    """"m" or "f" when an honorific ("Mrs") or a known given name says so."""
    clean: str
    """The name proper as one string, with its suffix."""
    surname: str
    """The last word of the key ("" when there is none)."""
    given: str
    """The first word of a full name's key ("" for other shapes)."""


def _fold(word: str) -> str:
    return word.casefold().replace(".", "").replace("’", "'")


def _strip(token: str) -> str:
    token = token.strip(_EDGE)
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token.strip("'’")


def _is_name_word(word: str) -> bool:
    folded = _fold(word)
    if folded in PARTICLES or (word[:1].isupper() and known_given(word)):
        return True  # "Will" and "Bill" are given names before they are words
    if not word[:1].isupper() or folded in FUNCTION_WORDS:
        return False
    return not any(ch.isdigit() for ch in word)


def _acronym(word: str) -> bool:
    # Dotted initials ("J.K.") are a given name, not an acronym.
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return False
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def known_given(word: str) -> bool:
    """Whether a word is a given name of the shipped list (hyphenated ones part by part)."""
    parts = [p for p in _fold(word).split("-") if p]
    return bool(parts) and all(name_gender(p) is not None for p in parts)


def _title_end(words: list[str]) -> int:
    """How many leading words are a title: up to the last title word that still leaves a
    name after it ("New Jersey Gov." of "New Jersey Gov. Jane Roe"), and after an owner
    in the possessive ("Acme's Jane Roe")."""
    end = 0
    for i, word in enumerate(words[:-1]):
        folded = _fold(word).strip("'")
        parts = folded.split("-")
        if folded in NAME_TITLES or (len(parts) > 1 and all(p in NAME_TITLES for p in parts)):
            end = i + 1
        elif i == end and folded in LEADING_WORDS and word[:1].isupper():
            end = i + 1
        elif _POSSESSIVE.search(word.strip(_EDGE.replace("'", "").replace("’", ""))):
            end = i + 1
    # A title word that is also a known given name opens the name instead ("Earl Roe").
    while 0 < end < len(words) and known_given(words[end - 1]) and _fold(words[end - 1]) not in HONORIFICS:
        end -= 1
    return end


@lru_cache(maxsize=1 << 18)
def parse(name: str) -> NameForm:
    """Read one name (cached: a corpus repeats its names many times)."""
    raw = _TOKEN.findall(name)
    if len(raw) > 1 and raw[0].casefold() == "the":
        raw = raw[1:]
    # A trailing suffix ("Jr.") belongs to the name, so the word before it is no title.
    tail = len(raw)
    while tail > 1 and _fold(raw[tail - 1].strip(_EDGE)) in SUFFIXES | HONOURS:
        tail -= 1
    end = _title_end(raw[:tail])
    title_words, rest = raw[:end], raw[end:]
    words = [w for w in (_strip(t) for t in rest) if w and w not in {"s", "S", "-"}]
    title = " ".join(title_words)
    # "spokesman for Jane Roe" and "Acme and Mr Roe" are not Jane Roe's or Mr Roe's names.
    loose = any(not w[:1].isupper() and _fold(w) not in NAME_TITLES | TITLE_MODIFIERS for w in title_words)
    key = [_fold(w) for w in words]
    suffix, honours = "", False
    while len(key) > 1 and key[-1] in SUFFIXES | HONOURS:
        last = key.pop()
        if last in HONOURS:
            words.pop()
            honours = True
        else:
            suffix = suffix or last
    honorific = [HONORIFICS[f] for f in (_fold(w) for w in title_words) if f in HONORIFICS]
    gender = next((g for g in honorific if g), None)
    shape: Shape
    if not words or loose or not all(_is_name_word(w) for w in words) or len(key) > 5:
        shape = "org" if words and any(_fold(w) in ORG_WORDS for w in words) else "description"
    elif any(k in ORG_WORDS for k in key) or _acronym(words[len(key) - 1]):
        shape = "org"
    elif key[-1] in NAME_TITLES and not known_given(words[0]):
        shape = "description"  # a title without a name: "Foreign Secretary", "Tory MP"
    elif any(k in WEAK_ORG_WORDS for k in key) and not known_given(words[0]):
        shape = "org"
    elif sum(1 for k in key if k not in PARTICLES) >= 2 and key[0] not in PARTICLES:
        shape = "full"
        gender = gender or name_gender(key[0])
    elif honours and not title_words:
        shape = "description"  # "Tory MP": a party or a seat, then the honour
    elif title_words:
        shape = "surname"
    else:
        shape = "word"
    surname = key[-1] if key else ""
    given = key[0] if shape == "full" else ""
    return NameForm(name, tuple(words), title, tuple(key), suffix, shape, gender, " ".join(words), surname, given)


@lru_cache(maxsize=1 << 16)
def identity_text(text: str) -> str:
    """An organisation's or a description's name folded for matching: the whole of it,
    without a leading "the" or a final possessive ("Acme's" and "acme" are one)."""
    words = [w for w in (_strip(t).casefold() for t in _TOKEN.findall(text)) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def modifier_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The capitalised words that qualify a role or an organisation in a description or an
    organisation's name, folded: ("labour",) of "Labour spokesman", ("lib", "dem") of
    "Lib Dem home affairs spokesman". A party or a company is named so; a person seldom."""
    if parse(text).shape not in ("org", "description"):
        return ()
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    pending: tuple[str, ...] = ()
    for token in _TOKEN.findall(text):
        word = _strip(token)
        folded = _fold(word)
        if not word:
            continue
        if _POSSESSIVE.search(token.strip(_EDGE.replace("'", "").replace("’", ""))):
            # "Roe's lawyer" is a person's lawyer as often as "Acme's lawyer" is a firm's
            run, pending = [], ()
        elif folded in ORG_WORDS or folded in NAME_TITLES:
            if run or pending:
                runs.append(tuple(run) or pending)
            run, pending = [], ()
        elif word[:1].isupper() and folded not in FUNCTION_WORDS:
            run.append(folded)
        else:
            # lower-case words may stand between the run and its noun ("Lib Dem home affairs spokesman")
            pending, run = tuple(run) or pending, []
    return tuple(runs)
