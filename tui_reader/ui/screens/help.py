"""The help screen: every key, grouped, read from the action specs in force."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_reader.ui.actions import ACTIONS, ActionSpec, Owner, bindings, groups

KEY_COLUMN = 14
TEXT_WIDTH = 58  # the help box is 82 wide: borders, padding, scrollbar and the key column leave 58


def help_content(specs: Sequence[ActionSpec] = ACTIONS) -> Content:
    """The key table as Content: a heading per group, then key and description (hanging indent)."""
    lines: list[Content] = [Content.styled("newsreader keys", "bold $text-accent")]
    for group, members in groups(specs):
        lines += [Content(""), Content.styled(group, "bold underline")]
        for spec in members:
            first, *rest = textwrap.wrap(spec.explanation, TEXT_WIDTH) or [""]
            lines.append(Content.assemble((f"  {spec.display_keys:<{KEY_COLUMN - 2}}", "bold $text-primary"), first))
            lines += [Content(" " * KEY_COLUMN + more) for more in rest]
    closing = next((spec for spec in specs if "help" in spec.owners), None)
    if closing is not None:
        lines += [Content(""), Content.styled(f"{closing.display_keys} closes this screen.", "$text-muted")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Lists every action with its keys."""

    OWNER: Owner = "help"
    BINDINGS = bindings(OWNER)

    def __init__(self, specs: Iterable[ActionSpec] = ACTIONS) -> None:
        super().__init__()
        self.specs = tuple(specs)
        """The actions listed, with the keys in force."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(self.specs), id="help-text")

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
