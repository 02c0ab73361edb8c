"""Canonical speakers: one entry per person or body, under its most complete name.

"Ms Ashby", "Ashby" and "Jane Ashby" are one person; "Hale" is the
"Hale & Lowry" named elsewhere; "a spokesman" is the one person the article
calls its spokesman. Names lose their honorifics but peers keep "Lord"/"Lady" when
the article gives no first name.
"""

from __future__ import annotations

import re

from tui_reader.analysis.lexicon import HONORIFICS, PEERAGE
from tui_reader.analysis.mentions import DETERMINERS, Mention, person_mention
from tui_reader.analysis.model import Speaker

WORD = re.compile(r"[\w&'.-]+")


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w not in ("'s", "’s")]


def _bare(name: str) -> list[str]:
    """A person's name without honorifics or a trailing possessive."""
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in _words(name)]
    return [w for w in words if w.lower() not in HONORIFICS]


class Canon:
    """Maps speaker mentions to canonical names, knowing every person the article names."""

    def __init__(self, doc, mentions: list[Mention]):
        self.text = doc.text
        people = [person_mention(e) for e in doc.ents if e.label_ == "PERSON"]
        self.people = people + [m for m in mentions if m.kind == "person"]
        self.full_names: dict[str, list[str]] = {}  # surname -> full names in order
        for m in self.people:
            words = [w for w in _bare(m.text) if w.lower() not in PEERAGE]
            if len(words) >= 2:
                names = self.full_names.setdefault(words[-1].lower(), [])
                full = " ".join(words)
                if full not in names:
                    names.append(full)
        self.orgs = [e.text[4:] if e.text.lower().startswith("the ") else e.text for e in doc.ents if e.label_ == "ORG"]
        self.acronyms: dict[str, str] = {}
        for m in re.finditer(r"((?:[A-Z][\w&'-]*\s+)(?:(?:[a-z]{1,3}|[A-Z][\w&'-]*)\s+)*?[A-Z][\w&'-]*)\s+\(([A-Z]{2,6})\)", self.text):
            self.acronyms[m.group(2)] = m.group(1)

    def person_name(self, mention: Mention) -> str:
        words = _bare(mention.text)
        if not words:
            return mention.text
        surname = words[-1].lower()
        fulls = self.full_names.get(surname, [])
        plain = [w for w in words if w.lower() not in PEERAGE]
        if len(plain) >= 2:
            return " ".join(plain)
        if fulls:
            return max(fulls, key=lambda n: len(n.split()))
        peer = [m for m in self.people if _bare(m.text)[-1:] and _bare(m.text)[-1].lower() == surname
                and _bare(m.text)[0].lower() in PEERAGE]
        if peer and words[0].lower() not in PEERAGE:
            return " ".join(_bare(peer[0].text))
        return " ".join(words)

    def org_name(self, mention: Mention) -> str:
        name = mention.text
        if name in self.acronyms:
            return name
        words = name.split()
        longer = [o for o in self.orgs if o.split()[: len(words)] == words and len(o) > len(name)]
        return max(longer, key=len) if longer else name

    def role_owner(self, mention: Mention) -> str | None:
        """The one person the article gives this role, for "a spokesman", "the minister"."""
        words = {w.lower() for w in _words(mention.text) if w.lower() not in DETERMINERS}
        if not words:
            return None
        owners = set()
        for m in self.people:
            title = {w.lower() for w in _words(m.role or "")}
            if words <= title:
                owners.add(self.person_name(m))
        return owners.pop() if len(owners) == 1 else None

    def name(self, mention: Mention) -> tuple[str, str]:
        """Canonical name and kind of a mention."""
        if mention.kind == "person":
            return self.person_name(mention), "person"
        if mention.kind == "org":
            return self.org_name(mention), "org"
        owner = self.role_owner(mention)
        if owner is not None:
            return owner, "person"
        return mention.text, "role"


def _alias_spans(text: str, aliases: set[str]) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for alias in sorted(aliases, key=len, reverse=True):
        if len(alias) < 2:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text):
            if not any(s <= m.start() < e for s, e in spans):
                spans.add(m.span())
    return sorted(spans)


def build_speakers(canon: Canon, quoted: list[tuple[Mention, str]], names: dict[int, str]) -> list[Speaker]:
    """The sidebar list: canonical speakers of direct and partial quotes, in order."""
    speakers: dict[str, Speaker] = {}
    surface: dict[str, set[str]] = {}
    for mention, kind in quoted:
        name = names[id(mention)]
        speaker = speakers.get(name)
        if speaker is None:
            _, skind = canon.name(mention)
            speaker = speakers[name] = Speaker(name=name, kind=skind)
            surface[name] = {name}
        speaker.quotes += 1
        speaker.role = speaker.role or mention.role
        surface[name].add(mention.text)
    for name, speaker in speakers.items():
        aliases = surface[name]
        if speaker.kind == "person":
            words = name.split()
            surname = words[-1]
            if len(canon.full_names.get(surname.lower(), [])) <= 1:
                aliases.add(surname)
            for m in canon.people:
                if canon.person_name(m) == name:
                    aliases.add(m.text)
        speaker.aliases = sorted(a for a in aliases if a != name)
        speaker.mentions = _alias_spans(canon.text, aliases)
    return list(speakers.values())
