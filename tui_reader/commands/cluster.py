"""``newsreader index --cluster``: the analysis on a Dask cluster, the writing here.

Dask distributed is an optional extra, imported only once a cluster is asked for. The
client sends chunks of (hash, text) with a bounded number in flight and receives stored
rows as tasks complete; Dask reruns the tasks of a worker that dies on another one, and
each task's result reaches the client once, so nothing is lost or written twice.
"""

from __future__ import annotations

import argparse
import logging
import re
import signal
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import Any

from tui_reader.analysis.cache import Row

EXTRA = "newsreader[cluster]"
MISSING_EXTRA = f"newsreader: --cluster needs Dask distributed, which is not installed: pip install '{EXTRA}'"

# Tasks in flight per worker thread: one running and one queued on the scheduler, so a
# worker starts its next chunk without waiting for the client, and memory stays flat.
IN_FLIGHT_PER_THREAD = 2
# How long a scheduler may take to answer and to have a worker, and how often the
# cluster's size is asked for.
CONNECT_SECONDS = 10.0
WAIT_FOR_WORKERS = 60.0
RECOUNT_SECONDS = 1.0


class ClusterError(Exception):
    """The cluster cannot do the work; the message says why, for the user."""


@dataclass(frozen=True)
class ClusterSpec:
    """Where to analyze: a scheduler's address, or a local cluster of N worker processes."""

    address: str | None
    local_workers: int = 0

    def __str__(self) -> str:
        return self.address or f"a local cluster of {self.local_workers} processes"


_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|inproc|ucx)://)?[\w.\-\[\]:]+$")


def parse_spec(text: str) -> ClusterSpec:
    """``local:N`` or a scheduler address such as ``tcp://host:8786`` (argparse type)."""
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise argparse.ArgumentTypeError(f"'{text}': give local:N with N worker processes, N >= 1")
        return ClusterSpec(None, int(count))
    if not _ADDRESS.match(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a scheduler address such as tcp://host:8786, nor local:N")
    return ClusterSpec(text if "://" in text else f"tcp://{text}")


def dask_available() -> bool:
    """Whether the cluster extra is installed (imports it: call only on the cluster path)."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored while a local cluster starts its fork server and scheduler.

    Ctrl-C reaches the terminal's whole process group. The fork server started meanwhile
    inherits the ignored signal (Python keeps it so) and hands it to every worker forked
    from it, now or after a restart: this process alone handles Ctrl-C, and stops them
    cleanly.
    """
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _start_fork_server() -> None:
    """Have the local cluster fork its workers from a server that loads spaCy once.

    Where there is no fork server (Windows), each worker spawns and loads its own.
    """
    import multiprocessing
    from multiprocessing import forkserver

    import dask
    from distributed.utils import get_mp_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    # Set for good, not for a block: the workers a nanny restarts later fork from it too.
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    # Dask names what its fork server imports on its first call; ours replaces that list.
    get_mp_context().set_forkserver_preload(["tui_reader.commands.cluster_fork"])
    # Started now, it returns at once and loads spaCy in the background.
    forkserver.ensure_running()


class ClusterRun:
    """A connection to a cluster whose workers run this analyzer, as a context manager.

    Entering starts the local cluster or connects to the scheduler, waits for a worker,
    has every worker load spaCy once and checks their analyzer version against
    ``version``; it raises ClusterError with a message when any of that fails.
    """

    def __init__(self, spec: ClusterSpec, version: str):
        self.spec = spec
        self.version = version
        self._cluster: Any = None
        self._client: Any = None
        self._counted = (0.0, 0, 0)  # when, workers, threads
        self._quieted: int | None = None

    def __enter__(self) -> ClusterRun:
        try:
            self._connect()
            self._prepare_workers()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def _connect(self) -> None:
        from distributed import Client, LocalCluster  # deferred: the optional extra

        # Dask logs what it retries and how it gives up, tracebacks included; the user gets
        # one message from us instead (a lost scheduler, a refused worker), and a lost
        # worker's chunks are retried. Dask's loggers each set their own level: silence all.
        self._quieted = logging.root.manager.disable
        logging.disable(logging.ERROR)

        if self.spec.address is None:
            with _interrupts_ignored():
                # Quick, and the only part that does not hear Ctrl-C: the fork server, and the
                # scheduler (Dask cannot close a cluster interrupted while it starts).
                _start_fork_server()
                # One thread per process: spaCy holds the GIL, so processes are what scale.
                self._cluster = LocalCluster(
                    n_workers=0, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.CRITICAL,
                )
            self._client = Client(self._cluster)
            self._cluster.scale(self.spec.local_workers)
            return
        try:
            self._client = Client(self.spec.address, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"newsreader: cannot reach the Dask scheduler at {self.spec} ({error})") from None

    def _prepare_workers(self) -> None:
        from tui_reader.commands.cluster_worker import PipelinePreload, worker_version

        try:
            self._client.wait_for_workers(self.spec.local_workers or 1, timeout=WAIT_FOR_WORKERS)
        except TimeoutError:
            if self.spec.address is None:
                raise ClusterError(f"newsreader: {self.spec} did not start in {WAIT_FOR_WORKERS:.0f} s") from None
            raise ClusterError(
                f"newsreader: the scheduler at {self.spec} has no workers after {WAIT_FOR_WORKERS:.0f} s; "
                f"start some with 'dask worker {self.spec.address}'"
            ) from None
        try:
            found: dict[str, str] = self._client.run(worker_version)
        except Exception as error:  # noqa: BLE001 - whatever a worker raised, the fix is the same
            raise ClusterError(
                f"newsreader: the workers cannot run newsreader ({type(error).__name__}: {error}); "
                "install the same newsreader on every worker"
            ) from None
        wrong = {worker: v for worker, v in sorted(found.items()) if v != self.version}
        if wrong:
            worker, theirs = next(iter(wrong.items()))
            raise ClusterError(
                f"newsreader: {len(wrong)} of {len(found)} workers run another analyzer "
                f"({worker} has {theirs}, this newsreader has {self.version}); install the same "
                "newsreader on the workers. Nothing was analyzed."
            )
        self._client.register_plugin(PipelinePreload())

    def close(self) -> None:
        """Cancel what is in flight and let go of the cluster (a local one stops)."""
        for closable in (self._client, self._cluster):
            if closable is not None:
                try:
                    closable.close()
                except Exception:  # noqa: BLE001 - a scheduler already gone has nothing to close
                    pass
        self._client = self._cluster = None
        if self._quieted is not None:
            logging.disable(self._quieted)
            self._quieted = None

    def _count(self) -> tuple[int, int]:
        when, workers, threads = self._counted
        now = time.monotonic()
        if now - when >= RECOUNT_SECONDS:
            nthreads: dict[str, int] = self._client.nthreads()
            workers, threads = len(nthreads), sum(nthreads.values())
            self._counted = (now, workers, threads)
        return workers, threads

    def workers(self) -> int:
        """How many workers the cluster has now (asked at most once a second)."""
        return self._count()[0]

    def rows(self, chunks: Iterable[list[tuple[str, str]]]) -> Iterator[list[Row]]:
        """Stored rows for each chunk of (hash, text), as the tasks complete."""
        from distributed import as_completed

        from tui_reader.commands.cluster_worker import analyze_checked

        pending = iter(chunks)
        running = as_completed()

        def top_up() -> None:
            room = max(1, IN_FLIGHT_PER_THREAD * self._count()[1]) - running.count()
            for chunk in islice(pending, max(0, room)):
                running.add(self._client.submit(analyze_checked, chunk, self.version, pure=False))

        top_up()
        for future in running:
            rows = self._result(future)
            future.release()
            top_up()
            yield rows

    def _result(self, future: Any) -> list[Row]:
        from concurrent.futures import CancelledError

        from distributed import KilledWorker

        from tui_reader.commands.cluster_worker import VersionMismatch

        try:
            # Losing the scheduler cancels every future, finished or not.
            if future.cancelled():
                raise CancelledError
            rows: list[Row] = future.result()
        except CancelledError:
            raise ClusterError(f"newsreader: lost the connection to the scheduler at {self.spec}") from None
        except VersionMismatch as error:
            raise ClusterError(
                f"newsreader: a worker that joined runs another analyzer ({error}, this newsreader has "
                f"{self.version}); install the same newsreader on the workers"
            ) from None
        except KilledWorker:
            raise ClusterError(
                "newsreader: workers kept dying while they analyzed the same chunk of texts, and Dask gave it "
                "up (out of memory?)"
            ) from None
        return rows
