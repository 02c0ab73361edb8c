"""Fixtures shared by the tests at the top level: a NEWSREADER_HOME of the test's own, a corpus folder."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
"""The gold sets and corpora beside the checkout; CI starts without them."""


def pytest_collection_modifyitems(config, items):
    """Tests marked ``shared`` skip, saying why, when ``../shared`` is not beside the checkout."""
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"needs the gold sets and corpora in {SHARED}, which is absent")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def private_home(tmp_path, monkeypatch) -> Path:
    """Point NEWSREADER_HOME at ``tmp_path / "home"`` for this test."""
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    return home


@pytest.fixture
def write_corpus(tmp_path, private_home):
    """Write ``{file name: text}`` as UTF-8 files in ``tmp_path / "news"``, under a private home; returns the folder."""

    def write(texts: dict[str, str]) -> Path:
        folder = tmp_path / "news"
        folder.mkdir()
        for name, text in texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        return folder

    return write
