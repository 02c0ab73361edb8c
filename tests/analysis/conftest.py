"""Shared fixtures for the analysis tests: the spaCy pipeline, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The project's English pipeline (about a second to load, so once per session)."""
    from tui_reader.analysis.nlp import get_nlp

    return get_nlp()
