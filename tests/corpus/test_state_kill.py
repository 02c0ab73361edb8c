"""The saved state across processes: killed writers lose nothing reported, two writers share a file.

A writer subprocess makes numbered changes and prints each change's number once its
transaction has returned. The test SIGKILLs it after a random delay, many times over
the same file, and after each kill checks that the file opens without recovery, passes
``PRAGMA integrity_check`` and holds every change the writer reported.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tui_reader.storage.state import Key, UserState

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

# Change n: n % 4 picks a mark_all of three keys, a bookmark, a preference or the position.
WRITER = r"""
import sys
from tui_reader.storage.state import Key, UserState

path, start, stop, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
state = UserState(path)
n = start
while stop < 0 or n < stop:
    key = Key(f"{prefix}h{n}", f"{prefix}s{n}")
    step = n % 4
    if step == 0:
        state.mark_all([Key(f"{prefix}h{n}.{j}", f"{prefix}s{n}.{j}") for j in range(3)], True)
    elif step == 1:
        state.toggle_bookmark(key)
    elif step == 2:
        state.set_pref(f"{prefix}p{n}", n)
    else:
        state.save_position(key, n)
    print(n, flush=True)
    n += 1
state.close()
"""


def _writer(path: Path, start: int, stop: int = -1, prefix: str = "") -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(start), str(stop), prefix],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )


class Snapshot:
    """Everything in the store, read once, to check thousands of changes quickly."""

    def __init__(self, state: UserState, path: Path):
        self.read, self.bookmarks = state.read_keys(), state.bookmarks()
        db = sqlite3.connect(path)
        try:
            self.prefs = {name: json.loads(value) for name, value in db.execute("SELECT name, value FROM prefs")}
        finally:
            db.close()

    def holds(self, n: int, prefix: str = "") -> bool:
        """Whether change ``n`` is in the store (positions are checked apart: only the last stays)."""
        step = n % 4
        if step == 0:
            found = [Key(f"{prefix}h{n}.{j}", f"{prefix}s{n}.{j}") in self.read for j in range(3)]
            assert len(set(found)) == 1, f"change {n} is half there: {found}"  # one transaction: all or none
            return found[0]
        if step == 1:
            return Key(f"{prefix}h{n}", f"{prefix}s{n}") in self.bookmarks
        if step == 2:
            return self.prefs.get(f"{prefix}p{n}") == n
        return True


def _check_position(state: UserState, reported: list[int]) -> None:
    saved = [n for n in reported if n % 4 == 3]
    if not saved:
        return
    position = state.last_position()
    assert position is not None
    key, offset = position
    assert offset >= saved[-1]  # the last reported one, or the unreported one after it
    assert key == Key(f"h{offset}", f"s{offset}")


def _integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def test_sigkill_while_writing_loses_no_reported_change(tmp_path):
    path = tmp_path / "state.sqlite3"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    start, every_reported, kills_mid_write = 0, [], 0
    for round_ in range(KILLS):
        writer = _writer(path, start)
        first = ""
        if round_ % 2:
            # Half the rounds kill mid-stream whatever the machine's load: after the first
            # committed change. The others may kill while it starts, opens or creates the file.
            first = writer.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.1))
        else:
            time.sleep(rng.uniform(0.0, 0.35))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        out = first + out
        assert writer.returncode == -signal.SIGKILL, f"writer ended by itself (seed {seed}): {err}"
        reported = [int(line) for line in out.split()]
        kills_mid_write += bool(reported)
        every_reported += reported

        assert _integrity(path) == "ok", f"round {round_}, seed {seed}"
        with UserState(path) as state:
            assert state.recovered_from is None and state.error is None, f"round {round_}, seed {seed}"
            snapshot = Snapshot(state, path)
            missing = [n for n in every_reported if not snapshot.holds(n)]
            assert missing == [], f"round {round_}, seed {seed}: reported but lost {missing[:10]}"
            _check_position(state, every_reported)
        # The change after the last reported one may or may not have landed: skip past it.
        start = (reported[-1] if reported else start) + 2
    assert list(path.parent.glob("*.corrupt-*")) == []
    assert kills_mid_write >= KILLS // 2, f"too few kills landed mid-write (seed {seed}): {err}"
    assert len(every_reported) > 100
    print(f"{KILLS} kills, {kills_mid_write} mid-write, {len(every_reported)} changes reported (seed {seed})")


def test_two_processes_write_the_same_new_file_at_once(tmp_path):
    path = tmp_path / "fresh" / "state.sqlite3"
    count = 120
    writers = [_writer(path, 0, count, prefix) for prefix in ("a-", "b-")]
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert [int(n) for n in out.split()] == list(range(count))
    with UserState(path) as state:
        snapshot = Snapshot(state, path)
        for prefix in ("a-", "b-"):
            missing = [n for n in range(count) if n % 4 != 3 and not snapshot.holds(n, prefix)]
            assert missing == []
        assert len(state.read_keys()) == 2 * 3 * (count // 4)
    assert _integrity(path) == "ok"


def test_an_open_instance_sees_another_process_write(tmp_path):
    path = tmp_path / "state.sqlite3"
    with UserState(path) as state:
        writer = _writer(path, 0, 40, "w-")
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert state.get_pref("w-p38") == 38
        assert state.is_bookmarked(Key("w-h37", "w-s37"))
