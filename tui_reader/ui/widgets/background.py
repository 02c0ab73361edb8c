"""The base of the widgets that draw nothing and own a piece of background work."""

from __future__ import annotations

from textual.widget import Widget


class BackgroundWork(Widget):
    """Owns some background work (its workers, its state, its messages) and draws nothing.

    The screen composes one per kind of work, tells it what to do, and takes its
    messages as they bubble up: the workers live on this widget, not on the screen.
    """

    DEFAULT_CSS = "BackgroundWork { display: none; }"
