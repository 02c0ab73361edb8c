"""Where newsreader keeps its files.

``NEWSREADER_HOME`` moves everything (tests point it at a temporary folder so they
never touch the user's home); otherwise platformdirs gives the usual per-OS places.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"
HOME_VARIABLE = "NEWSREADER_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override) / kind
    import platformdirs  # deferred: only the first caller pays for it

    finder = {
        "cache": platformdirs.user_cache_dir,
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
    }[kind]
    return Path(finder(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Rebuildable files: analysis results. Losing them costs time, never user data."""
    return _base("cache")


def data_dir() -> Path:
    """What the user saves (read state, bookmarks), kept apart from the cache."""
    return _base("data")


def config_dir() -> Path:
    """The settings the user writes by hand (``settings.toml``)."""
    return _base("config")
