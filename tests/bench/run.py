"""Run the benchmarks and print a Markdown table: ``python tests/bench/run.py [--quick] [--only 1,3]``.

Each figure is a ratio measured in the same run on this machine, the absolute
figures beside it. See tests/bench/README.md for what each one measures and costs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: import this worktree's packages
    sys.path.insert(0, str(REPO))

from tests.bench.common import Options, Row, Skipped, machine_line  # noqa: E402

BENCHES = {
    1: "paint", 2: "throughput", 3: "workers", 4: "scale", 5: "jump", 6: "feeds", 7: "cluster", 8: "claims_step",
    9: "speech", 10: "soak",
}
TITLES = {
    1: "1. Titles listed",
    2: "2. Analysis throughput",
    3: "3. index --workers 2 vs 1",
    4: "4. Warm start on the large corpus",
    5: "5. Sidebar jump",
    6: "6. Refreshing feeds",
    7: "7. index --cluster local:2 vs --workers 2",
    8: "8. Claims step",
    9: "9. Speech rules vs parse",
    10: "10. Soak",
}


def table(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    lines = ["| Benchmark | Ours | Baseline | Ratio | Goal | Result |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "—"
        result = {True: "pass", False: "**miss**", None: "—"}[row.passed]
        lines.append(f"| {row.bench} | {row.ours} | {row.baseline or '—'} | {ratio} | {row.goal} | {result} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tests/bench/run.py", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run of a few minutes")
    parser.add_argument("--only", default="", metavar="N,...", help="run only these benchmarks (1-10)")
    parser.add_argument("--corpus-home", type=Path, metavar="DIR",
                        help="bench 4: a NEWSREADER_HOME to index the large corpus into once, and reuse "
                             "(default: newsreader-bench-large-home in the temp folder)")
    parser.add_argument("--repeats", type=int, default=0, metavar="N", help="runs per timing (default 5; 3 with --quick)")
    parser.add_argument("--seed", type=int, metavar="N", help="bench 10: replay the walk of this seed")
    args = parser.parse_args(argv)
    chosen = sorted({int(n) for n in args.only.split(",") if n.strip()} or BENCHES)
    unknown = [n for n in chosen if n not in BENCHES]
    if unknown:
        parser.error(f"no benchmark {unknown}; choose among {sorted(BENCHES)}")
    options = Options(
        quick=args.quick, corpus_home=args.corpus_home, repeats=args.repeats or (3 if args.quick else 5), seed=args.seed
    )
    rows: list[Row] = []
    for number in chosen:
        print(f"Running {TITLES[number]}…", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            module = importlib.import_module(f"tests.bench.{BENCHES[number]}")
            rows += module.run(options)
        except Skipped as reason:
            rows.append(Row(f"{TITLES[number]} (skipped: {reason})", "—", "", None, "—", None))
        except Exception as error:  # noqa: BLE001 - one failing benchmark must not hide the others
            traceback.print_exc()
            rows.append(Row(f"{TITLES[number]} (error: {type(error).__name__}: {error})", "—", "", None, "—", None))
        print(f"  done in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    print(f"Machine: {machine_line()}{' (--quick)' if args.quick else ''}\n")
    print(table(rows))
    return 0 if all(row.passed is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
