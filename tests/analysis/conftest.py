"""Shared fixtures for the analysis tests: the spaCy pipeline, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The project's English pipeline (about a second to load, so once per session)."""
    from tui_reader.analysis.nlp import get_nlp

    return get_nlp()


@pytest.fixture
def speech(nlp):
    """Quotes and speakers of a text, after checking every quote's offsets."""
    from tui_reader.analysis.speech.find import find_speech

    def run(text: str):
        quotes, speakers = find_speech(nlp(text))
        for q in quotes:
            assert q.text == text[q.start:q.end]
        return quotes, speakers

    return run


@pytest.fixture
def speakers_of(speech):
    """The speakers of the quotes of the given kinds whose text holds a fragment."""

    def run(text: str, fragment: str, kinds: tuple[str, ...] = ("indirect",)) -> list[str | None]:
        quotes, _ = speech(text)
        return [q.speaker for q in quotes if q.kind in kinds and fragment in q.text]

    return run
