"""Quotes and speakers (placeholder until the quote rules land)."""

from __future__ import annotations

from tui_reader.analysis.model import Quote, Speaker


def find_speech(doc) -> tuple[list[Quote], list[Speaker]]:
    return [], []
