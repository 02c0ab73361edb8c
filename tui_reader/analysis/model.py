"""The analysis results: plain dataclasses, free of spaCy and Textual.

Every offset is a character offset into the *cleaned* article text, end exclusive,
so the UI can highlight ``text[start:end]`` and the CLI can print it unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect", "scare"]
ClaimKind = Literal["count", "percent", "money", "measure", "duration", "date"]
SpeakerKind = Literal["person", "org", "role"]


@dataclass(slots=True)
class Quote:
    """A stretch of speech: quoted words, or reported speech for kind ``indirect``.

    ``start``/``end`` cover the quoted words without their quotation marks; for a quote
    that runs over several paragraphs they cover all of it. ``cue_start``/``cue_end``
    locate the words that attribute it ("he said", "Ms Ashby warned"), when any.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(slots=True)
class Speaker:
    """Someone quoted in the article, under the most complete name the article gives.

    ``mentions`` are the spans where the text names them (any alias), for highlighting.
    ``quotes`` counts their direct and partial quotes.
    """

    name: str
    kind: SpeakerKind = "person"
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    quotes: int = 0


@dataclass(slots=True)
class Claim:
    """A number the article asserts, read as a value with what it counts.

    ``value`` is the number itself (a vague amount gives its lower bound with
    ``approx`` set); ``low``/``high`` bound a range or a vague amount; ``direction``
    is "up"/"down" for a change and "over"/"under" for a hedge such as "more than".
    ``speaker`` is who asserts it: the speaker of the enclosing quote or reported
    speech, or None for the article itself. ``subject`` is what the figure is about,
    as a lower-case lemma ("job", "inflation", "interest rate"), when the text says.

    A measure also carries its ``dimension`` ("speed", "data size", "temperature"), the
    unit figures of that dimension are compared in (``canonical_unit``: "km/h", "B",
    "°C") and its value in that unit (``canonical_value``); ``unit`` stays as written.
    ``per`` is what an amount is counted per ("barrel" in "$50 a barrel", "share").
    A date (kind "date") has no value; ``iso`` gives it in ISO 8601 ("2004",
    "2004-12", "2004-12-21", "--12-21" without a year, "1970/1979" for a decade).
    """

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    kind: ClaimKind
    low: float | None = None
    high: float | None = None
    approx: bool = False
    direction: str | None = None
    speaker: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    subject: str | None = None
    dimension: str | None = None
    canonical_unit: str | None = None
    canonical_value: float | None = None
    per: str | None = None
    iso: str | None = None


@dataclass(slots=True)
class Entity:
    """A named entity other than a speaker (place, organisation, date...)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class Analysis:
    """Everything the analysis found in one cleaned article text."""

    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``from_dict`` reads it back (the cache relies on this)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            speakers=[
                Speaker(**{**s, "mentions": [tuple(m) for m in s.get("mentions", [])]})
                for s in data.get("speakers", [])
            ],
            claims=[Claim(**c) for c in data.get("claims", [])],
            entities=[Entity(**e) for e in data.get("entities", [])],
        )
