"""Every action of the reader, defined once, on the widget or screen that owns it.

Each ``ActionSpec`` names its owners: the app, the main screen, the corpus views, or the
widgets that move a cursor (the article list, the text, the sidebar, the corpus tables).
A widget's ``BINDINGS`` are ``bindings(owner)``; every binding carries the spec's id, so
one keymap (``App.set_keymap``, from the settings file's ``[keys]``) moves a key in
every view at once. The footer, the help screen, the command palette and the README's
key table are all read from the same specs, so a key can never be documented in one
place and bound differently in another. The specs in force hang off the app
(``NewsReaderApp.action_specs``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from textual.binding import Binding, BindingType

Owner = Literal["app", "screen", "corpus", "prompt", "help", "list", "text", "sidebar", "table"]
"""Who runs an action: the app, the main screen, a corpus view, a prompt, the help screen, or one of
the moving widgets."""
MOVERS: tuple[Owner, ...] = ("list", "text", "sidebar", "table")
"""The widgets with a cursor or a scroll position: each has its own ``cursor_down`` and kin."""
LISTS: tuple[Owner, ...] = ("list", "sidebar", "table")
"""The widgets whose entries can be chosen with Enter."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: the keys that run it, what it does, who owns it and where it is shown."""

    id: str
    """The binding id: the name the settings file's ``[keys]`` uses (with ``-`` or ``_``)."""
    keys: str
    """Comma-separated Textual key names, as in a ``Binding``."""
    action: str
    """The action string run on each owner (``next_claim``, ``toggle_layer('quotes')``)."""
    description: str
    """The footer's word for it."""
    group: str
    explanation: str
    """What the help screen and the palette say about it."""
    owners: tuple[Owner, ...] = ("screen",)
    key_display: str | None = None
    show: bool = True
    """Shown in the footer."""
    priority: bool = False
    palette: bool = True
    """Offered in the command palette (not the palette itself, nor moving a cursor)."""

    @property
    def display_keys(self) -> str:
        """The keys as a reader sees them: "j/↓"."""
        return self.key_display or " / ".join(_pretty(k) for k in self.keys.split(","))

    @property
    def name(self) -> str:
        """The id as the settings file may spell it: ``next_claim``."""
        return self.id.replace("-", "_")

    def binding(self) -> Binding:
        """The Textual binding for this action."""
        return Binding(
            self.keys, self.action, self.description, show=self.show, key_display=self.key_display,
            priority=self.priority, id=self.id,
        )


_PRETTY = {
    "down": "↓", "up": "↑", "enter": "Enter", "tab": "Tab", "shift+tab": "Shift+Tab", "escape": "Esc",
    "slash": "/", "number_sign": "#", "question_mark": "?", "ctrl+p": "^p", "home": "Home", "end": "End",
    "pagedown": "PgDn", "pageup": "PgUp",
}


def _pretty(key: str) -> str:
    return _PRETTY.get(key, key)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("cursor-down", "j,down", "cursor_down", "Down", "Move",
        "Next article / entry, or scroll the text down", owners=MOVERS, key_display="j/↓", show=False, palette=False),
    ActionSpec("cursor-up", "k,up", "cursor_up", "Up", "Move",
        "Previous article / entry, or scroll the text up", owners=MOVERS, key_display="k/↑", show=False, palette=False),
    ActionSpec("top", "g,home", "first", "Top", "Move",
        "First article / entry, or top of the text", owners=MOVERS, key_display="g", show=False, palette=False),
    ActionSpec("bottom", "G,end", "last", "Bottom", "Move",
        "Last article / entry, or end of the text", owners=MOVERS, key_display="G", show=False, palette=False),
    ActionSpec("page-down", "pagedown", "page_down", "Page down", "Move",
        "A screenful down", owners=MOVERS, show=False, palette=False),
    ActionSpec("page-up", "pageup", "page_up", "Page up", "Move",
        "A screenful up", owners=MOVERS, show=False, palette=False),
    ActionSpec("focus-next", "tab", "focus_next_pane", "Next pane", "Move",
        "Focus the next pane", show=False),
    ActionSpec("focus-previous", "shift+tab", "focus_previous_pane", "Previous pane", "Move",
        "Focus the previous pane", show=False),
    ActionSpec("select", "enter", "select", "Open / jump", "Read",
        "Open the article, or jump to the sidebar or corpus-view entry", owners=LISTS, show=False, palette=False),
    ActionSpec("next-quote", "n", "next_quote", "Next", "Read",
        "Next search match, else the next quote of the chosen speaker"),
    ActionSpec("previous-quote", "N", "previous_quote", "Prev", "Read",
        "Previous search match, else the previous quote of the chosen speaker", show=False),
    ActionSpec("next-claim", "c", "next_claim", "Claim", "Read",
        "Next claim"),
    ActionSpec("previous-claim", "C", "previous_claim", "Prev claim", "Read",
        "Previous claim", show=False),
    ActionSpec("filter-speaker", "f", "filter_speaker", "Filter", "Filter",
        "Filter articles by the speaker under the cursor"),
    ActionSpec("search-speaker", "s", "search_speaker", "Speaker", "Filter",
        "Type a speaker's name, or the start of any part of it, to filter by"),
    ActionSpec("search", "slash", "search", "Search", "Filter",
        "Search the full text of the corpus (every word must occur)", key_display="/"),
    ActionSpec("sort", "o", "sort", "Sort", "Filter",
        "Sort the list: as loaded, by date (newest first), title, most speakers, most claims", show=False),
    ActionSpec("clear", "escape", "clear", "Clear", "Filter",
        "Clear the search, then the speaker filter, then the mark", key_display="Esc", show=False),
    ActionSpec("toggle-read", "r", "toggle_read", "Read", "Keep",
        "Mark the article under the cursor read, or unread", show=False),
    ActionSpec("mark-all-read", "R", "mark_all_read", "All read", "Keep",
        "Mark every listed article read (unread when they all are)", show=False),
    ActionSpec("hide-read", "H", "hide_read", "Hide read", "Keep",
        "Hide read articles from the list, or show them again", show=False),
    ActionSpec("bookmark", "b", "bookmark", "Bookmark", "Keep",
        "Bookmark the article under the cursor, or remove the bookmark", show=False),
    ActionSpec("only-bookmarks", "B", "only_bookmarks", "Bookmarks", "Keep",
        "List only bookmarked articles, or all again", show=False),
    ActionSpec("export-article", "e", "export_article", "Export", "Keep",
        "Export the open article's quotes and claims (Markdown, CSV or JSON)"),
    ActionSpec("export-list", "E", "export_list", "Export list", "Keep",
        "Export the quotes and claims of every listed article", show=False),
    ActionSpec("copy", "y", "copy", "Copy", "Keep",
        "Copy the marked quote or claim, with who said it and where", show=False),
    ActionSpec("open-url", "w", "open_url", "Open web page", "Keep",
        "Open the article's web address in the browser", show=False),
    ActionSpec("layer-quotes", "1", "toggle_layer('quotes')", "Quotes layer", "Show",
        "Show or hide the quote highlights", show=False),
    ActionSpec("layer-speakers", "2", "toggle_layer('speakers')", "Speakers layer", "Show",
        "Show or hide the speaker-name highlights", show=False),
    ActionSpec("layer-numbers", "3", "toggle_layer('numbers')", "Numbers layer", "Show",
        "Show or hide the claim highlights", show=False),
    ActionSpec("layer-entities", "4", "toggle_layer('entities')", "Entities layer", "Show",
        "Show or hide the other entities' highlights", show=False),
    ActionSpec("speaker-view", "v", "speaker_view", "Voices", "Corpus",
        "Every quote by the chosen speaker across the corpus"),
    ActionSpec("claims-view", "number_sign", "claims_view", "Figures", "Corpus",
        "Every claim in the listed articles, grouped by what it counts", key_display="#"),
    ActionSpec("refresh-feeds", "u", "refresh_feeds", "Refresh", "Corpus",
        "Refresh every feed followed: new items arrive unread (only when feeds are open)"),
    ActionSpec("back", "escape", "close", "Back", "Corpus",
        "Leave a corpus view for the reader", owners=("corpus",), key_display="Esc"),
    ActionSpec("cancel", "escape", "cancel", "Cancel", "App",
        "Close a prompt without answering", owners=("prompt",), key_display="Esc", palette=False),
    ActionSpec("help", "question_mark", "help", "Help", "App",
        "Show this help", owners=("app",), key_display="?"),
    ActionSpec("close-help", "escape,q,question_mark", "close", "Close", "App",
        "Close the help screen", owners=("help",), palette=False),
    ActionSpec("palette", "ctrl+p", "command_palette", "Commands", "App",
        "Open the command palette", owners=("app",), palette=False),
    ActionSpec("quit", "q", "quit", "Quit", "App",
        "Quit newsreader", owners=("app",)),
)


def bindings(owner: Owner, specs: Iterable[ActionSpec] = ACTIONS) -> list[BindingType]:
    """The bindings of one owner, for its ``BINDINGS`` class variable (ids included)."""
    return [spec.binding() for spec in specs if owner in spec.owners]


def configure_keys(
    overrides: Mapping[str, str], specs: Iterable[ActionSpec] = ACTIONS
) -> tuple[tuple[ActionSpec, ...], dict[str, str], list[str]]:
    """The settings file's key choices applied: the specs in force, Textual's keymap
    (binding id -> keys) and a warning per name that is no action.

    Names are ids or action names, with ``_`` or ``-``.
    """
    wanted = {name.replace("-", "_"): keys for name, keys in overrides.items()}
    keymap: dict[str, str] = {}
    chosen = []
    for spec in specs:
        keys = wanted.pop(spec.name, None) or wanted.pop(spec.action, None)
        if keys:
            keymap[spec.id] = keys
            spec = replace(spec, keys=keys, key_display=None)
        chosen.append(spec)
    return tuple(chosen), keymap, [f"settings: no action called {name!r}; its keys were ignored" for name in wanted]


def groups(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, list[ActionSpec]]]:
    """The actions grouped as the help screen lists them, in definition order."""
    grouped: dict[str, list[ActionSpec]] = {}
    for spec in specs:
        grouped.setdefault(spec.group, []).append(spec)
    return list(grouped.items())


def markdown_keys(specs: Iterable[ActionSpec] = ACTIONS) -> str:
    """The keys as a Markdown table, grouped as in the help screen (the README carries it)."""
    lines = ["| Key | Action | Group |", "|---|---|---|"]
    for group, members in groups(specs):
        lines += [f"| `{spec.display_keys}` | {spec.explanation} | {group} |" for spec in members]
    return "\n".join(lines)
