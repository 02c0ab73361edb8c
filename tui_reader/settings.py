"""The settings file: ``settings.toml`` in the config folder, or the file given with ``--config``.

The config folder is the platform's usual one (``~/.config/newsreader`` on Linux), or
``$NEWSREADER_HOME/config`` when ``NEWSREADER_HOME`` is set. Every key is optional. A
file that cannot be read or parsed, a value of the wrong type and an unknown key are
reported as warnings, and the default is used in their place: a bad settings file
never stops the reader from starting.

========  ==================  ===========================================================
key       type                meaning
========  ==================  ===========================================================
theme     string              The colour theme, by name (default: the app's own).
corpus    string or list      Files and folders opened when ``newsreader`` is run without
                              a PATH. ``~`` is the home folder; relative paths are
                              relative to the settings file's folder.
sort      string              Order of the article list: ``corpus`` (as read, the
                              default), ``date``, ``title``, ``speakers`` or ``claims``.
feeds     string or list      Addresses (http, https) of feeds and pages followed: opened
                              with ``corpus`` when ``newsreader`` is run without a PATH.
                              ``refresh_on_start`` (true or false, default true): refresh
                              them in the background at start.
[layers]  table of booleans   Highlight layers shown at start: ``quotes``, ``speakers``,
                              ``numbers``, ``entities`` (each true by default).
[keys]    table of strings    Key bindings, ``action = "keys"``: Textual key names
                              (``ctrl+n``, ``f2``, ``question_mark``), several separated
                              by commas. ``next_claim`` and ``next-claim`` name the same
                              action; an action the app does not have is reported.
========  ==================  ===========================================================

An example::

    theme = "nord"
    corpus = ["~/news", "feeds/today.jsonl"]
    feeds = ["https://news.example/world.rss"]
    sort = "date"

    [layers]
    entities = false

    [keys]
    next_claim = "ctrl+n"
    previous_claim = "ctrl+p,shift+n"
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui_reader.corpus.sanitize import strip_controls

FILE_NAME = "settings.toml"
LAYERS = ("quotes", "speakers", "numbers", "entities")
"""The highlight layers the reader can turn off and on (the app's toggles use these too)."""
SORTS = ("corpus", "date", "title", "speakers", "claims")
"""The orders of the article list: as loaded, newest first, A–Z, most speakers, most claims."""
KNOWN = ("theme", "corpus", "feeds", "refresh_on_start", "sort", "layers", "keys")

Warn = Callable[[str], None]

EXAMPLE = '''\
# newsreader settings. Every line is optional; delete what you do not need.
# A mistake here is reported when newsreader starts, and the default used instead.

# The colour theme, by name.
# theme = "nord"

# Files and folders opened when newsreader is run without a PATH.
# "~" is your home folder; relative paths are relative to this file's folder.
# corpus = ["~/news", "feeds/today.jsonl"]

# Feeds (RSS, Atom) and pages followed, by address; opened with the corpus.
# feeds = ["https://news.example/world.rss"]
# Refresh them in the background at start (the refresh key does it at any time).
# refresh_on_start = true

# Order of the article list: "corpus" (as read), "date", "title", "speakers", "claims".
sort = "corpus"

# Highlight layers shown at start.
[layers]
quotes = true
speakers = true
numbers = true
entities = true

# Key bindings: action = "keys" (Textual key names, several separated by commas).
[keys]
# next_claim = "ctrl+n"
# previous_claim = "ctrl+p,shift+n"
'''


@dataclass
class Settings:
    """What the settings file chose, with the defaults for everything it did not."""

    theme: str | None = None
    corpus: list[Path] = field(default_factory=list)
    layers: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(LAYERS, True))
    keys: dict[str, str] = field(default_factory=dict)
    """Action name (with underscores) to comma-separated Textual key names."""
    sort: str = "corpus"
    feeds: list[str] = field(default_factory=list)
    """Addresses of the feeds and pages followed."""
    refresh_on_start: bool = True
    """Whether the feeds are refreshed in the background at start."""
    path: Path | None = field(default=None, compare=False)
    """The file these settings were read from, when one was."""


def default_settings_path() -> Path:
    """``settings.toml`` in the config folder (``NEWSREADER_HOME`` moves it)."""
    from tui_reader.storage.locations import config_dir

    return config_dir() / FILE_NAME


def action_name(name: str) -> str:
    """The one spelling of an action name: ``next-claim`` and ``next_claim`` are the same."""
    return name.strip().replace("-", "_")


def load_settings(
    path: Path | str | None = None, actions: Collection[str] | None = None
) -> tuple[Settings, list[str]]:
    """The settings and the warnings about them; never raises for a bad file.

    ``path`` is the file given with ``--config`` (a missing one is reported); without it
    the default file is read when it exists. ``actions`` are the action names (or ids)
    the app has, to report key bindings for actions it does not; without them every
    action name is accepted.
    """
    explicit = path is not None
    found = Path(path).expanduser() if path is not None else default_settings_path()
    settings, warnings = Settings(), list[str]()
    data = _read(found, explicit, warnings)
    if data is not None:
        settings.path = found
        _apply(settings, data, found, actions, warnings)
    return settings, [strip_controls(w) for w in warnings]


def _read(path: Path, explicit: bool, warnings: list[str]) -> dict[str, Any] | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if explicit:
            warnings.append(f"{path}: no such settings file; using the defaults.")
        return None
    except OSError as exc:
        warnings.append(f"{path}: cannot read the settings ({exc.strerror or exc}); using the defaults.")
        return None
    import tomllib  # deferred: most launches have no settings file to parse

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        warnings.append(f"{path}: not UTF-8 text (byte {exc.start}); using the defaults.")
    except tomllib.TOMLDecodeError as exc:
        warnings.append(f"{path}: not valid TOML: {exc}; using the defaults.")
    return None


def _apply(
    settings: Settings, data: dict[str, Any], path: Path, actions: Collection[str] | None, warnings: list[str]
) -> None:
    def warn(message: str) -> None:
        warnings.append(f"{path}: {message}")

    for key in data:
        if key not in KNOWN:
            warn(f"unknown setting {key!r} ignored (known: {', '.join(KNOWN)}).")
    if "theme" in data:
        theme = data["theme"]
        if isinstance(theme, str) and theme.strip():
            settings.theme = theme.strip()
        else:
            warn(f"'theme' must be a theme name in quotes, not {theme!r}.")
    if "corpus" in data:
        settings.corpus = _corpus(data["corpus"], path.parent, warn)
    if "feeds" in data:
        settings.feeds = _feeds(data["feeds"], warn)
    if "refresh_on_start" in data:
        if isinstance(data["refresh_on_start"], bool):
            settings.refresh_on_start = data["refresh_on_start"]
        else:
            warn(f"'refresh_on_start' must be true or false, not {data['refresh_on_start']!r}.")
    if "sort" in data:
        sort = data["sort"]
        if sort in SORTS:
            settings.sort = sort
        else:
            warn(f"'sort' must be one of {', '.join(SORTS)}, not {sort!r}.")
    if "layers" in data:
        _layers(settings.layers, data["layers"], warn)
    if "keys" in data:
        settings.keys = _keys(data["keys"], actions, warn)


def _corpus(value: Any, base: Path, warn: Warn) -> list[Path]:
    entries = [value] if isinstance(value, str) else value
    if not isinstance(entries, list):
        warn(f"'corpus' must be a path or a list of paths, not {value!r}.")
        return []
    paths = []
    for entry in entries:
        if not isinstance(entry, str) or not entry.strip():
            warn(f"'corpus' entry {entry!r} is not a path; skipped.")
            continue
        found = Path(entry.strip()).expanduser()
        paths.append(found if found.is_absolute() else base / found)
    return paths


def _feeds(value: Any, warn: Warn) -> list[str]:
    from tui_reader.corpus.web.urls import is_url  # the standard library only

    entries = [value] if isinstance(value, str) else value
    if not isinstance(entries, list):
        warn(f"'feeds' must be an address or a list of addresses, not {value!r}.")
        return []
    feeds = []
    for entry in entries:
        if is_url(entry):
            feeds.append(entry.strip())
        else:
            warn(f"'feeds' entry {entry!r} is not an http or https address; skipped.")
    return list(dict.fromkeys(feeds))


def _layers(layers: dict[str, bool], value: Any, warn: Warn) -> None:
    if not isinstance(value, dict):
        warn(f"[layers] must be a table of true/false values, not {value!r}.")
        return
    for name, shown in value.items():
        if name not in layers:
            warn(f"unknown layer {name!r} ignored (known: {', '.join(LAYERS)}).")
        elif not isinstance(shown, bool):
            warn(f"layer {name!r} must be true or false, not {shown!r}.")
        else:
            layers[name] = shown


def _keys(value: Any, actions: Collection[str] | None, warn: Warn) -> dict[str, str]:
    if not isinstance(value, dict):
        warn(f"[keys] must be a table of action = \"keys\", not {value!r}.")
        return {}
    known = None if actions is None else {action_name(a) for a in actions}
    chosen: dict[str, str] = {}
    owners: dict[str, str] = {}
    for name, keys in value.items():
        action = action_name(name)
        if known is not None and action not in known:
            warn(f"[keys] {name!r} is not an action newsreader has; ignored.")
            continue
        parts = [part.strip() for part in keys.split(",")] if isinstance(keys, str) else []
        if not parts or not all(part and not any(c.isspace() for c in part) for part in parts):
            warn(f"[keys] {name!r} must be key names in quotes, such as \"ctrl+n\" or \"n,ctrl+n\", not {keys!r}.")
            continue
        for part in parts:
            if part in owners:
                warn(f"[keys] {part!r} is given to both {owners[part]!r} and {action!r}.")
            owners[part] = action
        chosen[action] = ",".join(parts)
    return chosen


def write_default_settings(path: Path | str | None = None) -> Path:
    """Write the commented example settings file; FileExistsError if there is one already."""
    path = Path(path).expanduser() if path is not None else default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as f:
        f.write(EXAMPLE)
    return path
