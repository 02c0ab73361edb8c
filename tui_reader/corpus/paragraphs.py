"""Where paragraphs start and end in plain text, hard-wrapped newswire included.

One reading of paragraphs for everything that needs one: cleaning joins the lines of a
wrapped paragraph, and the quote finder reads each paragraph on its own.

Blank lines always separate paragraphs. Inside a block between blank lines each line is
a paragraph, unless the block is hard-wrapped (newswire cut at a fixed width): then only
an indented line starts one.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")  # text between blank lines
_LINE = re.compile(r"[^\n]+")
_INDENTED = re.compile(r"[ \t]{2,}\S")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"\u201d\u2019')\]]\s*$")
_SPACES = re.compile(r"[ \t\u00a0]+")
# Wrapped lines are no longer than a wire terminal's width.
MAX_WRAPPED_LINE = 100
# Shorter lines than this, most of them, are a list or verse, not a wrapped paragraph.
MIN_WRAPPED_MEDIAN, MAX_WRAPPED_MEDIAN = 40, 90


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether a block's lines were cut at a fixed width rather than one paragraph per line.

    Text with a paragraph per line ends most lines with a sentence; wrapped text cuts
    most of them mid-sentence. An indented line (a wrapped paragraph's start) after
    lines that run on marks wrapping however short the paragraphs are.
    """
    if len(lines) < 3:
        return False
    body = [line.rstrip() for line in lines[:-1]]
    lengths = sorted(len(line) for line in body)
    if lengths[-1] > MAX_WRAPPED_LINE:
        return False
    ended = sum(bool(_ENDS_SENTENCE.search(line)) for line in body)
    if any(_INDENTED.match(line) for line in lines[1:]):
        return ended < len(body)
    return MIN_WRAPPED_MEDIAN <= lengths[len(lengths) // 2] <= MAX_WRAPPED_MEDIAN and ended < len(body) / 2


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a text as (start, end) offsets, blank edges left out."""
    spans: list[tuple[int, int]] = []
    for block in _BLOCK.finditer(text):
        lines = [m for m in _LINE.finditer(text, block.start(), block.end()) if m.group().strip()]
        if not lines:
            continue
        if not is_hard_wrapped([m.group() for m in lines]):
            spans.extend(m.span() for m in lines)
            continue
        start = lines[0].start()
        for prev, line in zip(lines, lines[1:], strict=False):
            if _INDENTED.match(line.group()):
                spans.append((start, prev.end()))
                start = line.start()
        spans.append((start, lines[-1].end()))
    return [_strip(text, s, e) for s, e in spans]


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text, each on one line with runs of spaces made one."""
    paragraphs = (" ".join(line.strip() for line in text[s:e].split("\n")) for s, e in paragraph_spans(text))
    return [p for p in (_SPACES.sub(" ", p).strip() for p in paragraphs) if p]
