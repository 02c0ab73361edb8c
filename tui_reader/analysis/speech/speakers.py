"""Canonical speakers: one entry per person or body, under its most complete name.

"Ms Ashby", "Ashby" and "Jane Ashby" are one person; "Hale" is the
"Hale & Lowry" named elsewhere; "a spokesman" is the one person the article
calls its spokesman. Names lose their honorifics but peers keep "Lord"/"Lady" when
the article gives no first name.
"""

from __future__ import annotations

import re

from tui_reader.analysis.model import Speaker
from tui_reader.analysis.speech.lexicon import HONORIFICS, PEERAGE, ROLE_NOUNS
from tui_reader.analysis.speech.mentions import DETERMINERS, Mention, person_mention

WORD = re.compile(r"[\w&'.-]+")
_ROLES = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
ROLE_OF = re.compile(rf"(?:an?\s+|the\s+)?(?P<role>{_ROLES})\s+(?:for|of|at|from)\s+(?P<org>[A-Z].*)$", re.I)
ROLE_AFTER = re.compile(rf"(?:an?\s+|the\s+)?(?P<org>[A-Z][\w&'.\s-]*?)\s+(?P<role>{_ROLES})$")


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
        person_ents = [e for e in doc.ents if e.label_ == "PERSON"]
        people = [person_mention(e) for e in person_ents]
        # What the article calls each person: "Chancellor X", "X, the chancellor,",
        # "the chancellor, X", "X, 52," (for "the 52-year-old").
        self.titles: list[tuple[set[str], Mention]] = [
            (words, m) for e, m in zip(person_ents, people) for words in _titles(e, m)
        ]
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
            self.acronyms[m.group(2)] = _expansion(m.group(1).split(), m.group(2))
        # "a spokesman for the Rail Board" and "the Rail Board spokesman" are one role:
        # the first wording met names it.
        self.role_names: dict[tuple[str, str], str] = {}
        for m in sorted((m for m in mentions if m.kind == "role"), key=lambda m: m.start):
            key = self._role_key(m.text)
            if key is not None:
                self.role_names.setdefault(key, m.text)

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
        """One name per organisation: its abbreviation and full name are one, under
        whichever the article uses more (the full name on a tie)."""
        name = mention.text
        for short, full in self.acronyms.items():
            if name in (short, full) or (name.lower() == full.lower()):
                return short if self._uses(short) > self._uses(full) else full
        words = name.split()
        longer = [o for o in self.orgs if o.split()[: len(words)] == words and len(o) > len(name)]
        return self.org_name(Mention(0, 0, max(longer, key=len), "org")) if longer else name

    def _uses(self, name: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text))

    def role_owner(self, mention: Mention) -> str | None:
        """The one person the article gives this role, for "a spokesman", "the minister",
        "the Tory leader", "the 52-year-old". Every word must match: "the Tory leader"
        is not the article's "Lib Dem leader", even when no other leader is named."""
        words = {w.lower() for w in _words(mention.text) if w.lower() not in DETERMINERS}
        if not words:
            return None
        owners = {self.person_name(m) for title, m in self.titles if words <= title}
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
        key = self._role_key(mention.text)
        return self.role_names.get(key, mention.text) if key else mention.text, "role"

    def _role_key(self, text: str) -> tuple[str, str] | None:
        """(role noun, organisation) of "spokesman for the X" or "X spokesman"."""
        found = ROLE_OF.match(text) or ROLE_AFTER.match(text)
        if found is None:
            return None
        org = re.sub(r"^(?:the|The)\s+", "", found.group("org"))
        org = self.acronyms.get(org, org)
        return found.group("role").lower(), org.casefold()


def _expansion(words: list[str], short: str) -> str:
    """The words before "(ABC)" that ABC abbreviates: the shortest ending whose
    capitalised initials spell it, else the ending that starts with its first letter."""
    for k in range(len(words) - 1, -1, -1):
        if "".join(w[0] for w in words[k:] if w[:1].isupper()) == short:
            return " ".join(words[k:])
    starts = [k for k, w in enumerate(words) if w[:1] == short[:1]]
    return " ".join(words[starts[0]:]) if starts else " ".join(words)


def _titles(ent, mention: Mention) -> list[set[str]]:
    """The word sets that describe the person of a PERSON entity."""
    found = []
    if mention.role:
        found.append({w.lower() for w in _words(mention.role)})
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        described.append(root.head)
    for noun in described:
        if noun.like_num and noun.text.isdigit():
            found.append({f"{noun.text}-year-old"})
            continue
        if noun.pos_ != "NOUN":
            continue
        words = []
        for t in noun.subtree:
            if t.i >= ent.start and t.i < ent.end or t.text in (",", "(", ")"):
                if words:
                    break
                continue
            words.append(t.lower_)
        found.append({w for w in words if w not in DETERMINERS})
    # "the 52-year-old X"
    left = ent.doc[max(ent.start - 6, 0):ent.start]
    age = re.search(r"(\d+)-years?-old\b[^,.;:]*$", left.text)
    if age:
        found.append({f"{age.group(1)}-year-old"})
    return [w for w in found if w]


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
        # surface forms can carry the punctuation around them ("Alan Beith -")
        aliases = {a.strip(" -\u2013\u2014,;:") for a in aliases}
        speaker.aliases = sorted(a for a in aliases if a != name and any(c.isalnum() for c in a))
        speaker.mentions = _alias_spans(canon.text, aliases)
    return list(speakers.values())
