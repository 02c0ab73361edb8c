"""The library: one SQLite file of articles, analysis results, a speaker index and full-text search.

Everything here can be rebuilt from the user's files, so a file SQLite cannot read is
set aside (renamed, never deleted) and started afresh. What the user saves (read marks,
bookmarks) lives in a different file for that reason.

The store knows nothing of the shape of an analysis: it keeps each result as a JSON
document plus a small JSON summary and the names that article quotes, which is what the
corpus-wide views and the speaker filter read without loading every result.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tui_reader.corpus.article import Article
from tui_reader.storage.search import fts_query

SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    problems TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS articles (
    id        INTEGER PRIMARY KEY,
    file      TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    source    TEXT NOT NULL,
    title     TEXT NOT NULL,
    date      TEXT,
    url       TEXT,
    notes     TEXT NOT NULL DEFAULT '[]',
    text_hash TEXT NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_file ON articles (file, ord);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (text_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
    title, text, content='articles', content_rowid='id'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TABLE IF NOT EXISTS analysis (
    text_hash TEXT NOT NULL,
    version   TEXT NOT NULL,
    result    TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (text_hash, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (
    version   TEXT NOT NULL,
    name      TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    PRIMARY KEY (version, name, text_hash)
) WITHOUT ROWID;
-- put_many replaces a text's names: without this, each replacement scans every name of
-- the version, and writing slows in proportion to the library (40 rows/s at 40,000).
CREATE INDEX IF NOT EXISTS names_hash ON names (version, text_hash);
"""

# SQLite caps the number of bound parameters per statement.
CHUNK = 500


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


class Library:
    """Articles and their analyses, shared safely by the app's threads and by other processes."""

    def __init__(self, path: Path):
        self.path = path
        self.recovered_from: Path | None = None
        """Where an unreadable library was moved, when it was."""
        self._lock = threading.RLock()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError:
            self.recovered_from = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            path.rename(self.recovered_from)
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            self._db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL keeps this crash-safe; a lost tail is rebuilt
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found not in (0, SCHEMA_VERSION):
            # An older layout holds only rebuildable data: start the tables afresh.
            db.executescript(
                "DROP TABLE IF EXISTS names; DROP TABLE IF EXISTS analysis; DROP TABLE IF EXISTS articles_fts;"
                "DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS meta;"
            )
        db.executescript(SCHEMA)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("SELECT count(*) FROM analysis").fetchone()
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """The connection, held for the caller alone: for stores that keep tables of their own
        in the library (storage/feeds.py)."""
        with self._lock:
            yield self._db

    # -- files and articles ------------------------------------------------------

    def known_files(self) -> dict[str, tuple[int, int]]:
        """Every file read before, with the (size, mtime_ns) it had then."""
        with self._lock:
            return {p: (s, m) for p, s, m in self._db.execute("SELECT path, size, mtime_ns FROM files")}

    def file_contents(self, paths: Sequence[str]) -> dict[str, tuple[list[Article], list[tuple[str, str]]]]:
        """The stored articles and problems (source suffix, reason) of files read before, by path."""
        found: dict[str, tuple[list[Article], list[tuple[str, str]]]] = {}
        with self._lock:
            for chunk in _chunks(list(paths)):
                marks = ",".join("?" * len(chunk))
                for path, problems in self._db.execute(
                    f"SELECT path, problems FROM files WHERE path IN ({marks})", chunk
                ):
                    found[path] = ([], [tuple(p) for p in json.loads(problems)])
                rows = self._db.execute(
                    f"SELECT file, source, title, date, url, notes, text, text_hash FROM articles"
                    f" WHERE file IN ({marks}) ORDER BY file, ord",
                    chunk,
                )
                for file, source, title, date, url, notes, text, text_hash in rows:
                    article = Article(source, title, text, date, url, json.loads(notes))
                    article.known_hash = text_hash
                    found[file][0].append(article)
        return found

    def store_file(
        self, path: str, size: int, mtime_ns: int, articles: Sequence[Article], problems: Sequence[tuple[str, str]]
    ) -> None:
        """Replace what is stored for one file with what was just read from it."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute("DELETE FROM articles WHERE file=?", (path,))
                self._db.executemany(
                    "INSERT INTO articles (file, ord, source, title, date, url, notes, text_hash, text)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (path, i, a.source, a.title, a.date, a.url, json.dumps(a.notes), a.text_hash, a.text)
                        for i, a in enumerate(articles)
                    ],
                )
                self._db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                    (path, size, mtime_ns, json.dumps(list(problems))),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def search(self, query: str, limit: int = 200) -> list[tuple[str, str]]:
        """Articles matching a full-text query, best first: (text hash, snippet).

        The query is taken as plain words (each quoted, all required), so user input
        never reaches FTS5's query syntax.
        """
        match = fts_query(query)
        if match is None:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT a.text_hash, snippet(articles_fts, 1, char(2), char(3), '…', 12) FROM articles_fts"
                " JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            ).fetchall()
        return list(dict(rows).items())

    # -- analyses ----------------------------------------------------------------

    def _json_column(self, column: str, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        with self._lock:
            for chunk in _chunks(list(dict.fromkeys(hashes))):
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT text_hash, {column} FROM analysis WHERE version=? AND text_hash IN ({marks})",
                    [version, *chunk],
                )
                found.update((h, json.loads(r)) for h, r in rows)
        return found

    def get_many(self, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]:
        """The stored results among ``hashes`` for this analyzer version."""
        return self._json_column("result", hashes, version)

    def get(self, text_hash: str, version: str) -> dict[str, Any] | None:
        return self.get_many([text_hash], version).get(text_hash)

    def analyzed(self, version: str) -> set[str]:
        """The text hashes that have a result for this version."""
        with self._lock:
            return {h for (h,) in self._db.execute("SELECT text_hash FROM analysis WHERE version=?", (version,))}

    def summaries(self, version: str, hashes: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """The small summaries stored beside the results (all of them, or of ``hashes``)."""
        if hashes is not None:
            return self._json_column("summary", hashes, version)
        with self._lock:
            rows = self._db.execute("SELECT text_hash, summary FROM analysis WHERE version=?", (version,))
            return {h: json.loads(s) for h, s in rows}

    def put(
        self,
        text_hash: str,
        version: str,
        result: dict[str, Any],
        summary: dict[str, Any] | None = None,
        names: Iterable[str] = (),
    ) -> None:
        """Store one result, its summary and the names it quotes."""
        self.put_many([(text_hash, result, summary or {}, list(names))], version)

    def put_many(self, rows: Sequence[tuple[str, dict[str, Any], dict[str, Any], list[str]]], version: str) -> None:
        """Store several results in one transaction: (text hash, result, summary, names)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                for text_hash, result, summary, names in rows:
                    self._db.execute(
                        "INSERT OR REPLACE INTO analysis VALUES (?, ?, ?, ?)",
                        (text_hash, version, json.dumps(result, separators=(",", ":")), json.dumps(summary)),
                    )
                    self._db.execute("DELETE FROM names WHERE version=? AND text_hash=?", (version, text_hash))
                    self._db.executemany(
                        "INSERT OR IGNORE INTO names VALUES (?, ?, ?)", [(version, n, text_hash) for n in set(names)]
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def hashes_naming(self, names: Iterable[str], version: str) -> set[str]:
        """The texts that quote any of these names: the corpus-wide speaker filter."""
        found: set[str] = set()
        with self._lock:
            for chunk in _chunks(list(set(names))):
                marks = ",".join("?" * len(chunk))
                found.update(
                    h
                    for (h,) in self._db.execute(
                        f"SELECT text_hash FROM names WHERE version=? AND name IN ({marks})", [version, *chunk]
                    )
                )
        return found


def open_default_library() -> Library:
    """The library in the user's data folder (``NEWSREADER_HOME`` moves it)."""
    from tui_reader.storage.locations import data_dir

    return Library(data_dir() / "library.sqlite3")
