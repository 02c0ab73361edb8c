"""The baseline of the first-paint benchmark: a Textual app that shows one Static."""

from textual.app import App, ComposeResult
from textual.widgets import Static

MARKER = "minimal-app-painted"


class Minimal(App[None]):
    """One Static; "q" quits."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(MARKER)


if __name__ == "__main__":
    Minimal().run()
