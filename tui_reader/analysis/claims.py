"""Numeric claims (placeholder until the claim rules land)."""

from __future__ import annotations

from tui_reader.analysis.model import Claim


def find_claims(doc) -> list[Claim]:
    return []
