"""The scores on the gold sets never fall below what has been reached (needs ../shared).

The floors are the scores of the last measured run, rounded down; a change that lowers one
must say why in its commit, and a change that raises one raises the floor.
"""

from __future__ import annotations

import pytest

from tests.eval.score_all import gold_part, load_scorer, predict

pytestmark = [pytest.mark.shared, pytest.mark.slow]

# part -> {metric: floor}; metrics as score.py names them, f1 unless stated.
FLOORS = {
    "seeds": {"quotes": 1.00, "speakers": 1.00, "indirect": 0.90, "claims": 1.00, "claim_speaker_accuracy": 1.00},
    "bbc-dev": {"quotes": 0.98, "speakers": 0.96, "indirect": 0.98, "claims": 1.00, "claim_speaker_accuracy": 0.95},
    "dev2:bbc": {"quotes": 0.99, "speakers": 1.00, "indirect": 0.98, "claims": 0.97, "claim_speaker_accuracy": 1.00},
    "dev2:polnear": {"quotes": 0.97, "speakers": 0.96, "indirect": 0.87, "claims": 0.97, "claim_speaker_accuracy": 0.97},
    "units": {"claims": 0.95, "claim_speaker_accuracy": 0.92},
}


def value(scores: dict, metric: str) -> float:
    found = scores[metric]
    return found if isinstance(found, float) else found["f1"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_scores_hold(part):
    gold, files = gold_part(part)
    scores = load_scorer().score(gold, predict(files))
    assert scores["missing_articles"] == 0
    below = {m: round(value(scores, m), 3) for m, floor in FLOORS[part].items() if value(scores, m) < floor}
    assert not below, f"{part}: below the floor {FLOORS[part]}: {below}"
