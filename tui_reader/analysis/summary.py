"""What the corpus-wide views need of an article's analysis, small enough to hold for 20,000.

The full analysis (every quote, claim and entity) is loaded only for the open article;
the article list, the speaker filter and the corpus's people read these summaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tui_reader.analysis.model import Analysis


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for the list, and who the article quotes.

    ``name_groups`` holds each speaker's names (canonical name first, then aliases):
    names known to be one person within the article. ``quoted`` is every name a direct,
    partial or reported quote is attributed to.
    """

    speakers: int = 0
    quotes: int = 0
    claims: int = 0
    name_groups: tuple[tuple[str, ...], ...] = ()
    quoted: frozenset[str] = field(default_factory=frozenset)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speakers": self.speakers,
            "quotes": self.quotes,
            "claims": self.claims,
            "name_groups": [list(g) for g in self.name_groups],
            "quoted": sorted(self.quoted),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(
            speakers=data.get("speakers", 0),
            quotes=data.get("quotes", 0),
            claims=data.get("claims", 0),
            name_groups=tuple(tuple(g) for g in data.get("name_groups", [])),
            quoted=frozenset(data.get("quoted", [])),
        )

    def names(self) -> set[str]:
        """Every name this article quotes under, for the speaker index."""
        return set(self.quoted) | {n for group in self.name_groups for n in group}


def summarize(analysis: Analysis) -> Summary:
    """The summary of one analysis."""
    quoted = frozenset(q.speaker for q in analysis.quotes if q.speaker and q.kind != "scare")
    groups = [(s.name, *s.aliases) for s in analysis.speakers]
    grouped = {n for g in groups for n in g}
    # Reported speakers are not in the sidebar's list, but the filter must find them.
    groups += [(name,) for name in sorted(quoted - grouped)]
    return Summary(
        speakers=len(analysis.speakers),
        quotes=sum(1 for q in analysis.quotes if q.kind in {"direct", "partial"}),
        claims=sum(1 for c in analysis.claims if c.kind != "date"),
        name_groups=tuple(groups),
        quoted=quoted,
    )
