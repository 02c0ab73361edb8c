"""Exports from the keys: e and E through the prompt, written by the Exporter in the background."""

from __future__ import annotations

import csv

from tests.ui.conftest import SIZE, settle
from tui_reader.ui.logic.exporting import NO_FORMAT
from tui_reader.ui.screens.main import MainScreen


async def _answer(app, pilot, key: str, answer: str) -> None:
    await pilot.press(key)
    await pilot.pause()
    app.screen.query_one("#prompt-input").value = answer
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_the_list_export_writes_every_listed_article(make_app, synthetic_corpus, tmp_path):
    app = make_app(corpus=synthetic_corpus)
    target = tmp_path / "all.csv"
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _answer(app, pilot, "E", str(target))
        assert isinstance(app.screen, MainScreen)
        assert any(n.title == "Exported" and str(target) in n.message for n in app._notifications)
    with target.open(encoding="utf-8", newline="") as f:
        titles = {row["title"] for row in csv.DictReader(f)}
    assert titles == {"Depot cuts spark anger", "Union leader returns", "Council balances books"}


async def test_an_unknown_ending_or_a_folder_is_told_and_nothing_is_written(make_app, synthetic_corpus, tmp_path):
    app = make_app(corpus=synthetic_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await _answer(app, pilot, "e", str(tmp_path / "notes.txt"))
        assert any(n.message == NO_FORMAT for n in app._notifications)
        folder = tmp_path / "taken.md"
        folder.mkdir()
        await _answer(app, pilot, "e", str(folder))
        assert any(n.title == "Export failed" and str(folder) in n.message for n in app._notifications)
        assert not (tmp_path / "notes.txt").exists() and folder.is_dir()
        assert not [w for w in app.workers if w.group == "export" and w.error is not None]
