"""The command palette's entries, derived from the action specs in force."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.actions import parse
from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from tui_reader.ui.actions import ActionSpec

if TYPE_CHECKING:  # pragma: no cover
    from tui_reader.ui.app import NewsReaderApp


class ReaderCommands(Provider):
    """Every action of the app and its screens, with its key; those that make no sense now are left out."""

    def _owner(self, spec: ActionSpec) -> App[Any] | Screen[Any] | None:
        # The app, or the screen the palette was opened over when it owns the action: the
        # reader's actions are not offered over a corpus view, where they would run unseen.
        if "app" in spec.owners:
            return self.app
        return self.screen if getattr(self.screen, "OWNER", None) in spec.owners else None

    def _commands(self) -> list[tuple[ActionSpec, Callable[[], Any]]]:
        app: NewsReaderApp = self.app  # type: ignore[assignment]
        found: list[tuple[ActionSpec, Callable[[], Any]]] = []
        for spec in app.action_specs:
            target = self._owner(spec) if spec.palette else None
            _, name, parameters = parse(spec.action)
            if target is not None and target.check_action(name, parameters) is True:
                found.append((spec, partial(target.run_action, spec.action)))
        return found

    async def discover(self) -> Hits:
        """All actions, before anything is typed."""
        for spec, command in self._commands():
            yield DiscoveryHit(spec.explanation, command, help=f"Key: {spec.display_keys}")

    async def search(self, query: str) -> Hits:
        """Actions matching what was typed."""
        matcher = self.matcher(query)
        for spec, command in self._commands():
            score = matcher.match(spec.explanation)
            if score > 0:
                yield Hit(score, matcher.highlight(spec.explanation), command, help=f"Key: {spec.display_keys}")
