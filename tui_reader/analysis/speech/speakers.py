"""The sidebar's speakers: each person, organisation or role once, under its canonical name.

Names come from the entities (``entities``): a person's parsed full name without titles,
an organisation's full name or the abbreviation the article prefers, a role as
"<organisation> <role>". A role that fits exactly one person the article titles so ("a
spokesman" and "club spokesman Ian Forde") is that person.
"""

from __future__ import annotations

import re

from tui_reader.analysis.model import Speaker
from tui_reader.analysis.speech.entities import Discourse, Entity


def owner_of_role(role: Entity, discourse: Discourse) -> Entity | None:
    """The one person whose titles hold every word of the role, if exactly one."""
    words = set().union(*role.titles) if role.titles else set()
    if not words:
        return None
    owners = {id(p): p for p in discourse.people() if any(words <= t for t in p.titles)}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _alias_spans(text: str, aliases: set[str]) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for alias in sorted(aliases, key=len, reverse=True):
        if len(alias) < 2:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text):
            if not any(s <= m.start() < e for s, e in spans):
                spans.add(m.span())
    return sorted(spans)


def _aliases(entity: Entity, discourse: Discourse) -> set[str]:
    aliases = set(entity.forms)
    if entity.kind == "person" and entity.person is not None:
        surname = entity.person.surname
        same = [p for p in discourse.people() if p.person is not None and p.person.surname == surname]
        if len(same) <= 1:
            aliases.add(surname)
    # surface forms can carry the punctuation around them ("Alan Beith -")
    return {a.strip(" -\u2013\u2014,;:") for a in aliases} | {entity.name}


def build_speakers(discourse: Discourse, quoted: list[Entity]) -> list[Speaker]:
    """The sidebar list: speakers of direct and partial quotes, in order of first quote."""
    speakers: dict[str, Speaker] = {}
    kept: dict[str, Entity] = {}
    for entity in quoted:
        speaker = speakers.get(entity.name)
        if speaker is None:
            speaker = speakers[entity.name] = Speaker(name=entity.name, kind=entity.kind)  # type: ignore[arg-type]
            kept[entity.name] = entity
        speaker.quotes += 1
        speaker.role = speaker.role or entity.role
    for name, speaker in speakers.items():
        aliases = _aliases(kept[name], discourse)
        speaker.aliases = sorted(a for a in aliases if a != name and any(c.isalnum() for c in a))
        speaker.mentions = _alias_spans(discourse.text, aliases)
    return list(speakers.values())
