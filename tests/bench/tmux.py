"""Timing what an app shows in a real terminal: tmux, read back with ``capture-pane``.

The app runs in a tmux session of its own (a private server, our own config); a
control-mode client asks for the pane's contents every few milliseconds, without a
process per look, and notes when each marker is first on screen. What is timed is what a
reader sees in the terminal, not what the app has written.
"""

from __future__ import annotations

import os
import select
import shlex
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.bench.terminal import SIZE, PtyRun, _cpu_seconds

# How often the screen is read: fine enough for first paints of a few hundred ms.
POLL_SECONDS = 0.004
CONFIG = "set -g status off\nset -g default-terminal tmux-256color\n"


class _Control:
    """A tmux control-mode client: commands in, their output back."""

    def __init__(self, tmux: list[str], session: str) -> None:
        self.process = subprocess.Popen(
            [*tmux, "-C", "attach", "-t", session],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0,
        )
        self._buffer = b""
        self._response(5.0)  # attaching answers like a command
        self.command("refresh-client -f no-output")

    def _line(self, timeout: float) -> bytes | None:
        assert self.process.stdout is not None
        end = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = end - time.monotonic()
            if left <= 0 or not select.select([self.process.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.process.stdout.fileno(), 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def command(self, command: str, timeout: float = 5.0) -> str:
        """Run a tmux command; its output (between %begin and %end)."""
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        return self._response(timeout, command)

    def _response(self, timeout: float, command: str = "attach") -> str:
        out: list[bytes] = []
        inside = False
        while (line := self._line(timeout)) is not None:
            if line.startswith(b"%begin"):
                inside, out = True, []
            elif line.startswith((b"%end", b"%error")) and inside:
                return b"\n".join(out).decode("utf-8", "replace")
            elif inside:
                out.append(line)
        raise TimeoutError(f"tmux did not answer {command!r}")

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.process.kill()


def time_in_tmux(
    argv: Sequence[str],
    markers: Sequence[str],
    *,
    env: dict[str, str],
    cwd: Path | None = None,
    timeout: float = 60.0,
    size: tuple[int, int] = SIZE,
) -> PtyRun:
    """Run ``argv`` in a fresh tmux of ``size`` (columns, rows); when each marker was first on screen.

    Raises TimeoutError when a marker does not show within ``timeout`` seconds.
    """
    with tempfile.TemporaryDirectory(prefix="bench-tmux-") as tmp:
        config = Path(tmp) / "tmux.conf"
        config.write_text(CONFIG, encoding="utf-8")
        tmux = ["tmux", "-S", str(Path(tmp) / "socket"), "-f", str(config)]
        columns, rows = size
        command = f"cd {shlex.quote(str(cwd or Path.cwd()))} && exec {shlex.join(argv)}"
        run = PtyRun()
        started = time.perf_counter()
        subprocess.run(
            [*tmux, "new-session", "-d", "-s", "bench", "-x", str(columns), "-y", str(rows), command],
            env=env, check=True,
        )
        control = _Control(tmux, "bench")
        try:
            pid = int(control.command("display-message -p -t bench '#{pane_pid}'").strip() or 0)
            wanted = list(markers)
            while wanted:
                now = time.perf_counter() - started
                if now > timeout:
                    raise TimeoutError(f"{argv[-1]!r}: {wanted[0]!r} not on screen in {timeout:.0f} s")
                screen = control.command("capture-pane -p -t bench")
                seen = time.perf_counter() - started
                while wanted and wanted[0] in screen:
                    marker = wanted.pop(0)
                    run.seen[marker] = seen
                    run.cpu[marker] = _cpu_seconds(pid) if pid else float("nan")
                time.sleep(POLL_SECONDS)
        finally:
            try:
                control.command("send-keys -t bench q", timeout=1)
                time.sleep(0.2)
            except (TimeoutError, OSError):
                pass
            control.close()
            subprocess.run([*tmux, "kill-server"], stderr=subprocess.DEVNULL, check=False)
        return run
