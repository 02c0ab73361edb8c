"""The Article: one cleaned news text and where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """A cleaned article, ready for analysis.

    ``text`` is the cleaned body: every analysis offset refers to it. ``source`` is the
    path (or feed/record address) it was read from; ``title`` the headline, or the
    first sentence shortened when the file has none.
    """

    source: str
    title: str
    text: str
    date: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)
    known_hash: str | None = field(default=None, repr=False, compare=False)
    """The text hash once computed (or read from the library): lists of thousands ask often."""

    @property
    def text_hash(self) -> str:
        """Content key for the analysis cache: the same text is never analyzed twice."""
        if self.known_hash is None:
            self.known_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return self.known_hash

    @property
    def name(self) -> str:
        """The file name part of the source, for compact display."""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]
