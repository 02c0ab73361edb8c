"""A small modal to type a speaker's name, with completion from the whole corpus."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label


class SpeakerSearch(ModalScreen[str | None]):
    """Returns the typed name, or None when cancelled with Escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, names: list[str]) -> None:
        super().__init__()
        self.names = names
        """Every speaker name in the corpus, offered as completions."""

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Label("Filter by speaker (→ completes, Enter filters, Esc cancels)")
            yield Input(
                placeholder="name…",
                suggester=SuggestFromList(self.names, case_sensitive=False),
                id="speaker-input",
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without filtering."""
        self.dismiss(None)
