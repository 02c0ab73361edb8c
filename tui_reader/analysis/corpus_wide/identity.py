"""Who is who across articles: merging the names one person goes by.

"Ms Ashby" in one article and "Jane Ashby" in another are one person when they
share a last name and one name's words are a subset of the other's, once titles such as
Mr or Dr are dropped. Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tui_reader.analysis.speech.given_names import name_gender

TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor"})
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name that identify a person: lower case, titles and punctuation dropped.

    A possessive ending ("Ashby's") is dropped too, so a name read from running text
    matches the plain form.
    """
    words = []
    for word in _WORD.findall(name.casefold()):
        word = word.strip("'’-")
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
        if word and word.rstrip(".") not in TITLES:
            words.append(word)
    return tuple(words)


def same_person(a: str, b: str) -> bool:
    """Whether two names can denote the same person (same last name, one a subset of the other)."""
    return keys_match(name_key(a), name_key(b))


def keys_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``same_person`` on keys already computed by ``name_key``."""
    if not a or not b or a[-1] != b[-1]:
        return False
    first, second = set(a), set(b)
    return first <= second or second <= first


def identifying(names: Iterable[str]) -> set[str]:
    """The names of one person in one article that can identify them elsewhere.

    The first name is the article's canonical name and always stays. Dropped: names
    whose words are a strict subset of another's ("Blair" beside "Tony Blair" means him
    only in that article) and names that do not end in the canonical name's last name
    (descriptions such as "the Tory leader" or "spokesman").
    """
    keys = {n: set(name_key(n)) for n in names if n and name_key(n)}
    if not keys:
        return set()
    first = next(iter(keys))
    last = name_key(first)[-1]
    return {first} | {
        n for n, k in keys.items()
        if name_key(n)[-1] == last and not any(k < other for other in keys.values())
    }


def _display_rank(name: str) -> tuple[int, int]:
    # The fullest name wins: most identifying words, then the longer spelling.
    return (len(name_key(name)), len(name))


@dataclass(frozen=True, slots=True)
class Person:
    """One person and every name they were found under; ``name`` is the fullest."""

    name: str
    names: frozenset[str]


class People:
    """Groups the names found across a corpus into people.

    Each input group holds names already known to be one person (a speaker's name, first,
    and aliases within an article). Groups are merged when their names match by
    ``same_person``. A short name that fits several people who do not fit each other
    ("Mr Smith" beside "John Smith" and "Jane Smith") is ambiguous and stays on its own
    rather than joining two different people together. For the same reason a group's
    shorter names ("Blair" beside "Tony Blair") only meant that person in that article:
    they never link the group to another one.

    A person's display name is a name of two words or more, preferably opening with a
    known given name and given first (as an article's canonical name) by two groups or
    more, then the fullest: "Jane Ashworth" rather than a one-off "Labour Jane Ashworth".
    """

    def __init__(self, groups: Iterable[Iterable[str]]):
        clusters: list[set[str]] = []
        by_key: dict[tuple[str, ...], int] = {}
        uses: Counter[str] = Counter()
        short_forms: list[tuple[str, set[str]]] = []  # (canonical name, its dropped names)
        # Identical keys first: "Ms Ashby" and "Ashby" are plainly the same.
        for group in groups:
            group = [n for n in group if n and name_key(n)]
            if not group:
                continue
            uses[group[0]] += 1
            names = identifying(group)
            last = name_key(group[0])[-1]
            shorter = {n for n in group if n not in names and name_key(n)[-1] == last}
            if shorter:
                short_forms.append((group[0], shorter))
            hits = {by_key[name_key(n)] for n in names if name_key(n) in by_key}
            if hits:
                target = min(hits)
                for other in sorted(hits - {target}, reverse=True):
                    clusters[target] |= clusters[other]
                    clusters[other] = set()
                clusters[target] |= names
            else:
                target = len(clusters)
                clusters.append(set(names))
            for name in clusters[target]:
                by_key[name_key(name)] = target
        clusters = [c for c in clusters if c]
        merged = self._merge_subsets(clusters)
        self._attach_short_forms(merged, short_forms)

        def display(name: str) -> tuple:
            key = name_key(name)
            plain = key == tuple(w.casefold() for w in _WORD.findall(name))
            # A description run into the name ("Councillors Jane Ashworth") does not start
            # with a given name, and is seldom an article's name for the person.
            given = len(key) >= 2 and name_gender(key[0]) is not None
            return (len(key) >= 2, given, uses[name] >= 2, len(key), uses[name], plain, len(name), name)

        self.people: list[Person] = sorted(
            (Person(max(m, key=display), frozenset(m)) for m in merged),
            key=lambda p: p.name.casefold(),
        )
        self._by_name = {n: p for p in self.people for n in p.names}
        self._by_folded = {n.casefold(): p for p in self.people for n in p.names}
        self._by_last: dict[str, set[Person]] = {}
        for person in self.people:
            for name in person.names:
                self._by_last.setdefault(name_key(name)[-1], set()).add(person)

    @staticmethod
    def _attach_short_forms(merged: list[set[str]], short_forms: list[tuple[str, set[str]]]) -> None:
        """Give each person the short forms of their name that their articles used
        ("Ms Ashby"), unless one was used for two different people: then it belongs to
        nobody. Descriptions ("the minister") are no one's name."""
        owner = {n: i for i, m in enumerate(merged) for n in m}
        claims: dict[str, set[int]] = {}
        for first, dropped in short_forms:
            for name in dropped:
                if name not in owner:
                    claims.setdefault(name, set()).add(owner[first])
        for name, targets in claims.items():
            if len(targets) == 1:
                merged[targets.pop()].add(name)

    @staticmethod
    def _merge_subsets(clusters: list[set[str]]) -> list[set[str]]:
        """Join clusters whose names are subsets of each other, fullest names first, so
        a short name meets its full forms. Clusters are found through their last names:
        only names sharing one can match, which keeps a whole corpus linear."""
        clusters.sort(key=lambda c: max(_display_rank(n) for n in c), reverse=True)
        merged: list[set[str]] = []
        by_last: dict[str, set[int]] = {}
        for cluster in clusters:
            keys = {name_key(n) for n in cluster}
            lasts = {k[-1] for k in keys}
            candidates = sorted({i for last in lasts for i in by_last.get(last, ())})
            fits = [i for i in candidates
                    if any(keys_match(k, name_key(n)) for k in keys for n in merged[i])]
            if fits and People._compatible([merged[i] for i in fits]):
                target = fits[0]
                for other in fits[1:]:
                    for name in merged[other]:
                        by_last[name_key(name)[-1]].discard(other)
                    merged[target] |= merged[other]
                    merged[other] = set()
                merged[target] |= cluster
            else:
                target = len(merged)
                merged.append(set(cluster))
            for name in merged[target]:
                by_last.setdefault(name_key(name)[-1], set()).add(target)
        return [m for m in merged if m]

    @staticmethod
    def _compatible(clusters: list[set[str]]) -> bool:
        fullest = [max(c, key=_display_rank) for c in clusters]
        return all(same_person(a, b) for i, a in enumerate(fullest) for b in fullest[i + 1 :])

    def person_of(self, name: str | None) -> Person | None:
        """The person a name (as found in an analysis) belongs to; a name never seen
        belongs to the one person it fits, if only one does."""
        if not name:
            return None
        return self._by_name.get(name) or self._by_folded.get(name.casefold()) or self._unique(name)

    def _unique(self, name: str) -> Person | None:
        # A short name ("Mr Blair") is the person only when one person fits it.
        key = name_key(name)
        if not key:
            return None
        fits = {p for p in self._by_last.get(key[-1], ()) if any(keys_match(key, name_key(n)) for n in p.names)}
        return fits.pop() if len(fits) == 1 else None

    def find(self, typed: str) -> Person | None:
        """The person a typed name refers to: an exact name first, then a unique match."""
        typed = typed.strip()
        return self.person_of(typed)

    def all_names(self) -> list[str]:
        """Every known name, fullest forms first, for completion."""
        names = [p.name for p in self.people]
        names += sorted({n for p in self.people for n in p.names} - set(names), key=str.casefold)
        return names

    def __len__(self) -> int:
        return len(self.people)
