"""What the benchmarks share: results, the machine line, the shared corpora, sizes.

These are benchmarks, not tests: no file here is named ``test_*`` so pytest never
collects them (CI must not run them).
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
REUTERS = SHARED / "corpora" / "reuters-21578.jsonl"
PYCACHE = Path(tempfile.gettempdir()) / "newsreader-bench-pycache"


class Skipped(Exception):
    """A benchmark cannot run here (say why)."""


@dataclass
class Row:
    """One line of the results table."""

    bench: str
    """What was measured, in words."""
    ours: str
    """Our figure, with its unit."""
    baseline: str
    """What it is compared against, with its figure ("" when absolute)."""
    ratio: float | None
    """ours / baseline in the direction the goal states (None: an absolute goal)."""
    goal: str
    """The goal, e.g. "<= 1.5x" or "<= 100 ms"."""
    passed: bool | None
    """Whether the goal is met (None: informational)."""


@dataclass
class Options:
    """What ``run.py`` was asked for."""

    quick: bool = False
    corpus_home: Path | None = None
    repeats: int = 5
    seed: int | None = None
    """Bench 10's walk (None: a random one)."""


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timings(measured: Sequence[tuple[float, float, float]]) -> str:
    """Median wall time; beside it the handlers' share (before drawing) and the CPU time."""
    wall, cpu, handled = (median([m[i] for m in measured]) for i in range(3))
    return f"{ms(wall)} (handlers {ms(handled)}, CPU {ms(cpu)})"


def need_shared(*paths: Path) -> None:
    """Skip unless the shared corpora are there."""
    for path in paths:
        if not path.exists():
            raise Skipped(f"{path} is absent")


def bbc_files(count: int | None = None) -> list[Path]:
    """BBC article files, sorted; ``count`` of them spread evenly over every category."""
    need_shared(BBC)
    files = sorted(p for p in BBC.glob("*/*.txt"))
    if count is None or count >= len(files):
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def bench_env(home: Path) -> dict[str, str]:
    """The environment of a benchmarked subprocess: its own NEWSREADER_HOME, this worktree first."""
    env = dict(os.environ)
    env["NEWSREADER_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    # An installed newsreader starts from bytecode; a worktree run with
    # PYTHONDONTWRITEBYTECODE would compile every module on every start. The bytecode
    # goes to a folder of its own, never into the worktree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def copy_bbc(count: int, folder: Path) -> Path:
    """``count`` BBC files copied into ``folder`` as <category>/<file>."""
    for source in bbc_files(count):
        target = folder / source.relative_to(BBC)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return folder


def index(paths: Sequence[Path], home: Path, workers: int = 1) -> None:
    """``newsreader index`` into ``home``: a warm library, as after a first run."""
    done = subprocess.run(
        [sys.executable, "-m", "tui_reader", "index", *map(str, paths), "--workers", str(workers), "--quiet"],
        env=bench_env(home), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    if done.returncode:
        raise RuntimeError(f"newsreader index failed ({done.returncode}): {done.stderr[-2000:]}")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "absent"


def machine_line() -> str:
    """CPU, cores, Python and the versions that matter, on one line."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    return (
        f"{_cpu_model()}, {usable} cores usable ({os.cpu_count()} online), "
        f"Python {sys.version.split()[0]}, spaCy {_version('spacy')}, Textual {_version('textual')}"
    )
