"""``newsreader index --cluster``: the same library as one process writes, whatever the cluster goes through.

Each test that indexes starts a Dask cluster of its own (a LocalCluster of 2 worker
processes, or a scheduler and a worker as the ``dask`` commands start them), so a fault
in one never reaches another. Chunks hold two texts here, so a small corpus makes
several tasks and a fault can land between them.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui_reader.cli import main
from tui_reader.commands import cluster, index
from tui_reader.storage.library import Library

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent

SPEAKERS = ["Ines Calder", "Tomas Weir", "Odile Brandt", "Pavel Sorokin", "Hana Mori", "Rupert Quayle"]
TOPICS = ["ferry fares", "library hours", "tram fleet", "harbour dredging", "school meals", "bridge tolls"]


def _story(i: int) -> str:
    speaker, topic = SPEAKERS[i % len(SPEAKERS)], TOPICS[(i * 5) % len(TOPICS)]
    return (
        f"Council vote on {topic}, item {i}\n\n"
        f'"We cannot wait another year," said {speaker}, who chairs the transport committee.\n\n'
        f"The plan would cost £{3 + i}.{i % 10} million and cut {10 + 7 * i} jobs over {2 + i % 4} years, "
        f"officials said on Tuesday.\n\n"
        f'{speaker.split()[-1]} added that the {topic} had "gone unexamined for far too long".\n'
    )


STORIES = {f"story{i:02}.txt": _story(i) for i in range(12)}


def library_rows(home: Path) -> tuple[list[tuple], list[tuple]]:
    """Every analysis row and every name row of the library under ``home``, sorted."""
    with sqlite3.connect(home / "data" / "library.sqlite3") as db:
        analyses = db.execute("SELECT text_hash, version, result, summary FROM analysis ORDER BY 1, 2").fetchall()
        names = db.execute("SELECT version, name, text_hash FROM names ORDER BY 1, 2, 3").fetchall()
    return analyses, names


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cluster") / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_process(corpus) -> tuple[list[tuple], list[tuple]]:
    """The library ``newsreader index --workers 1`` writes: what every cluster run must match."""
    home = corpus.parent / "home-one-process"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSREADER_HOME", str(home))
        patch.setattr(index, "CHUNK", 2)
        assert main(["index", str(corpus), "--workers", "1", "--quiet"]) == 0
    rows = library_rows(home)
    assert len(rows[0]) == len(STORIES) and rows[1], "the reference library holds every text and names"
    return rows


@pytest.fixture
def home(private_home, monkeypatch) -> Path:
    monkeypatch.setattr(index, "CHUNK", 2)
    return private_home


def record_writes(monkeypatch, after_first=lambda: None) -> list[list[str]]:
    """The text hashes of each transaction the client commits, in order; ``after_first()``
    runs once, right after the first commit."""
    committed: list[list[str]] = []
    put_many = Library.put_many

    def recording(library, rows, version):
        put_many(library, rows, version)
        committed.append([row[0] for row in rows])
        if len(committed) == 1:
            after_first()

    monkeypatch.setattr(Library, "put_many", recording)
    return committed


def test_the_cluster_writes_the_library_one_process_writes(corpus, one_process, home, monkeypatch, capsys):
    writes = record_writes(monkeypatch)
    assert main(["index", str(corpus), "--cluster", "local:2"]) == 0
    err = capsys.readouterr().err
    assert "on a local cluster of 2 processes (2 workers)" in err
    assert "12 analyzed" in err
    assert library_rows(home) == one_process
    # A transaction per chunk, as --workers writes them.
    assert sorted(len(chunk) for chunk in writes) == [2] * 6
    # Indexing again finds everything done.
    assert main(["index", str(corpus), "--cluster", "local:2", "--quiet"]) == 0
    assert "Nothing to analyze" in capsys.readouterr().err


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, one_process, home, monkeypatch, capsys):
    killed: list[tuple[str, list]] = []

    def kill_a_busy_worker():
        from distributed import get_client

        client = get_client()  # the one `index` made, the default in this process
        busy = {worker: keys for worker, keys in client.processing().items() if keys}
        victim = sorted(busy)[0]
        pid = client.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        killed.append((victim, list(busy[victim])))

    committed = record_writes(monkeypatch, kill_a_busy_worker)
    assert main(["index", str(corpus), "--cluster", "local:2", "--quiet"]) == 0, capsys.readouterr().err
    assert killed and killed[0][1], "a worker holding a chunk was killed"
    written = [h for chunk in committed for h in chunk]
    assert len(written) == len(set(written)) == len(STORIES), "each text written exactly once"
    assert library_rows(home) == one_process


def test_ctrl_c_keeps_what_was_written_and_the_next_run_carries_on(corpus, one_process, home, monkeypatch, capsys):
    rows = cluster.ClusterRun.rows

    def interrupted_after_one_chunk(run, chunks):
        # Ctrl-C while the client waits for the cluster, where it spends its time.
        results = rows(run, chunks)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(cluster.ClusterRun, "rows", interrupted_after_one_chunk)
    committed = record_writes(monkeypatch)
    assert main(["index", str(corpus), "--cluster", "local:2", "--quiet"]) == 130
    assert "Stopped: 2 of 12 analyzed and kept; run again to go on" in capsys.readouterr().err
    assert [len(chunk) for chunk in committed] == [2]
    assert len(library_rows(home)[0]) == 2
    monkeypatch.setattr(cluster.ClusterRun, "rows", rows)
    assert main(["index", str(corpus), "--cluster", "local:2", "--quiet"]) == 0
    assert "2 already analyzed; analyzing 10" in capsys.readouterr().err
    assert library_rows(home) == one_process


def test_workers_with_another_analyzer_are_refused_and_nothing_is_stored(corpus, home, monkeypatch, capsys):
    # The workers start in fresh processes and compute the real version; only this one differs.
    monkeypatch.setattr("tui_reader.analysis.cache.analyzer_version", lambda: "0.0+elsewhere")
    assert main(["index", str(corpus), "--cluster", "local:2", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "2 of 2 workers run another analyzer" in err
    assert "this newsreader has 0.0+elsewhere" in err
    assert "Nothing was analyzed" in err
    assert not (home / "data" / "library.sqlite3").exists() or library_rows(home)[0] == []


def test_a_worker_that_joins_with_another_analyzer_does_no_task():
    from tui_reader.commands.cluster_worker import VersionMismatch, analyze_checked, worker_version

    with pytest.raises(VersionMismatch, match=worker_version().replace("+", r"\+")):
        analyze_checked([("hash", "Text that is never analyzed.")], "0.0+elsewhere")


def start_dask(folder: Path, workers: int) -> tuple[str, list[subprocess.Popen]]:
    """A scheduler and ``workers`` worker processes, started by the ``dask`` commands as a user would."""
    scheduler_file = folder / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen(
        [sys.executable, "-m", "dask", "scheduler", "--port", "0", "--host", "127.0.0.1", "--no-dashboard",
         "--scheduler-file", str(scheduler_file)], **quiet,
    )]
    if workers:
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "dask", "worker", "--scheduler-file", str(scheduler_file),
             "--nworkers", str(workers), "--nthreads", "1", "--no-dashboard"], **quiet,
        ))
    deadline = time.monotonic() + 60
    while not scheduler_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    return json.loads(scheduler_file.read_text())["address"], processes


@pytest.fixture
def dask_commands(tmp_path) -> Iterator:
    """Start a scheduler and workers with ``start(workers)``; they are stopped after the test."""
    started: list[subprocess.Popen] = []

    def start(workers: int) -> tuple[str, subprocess.Popen]:
        address, processes = start_dask(tmp_path, workers)
        started.extend(processes)
        return address, processes[0]

    yield start
    for process in reversed(started):
        process.terminate()
    for process in started:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_losing_the_scheduler_stops_the_run_and_keeps_what_was_written(corpus, home, dask_commands, monkeypatch, capsys):
    address, scheduler = dask_commands(workers=1)
    committed = record_writes(monkeypatch, scheduler.kill)
    assert main(["index", str(corpus), "--cluster", address, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"lost the connection to the scheduler at {address}" in err
    kept = sorted(h for chunk in committed for h in chunk)
    assert f"{len(kept)} of 12 analyzed and kept; run again to go on" in err
    assert 2 <= len(kept) < 12
    assert [row[0] for row in library_rows(home)[0]] == kept


def test_a_scheduler_without_workers_is_reported(corpus, home, dask_commands, monkeypatch, capsys):
    address, _ = dask_commands(workers=0)
    monkeypatch.setattr(cluster, "WAIT_FOR_WORKERS", 1.0)
    assert main(["index", str(corpus), "--cluster", address, "--quiet"]) == 1
    assert f"has no workers after 1 s; start some with 'dask worker {address}'" in capsys.readouterr().err
    assert library_rows(home)[0] == []


def test_an_unreachable_scheduler_is_reported(corpus, home, monkeypatch, capsys):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    assert main(["index", str(corpus), "--cluster", f"127.0.0.1:{port}", "--quiet"]) == 1
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in capsys.readouterr().err


def test_without_the_extra_cluster_says_what_to_install(corpus, home, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    assert main(["index", str(corpus), "--cluster", "local:2"]) == 2
    assert "pip install 'newsreader[cluster]'" in capsys.readouterr().err
    assert not home.exists(), "nothing was read or stored"


@pytest.mark.parametrize("spec", ["local:0", "local:two", "not an address"])
def test_a_malformed_cluster_is_a_usage_error(spec, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["index", "news", "--cluster", spec])
    assert exit.value.code == 2
    assert "--cluster" in capsys.readouterr().err


def test_addresses_and_local_clusters_are_understood():
    assert cluster.parse_spec("local:3") == cluster.ClusterSpec(None, 3)
    assert cluster.parse_spec("tcp://10.0.0.5:8786").address == "tcp://10.0.0.5:8786"
    assert cluster.parse_spec("scheduler.example:8786").address == "tcp://scheduler.example:8786"


def test_no_other_path_imports_dask(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(STORIES["story00.txt"], encoding="utf-8")
    probe = textwrap.dedent(
        """
        import sys
        from tui_reader.cli import main
        assert main(["index", sys.argv[1], "--workers", "1", "--quiet"]) == 0
        assert main(["index", sys.argv[1], "--workers", "2", "--quiet"]) == 0
        import tui_reader.ui.app
        print(sorted(m for m in ("dask", "distributed") if m in sys.modules))
        """
    )
    env = {**os.environ, "NEWSREADER_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "news")], capture_output=True, text=True, timeout=180, env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
