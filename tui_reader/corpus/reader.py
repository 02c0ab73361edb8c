"""Reading articles from files and folders.

One article per text file. A file that cannot be read becomes a ``Problem`` naming the
file and the reason; everything else still loads.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui_reader.corpus.article import Article
from tui_reader.corpus.clean import clean_text, make_title
from tui_reader.corpus.sanitize import strip_controls

TEXT_SUFFIXES = {".txt", ".md", ".text"}
# A NUL byte in the first block of a file without a UTF-16/32 BOM means binary data.
SNIFF_BYTES = 8192


@dataclass(slots=True)
class Problem:
    """A file that could not be read as an article, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class LoadResult:
    """The articles read from some paths, in order, and the files that were skipped."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then strict UTF-8, then charset detection.

    Raises ``ValueError`` for data that looks binary.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise ValueError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(byte >= 0x80 for byte in data)
    if high <= max(8, len(data) // 50):
        # A few stray high bytes in English text: detectors guess wildly on so little
        # evidence (a lone £ reads as Japanese), while cp1252 covers Latin-1's printable
        # range plus the curly quotes Windows editors produce.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    from charset_normalizer import from_bytes  # deferred: only needed for non-UTF-8 files

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary file (no text encoding fits)")
    return str(best)


def article_from_text(raw: str, source: str) -> Article:
    """Sanitise and clean raw text into an Article; raises ValueError when nothing is left."""
    cleaned = clean_text(strip_controls(raw))
    if not cleaned.text.strip():
        raise ValueError("empty file (no text)")
    title = cleaned.headline or make_title(cleaned.text)
    return Article(source=source, title=title, text=cleaned.text, notes=cleaned.notes)


def read_file(path: Path) -> Article:
    """One text file as an Article; raises ValueError or OSError with the reason."""
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    return article_from_text(decode(data), str(path))


def iter_files(path: Path) -> Iterator[Path]:
    """Text files under a folder, recursively, in a stable order; links are not followed."""
    for root, dirs, files in os.walk(path, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield Path(root) / name


def load_paths(paths: Iterable[str | Path]) -> LoadResult:
    """Read every article under the given files and folders, collecting problems."""
    result = LoadResult()
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = list(iter_files(path))
            if not files:
                result.problems.append(Problem(str(path), "no .txt or .md files in this folder"))
        elif path.exists():
            files = [path]
        else:
            result.problems.append(Problem(str(path), "no such file or folder"))
            continue
        for file in files:
            try:
                article = read_file(file)
            except (OSError, ValueError) as error:
                reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                result.problems.append(Problem(str(file), reason))
                continue
            # The same text reached twice (two paths, or a copy) is listed once.
            if article.text_hash in seen:
                continue
            seen.add(article.text_hash)
            result.articles.append(article)
    return result


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Every readable file under the given paths, in a stable order, or the Problem with a path."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = list(iter_files(path))
            if not files:
                yield Problem(str(path), "no .txt or .md files in this folder")
            yield from files
        elif path.exists():
            yield path
        else:
            yield Problem(str(path), "no such file or folder")


def read_source(path: Path) -> LoadResult:
    """Every article in one file, with its problems; never raises."""
    result = LoadResult()
    try:
        result.articles.append(read_file(path))
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        result.problems.append(Problem(str(path), reason))
    return result
