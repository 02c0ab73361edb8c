"""Plain text files (.txt, .md): one article each, hard-wrapped newswire reflowed by cleaning."""

from __future__ import annotations

from tui_reader.corpus.article import Article
from tui_reader.corpus.formats.base import (
    MAX_ARTICLE_BYTES,
    LoadResult,
    SourceFile,
    build_article,
    with_truncation,
)
from tui_reader.corpus.formats.encoding import decode, whole_lines


def article_from_text(raw: str, source: str) -> Article:
    """Sanitise and clean raw text into an Article; raises ValueError when nothing is left."""
    try:
        return build_article(source, raw)
    except ValueError:
        raise ValueError("empty file (no text)") from None


def read_text(file: SourceFile) -> LoadResult:
    """One text file as one article; a file over the size cap is read up to it."""
    data, truncated = file.read(MAX_ARTICLE_BYTES)
    if not data:
        return file.problem("empty file")
    if not data.strip():
        return file.problem("empty file (only whitespace)")
    if truncated:
        data = whole_lines(data)
    try:
        text = decode(data)
    except ValueError as error:
        return file.problem(str(error))
    try:
        article = article_from_text(text, file.source)
    except ValueError as error:
        return file.problem(str(error))
    return with_truncation(file, article, MAX_ARTICLE_BYTES if truncated else None)
