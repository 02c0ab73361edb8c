"""A small modal that asks for one line of text: a speaker's name, search words, a file name."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from tui_reader.corpus.sanitize import strip_controls


class Prompt(ModalScreen[str | None]):
    """Returns the typed text (stripped), or None when cancelled with Escape or left empty."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, label: str, placeholder: str = "", suggestions: list[str] | None = None, value: str = "") -> None:
        super().__init__()
        self.label = label
        """What is asked, with the keys that answer."""
        self.placeholder = placeholder
        self.suggestions = suggestions
        """Completions offered as the reader types (→ accepts one)."""
        self.value = value
        """The text the input starts with."""

    def compose(self) -> ComposeResult:
        suggester = SuggestFromList(self.suggestions, case_sensitive=False) if self.suggestions else None
        with Vertical(id="prompt-box"):
            # Labels are ours, never article text, but markup stays off all the same.
            yield Label(self.label, markup=False)
            yield Input(value=self.value, placeholder=self.placeholder, suggester=suggester, id="prompt-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        # Pasted text can carry escape sequences, and the answer is shown again (list title, notices).
        self.dismiss(strip_controls(event.value).strip() or None)

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)
