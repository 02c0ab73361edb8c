"""Quotes and speakers of one parsed article: the speech rules' entry point."""

from __future__ import annotations

from tui_reader.analysis.model import Quote, Speaker
from tui_reader.analysis.speech.attribution import Speech, find_speeches
from tui_reader.analysis.speech.entities import Discourse
from tui_reader.analysis.speech.speakers import build_speakers, owner_of_role


def speeches_of(doc) -> tuple[list[Speech], Discourse]:
    """The speeches with their speaker choices, and the article's entities."""
    speeches, discourse = find_speeches(doc)
    for speech in speeches:
        if speech.speaker is not None and speech.speaker.kind == "role":
            owner = owner_of_role(speech.speaker, discourse)
            if owner is not None:
                speech.notes.append(f"the role fits one person only: {owner.name}")
                speech.speaker = owner
    return speeches, discourse


def find_speech(doc) -> tuple[list[Quote], list[Speaker]]:
    """Quotations, reported speech and the canonical speakers of the quotations."""
    speeches, discourse = speeches_of(doc)
    text = discourse.text  # doc.text is built anew on each access
    quotes = []
    for s in sorted(speeches, key=lambda s: (s.start, s.kind == "indirect")):
        speaker = s.speaker.name if s.speaker is not None else None
        quotes.append(Quote(s.start, s.end, text[s.start:s.end], s.kind, speaker, s.cue_start, s.cue_end))  # type: ignore[arg-type]
    quoted = [s.speaker for s in sorted(speeches, key=lambda s: s.start)
              if s.speaker is not None and s.kind in ("direct", "partial")]
    speakers = build_speakers(discourse, quoted)
    return quotes, speakers
