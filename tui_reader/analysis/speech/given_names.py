"""The gender a given name suggests, from a word list shipped with the package.

Used to resolve "he" and "she" to the right person when no title (Mr, Mrs) says so.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _genders() -> dict[str, str | None]:
    genders: dict[str, str | None] = {}
    section = None
    text = files("tui_reader.analysis.speech").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            marker = line[1:].strip()
            section = {"male": "m", "female": "f"}.get(marker, section)
            continue
        for name in line.split():
            genders[name] = section
    return genders


def name_gender(given: str) -> str | None:
    """"m", "f" or None (unknown or used by both) for a given name, any case."""
    return _genders().get(given.casefold().strip(".")) if given else None


def is_given_name(word: str) -> bool:
    """Whether a word is a given name the word list knows, of either gender or both."""
    return bool(word) and word.casefold().strip(".") in _genders()
