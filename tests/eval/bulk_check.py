"""Run the analysis over whole corpora and check what must always hold.

    python tests/eval/bulk_check.py                    # all of PolNeAR and 300 BBC articles
    python tests/eval/bulk_check.py --bbc 2225 -v      # every BBC article, listing each problem

For every article: no exception; every quote's offsets give its text; every claim's too;
no speaker listed twice, neither under one name nor as a surname beside its full name
("Lind" and "Ana Lind"), which the scorer would count as a duplicate.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"
if str(REPO) not in sys.path:  # run as a script: import this worktree's packages
    sys.path.insert(0, str(REPO))


def duplicate_speakers(names: list[str], kinds: list[str]) -> list[tuple[str, str]]:
    """Pairs of listed speakers that name one person: equal, or, one of them a person, one's
    words inside the other's with the same last word."""
    found = []
    for i, (a, kind_a) in enumerate(zip(names, kinds, strict=True)):
        for b, kind_b in zip(names[i + 1:], kinds[i + 1:], strict=True):
            wa, wb = a.casefold().split(), b.casefold().split()
            if wa == wb:
                found.append((a, b))
            else:
                (short, _), (long, kind_long) = sorted([(wa, kind_a), (wb, kind_b)], key=lambda p: len(p[0]))
                if kind_long == "person" and short[-1] == long[-1] and set(short) <= set(long):
                    # "Lind" beside "Ana Lind", even when the tagger called the surname an organisation
                    found.append((a, b))
    return found


def check(text: str, analysis) -> list[str]:
    """What is wrong with one article's analysis."""
    problems = []
    for q in analysis.quotes:
        if text[q.start:q.end] != q.text:
            problems.append(f"quote offsets {q.start}:{q.end} do not give {q.text[:40]!r}")
    for c in analysis.claims:
        if text[c.start:c.end] != c.text:
            problems.append(f"claim offsets {c.start}:{c.end} do not give {c.text!r}")
    names = [s.name for s in analysis.speakers]
    for a, b in duplicate_speakers(names, [s.kind for s in analysis.speakers]):
        problems.append(f"speaker listed twice: {a!r} and {b!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bbc", type=int, default=300, help="how many BBC articles (spread over the categories)")
    parser.add_argument("--polnear", type=int, default=840, help="how many PolNeAR articles")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every problem")
    options = parser.parse_args(argv)
    from tui_reader.analysis.pipeline import analyze_texts
    from tui_reader.corpus.reader import load_paths

    bbc = sorted((CORPORA / "bbc").glob("*/*.txt"))
    step = max(len(bbc) / max(options.bbc, 1), 1)
    files = [bbc[int(i * step)] for i in range(min(options.bbc, len(bbc)))]
    files += sorted((CORPORA / "polnear").glob("*.txt"))[:options.polnear]
    articles = list(load_paths([str(f) for f in files]).articles)
    started = time.perf_counter()
    failed = bad = quotes = speakers = 0
    for article in articles:
        try:
            analysis = next(analyze_texts([article.text]))
        except Exception:  # noqa: BLE001 - the point is to count and show every failure
            failed += 1
            print(f"{article.source}: exception\n{traceback.format_exc()}", file=sys.stderr)
            continue
        quotes += len(analysis.quotes)
        speakers += len(analysis.speakers)
        problems = check(article.text, analysis)
        bad += bool(problems)
        if problems and options.verbose:
            print(f"{article.source}: " + "; ".join(problems))
    seconds = time.perf_counter() - started
    print(f"{len(articles)} articles, {quotes} quotes, {speakers} speakers in {seconds:.0f} s: "
          f"{failed} exceptions, {bad} articles with a problem")
    return 1 if failed or bad else 0


if __name__ == "__main__":
    sys.exit(main())
