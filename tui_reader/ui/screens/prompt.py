"""Small modals that ask for one line: search words and file names (text), or a speaker (a person)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from tui_reader.corpus.sanitize import strip_controls
from tui_reader.ui.actions import Owner, bindings
from tui_reader.ui.logic.speakers import complete, find_speaker, not_found

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.analysis.corpus_wide.identity import People, Person

ResultT = TypeVar("ResultT")


class NameSuggester(Suggester):
    """Offers the name the typed text begins, as ``complete`` finds it (Enter takes the same)."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.names = list(names)
        """The names offered."""

    async def get_suggestion(self, value: str) -> str | None:
        """The completion of ``value``, if there is one."""
        return complete(self.names, value)


class Prompt(ModalScreen[ResultT]):
    """Asks for one line; ``result`` says what the answer is (``TextPrompt``, ``PersonPrompt``).

    With suggestions, → accepts the completion shown and so does Enter: what is answered
    is what was offered. Escape answers as an empty line does.
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

    def result(self, text: str | None) -> ResultT:
        """The answer for the cleaned text (None: cancelled or left empty)."""
        raise NotImplementedError

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result(self.answer(event.value)))

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.dismiss(self.result(None))


class TextPrompt(Prompt[str | None]):
    """Returns the typed text (stripped), or None when cancelled with Escape or left empty."""

    def result(self, text: str | None) -> str | None:
        """The text itself."""
        return text


class PersonPrompt(Prompt["Person | None"]):
    """Returns the one person the typed name (or the start of any part of it) picks out.

    When it picks out nobody, or several people, the reader is told why, and the answer is None.
    """

    def __init__(self, people: People, label: str) -> None:
        super().__init__(label, "name…", people.all_names())
        self.people = people
        """Everyone who can be chosen."""

    def result(self, text: str | None) -> Person | None:
        """The person ``text`` names, if exactly one."""
        if not text:
            return None
        lookup = find_speaker(self.people, text)
        if lookup.person is None:
            self.notify(not_found(text, lookup), severity="warning", markup=False)
        return lookup.person
