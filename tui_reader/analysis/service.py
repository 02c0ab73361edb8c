"""Analysis with a cache in front: what the app and the CLI call.

Cache hits never import spaCy, so a second launch shows its highlights at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from tui_reader.analysis.model import Analysis


class ResultCache(Protocol):
    """Anything that stores JSON documents by (text hash, version)."""

    def get_many(self, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]: ...
    def put(self, text_hash: str, version: str, result: dict[str, Any]) -> None: ...


class TextItem(Protocol):
    text: str

    @property
    def text_hash(self) -> str: ...


def analyzer_version() -> str:
    """The version that keys the cache, read without importing spaCy.

    It adds a digest of the analysis sources to ``ANALYZER_VERSION``, so a rule changed
    without a version bump (a developer at work, a local patch) never serves stale results.
    """
    from tui_reader.analysis.analyzer import ANALYZER_VERSION

    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return f"{ANALYZER_VERSION}+{digest.hexdigest()[:12]}"


class CachedAnalyzer:
    """Analyses items once per text and analyser version."""

    def __init__(self, cache: ResultCache | None = None):
        self.cache = cache
        self.version = analyzer_version()

    def cached(self, items: Iterable[TextItem]) -> dict[str, Analysis]:
        """Cached analyses by text hash, for whichever items have one; never loads spaCy."""
        if self.cache is None:
            return {}
        found = self.cache.get_many((item.text_hash for item in items), self.version)
        return {h: Analysis.from_dict(d) for h, d in found.items()}

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
        from tui_reader.analysis.analyzer import analyze_texts  # deferred: loads spaCy

        for item, analysis in zip(misses, analyze_texts(item.text for item in misses)):
            if self.cache is not None:
                self.cache.put(item.text_hash, self.version, analysis.to_dict())
            yield item, analysis
