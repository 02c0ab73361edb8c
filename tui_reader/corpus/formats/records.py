"""JSON exports: a list of article records, an object holding one, or JSON lines.

A record is an object with ``text`` (or ``body``/``content``) and optionally ``title``,
``date``, ``url`` and ``id``. Each article's source is ``<path>#<id or record number>``,
so the articles of one file are distinct and keep their address between runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from tui_reader.corpus.clean import PARAGRAPH_SEP
from tui_reader.corpus.formats.base import (
    MAX_DOCUMENT_BYTES,
    LoadResult,
    Problem,
    SourceFile,
    build_article,
    megabytes,
    one_line,
)
from tui_reader.corpus.formats.encoding import decode
from tui_reader.corpus.formats.markup import fragment_paragraphs

TEXT_FIELDS = ("text", "body", "content")
LIST_FIELDS = ("articles", "items", "records", "data")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("date", "published", "pubDate", "datetime")
# A file of garbage lines would otherwise bury the problem list.
MAX_LINE_PROBLEMS = 20


def _first(record: dict, fields: Iterable[str]) -> object:
    return next((record[f] for f in fields if record.get(f) not in (None, "")), None)


def _body(record: dict) -> str:
    """The record's text; HTML bodies (exports of web pages) become paragraphs."""
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str):
        return ""
    if "</p>" in text or "<br" in text:
        return PARAGRAPH_SEP.join(fragment_paragraphs(text))
    return text


def _add_record(result: LoadResult, source: str, number: int, record: object) -> None:
    """One record as an article, or a problem naming the record."""
    where = f"{source}#{number}"
    if not isinstance(record, dict):
        result.problems.append(Problem(where, f"record {number} is not an object ({type(record).__name__})"))
        return
    key = one_line(record.get("id")) or str(number)
    try:
        article = build_article(
            f"{source}#{key}", _body(record), title=record.get("title") or record.get("headline"),
            date=_first(record, DATE_FIELDS), url=_first(record, URL_FIELDS),
        )
    except ValueError:
        fields = "/".join(TEXT_FIELDS)
        result.problems.append(Problem(where, f"record {number} has no text (no {fields} field with text)"))
        return
    result.articles.append(article)


def _lines(file: SourceFile) -> Iterator[bytes]:
    """The file's lines from its start (the head was read already for sniffing)."""
    file.handle.seek(0)
    yield from file.handle


def _parse(data: bytes) -> object:
    """JSON from bytes in any UTF; other encodings (cp1252, Latin-1) through ``decode``."""
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        return json.loads(decode(data))


def _read_lines(file: SourceFile) -> LoadResult:
    result = LoadResult()
    bad = 0
    for number, line in enumerate(_lines(file), start=1):
        if not line.strip():
            continue
        try:
            record = _parse(line)
        except (ValueError, RecursionError) as error:
            bad += 1
            if bad <= MAX_LINE_PROBLEMS:
                reason = f"line {number} is not valid JSON ({error})"
                result.problems.append(Problem(f"{file.source}#{number}", reason))
            continue
        _add_record(result, file.source, number, record)
    if bad > MAX_LINE_PROBLEMS:
        more = bad - MAX_LINE_PROBLEMS
        result.problems.append(Problem(file.source, f"{more} more lines are not valid JSON"))
    return result


def _records_of(document: object) -> list | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for field in LIST_FIELDS:
            if isinstance(document.get(field), list):
                return document[field]
        if _first(document, TEXT_FIELDS) is not None:
            return [document]
    return None


def read_records(file: SourceFile, lines: bool) -> LoadResult:
    """Every record of a JSON or JSON-lines file; bad records are problems, good ones load."""
    if lines:
        result = _read_lines(file)
    else:
        data, too_big = file.read(MAX_DOCUMENT_BYTES)
        if too_big:
            return file.problem(
                f"too large ({megabytes(file.size)}; JSON documents are read up to "
                f"{megabytes(MAX_DOCUMENT_BYTES)}; JSON lines have no limit)"
            )
        if not data.strip():
            return file.problem("empty file")
        try:
            document = _parse(data)
        except json.JSONDecodeError as error:
            if error.msg == "Extra data":  # several documents: JSON lines under a .json name
                return _read_lines(file)
            return file.problem(f"not valid JSON ({error})")
        except ValueError as error:  # undecodable bytes
            return file.problem(f"not valid JSON ({error})")
        except RecursionError:
            return file.problem("not valid JSON (nested too deeply)")
        records = _records_of(document)
        if records is None:
            fields = "/".join(LIST_FIELDS)
            return file.problem(f"no articles in this JSON (expected a list, or an object with {fields})")
        result = LoadResult()
        for number, record in enumerate(records, start=1):
            _add_record(result, file.source, number, record)
    if not result.articles and not result.problems:
        result.problems.append(Problem(file.source, "no records"))
    return result
