"""Snapshot tests (pytest-textual-snapshot) over the hand-made corpus, so rule changes
in the analysis never move them. Update with ``pytest --snapshot-update`` after checking
the new SVG by eye."""

from __future__ import annotations

import pytest

from tests.ui.conftest import SIZE, settle
from tui_reader.ui.widgets.sidebar import Sidebar


@pytest.mark.parametrize(
    ("entry", "key"),
    [("claim:1", "enter"), ("speaker:0", "f")],
    ids=["claim-jump", "speaker-filter"],
)
def test_snapshot(make_app, synthetic_corpus, snap_compare, entry, key):
    app = make_app(corpus=synthetic_corpus)

    async def act(pilot):
        await settle(app, pilot)
        sidebar = app.screen.query_one(Sidebar)
        sidebar.focus()
        sidebar.highlighted = sidebar.get_option_index(entry)
        await pilot.press(key)
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=act)
