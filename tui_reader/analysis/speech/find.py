"""Quotes and speakers of one parsed article: the speech rules' entry point."""

from __future__ import annotations

from tui_reader.analysis.model import Quote, Speaker
from tui_reader.analysis.speech.attribution import find_speeches
from tui_reader.analysis.speech.speakers import Canon, build_speakers


def find_speech(doc) -> tuple[list[Quote], list[Speaker]]:
    """Quotations, reported speech and the canonical speakers of the quotations."""
    speeches = find_speeches(doc)
    mentions = [s.speaker for s in speeches if s.speaker is not None]
    canon = Canon(doc, mentions)
    names = {id(m): canon.name(m)[0] for m in mentions}
    text = doc.text  # built anew on each access: once, not per quote
    quotes = []
    for s in sorted(speeches, key=lambda s: (s.start, s.kind == "indirect")):
        speaker = names[id(s.speaker)] if s.speaker is not None else None
        quotes.append(Quote(s.start, s.end, text[s.start:s.end], s.kind, speaker, s.cue_start, s.cue_end))
    quoted = [(s.speaker, s.kind) for s in sorted(speeches, key=lambda s: s.start)
              if s.speaker is not None and s.kind in ("direct", "partial")]
    speakers = build_speakers(canon, quoted, names)
    return quotes, speakers
