"""Bench 8: the claims step (figures, dates, who asserts them) against spaCy's parse of the same articles.

    python tests/bench/run.py --only 8

The step is ``find_claims`` plus ``assign_claim_speakers`` on an already parsed document;
the baseline is ``nlp.pipe`` parsing the same texts. Both are timed per article over BBC
articles spread over every category and PolNeAR's long political articles. The one-time
costs (pint's registry, babel's currency data, the model) are paid before timing and
reported beside the ratio.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.bench.common import SHARED, Options, Row, bbc_files, need_shared
from tui_reader.analysis.claims.asserted import assign_claim_speakers
from tui_reader.analysis.claims.find import find_claims
from tui_reader.analysis.nlp import get_nlp
from tui_reader.analysis.speech.find import find_speech
from tui_reader.corpus.reader import load_paths

POLNEAR = SHARED / "corpora" / "polnear"
BATCH_SIZE = 16
GOAL = 0.10


def polnear_files(count: int) -> list[Path]:
    need_shared(POLNEAR)
    files = sorted(POLNEAR.glob("*.txt"))
    step = max(1, len(files) // count)
    return files[::step][:count]


def run(options: Options) -> list[Row]:
    """Claims-step time as a share of parse time, per article, over ~300 articles."""
    bbc, polnear = (30, 10) if options.quick else (220, 80)
    texts = [a.text for a in load_paths([*bbc_files(bbc), *polnear_files(polnear)]).articles]
    nlp = get_nlp()
    began = time.perf_counter()
    warm = list(nlp.pipe(texts[:2]))
    for doc in warm:  # first call: pint's registry and babel's data load here
        assign_claim_speakers(doc, find_claims(doc), *find_speech(doc))
    first_call = time.perf_counter() - began
    parse = step = 0.0
    for start in range(0, len(texts), BATCH_SIZE):
        chunk = texts[start : start + BATCH_SIZE]
        began = time.perf_counter()
        docs = list(nlp.pipe(chunk, batch_size=BATCH_SIZE))
        parse += time.perf_counter() - began
        speech = [find_speech(doc) for doc in docs]  # the speech step is not ours; its quotes feed ours
        began = time.perf_counter()
        for doc, (quotes, speakers) in zip(docs, speech, strict=True):
            assign_claim_speakers(doc, find_claims(doc), quotes, speakers)
        step += time.perf_counter() - began
    count = len(texts)
    ratio = step / parse
    return [
        Row(f"8. Claims step per article ({count} BBC and PolNeAR articles) vs spaCy's parse "
            f"(first call, with loading: {first_call:.2f} s)",
            f"{step / count * 1000:.1f} ms", f"{parse / count * 1000:.1f} ms", ratio, f"<= {GOAL:.2f}x", ratio <= GOAL),
    ]
