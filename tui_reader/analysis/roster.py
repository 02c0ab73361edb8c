"""The speakers of a whole corpus: one row per person or body, with their counts.

People are merged across articles by ``identity.People`` ("Mr Blair" and "Tony Blair");
organisations and roles, whose names are not built from first and last names, are
merged only when their canonical names are the same (ignoring case), except that a
one-word "organisation" that is the surname of exactly one person joins that person.
Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui_reader.analysis.identity import People
from tui_reader.analysis.model import Analysis


@dataclass(slots=True)
class CorpusSpeaker:
    """One speaker of the corpus: ``articles`` quoting them, ``quotes`` in all."""

    name: str
    kind: str
    role: str | None = None
    articles: int = 0
    quotes: int = 0
    aliases: list[str] = field(default_factory=list)


def _may_be_person(speaker) -> bool:
    # A lone capitalised word the tagger took for an organisation ("Mourinho said")
    # is the person of that name when the corpus knows exactly one.
    return speaker.kind == "person" or (len(speaker.name.split()) == 1 and speaker.name[:1].isupper())


def corpus_speakers(analyses: Iterable[Analysis]) -> list[CorpusSpeaker]:
    """Everyone quoted in the analyses, most quoted first."""
    analyses = list(analyses)
    people = People(
        [s.name, *s.aliases] for a in analyses for s in a.speakers if s.kind == "person"
    )
    rows: dict[str, CorpusSpeaker] = {}
    roles: dict[str, Counter[str]] = {}
    names: dict[str, set[str]] = {}
    for analysis in analyses:
        seen: set[str] = set()
        for speaker in analysis.speakers:
            person = people.person_of(speaker.name) if _may_be_person(speaker) else None
            key = f"person:{person.name}" if person else f"{speaker.kind}:{speaker.name.casefold()}"
            row = rows.get(key)
            if row is None:
                display = person.name if person else speaker.name
                row = rows[key] = CorpusSpeaker(display, "person" if person else speaker.kind)
                roles[key], names[key] = Counter(), set()
            row.quotes += speaker.quotes
            if key not in seen:
                row.articles += 1
                seen.add(key)
            if speaker.role:
                roles[key][speaker.role] += 1
            names[key].update([speaker.name, *speaker.aliases])
    for key, row in rows.items():
        if roles[key]:
            # The role most articles give; ties go to the shorter, more general wording.
            row.role = min(roles[key].items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]
        row.aliases = sorted(names[key] - {row.name}, key=str.casefold)
    return sorted(rows.values(), key=lambda r: (-r.quotes, -r.articles, r.name.casefold()))
