"""Who a noun phrase names: the subject of a speech verb turned into a ``Mention``.

Pronouns and definite descriptions ("he", "the union", "the spokesperson") are
resolved against what the article said before, kept in a ``Timeline`` of the
subjects and people met so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_reader.analysis.speech.given_names import name_gender
from tui_reader.analysis.speech.lexicon import (
    COMPANY_NOUNS,
    FEMALE_PRONOUNS,
    FEMALE_TITLES,
    HONORIFICS,
    MALE_PRONOUNS,
    MALE_TITLES,
    ORG_NOUNS,
    ORG_PRONOUNS,
    PEERAGE,
    ROLE_NOUNS,
    VAGUE_SUBJECTS,
)

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP", "GPE"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that"}
ROLE_PREPS = {"for", "of", "at", "from", "to"}
AGE = re.compile(r"\d+-years?-old")


@dataclass(eq=False, slots=True)
class Mention:
    """A phrase naming a speaker: a person, an organisation or a role."""

    start: int
    end: int
    text: str  # as a name: no leading determiner
    kind: str  # person / org / role
    head: str = ""  # lower-case head noun, for "the <head>" look-ups
    gender: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Timeline:
    """Mentions met so far, in text order, for resolving pronouns and descriptions."""

    subjects: list[tuple[int, Mention]] = field(default_factory=list)
    people: list[tuple[int, Mention]] = field(default_factory=list)

    def gender(self, mention: Mention) -> str | None:
        """A person's gender, or that of the fuller name met for the same surname
        ("Okafor" after "Tom Okafor")."""
        if mention.gender is not None or mention.kind != "person":
            return mention.gender
        genders = {m.gender for _, m in self.people if m.head == mention.head and m.gender}
        return genders.pop() if len(genders) == 1 else None

    def latest(self, before: int, accept) -> Mention | None:
        for pos, mention in reversed(self.subjects):
            if pos < before and accept(mention):
                return mention
        for pos, mention in reversed(self.people):
            if pos < before and accept(mention):
                return mention
        return None


def _title_gender(tokens) -> str | None:
    """Gender from a title ("Mrs", "Sir"), else from the first given name."""
    names = []
    for tok in tokens:
        low = tok.lower_
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
        if tok.text[:1].isupper() and low not in HONORIFICS:
            names.append(tok.text)
    # A lone word is a surname as often as a given name ("Ms Grant" or "Grant").
    return name_gender(names[0]) if len(names) >= 2 else None


_ENTS_KEY = "newsreader.entity_of_token"


def _entity(tok):
    """The named entity that contains ``tok``, if any."""
    if not tok.ent_type_:
        return None
    # doc.ents builds a new tuple on each access: index it once per document.
    by_token = tok.doc.user_data.get(_ENTS_KEY)
    if by_token is None:
        by_token = {i: ent for ent in tok.doc.ents for i in range(ent.start, ent.end)}
        tok.doc.user_data[_ENTS_KEY] = by_token
    return by_token.get(tok.i)


def person_mention(ent) -> Mention:
    """A person entity, widened left to its title ("Mr", "Lord") for gender."""
    doc = ent.doc
    start = ent.start
    # spaCy sometimes tags only the surname: "Lind" of "Ana Lind" is left out
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if len(ent) == 1 and start == ent.start and start > 0:
        first = doc[start - 1]
        if (first.pos_ == "PROPN" and first.dep_ == "compound" and first.head.i == ent.start
                and not first.ent_type_ and first.text[:1].isupper() and first.text.isalpha()
                and first.lower_ not in HONORIFICS | PEERAGE):
            start -= 1
    while start > 0 and doc[start - 1].lower_.rstrip(".") in {h.rstrip(".") for h in HONORIFICS | PEERAGE}:
        start -= 1
    span = doc[start:ent.end]
    # Words left of the name that describe the person: "shadow home secretary".
    role_toks = []
    i = start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case") and i < doc[i].head.i < ent.end:
        role_toks.insert(0, doc[i])
        i -= 1
    while role_toks and role_toks[0].lower_ in DETERMINERS:
        role_toks.pop(0)
    # the text as written: "co-chairman", not the tokens "co - chairman"
    role = doc.text[role_toks[0].idx:role_toks[-1].idx + len(role_toks[-1])] if role_toks else None
    return Mention(
        span.start_char, span.end_char, span.text, "person",
        head=ent[-1].lower_, gender=_title_gender(span), role=role,
    )


def _np_text(tok, keep_preps: bool) -> tuple[int, int, str]:
    """The noun phrase of ``tok`` cut to its modifiers (and role prepositions)."""
    doc = tok.doc
    lefts = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "det", "case", "punct")]
    start = min([tok.i] + [t.left_edge.i for t in lefts])
    while start < tok.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("nummod", "compound") and child.i == end:
            end = child.i + 1  # "Number 10"
        elif child.dep_ in ("cc", "conj") or (keep_preps and child.dep_ == "prep" and child.lower_ in ROLE_PREPS):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ not in ("punct",):
            break
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    return span.start_char, span.end_char, span.text


def _appos_person(tok):
    for child in tok.children:
        if child.dep_ == "appos":
            ent = _entity(child)
            if ent is not None and ent.label_ in PERSON_LABELS:
                return ent, child
    return None, None


def _appos_role(tok) -> str | None:
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words = []
            for t in child.subtree:
                if t.text in (",", "(", ")") or t.lower_ == "and" and words:
                    break
                words.append(t)
            while words and words[0].lower_ in DETERMINERS:
                words.pop(0)
            return " ".join(t.text for t in words) or None
    return None


def mention_for(tok, timeline: Timeline) -> Mention | None:
    """Who the subject token ``tok`` names, or None when nobody in particular."""
    low = tok.lower_
    appos_ent, _ = _appos_person(tok)
    if low in VAGUE_SUBJECTS and appos_ent is None:
        return None
    if tok.pos_ == "PRON":
        if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
            gender = "m" if low in MALE_PRONOUNS else "f"
            return timeline.latest(tok.idx, lambda m: m.kind == "person" and timeline.gender(m) in (None, gender))
        if low in ORG_PRONOUNS:
            return timeline.latest(tok.idx, lambda m: m.kind == "org")
        return None
    ent = _entity(tok)
    if ent is not None and ent.label_ in PERSON_LABELS and _names_org(ent):
        return Mention(ent.start_char, ent.end_char, ent.text, "org", head=ent[-1].lower_)
    if ent is not None and ent.label_ in PERSON_LABELS:
        mention = person_mention(ent)
        mention.role = mention.role or _appos_role(tok)
        return mention
    if appos_ent is not None:
        mention = person_mention(appos_ent)
        _, _, role = _np_text(tok, keep_preps=True)
        mention.role = role
        return mention
    has_conj = any(c.dep_ == "conj" for c in tok.children)
    titled = ent is not None and ent.start > 0 and tok.doc[ent.start - 1].lower_ in HONORIFICS | PEERAGE
    if ent is not None and ent.label_ in ORG_LABELS and titled:
        # "Mr Okafor" is a person whatever label the tagger gave the surname
        span = tok.doc[ent.start - 1:ent.end]
        return Mention(span.start_char, span.end_char, span.text, "person", head=low, gender=_title_gender(span[:1]))
    if ent is not None and ent.label_ in ORG_LABELS and not has_conj:
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return Mention(ent.start_char, ent.end_char, text, "org", head=ent[-1].lower_)
    if tok.pos_ == "PROPN" and not has_conj:
        left = tok.doc[tok.i - 1] if tok.i > 0 else None
        if left is not None and (left.lower_ in HONORIFICS or left.lower_ in PEERAGE):
            span = tok.doc[left.i:tok.i + 1]
            return Mention(span.start_char, span.end_char, span.text, "person", head=low, gender=_title_gender([left]))
    age = _age_phrase(tok)
    if age is not None:
        return age
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    start, end, text = _np_text(tok, keep_preps=low in ROLE_NOUNS)
    definite = any(t.dep_ in ("det", "poss") and t.lower_ in ("the", "its", "their", "this") for t in tok.lefts)
    lemma = tok.lemma_.lower()
    if lemma in ORG_NOUNS and not has_conj:
        lemma = low  # "the union" is not the "unions" met before
        if text.lower() == low:
            found = _org_for_noun(tok, timeline)
            if found is not None:
                return found
        return Mention(start, end, text, "org", head=lemma)
    kind = "org" if tok.pos_ == "PROPN" else "role"
    if definite and text.lower() == low:
        earlier = timeline.latest(tok.idx, lambda m: m.head == lemma and m.kind == "role")
        if earlier is not None:
            return earlier
    return Mention(start, end, text, kind, head=lemma)


def _age_phrase(tok) -> Mention | None:
    """"The 52-year-old" as a role: its owner is the person the article gives that age.
    Any token of the phrase may stand for it (the parser often splits it)."""
    if tok.lower_ not in ("old", "year", "years") and not tok.like_num:
        return None
    text = tok.doc.text
    for match in AGE.finditer(text, max(tok.idx - 12, 0), min(tok.idx + 16, len(text))):
        if match.start() <= tok.idx < match.end():
            return Mention(match.start(), match.end(), match.group(), "role", head="year-old")
    return None


def _names_org(ent) -> bool:
    """A one-word "person" that begins an organisation's name ("Hale" of "Hale & Co")."""
    if len(ent) != 1 or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in HONORIFICS):
        return False
    return any(o.label_ == "ORG" and len(o) > 1 and o[0].text == ent.text for o in ent.doc.ents)


def _org_for_noun(tok, timeline: Timeline) -> Mention | None:
    """The organisation that "the <noun>" refers to, when the article makes it clear."""
    noun = tok.lemma_.lower()
    doc = tok.doc
    best = None
    for ent in doc.ents:
        if ent.label_ not in ("ORG",) or ent.start_char >= tok.idx:
            continue
        words = {t.lower_ for t in ent}
        root = ent.root
        # "the country's largest union, the GMU" (the parser may call it a conjunct)
        described = root.dep_ in ("appos", "conj") and root.head.lemma_.lower() == noun
        described = described or any(c.dep_ in ("appos",) and c.lemma_.lower() == noun for c in root.children)
        described = described or any(t.lemma_.lower() == noun for t in root.lefts)
        if noun in words or described:
            best = ent
    if best is not None:
        text = best.text[4:] if best.text.lower().startswith("the ") else best.text
        return Mention(best.start_char, best.end_char, text, "org", head=best[-1].lower_)
    same = timeline.latest(tok.idx, lambda m: m.kind == "org" and m.head == tok.lower_)
    if same is not None:
        return same
    # "Hale said ... The company added": the organisation last heard from
    spoken = timeline.latest(tok.idx, lambda m: m.kind == "org" and m.text[:1].isupper())
    if spoken is not None or noun not in COMPANY_NOUNS:
        return spoken
    return _main_company(doc, tok.idx)


def _main_company(doc, before: int) -> Mention | None:
    """The organisation named most often before ``before``, when one clearly leads."""
    counts: dict[str, list] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.end_char <= before:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            counts.setdefault(text, []).append(ent)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[1]) >= len(ranked[0])):
        return None
    first = ranked[0][0]
    text = first.text[4:] if first.text.lower().startswith("the ") else first.text
    return Mention(first.start_char, first.end_char, text, "org", head=first[-1].lower_)


def build_timeline(doc, inside_quote) -> tuple[Timeline, dict[int, Mention | None]]:
    """Resolve every subject outside quotes, in order; return the timeline and a map
    from subject token index to the mention it names."""
    timeline = Timeline()
    resolved: dict[int, Mention | None] = {}
    person_ents = [e for e in doc.ents if e.label_ in PERSON_LABELS and not inside_quote(e.start_char)]
    ent_iter = iter(person_ents)
    next_ent = next(ent_iter, None)
    for tok in doc:
        while next_ent is not None and next_ent.end <= tok.i:
            timeline.people.append((next_ent.start_char, person_mention(next_ent)))
            next_ent = next(ent_iter, None)
        if tok.dep_ not in ("nsubj", "nsubjpass") or inside_quote(tok.idx):
            continue
        mention = mention_for(tok, timeline)
        resolved[tok.i] = mention
        if mention is not None:
            timeline.subjects.append((tok.idx, mention))
    return timeline, resolved
