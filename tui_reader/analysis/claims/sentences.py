"""The sentence and the paragraph around a token, found by bisection.

``Token.sent`` walks the document to find its sentence; over thousands of numbers in
one long text that walk adds up, so the boundaries are listed once per document.
"""

from __future__ import annotations

from bisect import bisect_right

_KEY = "newsreader.sentence_starts"
_PARAGRAPHS = "newsreader.paragraph_starts"


def sentence_of(doc, i: int):
    """The sentence (a Span) holding token ``i``; the same span ``doc[i].sent`` gives."""
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [sent.start for sent in doc.sents]
        doc.user_data[_KEY] = starts
    k = bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k]:end]


def paragraph_start(doc, i: int) -> int:
    """The first token of the paragraph holding token ``i`` (paragraphs end at a blank line)."""
    starts = doc.user_data.get(_PARAGRAPHS)
    if starts is None:
        starts = [0] + [t.i + 1 for t in doc if (t.text + t.whitespace_).count("\n") > 1]
        doc.user_data[_PARAGRAPHS] = starts
    return starts[bisect_right(starts, i) - 1]
