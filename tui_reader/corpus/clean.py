"""Cleaning scraped article text before analysis.

Scrapes repeat themselves: a pulled quote at the top that reappears in the body, the
whole body pasted twice, a trailing "Comment" or "Share" link. Cleaning turns raw text
into paragraphs once each, joined by blank lines; every analysis offset refers to the
result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui_reader.corpus.paragraphs import split_paragraphs

PARAGRAPH_SEP = "\n\n"

# Words that web pages put after an article body as links or buttons. A short trailing
# line made only of these is page furniture, not news.
NAV_WORDS = {
    "comment", "comments", "share", "shares", "advertisement", "advert", "print", "email",
    "e-mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit",
    "related", "more", "read", "on", "this", "story", "back", "to", "top", "of", "page",
    "follow", "us", "subscribe", "sign", "up", "newsletter", "sponsored", "save", "copy",
    "link", "view", "all", "see", "also", "topics", "tags", "reply", "report",
}
# Beyond this many words a trailing line is prose, whatever its words.
MAX_NAV_WORDS = 4
# Repeated paragraphs shorter than this may be legitimate ("He declined to comment.").
MIN_DEDUPE_WORDS = 6
TITLE_MAX = 80
# Compiled once: cleaning runs on every article of a 20,000-article corpus at start-up.


@dataclass(slots=True)
class Cleaned:
    """The cleaned body, its headline when the file had one, and what cleaning did."""

    text: str
    headline: str | None = None
    notes: list[str] = field(default_factory=list)


def _norm(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not re.search(r"[.!?:;,]$", line.strip())


def _is_nav_line(paragraph: str) -> bool:
    if re.search(r"[.!?]$", paragraph):  # a sentence, however short, is prose
        return False
    words = re.findall(r"[\w'-]+", paragraph.casefold())
    return 0 < len(words) <= MAX_NAV_WORDS and all(w in NAV_WORDS for w in words)


def clean_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Drop repeated paragraphs and trailing page furniture.

    Of a repeated paragraph the *last* copy is kept: a pulled quote at the top then
    gives way to the same words in context, and a body pasted twice (with or without
    a pulled quote before each copy) keeps one whole copy in its order.
    """
    notes: list[str] = []
    keys = [_norm(p) for p in paragraphs]
    last = {key: i for i, key in enumerate(keys)}
    kept = [
        p for i, (p, key) in enumerate(zip(paragraphs, keys, strict=True))
        if last[key] == i or len(key.split()) < MIN_DEDUPE_WORDS
    ]
    repeats = len(paragraphs) - len(kept)
    if repeats:
        notes.append(f"dropped {repeats} repeated paragraph{'s' if repeats != 1 else ''}")
    while kept and _is_nav_line(kept[-1]):
        notes.append(f"dropped trailing {kept.pop()!r}")
    return kept, notes


def clean_text(raw: str, find_headline: bool = True) -> Cleaned:
    """Split off a headline (first line followed by a blank line), then clean the body.

    ``find_headline`` is off when the format gave the title (a page, a feed item): the
    first short paragraph is then body text, such as a dateline or a subheading.
    """
    raw = raw.strip("\n\ufeff")
    headline = None
    first, sep, rest = raw.partition("\n")
    if find_headline and (rest.startswith("\n") or re.match(r"[ \t]*\n", rest)):
        if _looks_like_headline(first) and rest.strip():
            headline, raw = re.sub(r"\s+", " ", first).strip(), rest
    paragraphs, notes = clean_paragraphs(split_paragraphs(raw))
    return Cleaned(PARAGRAPH_SEP.join(paragraphs), headline, notes)


def make_title(text: str, limit: int = TITLE_MAX) -> str:
    """The first sentence of the text, shortened on a word boundary."""
    first = text.split("\n", 1)[0].strip()
    match = re.match(r"(.+?[.!?])(?=\s+[\"'“‘(]?[A-Z0-9])", first)
    sentence = match.group(1) if match else first
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
