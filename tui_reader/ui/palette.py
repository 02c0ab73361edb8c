"""The command palette's entries, derived from the action specs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui_reader.ui.actions import ActionSpec, active


class ReaderCommands(Provider):
    """Every reader action with its key; actions that make no sense now are left out."""

    def _commands(self) -> list[tuple[ActionSpec, Callable[[], Awaitable[object]]]]:
        from tui_reader.ui.screens.main import MainScreen

        main = next((s for s in reversed(self.app.screen_stack) if isinstance(s, MainScreen)), None)
        found = []
        for spec in active():
            target = self.app if spec.scope == "app" else main
            if not spec.palette or target is None or target.check_action(spec.action, ()) is not True:
                continue
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
