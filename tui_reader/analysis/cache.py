"""Analysis with a cache in front: what the app and the CLI call.

Cache hits never import spaCy, so a second launch shows its highlights at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from tui_reader.analysis.model import Analysis
from tui_reader.analysis.summary import Summary, summarize

# Results written per transaction: one commit per article would cost more than the rules.
WRITE_BATCH = 16


class ResultCache(Protocol):
    """Anything that stores JSON documents by (text hash, version), with a summary and names."""

    def get_many(self, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]: ...
    def put_many(self, rows: Sequence[Row], version: str) -> None: ...
    def summaries(self, version: str, hashes: Iterable[str] | None = None) -> dict[str, dict[str, Any]]: ...
    def hashes_naming(self, names: Iterable[str], version: str) -> set[str]: ...


class TextItem(Protocol):
    text: str

    @property
    def text_hash(self) -> str: ...


def result_sources(modules: Iterable[ModuleType]) -> Iterator[Path]:
    """Every file of these modules; a package counts with all its files, data included, at any depth.

    The rule packages are named as modules, not file names, so a file that moves or is added
    inside them changes the version without anyone keeping a list.
    """
    for module in modules:
        path = Path(module.__file__ or "")
        if path.name == "__init__.py":
            yield from (f for f in path.parent.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
        else:
            yield path


def analyzer_version() -> str:
    """The version that keys the cache, read without importing spaCy.

    It adds a digest of the analysis sources to ``ANALYZER_VERSION``, so a rule changed
    without a version bump (a developer at work, a local patch) never serves stale results.
    """
    from tui_reader.analysis import claims, model, nlp, pipeline, speech, summary

    digest = hashlib.sha256()
    for source in sorted(result_sources((speech, claims, pipeline, model, nlp, summary))):
        digest.update(source.relative_to(Path(pipeline.__file__).parent).as_posix().encode())
        digest.update(source.read_bytes())
    return f"{pipeline.ANALYZER_VERSION}+{digest.hexdigest()[:12]}"


Row = tuple[str, dict[str, Any], dict[str, Any], list[str]]
"""What the store keeps per text: hash, result, summary and the names it quotes."""


def stored_row(text_hash: str, analysis: Analysis) -> Row:
    """An analysis as the store keeps it."""
    summary = summarize(analysis)
    return text_hash, analysis.to_dict(), summary.to_dict(), sorted(summary.names())


class CachedAnalyzer:
    """Analyzes items once per text and analyzer version."""

    def __init__(self, cache: ResultCache | None = None):
        self.cache = cache
        self.version = analyzer_version()

    def cached(self, items: Iterable[TextItem]) -> dict[str, Analysis]:
        """Cached analyses by text hash, for whichever items have one; never loads spaCy."""
        if self.cache is None:
            return {}
        found = self.cache.get_many((item.text_hash for item in items), self.version)
        return {h: Analysis.from_dict(d) for h, d in found.items()}

    def store(self, text_hash: str, analysis: Analysis) -> None:
        """Keep an analysis computed elsewhere (another process, a test)."""
        if self.cache is not None:
            self.cache.put_many([stored_row(text_hash, analysis)], self.version)

    def cached_in_order(
        self, items: Sequence[TextItem], chunk: int = 300
    ) -> Iterator[tuple[TextItem, Analysis | None]]:
        """Each item with its stored analysis (None when it has none), read a chunk at a
        time so that going over a large corpus keeps memory bounded; never loads spaCy."""
        for i in range(0, len(items), chunk):
            part = items[i : i + chunk]
            found = self.cached(part)
            yield from ((item, found.get(item.text_hash)) for item in part)

    def summaries(self, hashes: Iterable[str] | None = None) -> dict[str, Summary]:
        """Stored summaries by text hash (all for this version, or of ``hashes``); never loads spaCy."""
        if self.cache is None:
            return {}
        return {h: Summary.from_dict(d) for h, d in self.cache.summaries(self.version, hashes).items()}

    def hashes_naming(self, names: Iterable[str]) -> set[str] | None:
        """The texts whose analysis quotes any of these names, from the index (None: no index)."""
        if self.cache is None:
            return None
        return self.cache.hashes_naming(names, self.version)

    def analyze(self, items: Iterable[TextItem]) -> Iterator[tuple[TextItem, Analysis]]:
        """Every item with its analysis, in order: cache hits first, the rest through spaCy."""
        items = list(items)
        hits = self.cached(items)
        for item in items:
            if item.text_hash in hits:
                yield item, hits[item.text_hash]
        misses = [item for item in items if item.text_hash not in hits]
        if not misses:
            return
        from tui_reader.analysis.pipeline import analyze_texts  # deferred: loads spaCy

        rows: list[Row] = []
        try:
            for item, analysis in zip(misses, analyze_texts(item.text for item in misses), strict=False):
                if self.cache is not None:
                    rows.append(stored_row(item.text_hash, analysis))
                    if len(rows) >= WRITE_BATCH:
                        self.cache.put_many(rows, self.version)
                        rows = []
                yield item, analysis
        finally:
            # Also when the consumer stops early: what was analyzed is kept.
            if rows and self.cache is not None:
                self.cache.put_many(rows, self.version)
