"""Text that breaks naive analysis: the analysis finishes in time and its offsets hold.

Each text runs through the real pipeline once; anything slower than ``LIMIT`` seconds
is a bug (an article opens while the reader waits).
"""

from __future__ import annotations

import multiprocessing
import time

import pytest

from tui_reader.analysis.model import Analysis
from tui_reader.analysis.pipeline import analyze_text

pytestmark = pytest.mark.slow

LIMIT = 30.0

SENTENCE = (
    "The transport minister, Rosa Delgado, said on Tuesday that 1,200 new buses would "
    "be ordered before the winter, at a cost of about £340m. "
)


def _texts() -> dict[str, str]:
    words = SENTENCE.replace(",", "").replace(".", "").replace("£", "").split()
    return {
        "10k-straight-quotes": '"' * 10_000,
        "10k-curly-quotes": "“”" * 5_000,
        "10k-quotes-with-words": " ".join(f'"word{i}' for i in range(10_000)),
        "quotes-said-loop": ' '.join('"Not yet," she said. "' for _ in range(2_000)),
        "no-punctuation": " ".join(words[i % len(words)] for i in range(30_000)),
        "200k-paragraph": (SENTENCE * (200_000 // len(SENTENCE) + 1))[:200_000],
        "mixed-scripts": " ".join([
            'Rosa Delgado said "الميزانية ارتفعت 4%" and', "首相は 300 人が", "Ηπρόεδρος είπε «όχι»",
            "Москва заявила, что 12 млн", "שר האוצר אמר", "मंत्री ने कहा 5 करोड़",
        ] * 200),
        "emoji": " ".join(['"🚌 fares up 🎉 40%," 👩‍👩‍👧‍👦 Ann Ruiz said 🇬🇧.'] * 500),
        "400-digit-number": f"The debt reached {'9' * 400} pounds, the minister said. " * 3,
        "400-digit-money": f"Officials said £{'1' * 400}m was spent and {'7' * 400}% more was due.",
        "digits-with-commas": "The total was " + ",".join(["999"] * 400) + " people, she said.",
    }


TEXTS = _texts()


def check_offsets(text: str, analysis: Analysis) -> None:
    """Every span inside the text, and its ``text`` the slice it covers."""
    size = len(text)
    for item in [*analysis.quotes, *analysis.claims, *analysis.entities]:
        assert 0 <= item.start <= item.end <= size, item
        assert text[item.start : item.end] == item.text, item
    for claim in analysis.claims:
        assert 0 <= claim.sentence_start <= claim.sentence_end <= size, claim
    for speaker in analysis.speakers:
        for start, end in speaker.mentions:
            assert 0 <= start < end <= size, speaker
    for quote in analysis.quotes:
        if quote.cue_start is not None and quote.cue_end is not None:
            assert 0 <= quote.cue_start <= quote.cue_end <= size, quote


SLOW: dict[str, str] = {}  # every text is analyzed within the limit


def _analyze_into(connection, text: str) -> None:
    started = time.perf_counter()
    analysis = analyze_text(text)
    connection.send((analysis, time.perf_counter() - started))


def analyze_within(text: str, seconds: float) -> tuple[Analysis, float]:
    """The analysis and its duration, run in a forked child (the pipeline already loaded)
    that is killed past ``seconds``: a runaway rule must fail the test, not hang the suite."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_analyze_into, args=(sender, text), daemon=True)
    child.start()
    try:
        if not receiver.poll(seconds):
            raise TimeoutError(f"over {seconds:.0f} s")
        return receiver.recv()
    finally:
        child.kill()
        child.join()


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, raises=TimeoutError, reason=SLOW[name])) if name in SLOW else name
    for name in TEXTS
])
def test_pathological_text_is_analyzed_in_time(name, nlp, record_property):
    text = TEXTS[name]
    analysis, took = analyze_within(text, LIMIT)
    record_property("seconds", round(took, 2))
    print(f"{name}: {len(text):,} characters in {took:.2f} s")
    check_offsets(text, analysis)
