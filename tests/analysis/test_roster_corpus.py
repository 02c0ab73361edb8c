"""The speaker list of real long-form political articles passes the reader's checks
(``tests/eval/roster_check.py``: no person twice, no non-person, real roles)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tui_reader.analysis.corpus_wide.roster import corpus_speakers

HERE = Path(__file__).resolve()
POLNEAR = HERE.parents[3] / "shared" / "corpora" / "polnear"
ARTICLES = 80  # enough for surnames shared by several people; about 30 s of parsing


def _roster_check():
    spec = importlib.util.spec_from_file_location("roster_check", HERE.parents[1] / "eval" / "roster_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.shared
def test_the_speakers_of_real_articles_pass_the_readers_checks():
    from tui_reader.analysis.pipeline import analyze_texts

    # Spread over the folder, so that several outlets and months are in.
    files = sorted(POLNEAR.glob("*.txt"))
    files = files[:: max(1, len(files) // ARTICLES)][:ARTICLES]
    rows = corpus_speakers(analyze_texts(f.read_text(encoding="utf-8") for f in files))
    assert len(rows) > 50
    assert _roster_check().problems(rows, 50) == []
