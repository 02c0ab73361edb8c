"""Quote boundaries on real hard-wrapped newswire (read from ../shared when present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui_reader.analysis.speech.quotes import paragraph_spans

WIRE = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "reuters-21578.jsonl"


def _records(count: int) -> list[str]:
    texts = []
    with WIRE.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            if text.count('"') >= 2:
                texts.append(text)
            if len(texts) == count:
                break
    return texts


@pytest.mark.slow
@pytest.mark.shared
def test_wrapped_wire_quotes_stay_inside_their_paragraphs():
    from tui_reader.analysis.pipeline import analyze_texts

    texts = _records(40)
    for text, analysis in zip(texts, analyze_texts(texts), strict=True):
        starts = [s for s, _ in paragraph_spans(text)]
        for quote in analysis.quotes:
            assert text[quote.start:quote.end] == quote.text
            if quote.kind == "indirect":
                continue
            # A quote runs into a later paragraph only when that paragraph reopens it.
            for start in starts:
                if quote.start < start < quote.end:
                    assert text[start] in "\"\u201c\u2018", (text[quote.start:quote.end][:200])
