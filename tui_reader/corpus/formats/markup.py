"""Safety and text for XML and HTML: entity bombs refused, markup fragments to paragraphs."""

from __future__ import annotations

import re

# Tags that end a paragraph of text. Inline tags (b, a, span...) do not.
_BLOCKS = (
    "p", "div", "li", "dd", "dt", "blockquote", "pre", "tr", "table", "ul", "ol", "dl",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
    "figure", "figcaption", "address", "hr",
)
# XML keywords are case-sensitive; UTF-16 documents are searched in both byte orders.
_ENTITY_MARKERS = tuple("<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_HIDDEN = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")


def entity_reason(data: bytes) -> str | None:
    """Why a document with entity declarations is refused, or None.

    A doctype that declares entities is how "billion laughs" and external-entity
    attacks start; news pages and feeds never need one, so such a file is refused
    before any parser sees it.
    """
    if any(marker in data for marker in _ENTITY_MARKERS):
        return "refused: the document declares XML entities (a possible entity-expansion attack)"
    return None


def fragment_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed item's content), as plain text.

    Parsed with lxml, never by pattern: block elements end paragraphs, ``<br>`` ends a
    line, scripts and styles are dropped. Plain text without tags passes through with
    its blank-line paragraphs.
    """
    if "<" not in markup and "&" not in markup:
        return _split(markup)
    # Deferred: lxml is only needed for markup, and plain-text folders never load it.
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _split(markup)
    for element in list(root.iter(*_HIDDEN)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    return _split(root.text_content())


def _split(text: str) -> list[str]:
    paragraphs = re.split(r"\n[ \t\u00a0]*\n", text)
    return [" ".join(p.split()) for p in paragraphs if p.strip()]
