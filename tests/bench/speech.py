"""Bench 9: the speech rules (quotes, entities, the speaker choice) against spaCy's parse of the same docs."""

from __future__ import annotations

import time

from tests.bench.common import SHARED, Options, Row, bbc_files, need_shared
from tui_reader.analysis.nlp import get_nlp
from tui_reader.analysis.speech.find import find_speech
from tui_reader.corpus.reader import load_paths

POLNEAR = SHARED / "corpora" / "polnear"
SLICES = 4


def _polnear_files(count: int):
    need_shared(POLNEAR)
    files = sorted(POLNEAR.glob("*.txt"))
    step = max(len(files) / count, 1)
    return [files[int(i * step)] for i in range(min(count, len(files)))]


def run(options: Options) -> list[Row]:
    """Seconds of ``find_speech`` per second of ``nlp.pipe``, on BBC and long PolNeAR articles."""
    size = 30 if options.quick else 150
    texts = [a.text for a in load_paths(bbc_files(size) + _polnear_files(size)).articles]
    nlp = get_nlp()
    for doc in nlp.pipe(texts[:4]):  # first-call costs (lazy imports, word lists) outside the timing
        find_speech(doc)
    parse = rules = 0.0
    step = -(-len(texts) // SLICES)
    for start in range(0, len(texts), step):  # alternate, so a neighbour's load slows both alike
        began = time.perf_counter()
        docs = list(nlp.pipe(texts[start:start + step], batch_size=16))
        parse += time.perf_counter() - began
        began = time.perf_counter()
        for doc in docs:
            find_speech(doc)
        rules += time.perf_counter() - began
    ratio = rules / parse
    return [
        Row(f"9. Speech rules on {len(texts)} BBC and PolNeAR articles vs their `nlp.pipe` parse",
            f"{rules / len(texts) * 1000:.1f} ms/article", f"{parse / len(texts) * 1000:.1f} ms/article",
            ratio, "<= 0.10x", ratio <= 0.10),
    ]
