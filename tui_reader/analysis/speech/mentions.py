"""What the subject of a speech verb is: a name, a pronoun, a description or a document.

``read_mention`` turns the subject token into a ``Mention``. A name points at its entity
at once; a pronoun or a description ("the 36-year-old", "the firm") is left for the
speaker choice to resolve; a document ("a statement from X") stands for its author.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui_reader.analysis.speech.entities import Discourse, Entity, age_words
from tui_reader.analysis.speech.given_names import name_gender
from tui_reader.analysis.speech.lexicon import (
    COLLECTIVE_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    HONORIFICS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    NON_SPEAKER_NOUNS,
    OFFICE_NOUNS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ORG_PRONOUNS,
    PEERAGE,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    VAGUE_SUBJECTS,
)
from tui_reader.analysis.speech.names import strip_title

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

RELATIVES = frozenset("who which that".split())
MODIFIERS = frozenset("compound amod nmod poss nummod det case punct npadvmod".split())
ROLE_PREPS = frozenset("for of at from with".split())
PLURAL_PRONOUNS = frozenset("they them their".split())


@dataclass(slots=True)
class Mention:
    """The words that say who speaks, read but not yet resolved."""

    start: int
    end: int
    text: str
    kind: str  # name / pronoun / description / document
    entity: Entity | None = None  # a name's entity, a document's author
    gender: str | None = None
    plural: bool = False
    person: bool | None = None  # True: a person; False: an organisation; None: either
    words: frozenset[str] = field(default_factory=frozenset)  # a description's words
    core: frozenset[str] = field(default_factory=frozenset)  # of them, those that say who it is
    head: str = ""
    definite: bool = False
    org: Entity | None = None  # "a spokesman for <org>", "<org> spokesman"
    name: str = ""  # a description's name as a role of its own
    via: str = ""  # the document the author was read from ("statement" of "a statement from X")
    others: frozenset[int] = frozenset()  # ids of the entities named in the rest of its clause
    owner: Token | None = None  # the possessive pronoun of "his campaign", resolved at the choice
    article: bool = False  # "a witness": a singular someone, met for the first time


    def describe(self) -> str:
        return f'{self.kind} "{self.text}"'


def _span_text(doc, start_tok: int, end_tok: int) -> tuple[int, int, str]:
    span = doc[start_tok:end_tok]
    return span.start_char, span.end_char, span.text


def _name_of(tok, discourse: Discourse) -> Entity | None:
    occ = discourse.occurrence_at(tok)
    return occ.entity if occ is not None else None


def _appos_name(tok, discourse: Discourse) -> Entity | None:
    """"Its chief negotiator, Sarah Blake," / "organisers the CEA": the apposed name."""
    for child in tok.children:
        if child.dep_ == "appos":
            entity = _name_of(child, discourse)
            if entity is None and child.pos_ == "PROPN" and child.text[:1].isupper():
                entity = _untagged_name(child, discourse)  # "campaign group Hale Watch"
            if entity is not None:
                return entity
    # "CES organisers the CEA": the parser may hang the name as a compound or object
    right = [c for c in tok.rights if c.dep_ in ("appos", "npadvmod", "dobj") and c.pos_ == "PROPN"]
    for child in right:
        entity = _name_of(child, discourse)
        if entity is not None:
            return entity
    return None


def _proper_chain(tok):
    """The compound run of proper nouns ending at ``tok``."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in ("compound", "flat", "amod") \
            and doc[start - 1].head.i in range(start, tok.i + 1):
        start -= 1
    while start < tok.i and doc[start].lower_ in DETERMINERS:
        start += 1
    return doc[start:tok.i + 1]


def _untagged_name(tok, discourse: Discourse) -> Entity | None:
    """A proper-noun subject the tagger left out: a person when it reads like one
    (a given name, a title, two or three capitalised words and no organisation word)."""
    chain = _proper_chain(tok)
    words = chain.text.split()  # "Murphy-O'Connor" is one word of a name
    if not words or not all(w[:1].isupper() for w in words):
        return None
    lower = {w.lower().rstrip(".") for w in words}
    titled = chain.start > 0 and chain.doc[chain.start - 1].lower_.rstrip(".") in {
        h.rstrip(".") for h in HONORIFICS | PEERAGE}
    titled = titled or (len(words) > 2 and bool(strip_title(words)[1]))  # "Cardinal X Y", "Archbishop X Y"
    if titled:
        chain = chain.doc[chain.start - 1:chain.end]
    # "campaign group X", "the group, X,": what the name is called says it is an organisation
    called = [tok.head] if tok.dep_ == "appos" else []
    if chain.start > 0:
        called.append(chain.doc[chain.start - 1])
    org_called = any(t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS for t in called)
    person = titled or (len(words) in (2, 3) and not lower & ORG_NAME_WORDS and not org_called
                        and (name_gender(words[0]) is not None or tok.ent_type_ in ("", "PERSON")))
    if not person and tok.ent_type_ == "PERSON":
        person = not lower & ORG_NAME_WORDS
    return discourse.entity_for_span(chain, "person" if person else "org")


def hyphened_word(tok) -> str:
    """The word a noun ends, hyphens and all: "front-runner" for "runner"."""
    doc = tok.doc
    i = tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text.lower() if i < tok.i else tok.lower_


def _core_words(tok, start: int, end: int) -> frozenset[str]:
    """The words that say who a description is: its noun, the nouns and proper words
    before it, an age. "the soft-spoken engineer" is an "engineer"; "the Tory leader" a
    "tory leader"."""
    core = {hyphened_word(tok)}
    doc = tok.doc
    for t in doc[start:tok.i]:
        # a hyphenated modifier says what someone is like, not who: "the two-term president";
        # a hyphenated number ("Twenty-four percent") still says how many
        joined = [doc[j] for j in (t.i - 2, t.i + 2) if 0 <= j < len(doc) and doc[(t.i + j) // 2].text == "-"]
        if (t.pos_ in ("NOUN", "PROPN", "NUM") or t.text[:1].isupper()) \
                and (not joined or (t.like_num and all(j.like_num for j in joined))):
            core.add(t.lower_)
    return frozenset(core - DETERMINERS) | age_words(doc[start:end].text)


def _description_words(tok) -> tuple[int, int, frozenset[str]]:
    """The span and words of a description: its modifiers and head, no determiners."""
    doc = tok.doc
    lefts = [t for t in tok.lefts if t.dep_ in MODIFIERS]
    start = min([tok.i] + [t.left_edge.i for t in lefts])
    while start < tok.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ROLE_PREPS:
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("nummod", "compound") and child.i == end:
            end = child.i + 1
        else:
            break
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    words = frozenset(t.lower_ for t in doc[start:end] if not t.is_punct and t.lower_ not in DETERMINERS
                      and t.lower_ not in ("'s", "’s"))
    text = doc[start:end].text
    return start, end, words | age_words(text)


def document_author(tok, discourse: Discourse):
    """The token naming who wrote a document: "X's report", "a statement from X",
    "figures released by X", "the X report"."""
    for child in tok.children:
        if child.ent_type_ in ("DATE", "TIME"):
            continue  # "Wednesday's statement" was written on a day, not by one
        if child.dep_ == "poss":
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or _name_of(obj, discourse)
                                    or obj.lemma_ in ORG_NOUNS | ROLE_NOUNS):
                return obj
        if child.dep_ == "acl":  # "figures released by X"
            for agent in child.children:
                if agent.dep_ == "agent":
                    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return _issuer(tok)


# Verbs by which someone puts out a document: its subject wrote it.
ISSUING_VERBS = frozenset("issue release publish post send write put sign circulate".split())


def _issuer(tok):
    """"X issued a statement saying ...", "X, issuing a press release saying ...": who put
    the document out."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head  # "X, a financier, issuing a release ...": the participle hangs on X
    return subject


def _noun_org(tok, discourse: Discourse) -> tuple[Entity | None, str]:
    """The organisation a role noun belongs to ("spokesman for X", "X spokesman", "X's
    security team", "X producers") and the role's name: the article's wording, with a
    possessive written as a compound ("X's spokeswoman" is the "X spokeswoman")."""
    role = tok.lemma_.lower() in ROLE_NOUNS | SPOKES_NOUNS or tok.lower_ in ROLE_NOUNS | SPOKES_NOUNS
    for child in tok.children:
        possessive = child.dep_ == "poss"
        owner = role or possessive or tok.tag_ == "NNS"
        named = child.pos_ == "PROPN" or (possessive and _name_of(child, discourse) is not None)
        if child.dep_ in ("compound", "poss", "nmod") and named and owner:  # "Hale's" may be tagged a noun
            entity = _name_of(child, discourse)
            if entity is not None and entity.kind == "person" and possessive and entity.person is not None:
                return entity, _possessed_name(tok, child, entity)  # "Mr. X's aides": the "X aides"
            if entity is None or entity.kind != "org":
                chain = _proper_chain(child)
                entity = discourse.org_named(chain.text) or discourse.entity_for_span(chain, "org")
            return entity, _possessed_name(tok, child, entity) if possessive else ""
        if possessive and child.pos_ == "NOUN" and child.lemma_.lower() in ORG_NOUNS:
            # "the department's security team": the department met before
            entity = discourse.org_described(child.lemma_.lower(), child.idx)
            if entity is not None:
                return entity, _possessed_name(tok, child, entity)
        if role and child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                entity = _name_of(obj, discourse)
                if entity is not None and entity.kind == "org":
                    return entity, ""
                if obj.pos_ == "PROPN":
                    chain = _proper_chain(obj)
                    return discourse.org_named(chain.text) or discourse.entity_for_span(chain, "org"), ""
    return None, ""


def _possessed_name(tok, owner, org: Entity) -> str:
    """"X's official spokesman" named "X official spokesman"."""
    doc = tok.doc
    words = [t for t in doc[owner.right_edge.i + 1:tok.i + 1] if t.text not in ("'s", "’s", "'", "’")]
    rest = doc[words[0].i:tok.i + 1].text if words else tok.text
    return owned_name(org, rest)


def owned_name(owner: Entity, role: str) -> str:
    """A role named by whose it is: "Okafor spokesman", "Harbour Trust campaign"."""
    if owner.kind == "person" and owner.person is not None and owner.person.full:
        return f"{owner.person.surname} {role}"
    return f"{owner.name} {role}"


def _definite(tok) -> bool:
    """"the/its/this X": pointing back to something met before."""
    return any(t.dep_ in ("det", "poss") and t.lower_ not in ("a", "an", "another", "some", "any") for t in tok.lefts)


# The verb's own arguments, and the clauses inside them that are another's business.
ARGUMENTS = frozenset("dobj dative iobj attr oprd prep agent".split())
CLAUSES = frozenset("relcl acl ccomp advcl xcomp csubj conj appos".split())


def _clause_names(tok, discourse: Discourse) -> frozenset[int]:
    """The entities named in the clause of the subject ``tok``, outside the subject and
    outside quotation marks: "the businessman praised X" does not mean X."""
    verb = tok.head
    if verb.i == tok.i:
        return frozenset()
    found = set()
    # its objects, and the phrases after it ("In the latest release of X, the firm said" may be X)
    stack = [c for c in verb.children if c.dep_ in ARGUMENTS and (c.dep_ not in ("prep", "agent") or c.i > verb.i)]
    while stack:
        t = stack.pop()
        occ = discourse.occurrence_at(t) if t.pos_ == "PROPN" else None
        if occ is not None and not occ.in_quote:
            found.add(id(occ.entity))
        stack.extend(c for c in t.children if c.dep_ not in CLAUSES)
    return frozenset(found)


def read_mention(tok, discourse: Discourse, depth: int = 0) -> Mention | None:
    """The mention the subject token ``tok`` makes, or None for nobody in particular."""
    mention = _read_mention(tok, discourse, depth)
    if mention is not None and mention.kind in ("pronoun", "description"):
        mention.others = _clause_names(tok, discourse)
    return mention


def _read_mention(tok, discourse: Discourse, depth: int = 0) -> Mention | None:
    doc = tok.doc
    low = tok.lower_
    entity = _name_of(tok, discourse)
    if entity is not None:
        occ = discourse.occurrence_at(tok)
        assert occ is not None
        return Mention(occ.start, occ.end, discourse.text[occ.start:occ.end], "name", entity)
    if tok.text.endswith(".") and tok.text[:1].isupper() and len(tok.text) > 2:
        # "said M&S.": the tokenizer kept the full stop on an abbreviation the tagger then missed
        short = discourse.org_named(tok.text[:-1])
        if short is not None:
            return Mention(tok.idx, tok.idx + len(tok.text) - 1, tok.text[:-1], "name", short)
    apposed = _appos_name(tok, discourse)
    if apposed is not None and low not in VAGUE_SUBJECTS - {"one"}:
        return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "name", apposed)
    if low in RELATIVES and tok.head.dep_ == "relcl" and depth < 2:
        return read_mention(tok.head.head, discourse, depth + 1)  # "X, who said ..."
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i and depth < 2:
        return read_mention(tok.head, discourse, depth + 1)  # the parser took the modifier for the noun
    if tok.pos_ == "PRON":
        gender = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None
        if gender is not None:
            return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", gender=gender, person=True)
        if low in ORG_PRONOUNS:
            return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", person=False)
        if low in PLURAL_PRONOUNS:
            return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun", plural=True)
        return None
    if low in VAGUE_SUBJECTS:
        return None
    lemma = tok.lemma_.lower()
    # "the Portuguese said", "the Frenchman": someone described; "the Conservatives" is a party
    singular = low.endswith(("ese", "man")) or not low.endswith("s")
    nationality = (tok.ent_type_ == "NORP" or low.endswith("man")) and singular and tok.text[:1].isupper() \
        and any(c.lower_ == "the" for c in tok.lefts) and not any(c.dep_ == "conj" for c in tok.children)
    if nationality:
        return Mention(tok.idx, tok.idx + len(tok.text), tok.text, "description", person=True,
                       words=frozenset({low}), core=frozenset({low}), head=low, definite=True)
    if tok.pos_ == "PROPN" or (tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ != "NOUN"):
        found = _untagged_name(tok, discourse)
        if found is not None:
            occ = discourse.occurrence_at(tok)
            start, end = (occ.start, occ.end) if occ is not None else (tok.idx, tok.idx + len(tok.text))
            return Mention(start, end, discourse.text[start:end], "name", found)
    if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
        return None
    start, end, words = _description_words(tok)
    s_char, e_char, text = _span_text(doc, start, end)
    text = text.strip()
    if lemma in OFFICE_NOUNS and depth < 2:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None:
            return read_mention(owner, discourse, depth + 1)  # "Mr X's office said"
    if lemma in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS:
        author = document_author(tok, discourse)
        mention = read_mention(author, discourse, depth + 1) if author is not None and depth < 2 else None
        if mention is not None:
            mention.via = lemma
            return mention
        if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
            return None  # "the statement by the two": authors named, but not as anyone to point at
        return Mention(s_char, e_char, text, "document", head=lemma, definite=_definite(tok))
    if lemma in NON_SPEAKER_NOUNS:
        return None
    definite = _definite(tok)
    # "Officials in X said": a plural capitalised at the start of a sentence, tagged as a name
    capital_plural = tok.tag_ == "NNP" and tok.is_sent_start and low.endswith("s") and not low.endswith("ss") \
        and discourse.occurrence_at(tok) is None
    plural = tok.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_NOUNS or capital_plural
    gender = "m" if {low, lemma} & MALE_NOUNS else "f" if {low, lemma} & FEMALE_NOUNS else None
    org_noun = lemma in ORG_NOUNS and not plural
    person: bool | None = False if org_noun else (
        True if lemma in ROLE_NOUNS | SPOKES_NOUNS | RELATION_NOUNS or gender else None)
    org, name = _noun_org(tok, discourse) if not org_noun or any(c.dep_ == "poss" for c in tok.children) else (None, "")
    # "his campaign", "her spokeswoman": the owner is whoever the pronoun means
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None) \
        if org is None and (org_noun or lemma in ROLE_NOUNS | SPOKES_NOUNS) else None
    return Mention(s_char, e_char, text, "description", gender=gender, plural=plural, person=person,
                   words=words, head=hyphened_word(tok) if "-" in hyphened_word(tok) else lemma,
                   definite=definite, org=org, name=name or text,
                   core=_core_words(tok, start, end), owner=owner,
                   article=any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.lefts))
