"""The highlight styles, read from the theme through each widget's ``hl--*`` component classes.

The text, the sidebar and the legend draw the same kinds of highlight; each reads the
styles once and again only when the theme or the CSS changes (reading a component's
styles applies the stylesheet, which is too slow to do per line or per refill).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.style import Style

from tui_reader.ui.highlight import HighlightStyles

PALETTE_SIZE = 6
HIGHLIGHT_COMPONENTS = frozenset(
    {f"hl--speaker-{i}" for i in range(PALETTE_SIZE)}
    | {
        "hl--direct",
        "hl--indirect",
        "hl--scare",
        "hl--name",
        "hl--claim",
        "hl--entity",
        "hl--dimmed",
        "hl--mark",
        "hl--match",
    }
)


def themed_highlight_styles(widget) -> HighlightStyles:
    """The highlight styles from a widget's ``hl--*`` component classes (theme colours + cues)."""

    def get(name: str) -> Style:
        # Not get_visual_style: it drops "reverse", which the mark relies on.
        styles = widget.get_component_styles(name)
        cues = styles.text_style
        return Style(
            foreground=styles.color if styles.has_rule("color") else None,
            bold=cues.bold,
            dim=cues.dim,
            italic=cues.italic,
            underline=cues.underline,
            reverse=cues.reverse,
            strike=cues.strike,
        )

    return HighlightStyles(
        palette=tuple(get(f"hl--speaker-{i}") for i in range(PALETTE_SIZE)),
        direct=get("hl--direct"),
        indirect=get("hl--indirect"),
        scare=get("hl--scare"),
        name=get("hl--name"),
        claim=get("hl--claim"),
        entity=get("hl--entity"),
        dimmed=get("hl--dimmed"),
        mark=get("hl--mark"),
        match=get("hl--match"),
    )


if TYPE_CHECKING:  # pragma: no cover
    from textual.widget import Widget as _Widget
else:
    # A plain mixin: Textual reads a widget's CSS type and component classes through its
    # first widget base, which must stay the widget it draws as (OptionList, ScrollView).
    _Widget = object


class ThemedHighlights(_Widget):
    """Mixed into a widget that draws highlights (and lists ``HIGHLIGHT_COMPONENTS`` in its
    ``COMPONENT_CLASSES``): ``highlight_styles()`` is read once per theme."""

    _highlight_styles: HighlightStyles | None = None

    def highlight_styles(self) -> HighlightStyles:
        """The themed styles of each kind of highlight."""
        if self._highlight_styles is None:
            self._highlight_styles = themed_highlight_styles(self)
        return self._highlight_styles

    def notify_style_update(self) -> None:
        """Theme or CSS changed: read the styles afresh when next needed."""
        self._highlight_styles = None
        super().notify_style_update()
