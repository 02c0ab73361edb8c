"""The bottom line: the keys of what can be done now, read from the active bindings.

One widget drawing one line, where Textual's ``Footer`` mounts a widget per key and
mounts them again whenever a binding changes (every jump, every cursor move over a
speaker); each of those widgets stayed bound to the footer after it was removed, so a
long session kept thousands of them. Here a change of bindings is a repaint.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

# One cell between entries: the keys are drawn on a block of their own, which separates them.
GAP = " "


Entry = tuple[str, str, str, bool]


def entry_width(entry: Entry) -> int:
    """The cells an entry takes: the key with a space either side, then its description."""
    _, shown, description, _ = entry
    return cell_len(f" {shown} ") + cell_len(description)


def fitted(entries: list[tuple[Entry, bool]], width: int) -> list[Entry]:
    """The entries that fit ``width`` with a gap between each, in order; those marked kept
    are never left out, the others are dropped from the last one back."""
    chosen = list(entries)
    total = sum(entry_width(entry) for entry, _ in chosen) + len(GAP) * max(len(chosen) - 1, 0)
    for index in range(len(chosen) - 1, -1, -1):
        if total <= width:
            break
        entry, kept = chosen[index]
        if not kept:
            total -= entry_width(entry) + len(GAP)
            del chosen[index]
    return [entry for entry, _ in chosen]


class KeysBar(Widget):
    """The shown bindings of the focused widget, its screen and the app: "c Claim  f Filter …".

    Keys whose action cannot run now are dimmed; a click on one presses it.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keys-bar--key", "keys-bar--description", "keys-bar--disabled"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def _shown(self) -> list[Entry]:
        """(key, key as shown, description, enabled) of each shown action, the nearest binding first.

        When they do not fit the width, the last of the screen's and the widgets' keys are
        left out: the app's (help, the command palette, quit) stay, as they lead to the rest.
        """
        seen: set[str] = set()
        shown = []
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            entry = (key, self.app.get_key_display(binding), binding.description, active.enabled)
            shown.append((entry, active.node is self.app))
        return fitted(shown, self.size.width or len(shown) * 40)  # not laid out yet: all

    def render(self) -> Content:
        """The keys and what they do, on one line; remembers where each key is drawn, for clicks."""
        key_style = self.get_visual_style("keys-bar--key", partial=True)
        text_style = self.get_visual_style("keys-bar--description", partial=True)
        off_style = self.get_visual_style("keys-bar--disabled", partial=True)
        parts: list[Content] = []
        self._spans = []
        x = 0
        for key, shown, description, enabled in self._shown():
            if x:
                parts.append(Content(GAP))
                x += len(GAP)
            # Key and words are ours and the settings file's, never markup.
            parts.append(Content.styled(f" {shown} ", key_style if enabled else off_style))
            parts.append(Content.styled(description, text_style if enabled else off_style))
            width = entry_width((key, shown, description, enabled))
            self._spans.append((x, x + width, key))
            x += width
        return Content("").join(parts)

    def key_at(self, x: int) -> str | None:
        """The key drawn at column ``x``, if any."""
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        key = self.key_at(event.x)
        if key is not None:
            self.app.simulate_key(key)
