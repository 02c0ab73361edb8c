"""The newsreader app: ``run_app`` is what ``newsreader [PATH...]`` calls."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.settings import Settings
from tui_reader.storage.library import Library, open_default_library
from tui_reader.storage.state import StateError, UserState, open_user_state, peek_pref, state_path
from tui_reader.ui.actions import ActionSpec, bindings, configure_keys
from tui_reader.ui.screens.main import MainScreen

if TYPE_CHECKING:  # pragma: no cover
    from textual.command import Provider


def _reader_commands() -> type[Provider]:
    from tui_reader.ui.palette import ReaderCommands  # deferred: the palette is not on the first frame

    return ReaderCommands


class NewsReaderApp(App[int]):
    """Read news in the terminal: who said what, and which numbers are claimed."""

    # Absolute, so subclasses defined elsewhere (tests, embedders) still find the styles.
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "newsreader"
    BINDINGS = bindings("app")
    COMMANDS = App.COMMANDS | {_reader_commands}

    def __init__(
        self,
        paths: list[Path | str],
        analyzer: CachedAnalyzer | None = None,
        state: UserState | None = None,
        settings: Settings | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.paths = list(paths)
        """The files and folders given on the command line."""
        self._analyzer = analyzer
        self._state = state
        self.settings = settings or Settings()
        """The settings file's choices (and ``--theme``)."""
        self._warnings = list(warnings or [])
        specs, keymap, unknown = configure_keys(self.settings.keys)
        self.action_specs: tuple[ActionSpec, ...] = specs
        """Every action with the keys in force: what help, footer and palette show."""
        self._warnings += unknown
        if keymap:
            self.set_keymap(keymap)

    def on_mount(self) -> None:
        for warning in self._warnings:
            self.notify(warning, title="Settings", severity="warning", timeout=10, markup=False)
        # The remembered theme is peeked at: the state's checks wait until after the first frame.
        remembered = self._state.get_pref("theme") if self._state is not None else peek_pref(state_path(), "theme")
        for theme in (self.settings.theme, remembered):
            if theme and theme in self.available_themes:
                self.theme = theme
                break
            if theme:
                self.notify(f"No theme called {theme!r}.", title="Settings", severity="warning", markup=False)
        self.watch(self, "theme", self._remember_theme, init=False)

    def _remember_theme(self, theme: str) -> None:
        # The theme chosen in the app (palette: "Change theme") is the next launch's.
        if self.state is not None:
            try:
                self.state.set_pref("theme", theme)
            except StateError:
                pass  # a theme is not worth an error message; it is chosen again next time

    @property
    def state(self) -> UserState | None:
        """What the reader saves, opened on first use; None when it cannot be opened."""
        if self._state is None:
            try:
                self._state = open_user_state()
            except Exception as error:  # noqa: BLE001 - reading must go on without it
                self.notify(
                    f"Your read marks and bookmarks cannot be saved: {error}",
                    severity="error",
                    timeout=10,
                    markup=False,
                )
                return None
            if self._state.recovered_from is not None:
                self.notify(
                    f"The saved state was damaged. A copy was kept as {self._state.recovered_from.name}; "
                    f"{self._state.salvaged} entries were recovered.",
                    title="Saved state recovered",
                    severity="warning",
                    timeout=15,
                    markup=False,
                )
            elif self._state.error:
                self.notify(self._state.error, title="Saved state", severity="error", timeout=10, markup=False)
        return self._state

    def _open_analyzer(self) -> CachedAnalyzer:
        # An unusable cache folder must not stop the reader: analyze without caching.
        try:
            library = open_default_library()
        except Exception as error:  # noqa: BLE001 - any failure here only costs speed
            self.notify(
                f"Library unavailable ({error}); reading and analyzing without it.", severity="warning", markup=False
            )
            return CachedAnalyzer(None)
        if library.recovered_from is not None:
            self.notify(
                f"The library could not be read and was set aside as {library.recovered_from.name}; rebuilding it.",
                title="Library rebuilt",
                severity="warning",
                timeout=10,
                markup=False,
            )
        return CachedAnalyzer(library)

    @property
    def analyzer(self) -> CachedAnalyzer:
        """The cached analyzer, opened on first use."""
        if self._analyzer is None:
            self._analyzer = self._open_analyzer()
        return self._analyzer

    def get_default_screen(self) -> MainScreen:
        """The main screen is the app's base screen."""
        analyzer = self.analyzer
        library = analyzer.cache if isinstance(analyzer.cache, Library) else None
        # The state is opened, and checked, when the screen first needs it: after the first frame.
        return MainScreen(self.paths, analyzer, library, lambda: self.state, self.settings)

    async def action_quit(self) -> None:
        """Quit, keeping the place in the open article for the next launch."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.save_position()
        await super().action_quit()

    def action_help(self) -> None:
        """Show every key, grouped."""
        from tui_reader.ui.screens.help import HelpScreen  # deferred: not on the first frame

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.action_specs))


def run_app(paths: list[Path | str], settings: Settings | None = None, warnings: list[str] | None = None) -> int:
    """Run the reader on these files and folders; the exit code."""
    result = NewsReaderApp(paths, settings=settings, warnings=warnings).run()
    return result if isinstance(result, int) else 0
