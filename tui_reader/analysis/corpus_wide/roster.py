"""The speakers of a whole corpus: one row per person or body, with their counts.

People are merged across articles by ``identity.People`` ("Mr Blair" and "Tony Blair");
organisations and roles, whose names are not built from first and last names, are
merged only when their canonical names are the same (ignoring case). The tagger's kind
does not split a name: a name that is a person's elsewhere joins that person.
Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui_reader.analysis.corpus_wide.identity import People
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


def _person(people: People, speaker):
    """The corpus person a speaker is. A name the tagger took for an organisation is
    that person when it is one of their names ("Lib Dems") or a lone capitalised word
    that fits exactly one person ("Mourinho said")."""
    if speaker.kind == "person":
        return people.person_of(speaker.name)
    person = people.person_of(speaker.name)
    if person is None:
        return None
    exact = speaker.name.casefold() in {n.casefold() for n in person.names}
    lone = len(speaker.name.split()) == 1 and speaker.name[:1].isupper()
    return person if exact or lone else None


def corpus_speakers(analyses: Iterable[Analysis]) -> list[CorpusSpeaker]:
    """Everyone quoted in the analyses, most quoted first: one row per name, whatever
    kind each article gave it."""
    analyses = list(analyses)
    people = People(
        [s.name, *s.aliases] for a in analyses for s in a.speakers if s.kind == "person"
    )
    rows: dict[str, CorpusSpeaker] = {}
    roles: dict[str, Counter[str]] = {}
    kinds: dict[str, Counter[str]] = {}
    names: dict[str, set[str]] = {}
    for analysis in analyses:
        seen: set[str] = set()
        for speaker in analysis.speakers:
            person = _person(people, speaker)
            display = person.name if person else speaker.name
            key = display.casefold()
            row = rows.get(key)
            if row is None:
                row = rows[key] = CorpusSpeaker(display, speaker.kind)
                roles[key], kinds[key], names[key] = Counter(), Counter(), set()
            row.quotes += speaker.quotes
            if key not in seen:
                row.articles += 1
                seen.add(key)
            # the kind most articles gave the name; a lone surname counts as its person
            lone = person is not None and len(speaker.name.split()) == 1 and speaker.name[:1].isupper()
            kinds[key]["person" if lone else speaker.kind] += 1
            if speaker.role:
                roles[key][speaker.role] += 1
            names[key].update([speaker.name, *speaker.aliases])
    for key, row in rows.items():
        row.kind = min(kinds[key].items(), key=lambda item: (-item[1], item[0] != "person", item[0]))[0]
        if roles[key]:
            # The role most articles give; ties go to the shorter, more general wording.
            row.role = min(roles[key].items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]
        row.aliases = sorted(names[key] - {row.name}, key=str.casefold)
    return sorted(rows.values(), key=lambda r: (-r.quotes, -r.articles, r.name.casefold()))
