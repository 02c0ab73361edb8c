"""Sanity check of every figure in a corpus: its value must appear in, or follow from, its own text.

    python tests/eval/sanity.py                      # BBC (2,225 articles) and Reuters-21578 (19,043)
    python tests/eval/sanity.py bbc --show 20        # one corpus, with 20 failures listed
    python tests/eval/sanity.py reuters --limit 2000 # the first 2,000 records
    python tests/eval/sanity.py --docs /tmp/parsed      # keep the parses: a second run (or another
                                                     # version of the rules) skips spaCy

A figure passes when its value (and its low and high bounds) can be made from the numbers
written in its text, read here independently of the claim rules: a number, or two summed
("13 dollars and 45 cents", "10 1/2"), times any of the scales and multipliers written
there ("bn", "million", "thousands", "decade"), in hundredths or hundreds (cents and pence,
basis points, a share as a percentage), or a proportion ("one in four" and "nine of 10" are 25% and 90%). Spelled
numbers ("two hundred and fifty") are read with the shared number lexicon, and race times
("1:48.32") in seconds. Dates carry no
value and are skipped. A failure means the value came from somewhere else: another
sentence, a year read as a share ("$45bn in 2004" read as 2.2455), a unit's letters.

The corpora are third-party text under ``../shared/corpora`` (absent: the script says so).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"
SOURCES = {"bbc": CORPORA / "bbc", "reuters": CORPORA / "reuters-21578.jsonl"}

DIGITS_RE = re.compile(r"[-\u2212]?\d+(?:,\d{2,3})*(?:\.\d+)?|\.\d+")
SLASH_RE = re.compile(r"(\d+)/(\d+)")
SEXAGESIMAL_RE = re.compile(r"\d+(?::\d\d(?:\.\d+)?)+")
# Multipliers a text may write: scales (words and suffixes, any case), vague plurals,
# time units folded into years, and millions written onto a currency code ("MEUR").
MULTIPLIERS = {
    "hundred": 100, "hundreds": 100, "thousand": 1e3, "thousands": 1e3, "million": 1e6,
    "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "k": 1e3, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "tens": 10,
    "dozen": 12, "dozens": 12, "scores": 20, "decade": 10, "decades": 10, "century": 100,
    "centuries": 100, "fortnight": 2, "fortnights": 2, "several": 3, "few": 2,
}
WORD_RE = re.compile(r"[A-Za-z]+")
FACTORS = (1.0, 0.01, 100.0)
TOLERANCE = 1e-6


def numbers_in(text: str) -> list[float]:
    """The numbers a text writes: digits, slash and vulgar fractions, and spelled numbers."""
    from tui_reader.analysis.claims.numbers import fraction_value, parse_amount, word_number

    found: list[float] = []
    text = re.sub(r"(\d), (0\d\d)\b", r"\1,\2", text)  # "30, 000": thousands written apart
    for m in SLASH_RE.finditer(text):
        if int(m.group(2)):
            found.append(int(m.group(1)) / int(m.group(2)))
    for m in SEXAGESIMAL_RE.finditer(text):
        seconds = 0.0
        for part in m.group(0).split(":"):
            seconds = seconds * 60 + float(part)
        found.append(seconds)  # "1:48.32", "2:04:55": a race time in seconds
    stripped = SLASH_RE.sub(" ", text)
    for m in DIGITS_RE.finditer(stripped):
        found.append(float(m.group(0).replace(",", "").replace("\u2212", "-")))
        found.append(abs(found[-1]))
    for ch in text:
        if unicodedata.category(ch) == "No" and unicodedata.numeric(ch, 0) < 1:
            found.append(unicodedata.numeric(ch))
    words = [w.lower() for w in WORD_RE.findall(text)]
    for w in words:
        for part in w.split("-"):
            value = word_number(part)
            if value is not None:
                found.append(value)
        fraction = fraction_value(w)
        if fraction is not None:
            found.append(fraction)  # "half", "two-thirds"
            found += [n * fraction for n in found if n == int(n) and 1 < n < 20]  # "three quarters"
        if w in ("a", "an", "one", "half", "twice", "thrice"):
            found.append({"half": 0.5, "twice": 2.0, "thrice": 3.0}.get(w, 1.0))
    spelled = parse_amount(text)
    if spelled is not None:
        found += [v for v in (spelled.value, spelled.low, spelled.high) if v is not None]
    if re.search(r"\bminus\b", text, re.I):
        found += [-abs(v) for v in found]  # "minus 196C"
    return found


def multipliers_in(text: str) -> list[float]:
    """The scales and multipliers a text writes, as words or written onto numbers."""
    found = []
    for w in re.findall(r"[A-Za-z]+", text):
        if w.lower() in MULTIPLIERS:
            found.append(MULTIPLIERS[w.lower()])
        elif len(w) == 4 and w[0] == "M" and w[1:].isupper():
            found.append(1e6)  # "MEUR"
    return found


def candidates(text: str) -> list[float]:
    """Every value the text's numbers can make."""
    nums = numbers_in(text)
    mults = multipliers_in(text)
    bases = set(nums) | ({1.0} if mults else set())  # "millions of dollars": a scale alone
    share = re.search(r"\b(in|of)\b", text) and not mults and not any(unicodedata.category(ch) == "Sc" for ch in text)
    for a, b in itertools.permutations(nums, 2):
        bases.update((a + b, a + b / 100))
        if b and share:
            bases.add(100 * a / b)  # "one in four", "two out of 10", "nine of 10"
    scales = {1.0}
    for size in range(1, min(len(mults), 3) + 1):
        for combo in itertools.combinations(mults, size):
            product = 1.0
            for m in combo:
                product *= m
            scales.add(product)
    return [b * s * f for b in bases for s in scales for f in FACTORS]


def follows(value: float, text: str, made: list[float]) -> bool:
    return any(abs(value - c) <= TOLERANCE * max(1.0, abs(value), abs(c)) for c in made)


def check(claim) -> bool:
    """Whether a claim's value and bounds follow from its own text."""
    if claim.kind == "date" or claim.value is None:
        return True
    made = candidates(claim.text)
    return all(follows(v, claim.text, made) for v in (claim.value, claim.low, claim.high) if v is not None)


def parsed(name: str, texts: list[str], docs: Path | None) -> Iterator:
    """The parsed documents of a corpus, one by one, read from ``docs`` when an earlier run
    kept them (else parsed, and kept there)."""
    from spacy.tokens import DocBin

    from tui_reader.analysis.nlp import get_nlp

    nlp = get_nlp()
    kept = docs / f"{name}-{len(texts)}.spacy" if docs else None
    if kept is not None and kept.exists():
        for doc, text in zip(DocBin().from_disk(kept).get_docs(nlp.vocab), texts, strict=True):
            assert doc.text == text, f"{kept} holds other texts: remove it"
            yield doc
        return
    keep = DocBin()
    for doc in nlp.pipe(texts, batch_size=16):
        keep.add(doc)
        yield doc
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        keep.to_disk(kept)


def run(name: str, limit: int, show: int, docs: Path | None) -> tuple[int, int, int]:
    """(articles, claims, failures) of one corpus."""
    from tui_reader.analysis.claims.find import find_claims
    from tui_reader.corpus.reader import load_paths

    articles = list(load_paths([str(SOURCES[name])]).articles)
    if limit:
        articles = articles[:limit]
    claims = failures = 0
    shown = 0
    for article, doc in zip(articles, parsed(name, [a.text for a in articles], docs), strict=True):
        for claim in find_claims(doc):
            if claim.kind == "date":
                continue
            claims += 1
            if not check(claim):
                failures += 1
                if shown < show:
                    shown += 1
                    print(f"  {Path(article.source).name}: {claim.text!r} value={claim.value} low={claim.low} "
                          f"high={claim.high} unit={claim.unit}", flush=True)
    return len(articles), claims, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # No ``choices``: with ``nargs="*"`` argparse checks the default list itself against them and fails.
    parser.add_argument("corpora", nargs="*", default=list(SOURCES), metavar="CORPUS", help=", ".join(SOURCES))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus")
    parser.add_argument("--show", type=int, default=10, help="list this many failures per corpus")
    parser.add_argument("--docs", type=Path, help="a folder to keep the parsed articles in, and read them from")
    options = parser.parse_args(argv)
    unknown = [n for n in options.corpora if n not in SOURCES]
    if unknown:
        parser.error(f"no corpus named {unknown[0]!r}; choose among {', '.join(SOURCES)}")
    missing = [n for n in options.corpora if not SOURCES[n].exists()]
    if missing:
        print(f"no corpus {missing[0]!r}: {SOURCES[missing[0]]} is absent", file=sys.stderr)
        return 2
    print("| corpus | articles | figures | failures | s |")
    print("|---|---|---|---|---|")
    failed = 0
    for name in options.corpora:
        started = time.perf_counter()
        articles, claims, failures = run(name, options.limit, options.show, options.docs)
        failed += failures
        print(f"| {name} | {articles:,} | {claims:,} | {failures:,} | {time.perf_counter() - started:.0f} |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
