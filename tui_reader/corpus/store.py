"""The analysis cache: SQLite, keyed by text hash and analyser version.

It stores JSON documents and knows nothing of their shape, so the corpus layer does not
depend on the analysis layer. A cache that SQLite cannot read is set aside (renamed, not
deleted) and rebuilt: it only ever holds results that can be computed again.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS analysis (
    text_hash TEXT NOT NULL,
    version   TEXT NOT NULL,
    result    TEXT NOT NULL,
    PRIMARY KEY (text_hash, version)
) WITHOUT ROWID;
"""


class AnalysisCache:
    """A small thread-safe key-value store of analysis results."""

    def __init__(self, path: Path):
        self.path = path
        self.recovered_from: Path | None = None
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError:
            self.recovered_from = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            path.rename(self.recovered_from)
            self._db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, check_same_thread=False, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(SCHEMA)
        db.execute("SELECT count(*) FROM analysis").fetchone()
        return db

    def get_many(self, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]:
        """The cached results among ``hashes`` for this analyser version."""
        wanted = list(dict.fromkeys(hashes))
        found: dict[str, dict[str, Any]] = {}
        with self._lock:
            for i in range(0, len(wanted), 500):  # SQLite caps bound parameters
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT text_hash, result FROM analysis WHERE version=? AND text_hash IN ({marks})",
                    [version, *chunk],
                )
                found.update((h, json.loads(r)) for h, r in rows)
        return found

    def get(self, text_hash: str, version: str) -> dict[str, Any] | None:
        return self.get_many([text_hash], version).get(text_hash)

    def put(self, text_hash: str, version: str, result: dict[str, Any]) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO analysis VALUES (?, ?, ?)",
                (text_hash, version, json.dumps(result, separators=(",", ":"))),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_default_cache() -> AnalysisCache:
    """The analysis cache in the user's cache folder (``NEWSREADER_HOME`` moves it)."""
    from tui_reader.corpus.locations import cache_dir

    return AnalysisCache(cache_dir() / "analysis.sqlite3")
