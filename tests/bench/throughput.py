"""Bench 2: our analysis (cold cache, storing included) against raw ``nlp.pipe`` on the same texts."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.bench.common import Options, Row, bbc_files
from tui_reader.analysis.cache import CachedAnalyzer
from tui_reader.analysis.nlp import get_nlp
from tui_reader.analysis.pipeline import analyze_texts
from tui_reader.corpus.reader import load_paths
from tui_reader.storage.library import Library

# The texts go through both sides in alternating slices, so a colleague's job starting
# halfway through slows both alike.
SLICES = 4
BATCH_SIZE = 16  # as analyze_texts uses


def run(options: Options) -> list[Row]:
    """Articles per second of each side over the same BBC texts."""
    articles = load_paths(bbc_files(50 if options.quick else 500)).articles
    nlp = get_nlp()
    # Outside the timing: the model's and the rules' first-call costs (lazy imports, lexicons).
    for _ in analyze_texts(a.text for a in articles[:4]):
        pass
    raw = ours = 0.0
    size = -(-len(articles) // SLICES)
    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp:
        library = Library(Path(tmp) / "library.sqlite3")
        analyzer = CachedAnalyzer(library)
        for start in range(0, len(articles), size):
            chunk = articles[start : start + size]
            began = time.perf_counter()
            list(nlp.pipe([a.text for a in chunk], batch_size=BATCH_SIZE))
            raw += time.perf_counter() - began
            began = time.perf_counter()
            for _ in analyzer.analyze(chunk):
                pass
            ours += time.perf_counter() - began
        library.close()
    count = len(articles)
    ratio = (count / ours) / (count / raw)
    return [
        Row(f"2. Analysis throughput, {count} BBC articles, cold cache, 1 process, storing included vs raw `nlp.pipe`",
            f"{count / ours:.1f} articles/s", f"{count / raw:.1f} articles/s", ratio, ">= 0.85x", ratio >= 0.85),
    ]
