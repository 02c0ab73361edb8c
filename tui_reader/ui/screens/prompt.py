"""A small modal that asks for one line of text: a speaker's name, search words, a file name."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from tui_reader.corpus.sanitize import strip_controls
from tui_reader.ui.actions import Owner, bindings
from tui_reader.ui.logic.speakers import complete


class NameSuggester(Suggester):
    """Offers the name the typed text begins, as ``complete`` finds it (Enter takes the same)."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.names = list(names)
        """The names offered."""

    async def get_suggestion(self, value: str) -> str | None:
        """The completion of ``value``, if there is one."""
        return complete(self.names, value)


class Prompt(ModalScreen[str | None]):
    """Returns the typed text (stripped), or None when cancelled with Escape or left empty.

    With suggestions, → accepts the completion shown and so does Enter: what is answered
    is what was offered.
    """

    OWNER: Owner = "prompt"
    BINDINGS = bindings(OWNER)

    def __init__(
        self, label: str, placeholder: str = "", suggestions: Sequence[str] | None = None, value: str = ""
    ) -> None:
        super().__init__()
        self.label = label
        """What is asked, with the keys that answer."""
        self.placeholder = placeholder
        self.suggestions = list(suggestions or [])
        """Completions offered as the reader types."""
        self.value = value
        """The text the input starts with."""

    def compose(self) -> ComposeResult:
        suggester = NameSuggester(self.suggestions) if self.suggestions else None
        with Vertical(id="prompt-box"):
            # Labels are ours, never article text, but markup stays off all the same.
            yield Label(self.label, markup=False)
            yield Input(value=self.value, placeholder=self.placeholder, suggester=suggester, id="prompt-input")

    def answer(self, typed: str) -> str | None:
        """What Enter answers for the typed text: cleaned, completed when a completion is offered."""
        # Pasted text can carry escape sequences, and the answer is shown again (list title, notices).
        text = strip_controls(typed).strip()
        if text and self.suggestions:
            text = complete(self.suggestions, text) or text
        return text or None

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.answer(event.value))

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(None)
