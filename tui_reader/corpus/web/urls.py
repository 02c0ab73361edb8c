"""Telling web addresses from paths, and which schemes are followed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

SCHEMES = ("http", "https")
"""The only schemes fetched or followed: a redirect elsewhere (file:, ftp:) is refused."""


def is_url(value: object) -> bool:
    """Whether a command-line argument or setting is an http(s) address rather than a path."""
    if not isinstance(value, str):
        return False
    parts = urlsplit(value.strip())
    return parts.scheme.lower() in SCHEMES and bool(parts.netloc)


def split_sources(sources: Iterable[str | Path]) -> tuple[list[str | Path], list[str]]:
    """Paths and web addresses apart, each in the order given."""
    paths: list[str | Path] = []
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(str(source).strip())
        else:
            paths.append(source)
    return paths, urls


def host_of(url: str) -> str:
    """The host (and port) a request goes to: requests in flight are counted per host."""
    return urlsplit(url).netloc.lower()
