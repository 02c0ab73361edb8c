"""The command line: ``newsreader [PATH...]`` opens the app; subcommands work headless.

Subcommands call into the corpus and analysis layers; nothing here imports Textual
or spaCy until the chosen command needs it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui_reader import __version__

if TYPE_CHECKING:
    from tui_reader.settings import Settings

# Subcommands with a module of their own: each exposes ``main(args) -> int``.
SUBCOMMANDS = {
    "index": "tui_reader.commands.index",
    "claims": "tui_reader.commands.claims",
}


def bundled_corpus() -> Path:
    """The articles that ship with newsreader: installed package data, or ``data/`` in a checkout."""
    from importlib.util import find_spec

    # data/ holds no __init__.py, so the installed package is a namespace package:
    # its folder is its search location (importlib.resources would give a MultiplexedPath).
    spec = find_spec("tui_reader.bundled")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parent.parent / "data"  # a source tree never installed


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="Read news in the terminal: who said what, and which numbers are claimed.",
        epilog=(
            "Subcommands: 'newsreader analyze PATH... [--json|--explain]' prints the analysis; "
            "'newsreader index PATH... [--workers N]' analyzes a corpus ahead of time; "
            "'newsreader speakers PATH... [--json] [--limit N]' lists who is quoted; "
            "'newsreader claims PATH... [--csv|--json]' exports every numeric claim."
        ),
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="files, folders or web addresses (feeds, pages) of articles (default: the corpus and feeds of the "
        "settings, else the bundled articles)",
    )
    parser.add_argument(
        "--feed", action="append", default=[], type=_address, metavar="URL",
        help="also open this feed (or page) by its address; may be repeated",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument("--config", metavar="FILE", help="settings file (default: settings.toml in the config folder)")
    parser.add_argument("--theme", metavar="NAME", help="colour theme, e.g. textual-light, nord, gruvbox")
    return parser


def _corpus_parser(prog: str, description: str) -> argparse.ArgumentParser:
    # What every headless command over a corpus takes.
    parser = argparse.ArgumentParser(prog=f"newsreader {prog}", description=description)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or web addresses (feeds, pages)")
    parser.add_argument("--no-cache", action="store_true", help="analyze again, ignoring and not writing the cache")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = _corpus_parser("analyze", "Print the analysis of articles.")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON (the evaluation contract) instead of a summary")
    output.add_argument(
        "--explain", action="store_true",
        help="print each quote with its candidate speakers and the evidence for each (analyzes afresh)",
    )
    return parser


def _speakers_parser() -> argparse.ArgumentParser:
    parser = _corpus_parser("speakers", "List who is quoted, most quoted first.")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--limit", type=int, metavar="N", help="show only the N most quoted speakers")
    parser.add_argument(
        "--all", action="store_true", help="also list descriptions ('a spokesman') and lone given names"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsreader`` script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("analyze", "speakers"):
        from tui_reader.commands.analyze import run_analyze
        from tui_reader.commands.speakers import run_speakers

        run, parser = (run_analyze, _analyze_parser) if args[0] == "analyze" else (run_speakers, _speakers_parser)
        try:
            return run(parser().parse_args(args[1:]))
        except BrokenPipeError:
            # Output piped into `head` and the like: stop quietly, as Unix tools do.
            sys.stderr.close()
            return 0
    if args and args[0] in SUBCOMMANDS:
        # deferred: each subcommand imports only what it needs (spaCy on demand)
        module = importlib.import_module(SUBCOMMANDS[args[0]])
        return module.main(args[1:])
    options = _app_parser().parse_args(args)
    from tui_reader.settings import load_settings
    from tui_reader.ui.app import run_app  # deferred: Textual is only needed for the app

    settings, warnings = load_settings(options.config)
    if options.theme:
        settings.theme = options.theme
    return run_app(_sources(options.paths, options.feed, settings), settings, warnings)


def _sources(paths: Sequence[str], feeds: Sequence[str], settings: Settings) -> list[Path | str]:
    """What the app opens: the PATHs, else the settings' corpus and feeds; then the ``--feed``
    addresses; else the bundled articles. Addresses stay strings: a Path would fold their ``//``."""
    from tui_reader.corpus.web.urls import is_url  # the standard library only

    given: list[Path | str] = [p if is_url(p) else Path(p) for p in paths]
    if not given:
        given = [*settings.corpus, *settings.feeds]
    return list(dict.fromkeys([*given, *feeds])) or [bundled_corpus()]


def _address(value: str) -> str:
    from tui_reader.corpus.web.urls import is_url  # the standard library only

    if not is_url(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http or https address")
    return value.strip()
