"""The rules that join the names of a corpus's speakers into identities (see ``identity``).

``join(mentions)`` gives each mention a target: ``("full", root)`` for a person or body
known by a full name (``root`` is the (key, suffix) of one of its names),
``("short", surname)`` for a surname no full name takes, ``("given", word)`` for a lone
given name, or ``("other", shape, key)`` for an organisation's name or a description.
Pure logic: no spaCy, no Textual.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from tui_reader.analysis.corpus_wide.names import NameForm, identity_text, known_given, modifier_runs
from tui_reader.analysis.speech.given_names import name_gender

DOMINANCE = 0.8
"""The share of a surname's full-name articles one person needs to take the bare surname."""

Root = tuple[tuple[str, ...], str]
"""A full name's key and suffix, standing for the cluster of names it belongs to."""
Target = tuple


def _ident(form: NameForm) -> Root:
    return (form.key, form.suffix)


def key_fits(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two keys of one surname where one's words are a subset of the other's, the first
    words also matching when one is a short form of the other ("Vince" of "Vincent")."""
    if not a or not b or a[-1] != b[-1]:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    if len(a) < 2 or len(b) < 2 or not _short_form(a[0], b[0]):
        return False
    rest_a, rest_b = set(a[1:]), set(b[1:])
    return rest_a <= rest_b or rest_b <= rest_a


def _short_form(a: str, b: str) -> bool:
    # "Rob" of "Robert", "Sam" of "Samuel"; not "Dan" of "Dana", whose genders differ.
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short == long or not long.startswith(short):
        return False
    genders = {name_gender(short), name_gender(long)} - {None}
    return len(genders) < 2


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Root, Root] = {}

    def find(self, item: Root) -> Root:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.find(parent)
        return parent

    def union(self, a: Root, b: Root) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


@dataclass
class _Merged:
    head: Root
    keys: list[tuple[str, ...]]
    members: list[Root]
    articles: set

    def absorb(self, other: _Merged) -> None:
        self.keys.extend(other.keys)
        self.members.extend(other.members)
        self.articles |= other.articles


def merge_subsets(clusters: dict[Root, list[Root]], articles: dict[Root, set]) -> dict[Root, Root]:
    """Join clusters (root -> its names) whose names are subsets of each other, fullest
    first. A cluster that fits several clusters which do not fit each other ("Jane Roe"
    beside "Jane Ann Roe" and "Jane Beth Roe") joins the one of them that dominates
    their articles; if it dominates them all itself (the fuller names being a middle
    initial here, a stray word there), they all join it; otherwise it joins none. Only
    clusters of one surname and suffix are compared, which keeps a corpus linear.
    Returns each cluster's final root."""
    by_surname: dict[tuple[str, str], list[Root]] = defaultdict(list)
    for r in clusters:
        by_surname[(r[0][-1], r[1])].append(r)
    final: dict[Root, Root] = {}
    for roots in by_surname.values():
        roots.sort(key=lambda r: (max(len(k) for k, _ in clusters[r]), r), reverse=True)
        merged: list[_Merged] = []
        for r in roots:
            new = _Merged(r, [k for k, _ in clusters[r]], [r], set(articles.get(r, ())))
            fits = [m for m in merged if any(key_fits(k, k2) for k in new.keys for k2 in m.keys)]
            fullest = [max(m.keys, key=len) for m in fits]
            if fits and not all(key_fits(a, b) for i, a in enumerate(fullest) for b in fullest[i + 1 :]):
                total = len(new.articles) + sum(len(m.articles) for m in fits)
                leader = max(fits, key=lambda m: (len(m.articles), m.head))
                if len(new.articles) >= DOMINANCE * total:
                    pass  # it takes them all
                elif len(leader.articles) >= DOMINANCE * (total - len(new.articles)):
                    fits = [leader]
                else:
                    fits = []
            if fits:
                head = fits[0]
                for other in fits[1:]:
                    head.absorb(other)
                    merged.remove(other)
                head.absorb(new)
            else:
                merged.append(new)
        for m in merged:
            for r in m.members:
                final[r] = m.head
    return final


@dataclass
class Joined:
    """What ``join`` found: each mention's target, and what it knows of the full-name clusters."""

    targets: list[Target | None]
    articles: dict[Root, set] = field(default_factory=dict)
    """The articles quoting each cluster under a full name."""
    person: dict[Root, bool] = field(default_factory=dict)
    """Whether each cluster is a person's (else an organisation's with a name like one)."""
    person_surnames: set[str] = field(default_factory=set)
    """The surnames that people (full-name clusters that are persons) bear."""
    bodies: set[tuple[str, ...]] = field(default_factory=set)
    """Names that qualify roles or organisations elsewhere ("Labour" of "Labour spokesman")."""


def join(
    forms: Sequence[Sequence[NameForm]],
    articles: Sequence[Hashable],
    kinds: Sequence[str | None],
    roles: Iterable[str] = (),
) -> Joined:
    """Targets for mentions given as their parsed names (canonical first), articles and
    tagged kinds; ``roles`` (the articles' role phrases) tell bodies' names too."""
    # 1. Full names: one cluster per name group's full names of the canonical surname.
    fulls: dict[int, list[NameForm]] = {}
    union = _UnionFind()
    for i, group in enumerate(forms):
        if not group or group[0].shape in ("org", "description"):
            continue
        own = [f for f in group if f.shape == "full" and f.surname == group[0].surname]
        if own:
            fulls[i] = own
            for f in own:
                union.union(_ident(own[0]), _ident(f))
    members: dict[Root, list[Root]] = defaultdict(list)
    for item in list(union.parent):
        members[union.find(item)].append(item)
    seen_in: dict[Root, set] = defaultdict(set)
    for i, own in fulls.items():
        seen_in[union.find(_ident(own[0]))].add(articles[i])
    heads = merge_subsets(members, seen_in)
    root = {i: heads[union.find(_ident(own[0]))] for i, own in fulls.items()}

    quoting: dict[Root, set] = defaultdict(set)
    in_article: dict[Hashable, set[Root]] = defaultdict(set)
    genders: dict[Root, set[str]] = defaultdict(set)
    givens: dict[Root, set[str]] = defaultdict(set)
    for i, own in fulls.items():
        quoting[root[i]].add(articles[i])
        in_article[articles[i]].add(root[i])
        genders[root[i]].update(f.gender for f in forms[i] if f.gender and f.surname == own[0].surname)
        givens[root[i]].update(f.given for f in own)
    phrases = {f.text for group in forms for f in group if f.shape in ("org", "description")} | set(roles)
    bodies = {run for text in phrases for run in modifier_runs(text)}
    person = _person_evidence(forms, articles, kinds, fulls, root, in_article)
    for r in person:
        # "Federal Dems", whose singular qualifies roles ("Federal Dem leader"), is a party, not a person.
        if r[0][-1].endswith("s") and r[0][:-1] + (r[0][-1][:-1],) in bodies:
            person[r] = False
    by_surname: dict[str, list[Root]] = defaultdict(list)
    for r in quoting:
        if person[r]:
            by_surname[r[0][-1]].append(r)

    # 2 and 3. Surnames, titled surnames and lone words.
    targets: list[Target | None] = []
    for i, group in enumerate(forms):
        if not group:
            targets.append(None)
        elif i in fulls:
            targets.append(("full", root[i]))
        elif group[0].shape in ("org", "description"):
            targets.append(("other", group[0].shape, identity_text(group[0].text)))
        else:
            gender = next((f.gender for f in group if f.gender and f.surname == group[0].surname), None)
            targets.append(_short(group[0], gender, articles[i], by_surname, in_article, quoting, genders, givens))
    return Joined(targets, dict(quoting), person, set(by_surname), bodies)


def _person_evidence(forms, articles, kinds, fulls, root, in_article) -> dict[Root, bool]:
    """A cluster of full names is a person's when any mention says so: the tagger's kind
    (or no kind given), a title, a known given name, or the surname used alone in an
    article that also gives the full name."""
    person: dict[Root, bool] = defaultdict(bool)
    for i, own in fulls.items():
        if kinds[i] in (None, "person") or any(f.title for f in forms[i]) or known_given(own[0].words[0]):
            person[root[i]] = True
        elif any(f.shape in ("word", "surname") and f.surname == own[0].surname for f in forms[i]):
            person[root[i]] = True
        else:
            person[root[i]] |= False
    for i, group in enumerate(forms):
        if i in fulls or not group or group[0].shape not in ("word", "surname"):
            continue
        for r in in_article.get(articles[i], ()):
            if r[0][-1] == group[0].surname:
                person[r] = True
    return person


def _short(form: NameForm, gender, article, by_surname, in_article, quoting, genders, givens) -> Target:
    """The target of a surname, a titled surname or a lone word (rules 2 and 3): the
    article's own person of that surname, else the article's one person of that given
    name (a lone word only), else the corpus's only or dominant person of that surname."""
    surname = form.surname
    candidates = [r for r in by_surname.get(surname, ()) if not gender or not genders[r] or gender in genders[r]]
    here = in_article.get(article, set())
    lone = form.shape == "word" and len(form.key) == 1
    by_given = [r for r in here if lone and surname in givens[r]]
    for pool in ([r for r in candidates if r in here], by_given if len(by_given) == 1 else [], candidates):
        if len(pool) == 1:
            return ("full", pool[0])
        if pool:
            counts = sorted(((len(quoting[r]), r) for r in pool), reverse=True)
            if counts[0][0] >= DOMINANCE * sum(n for n, _ in counts):
                return ("full", counts[0][1])
            return ("short", surname)
    if lone and surname.endswith("s") and surname[:-1] in by_surname:
        return ("other", "description", surname)  # a family: "the Roes"
    if lone and known_given(surname):
        return ("given", surname)
    return ("short", surname)


def vote(kinds: Counter[str], default: str) -> str:
    """The kind most mentions were given; ties go to ``default``."""
    if not kinds:
        return default
    return min(kinds.items(), key=lambda item: (-item[1], item[0] != default, item[0]))[0]
