"""The newsreader app: ``run_app`` is what ``newsreader [PATH...]`` calls."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from tui_reader.analysis.service import CachedAnalyzer
from tui_reader.corpus.store import Library, open_default_library
from tui_reader.ui.actions import bindings
from tui_reader.ui.commands import ReaderCommands
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.screens.main import MainScreen


class NewsReaderApp(App[int]):
    """Read news in the terminal: who said what, and which numbers are claimed."""

    # Absolute, so subclasses defined elsewhere (tests, embedders) still find the styles.
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "newsreader"
    BINDINGS = bindings("app")
    COMMANDS = App.COMMANDS | {ReaderCommands}

    def __init__(self, paths: list[Path], analyzer: CachedAnalyzer | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        """The files and folders given on the command line."""
        self._analyzer = analyzer

    def _open_analyzer(self) -> CachedAnalyzer:
        # An unusable cache folder must not stop the reader: analyse without caching.
        try:
            library = open_default_library()
        except Exception as error:  # noqa: BLE001 - any failure here only costs speed
            self.notify(f"Library unavailable ({error}); reading and analysing without it.", severity="warning")
            return CachedAnalyzer(None)
        if library.recovered_from is not None:
            self.notify(
                f"The library could not be read and was set aside as {library.recovered_from.name}; rebuilding it.",
                title="Library rebuilt", severity="warning", timeout=10,
            )
        return CachedAnalyzer(library)

    @property
    def analyzer(self) -> CachedAnalyzer:
        """The cached analyser, opened on first use."""
        if self._analyzer is None:
            self._analyzer = self._open_analyzer()
        return self._analyzer

    def get_default_screen(self) -> MainScreen:
        """The main screen is the app's base screen."""
        analyzer = self.analyzer
        library = analyzer.cache if isinstance(analyzer.cache, Library) else None
        return MainScreen(self.paths, analyzer, library)

    def action_help(self) -> None:
        """Show every key, grouped."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def run_app(paths: list[Path]) -> int:
    """Run the reader on these files and folders; the exit code."""
    result = NewsReaderApp(paths).run()
    return result if isinstance(result, int) else 0
