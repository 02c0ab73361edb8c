"""Finding a person from what the reader typed or chose: pure functions over ``People``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui_reader.analysis.summary import Summary

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.corpus_wide.identity import People, Person

_PIECE = re.compile(r"[^\W_]+")


def corpus_people(summaries: Iterable[Summary]) -> People:
    """Everyone quoted in the corpus, with their names merged across articles (each
    article's name groups kept together, so that joins within an article are made)."""
    # Deferred: name parsing loads nameparser's lexicons, and the people come after the first frame.
    from tui_reader.analysis.corpus_wide.identity import People

    return People.from_articles(summary.name_groups for summary in summaries)


def complete(names: Sequence[str], typed: str) -> str | None:
    """The completion offered for what was typed: a name it spells out, else the first
    name it begins (any case)."""
    folded = typed.casefold()
    if not folded.strip():
        return None
    exact = next((name for name in names if name.casefold() == folded), None)
    return exact or next((name for name in names if name.casefold().startswith(folded)), None)


def _words(text: str) -> list[str]:
    # Each word, then the pieces of a joined one: "Pell-Hartley" is also "Pell" and "Hartley".
    words: list[str] = []
    for word in text.casefold().split():
        pieces = _PIECE.findall(word)
        words += [word.strip(".,"), *pieces] if len(pieces) > 1 else pieces
    return words


def _begins_parts(typed: list[str], name: list[str]) -> bool:
    # Each typed word begins a word of the name, in order: "mar s" fits "Mara Selwyn".
    at = 0
    for word in typed:
        while at < len(name) and not name[at].startswith(word):
            at += 1
        if at == len(name):
            return False
        at += 1
    return True


@dataclass(frozen=True, slots=True)
class Lookup:
    """What a typed name found: one person, or the people it could be (none or several)."""

    person: Person | None
    candidates: tuple[Person, ...] = ()


def find_speaker(people: People, typed: str) -> Lookup:
    """The person a typed name means.

    A name or short form the corpus knows comes first; else the completion the prompt
    offered; else every typed word beginning a word of one of a person's names, in
    order ("serw", "mark s"), when that picks out one person.
    """
    typed = typed.strip()
    if not typed:
        return Lookup(None)
    exact = people.find(typed)
    if exact is not None:
        return Lookup(exact)
    offered = complete(people.all_names(), typed)
    if offered is not None and people.find(offered) is not None:
        return Lookup(people.find(offered))
    words = _words(typed)
    if not words:
        return Lookup(None)
    fits = tuple(
        person for person in people.people
        if any(_begins_parts(words, _words(name)) for name in person.names)
    )
    return Lookup(fits[0] if len(fits) == 1 else None, fits)


def not_found(typed: str, lookup: Lookup) -> str:
    """What to tell the reader when a typed name finds nobody, or too many."""
    if len(lookup.candidates) > 1:
        shown = ", ".join(p.name for p in lookup.candidates[:4])
        more = f" and {len(lookup.candidates) - 4:,} more" if len(lookup.candidates) > 4 else ""
        return f"{typed!r} could be {shown}{more}: type more of the name."
    return f"No speaker called {typed!r} in these articles."


def quote_names(people: People | None, chosen: str | None, filtered: Person | None) -> frozenset[str] | None:
    """Whose quotes n/N visit: the speaker under the sidebar cursor (all their names),
    else the filtered person, else everyone's (None). ``people`` is None until worked out."""
    if chosen:
        person = people.person_of(chosen) if people is not None else None
        return person.names if person is not None else frozenset({chosen})
    return filtered.names if filtered is not None else None
