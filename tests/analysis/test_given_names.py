"""The given-name list behind pronoun resolution, and its installation."""

import tomllib
from pathlib import Path

from tui_reader.analysis.speech.given_names import name_gender

ROOT = Path(__file__).resolve().parents[2]


def test_common_names_have_a_gender_and_shared_names_none():
    assert name_gender("Margaret") == "f"
    assert name_gender("DAVID") == "m"
    assert name_gender("Sam") is None  # used by both: left to titles
    assert name_gender("") is None


def test_the_word_list_is_installed_with_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "data/*.txt" in data["tui_reader.analysis.speech"]
    assert (ROOT / "tui_reader" / "analysis" / "speech" / "data" / "given_names.txt").is_file()
