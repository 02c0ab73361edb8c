"""Claims across a corpus, grouped by what they count so that differing figures meet.

Pure (no spaCy, no Textual): the ``claims`` command and the app's claims view share it.

The group key is ``(unit, subject)``, both normalised:

- for a measure, its dimension and the unit its figures are compared in ("speed (km/h)",
  "data size (B)", "temperature (°C)"), so "70 mph" and "110 km/h" meet while km/h and GB
  never do; figures are then compared in that unit;
- otherwise the unit in lower case with its last word singular, every spelling of a
  percent as "%" ("70 per cent", "5 pct" -> "%"; "jobs" -> "job"; "job cuts" -> "job
  cut"), currency signs as they are ("£", "C$"), with what it is per ("$ per barrel")
  and, for the price of one currency in another, "exchange rate" ("$ exchange rate");
- the subject lemma of the claim (``Claim.subject``) in lower case, or "" when the text
  names none.

So "84,000 jobs" and "another 20,000 jobs" share ("job", "job"), "inflation hit 2.3%" and
"inflation of 3%" share ("%", "inflation"), while "turnout of 58%" stands apart, and oil
at "$50 a barrel" never meets the euro at "$1.30". Dates are not claims to compare and
are left out.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from tui_reader.analysis.model import Claim

K = TypeVar("K", bound=Hashable)

PERCENT_SPELLINGS = {"%", "per cent", "percent", "pct", "pc"}
# Figures closer than this (relative) are one figure written two ways ("70 mph", "113 km/h").
SAME_FIGURE = 0.01
# Plurals that a trailing "s" rule would get wrong.
_INVARIANT = {"news", "series", "species", "people", "staff", "means", "sterling"}


@dataclass(slots=True)
class ClaimGroup(Generic[K]):
    """Claims that count the same thing: ``items`` are (article key, claim) pairs sorted
    by value, then article, then position, so differing figures stand side by side."""

    key: tuple[str, str]
    items: list[tuple[K, Claim]] = field(default_factory=list)

    @property
    def unit(self) -> str:
        """The normalised unit of the group ("%", "£", "job")."""
        return self.key[0]

    @property
    def subject(self) -> str:
        """The subject lemma of the group, "" when its claims name none."""
        return self.key[1]

    @property
    def values(self) -> list[float]:
        """The distinct figures in the group, ascending (ranges by their stated value), in
        the unit the group compares them in (a measure's canonical unit)."""
        distinct: list[float] = []
        for v in sorted({round(v, 9) for v in (comparable(c) for _, c in self.items) if v is not None}):
            if not distinct or not same_figure(distinct[-1], v):
                distinct.append(v)
        return distinct

    @property
    def differs(self) -> bool:
        """Whether the group holds more than one figure."""
        return len(self.values) > 1

    @property
    def sources(self) -> list[str]:
        """Who gives the group's figures, in order of first appearance ("the article" for none)."""
        return list(dict.fromkeys(c.speaker or "the article" for _, c in self.items))


def comparable(claim: Claim) -> float | None:
    """The value a claim is compared by: a measure's canonical value, else its value."""
    return claim.canonical_value if claim.canonical_value is not None else claim.value


def same_figure(a: float, b: float) -> bool:
    """Whether two figures are one, written or rounded two ways."""
    return abs(a - b) <= SAME_FIGURE * max(abs(a), abs(b))


def singular(word: str) -> str:
    """A plain English singular for a unit word ("jobs" -> "job", "buses" -> "bus",
    "companies" -> "company"); words that are no regular plural are left alone."""
    w = word.lower()
    if len(w) <= 3 or w in _INVARIANT or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes", "ses")):
        return w[:-2]
    return w[:-1]


def normalise_unit(unit: str | None) -> str:
    """The unit part of a group key (see the module docstring)."""
    text = " ".join((unit or "").lower().split())
    if text in PERCENT_SPELLINGS:
        return "%"
    if text.startswith("percentage point"):
        return "percentage point"
    words = text.split()
    if not words:
        return ""
    return " ".join(words[:-1] + [singular(words[-1])])


def group_key(claim: Claim) -> tuple[str, str]:
    """The stable key a claim is grouped under: (what it counts or measures, subject lemma or "")."""
    subject = " ".join((claim.subject or "").lower().split())
    if claim.dimension and claim.kind in ("measure", "duration"):
        unit = claim.dimension
        if claim.canonical_unit and claim.canonical_unit != claim.dimension.split()[-1]:
            unit = f"{claim.dimension} ({claim.canonical_unit})"
        return unit, subject
    unit = normalise_unit(claim.unit)
    if claim.dimension == "exchange rate":
        unit = f"{unit} exchange rate".strip()
    elif claim.per:
        unit = f"{unit} per {singular(claim.per)}".strip()
    return unit, subject


def group_claims(items: Iterable[tuple[K, Claim]]) -> list[ClaimGroup[K]]:
    """Group (article key, claim) pairs by ``group_key``, dates left out.

    Groups whose figures differ come first, then larger groups, then by key; inside a
    group claims run by value (claims without a value last), article key and position.
    """
    groups: dict[tuple[str, str], ClaimGroup[K]] = {}
    for key, claim in items:
        if claim.kind == "date":
            continue
        gk = group_key(claim)
        groups.setdefault(gk, ClaimGroup(gk)).items.append((key, claim))
    for group in groups.values():
        group.items.sort(key=lambda kc: (comparable(kc[1]) is None, comparable(kc[1]) or 0.0, str(kc[0]), kc[1].start))
    return sorted(groups.values(), key=lambda g: (not g.differs, -len(g.items), g.key))
