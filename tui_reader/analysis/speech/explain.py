"""The speaker choice in words: each speech, its cue, and every candidate's evidence.

``explain_lines(doc)`` is what ``newsreader analyze FILE --explain`` prints: for each
quotation or reported clause, the words that cue it, what they mention, then the
candidates best first with their score and the features behind it (value × weight).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tui_reader.analysis.speech.choice import WEIGHTS, Candidate
from tui_reader.analysis.speech.find import speeches_of

MAX_QUOTE = 90


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE - 1] + "…"


def _evidence(candidate: Candidate) -> str:
    parts = []
    for name, value in sorted(candidate.features.items(), key=lambda kv: -abs(WEIGHTS[kv[0]] * kv[1])):
        shown = f"{value:.2g}" if value != 1 else ""
        parts.append(f"{name}{'=' + shown if shown else ''} {WEIGHTS[name] * value:+.1f}")
    return ", ".join(parts)


def explain_lines(doc) -> list[str]:
    """Lines of plain text explaining every speaker choice of a parsed article."""
    speeches, discourse = speeches_of(doc)
    text = discourse.text
    lines = []
    for n, speech in enumerate(sorted(speeches, key=lambda s: s.start), 1):
        speaker = speech.speaker.name if speech.speaker is not None else "nobody"
        lines.append(f"[{n}] {speech.kind} \u201c{_short(text[speech.start:speech.end])}\u201d")
        if speech.cue_start is not None and speech.cue_end is not None:
            lines.append(f"    cue ({speech.how}): {_short(text[speech.cue_start:speech.cue_end])}")
        elif speech.choice is not None:
            lines.append("    no cue: continues or follows whoever the text is about")
        choice = speech.choice
        if choice is not None and choice.mention is not None:
            lines.append(f"    mentions: {choice.mention.describe()}")
        if choice is not None:
            for candidate in choice.candidates:
                mark = "\u2192" if candidate.entity is choice.chosen else " "
                lines.append(f"    {mark} {candidate.entity.name} ({candidate.entity.kind}) "
                             f"{candidate.score:+.1f}: {_evidence(candidate)}")
            for entity, why in choice.excluded[:4]:
                lines.append(f"      \u00d7 {entity.name}: {why}")
        for note in speech.notes:
            lines.append(f"    note: {note}")
        lines.append(f"    speaker: {speaker}")
    return lines


def explain_texts(texts: Iterable[str]) -> Iterator[list[str]]:
    """The explanation of each text, parsed through the shared pipeline."""
    from tui_reader.analysis.nlp import get_nlp  # deferred: loads spaCy

    for doc in get_nlp().pipe(texts, batch_size=16):
        yield explain_lines(doc)
