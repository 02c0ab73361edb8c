"""The settings file: every key, the defaults, and warnings (never exceptions) for bad files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui_reader.settings import (
    EXAMPLE,
    LAYERS,
    Settings,
    default_settings_path,
    load_settings,
    write_default_settings,
)
from tui_reader.storage.locations import config_dir


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def write(tmp_path: Path, text: str | bytes, name: str = "settings.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_config_dir_follows_newsreader_home(home):
    assert config_dir() == home / "config"
    assert default_settings_path() == home / "config" / "settings.toml"


def test_config_dir_without_newsreader_home_is_the_platform_one(monkeypatch):
    import platformdirs

    monkeypatch.delenv("NEWSREADER_HOME", raising=False)
    assert config_dir() == Path(platformdirs.user_config_dir("newsreader", appauthor=False))


def test_no_file_gives_defaults_silently(home):
    settings, warnings = load_settings()
    assert settings == Settings() and warnings == []
    assert settings.path is None
    assert settings.layers == {"quotes": True, "speakers": True, "numbers": True, "entities": True}
    assert settings.sort == "corpus" and settings.theme is None and settings.corpus == [] and settings.keys == {}


def test_the_default_file_is_read_when_present(home):
    path = home / "config" / "settings.toml"
    path.parent.mkdir(parents=True)
    path.write_text('theme = "nord"\n')
    settings, warnings = load_settings()
    assert settings.theme == "nord" and settings.path == path and warnings == []


def test_a_missing_explicit_file_is_reported(tmp_path):
    settings, warnings = load_settings(tmp_path / "nope.toml")
    assert settings == Settings()
    assert len(warnings) == 1 and "no such settings file" in warnings[0] and "nope.toml" in warnings[0]


def test_every_key_is_read(tmp_path):
    path = write(
        tmp_path,
        """
theme = "gruvbox"
corpus = ["~/news", "feeds/today.jsonl", "/srv/archive"]
sort = "claims"

[layers]
entities = false
numbers = false

[keys]
next_claim = "ctrl+n"
previous-claim = "ctrl+p, shift+n"
""",
    )
    settings, warnings = load_settings(path)
    assert warnings == []
    assert settings.theme == "gruvbox"
    assert settings.corpus == [Path.home() / "news", tmp_path / "feeds" / "today.jsonl", Path("/srv/archive")]
    assert settings.sort == "claims"
    assert settings.layers == {"quotes": True, "speakers": True, "numbers": False, "entities": False}
    assert settings.keys == {"next_claim": "ctrl+n", "previous_claim": "ctrl+p,shift+n"}
    assert settings.path == path


def test_corpus_may_be_a_single_string(tmp_path):
    settings, warnings = load_settings(write(tmp_path, 'corpus = "articles"\n'))
    assert settings.corpus == [tmp_path / "articles"] and warnings == []


def test_bad_corpus_entries_are_skipped_with_a_warning(tmp_path):
    settings, warnings = load_settings(write(tmp_path, 'corpus = ["ok", 3, ""]\n'))
    assert settings.corpus == [tmp_path / "ok"]
    assert len(warnings) == 2 and all("corpus" in w for w in warnings)
    settings, warnings = load_settings(write(tmp_path, "corpus = 12\n"))
    assert settings.corpus == [] and "'corpus' must be a path" in warnings[0]


def test_invalid_toml_is_reported_with_line_and_column(tmp_path):
    path = write(tmp_path, 'theme = "nord"\nsort = date\n')
    settings, warnings = load_settings(path)
    assert settings == Settings()
    assert len(warnings) == 1
    assert "not valid TOML" in warnings[0] and "line 2" in warnings[0] and "column" in warnings[0]


def test_a_file_that_is_not_utf8_is_reported(tmp_path):
    settings, warnings = load_settings(write(tmp_path, b'theme = "caf\xe9"\n'))
    assert settings == Settings() and "not UTF-8" in warnings[0]


def test_an_unreadable_path_is_reported(tmp_path):
    settings, warnings = load_settings(tmp_path)  # a folder, not a file
    assert settings == Settings() and "cannot read the settings" in warnings[0]


def test_wrong_types_fall_back_per_key(tmp_path):
    path = write(
        tmp_path,
        """
theme = 7
sort = "popularity"
colour = "blue"

[layers]
quotes = "yes"
speakers = false
sparkles = true

[keys]
next_claim = 5
quit = ""
help = "f1"
""",
    )
    settings, warnings = load_settings(path)
    assert settings.theme is None and settings.sort == "corpus"
    assert settings.layers == {"quotes": True, "speakers": False, "numbers": True, "entities": True}
    assert settings.keys == {"help": "f1"}
    text = "\n".join(warnings)
    for expected in ("'theme'", "'sort'", "'popularity'", "unknown setting 'colour'", "layer 'quotes'",
                     "unknown layer 'sparkles'", "'next_claim'", "'quit'"):
        assert expected in text, expected
    assert len(warnings) == 7


def test_tables_of_the_wrong_shape_are_reported(tmp_path):
    settings, warnings = load_settings(write(tmp_path, 'layers = "all"\nkeys = ["n"]\n'))
    assert settings.layers == dict.fromkeys(LAYERS, True) and settings.keys == {}
    assert len(warnings) == 2 and "[layers]" in warnings[0] and "[keys]" in warnings[1]


def test_key_names_with_spaces_are_refused(tmp_path):
    settings, warnings = load_settings(write(tmp_path, '[keys]\nquit = "ctrl q"\nhelp = "f1,,f2"\n'))
    assert settings.keys == {} and len(warnings) == 2


def test_unknown_actions_are_reported_when_the_app_lists_its_own(tmp_path):
    path = write(tmp_path, '[keys]\nnext-claim = "ctrl+n"\nlaunch_rockets = "r"\n')
    settings, warnings = load_settings(path, actions=["next-claim", "quit"])
    assert settings.keys == {"next_claim": "ctrl+n"}
    assert len(warnings) == 1 and "'launch_rockets'" in warnings[0]
    settings, warnings = load_settings(path)  # no list: accepted as written
    assert settings.keys == {"next_claim": "ctrl+n", "launch_rockets": "r"} and warnings == []


def test_a_key_given_to_two_actions_is_reported(tmp_path):
    settings, warnings = load_settings(write(tmp_path, '[keys]\nquit = "x"\nhelp = "f1,x"\n'))
    assert settings.keys == {"quit": "x", "help": "f1,x"}
    assert len(warnings) == 1 and "'x'" in warnings[0] and "'quit'" in warnings[0] and "'help'" in warnings[0]


def test_hostile_names_in_the_file_reach_warnings_inert(tmp_path):
    path = write(tmp_path, '"\\u001b[31mred\\u202e" = 1\n[keys]\n"\\u001b]52;c;aGk=\\u0007" = "x"\n')
    settings, warnings = load_settings(path, actions=["quit"])
    assert len(warnings) == 2
    for warning in warnings:
        assert "\x1b" not in warning and "\u202e" not in warning and "\x07" not in warning


def test_the_example_file_is_written_once_and_reads_as_the_defaults(home):
    path = write_default_settings()
    assert path == home / "config" / "settings.toml"
    assert path.read_text(encoding="utf-8") == EXAMPLE
    settings, warnings = load_settings()
    assert settings == Settings() and warnings == [] and settings.path == path
    path.write_text('theme = "mine"\n')
    with pytest.raises(FileExistsError):
        write_default_settings()
    assert path.read_text() == 'theme = "mine"\n'


def test_the_examples_in_the_example_file_are_valid_when_uncommented(tmp_path):
    setting = re.compile(r"# [a-z_]+ = ")
    lines = [line[2:] if setting.match(line) else line for line in EXAMPLE.splitlines()]
    settings, warnings = load_settings(write(tmp_path, "\n".join(lines)), actions=["next-claim", "previous-claim"])
    assert warnings == []
    assert settings.theme == "nord" and len(settings.corpus) == 2
    assert settings.keys == {"next_claim": "ctrl+n", "previous_claim": "ctrl+p,shift+n"}
