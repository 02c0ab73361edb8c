"""A polite, bounded HTTP client for feeds and pages, on httpx.

Polite: it names itself and its version in the User-Agent, asks for compressed
responses, sends back the ETag and Last-Modified a feed gave last time (so an unchanged
feed costs only headers), and never has more than ``per_host`` requests in flight to one
host (``in_flight`` in all). Bounded: a time limit on each request, from connecting to
the last byte; a size limit on each response, counted after decompression; a limit on
redirects. TLS certificates are verified, and only http and https are followed: a
redirect to any other scheme is refused.

Every failure is a ``FetchError`` whose message is the reason, short enough to follow a
feed's address on one line.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urlsplit

import httpx

from tui_reader import __version__
from tui_reader.corpus.web.urls import SCHEMES, host_of

USER_AGENT = f"newsreader/{__version__} (terminal news reader)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.1"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """How far one fetch may go."""

    timeout: float = 20.0
    """Seconds for one request, from connecting to its last byte (each redirect is a request)."""
    max_bytes: int = 5_000_000
    """Bytes of one response body, after decompression."""
    max_redirects: int = 5
    in_flight: int = 8
    """Requests in flight at once, over every host."""
    per_host: int = 2
    """Requests in flight at once to one host."""


@dataclass(slots=True)
class Response:
    """A successful fetch: 200 with its body, or 304 (not modified) with none."""

    url: str
    """Where the body came from, after redirects."""
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    """Lower-case names: content-type, etag, last-modified, content-location."""
    received: int = 0
    """Bytes that came over the wire for it, status lines and headers included (redirects too)."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed; the message is the reason, for one line."""

    def __init__(self, reason: str, received: int = 0):
        super().__init__(reason)
        self.received = received


_KEPT_HEADERS = ("content-type", "etag", "last-modified")


def _header_bytes(response: httpx.Response) -> int:
    # The status line and each "name: value\r\n", as they came over the wire.
    return len(response.reason_phrase) + 15 + sum(len(k) + len(v) + 4 for k, v in response.headers.raw) + 2


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class Client:
    """One refresh's connections: use as ``async with Client(limits) as client``."""

    def __init__(self, limits: Limits | None = None, transport: httpx.AsyncBaseTransport | None = None):
        self.limits = limits or Limits()
        self._all = asyncio.Semaphore(self.limits.in_flight)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._http = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            timeout=httpx.Timeout(self.limits.timeout),
            limits=httpx.Limits(max_connections=self.limits.in_flight, max_keepalive_connections=self.limits.in_flight),
            follow_redirects=False,  # followed here, to refuse other schemes and name loops
            verify=True,
            transport=transport,
        )

    async def __aenter__(self) -> Client:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self._http.aclose()

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        host = self._hosts.setdefault(host_of(url), asyncio.Semaphore(self.limits.per_host))
        async with host, self._all:
            yield

    async def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url``, following redirects; 304 when the ETag or Last-Modified still holds.

        Raises ``FetchError`` with the reason for anything else.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited = [url]
        current = url
        received = 0
        for _ in range(self.limits.max_redirects + 1):
            _check_scheme(current, received)
            try:
                result = await self._one(current, headers)
            except FetchError as error:
                error.received += received
                raise
            received += result.received
            if isinstance(result, _Redirect):
                target = result.target
                _check_scheme(target, received, redirected=True)
                if target in visited:
                    loop = " → ".join([*visited[visited.index(target) :], target])
                    raise FetchError(f"redirect loop ({loop})", received)
                visited.append(target)
                current = target
                continue
            result.received = received
            return result
        raise FetchError(f"too many redirects (more than {self.limits.max_redirects})", received)

    async def _one(self, url: str, headers: dict[str, str]) -> Response | _Redirect:
        """One request, no redirects followed, within the time and size limits."""
        seconds = self.limits.timeout
        try:
            # The clock starts once the request may go: waiting for a free slot is not its time.
            async with self._slot(url), asyncio.timeout(seconds):
                async with self._http.stream("GET", url, headers=headers) as response:
                    return await self._read(url, response)
        except (TimeoutError, httpx.TimeoutException):
            raise FetchError(f"timed out after {seconds:g} s") from None
        except httpx.HTTPError as error:
            raise FetchError(_transport_reason(error)) from None
        except httpx.InvalidURL as error:
            raise FetchError(f"not a valid address ({error})") from None

    async def _read(self, url: str, response: httpx.Response) -> Response | _Redirect:
        head = _header_bytes(response)
        location = response.headers.get("location")
        if response.is_redirect and location:
            # An absolute Location is kept as written: joining would respell other schemes (file:///x as file:/x).
            absolute = urlsplit(location).scheme != ""
            return _Redirect(location.strip() if absolute else str(httpx.URL(url).join(location)), head)
        if response.status_code == 304:
            return Response(url, 304, headers=_kept(response), received=head)
        if not 200 <= response.status_code < 300:
            raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip(), head)
        limit = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"too large ({_megabytes(int(declared))}; the limit is {_megabytes(limit)})", head)
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large (more than {_megabytes(limit)})", head + response.num_bytes_downloaded)
            chunks.append(chunk)
        received = head + response.num_bytes_downloaded
        return Response(url, response.status_code, b"".join(chunks), _kept(response), received)


@dataclass(slots=True)
class _Redirect:
    target: str
    received: int


def _kept(response: httpx.Response) -> dict[str, str]:
    kept = {name: response.headers[name] for name in _KEPT_HEADERS if name in response.headers}
    kept["content-location"] = str(response.url)
    return kept


def _check_scheme(url: str, received: int, redirected: bool = False) -> None:
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in SCHEMES:
        what = f"redirected to {url}" if redirected else f"{url} is not a web address"
        raise FetchError(f"{what}; only http and https are followed", received)


def _transport_reason(error: httpx.HTTPError) -> str:
    """A failed connection or transfer in a few words: unreachable, TLS, broken off."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate not trusted ({cause.verify_message or cause.reason})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS failed ({cause.reason or cause})"
        if isinstance(cause, OSError) and cause.errno is not None:
            return f"unreachable ({_errno_words(cause)})"
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, httpx.ConnectError):
        text = str(error)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            return f"TLS certificate not trusted ({text})"
        return f"unreachable ({text or 'could not connect'})"
    if isinstance(error, httpx.DecodingError):
        return f"could not decompress the response ({error})"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke off the response ({error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _errno_words(error: OSError) -> str:
    if error.errno == errno.ECONNREFUSED:
        return "connection refused"
    if isinstance(error, socket.gaierror):
        return "host name not found"
    return (error.strerror or str(error)).lower()
