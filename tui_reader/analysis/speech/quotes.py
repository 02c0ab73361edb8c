"""Pairing quotation marks into quoted stretches of text.

Works on plain text, no parsing. Each paragraph (a line, or an indented block of
hard-wrapped newswire) is read on its own, so an
unmatched mark can never turn the rest of an article into a quote. News conventions
handled here: a quote left open at the end of a paragraph continues when the next
paragraph opens with a quotation mark; a mark opening a new sentence inside an open
quote reopens it (the closing mark was left out); a mark opening mid-sentence inside
a quote is a quote within the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_reader.corpus.paragraphs import paragraph_spans

OPENERS = {"\u201c": "double", "\u2018": "single", "\u00ab": "double"}
CLOSERS = {"\u201d": "double", "\u2019": "single", "\u00bb": "double"}
STRAIGHT = '"'
STRAIGHT_SINGLE = "'"
SENTENCE_END = ".!?:"  # ':' introduces speech, so a mark after it opens a fresh sentence


@dataclass(slots=True)
class Segment:
    """Quoted words between one opening mark and its (possibly implied) closing."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: closed by implication (reopened or paragraph end)


@dataclass(slots=True)
class QuoteRun:
    """One quotation: segments that follow each other with no words in between."""

    segments: list[Segment] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def open_mark(self) -> int:
        return self.segments[0].open_mark

    @property
    def after(self) -> int:
        """First offset after the run's closing mark (or its end when none)."""
        last = self.segments[-1]
        return last.close_mark + 1 if last.close_mark is not None else last.end


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (not a quotation mark here) for the mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        if ch == "\u2019" and before.isalnum() and after.isalnum():
            return None  # apostrophe: don't, Britain's
        return "close"
    if ch == STRAIGHT:
        if before.isalnum() and after.isalnum():
            return None  # a straight mark typed for an apostrophe: Britain"s
        left_open = before.isspace() or before in "([{-\u2013\u2014/" or i == 0
        if before in ".!?" and (after.isupper() or after.isdigit()):
            return "either"  # 'the red carpet."It was loud': the space after the stop was lost
        if before.isspace() and after.isspace():
            return "closes_open"  # 'she\'ll be \'above the president,\' " said X': only ever a closing
        right_open = after.isspace() or after in ".,;:!?)]}-\u2013\u2014"
        if left_open and not after.isspace():
            return "open"
        if right_open and not before.isspace():
            return "close"
    return None


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{-\u2013\u2014/") and after.isalpha()


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?\u2026") and (after.isspace() or after in ".,;:!?)]-\u2013\u2014")


def _single_close(text: str, start: int, end: int) -> int | None:
    """The first straight single mark that can close a quote in ``text[start:end]``."""
    i = text.find(STRAIGHT_SINGLE, start, end)
    while i != -1:
        if _single_closes(text, i):
            return i
        i = text.find(STRAIGHT_SINGLE, i + 1, end)
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding blanks and a trailing comma or dash."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;-\u2013\u2014"):
        end -= 1
    return start, end


def _previous_char(text: str, i: int, floor: int) -> str:
    j = i - 1
    while j >= floor and text[j].isspace():
        j -= 1
    return text[j] if j >= floor else ""


def _paragraph_runs(text: str, p_start: int, p_end: int) -> tuple[list[QuoteRun], QuoteRun | None]:
    """Quotes of one paragraph, and the run still open at its end (if any)."""
    runs: list[QuoteRun] = []
    current: QuoteRun | None = None
    seg_start = 0
    seg_mark = 0
    depth = 0  # > 1: inside a quote within the quote
    single_open = False
    role: str | None
    for i in range(p_start, p_end):
        ch = text[i]
        if ch == STRAIGHT_SINGLE:
            # Straight single marks quote only when paired at the top level (headlines,
            # scare quotes); inside a double quote, or alone, they are apostrophes.
            if depth == 0 and _single_opens(text, i) and _single_close(text, i + 1, p_end) is not None:
                single_open, role = True, "open"
            elif single_open and depth == 1 and text[seg_mark] == STRAIGHT_SINGLE and _single_closes(text, i):
                single_open, role = False, "close"
            else:
                continue
        elif ch not in OPENERS and ch not in CLOSERS and ch != STRAIGHT:
            continue
        else:
            role = _role(text, i)
            if role == "either":  # opens, unless it ends the quote that is open
                role = "open" if current is None else "close"
            elif role == "closes_open":
                if current is None:
                    continue
                role = "close"
        if ch in ("\u2018", "\u2019"):
            # Single curly marks quote only when paired; a lone ’ is an apostrophe.
            if role == "open" and depth == 0 and not single_open and text.find("\u2019", i, p_end) > i:
                single_open = True
            elif role == "close" and single_open and depth == 1 and text[seg_mark] == "\u2018":
                single_open = False
            else:
                continue
        if role == "open":
            if current is None:
                current, seg_start, seg_mark, depth = QuoteRun(), i + 1, i, 1
            elif depth == 1 and _previous_char(text, i, seg_start) in SENTENCE_END:
                s, e = _trim(text, seg_start, i)
                if e > s:
                    current.segments.append(Segment(s, e, seg_mark, None))
                seg_start, seg_mark = i + 1, i
            else:
                depth += 1
        elif role == "close" and current is not None:
            depth -= 1
            if depth == 0:
                s, e = _trim(text, seg_start, i)
                if e > s:
                    current.segments.append(Segment(s, e, seg_mark, i))
                if current.segments:
                    runs.append(current)
                current = None
    if current is not None:
        s, e = _trim(text, seg_start, p_end)
        if e > s:
            current.segments.append(Segment(s, e, seg_mark, None))
        if not current.segments:
            current = None
    return runs, current


# Two marks typed for one: '' (and `` opening), as some papers print quotes; never three in a row.
DOUBLED = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def with_paired_apostrophes(text: str) -> str:
    """The text with each pair of apostrophes typed for a double quotation mark (''So,''
    she said; ``So,'') turned into one straight mark and a space, keeping every offset: the
    mark beside the quoted words, the space on the outside. After a digit they are inches."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in DOUBLED.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if m.group() == "``" or ((before.isspace() or before in "([{-\u2013\u2014/") and not after.isspace()):
            chars[i:i + 2] = [" ", '"']
        elif not before.isspace() and not before.isdigit():  # 15'' is inches
            chars[i:i + 2] = ['"', " "]
    return "".join(chars)


def find_quote_runs(text: str) -> list[QuoteRun]:
    """All quotations of a text, in order, multi-paragraph ones as a single run. Doubled
    marks are read before (``with_paired_apostrophes``, once per article in ``Layout``)."""
    result: list[QuoteRun] = []
    pending: QuoteRun | None = None  # left open by the previous paragraph
    for p_start, p_end in paragraph_spans(text):
        stripped = p_start
        runs, still_open = _paragraph_runs(text, p_start, p_end)
        if pending is not None:
            first_mark = text[stripped] in OPENERS or text[stripped] == STRAIGHT
            if first_mark and runs and runs[0].open_mark == stripped:
                runs[0].segments[:0] = pending.segments
            elif first_mark and still_open is not None and not runs and still_open.open_mark == stripped:
                still_open.segments[:0] = pending.segments
            else:
                result.append(pending)
        result.extend(runs)
        pending = still_open
    if pending is not None:
        result.append(pending)
    return result
