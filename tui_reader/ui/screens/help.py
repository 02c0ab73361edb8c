"""The help screen: every key, grouped, derived from the action specs."""

from __future__ import annotations

import textwrap

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui_reader.ui.actions import groups

KEY_COLUMN = 14
TEXT_WIDTH = 62


def help_content() -> Content:
    """The key table as Content: a heading per group, then key and description (hanging indent)."""
    lines: list[Content] = [Content.styled("newsreader keys", "bold $text-accent")]
    for group, specs in groups():
        lines += [Content(""), Content.styled(group, "bold underline")]
        for spec in specs:
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

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_content(), id="help-text")

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help screen."""
        self.dismiss(None)
