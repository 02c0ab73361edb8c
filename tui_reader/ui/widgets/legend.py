"""A one-line key to the highlights, under the article text."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widget import Widget

from tui_reader.ui.highlight import legend
from tui_reader.ui.widgets.highlight_styles import HIGHLIGHT_COMPONENTS, ThemedHighlights


class Legend(ThemedHighlights, Widget):
    """Shows each kind of highlight in its own style, so the key always matches the text."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(HIGHLIGHT_COMPONENTS)

    def render(self) -> Content:
        """The legend line, drawn with the themed highlight styles."""
        return legend(self.highlight_styles())
