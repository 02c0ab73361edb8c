"""The help screen: every key, grouped, read from the action specs in force."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_reader.ui.actions import ACTIONS, ActionSpec, groups

KEY_COLUMN = 14
TEXT_WIDTH = 58  # the help box is 82 wide: borders, padding, scrollbar and the key column leave 58


def help_content(specs: Iterable[ActionSpec] = ACTIONS) -> Content:
    """The key table as Content: a heading per group, then key and description (hanging indent)."""
    lines: list[Content] = [Content.styled("newsreader keys", "bold $text-accent")]
    for group, members in groups(specs):
        lines += [Content(""), Content.styled(group, "bold underline")]
        for spec in members:
            first, *rest = textwrap.wrap(spec.explanation, TEXT_WIDTH) or [""]
            lines.append(Content.assemble((f"  {spec.display_keys:<{KEY_COLUMN - 2}}", "bold $text-primary"), first))
            lines += [Content(" " * KEY_COLUMN + more) for more in rest]
    lines += [Content(""), Content.styled("Esc, q or ? closes this screen.", "$text-muted")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists every action with its keys."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True),
    ]

    def __init__(self, specs: Iterable[ActionSpec] = ACTIONS) -> None:
        super().__init__()
        self.specs = tuple(specs)
        """The actions listed, with the keys in force."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(self.specs), id="help-text")

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help screen."""
        self.dismiss(None)
