"""Who the article talks about: people, organisations and roles, each once.

Every name the article writes is an ``Occurrence`` of one ``Entity``. People are grouped
by parsed name: "Ana Lind", "Ms Lind" and "Lind" are one person (a bare surname joins the
full name met nearest before it, or the one its title's gender fits); organisations by
name, abbreviation ("... (ABC)") and first word ("Hale" of "Hale & Lowry"). Roles ("a
spokeswoman for the ABC") become entities when a speech is attributed to them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from nameparser.config import CONSTANTS

from tui_reader.analysis.speech.given_names import is_given_name, name_gender
from tui_reader.analysis.speech.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PEERAGE,
    PUBLIC_BODY_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
)
from tui_reader.analysis.speech.names import PersonName, parse_name, strip_title
from tui_reader.analysis.speech.quotes import paragraph_spans

ORG_LABELS = ("ORG",)
NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
PLACE_LABELS = ("GPE", "NORP", "FAC", "LOC")
AGE = re.compile(r"(\d+)-years?-old")
POSSESSIVES = frozenset(("'s", "’s", "'", "’"))
# A capitalised name: "Civil Service Workers Union", "Bank of England", "Hale & Lowry".
_NAME = r"(?:[A-Z][\w&'-]*\s+)(?:(?:[a-z]{1,3}|[A-Z][\w&'-]*)\s+)*?[A-Z][\w&'-]*"
# "Full Name (ABC)", the name possibly ending in a lower-case noun ("... Services union (PCS)")
DEFINED_BEFORE = re.compile(rf"({_NAME}(?:\s+(?:{'|'.join(sorted(ORG_NOUNS))}))?)\s+\(([A-Z]{{2,6}})\)")
# "ABC, the Full Name"
DEFINED_AFTER = re.compile(rf"\b([A-Z]{{2,6}}),\s+(?:the\s+)?({_NAME})")

_PARTICLES = (r"(?:van|von|der|den|de|da|di|du|la|le|ter|ten|dos|das|del|della|in|het|op|te|zu|vom|zum|zur"
              r"|bin|ibn|al|el|['\u2019]t)")
# "Anna van der Berg", "Marit in 't Hout": a name, lower-case particles, a capitalised word
PARTICLE_NAME = re.compile(rf"\b[A-Z][\w'\u2019-]+(?:\s+{_PARTICLES}){{1,3}}\s+[A-Z][\w'\u2019-]+")
# the family name alone: "Van der Berg", "In 't Hout", "de Wilde"
PARTICLE_SURNAME = re.compile(
    rf"\b(?i:van|von|de|der|den|da|di|du|le|la|ter|ten|in|dos|das|del|della)(?:\s+{_PARTICLES}){{0,2}}\s+[A-Z][\w'\u2019-]+")


@dataclass(eq=False, slots=True)
class Entity:
    """One person, organisation or role of the article, under its canonical name."""

    kind: str  # person / org / role
    name: str
    gender: str | None = None
    plural: bool = False
    forms: set[str] = field(default_factory=set)
    # Word sets the article describes the person with: "chancellor", "tory leader", "52-year-old".
    titles: list[frozenset[str]] = field(default_factory=list)
    role: str | None = None  # the description shown beside the name
    first: int = 0
    person: PersonName | None = None
    org: Entity | None = None  # a role's organisation ("spokesman for the X")
    head: str = ""  # a role's noun, an organisation's last word

    def __repr__(self) -> str:  # explanations print entities
        return f"{self.name} ({self.kind})"


@dataclass(slots=True)
class Occurrence:
    """One place where the text names an entity."""

    start: int
    end: int
    entity: Entity
    token: int  # the name's root token
    sent: int
    subject: bool  # the subject of a main clause
    in_quote: bool
    weight: float = 1.0  # how prominent: a subject counts double, a name inside a modifier half


def _clean_org(span) -> tuple[int, int, str] | None:
    """An organisation entity without "the", a possessive, or a common noun before it
    ("Bookmaker Ladbrokes" is Ladbrokes)."""
    toks = list(span)
    while toks and (toks[0].lower_ in DETERMINERS or (toks[0].pos_ == "NOUN" and len(toks) > 1
                                                       and toks[1].pos_ == "PROPN")):
        toks = toks[1:]
    doc = span.doc
    while toks and toks[0].i > 0 and _name_word_before(doc[toks[0].i - 1], toks):
        toks.insert(0, doc[toks[0].i - 1])  # "Federal" of "Federal Democrats", left out of the entity
    while toks and (toks[-1].text in POSSESSIVES or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = span.doc[toks[0].i:toks[-1].i + 1].text
    if text.endswith(".") and text.count(".") == 1 and len(text) > 2 and text[-2].isupper():
        end, text = end - 1, text[:-1]  # "said B&Q.": the sentence's full stop, kept on the last token
    return start, end, text


def _name_word_before(tok, toks) -> bool:
    """A capitalised proper noun just before an organisation's name that belongs to it."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_alpha and tok.text[:1].isupper() \
        and tok.dep_ in ("compound", "amod") and tok.head in toks and not tok.is_sent_start \
        and not is_given_name(tok.text) and not strip_title([tok.text, toks[0].text])[1]


_TITLES = {h.rstrip(".") for h in HONORIFICS | PEERAGE}
# Clauses inside another: their subjects are not what the sentence is about.
SUBORDINATE = frozenset("ccomp advcl relcl acl xcomp csubj pcomp parataxis".split())


def _personal(ent, surnames: set[str]) -> bool:
    """An entity tagged as an organisation or place that is a person's name: a surname of
    someone named in full, a known given name and a surname, or a name a title or role
    stands before ("CEO Jo Bloggs", "Sen. Bloggs")."""
    words = [t for t in ent if t.text not in POSSESSIVES and t.text != "-"]  # "Murphy-Dunne" is one name
    if not words or any(t.lower_ in ORG_NAME_WORDS | DOCUMENT_NOUNS or not t.text[:1].isupper() for t in words) \
            or len(words) > 3:
        return False
    first = ent.doc[ent.start - 1] if ent.start > 0 else None
    if first is not None and first.pos_ == "PROPN" and not first.ent_type_ and is_given_name(first.text):
        return True  # "Cormac" before a surname the tagger took for a firm
    if len(words) == 1:
        return _key(words[0].text) in surnames
    if words[0].text.isupper() and len(words[0].text) > 2:
        # "HACAN Clearskies" opens with an abbreviation; "EADS Jo Bloggs" is the firm's Jo Bloggs
        return len(words) > 2 and name_gender(words[1].text) is not None
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # a role noun before it ("striker X"), but not a plural or a thing ("campaigners X", "transport X")
    titled = before is not None and (before.lower_.rstrip(".") in _TITLES or (
        _role_noun(before) and before.tag_ != "NNS" and before.lemma_.lower() not in ORG_NOUNS))
    return titled or name_gender(words[0].text) is not None


PLURAL_VERBS = frozenset("are were have do".split())


def _org_evidence(ent) -> int:
    """What one mention of a name tagged as a person says of its kind: above 0 an
    organisation, below 0 a person, 0 nothing. An organisation is written in capitals
    ("BAA"), takes a plural verb though its name is singular ("United have confirmed"),
    or is called a company, club or union ("X, the club,", "X are a debt-free company");
    a person has a known given name, a title, an age or a role."""
    words = [t for t in ent if t.text not in POSSESSIVES]
    if not words:
        return 0
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (len(words) > 1 and name_gender(words[0].text) is not None) or (
            before is not None and before.lower_.rstrip(".") in _TITLES):
        return -1
    if before is not None and before.pos_ == "NOUN" and (before.lemma_.lower() in ORG_NOUNS or (
            before.tag_ == "NNS" and before.text.isalpha() and before.text.islower())):
        return 1  # "campaign group X", "anti-noise campaigners X"; not "Govs. X and Y"
    if words[0].text.isupper() and len(words[0].text) > (1 if len(words) == 1 else 2) and words[0].is_alpha:
        return 1  # "BAA", "HACAN Clearskies"
    root = _span_root(ent)
    # a subject with no coordination in it ("X and Y have" is plural for people too)
    if root.dep_ == "nsubj" and root.tag_ == "NNP" and not any(t.dep_ in ("conj", "cc") for t in root.subtree):
        verb = root.head
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
        if any(a.tag_ == "VBP" and a.lower_ in PLURAL_VERBS for a in aux):
            return 1
        attr = next((c for c in verb.children if c.dep_ == "attr"), None)
        if verb.lemma_ == "be" and attr is not None and attr.lemma_.lower() in ORG_NOUNS:
            return 1
        if verb.lemma_ == "be" and attr is not None and (attr.lemma_.lower() in ROLE_NOUNS or _role_noun(attr)):
            return -1
    described = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for noun in described:
        if noun.pos_ == "NOUN":
            return 1 if noun.lemma_.lower() in ORG_NOUNS else -1
        if noun.like_num:
            return -1  # "X, 34,"
    return 0


def _evident_orgs(ents) -> set[str]:
    """Names tagged as people that the article itself shows to be organisations: what it
    says of them outweighs the tagger ("X are a debt-free company")."""
    evidence: Counter = Counter()
    for ent in ents:
        if ent.label_ == "PERSON":
            evidence[_key(ent.text)] += _org_evidence(ent)
    return {key for key, score in evidence.items() if score > 0}


def _speaks(tok) -> bool:
    """The subject of a verb of saying: "Adel Nefzi said" names a person."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


def _span_root(span):
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), span[-1])


def _prominence(tok) -> float:
    """A name as a subject weighs 2, as an object 1, inside another noun's modifier ½."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return 2.0
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return 0.5
    if tok.dep_ in ("compound", "poss"):
        return 0.5
    return 1.0


def main_subject(tok) -> bool:
    """The subject of a main clause: who the sentence is about. The subject of a
    reported or subordinate clause ("X did not believe Y had ...") is not."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    while verb.dep_ in ("conj", "aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in SUBORDINATE


def glued_hyphen(tok) -> bool:
    """A hyphen written between two capitalised words with no space: it joins a double-barrelled
    name ("Anders-Holloway"), where a spaced dash would part a dateline from a name."""
    doc = tok.doc
    return (tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1
            and not doc[tok.i - 1].whitespace_ and doc[tok.i + 1].text[:1].isupper())


def _person_span(ent):
    """A PERSON entity widened left over name words and titles the tagger left out."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and is_given_name(doc[start - 1].text) and ent.label_ != "PERSON":
        start -= 1  # the given name before a surname tagged as a firm or a place
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        start -= 2  # "Jean-" of "Jean-Pierre", "El-" of "El-Erian", left out of the entity
    if len(ent) == 1 and start == ent.start and start > 0:
        first = doc[start - 1]
        # "Ana" of "Ana Lind" left out of the entity
        if (first.pos_ == "PROPN" and first.dep_ == "compound" and first.head.i == ent.start
                and not first.ent_type_ and first.text[:1].isupper() and first.text.isalpha()
                and first.lower_ not in HONORIFICS | PEERAGE and not _role_noun(first)):
            start -= 1
    while start > 0 and doc[start - 1].lower_.rstrip(".") in {h.rstrip(".") for h in HONORIFICS | PEERAGE}:
        start -= 1
    # a common noun or adjective the tagger took in ("Bookmaker Ladbrokes", "the Real X"), or a
    # firm's abbreviation before a given name ("EADS Jo Bloggs")
    while start < ent.end - 1 and (doc[start].pos_ in ("NOUN", "ADJ") or (
            doc[start].text.isupper() and len(doc[start].text) > 2 and name_gender(doc[start + 1].text))):
        start += 1
    end = ent.end
    while end - 1 > start and doc[end - 1].text in POSSESSIVES:
        end -= 1
    # a dash with spaces around it; "El-Erian", "Holtz-Eakin" are one surname
    dashes = [t.i for t in doc[start:end] if t.text in ("-", "\u2013", "\u2014") and t.whitespace_]
    if dashes and dashes[-1] + 1 < end:
        start = dashes[-1] + 1  # a dateline the tagger took in: "ROME - Ana Lind"
    return doc[start:end]


def _unglued(span) -> list:
    """A title-case headline glues two names and the verb between them into one "name"
    ("Jo Vance Rejects Tom Wexley"): a given name that starts again after a surname and a
    word splits the span into the two people, without the word between."""
    for k in range(2, len(span) - 1):
        glue = span[k - 1]
        if is_given_name(span[k].text) and glue.is_alpha and glue.whitespace_ and not is_given_name(glue.text) \
                and span[k + 1].text[:1].isupper():
            first = span[:k - 1] if k >= 3 else span[:k]
            rest = _unglued(span[k:])
            return [first, *rest] if len(first) >= 2 and is_given_name(first[0].text) else rest
    return [span]


def _role_words(span) -> str | None:
    """Words left of a name that describe the person: "shadow home secretary", "Green
    leader". Read from the words themselves, as the parser often hangs them elsewhere: a
    run of nouns and adjectives ending in a role noun."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].ent_type_ == "PERSON" or not _role_noun(doc[i]):
        return None
    toks: list = []
    while i >= 0 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (doc[i].text == "-" and i > 0)) \
            and doc[i].lower_ not in DETERMINERS \
            and doc[i].ent_type_ not in ("PERSON", "DATE", "TIME") and not doc[i].is_sent_start:
        toks.insert(0, doc[i])
        i -= 1
    if i >= 0 and doc[i].is_sent_start and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].ent_type_ != "PERSON":
        toks.insert(0, doc[i])
    if not toks:
        return None
    return doc[toks[0].i:toks[-1].i + 1].text


def _role_noun(tok) -> bool:
    """A word that can end a title before a name: a common noun ("winger"), or a title
    the name lists know ("Minister")."""
    if tok.pos_ == "NOUN" and tok.text.islower():
        return True
    low = tok.lower_.rstrip(".")
    return tok.pos_ in ("NOUN", "PROPN") and (low in ROLE_NOUNS or low in CONSTANTS.titles
                                              or low in TITLE_ABBREVIATIONS) and low not in HONORIFICS


def _titles(span, role: str | None) -> list[frozenset[str]]:
    """The word sets describing the person named by ``span``: the role words before it,
    an apposition ("X, the chancellor," / "the chancellor, X"), an age ("X, 52,")."""
    found = []
    if role:
        words = _title_words(role)
        # "Sen." is also "the senator"
        found.append(frozenset(words + [TITLE_ABBREVIATIONS[w] for w in words if w in TITLE_ABBREVIATIONS])
                     - DETERMINERS)
    root = _span_root(span)
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        described.append(root.head)
    for noun in described:
        if noun.like_num and noun.text.isdigit():
            found.append(frozenset({f"{noun.text}-year-old"}))
            continue
        if noun.pos_ != "NOUN":
            continue
        toks: list = []
        for t in noun.subtree:
            if span.start <= t.i < span.end or t.text in (",", "(", ")"):
                if toks:
                    break
                continue
            toks.append(t)
        # read as written, so "co-head" stays one word
        words = _title_words(span.doc[toks[0].i:toks[-1].i + 1].text) if toks else []
        if len(words) <= 8:  # a longer phrase is a clause about them, or the parser's mistake
            found.append(frozenset(words) - DETERMINERS)
    left = span.doc[max(span.start - 6, 0):span.start]
    age = re.search(r"(\d+)-years?-old\b[^,.;:]*$", left.text)
    if age:
        found.append(frozenset({f"{age.group(1)}-year-old"}))
    return [w for w in found if w]


TITLE_WORD = re.compile(r"[\w'\u2019-]*\w")
POSSESSIVE_END = re.compile(r"['\u2019]s$")


def _title_words(text: str) -> list[str]:
    """The words of a title as written, lower case: "co-head" one word, "Hale's" "hale"."""
    return [POSSESSIVE_END.sub("", w) for w in TITLE_WORD.findall(text.lower())]


def _apposed_role(span) -> str | None:
    """"X, general secretary of the Y," : the apposition as the person's role."""
    root = _span_root(span)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words: list = []
            for t in child.subtree:
                if t.text in (",", "(", ")") or (t.lower_ == "and" and words):
                    break
                words.append(t)
            while words and words[0].lower_ in DETERMINERS:
                words.pop(0)
            if words:
                return span.doc[words[0].i:words[-1].i + 1].text
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        head = root.head
        words = [t for t in head.subtree if t.i < span.start and t.text not in (",",)]
        while words and words[0].lower_ in DETERMINERS:
            words.pop(0)
        if words and all(t.i < root.i for t in words):
            return span.doc[words[0].i:words[-1].i + 1].text
    return None


def _acronym_of(words: list[str], short: str) -> bool:
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials == short or initials.replace("&", "") == short


class Discourse:
    """The entities of one article and every occurrence of their names, in order."""

    def __init__(self, doc, inside_quote, text: str | None = None):
        self.doc = doc
        self.text = doc.text if text is None else text  # doc.text is built anew on each access
        # Each pass over ``doc`` makes new Token objects: the rules walk this list instead.
        self.tokens = list(doc)
        self.inside_quote = inside_quote
        self.sent_of = [0] * len(doc)
        self.sent_starts: list[int] = []
        for tok in self.tokens:  # doc.sents would walk the tokens again
            if tok.i == 0 or tok.is_sent_start:
                self.sent_starts.append(tok.idx)
            self.sent_of[tok.i] = len(self.sent_starts) - 1
        self.paragraphs = paragraph_spans(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        self.entities: list[Entity] = []
        self.occurrences: list[Occurrence] = []
        self._by_token: dict[int, Occurrence] = {}
        self._roles: dict[tuple, Entity] = {}
        self._build()

    # ---------------------------------------------------------------- look-ups

    def paragraph_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self._para_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def occurrence_at(self, tok) -> Occurrence | None:
        """The name occurrence that ``tok`` is part of."""
        return self._by_token.get(tok.i)

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "person"]

    def orgs(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == "org"]

    # ---------------------------------------------------------------- building

    def _occur(self, span, entity: Entity, form: str | None = None) -> None:
        if any(t.i in self._by_token for t in span):
            return
        root = _span_root(span)
        occ = Occurrence(span.start_char, span.end_char, entity, root.i, self.sent_of[root.i],
                         main_subject(root), self.inside_quote(span.start_char), _prominence(root))
        self.occurrences.append(occ)
        for t in span:
            self._by_token[t.i] = occ
        entity.forms.add(form or span.text)

    def add_occurrence(self, span, entity: Entity) -> None:
        """A role met outside a speech, kept in text order with the names."""
        self._occur(span, entity, entity.name)
        self.occurrences.sort(key=lambda o: o.start)

    def _new(self, kind: str, name: str, first: int, **kw) -> Entity:
        entity = Entity(kind, name, first=first, **kw)
        self.entities.append(entity)
        return entity

    def _build(self) -> None:
        doc = self.doc
        particled = self._particle_names()
        taken = {i for s in particled for i in range(s.start, s.end)}
        ents = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        evident = _evident_orgs(ents)
        tagged = [_person_span(e) for e in ents if e.label_ == "PERSON" and _key(e.text) not in evident]
        people = self._titled_names(ents)
        people.extend(self._untagged_names(ents, tagged + people))
        people = [s for s in people if not taken.intersection(range(s.start, s.end))] + particled
        # surnames of people named in full or with a title: never an organisation's name
        surnames = {_key(s[-1].text) for s in tagged + people if len(s) > 1}
        surnames |= {_key(_person_span(e)[-1].text) for e in ents
                     if e.label_ in ORG_LABELS + PLACE_LABELS[:1] and len(e) > 1 and _personal(e, surnames)}
        org_like = self._org_like_names(ents, surnames) | (evident - surnames)
        orgs = []
        for ent in ents:
            if ent.label_ == "PERSON" and _key(ent.text) not in org_like:
                people.append(_person_span(ent))
            elif ent.label_ in ORG_LABELS + PLACE_LABELS[:1] and _personal(ent, surnames):
                people.append(_person_span(ent))  # the tagger's "organisation" is someone's name
            elif ent.label_ in ORG_LABELS or (ent.label_ == "PERSON"):
                orgs.append(ent)
        people.sort(key=lambda s: s.start)
        self._group_people(people)
        self._group_orgs(orgs)
        self._single_words()
        self.occurrences.sort(key=lambda o: o.start)

    def _particle_names(self) -> list:
        """Names whose family name starts with particles, which the tagger cuts up: "Anna van
        der Berg", "Marit in 't Hout", and that family name written alone ("Van der Berg")."""
        found = []
        tails = set()
        for m in PARTICLE_NAME.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            first = span[0] if span is not None else None
            if first is None or not (name_gender(first.text) or any(t.ent_type_ == "PERSON" for t in span)):
                continue
            name = parse_name(m.group())
            if name is not None and name.full and " " in name.surname:
                found.append(span)
                tails.add(_last(name.surname))
        for m in PARTICLE_SURNAME.finditer(self.text):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and _last(m.group()) in tails and not any(s.start <= span.start < s.end for s in found):
                found.append(span)
        return sorted(found, key=lambda s: s.start)

    def _org_like_names(self, ents, surnames: set[str]) -> set[str]:
        """PERSON entities that name an organisation: tagged as one more often elsewhere,
        the first word of an organisation's name, or "X spokesman" (a person has "X's").
        Never the surname of someone the article names in full."""
        votes: dict[str, Counter] = {}
        for ent in ents:
            votes.setdefault(_key(ent.text), Counter())[ent.label_] += 1
        multi_orgs = {e[0].text for e in ents if e.label_ == "ORG" and len(e) > 1}
        found = set()
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            key = _key(ent.text)
            if key in surnames or (ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in _TITLES):
                continue
            count = votes[key]
            if sum(v for k, v in count.items() if k in ORG_LABELS + PLACE_LABELS) > count["PERSON"]:
                found.add(key)
            elif len(ent) == 1 and ent.text in multi_orgs:
                found.add(key)
            elif ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in SPOKES_NOUNS and ent[-1].dep_ == "compound":
                found.add(key)
            elif len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
                found.add(key)
        return found

    def _untagged_names(self, ents, people):
        """Names the tagger missed: two or three capitalised proper nouns that start with a
        known given name, or end in the surname of someone it did tag ("Ella Castell"
        beside "Hugo Castell")."""
        doc = self.doc
        covered = {i for e in ents for i in range(e.start, e.end)} | {i for s in people for i in range(s.start, s.end)}
        surnames = {s[-1].text for s in people}
        found = []
        i = 0
        toks = self.tokens
        while i < len(toks):
            j = i
            words = 0  # a double-barrelled name is one word of its three
            while j < len(toks) and words < 3 and toks[j].pos_ == "PROPN" and toks[j].is_alpha \
                    and toks[j].text[:1].isupper() and j not in covered and toks[j].lower_ not in ORG_NAME_WORDS:
                j += 1
                if j + 1 < len(toks) and j > i + 1 and glued_hyphen(toks[j]) and toks[j + 1].pos_ == "PROPN" \
                        and j + 1 not in covered:
                    j += 1
                else:
                    words += 1
            if j - i >= 2 and (name_gender(toks[i].text) is not None or toks[j - 1].text in surnames
                               or _speaks(toks[j - 1])):
                found.append(doc[i:j])
            i = max(j, i + 1)
        return found

    def _titled_names(self, ents):
        """"Mr Okafor" that the tagger missed or gave another label."""
        doc = self.doc
        covered = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        spans = []
        titles = {h.rstrip(".") for h in HONORIFICS | PEERAGE}
        for tok in self.tokens[:-1]:
            nxt = self.tokens[tok.i + 1]
            if tok.lower_.rstrip(".") in titles and tok.text[:1].isupper() and nxt.text[:1].isupper() \
                    and nxt.i not in covered and nxt.is_alpha:
                end = nxt.i + 1
                while end < len(doc) and doc[end].i not in covered and (
                        doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() or glued_hyphen(doc[end])):
                    end += 1
                spans.append(doc[tok.i:end])
        return spans

    def _group_people(self, spans) -> None:
        spans = [part for span in spans for part in _unglued(span) if not self._slogan(part)]
        parsed = [(span, name) for span in spans if (name := parse_name(span.text)) is not None]
        by_full: dict[tuple[str, str, str], Entity] = {}
        full_seen: list[tuple[int, Entity]] = []
        for span, name in parsed:
            if name.full:
                entity = by_full.get(_full_key(name))
                if entity is None:
                    entity = self._new("person", name.canonical, span.start_char, person=name)
                    by_full[_full_key(name)] = entity
                elif len(name.canonical) > len(entity.name):
                    entity.name, entity.person = name.canonical, name
                full_seen.append((span.start_char, entity))
        _merge_tails(by_full, full_seen)
        _merge_short_forms(by_full, full_seen)
        self.entities = [e for e in self.entities if e in by_full.values()]
        partial: dict[tuple[str, str], Entity] = {}
        for span, name in parsed:
            found = by_full[_full_key(name)] if name.full else None
            if found is None and name.title.lower() in KNIGHTED:
                # "Sir Malcolm" is Sir Malcolm Pedley: a knight or dame goes by the given name
                found = _given_name_of(name.surname, full_seen)
            if found is None and not name.full:
                found = self._join_surname(span.start_char, name, full_seen)
            if found is None and not name.full and not name.title:
                found = _given_name_of(name.surname, full_seen)
            if found is None:
                short = (name.surname.lower(), name.title.lower() if name.title.lower() in PEERAGE else "")
                found = partial.get(short)
                if found is None:
                    found = partial[short] = self._new("person", name.canonical, span.start_char, person=name)
            if name.gender and found.gender is None:
                found.gender = name.gender
            role = _role_words(span)
            found.titles.extend(_titles(span, role))
            found.role = found.role or role or _apposed_role(span)
            self._occur(span, found)

    def _slogan(self, span) -> bool:
        """"a shirt that read "Fascist Bloggs"": a name inside quotation marks whose first
        word is neither a given name nor a title is words about someone, not a person."""
        first = span[0].text
        return len(span) > 1 and self.inside_quote(span.start_char) and not is_given_name(first) \
            and first.lower().rstrip(".") not in _TITLES

    def _join_surname(self, pos: int, name: PersonName, full_seen) -> Entity | None:
        """The full name a surname stands for: the one its title's gender fits, else the one
        named just before (within two sentences), else the one named in full most often, the
        first named among equals (a story's "Delacroix" is the candidate it opened with, not a
        husband named later on), else the first one after."""
        surname = _last(name.surname)
        same = [(p, e) for p, e in full_seen if e.person is not None and _last(e.person.surname) == surname]
        gender = name.gender
        if gender:
            fitting = [(p, e) for p, e in same
                       if e.gender in (None, gender) and (e.person is None or e.person.gender in (None, gender))]
            same = fitting or same
        before = [(p, e) for p, e in same if p < pos]
        if before:
            near, entity = before[-1]
            if len({id(e) for _, e in before}) == 1 or self.sentence_at(pos) - self.sentence_at(near) <= 2:
                return entity
            named = Counter(id(e) for _, e in before)
            return min(before, key=lambda b: (-named[id(b[1])], self._only_modifies(b[0]), b[1].first))[1]
        return same[0][1] if same else None

    def _only_modifies(self, pos: int) -> bool:
        """Whether the name written at ``pos`` qualifies a noun ("Young Hart voters"): a
        headline's capitals make names of other words, and such a name is the least sure."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN"

    def _group_orgs(self, ents) -> None:
        self._org_keys: dict[str, Entity] = {}
        keys = self._org_keys
        acronyms = self._acronyms()
        for short, full in acronyms.items():
            entity = self._new("org", full, max(self.text.find(full), 0), head=full.split()[-1].lower())
            entity.forms.update((short, full))
            keys[org_key(short)] = keys[org_key(full)] = entity
        cleaned = [found for found in map(_clean_org, ents) if found is not None]
        # longest names first, so "Hale" can join "Hale & Lowry"
        for start, _, text in sorted(cleaned, key=lambda c: -len(c[2])):
            if self.org_named(text) is None:
                keys[org_key(text)] = self._new("org", text, start, head=text.split()[-1].lower())
        for start, end, text in cleaned:
            named = self.org_named(text)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and named is not None:
                self._occur(span, named, text)
                # "the country's largest union, the PCS", "insurance firm X": what it is
                named.titles.extend(_titles(span, _role_words(span)))
        for entity in self.orgs():
            entity.name = self._org_display(entity, acronyms)
            if entity.name.islower() and entity.name in PUBLIC_BODY_NOUNS:
                entity.name = self._qualified(entity.name) or entity.name  # the tagger's "the government"

    def _acronyms(self) -> dict[str, str]:
        """Abbreviations the article defines: "Full Name (ABC)" and "ABC, the Full Name"."""
        found = {}
        # the name may end in a lower-case noun: "Public and Commercial Services union (PCS)"
        for m in DEFINED_BEFORE.finditer(self.text):
            found[m.group(2)] = _expansion(m.group(1).split(), m.group(2))
        for m in DEFINED_AFTER.finditer(self.text):
            if _acronym_of(m.group(2).split(), m.group(1)):
                found.setdefault(m.group(1), m.group(2))
        return found

    def _org_display(self, entity: Entity, acronyms: dict[str, str]) -> str:
        """The organisation's full name, or its abbreviation when the article uses that more."""
        for short, full in acronyms.items():
            if org_key(entity.name) in (org_key(short), org_key(full)):
                return short if self._uses(short) > self._uses(full) else full
        return max(entity.forms, key=len) if entity.forms else entity.name

    def _uses(self, name: str) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text))

    def _single_words(self) -> None:
        """Names written without being tagged: a known surname ("Lind" parsed as an
        adverb), an abbreviation or one-word organisation name."""
        words: dict[str, Entity | None] = {}
        for entity in self.people():
            if entity.person is not None:
                surname = entity.person.surname
                words[surname] = None if surname in words and words[surname] is not entity else entity
        for entity in {id(e): e for e in getattr(self, "_org_keys", {}).values()}.values():
            for form in entity.forms:
                if " " not in form and form[:1].isupper():
                    words.setdefault(form, entity)
                first = form.split()[0]
                if " " in form and first[:1].isupper() and first.lower() not in ORG_NAME_WORDS | DETERMINERS \
                        and self.org_named(first) is entity:
                    words.setdefault(first, entity)
        for tok in self.tokens:
            if tok.i in self._by_token or not tok.text[:1].isupper():
                continue
            prev = self.tokens[tok.i - 1] if tok.i else None
            if prev is not None and prev.pos_ == "PROPN" and prev.head.i == tok.i and prev.i not in self._by_token:
                continue  # the end of another name: "Shareholders United" is not "United"
            found = words.get(tok.text)
            if found is not None and tok.ent_type_ not in NUMERIC_LABELS:
                self._occur(self.doc[tok.i:tok.i + 1], found)

    # ---------------------------------------------------------------- on demand

    def org_named(self, text: str) -> Entity | None:
        """The organisation of that name or abbreviation, if the article has one."""
        key = org_key(text)
        keys = getattr(self, "_org_keys", {})
        if key in keys:
            return keys[key]
        if " " not in key:  # "Hale" for "Hale & Lowry", "the Post" for "The Washington Post"
            for part in (0, -1):
                starting = {id(e): e for k, e in keys.items() if " " in k and k.split()[part] == key}
                if len(starting) == 1:
                    return next(iter(starting.values()))
        return None

    def org_described(self, noun: str, before: int) -> Entity | None:
        """The organisation "the <noun>" stands for: the latest one met before ``before``
        whose name or description holds the noun."""
        best = None
        for occ in self.occurrences:
            if occ.start >= before:
                break
            entity = occ.entity
            if entity.kind == "org" and (noun in org_key(entity.name).split()
                                         or any(noun in org_key(f).split() for f in entity.forms)
                                         or any(noun in t for t in entity.titles)):
                best = entity
        return best

    def entity_for_span(self, span, kind: str) -> Entity:
        """An entity for a name the inventory missed (an untagged subject)."""
        text = span.text
        full = [p.person for p in self.people() if p.person is not None and p.person.full]
        if kind != "person" and len(span) == 1 and any(_last(n.surname) == text.lower() for n in full):
            kind = "person"  # the surname of someone named in full, whatever the tagger said
        if kind == "person":
            name = parse_name(text)
            if name is not None:
                for entity in self.people():
                    if entity.person is not None and entity.person.surname.lower() == name.surname.lower() and (
                            not name.full or entity.person.given.lower() == name.given.lower()):
                        self._occur(span, entity)
                        return entity
                entity = self._new("person", name.canonical, span.start_char, person=name, gender=name.gender)
                self._occur(span, entity)
                self.occurrences.sort(key=lambda o: o.start)
                return entity
        found = self.org_named(text)
        if found is None:
            found = self._new("org", text, span.start_char, head=text.split()[-1].lower())
            self._org_keys[org_key(text)] = found
        self._occur(span, found, text)
        self.occurrences.sort(key=lambda o: o.start)
        return found

    def role(self, noun: str, org: Entity | None, text: str, gender: str | None, plural: bool,
             pos: int, words: frozenset[str], kind: str = "role") -> Entity:
        """The role entity "<org> <noun>" (one per organisation and role noun); ``kind``
        "org" for a body known by its noun alone ("the government")."""
        key = (noun, id(org) if org is not None else text.lower())
        entity = self._roles.get(key)
        if entity is None:
            if kind == "org" and org is None:
                text = self._qualified(noun) or text
            # not among ``entities``: a role is only a candidate until a speech is given to it
            entity = self._roles[key] = Entity(kind, text, gender, plural, first=pos, org=org, head=noun)
            entity.titles.append(words)
        elif len(text) < len(entity.name):
            # the shortest wording names it: "X spokesman" rather than "a spokesman for the X"
            entity.name = text
        entity.forms.add(text)
        return entity


    def _qualified(self, noun: str) -> str | None:
        """The one fuller name the article gives a body it mostly calls by its noun: "the
        Venezuelan government" for "the government"."""
        found = set()
        for m in re.finditer(rf"\b((?:[A-Z][\w.'-]*\s+){{1,3}}){noun}\b", self.text):
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            words = [t for t in span or () if t.lower_ not in DETERMINERS and not t.is_space]
            # a country or nationality ("the Moldovan government"), not a party ("a Labour government")
            if words and all(t.ent_type_ in ("GPE", "NORP") and t.lower_ not in PARTY_WORDS for t in words):
                found.add(" ".join(t.text for t in words) + " " + noun)
        return next(iter(found)) if len(found) == 1 else None


# Words for parties, which qualify a government without naming a country's.
PARTY_WORDS = frozenset("conservative conservatives labour liberal democratic republican socialist green tory "
                        "communist coalition".split())


KNIGHTED = frozenset(("sir", "dame"))


def _given_name_of(word: str, full_seen) -> Entity | None:
    """"Marit" alone, when exactly one person named in full has that given name (and
    nobody that surname): that person, as friends and headlines call them."""
    low = word.lower()
    owners = {id(e): e for _, e in full_seen if e.person is not None and e.person.given.lower() == low}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _last(surname: str) -> str:
    """The word a surname is written by alone: "Hartog" of "den Hartog"."""
    return surname.split()[-1].lower() if surname.split() else ""


def _merge_into(short: Entity, longer: Entity, by_full: dict[tuple[str, str, str], Entity],
                full_seen: list[tuple[int, Entity]]) -> None:
    """Every key and sighting of ``short`` is ``longer``'s from now on."""
    for key, entity in by_full.items():
        if entity is short:
            by_full[key] = longer
    full_seen[:] = [(p, longer if e is short else e) for p, e in full_seen]


def _merge_tails(by_full: dict[tuple[str, str, str], Entity], full_seen: list[tuple[int, Entity]]) -> None:
    """"Eskelsen García" after "Lily Eskelsen García": a name that is the end of a longer
    one (two words or more, which the parser took for given name and surname) is it."""
    entities = list(dict.fromkeys(by_full.values()))
    for short in entities:
        words = short.name.casefold().split()
        longer = [e for e in entities if e is not short and len(e.name.split()) > len(words)
                  and e.name.casefold().split()[-len(words):] == words]
        if len(longer) == 1:
            _merge_into(short, longer[0], by_full, full_seen)


def _merge_short_forms(by_full: dict[tuple[str, str, str], Entity], full_seen: list[tuple[int, Entity]]) -> None:
    """"Sandy Lowe" beside "Sandra Lowe": a given name that is the short form of the given name
    of the one other person of that surname is that person, under the longer name."""
    entities = [e for e in dict.fromkeys(by_full.values()) if e.person is not None and e.person.given]
    for short in entities:
        assert short.person is not None
        longer = [e for e in entities if e is not short and e.person is not None
                  and e.person.surname.lower() == short.person.surname.lower()
                  and e.person.suffix == short.person.suffix
                  and short_form_of(short.person.given, e.person.given)
                  and not (short.gender and e.gender and short.gender != e.gender)]
        if len(longer) == 1:
            _merge_into(short, longer[0], by_full, full_seen)


def short_form_of(short: str, full: str) -> bool:
    """Whether a given name is a familiar short form of another: "Sandy" of "Sandra", "Chris"
    of "Christopher", "Jenny" of "Jennifer" (its first three letters or more, then maybe -y/-ie)."""
    s, f = short.lower(), full.lower()
    if len(s) >= len(f) or not s.isalpha():
        return False
    stem = s[:-2] if s.endswith("ie") and len(s) > 4 else s[:-1] if s.endswith(("y", "i")) and len(s) > 3 else s
    return len(stem) >= 3 and f.startswith(stem)


def _full_key(name: PersonName) -> tuple[str, str, str]:
    return name.given.lower(), name.surname.lower(), name.suffix.lower().rstrip(".")


def _key(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return re.sub(r"(?:'s|’s)$", "", text).casefold()


FUNCTION_WORDS = frozenset("the of for and & in on at".split())


def org_key(text: str) -> str:
    """An organisation's name as compared: "Department of Work and Pensions" is the
    "Department for Work and Pensions" (function words and case aside)."""
    return " ".join(w for w in _key(text).split() if w not in FUNCTION_WORDS)


def _expansion(words: list[str], short: str) -> str:
    """The words before "(ABC)" that ABC abbreviates: the shortest ending whose
    capitalised initials spell it, else the ending that starts with its first letter."""
    for k in range(len(words) - 1, -1, -1):
        if "".join(w[0] for w in words[k:] if w[:1].isupper()) == short:
            return " ".join(words[k:])
    starts = [k for k, w in enumerate(words) if w[:1] == short[:1]]
    return " ".join(words[starts[0]:]) if starts else " ".join(words)


def age_words(text: str) -> frozenset[str]:
    """"the 52-year-old" as the word set a title from "X, 52," would have."""
    m = AGE.search(text)
    return frozenset({f"{m.group(1)}-year-old"}) if m else frozenset()
