"""The speakers of a whole corpus: one row per person or organisation, with their counts and role.

Identities come from ``identity.People`` ("Mr Roe", "Roe" and "Jane Roe" are one row when
the corpus makes it clear; see there for the joining and dominance rules). Descriptions
("the spokesman") and lone given names are no one's identity across articles: they are
left out unless asked for. A person's role is their most frequent title or apposition
(``roles.best_role``). Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui_reader.analysis.corpus_wide.identity import Mention, People, Person
from tui_reader.analysis.corpus_wide.names import parse
from tui_reader.analysis.corpus_wide.roles import best_role, title_role
from tui_reader.analysis.model import Analysis

NOT_IDENTITIES = frozenset({"role", "given"})
"""Kinds listed only on request: descriptions and lone given names."""


@dataclass(slots=True)
class CorpusSpeaker:
    """One speaker of the corpus: ``articles`` quoting them, ``quotes`` in all."""

    name: str
    kind: str
    role: str | None = None
    articles: int = 0
    quotes: int = 0
    aliases: list[str] = field(default_factory=list)


def _full_names(analysis: Analysis) -> list[tuple[str, ...]]:
    """For each speaker known only by a surname ("Roe said"), the full name the article
    gives the one person of that surname it names ("Jane Roe", a person entity), if any:
    within an article a surname always joins its full name."""
    forms = [parse(s.name) for s in analysis.speakers]
    wanted = {f.surname for f in forms if f.shape in ("word", "surname")}
    if not wanted:
        return [()] * len(forms)
    # Any entity counts against uniqueness: the tagger may call the right person an organisation.
    fulls: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for entity in analysis.entities:
        lowered = entity.text.casefold()
        if not any(w in lowered for w in wanted):
            continue  # cheap: most entities name no speaker's surname
        form = parse(entity.text)
        if form.shape == "full" and form.surname in wanted:
            fulls[form.surname].add(entity.text)
            if entity.label == "PERSON":
                people.add(entity.text)
    found: list[tuple[str, ...]] = []
    for form in forms:
        names = fulls.get(form.surname, set()) if form.shape in ("word", "surname") else set()
        keys = {parse(n).key for n in names}
        fullest = max(keys, key=len, default=())
        if names & people and all(set(k) <= set(fullest) for k in keys):
            found.append((max(names, key=lambda n: (parse(n).key == fullest, len(n), n)),))
        else:
            found.append(())
    return found


def corpus_speakers(analyses: Iterable[Analysis], include_all: bool = False) -> list[CorpusSpeaker]:
    """Everyone quoted in the analyses, most quoted first: one row per identity.
    ``include_all`` also lists descriptions and lone given names."""
    analyses = list(analyses)
    mentions = [
        Mention((s.name, *s.aliases, *full), i, s.kind, s.role)
        for i, a in enumerate(analyses)
        for s, full in zip(a.speakers, _full_names(a), strict=True)
    ]
    people = People.from_mentions(mentions)
    rows: dict[Person, CorpusSpeaker] = {}
    quoting: dict[Person, set[int]] = defaultdict(set)
    phrases: dict[Person, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    index = 0
    for article, analysis in enumerate(analyses):
        for speaker in analysis.speakers:
            person = people.of_mention(index)
            index += 1
            if person is None or (person.kind in NOT_IDENTITIES and not include_all):
                continue
            row = rows.get(person)
            if row is None:
                row = rows[person] = CorpusSpeaker(person.name, person.kind)
            row.quotes += speaker.quotes
            quoting[person].add(article)
            said = phrases[person][article]
            if speaker.role:
                said.append(speaker.role)
            for name in (speaker.name, *speaker.aliases):
                title = title_role(parse(name).title)
                if title:
                    said.append(title)
    for person, row in rows.items():
        row.articles = len(quoting[person])
        row.role = best_role(phrases[person].values())
        row.aliases = sorted(person.names - {row.name}, key=str.casefold)
    return sorted(rows.values(), key=lambda r: (-r.quotes, -r.articles, r.name.casefold()))
