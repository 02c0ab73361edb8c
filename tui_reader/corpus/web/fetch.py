"""Fetching feeds and pages into articles: a feed becomes its items, a page one article.

A ``Fetcher`` serves one refresh: every linked page is fetched once however many feeds
link it, and not at all when the caller already holds its text (``known``). Parsing and
extraction run in threads, so the event loop keeps the other requests moving.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tui_reader.corpus.article import Article
from tui_reader.corpus.formats.base import LoadResult, Problem, safe_url
from tui_reader.corpus.formats.encoding import SNIFF_BYTES
from tui_reader.corpus.formats.feed import FeedItem, feed_problem, parse_items
from tui_reader.corpus.formats.markup import entity_reason
from tui_reader.corpus.formats.sniff import FEED, HTML, detect
from tui_reader.corpus.web.client import Client, FetchError, Limits, Response
from tui_reader.corpus.web.items import complete_item, needs_page, page_article, unreadable

T = TypeVar("T")


@dataclass(slots=True)
class Fetched:
    """What one feed or page address gave."""

    url: str
    articles: list[Article] | None
    """Its articles in feed order; None when it has not changed since the validators sent."""
    etag: str | None = None
    last_modified: str | None = None
    problems: list[str] = field(default_factory=list)
    """What did not stop it: an ill-formed feed, pages not had."""
    received: int = 0
    """Bytes over the wire for the address itself, headers included (pages: ``Fetcher.page_bytes``)."""


def _content_type(response: Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _kind(response: Response) -> str | None:
    """FEED or HTML, by content first, then by the content type; None for anything else."""
    suffix = PurePosixPath(urlsplit(response.url).path).suffix.lower()
    kind = detect(suffix, response.body[:SNIFF_BYTES])
    if kind in (FEED, HTML):
        return kind
    content_type = _content_type(response)
    if "html" in content_type:
        return HTML
    if any(word in content_type for word in ("rss", "atom", "xml")):
        return FEED
    return None


class Fetcher:
    """The feeds and pages of one refresh, over one ``Client``."""

    def __init__(self, client: Client, known: Callable[[Sequence[str]], dict[str, Article]] | None = None):
        self.client = client
        self._known = known
        """The articles of pages the caller holds already, by link: those are not fetched."""
        self._pages: dict[str, asyncio.Future[Article | str]] = {}
        self.page_bytes = 0
        """Bytes over the wire for linked pages, headers included."""
        self.pages_fetched = 0

    async def source(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """A feed's items or a page's article; raises ``FetchError`` with the reason when neither can be had."""
        response = await self.client.get(url, etag, last_modified)
        headers = response.headers
        fetched = Fetched(url, None, headers.get("etag"), headers.get("last-modified"), received=response.received)
        if response.not_modified:
            # A 304 may leave the validators out: the ones sent still hold.
            fetched.etag = fetched.etag or etag
            fetched.last_modified = fetched.last_modified or last_modified
            return fetched
        kind = _kind(response)
        if kind == FEED:
            fetched.articles, fetched.problems = await self._feed(url, response)
        elif kind == HTML:
            page = await asyncio.to_thread(page_article, response.body, url)
            if isinstance(page, str):
                raise FetchError(page, response.received)
            page.url = page.url or safe_url(response.url)
            fetched.articles = [page]
        else:
            found = _content_type(response) or "no content type"
            raise FetchError(f"not a feed or a web page ({found})", response.received)
        return fetched

    async def complete(self, feed_url: str, items: Sequence[FeedItem]) -> tuple[list[Article], list[str]]:
        """The items as articles, completed from their pages where they hold only a summary."""
        wanted = [item.link for item in items if item.link and needs_page(item)]
        known = await asyncio.to_thread(self._known, wanted) if self._known and wanted else {}
        done = await asyncio.gather(*(complete_item(feed_url, item, self.page, known) for item in items))
        return [article for article, _ in done if article is not None], [problem for _, problem in done if problem]

    async def _feed(self, url: str, response: Response) -> tuple[list[Article], list[str]]:
        refused = entity_reason(response.body)
        if refused:
            raise FetchError(f"not a feed ({refused})", response.received)
        items, entries, bozo = await asyncio.to_thread(parse_items, response.body, response.headers)
        if not items and bozo:
            raise FetchError(f"not a feed (ill-formed XML: {bozo})", response.received)
        articles, problems = await self.complete(url, items)
        if items and not articles:
            first = f" ({problems[0]})" if problems else ""
            raise FetchError(f"not a feed: none of its {entries} items has text{first}", response.received)
        problem = feed_problem(url, entries, len(articles), bozo)
        if problem is not None:
            problems.insert(0, problem.reason)
        return articles, problems

    def page(self, link: str) -> asyncio.Future[Article | str]:
        """The article of a linked page, or the reason it cannot be had; fetched once per refresh."""
        task = self._pages.get(link)
        if task is None:
            task = self._pages[link] = asyncio.ensure_future(self._fetch_page(link))
        # Shielded: one feed given up (the refresh limit) must not cancel a page another feed waits for.
        return asyncio.shield(task)

    async def _fetch_page(self, link: str) -> Article | str:
        try:
            response = await self.client.get(link)
        except FetchError as error:
            self.page_bytes += error.received
            return str(error)
        self.page_bytes += response.received
        self.pages_fetched += 1
        if _kind(response) != HTML:
            return f"not a web page ({_content_type(response) or 'no content type'})"
        try:
            return await asyncio.to_thread(page_article, response.body, link)
        except Exception as error:  # noqa: BLE001 - a crash on one hostile page leaves its item the summary
            return unreadable(error)


def run_async(work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end from synchronous code, even on a thread whose event loop is running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    box: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            box.append(asyncio.run(work))
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            failed.append(error)

    thread = threading.Thread(target=run, name="newsreader-fetch")
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return box[0]


def fetch_urls(urls: Iterable[str], limits: Limits | None = None) -> LoadResult:
    """Every article behind these addresses, fetched now and kept nowhere; failures as problems."""
    wanted = list(dict.fromkeys(urls))

    async def fetch_all() -> list[Fetched | BaseException]:
        async with Client(limits) as client:
            fetcher = Fetcher(client)
            return await asyncio.gather(*(fetcher.source(url) for url in wanted), return_exceptions=True)

    result = LoadResult()
    for url, outcome in zip(wanted, run_async(fetch_all()), strict=True):
        if isinstance(outcome, FetchError):
            result.problems.append(Problem(url, str(outcome)))
        elif isinstance(outcome, Exception):  # a parser's crash on hostile input: this address alone
            result.problems.append(Problem(url, unreadable(outcome)))
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            result.articles.extend(outcome.articles or [])
            result.problems.extend(Problem(url, reason) for reason in outcome.problems)
    return result
