"""A random walk over the reader's keys: the soak test's corpus, walker and verdict.

The corpus is invented (``soak_corpus``): articles on made-up harbours, councils and
unions, each with a hand-made analysis stored under the session's analyzer version, so
spaCy never loads. The walk (``random_walk``) presses keys drawn from the actions bound
where the focus is (read from the app's action specs, never listed here), types into the
prompts it opens, and now and then resizes the terminal or changes the theme. Used by
``tests/ui/test_soak.py`` (a fixed seed, in CI) and by the benchmarks (a random seed, longer).
"""

from __future__ import annotations

import ctypes
import gc
import random
from dataclasses import dataclass, field
from pathlib import Path

from textual.command import CommandPalette
from textual.worker import WorkerState

from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.model import Analysis, Claim, Quote, Speaker
from tui_reader.corpus.reader import load_paths
from tui_reader.storage.library import Library
from tui_reader.ui.app import NewsReaderApp
from tui_reader.ui.screens.corpus_view import CorpusView
from tui_reader.ui.screens.help import HelpScreen
from tui_reader.ui.screens.main import MainScreen
from tui_reader.ui.screens.prompt import Prompt

GIVEN = ["Mara", "Idris", "Tove", "Ansel", "Brisa", "Corin", "Della", "Ezra", "Fenna", "Gideon", "Hollis", "Ines"]
FAMILY = ["Selwyn", "Pell", "Hartwell", "Brackley", "Castellan", "Dunmore", "Farrow", "Galloway", "Kesterton",
          "Lanyon", "Nettleford", "Penhale", "Stainton", "Tolland", "Vyse", "Whitcombe", "Yardley", "Ashdown"]
PLACES = ["the harbour", "the ferry port", "the canal basin", "the tram depot", "the lock keepers' union",
          "the county council", "the water board", "the bridge trust"]
UNITS = [("berths", "count"), ("jobs", "count"), ("%", "percent"), ("£", "money"), ("tonnes", "measure")]
# Typed into prompts: pieces of the invented names, search words, nothing that quits.
TYPED = ["mar", "sel", "pell", "har", "ezra ", "ines d", "harbour", "ferry", "depot", "zzz", "x", " ", "é"]
THEMES = ["textual-dark", "textual-light", "nord", "gruvbox", "monokai", "dracula"]
SIZES = [(120, 36), (80, 24), (160, 48), (60, 20), (100, 30)]


def person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _article(rng: random.Random, number: int) -> tuple[str, list[tuple[str, str, str]], list[tuple[str, float, str, str]]]:
    """An article's text, its quotes (text, speaker, kind) and claims (text, value, unit, kind)."""
    place = rng.choice(PLACES)
    quotes: list[tuple[str, str, str]] = []
    claims: list[tuple[str, float, str, str]] = []
    paragraphs = [f"Report {number} on {place}"]  # the headline line
    for paragraph in range(rng.randint(3, 12)):
        speaker = person(rng)
        amount = rng.randint(2, 900)
        unit, kind = rng.choice(UNITS)
        figure = f"£{amount}m" if unit == "£" else f"{amount}%" if unit == "%" else f"{amount} {unit}"
        said = f"We will not close {place} this year, not in item {number}.{paragraph}"
        paragraphs.append(
            f'"{said}," {speaker} said on the quay. The plan for {place} counts {figure}, '
            f"according to a note seen in week {paragraph + number % 7}."
        )
        quotes.append((said, speaker, "direct"))
        claims.append((figure, float(amount), unit, kind))
    return "\n\n".join(paragraphs) + "\n", quotes, claims


def _analysis(text: str, quotes: list[tuple[str, str, str]], claims: list[tuple[str, float, str, str]]) -> Analysis:
    found_quotes, found_claims, speakers, at = [], [], {}, 0
    for words, speaker, kind in quotes:
        start = text.index(words, at)
        at = start + len(words)
        found_quotes.append(Quote(start, at, words, kind, speaker))
        mention = text.index(speaker, at)
        entry = speakers.setdefault(speaker, Speaker(speaker, "person", None, [], [], 0))
        entry.mentions.append((mention, mention + len(speaker)))
        entry.quotes += 1
    at = 0
    for figure, value, unit, kind in claims:
        start = text.index(figure, at)
        at = start + len(figure)
        sentence_start = text.rfind("\n", 0, start) + 1
        sentence_end = text.find("\n", at)
        found_claims.append(Claim(start, at, figure, value, unit, kind, sentence_start=sentence_start,
                                  sentence_end=len(text) if sentence_end == -1 else sentence_end))
    return Analysis(quotes=found_quotes, speakers=list(speakers.values()), claims=found_claims)


def soak_corpus(folder: Path, library_path: Path, version: str, count: int = 500, seed: int = 0) -> Path:
    """Write ``count`` invented articles under ``folder`` and store their analyses in a library."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for number in range(count):
        text, quotes, claims = _article(rng, number)
        name = f"{number:04d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        made[name] = (quotes, claims)
    library = Library(library_path)
    analyzer = CachedAnalyzer(library)
    analyzer.version = version
    for article in load_paths([folder]).articles:
        quotes, claims = made[Path(article.source).name]
        analyzer.store(article.text_hash, _analysis(article.text, quotes, claims))
    library.close()
    return folder


def rss_kb() -> int:
    """The process's resident memory, from /proc (0 where there is none), once the C
    allocator has given back what is free: what the app still holds, not its peak."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the figure then includes freed memory not yet returned
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Walk:
    """What a walk did and found."""

    seed: int
    keys: list[str] = field(default_factory=list)
    """Every key pressed, with the screen it went to ("c@Main"), or what else was done
    ("<resize 80x24>", "<theme nord>"), in order."""
    rss_kb: dict[int, int] = field(default_factory=dict)
    """Resident memory after ``n`` keys, measured after a garbage collection."""
    errors: list[str] = field(default_factory=list)

    def growth(self, first: int, second: int) -> float:
        """Memory growth from ``first`` keys to ``second`` keys, as a fraction."""
        return self.rss_kb[second] / self.rss_kb[first] - 1

    def tail(self, count: int = 40) -> str:
        """The last keys, to reproduce a failure by hand."""
        return " ".join(self.keys[-count:])


async def press(app: NewsReaderApp, pilot, key: str) -> None:
    """Send a key as the driver would, then wait until the screen has handled it.

    ``pilot.press`` also waits for the CPU to go idle, twice per key: seconds per hundred
    keys. Here the next key comes as soon as this one is handled, workers still running,
    which is harder on the app, not easier.
    """
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)
    # The app hands the key to the focused widget, whose bindings may push a screen:
    # a round for each hop, so the next key is chosen for the screen now on top. Workers
    # (a corpus view's rows, an export, the people) finish first too: the same seed then
    # makes the same walk, whatever the machine's load.
    for _ in range(3):
        await pilot._wait_for_screen()
    await app.workers.wait_for_complete()
    await pilot._wait_for_screen()


def _keys_of(app: NewsReaderApp, *owners: str) -> list[str]:
    # The keys bound for these owners, as the app has them; the walk never quits.
    return [
        key for spec in app.action_specs if set(spec.owners) & set(owners) and spec.id != "quit"
        for key in spec.keys.split(",")
    ]


def _owner_of_focus(app: NewsReaderApp) -> str:
    name = type(app.focused).__name__ if app.focused is not None else ""
    return {"ArticleList": "list", "ArticleView": "text", "Sidebar": "sidebar", "LineTable": "table"}.get(name, "list")


async def random_walk(app: NewsReaderApp, pilot, walk: Walk, count: int, measure_every: int = 1000) -> Walk:
    """Press ``count`` keys drawn from the bound actions (see the module doc), recording them in ``walk``."""
    rng = random.Random(walk.seed)
    await app.workers.wait_for_complete()  # the corpus's people, so that "s" can ask for one
    for done in range(1, count + 1):
        screen = app.screen
        if isinstance(screen, Prompt):
            choice = rng.random()
            if choice < 0.5:
                keys = list(rng.choice(TYPED))
            elif choice < 0.6:
                keys = ["backspace"]
            elif choice < 0.7:
                keys = ["right"]
            else:
                keys = [rng.choice(["enter", "escape"])]
        elif isinstance(screen, CommandPalette):
            # Type, then leave: the palette also offers Textual's own commands (quit, screenshot).
            keys = [*rng.choice(TYPED).strip(), "escape"] if rng.random() < 0.5 else ["escape"]
        elif isinstance(screen, HelpScreen):
            keys = [rng.choice(["escape", "question_mark"])]
        elif isinstance(screen, CorpusView):
            keys = [rng.choice(_keys_of(app, "corpus", "table", "app"))]
        else:
            choice = rng.random()
            if choice < 0.02:
                width, height = rng.choice(SIZES)
                walk.keys.append(f"<resize {width}x{height}>")
                await pilot.resize_terminal(width, height)
                keys = []
            elif choice < 0.04:
                theme = rng.choice(THEMES)
                walk.keys.append(f"<theme {theme}>")
                app.theme = theme
                keys = []
            else:
                keys = [rng.choice(_keys_of(app, "app", "screen", _owner_of_focus(app)))]
        for key in keys:
            walk.keys.append(f"{key}@{type(app.screen).__name__[:4]}")
            await press(app, pilot, key)
        if done % measure_every == 0:
            await pilot.pause()
            gc.collect()
            walk.rss_kb[done] = rss_kb()
    await app.workers.wait_for_complete()
    await pilot.pause()
    failed = [w for w in app.workers if w.state == WorkerState.ERROR]
    walk.errors += [f"worker {w.name}: {w.error!r}" for w in failed]
    walk.errors += [n.message for n in app._notifications if n.title in ("Analysis failed", "Export failed")]
    if not isinstance(app.screen, (MainScreen, Prompt, CommandPalette, HelpScreen, CorpusView)):
        walk.errors.append(f"ended on an unexpected screen: {app.screen!r}")
    return walk
