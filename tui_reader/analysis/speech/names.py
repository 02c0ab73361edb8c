"""Human names: what is the name and what is a title, by ``nameparser``.

A person's canonical name is their given and family names (middle names kept, initials
dropped, a generational suffix kept: "Jr." is someone else). Titles, honorifics and the
roles news puts before a name ("Coordinator", "Former Chelsea captain") come off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

from tui_reader.analysis.speech.given_names import name_gender
from tui_reader.analysis.speech.lexicon import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    PEERAGE,
    PERSON_ROLES,
    ROLE_NOUNS,
)

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
INITIAL = re.compile(r"^[A-Z]\.?$")
# Generational suffixes: part of who someone is ("Jr." is the son, not the father).
GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (low in HONORIFICS or low + "." in HONORIFICS or low in CONSTANTS.titles or low in ROLE_NOUNS
            or low in PERSON_ROLES)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A parsed person's name: ``given`` may be empty ("Mr Okafor"), ``surname`` never is."""

    given: str
    middle: str
    surname: str
    suffix: str = ""
    title: str = ""  # the honorific or title met, for gender ("Mrs", "Lord")

    @property
    def full(self) -> bool:
        """Given and family name: "Ana Lind", not "Lind" or "Ms Lind"."""
        return bool(self.given)

    @property
    def canonical(self) -> str:
        if not self.given and self.title.lower() in PEERAGE:
            return f"{self.title} {self.surname}"  # "Lord Smith" has no other name
        return " ".join(p for p in (self.given, self.middle, self.surname, self.suffix) if p)

    @property
    def gender(self) -> str | None:
        low = self.title.lower()
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
        return name_gender(self.given) if self.given else None


def strip_title(words: list[str]) -> tuple[list[str], str]:
    """The name words without leading roles and titles, and the last title met.

    Lower-case words are roles ("senior vice president"); a capitalised word is a title
    when the title lists know it and a name still follows it.
    """
    title = ""
    words = [POSSESSIVE.sub("", w) if i == len(words) - 1 else w for i, w in enumerate(words)]
    words = [w for w in words if w]
    while len(words) > 1 and not _particle(words[0], words[1]) and (not words[0][:1].isupper() or _title_word(words[0])
                              or (len(words) > 2 and name_gender(words[1]) and not name_gender(words[0]))):
        # the last test: a word before a known given name and a surname is a role ("Coordinator Jo Ames")
        if words[0][:1].isupper():
            title = words[0].rstrip(".")
        words = words[1:]
    return words, title


def _special(word: str) -> bool:
    """A word the name parser treats apart: a particle ("van"), a conjunction, a nickname."""
    low = word.lower()
    return low in CONSTANTS.prefixes or low in CONSTANTS.conjunctions or word[:1] in "\"'(\u201c\u2018" \
        or word.endswith(",")


# Particles of family names ("van der Berg", "in 't Hout", "de Vries"); "in" only before another.
PARTICLES = frozenset(p for p in CONSTANTS.prefixes if p.isalpha() or p in ("'t", "\u2019t")) | {"ten", "zum", "zur"}

# Those that open a family name written alone ("Van der Berg"); not "Al" of "Al Gore".
LEADING_PARTICLES = frozenset("van von de der den da di du le la ter ten in dos das del della".split())


def _particle(word: str, following: str) -> bool:
    low = word.lower()
    return low in PARTICLES or (low == "in" and following.lower() in PARTICLES)


def _particle_start(words: list[str]) -> int | None:
    """Where a family name that starts with particles begins, or None: after the given name
    ("Anna van der Berg" -> 1, lower-case particles), or at the start when every word
    before the last is a particle ("Van der Berg", "In 't Hout" -> 0)."""
    if words[0].lower() in LEADING_PARTICLES and words[-1][:1].isupper() \
            and all(_particle(w, n) for w, n in zip(words[:-1], words[1:], strict=False)):
        return 0
    k = len(words) - 1
    while k > 1 and words[k - 1].islower() and _particle(words[k - 1], words[k]):
        k -= 1
    return k if k < len(words) - 1 else None


@lru_cache(maxsize=4096)
def parse_name(text: str) -> PersonName | None:
    """The parts of a person's name as written, or None when no name word is left."""
    raw = [w for w in re.split(r"\s+", text.strip()) if w and w not in ("-", ",")]
    words, title = strip_title(raw)
    if not words:
        return None
    suffix = ""
    if len(words) > 1 and words[-1].lower().rstrip(",") in GENERATIONS:
        suffix = words[-1].rstrip(",")
        words = words[:-1]
    if len(words) == 1:
        return PersonName("", "", words[0], suffix, title)
    particles = _particle_start(words)
    if particles is not None:
        # "van der Berg", "in 't Hout": the particles belong to the family name
        given = words[0] if particles > 0 else ""
        middle = " ".join(w for w in words[1:particles] if not INITIAL.match(w))
        return PersonName(given, middle, " ".join(words[particles:]), suffix, title)
    if len(words) == 2 and not any(_special(w) for w in words):
        return PersonName(words[0], "", words[1], suffix, title)  # the common case, without the parser
    parsed = HumanName(" ".join(words))
    given, last = parsed.first, parsed.last
    if not given or not last:
        given, last = words[0], words[-1]
    middle = " ".join(w for w in parsed.middle.split() if not INITIAL.match(w))
    nickname = parsed.nickname
    if nickname and given == nickname:
        given = ""
    return PersonName(given, middle, last, suffix, title)
