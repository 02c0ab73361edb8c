"""Every action of the reader, defined once.

The key bindings, the help screen and the command palette are all derived from
``ACTIONS``, so a key can never be documented in one place and bound differently in
another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "screen"]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: the keys that run it, what it does, and where it is shown."""

    id: str
    keys: str
    """Comma-separated Textual key names, as in a ``Binding``."""
    action: str
    """The action string run on the scope (``app`` or the main screen)."""
    description: str
    group: str
    scope: Scope = "screen"
    key_display: str | None = None
    show: bool = True
    """Shown in the footer."""
    priority: bool = False
    palette: bool = True
    """Offered in the command palette (not the palette itself, nor moving a cursor)."""
    long: str | None = None
    """The fuller description for the help screen and palette (default: ``description``)."""

    @property
    def explanation(self) -> str:
        """What the help screen and the palette say about the action."""
        return self.long or self.description

    @property
    def display_keys(self) -> str:
        """The keys as a reader sees them: "j / ↓"."""
        return self.key_display or " / ".join(_pretty(k) for k in self.keys.split(","))

    def binding(self) -> Binding:
        """The Textual binding for this action."""
        return Binding(
            self.keys, self.action, self.description, show=self.show, key_display=self.key_display,
            priority=self.priority, id=self.id,
        )


_PRETTY = {
    "down": "↓", "up": "↑", "enter": "Enter", "tab": "Tab", "shift+tab": "Shift+Tab",
    "escape": "Esc", "slash": "/", "number_sign": "#", "question_mark": "?", "ctrl+p": "Ctrl+P", "home": "Home", "end": "End",
}


def _pretty(key: str) -> str:
    return _PRETTY.get(key, key)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("cursor-down", "j,down", "cursor_down", "Down", "Move", show=False, palette=False, key_display="j/↓",
        long="Next article / entry, or scroll the text down",
    ),
    ActionSpec("cursor-up", "k,up", "cursor_up", "Up", "Move", show=False, palette=False, key_display="k/↑",
        long="Previous article / entry, or scroll the text up",
    ),
    ActionSpec("top", "g,home", "top", "Top", "Move", show=False, palette=False, key_display="g",
        long="First article / entry, or top of the text",
    ),
    ActionSpec("bottom", "G,end", "bottom", "Bottom", "Move", show=False, palette=False, key_display="G",
        long="Last article / entry, or end of the text",
    ),
    ActionSpec("focus-next", "tab", "focus_next_pane", "Next pane", "Move", show=False,
        long="Focus the next pane",
    ),
    ActionSpec("focus-previous", "shift+tab", "focus_previous_pane", "Previous pane", "Move", show=False,
        long="Focus the previous pane",
    ),
    ActionSpec("select", "enter", "select", "Open / jump", "Read", show=False, palette=False,
        long="Open the article, or jump to the sidebar entry",
    ),
    ActionSpec("next-quote", "n", "next_quote", "Next", "Read",
        long="Next search match, else the next quote of the chosen speaker",
    ),
    ActionSpec("previous-quote", "N", "previous_quote", "Prev", "Read", show=False,
        long="Previous search match, else the previous quote of the chosen speaker",
    ),
    ActionSpec("next-claim", "c", "next_claim", "Claim", "Read",
        long="Next claim",
    ),
    ActionSpec("previous-claim", "C", "previous_claim", "Prev claim", "Read", show=False,
        long="Previous claim",
    ),
    ActionSpec("filter-speaker", "f", "filter_speaker", "Filter", "Filter",
        long="Filter articles by the speaker under the cursor",
    ),
    ActionSpec("search-speaker", "s", "search_speaker", "Speaker", "Filter",
        long="Type a speaker's name to filter by (with completion)",
    ),
    ActionSpec("search", "slash", "search", "Search", "Filter", key_display="/",
        long="Search the full text of the corpus (every word must occur)",
    ),
    ActionSpec("sort", "o", "sort", "Sort", "Filter", show=False,
        long="Sort the list: as loaded, by date (newest first), title, most speakers, most claims",
    ),
    ActionSpec("clear", "escape", "clear", "Clear", "Filter", key_display="Esc", show=False,
        long="Clear the search, then the speaker filter, then the mark",
    ),
    ActionSpec("toggle-read", "r", "toggle_read", "Read", "Keep", show=False,
        long="Mark the article under the cursor read, or unread",
    ),
    ActionSpec("mark-all-read", "R", "mark_all_read", "All read", "Keep", show=False,
        long="Mark every listed article read (unread when they all are)",
    ),
    ActionSpec("hide-read", "H", "hide_read", "Hide read", "Keep", show=False,
        long="Hide read articles from the list, or show them again",
    ),
    ActionSpec("bookmark", "b", "bookmark", "Bookmark", "Keep",
        long="Bookmark the article under the cursor, or remove the bookmark",
    ),
    ActionSpec("only-bookmarks", "B", "only_bookmarks", "Bookmarks", "Keep", show=False,
        long="List only bookmarked articles, or all again",
    ),
    ActionSpec("export-article", "e", "export_article", "Export", "Keep",
        long="Export the open article's quotes and claims (Markdown, CSV or JSON)",
    ),
    ActionSpec("export-list", "E", "export_list", "Export list", "Keep", show=False,
        long="Export the quotes and claims of every listed article",
    ),
    ActionSpec("copy", "y", "copy", "Copy", "Keep", show=False,
        long="Copy the marked quote or claim, with who said it and where",
    ),
    ActionSpec("open-url", "w", "open_url", "Open web page", "Keep", show=False,
        long="Open the article's web address in the browser",
    ),
    ActionSpec("layer-quotes", "1", "layer_quotes", "Quotes layer", "Show", show=False,
        long="Show or hide the quote highlights",
    ),
    ActionSpec("layer-speakers", "2", "layer_speakers", "Speakers layer", "Show", show=False,
        long="Show or hide the speaker-name highlights",
    ),
    ActionSpec("layer-numbers", "3", "layer_numbers", "Numbers layer", "Show", show=False,
        long="Show or hide the claim highlights",
    ),
    ActionSpec("layer-entities", "4", "layer_entities", "Entities layer", "Show", show=False,
        long="Show or hide the other entities' highlights",
    ),
    ActionSpec("speaker-view", "v", "speaker_view", "Voices", "Corpus",
        long="Every quote by the chosen speaker across the corpus",
    ),
    ActionSpec("claims-view", "number_sign", "claims_view", "Figures", "Corpus", key_display="#",
        long="Every claim in the listed articles, grouped by what it counts",
    ),
    ActionSpec("help", "question_mark", "help", "Help", "App", scope="app", key_display="?",
        long="Show this help",
    ),
    ActionSpec("palette", "ctrl+p", "command_palette", "Commands", "App", scope="app", show=False, palette=False, key_display="^p",
        long="Open the command palette",
    ),
    ActionSpec("quit", "q", "quit", "Quit", "App", scope="app",
        long="Quit newsreader",
    ),
)


_active: list[ActionSpec] = list(ACTIONS)


def active() -> list[ActionSpec]:
    """The actions with the keys in force (the settings file may have changed some)."""
    return list(_active)


def configure_keys(overrides: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Apply the settings file's key choices; returns Textual's keymap (binding id -> keys) and warnings.

    Names are action names or ids, with ``_`` or ``-``. The help screen and the palette
    show the new keys; the bindings change through ``App.set_keymap``.
    """
    global _active
    wanted = {name.replace("-", "_"): keys for name, keys in overrides.items()}
    keymap: dict[str, str] = {}
    specs = []
    for spec in ACTIONS:
        keys = wanted.pop(spec.id.replace("-", "_"), None) or wanted.pop(spec.action, None)
        if keys:
            keymap[spec.id] = keys
            spec = replace(spec, keys=keys, key_display=None)
        specs.append(spec)
    _active = specs
    return keymap, [f"settings: no action called {name!r}; its keys were ignored" for name in wanted]


def bindings(scope: Scope) -> list[Binding]:
    """The bindings of one scope, for a ``BINDINGS`` class variable."""
    return [spec.binding() for spec in ACTIONS if spec.scope == scope]


def groups() -> list[tuple[str, list[ActionSpec]]]:
    """The actions grouped as the help screen lists them, in definition order."""
    grouped: dict[str, list[ActionSpec]] = {}
    for spec in _active:
        grouped.setdefault(spec.group, []).append(spec)
    return list(grouped.items())


def by_action(specs: Iterable[ActionSpec] = ACTIONS) -> dict[str, ActionSpec]:
    """Specs keyed by their action name."""
    return {spec.action: spec for spec in specs}


def markdown_keys() -> str:
    """The keys as a Markdown table, grouped as in the help screen (the README carries it)."""
    lines = ["| Key | Action | Group |", "|---|---|---|"]
    for group, specs in groups():
        lines += [f"| `{spec.display_keys}` | {spec.explanation} | {group} |" for spec in specs]
    return "\n".join(lines)
