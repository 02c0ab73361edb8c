"""What runs on the Dask workers of ``newsreader index --cluster``.

Workers import this module by name when they unpickle a task, so newsreader must be
installed on them; the same sources give the same analyzer version, which is checked
before any row is trusted.
"""

from __future__ import annotations

import threading

from distributed import WorkerPlugin

from tui_reader.analysis import cache
from tui_reader.commands.index import analyze_chunk

_version: str | None = None


class VersionMismatch(Exception):
    """A worker's analyzer is not the client's: its rows would be stored under the wrong version."""


def worker_version() -> str:
    """This process's analyzer version, computed once (it hashes the analysis sources)."""
    global _version
    if _version is None:
        _version = cache.analyzer_version()
    return _version


def analyze_checked(chunk: list[tuple[str, str]], expected_version: str) -> list[cache.Row]:
    """Stored rows for a chunk of (hash, text), refused when this worker's analyzer differs.

    The client checks every worker before the first task, but a worker may join later
    (a restart, an autoscaler) from another installation.
    """
    found = worker_version()
    if found != expected_version:
        raise VersionMismatch(found)
    return analyze_chunk(chunk)


def _load_pipeline() -> None:
    from tui_reader.analysis.nlp import get_nlp  # deferred: loads spaCy

    get_nlp()


class PipelinePreload(WorkerPlugin):
    """Starts loading spaCy as a worker joins, so the load overlaps the client's reading
    (a local cluster's workers are forked with it loaded already: cluster_fork.py).

    ``get_nlp`` caches the pipeline per process behind a lock: the first task waits for
    this load instead of starting another, and no task ever loads it again.
    """

    name = "newsreader-pipeline"

    def setup(self, worker: object) -> None:
        threading.Thread(target=_load_pipeline, name="newsreader-preload", daemon=True).start()
