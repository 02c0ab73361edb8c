"""Full-text search terms, shared by the library's FTS5 query and the highlighting of matches.

FTS5's default tokenizer splits on anything that is not a letter or digit and ignores
case, so a match is a whole word, whatever its case; ``find_matches`` finds the same
words in an article so that what the list found is what the text highlights.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def query_words(query: str) -> list[str]:
    """The words of a typed query, as FTS5 would tokenise them (punctuation drops out)."""
    return list(dict.fromkeys(w.casefold() for w in _WORD.findall(query)))


def fts_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted (all must occur), or None for no words."""
    words = query_words(query)
    return " ".join(f'"{w}"' for w in words) if words else None


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """Every occurrence of a query word in the text, as (start, end), in order."""
    words = query_words(query)
    if not words:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
    )
    return [m.span() for m in pattern.finditer(text)]
