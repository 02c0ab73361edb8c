"""Timing the app's own work in-process (``App.run_test``), without the pilot's idle waits.

``pilot.pause()`` sleeps at least 20 ms per call to see the CPU go idle, which is as
long as what is measured here; so the timings yield to the event loop only until the
expected state is reached, then render what changed, as the screen's update timer would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import App

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.storage.library import Library
from tui_reader.ui.app import NewsReaderApp

SIZE = (120, 36)

Timing = tuple[float, float, float]
"""Wall seconds in all, CPU seconds, and wall seconds before drawing (the handlers' share)."""


def app_on(paths: list[Path], home: Path) -> NewsReaderApp:
    """The app over ``paths`` with the library of ``home`` (a NEWSREADER_HOME)."""
    return NewsReaderApp(paths, analyzer=CachedAnalyzer(Library(home / "data" / "library.sqlite3")))


async def until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the app run until ``condition`` holds."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not reach the expected state")
        await asyncio.sleep(0)


def paint(app: App) -> None:
    """Render the widgets marked dirty, now (what the screen's update timer does next)."""
    app.screen._on_timer_update()


async def timed(app: App, action: Callable[[], object], done: Callable[[], bool]) -> Timing:
    """Time ``action`` until ``done`` holds and the change is drawn.

    CPU time is the steadier figure on a shared machine: others' jobs stretch the wall
    time, not ours.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    await until(done)
    handled = time.perf_counter() - wall
    paint(app)
    return time.perf_counter() - wall, time.process_time() - cpu, handled


def press(app: App, key: str, character: str | None) -> None:
    """Send a key as the terminal driver would (what the pilot does, minus its idle waits)."""
    event = events.Key(key, character)
    event.set_sender(app)
    app._driver.send_message(event)


async def settle(app: NewsReaderApp, pilot, timeout: float = 600.0) -> None:
    """Wait until the corpus is loaded, analyzed and its people worked out."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        await pilot.pause()
        screen = app.screen
        if getattr(screen, "articles", None) and not screen.progress and (len(screen.people) or not screen.summaries):
            await app.workers.wait_for_complete()
            await pilot.pause()
            return
    raise TimeoutError("the corpus did not finish loading")
