"""Score the analysis on every gold set of ``../shared/eval``, with the held-back half kept apart.

    python tests/eval/score_all.py                    # every set, one table
    python tests/eval/score_all.py dev2:bbc -v        # one part, with its misses and false hits
    python tests/eval/score_all.py --json out.json    # the scores as JSON

Parts: ``seeds``, ``bbc-dev``, ``dev2`` (with ``dev2:bbc`` and ``dev2:polnear`` reported apart),
``units`` (with ``units:dev`` and ``units:held``, its held-back quarter: every fourth sentence by
number). The PolNeAR half of dev2 and ``units:held`` are the held-back parts while rules are
written: look at their misses (``-v``) only after a round of rules is done, and report them separately.

``--gold FILE`` adds a gold file of your own (names relative to ``../shared/corpora``), scored whole
and split by its first folder (``FILE:polnear``, ``FILE:bbc``): a fresh held-out set kept outside
the repository.

Each run analyzes the texts afresh in this process (no library), so a rule just edited counts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"
CORPORA = SHARED / "corpora"

# part name -> (gold file, folder the gold names are relative to, prefix filter on names)
PARTS = {
    "seeds": ("seeds.gold.json", REPO / "data", ""),
    "bbc-dev": ("bbc-dev.gold.json", CORPORA / "bbc", ""),
    "dev2": ("dev2.gold.json", CORPORA, ""),
    "dev2:bbc": ("dev2.gold.json", CORPORA, "bbc/"),
    "dev2:polnear": ("dev2.gold.json", CORPORA, "polnear/"),
    "units": ("units.gold.json", CORPORA, ""),
    "units:dev": ("units.gold.json", CORPORA, ""),
    "units:held": ("units.gold.json", CORPORA, ""),
}
DEFAULT = ["seeds", "bbc-dev", "dev2", "dev2:bbc", "dev2:polnear", "units", "units:dev", "units:held"]


def _held_unit(name: str) -> bool:
    """The held-back quarter of units: every fourth sentence by its number ("dimension-3", "age-7")."""
    number = re.search(r"-(\d+)\.txt$", name)
    return number is not None and int(number.group(1)) % 4 == 3


# Parts that keep only some articles of their gold file, beyond the name prefix.
KEEP = {"units:dev": lambda name: not _held_unit(name), "units:held": _held_unit}


def load_scorer():
    """The shared scorer, imported from its file (it is not a package)."""
    spec = importlib.util.spec_from_file_location("newsreader_eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def add_gold_file(path: Path) -> list[str]:
    """Register a gold file outside ../shared/eval as parts: whole, and one per first folder of its names."""
    names = json.loads(path.read_text(encoding="utf-8"))["articles"]
    folders = sorted({name.split("/", 1)[0] for name in names if "/" in name})
    parts = [path.stem, *(f"{path.stem}:{folder}" for folder in folders if len(folders) > 1)]
    PARTS[path.stem] = (str(path.resolve()), CORPORA, "")
    for folder in folders if len(folders) > 1 else []:
        PARTS[f"{path.stem}:{folder}"] = (str(path.resolve()), CORPORA, folder + "/")
    return parts


def gold_part(part: str) -> tuple[dict, list[Path]]:
    """The gold document of a part (its articles filtered) and the files it names."""
    name, root, prefix = PARTS[part]
    gold = json.loads((EVAL / name).read_text(encoding="utf-8"))  # an absolute name stays as it is
    keep = KEEP.get(part, lambda name: True)
    gold["articles"] = {k: v for k, v in gold["articles"].items() if k.startswith(prefix) and keep(k)}
    return gold, [root / k for k in gold["articles"]]


def predict(files: list[Path]) -> dict:
    """What ``newsreader analyze --json --no-cache`` prints for these files."""
    from tui_reader.analysis.pipeline import analyze_texts
    from tui_reader.commands.analyze import article_json
    from tui_reader.corpus.reader import load_paths

    result = load_paths([str(f) for f in files])
    articles = list(result.articles)
    analyses = analyze_texts([a.text for a in articles])
    return {"articles": [article_json(a, r) for a, r in zip(articles, analyses, strict=True)]}


def row(part: str, scores: dict, seconds: float) -> str:
    def f(key: str) -> str:
        return f"{scores[key]['f1']:.3f}"

    c = scores["claims"]
    q = scores["quotes"]
    return (f"| {part} | {f('quotes')} ({q['precision']:.2f}/{q['recall']:.2f}) | {f('speakers')} | {f('indirect')} "
            f"| {f('claims')} ({c['precision']:.2f}/{c['recall']:.2f}) | {scores['claim_speaker_accuracy']:.3f} "
            f"| {scores['cleaning']:.2f} | {seconds:.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parts", nargs="*", default=DEFAULT, metavar="PART")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false hit")
    parser.add_argument("--json", metavar="FILE", help="write the scores (and, with -v, the logs) as JSON")
    parser.add_argument("--predictions", metavar="DIR", help="keep each part's analyze --json output here")
    parser.add_argument("--gold", metavar="FILE", action="append", default=[],
                        help="also score this gold file (names relative to ../shared/corpora); repeatable")
    options = parser.parse_args(argv)
    extra = [part for path in options.gold for part in add_gold_file(Path(path))]
    if options.gold and options.parts == DEFAULT:
        options.parts = extra
    unknown = [p for p in options.parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part {unknown[0]!r}; parts: {', '.join(PARTS)}")
    if not EVAL.is_dir():
        print(f"no gold sets: {EVAL} is absent", file=sys.stderr)
        return 2
    scorer = load_scorer()
    print("| part | quotes F1 (P/R) | speakers F1 | indirect F1 | claims F1 (P/R) | claim speaker | cleaning | s |")
    print("|---|---|---|---|---|---|---|---|")
    report = {}
    logs = []
    for part in options.parts:
        gold, files = gold_part(part)
        started = time.perf_counter()
        predicted = predict(files)
        seconds = time.perf_counter() - started
        if options.predictions:
            out = Path(options.predictions)
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{part.replace(':', '-')}.json").write_text(json.dumps(predicted, ensure_ascii=False, indent=1))
        scores = scorer.score(gold, predicted, verbose=options.verbose)
        print(row(part, scores, seconds), flush=True)
        logs.extend(f"[{part}] {line}" for line in scores.pop("log"))
        report[part] = scores
    if options.verbose:
        print("\n".join(logs))
    if options.json:
        Path(options.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
