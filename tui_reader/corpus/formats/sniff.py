"""Which format a file holds, from its extension and its first bytes.

Content wins over the name where it is unambiguous: a feed saved as ``.txt`` or ``.xml``
is read as a feed, a page saved without an extension as HTML.
"""

from __future__ import annotations

import re

from tui_reader.corpus.formats.encoding import binary_reason, head_text

TEXT, HTML, FEED, JSON, JSONL = "text", "html", "feed", "json", "jsonl"

SUFFIX_KINDS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".rss": FEED, ".atom": FEED,
    ".json": JSON, ".jsonl": JSONL, ".ndjson": JSONL,
}
# Extensions whose content decides between feed, page and nothing.
MARKUP_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}

# What may come before a document's first element: declarations, comments, a doctype.
_PROLOG = re.compile(
    r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_PAGE_ROOT = re.compile(r"<(?:html|head|body|title|meta)\b", re.IGNORECASE)
_HTML_DOCTYPE = re.compile(r"\s*(?:<!--.*?-->\s*)*<!DOCTYPE\s+html", re.DOTALL | re.IGNORECASE)


def markup_kind(text: str) -> str | None:
    """FEED or HTML when the text's first element is a feed's or a page's root."""
    if _HTML_DOCTYPE.match(text):
        return HTML
    prolog = _PROLOG.match(text)
    start = prolog.end() if prolog is not None else 0
    if _FEED_ROOT.match(text, start):
        return FEED
    if _PAGE_ROOT.match(text, start):
        return HTML
    return None


def _json_start(text: str) -> bool:
    return bool(re.match(r"\s*(?:\{\s*(?:\"|\})|\[\s*(?:\{|\]|$))", text))


def detect(suffix: str, head: bytes) -> str | None:
    """The format of a file with this extension and these first bytes, or None.

    None means "not an article file": binary data, or text under an extension that is
    neither ours nor absent (source code, CSV, logs).
    """
    suffix = suffix.lower()
    text = head_text(head)
    markup = markup_kind(text)
    by_suffix = SUFFIX_KINDS.get(suffix)
    if markup == FEED:
        return FEED
    if markup == HTML and by_suffix in (TEXT, None):
        return HTML
    if by_suffix:
        return by_suffix
    if suffix in MARKUP_SUFFIXES or binary_reason(head):
        return None
    if _json_start(text):
        return JSON
    return TEXT if suffix == "" else None
