"""Short plain-text labels for articles, speakers and claims: pure, testable helpers."""

from __future__ import annotations

from tui_reader.analysis.model import Analysis, Claim
from tui_reader.analysis.summary import Summary
from tui_reader.figures import plural


def is_listed_claim(claim: Claim) -> bool:
    """Claims shown as numbers; dates are listed apart."""
    return claim.kind != "date"


def claim_context(text: str, claim: Claim, width: int = 44) -> str:
    """The words around a claim within its sentence, on one line, cut to about ``width``."""
    start = claim.sentence_start if claim.sentence_end > claim.sentence_start else max(0, claim.start - width)
    end = claim.sentence_end if claim.sentence_end > claim.sentence_start else min(len(text), claim.end + width)
    room = max(0, width - (claim.end - claim.start))
    before_start = max(start, claim.start - room // 2)
    after_end = min(end, claim.end + room - (claim.start - before_start))
    # Cut at word boundaries so the context never starts or ends mid-word.
    if before_start > start:
        space = text.find(" ", before_start, claim.start)
        before_start = space + 1 if space != -1 else claim.start
    if after_end < end:
        space = text.rfind(" ", claim.end, after_end)
        after_end = space if space != -1 else claim.end
    snippet = " ".join(text[before_start:after_end].split())
    return f"{'…' if before_start > start else ''}{snippet}{'…' if after_end < end else ''}"


def listed_claims(analysis: Analysis | None) -> list[Claim]:
    """The claims shown as numbers, in text order (dates are listed apart)."""
    if analysis is None:
        return []
    return sorted((c for c in analysis.claims if is_listed_claim(c)), key=lambda c: (c.start, c.end))


def date_claims(analysis: Analysis | None) -> list[Claim]:
    """The date claims, in text order."""
    if analysis is None:
        return []
    return sorted((c for c in analysis.claims if not is_listed_claim(c)), key=lambda c: (c.start, c.end))


def article_counts(summary: Summary | None) -> str:
    """What the article list shows under a title."""
    if summary is None:
        return "analyzing…"
    return f"{plural(summary.speakers, 'speaker')} · {plural(summary.claims, 'claim')}"
