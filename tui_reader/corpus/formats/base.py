"""What every format reader shares: results, problems, size limits and building an Article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tui_reader.corpus.article import Article
from tui_reader.corpus.clean import PARAGRAPH_SEP, clean_text, make_title
from tui_reader.corpus.formats.dates import iso_date
from tui_reader.corpus.sanitize import strip_controls

# A single-article file (text or HTML) is read up to this many bytes; the rest is
# dropped with a problem line. Nothing larger is news, and the analysis keeps the whole
# text in memory several times over (spaCy refuses a million characters by default).
MAX_ARTICLE_BYTES = 1_000_000
# An HTML page carries markup around its text, so more of it is read.
MAX_PAGE_BYTES = 8_000_000
# The cleaned text of one article (a JSON record, a feed item) is cut to this length.
MAX_ARTICLE_CHARS = 1_000_000
# Feeds and JSON documents are parsed whole, in memory: above this they are refused.
# (JSON lines are read a line at a time and have no limit.)
MAX_DOCUMENT_BYTES = 64_000_000

_SAFE_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)


@dataclass(slots=True)
class Problem:
    """A file (or a record in one) that could not be read fully, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        # Shown on terminals: a file may be named with escape sequences.
        return strip_controls(f"{self.source}: {self.reason}")


@dataclass(slots=True)
class LoadResult:
    """The articles read from some paths, in order, and the files that were skipped."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: LoadResult) -> None:
        """Append another result's articles and problems."""
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)


@dataclass(slots=True)
class SourceFile:
    """An open file being read: its first bytes (already read, for sniffing) and its size."""

    path: Path
    handle: BinaryIO
    head: bytes
    size: int

    @property
    def source(self) -> str:
        return str(self.path)

    def read(self, limit: int) -> tuple[bytes, bool]:
        """Up to ``limit`` bytes from the start, and whether the file holds more."""
        data = self.head + self.handle.read(max(0, limit - len(self.head)) + 1)
        return data[:limit], len(data) > limit

    def problem(self, reason: str) -> LoadResult:
        """A result holding only a problem with this file."""
        return LoadResult(problems=[Problem(self.source, reason)])


def megabytes(size: int) -> str:
    """A byte count for a problem line."""
    return f"{size / 1_000_000:.1f} MB"


def with_truncation(file: SourceFile, article: Article, read_limit: int | None) -> LoadResult:
    """A one-article result; when the file was read only up to ``read_limit``, it says so
    both in the article's notes and as a problem line."""
    result = LoadResult(articles=[article])
    if read_limit is not None:
        note = f"too large ({megabytes(file.size)}): read its first {megabytes(read_limit)} only"
        article.notes.append(note)
        result.problems.append(Problem(file.source, note))
    return result


def one_line(value: object) -> str | None:
    """A metadata field (title, id, date) as one safe line, or None when empty."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(strip_controls(str(value)).split())
    return text or None


def safe_url(value: object) -> str | None:
    """An http(s) address, or None: other schemes (javascript:, file:) are not kept."""
    url = one_line(value)
    return url if url and _SAFE_URL.match(url) else None


def cut_text(text: str, limit: int) -> tuple[str, bool]:
    """Text shortened to ``limit`` characters at a paragraph (or line) break."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    for sep in (PARAGRAPH_SEP, "\n", " "):
        cut = head.rfind(sep)
        if cut > limit // 2:
            return head[:cut], True
    return head, True


def build_article(
    source: str,
    body: str,
    *,
    title: object = None,
    date: object = None,
    url: object = None,
) -> Article:
    """Sanitise and clean one article's fields; raises ValueError when no text is left.

    Control sequences are stripped from every field, not only the text: titles, dates
    and addresses reach the screen too. A file's own headline line is looked for only
    when the format gave no title.
    """
    title_line = one_line(title)
    cleaned = clean_text(strip_controls(body), find_headline=title_line is None)
    text, cut = cut_text(cleaned.text, MAX_ARTICLE_CHARS)
    if not text.strip():
        raise ValueError("no text")
    notes = list(cleaned.notes)
    if cut:
        notes.append(f"text cut to its first {len(text):,} characters")
    # A page or feed often repeats its title as the first paragraph.
    if title_line and text.split(PARAGRAPH_SEP, 1)[0].strip().casefold() == title_line.casefold():
        rest = text.split(PARAGRAPH_SEP, 1)[1:]
        if rest and rest[0].strip():
            text = rest[0]
    return Article(
        source=source,
        title=title_line or cleaned.headline or make_title(text),
        text=text,
        date=iso_date(one_line(date)),
        url=safe_url(url),
        notes=notes,
    )
