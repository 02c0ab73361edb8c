"""Bench 6: refreshing 50 feeds of 20 items, each item linking to its page, from a local server.

Cold: a fresh library; every feed and page fetched, every page extracted, every item
stored. Warm: the same refresh again, nothing changed: every feed answers 304 and no
page is fetched; the bytes that cross the wire should be headers only. The baseline
of the cold refresh is the same feeds and pages read from files on disk with
``load_paths`` (parsing and extraction without any HTTP or storing), timed in the same run.

Run alone: ``python tests/bench/feeds.py [--quick]``.
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: import this worktree's packages
    sys.path.insert(0, str(REPO))

from tests.bench.common import Options, Row, median  # noqa: E402
from tests.feeds.server import FixtureServer  # noqa: E402
from tests.feeds.stories import STORIES, Story, page_html, rss  # noqa: E402

FEEDS, ITEMS = 50, 20


def story(feed: int, item: int) -> Story:
    """An invented story of its own for each item: a base story with a paragraph no other item has."""
    base = STORIES[(feed + item) % len(STORIES)]
    extra = (
        f"By the latest count, {feed * 37 + item * 11 + 120} residents of ward {feed + 1} signed the "
        f"petition on item {item + 1}, and the clerk expects {item * 3 + 4} more sessions before the vote."
    )
    return Story(f"{feed}-{item}-{base.slug}", f"{base.title} ({feed + 1}.{item + 1})", base.date, base.iso,
                 (*base.paragraphs, extra))


def serve(server: FixtureServer, feeds: int) -> list[str]:
    """``feeds`` feeds of ITEMS summary-only items on the server, every item's page too; the feeds' addresses."""
    urls = []
    for feed in range(feeds):
        items = []
        for item in range(ITEMS):
            s = story(feed, item)
            items.append((s, server.add(f"/news/{s.slug}", page_html(s))))
        urls.append(server.add(f"/feeds/{feed}.rss", rss(f"Ward {feed + 1} news", items),
                               content_type="application/rss+xml", etag=f'"f{feed}-v1"'))
    return urls


def write_files(routes: dict[str, bytes], folder: Path) -> None:
    """The same feeds and pages as files, for the baseline."""
    for path, body in routes.items():
        suffix = ".rss" if path.endswith(".rss") else ".html"
        (folder / (path.strip("/").replace("/", "_") + suffix)).write_bytes(body)


def _server_process(feeds: int, control: Connection) -> None:
    # The server runs in a process of its own, as a real one would: in the client's
    # process its threads would compete with the refresh for the interpreter.
    server = FixtureServer().start()
    urls = serve(server, feeds)
    control.send((urls, {path: route.body for path, route in server.routes.items()}))
    while (command := control.recv()) != "stop":
        if command == "reset":
            server.reset_counts()
            control.send(None)
        else:
            control.send((server.bytes_sent, len(server.requests)))
    server.stop()


class ServerProcess:
    """The bench's server in a child process: its routes, and the bytes and requests it counted."""

    def __init__(self, feeds: int):
        self._control, child = multiprocessing.Pipe()
        self._process = multiprocessing.get_context("spawn").Process(target=_server_process, args=(feeds, child))
        self._process.start()
        self.urls, self.routes = self._control.recv()

    def counts(self) -> tuple[int, int]:
        """Bytes sent and requests served since the last reset."""
        self._control.send("counts")
        return self._control.recv()

    def reset(self) -> None:
        self._control.send("reset")
        self._control.recv()

    def stop(self) -> None:
        self._control.send("stop")
        self._process.join(10)


def _refresh_twice(urls: list[str], server: ServerProcess, folder: Path) -> dict[str, float]:
    """A cold refresh into a fresh library, then a warm one: seconds, items, bytes."""
    from tui_reader.storage.library import Library
    from tui_reader.storage.refresh import refresh_feeds

    library = Library(folder / "library.sqlite3")
    try:
        server.reset()
        started = time.perf_counter()
        cold = refresh_feeds(library, urls, time_limit=3600)
        cold_seconds = time.perf_counter() - started
        stored = sum(f.stored for f in cold.feeds)
        if cold.failures or stored != len(urls) * ITEMS:
            raise RuntimeError(f"cold refresh incomplete: {stored} items; {[f.line() for f in cold.failures][:3]}")
        cold_bytes, _ = server.counts()
        server.reset()
        started = time.perf_counter()
        warm = refresh_feeds(library, urls, time_limit=3600)
        warm_seconds = time.perf_counter() - started
        warm_bytes, warm_requests = server.counts()
    finally:
        library.close()
    return {
        "items": stored, "cold": cold_seconds, "cold_bytes": cold_bytes, "warm": warm_seconds,
        "warm_bytes": warm_bytes, "warm_requests": warm_requests,
        "warm_all_304": all(f.status == "unchanged" for f in warm.feeds),
    }


def measure(feeds: int, repeats: int) -> dict[str, float]:
    """Medians over ``repeats`` alternating runs of the baseline and the two refreshes."""
    from tui_reader.corpus.reader import load_paths
    from tui_reader.corpus.web import client  # noqa: F401 - imported before timing, as the parsers are

    server = ServerProcess(feeds)
    runs: list[dict[str, float]] = []
    baselines: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="newsreader-bench-feeds-") as tmp:
            files = Path(tmp) / "files"
            files.mkdir()
            write_files(server.routes, files)
            # Warm-up, untimed: the parsers' imports and first calls are paid by neither side.
            load_paths(sorted(files.iterdir())[:2])
            for run in range(repeats):
                started = time.perf_counter()
                load_paths([files])
                baselines.append(time.perf_counter() - started)
                folder = Path(tmp) / f"run{run}"
                folder.mkdir()
                runs.append(_refresh_twice(server.urls, server, folder))
    finally:
        server.stop()
    result = {key: median([r[key] for r in runs]) for key in ("cold", "warm", "cold_bytes", "warm_bytes")}
    result.update(items=runs[0]["items"], warm_requests=max(r["warm_requests"] for r in runs),
                  warm_all_304=all(r["warm_all_304"] for r in runs), baseline=median(baselines))
    return result


def run(options: Options) -> list[Row]:
    feeds = 10 if options.quick else FEEDS
    m = measure(feeds, max(1, min(options.repeats, 3)))
    items = m["items"]
    print(f"  cold: {m['cold']:.2f} s, {m['cold_bytes']:,} bytes sent; warm: {m['warm']:.3f} s, "
          f"{m['warm_bytes']:,} bytes sent in {m['warm_requests']} requests", file=sys.stderr)
    per_feed = m["warm_bytes"] / feeds
    return [
        Row(
            f"6. Refresh cold, {feeds} feeds × {ITEMS} items, each page fetched, extracted, stored",
            f"{m['cold']:.1f} s ({items / m['cold']:.0f} items/s)",
            f"the same feeds and pages read from disk: {m['baseline']:.1f} s",
            m["cold"] / m["baseline"], "info", None,
        ),
        Row(
            f"6b. Refresh warm, nothing changed (all {feeds} feeds answer 304)",
            f"{m['warm']:.2f} s ({items / m['warm']:.0f} items/s)", "", None, "info", None,
        ),
        Row(
            "6c. Bytes over the wire, warm",
            f"{m['warm_bytes']:,} B ({per_feed:.0f} B a feed, {m['warm_requests']} requests)",
            f"cold: {m['cold_bytes']:,} B", None, "headers only",
            bool(m["warm_all_304"]) and m["warm_requests"] == feeds and per_feed < 400,
        ),
    ]


if __name__ == "__main__":
    from tests.bench.run import table

    quick = "--quick" in sys.argv
    print(table(run(Options(quick=quick, repeats=3))))
