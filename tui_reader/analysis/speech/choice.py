"""The speaker choice: candidates, the evidence for each, and a score you can read.

Each speech (a quotation or reported clause) picks its speaker among candidate entities.
The evidence is a handful of named features, each with a weight in ``WEIGHTS``; a
candidate's score is the sum of weight times value. Hard constraints (a "she" is not a
man, a spokesman is not the body he speaks for) remove candidates before scoring. The
whole choice is kept, so ``newsreader analyze --explain`` can print it.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from tui_reader.analysis.speech.cues import is_speech_verb
from tui_reader.analysis.speech.entities import Discourse, Entity
from tui_reader.analysis.speech.lexicon import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    ORG_NOUNS,
    PERSON_ROLES,
    PUBLIC_BODY_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    TITLE_ABBREVIATIONS,
)
from tui_reader.analysis.speech.mentions import Mention, owned_name, read_mention

# The evidence and what it is worth. Positive features argue for a candidate.
WEIGHTS: dict[str, float] = {
    "named": 10.0,  # the cue's subject is this entity's name
    "agrees": 1.0,  # a pronoun or description whose gender, number and kind it fits
    "unintroduced": -1.5,  # a person never given a first name or title: a passing reference
    "fits_title": 6.0,  # the description's words are one of the titles the article gives it
    "fits_noun": 3.0,  # its noun is in one of them, its other words say nothing against it
    "epithet": 2.0,  # "the businessman", fitting no title: a person met before, not a new role
    "shares_words": 3.0,  # share of the description's other words in one of its titles ("Republican")
    "title_clash": -5.0,  # it holds a title with the description's noun, worded otherwise
    "role_itself": 0.5,  # the description stands as a speaker of its own
    "definite": -1.5,  # ... though "the X" points back to someone already met
    "indefinite": 5.0,  # "a spokesman": someone not met before
    "of_org": 2.0,  # "a spokesman for X", "the X spokesman": a role of its own
    "body": 3.0,  # "the government", "the police": a body named by its noun, no name needed
    "previous_speaker": 1.5,  # spoke the speech before this one
    "asked": -4.0,  # put the question this speech replies to: the one asked answers
    "continues": 4.0,  # no cue, and nothing stands between the previous speech and this one
    "last_subject": 2.0,  # the subject of the latest clause before the cue
    "new_subject": 1.5,  # ... and met first since the previous speech: "he" moves on to them
    "same_sentence": 2.5,  # named earlier in the cue's sentence: "X cut jobs, the firm said"
    "sentences_back": -0.4,  # for each sentence since it was last named (up to 8)
    "paragraphs_back": -0.6,  # for each paragraph break since it was last named (up to 4)
    "mentions": 0.5,  # log2(1 + times named so far, a subject counting 2): whom the article is about
    "introduced": 1.5,  # no cue, and first named since the previous speech
    "document_author": 4.0,  # the author of the document last named ("a statement said")
    "named_next": 6.0,  # the lead's "a trade body has warned" is the body the next paragraph names
    "named_in_report": 2.5,  # "Sales at X fell, the company said": the organisation its report names
}
# Below this, a quote without a cue keeps no speaker.
THRESHOLD = 1.0
# Below this, a pronoun's best antecedent is too far back to trust.
PRONOUN_FLOOR = -2.0
WINDOW = 10  # sentences back where candidates are looked for
NAMED_NEXT_LOOK = 40  # names read past the first subject for one named as it speaks (text with no breaks)


@dataclass(slots=True)
class Candidate:
    """One entity that might have spoken, with its evidence."""

    entity: Entity
    features: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return sum(WEIGHTS[k] * v for k, v in self.features.items())


@dataclass(slots=True)
class Choice:
    """How one speech got its speaker: the mention, the candidates, the winner."""

    mention: Mention | None
    candidates: list[Candidate]
    chosen: Entity | None
    excluded: list[tuple[Entity, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Seen:
    count: float = 0
    pos: int = -1
    sent: int = -1
    para: int = -1
    first: int = -1


class Chooser:
    """Walks the article in order, keeping who was named when, and chooses speakers."""

    def __init__(self, discourse: Discourse):
        self.discourse = discourse
        self.seen: dict[int, _Seen] = {}
        self.entities: dict[int, Entity] = {}
        self._next = 0
        self._starts: list[int] = []  # the occurrences' starts, for bisection
        self.last_subject: tuple[int, Entity] | None = None
        self.previous: tuple[Entity, int] | None = None  # last speaker and where their speech ended
        self.authors: dict[str, Entity] = {}  # document noun -> who wrote the last one
        self.last_author: Entity | None = None

    # ---------------------------------------------------------------- the record

    def note(self, entity: Entity, pos: int, subject: bool, weight: float = 2.0) -> None:
        """``entity`` is named (or meant) at ``pos``, with a prominence ``weight``."""
        d = self.discourse
        seen = self.seen.setdefault(id(entity), _Seen(first=pos))
        self.entities[id(entity)] = entity
        seen.count += weight
        seen.pos = max(seen.pos, pos)
        seen.sent = d.sentence_at(pos)
        seen.para = d.paragraph_of(pos)
        if subject:
            self.last_subject = (pos, entity)

    def advance(self, pos: int) -> None:
        """Take in every name written before ``pos`` (outside quotations)."""
        occs = self.discourse.occurrences
        while self._next < len(occs) and occs[self._next].start < pos:
            occ = occs[self._next]
            self._next += 1
            if not occ.in_quote:
                self.note(occ.entity, occ.start, occ.subject, occ.weight)

    def wrote(self, document: str, entity: Entity) -> None:
        """``entity`` spoke through a document ("in a statement", "a report from X")."""
        self.authors[document] = entity
        self.last_author = entity

    def author_of(self, mention: Mention | None) -> Entity | None:
        """Who wrote the document a mention names: the author of the last document of
        that kind, or for "the report" the last author of any."""
        if mention is None or mention.kind != "document":
            return None
        found = self.authors.get(mention.head) or (self.last_author if mention.definite else None)
        if found is None and mention.definite and mention.head in ISSUED_NOUNS and self.previous is not None:
            # "the statement said", no author named: the one who has just been speaking issued it
            speaker, end = self.previous
            if self.discourse.sentence_at(mention.start) - self.discourse.sentence_at(end) <= WINDOW:
                found = speaker
        return found

    def spoke(self, entity: Entity | None, end: int) -> None:
        if entity is not None:
            self.previous = (entity, end)

    # ---------------------------------------------------------------- the choice

    def choose(self, mention: Mention | None, pos: int, *, cueless: bool = False, gap_clear: bool = False,
               gap_start: int = 0, replying: bool = False) -> Choice:
        """The speaker meant by ``mention`` at ``pos`` (None: a quote with no cue)."""
        self.advance(pos)
        if mention is not None and mention.kind == "name" and mention.entity is not None:
            return Choice(mention, [Candidate(mention.entity, {"named": 1.0})], mention.entity)
        if mention is not None and mention.owner is not None and mention.org is None:
            self._own(mention, pos)
        pool = self._pool(pos, mention)
        candidates: list[Candidate] = []
        excluded: list[tuple[Entity, str]] = []
        for entity in pool:
            why = self._excluded(entity, mention)
            if why:
                excluded.append((entity, why))
                continue
            candidate = Candidate(entity, self._features(entity, mention, pos, cueless, gap_clear, gap_start))
            if replying and "previous_speaker" in candidate.features:
                candidate.features["asked"] = 1.0
            candidates.append(candidate)
        if mention is not None and mention.kind == "description":
            self._epithet(mention, candidates)
            candidates.append(Candidate(self._role_of(mention), self._role_features(mention)))
            named = self._named_next(mention)
            if named is not None and named.entity.kind != "role" and not self._excluded(named.entity, mention):
                candidates.append(named)
        candidates.sort(key=lambda c: -c.score)
        chosen = None
        if candidates and (candidates[0].score >= THRESHOLD or (mention is not None and not cueless)):
            chosen = candidates[0].entity
        if mention is not None and mention.kind == "document" and candidates and candidates[0].score < THRESHOLD:
            chosen = None
        if mention is not None and mention.kind == "pronoun" and candidates and candidates[0].score < PRONOUN_FLOOR:
            chosen = None  # "it said", its antecedent paragraphs back: someone unnamed, not a guess
        if chosen is not None and chosen.kind == "role" and mention is not None and mention.kind == "description" \
                and mention.org is None and (mention.head in GENERIC_PERSON_NOUNS or not _can_speak(mention)):
            chosen = None  # "the man said": someone, but no name for the sidebar; "more emphasis": no one
        return Choice(mention, candidates[:6], chosen, excluded)

    def _own(self, mention: Mention, pos: int) -> None:
        """"His campaign said": whom "his" means owns the campaign ("Hale campaign"), and is
        not its speaker."""
        owner = read_mention(mention.owner, self.discourse)
        mention.owner = None
        if owner is None or owner.kind != "pronoun":
            return
        choice = self.choose(owner, pos)
        best = choice.candidates[0] if choice.candidates else None
        if choice.chosen is not None and best is not None and best.score >= THRESHOLD \
                and choice.chosen.kind in ("person", "org"):
            mention.org = choice.chosen
            mention.name = owned_name(choice.chosen, mention.head)

    def _epithet(self, mention: Mention, candidates: list[Candidate]) -> None:
        """"The New York businessman said", "the firm said": a definite description of a
        person or an organisation that fits no title the article gives anyone is an epithet
        for one met before; recency and mentions pick among them."""
        if not mention.definite or mention.head in GENERIC_PERSON_NOUNS | SPOKES_NOUNS | ROLE_NOUNS | RELATION_NOUNS:
            return
        if mention.person is False and mention.head in COMPANY_NOUNS:  # "the firm said": a company met before
            kind = "org"
        elif _person_noun(mention.head):
            kind = "person"
        else:
            return
        people = [c for c in candidates if c.entity.kind == kind]
        if not people or any(c.features.keys() & {"fits_title", "fits_noun", "shares_words"} for c in candidates):
            return
        for candidate in people:
            candidate.features["epithet"] = 1.0

    def _named_next(self, mention: Mention) -> Candidate | None:
        """News opens with "A bookmaker has stopped taking bets" and names the bookmaker
        next: an indefinite description in the lead stands for the first entity of its kind
        that the following paragraphs make the subject of a sentence."""
        d = self.discourse
        if mention.definite or mention.org is not None or d.paragraph_of(mention.start) > 1 \
                or d.sentence_at(mention.start) > 2:
            return None
        last_para = d.paragraph_of(mention.start) + 2
        first: Candidate | None = None
        looked = 0
        for occ in d.occurrences:
            if occ.start <= mention.end or occ.in_quote:
                continue
            looked += 1
            if d.paragraph_of(occ.start) > last_para or (first is not None and looked > NAMED_NEXT_LOOK):
                break
            if occ.subject and not self._excluded(occ.entity, mention):
                if is_speech_verb(d.tokens[occ.token].head, cue=True):
                    return Candidate(occ.entity, {"named_next": 1.0})  # the source, named as it speaks
                first = first or Candidate(occ.entity, {"named_next": 1.0})
        return first

    def _pool(self, pos: int, mention: Mention | None) -> list[Entity]:
        sent = self.discourse.sentence_at(pos)
        pool = {k: self.entities[k] for k, s in self.seen.items() if sent - s.sent <= WINDOW}
        if self.previous is not None:
            pool.setdefault(id(self.previous[0]), self.previous[0])
        if mention is not None and mention.kind == "description":
            for k, entity in self.entities.items():
                if _fits(entity, mention) or _fits_noun(entity, mention):
                    pool.setdefault(k, entity)
            if mention.definite and self.seen:  # an epithet may point back far: the most named
                people = [k for k in self.seen if self.entities[k].kind == "person"]
                if people:
                    k = max(people, key=lambda k: self.seen[k].count)
                    pool.setdefault(k, self.entities[k])
        for entity in self._reported_orgs(pos, mention):
            pool.setdefault(id(entity), entity)
        author = self.author_of(mention)
        if author is not None:
            pool.setdefault(id(author), author)
        return list(pool.values())

    def _reported_orgs(self, pos: int, mention: Mention | None) -> list[Entity]:
        """The organisations named in a report that comes before its cue, when the cue calls
        its speaker by an organisation's noun: "Revenues at X fell 5%, the group said"."""
        if mention is None or mention.kind != "description" or mention.person is not False \
                or not mention.definite or mention.org is not None or mention.start <= pos:
            return []
        return list({id(o.entity): o.entity for o in self._occurrences_in(pos, mention.start)
                     if not o.in_quote and o.entity.kind == "org"}.values())

    def _occurrences_in(self, start: int, end: int) -> list:
        """The names written in [start, end), found by bisection: asked once a candidate."""
        occs = self.discourse.occurrences
        starts = self._starts
        if len(starts) != len(occs):
            starts[:] = [o.start for o in occs]
        return occs[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def _excluded(self, entity: Entity, mention: Mention | None) -> str:
        """Why ``entity`` cannot be meant, or "" when it can."""
        if mention is None:
            return ""
        if mention.kind == "document":
            return "" if entity is self.author_of(mention) else "not its author"
        person = entity.kind == "person" or (entity.kind == "role" and not entity.plural)
        if mention.kind == "pronoun":
            if mention.person and not person:
                return "not a person"
            if mention.person is False and entity.kind != "org":
                return "not an organisation"
            if mention.plural and person and entity.kind != "role":
                return "not plural"
        if mention.kind == "description":
            if mention.person is True and entity.kind == "org":
                return "not a person"
            if mention.person is False and entity.kind != "org":
                return "not an organisation"
            if (mention.person is None or mention.head in PUBLIC_BODY_NOUNS) and entity.kind == "org" \
                    and not _fits(entity, mention):
                return "an organisation, not called so"
            if mention.plural != entity.plural and entity.kind != "org":
                return "number"
            if entity.kind == "person" and mention.person is None and mention.head.endswith(THING_SUFFIXES) \
                    and not _fits(entity, mention):
                return "not a word for a person"  # "the anti-tax movement argued": not its leader
            if mention.org is not None and entity is mention.org:
                return "speaks for it, is not it"
            if not mention.definite and not _fits(entity, mention) and not mention.plural \
                    and mention.head not in ORG_NOUNS:
                return "a new one (a, an)"  # "a spokesman said", "an archived copy": not someone met
            if mention.head in SPOKES_NOUNS | ROLE_NOUNS | RELATION_NOUNS | GENERIC_PERSON_NOUNS \
                    and entity.kind != "org" \
                    and not _fits(entity, mention) and not _fits_noun(entity, mention):
                # "the official said", "her brother said": someone the article introduced so, or a role
                return "not introduced as one"
        if mention.gender and entity.gender and mention.gender != entity.gender:
            return "gender"
        if id(entity) in mention.others:
            return "named in its own clause"  # "the businessman praised X": not X
        if mention.kind == "description" and any(
                o.entity is entity for o in self._occurrences_in(mention.start, mention.end)):
            return "whose it is"  # "the senior X adviser": X's adviser, never X
        return ""

    def _features(self, entity: Entity, mention: Mention | None, pos: int, cueless: bool,
                  gap_clear: bool, gap_start: int) -> dict[str, float]:
        f: dict[str, float] = {}
        d = self.discourse
        seen = self.seen.get(id(entity))
        if mention is not None and mention.kind in ("pronoun", "description"):
            f["agrees"] = 1.0
            if mention.kind == "pronoun" and entity.kind == "person" and entity.person is not None \
                    and not entity.person.full and not entity.person.title:
                f["unintroduced"] = 1.0  # "followers of X and Y": named in passing, not one who speaks
        if mention is not None and mention.kind == "description":
            if _fits(entity, mention):
                f["fits_title"] = 1.0
            elif entity.kind != "org" and _clashes(entity, mention):
                # an organisation's descriptions vary freely ("the US company" for "the world's
                # largest delivery company"); a person's title with another word is someone else's
                f["title_clash"] = 1.0
            elif _fits_noun(entity, mention):
                f["fits_noun"] = 1.0
            if "fits_title" not in f:
                f["shares_words"] = _shared_words(entity, mention)
        if mention is not None and mention.kind == "document" and entity is self.author_of(mention):
            f["document_author"] = 1.0
        if entity in self._reported_orgs(pos, mention):
            f["named_in_report"] = 1.0
        if self.previous is not None and self.previous[0] is entity:
            f["previous_speaker"] = 1.0
            if cueless and gap_clear:
                f["continues"] = 1.0
        if self.last_subject is not None and self.last_subject[1] is entity:
            f["last_subject"] = 1.0
            if mention is not None and mention.kind == "pronoun" and seen is not None \
                    and self.previous is not None and seen.first > self.previous[1] \
                    and d.sentence_at(pos) - seen.sent <= 2:
                f["new_subject"] = 1.0
        if seen is not None:
            # a description that repeats the words someone was introduced by reaches further back
            # than a pronoun: "the senior aide said" pages after "a senior aide said"
            reach = 0.5 if "fits_title" in f else 1.0
            f["sentences_back"] = min(d.sentence_at(pos) - seen.sent, 8) * reach
            # a definite description only: a "she" is as often about someone else the sentence
            # names ("In reply to X's charge that she ..., she said")
            points_back = mention is not None and mention.kind == "description" and mention.definite
            if points_back and seen.sent == d.sentence_at(pos) and seen.pos < pos:
                f["same_sentence"] = 1.0
            f["paragraphs_back"] = min(d.paragraph_of(pos) - seen.para, 4) * reach
            f["mentions"] = math.log2(1 + seen.count)
            if cueless and seen.first >= gap_start and self.previous is not None:
                f["introduced"] = 1.0
        return {k: v for k, v in f.items() if v}

    def _role_of(self, mention: Mention) -> Entity:
        return self.discourse.role(mention.head, mention.org, mention.name or mention.text, mention.gender,
                                   mention.plural, mention.start, mention.words,
                                   "org" if mention.person is False else "role")

    @staticmethod
    def _role_features(mention: Mention) -> dict[str, float]:
        f = {"role_itself": 1.0}
        if not mention.definite:
            f["indefinite"] = 1.0
        elif mention.org is None:
            f["definite"] = 1.0
        if mention.org is not None:
            f["of_org"] = 1.0
        elif mention.head in PUBLIC_BODY_NOUNS:
            f["body"] = 1.0
        return f


def _fits(entity: Entity, mention: Mention) -> bool:
    """The description's defining words are all in one of the entity's titles (or an
    organisation's name holds the description's noun: "the union" for the "Bakers Union")."""
    words = mention.core or mention.words
    if not words:
        return False
    if entity.kind == "org":
        names = {w.lower() for form in entity.forms | {entity.name} for w in form.split()}
        return mention.head in names or any(words <= t for t in entity.titles)
    return any(words <= title for title in entity.titles)


def _clashes(entity: Entity, mention: Mention) -> bool:
    """"The Tory leader" for the "Green leader": a title with the same noun, and words on
    each side that the other lacks ("the Florida senator" does not clash with "Sen.")."""
    words = mention.core or mention.words
    return any(mention.head in title and not words <= title and title - words - set(TITLE_ABBREVIATIONS)
               for title in entity.titles)


def _shared_words(entity: Entity, mention: Mention) -> float:
    """The share of the description's words besides its noun that one of the entity's
    titles holds: "the Republican nominee" and a "Republican contender"."""
    words = (mention.core or mention.words) - {mention.head}
    if not words or entity.kind != "person":
        return 0.0
    return max((len(words & title) / len(words) for title in entity.titles), default=0.0)


def _fits_noun(entity: Entity, mention: Mention) -> bool:
    """The description's noun is in one of the person's titles ("the two-term president",
    "the Florida senator" for "Sen. X"), whatever else it says."""
    return entity.kind == "person" and any(mention.head in title for title in entity.titles)


# Nouns for a company, which an article uses for the company it has named.
COMPANY_NOUNS = frozenset(
    """
    company firm group business corporation carmaker retailer insurer lender carrier manufacturer maker
    broker supermarket airline bank bookmaker publisher operator chain studio broadcaster conglomerate
    """.split()
)

# Documents their author issues, so that "the statement" is by whoever is speaking.
ISSUED_NOUNS = frozenset("statement release letter tweet email e-mail post message memo notice briefing".split())

# Nouns for anyone at all: "the man said" introduces someone, it points back to nobody.
GENERIC_PERSON_NOUNS = frozenset("man woman men women person people boy girl child children someone".split())
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "aire", "ee", "ive", "crat", "can")


def _can_speak(mention: Mention) -> bool:
    """A description that can name a speaker of its own: anything pointed back to ("the
    film industry") or introduced ("a witness"), people ("critics", "36-year-old"), a group
    or a body; not "more emphasis"."""
    return mention.definite or mention.article or mention.person is not None or mention.plural \
        or any(_person_noun(w) or w in ROLE_NOUNS or w.endswith("-year-old") for w in mention.words | {mention.head})


def _person_noun(noun: str) -> bool:
    """A noun for a person: one the word lists know, or one ending as such nouns do
    ("businessman", "billionaire", "lawmaker", "campaigner", "Republican")."""
    return noun in MALE_NOUNS | FEMALE_NOUNS | PERSON_ROLES or (
        noun.endswith(PERSON_SUFFIXES) and not noun.endswith(THING_SUFFIXES))


# Endings of nouns for things, groups and ideas, never one person ("movement", "coalition",
# "leadership", "audience"), some of which look like a person's ("-ent", "-ant").
THING_SUFFIXES = ("ment", "aurant", "tion", "sion", "ism", "ness", "ship", "ance", "ence")
