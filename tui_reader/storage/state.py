"""What the user saves: read marks, bookmarks, the last reading position, small preferences.

Unlike the library (``library.sqlite3``), nothing here can be rebuilt from the user's
files, so it lives in its own file, ``state.sqlite3`` in the data folder, and is handled
with more care.

Article keys
    An article is known by a ``Key``: its text hash *and* its source (path or record
    address). A mark matches an article when either one agrees, so a mark survives the
    file being moved or renamed (same text, new source) and the text being edited or
    cleaned differently (same source, new text); only both changing at once loses it.
    Marking an article again stores its current pair, so a mark can follow an article
    through any number of single changes. Every method taking a key also takes any
    object with ``text_hash`` and ``source`` attributes (an ``Article``) or a plain
    ``(text_hash, source)`` tuple. An empty source never matches.

Durability
    SQLite in WAL mode with ``synchronous=FULL``, each change its own short
    ``BEGIN IMMEDIATE`` transaction: a process killed while writing loses at most the
    change it was making. A busy timeout lets two instances share the data folder.

Damage
    A file SQLite cannot read is never deleted: it is copied aside to
    ``state.sqlite3.corrupt-<unix time>`` (with its ``-wal``), the rows that can still be
    read are copied into a fresh file, and ``recovered_from`` / ``salvaged`` tell the app
    so it can tell the user.

Failures
    A write that fails (disk full, read-only folder, unusable file) raises ``StateError``
    with a message fit to show. Reads never raise: with no usable file they answer as
    an empty store would, and ``error`` says why.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Set
from pathlib import Path
from typing import Any, NamedTuple, Protocol, TypeVar

SCHEMA_VERSION = 1

# Plain rowid tables throughout: salvage walks a damaged file by rowid.
TABLES = {
    "marks": "kind TEXT NOT NULL, text_hash TEXT NOT NULL, source TEXT NOT NULL, added REAL NOT NULL",
    "position": "id INTEGER PRIMARY KEY CHECK (id = 1), text_hash TEXT NOT NULL, source TEXT NOT NULL,"
    " offset INTEGER NOT NULL, saved REAL NOT NULL",
    "prefs": "name TEXT PRIMARY KEY, value TEXT NOT NULL",
}
INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS marks_pair ON marks (kind, text_hash, source)",
    "CREATE INDEX IF NOT EXISTS marks_source ON marks (kind, source)",
)
READ, BOOKMARK = "read", "bookmark"

# A mark matches by text hash, or by source when the source is not empty.
_MATCH = "kind = ? AND (text_hash = ? OR (source = ? AND source != ''))"

T = TypeVar("T")
S = TypeVar("S")


class StateError(Exception):
    """Saving the user's state failed; the message says what and why, fit to show."""


class Key(NamedTuple):
    """How the state knows an article: its text hash and its source (see the module doc)."""

    text_hash: str
    source: str

    def matches(self, other: KeyLike) -> bool:
        """Whether ``other`` is the same article by text hash or by (non-empty) source."""
        other = as_key(other)
        return self.text_hash == other.text_hash or (bool(self.source) and self.source == other.source)


class HasKey(Protocol):
    """Anything with a text hash and a source, such as an ``Article``."""

    @property
    def text_hash(self) -> str: ...

    @property
    def source(self) -> str: ...


KeyLike = Key | tuple[str, str] | HasKey


def as_key(item: KeyLike) -> Key:
    """The ``Key`` of an article, a key, or a ``(text_hash, source)`` pair."""
    if isinstance(item, Key):
        return item
    if isinstance(item, tuple):
        return Key(*item)
    return Key(item.text_hash, item.source)


class MarkSet(Set):
    """The marked articles, matched as the store matches them: by text hash or source.

    ``key in marks`` works for any ``KeyLike``; iterating gives the stored keys, oldest
    first; ``added(key)`` is when the mark was made (``time.time()`` seconds).
    """

    def __init__(self, rows: Iterable[tuple[str, str, float]] = ()):
        self._keys = {Key(h, s): added for h, s, added in sorted(rows, key=lambda r: r[2])}
        self._by_hash = {k.text_hash: t for k, t in self._keys.items()}
        self._by_source = {k.source: t for k, t in self._keys.items() if k.source}

    def added(self, key: KeyLike) -> float | None:
        """When the article's mark was made, or None when it is not marked."""
        key = as_key(key)
        found = self._by_hash.get(key.text_hash)
        if found is None and key.source:
            found = self._by_source.get(key.source)
        return found

    def __contains__(self, key: object) -> bool:
        try:
            return self.added(key) is not None  # type: ignore[arg-type]
        except (TypeError, AttributeError):
            return False

    def __iter__(self) -> Iterator[Key]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    @classmethod
    def _from_iterable(cls, keys: Iterable[S]) -> set[S]:
        # What the set operators (``&``, ``|``...) build: a plain set of keys.
        return set(keys)

    def __repr__(self) -> str:
        return f"MarkSet({list(self._keys)!r})"


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether an error means the file is damaged, as opposed to busy, missing or read-only."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    return type(exc) is sqlite3.DatabaseError  # Python 3.10 has no error names


def _transaction(db: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
    # IMMEDIATE takes the write lock up front, so the busy timeout applies; a deferred
    # transaction that later upgrades can fail at once in WAL mode.
    db.execute("BEGIN IMMEDIATE")
    try:
        result = work(db)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the original error is the one worth reporting
        raise
    return result


class UserState:
    """The user's saved state in one SQLite file, safe to share between threads and processes."""

    def __init__(self, path: Path, timeout: float = 15.0):
        self.path = Path(path)
        self.recovered_from: Path | None = None
        """Where a damaged state file was copied aside, when it was."""
        self.salvaged = 0
        """How many rows were read back out of the damaged file."""
        self.error: str | None = None
        """Why the file could not be opened or read, when it could not."""
        self._timeout = timeout
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._connect()
        except StateError as exc:
            self.error = str(exc)
            self._db = self._open_read_only()

    # -- opening -----------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                db = self._open(self.path)
                if db.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    return db
                db.close()
            except sqlite3.DatabaseError as exc:
                if not is_corruption(exc):
                    raise
            self._recover()
            return self._open(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"Cannot open the saved state {self.path}: {exc}") from exc

    def _open(self, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=self._timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # the user's own data: survive power loss too
            if db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                _transaction(db, _create_schema)
        except BaseException:
            db.close()
            raise
        return db

    def _open_read_only(self) -> sqlite3.Connection | None:
        """A read-only view of an existing file when it cannot be opened for writing."""
        if not self.path.is_file():
            return None
        try:
            db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=self._timeout, check_same_thread=False
            )
            db.execute("SELECT count(*) FROM marks").fetchone()
            return db
        except sqlite3.Error:
            return None

    def _recover(self) -> None:
        """Copy the damaged file aside, then replace it with a fresh file of what can be read."""
        aside = self._aside_name()
        shutil.copy2(self.path, aside)
        for suffix in ("-wal",):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, aside.with_name(aside.name + suffix))
        rows = salvage(aside)
        fresh = self.path.with_name(f"{self.path.name}.new-{time.time_ns()}")
        db = self._open(fresh)
        try:
            _transaction(db, lambda db: _insert_rows(db, rows))
        finally:
            db.close()
        # The old log belongs to the damaged file (a copy is kept): left in place, SQLite
        # would replay it over the fresh one.
        for suffix in ("-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        fresh.replace(self.path)
        self.recovered_from = aside
        self.salvaged = sum(len(r) for r in rows.values())

    def _aside_name(self) -> Path:
        stamp = int(time.time())
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        return aside

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> UserState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing -------------------------------------------------------

    def _read(self, query: Callable[[sqlite3.Connection], T], default: T) -> T:
        with self._lock:
            if self._db is None:
                return default
            try:
                return query(self._db)
            except sqlite3.Error as exc:
                self.error = f"Cannot read the saved state {self.path}: {exc}"
                return default

    def _write(self, what: str, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            if self._db is None or self.error is not None:
                self._reopen()
            assert self._db is not None
            try:
                return _transaction(self._db, work)
            except sqlite3.Error as exc:
                raise StateError(f"Could not save {what} to {self.path}: {exc}") from exc

    def _reopen(self) -> None:
        """Try the file again: the folder may have become writable since."""
        db = self._connect()  # raises StateError
        if self._db is not None:
            self._db.close()
        self._db, self.error = db, None

    # -- read marks ----------------------------------------------------------------

    def mark_read(self, key: KeyLike, read: bool = True) -> None:
        """Mark an article read (or unread)."""
        self.mark_all([key], read)

    def mark_all(self, keys: Iterable[KeyLike], read: bool) -> None:
        """Mark many articles read or unread in one change."""
        found = [as_key(k) for k in keys]
        self._write("the read marks", lambda db: _set_marks(db, READ, found, read))

    def is_read(self, key: KeyLike) -> bool:
        """Whether the article is marked read."""
        return self._has(READ, as_key(key))

    def read_keys(self) -> MarkSet:
        """Every article marked read (test membership with ``in``: it matches either key part)."""
        return self._marks(READ)

    # -- bookmarks -----------------------------------------------------------------

    def toggle_bookmark(self, key: KeyLike) -> bool:
        """Bookmark the article, or remove its bookmark; True when it is now bookmarked."""
        found = as_key(key)

        def toggle(db: sqlite3.Connection) -> bool:
            marked = _find(db, BOOKMARK, found)
            _set_marks(db, BOOKMARK, [found], not marked)
            return not marked

        return self._write("the bookmark", toggle)

    def is_bookmarked(self, key: KeyLike) -> bool:
        return self._has(BOOKMARK, as_key(key))

    def bookmarks(self) -> MarkSet:
        """Every bookmarked article; ``bookmarks().added(key)`` is when it was bookmarked."""
        return self._marks(BOOKMARK)

    def _has(self, kind: str, key: Key) -> bool:
        return self._read(lambda db: _find(db, kind, key), False)

    def _marks(self, kind: str) -> MarkSet:
        return self._read(
            lambda db: MarkSet(db.execute("SELECT text_hash, source, added FROM marks WHERE kind=?", (kind,))),
            MarkSet(),
        )

    # -- the last position -----------------------------------------------------------

    def save_position(self, key: KeyLike, offset: int) -> None:
        """Remember the article being read and its scroll offset, for the next launch.

        Each call is a durable write (an fsync): save on leaving an article or on a pause
        in scrolling, not on every line scrolled.
        """
        position = (as_key(key), int(offset))

        def save(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT OR REPLACE INTO position VALUES (1, ?, ?, ?, ?)", (*position[0], position[1], time.time())
            )

        self._write("the reading position", save)

    def last_position(self) -> tuple[Key, int] | None:
        """The article and scroll offset saved last (by any instance), or None."""
        row = self._read(lambda db: db.execute("SELECT text_hash, source, offset FROM position").fetchone(), None)
        return None if row is None else (Key(row[0], row[1]), int(row[2]))

    # -- preferences -----------------------------------------------------------------

    def get_pref(self, name: str, default: Any = None) -> Any:
        """A remembered preference (any JSON value), or ``default``."""
        row = self._read(lambda db: db.execute("SELECT value FROM prefs WHERE name=?", (name,)).fetchone(), None)
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (TypeError, ValueError):
            return default

    def set_pref(self, name: str, value: Any) -> None:
        """Remember a preference; ``value`` must be JSON-serialisable (TypeError otherwise)."""
        text = json.dumps(value)
        self._write(
            f"the preference {name!r}",
            lambda db: db.execute("INSERT OR REPLACE INTO prefs VALUES (?, ?)", (name, text)),
        )


def _create_schema(db: sqlite3.Connection) -> None:
    for table, columns in TABLES.items():
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
    for index in INDEXES:
        db.execute(index)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def _find(db: sqlite3.Connection, kind: str, key: Key) -> bool:
    return db.execute(f"SELECT 1 FROM marks WHERE {_MATCH} LIMIT 1", (kind, *key)).fetchone() is not None


def _set_marks(db: sqlite3.Connection, kind: str, keys: list[Key], marked: bool) -> None:
    """Clear every mark matching each key; when marking, store the current pair in its place."""
    now = time.time()
    for key in keys:
        db.execute(f"DELETE FROM marks WHERE {_MATCH}", (kind, *key))
        if marked:
            db.execute("INSERT INTO marks VALUES (?, ?, ?, ?)", (kind, key.text_hash, key.source, now))


def _insert_rows(db: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    for table, table_rows in rows.items():
        for row in table_rows:
            marks = ",".join("?" * len(row))
            try:
                db.execute(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", row)
            except sqlite3.Error:
                continue  # a row too damaged to fit the schema


def salvage(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the state tables that can still be read from a damaged file.

    Works on a scratch copy (with the file's ``-wal``), so ``path`` is left as it was.
    Each table is walked by rowid; a read that fails skips ahead in growing steps, so
    one bad page costs the rows on it, not the rest.
    """
    found: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}
    with tempfile.TemporaryDirectory(prefix="newsreader-salvage-") as scratch:
        work = Path(scratch) / "state.sqlite3"
        shutil.copyfile(path, work)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, work.with_name(work.name + "-wal"))
        _fit_header_to_file(work)
        try:
            db = sqlite3.connect(work, timeout=1)
        except sqlite3.Error:
            return found
        try:
            for table, columns in TABLES.items():
                names = ", ".join(part.split()[0] for part in columns.split(","))
                query = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1"
                found[table] = list(_walk(db, query))
        finally:
            db.close()
    return found


def _fit_header_to_file(path: Path) -> None:
    """Make the header's page count agree with a truncated file's length.

    SQLite trusts the header's count, and a cut-short file then fails even on the pages
    that are still there; with the count fixed, those read normally.
    """
    with path.open("r+b") as f:
        header = f.read(100)
        if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
            return
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512:
            return
        pages = -(-f.seek(0, 2) // page_size)
        if int.from_bytes(header[28:32], "big") > pages:
            f.seek(28)
            f.write(pages.to_bytes(4, "big"))


def _walk(db: sqlite3.Connection, query: str) -> Iterator[tuple[Any, ...]]:
    last, misses = 0, 0  # rowids here are all positive
    while misses <= 48:
        try:
            row = db.execute(query, (last,)).fetchone()
        except sqlite3.Error:
            misses += 1
            last += 2 ** (misses - 1)
            continue
        if row is None:
            return
        misses = 0
        last = row[0]
        yield tuple(row[1:])


def state_path() -> Path:
    """Where the user's state is kept: ``state.sqlite3`` in the data folder (``NEWSREADER_HOME`` moves it)."""
    from tui_reader.storage.locations import data_dir

    return data_dir() / "state.sqlite3"


def open_user_state() -> UserState:
    """The user's state in the data folder, checked (and recovered when damaged)."""
    return UserState(state_path())


def peek_pref(path: Path, name: str) -> Any:
    """A remembered preference read without opening the store for writing or checking it
    (None when there is no file, no such preference, or any trouble): what the first
    frame needs, before the store's checks run."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            row = db.execute("SELECT value FROM prefs WHERE name=?", (name,)).fetchone()
        finally:
            db.close()
        return json.loads(row[0]) if row is not None else None
    except (sqlite3.Error, TypeError, ValueError):
        return None
