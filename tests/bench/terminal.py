"""Running a terminal app in a pseudo-terminal and timing what it draws.

Paint is detected from the output alone (the app is not changed for benchmarks): the
time from spawn until a string that is only ever drawn on screen appears in the
output, escape sequences stripped.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SIZE = (120, 36)
# CSI and OSC sequences, and the two-byte escapes; what is left is the text drawn.
ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
# Output already searched is searched again from this far back, so a marker cut in two
# by a read (or by an escape sequence) is still found.
OVERLAP = 4096


@dataclass
class PtyRun:
    """When each marker was first drawn (seconds after spawn) and the app's peak memory."""

    seen: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    """The app's CPU seconds when each marker was seen: steadier than wall time on a busy machine."""
    peak_rss_mb: float | None = None
    """VmHWM of the process once the last marker was drawn and ``settle`` had passed."""


def _controlling_terminal() -> None:
    # In the child: a session of its own with the pty as its terminal, as in a real one.
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    # utime and stime, fields 14 and 15 of stat(5), counted from the state (field 3).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _drain(fd: int, seconds: float) -> bytes:
    """Read whatever the app writes for a while (it must never block on a full pty)."""
    out = bytearray()
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], min(left, 0.05))
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
    return bytes(out)


def _stop(process: subprocess.Popen, fd: int) -> None:
    """Quit with "q" as a reader would; escalate to SIGTERM, then SIGKILL."""
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None and process.poll() is None:
            process.send_signal(sig)
        deadline = time.monotonic() + 5
        while process.poll() is None and time.monotonic() < deadline:
            _drain(fd, 0.1)
        if process.poll() is not None:
            return


def time_markers(
    argv: Sequence[str],
    markers: Sequence[str],
    *,
    env: dict[str, str],
    cwd: Path | None = None,
    settle: float = 0.0,
    timeout: float = 120.0,
    size: tuple[int, int] = SIZE,
) -> PtyRun:
    """Spawn ``argv`` in a pty of ``size`` (columns, rows) and time each marker's first drawing.

    Raises TimeoutError when a marker is not drawn within ``timeout`` seconds.
    """
    master, slave = os.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {**env, "TERM": "xterm-256color", "COLORTERM": "truecolor", "COLUMNS": str(columns), "LINES": str(rows)}
    wanted = [m.encode() for m in markers]
    run = PtyRun()
    buffer = bytearray()
    searched = 0
    started = time.perf_counter()
    process = subprocess.Popen(
        list(argv), stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
        preexec_fn=_controlling_terminal, close_fds=True,
    )
    os.close(slave)
    try:
        while wanted:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{argv[-1]!r}: {wanted[0].decode()!r} not drawn in {timeout:.0f} s")
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                chunk = b""
            now = time.perf_counter() - started
            if not chunk:
                raise RuntimeError(f"{argv!r} exited before drawing {wanted[0].decode()!r}: {bytes(buffer[-2000:])!r}")
            buffer += chunk
            text = ESCAPES.sub(b"", bytes(buffer[max(0, searched - OVERLAP):]))
            searched = len(buffer)
            while wanted and wanted[0] in text:
                marker = wanted.pop(0).decode()
                run.seen[marker] = now
                run.cpu[marker] = _cpu_seconds(process.pid)
        if settle:
            _drain(master, settle)
        run.peak_rss_mb = _peak_rss_mb(process.pid)
    finally:
        _stop(process, master)
        os.close(master)
    return run
