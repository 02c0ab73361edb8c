"""Check a corpus's speaker list as a reader would: no person twice, no non-person, real roles.

    NEWSREADER_HOME=/tmp/home newsreader index ../shared/corpora/polnear --workers 2
    NEWSREADER_HOME=/tmp/home python tests/eval/roster_check.py ../shared/corpora/polnear --limit 50

Reads the analyses from the library (analyzing what is missing), builds the list as
``newsreader speakers`` does, prints the top rows as a Markdown table and every problem
found among the first ``--limit`` rows; exits 1 when there is one. The checks use word
lists of their own, apart from the roster's, so they do not simply repeat its rules:

- *listed twice*: two rows with one name, or two person rows of one surname whose words
  are a subset of the other's ("Roe" or "Mr Roe" beside "Jane Roe"), unless the shorter
  fits several full names none of which has 80% of their articles;
- *not a person*: a person row named by a lone given name, with an organisation's word,
  with a lower-case word that is no name particle, or with a digit;
- *not a role*: a role opening with a rating word ("other", "able"), a single word of
  fewer than three letters, or longer than twelve words.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from tui_reader.analysis.corpus_wide.roster import CorpusSpeaker, corpus_speakers
from tui_reader.analysis.speech.given_names import name_gender

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "sen", "senator", "gov",
          "governor", "rep", "prof", "professor", "judge", "gen", "general", "chancellor", "minister"}
ORGANISATION = {"university", "organization", "organisation", "campaign", "committee", "party", "inc", "corp",
                "company", "department", "news", "foundation", "association", "council", "institute", "group",
                "union", "agency", "ministry", "club", "bank", "court", "government", "times", "post"}
PARTICLES = {"de", "la", "le", "van", "von", "der", "den", "bin", "al", "da", "del", "di", "du", "st"}
RATING = {"other", "another", "able", "most", "only", "best", "same", "defensive"}
DOMINANT_SHARE = 0.8


def _words(name: str) -> list[str]:
    words = [re.sub(r"(['’]s|['’])$", "", w.strip(".,;:\"“”()[]")).casefold() for w in name.split()]
    return [w.rstrip(".") for w in words if w and w.rstrip(".") not in TITLES]


def _twice(rows: Sequence[CorpusSpeaker], top: Sequence[CorpusSpeaker]) -> list[str]:
    found = []
    seen: dict[str, str] = {}
    for row in top:
        key = row.name.casefold()
        if key in seen:
            found.append(f"listed twice: {row.name!r} (two rows)")
        seen[key] = row.name
    people = [r for r in rows if r.kind == "person"]
    for short in (r for r in top if r.kind == "person"):
        words = _words(short.name)
        if not words:
            continue
        fuller = [r for r in people if r is not short and len(_words(r.name)) > len(words)
                  and _words(r.name)[-1] == words[-1] and set(words) <= set(_words(r.name))]
        if not fuller:
            continue
        best = max(fuller, key=lambda r: r.articles)
        if len(fuller) == 1 or best.articles >= DOMINANT_SHARE * sum(r.articles for r in fuller):
            found.append(f"listed twice: {short.name!r} beside {best.name!r}")
    return found


def _not_person(row: CorpusSpeaker) -> str | None:
    words = row.name.split()
    bare = [w.strip(".,'’\"") for w in words]
    if len(bare) == 1 and name_gender(bare[0]) is not None:
        return "a lone given name"
    if any(w.casefold() in ORGANISATION for w in bare):
        return "an organisation's word"
    if any(w[:1].islower() and w.casefold() not in PARTICLES for w in bare if w):
        return "a lower-case word"
    if any(ch.isdigit() for ch in row.name):
        return "a digit"
    return None


def _not_role(role: str | None) -> str | None:
    if not role:
        return None
    words = role.split()
    if words[0].casefold() in RATING or (words[0].casefold() in {"the", "a", "an"} and len(words) > 1
                                         and words[1].casefold() in RATING):
        return "opens with a rating word"
    if len(words) == 1 and len(words[0].strip(".")) < 3:
        return "a fragment"
    if len(words) > 12:
        return "too long"
    return None


def problems(rows: Sequence[CorpusSpeaker], limit: int) -> list[str]:
    """Every problem among the first ``limit`` rows (the rest of ``rows`` helps judge ambiguity)."""
    top = list(rows[:limit])
    found = _twice(rows, top)
    for row in top:
        if row.kind == "person" and (why := _not_person(row)):
            found.append(f"not a person: {row.name!r} ({why})")
        if why := _not_role(row.role):
            found.append(f"not a role: {row.role!r} for {row.name!r} ({why})")
    return found


def table(rows: Sequence[CorpusSpeaker]) -> str:
    """The rows as a Markdown table."""
    lines = ["| # | Speaker | Kind | Role | Articles | Quotes |", "|---|---|---|---|---|---|"]
    lines += [f"| {i} | {r.name} | {r.kind} | {r.role or ''} | {r.articles} | {r.quotes} |" for i, r in enumerate(rows, 1)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=50, help="rows to check (default 50)")
    parser.add_argument("--show", type=int, default=20, help="rows to print (default 20)")
    options = parser.parse_args(argv)
    from tui_reader.commands.common import load_and_analyze

    results = load_and_analyze(options.paths)
    if results is None:
        return 1
    rows = corpus_speakers(analysis for _, analysis in results)
    print(table(rows[: options.show]))
    found = problems(rows, options.limit)
    print(f"\n{len(rows):,} rows; {len(found)} problems among the first {options.limit}.")
    for problem in found:
        print(f"- {problem}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
