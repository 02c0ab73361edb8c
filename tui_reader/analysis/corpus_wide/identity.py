"""Who is who across articles: one identity for the names one person goes by.

The input is each article's speakers, each a group of names the article already knows
are one (its canonical name first, then its aliases), with the tagger's kind when known.
Names are read by ``names.parse`` and joined by ``joining.join``:

1. **Full names** ("Jane Roe", "Jane Q. Roe", "Sen. Jane Roe") are one person when they
   share the surname and suffix and one's words are a subset of the other's. A shorter
   full name that fits two people who do not fit each other ("Jane Roe" beside
   "Jane Ann Roe" and "Jane Beth Roe") joins neither.
2. **A surname alone or after a title** ("Roe", "Mr Roe", "President Roe") is the person
   of that surname quoted in the same article, when there is one. Failing that, it is the
   corpus's person of that surname when only one is quoted, or when one *dominates* it:
   at least ``DOMINANCE`` (80%) of the articles quoting anyone of that surname under a full
   name quote that person. A title's gender ("Mrs", "Mr") against the given names' rules
   candidates out first. Otherwise the surname stays an identity of its own: two people of
   one surname, neither dominant, stay apart and the bare surname goes to neither.
3. **A lone given name** ("Jane") is the person of that given name quoted in the same
   article, when there is exactly one; otherwise it is no one's name (kind ``given``).
4. **Organisations and descriptions** are one identity per name, ignoring case.

Whether a full name is a person's is decided on evidence: the tagger's kind, a known given
name, a title, or the surname used alone in an article that gives the full name (people
are called so; organisations seldom are). Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from tui_reader.analysis.corpus_wide.joining import DOMINANCE, Target, join, key_fits, vote
from tui_reader.analysis.corpus_wide.names import NameForm, known_given, parse
from tui_reader.analysis.corpus_wide.words import HONORIFICS

__all__ = ["DOMINANCE", "Mention", "People", "Person", "same_person"]


@dataclass(frozen=True, slots=True)
class Person:
    """One identity and every name it was found under; ``name`` is how to show it.

    ``kind`` is ``person``, ``org``, ``role`` (a description such as "the spokesman") or
    ``given`` (a lone given name that no full name in its article took).
    """

    name: str
    names: frozenset[str]
    kind: str = "person"
    articles: int = 0
    """How many articles quote it."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One speaker of one article: its names (canonical first), the article, the tagger's
    kind, and the role the article gives it."""

    names: tuple[str, ...]
    article: Hashable
    kind: str | None = None
    role: str | None = None


def same_person(a: str, b: str) -> bool:
    """Whether two full names can denote one person (same surname and suffix, one's words a subset of the other's)."""
    first, second = parse(a), parse(b)
    return first.suffix == second.suffix and key_fits(first.key, second.key)


class People:
    """The corpus's identities, built from its speakers' name groups.

    ``People(groups)`` takes bare groups, each as if from an article of its own;
    ``People.from_articles`` keeps each group's article, so that joins within an article
    are made; ``People.from_mentions`` also takes the tagger's kind, and ``of_mention``
    then gives each mention's identity.
    """

    def __init__(self, groups: Iterable[Iterable[str]] = ()):
        self._build([Mention(tuple(g), i) for i, g in enumerate(groups)])

    @classmethod
    def from_articles(cls, articles: Iterable[Iterable[Sequence[str]]]) -> People:
        """Identities from each article's name groups (one iterable of groups per article)."""
        people = cls.__new__(cls)
        people._build([Mention(tuple(g), i) for i, groups in enumerate(articles) for g in groups])
        return people

    @classmethod
    def from_mentions(cls, mentions: Iterable[Mention]) -> People:
        """Identities from speakers with their article and tagged kind."""
        people = cls.__new__(cls)
        people._build(list(mentions))
        return people

    def _build(self, mentions: list[Mention]) -> None:
        forms = [[f for f in map(parse, m.names) if f.key] for m in mentions]
        roles = {m.role for m in mentions if m.role}
        joined = join(forms, [m.article for m in mentions], [m.kind for m in mentions], roles)
        entries: dict[Target, list[int]] = {}
        for i, target in enumerate(joined.targets):
            if target is not None:
                entries.setdefault(target, []).append(i)
        # How often each identity uses each name (an article's canonical name counts twice).
        uses: dict[str, dict[Target, int]] = {}
        built: dict[Target, Person] = {}
        for target, idx in entries.items():
            other = target[0] == "other"
            names: set[str] = set()
            for i in idx:
                group = forms[i]
                surname = group[0].surname
                weight = 2
                for form in group:
                    if other or (form.surname == surname and form.shape not in ("org", "description")):
                        # (else a description the article gave the person, which is not their name)
                        names.add(form.text)
                        used = uses.setdefault(form.text, {})
                        used[target] = used.get(target, 0) + weight
                    weight = 1
            kind = self._kind(target, [mentions[i].kind for i in idx], joined, [forms[i][0] for i in idx])
            count = len({mentions[i].article for i in idx}) if len(idx) > 1 else 1
            built[target] = Person(_display(target, [forms[i] for i in idx]), frozenset(names), kind, count)
        # A name two identities used belongs to the one that uses it most, if that one dominates.
        owner: dict[str, Target] = {}
        for name, by_target in uses.items():
            if len(by_target) == 1:
                owner[name] = next(iter(by_target))
                continue
            best = max(by_target, key=by_target.__getitem__)
            if by_target[best] >= DOMINANCE * sum(by_target.values()):
                owner[name] = best
        for t, p in built.items():
            owner.setdefault(p.name, t)  # a display name no one else owns is its own
        people = {
            t: Person(p.name, frozenset(n for n in p.names | {p.name} if owner.get(n) == t), p.kind, p.articles)
            for t, p in built.items()
        }
        self._of_mention = [people[t] if t is not None else None for t in joined.targets]
        self.people: list[Person] = sorted(people.values(), key=lambda p: (p.name.casefold(), p.kind, p.name))
        """Every identity, by name."""
        self._by_name: dict[str, Person] = {n: people[t] for n, t in owner.items()}
        self._by_folded: dict[str, Person] = {}
        for name, person in self._by_name.items():
            self._by_folded.setdefault(name.casefold(), person)
        self._by_surname: dict[str, list[Person]] = defaultdict(list)
        for t, person in people.items():
            if t[0] == "full" and person.kind == "person":
                self._by_surname[t[1][0][-1]].append(person)

    @staticmethod
    def _kind(target: Target, kinds: list[str | None], joined, firsts: list[NameForm]) -> str:
        tagged = Counter(k for k in kinds if k)
        if target[0] == "full" and joined.person[target[1]]:
            return "person"
        if target[0] == "given":
            return "given"
        if target[0] in ("full", "other"):
            tagged.pop("person", None)
            return vote(tagged, "role" if target[0] == "other" and target[1] == "description" else "org")
        # A surname that people of the corpus bear, or that a title goes with, is a person's;
        # a word that qualifies roles and organisations ("Labour spokesman") is a body's.
        if target[1] in joined.person_surnames or any(f.shape == "surname" for f in firsts):
            return "person"
        if (target[1],) in joined.bodies:
            return "org"
        return vote(tagged, "person")

    def of_mention(self, index: int) -> Person | None:
        """The identity of the ``index``-th mention given to ``from_mentions``."""
        return self._of_mention[index]

    def person_of(self, name: str | None) -> Person | None:
        """The identity a name (as found in an analysis) belongs to; a name never seen is
        the person of its surname when one is the only one or dominates it."""
        if not name:
            return None
        return self._by_name.get(name) or self._by_folded.get(name.casefold()) or self._fitting(name)

    def _fitting(self, name: str) -> Person | None:
        form = parse(name)
        if form.shape not in ("full", "surname", "word"):
            return None
        fits = self._by_surname.get(form.surname, [])
        if form.shape == "full":
            fits = [p for p in fits if any(same_person(name, n) for n in p.names)]
        if len(fits) == 1:
            return fits[0]
        if fits:
            best = max(fits, key=lambda p: p.articles)
            if best.articles >= DOMINANCE * sum(p.articles for p in fits):
                return best
        return None

    def find(self, typed: str) -> Person | None:
        """The identity a typed name refers to: an exact name first, then a fitting one."""
        return self.person_of(typed.strip())

    def all_names(self) -> list[str]:
        """Every known name, display names first, for completion."""
        names = [p.name for p in self.people]
        names += sorted({n for p in self.people for n in p.names} - set(names), key=str.casefold)
        return names

    def __len__(self) -> int:
        return len(self.people)


def _display(target: Target, groups: list[list[NameForm]]) -> str:
    """How to show an identity. A person: the full name its articles use most (title and
    possessive dropped; an article's canonical name counts twice), preferring one that
    opens with a known given name, then the fuller. Anything else: its name as most often written."""
    if target[0] == "full":
        surname = target[1][0][-1]
        uses: dict[str, int] = {}
        sample: dict[str, NameForm] = {}
        for group in groups:
            weight = 2
            for form in group:
                if form.shape == "full" and form.surname == surname:
                    uses[form.clean] = uses.get(form.clean, 0) + weight
                    sample.setdefault(form.clean, form)
                weight = 1
        if len(uses) == 1:
            return next(iter(uses))
        if uses:
            return max(uses, key=lambda n: (uses[n], known_given(sample[n].words[0]), len(sample[n].key), n))
    if len(groups) == 1:
        return _written(target, groups[0][0])
    written = Counter(_written(target, g[0]) for g in groups)
    return max(written, key=lambda n: (written[n], n[:1].isupper(), n))


def _written(target: Target, form: NameForm) -> str:
    # A surname keeps its honorific ("Mr Roe"): it says which of two Roes is meant.
    if target[0] == "other":
        return form.text.strip()
    honorific = all(w.casefold().strip(".") in HONORIFICS for w in form.title.split())
    if form.shape == "surname" and form.title and honorific:
        return f"{form.title} {form.clean}"
    return form.clean
