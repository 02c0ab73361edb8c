"""A local HTTP server for the feed tests and the feed benchmark: 127.0.0.1 only, started and stopped by them.

Each path serves a ``Route``: a status, a body, headers, a delay or a gate, an ETag and a
Last-Modified it honours with 304, gzip when the client asks. The server records every
request (path and headers), counts the bytes it writes, and the most requests it had in
flight at once.
"""

from __future__ import annotations

import gzip
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    gate: threading.Event | None = None
    """Answer only once this is set (a test holds a feed back while it looks at the app)."""
    etag: str | None = None
    last_modified: str | None = None
    compress: bool = True
    """gzip the body when the request accepts it."""
    declare_length: bool = True
    """False: no Content-Length, the body runs until the connection closes."""


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class _Counting:
    """The handler's output stream, counting the bytes written to the socket."""

    def __init__(self, stream: Any, server: FixtureServer):
        self._stream, self._server = stream, server

    def write(self, data: bytes) -> int:
        with self._server.lock:
            self._server.bytes_sent += len(data)
        return self._stream.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm the body would wait
    # for the client's delayed ACK (40 ms a response), as no real server lets it.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.wfile = _Counting(self.wfile, self.server.owner)  # type: ignore[assignment]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: the tests read the recorded requests instead

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        with owner.lock:
            owner.requests.append(Seen(path, {k.lower(): v for k, v in self.headers.items()}))
            owner.in_flight += 1
            owner.most_in_flight = max(owner.most_in_flight, owner.in_flight)
        try:
            self._answer(owner.routes.get(path))
        finally:
            with owner.lock:
                owner.in_flight -= 1

    def _answer(self, route: Route | None) -> None:
        if route is None:
            route = Route(b"<html><body><p>Nothing here.</p></body></html>", status=404)
        if route.delay:
            time.sleep(route.delay)
        if route.gate is not None:
            route.gate.wait(30)
        validators = {"ETag": route.etag, "Last-Modified": route.last_modified}
        validators = {k: v for k, v in validators.items() if v}
        if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
            route.last_modified and not route.etag and self.headers.get("If-Modified-Since") == route.last_modified
        ):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = route.body
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        for name, value in {**validators, **route.headers}.items():
            self.send_header(name, value)
        if route.compress and "gzip" in self.headers.get("Accept-Encoding", "") and body:
            body = gzip.compress(body, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        if route.declare_length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (a timeout, a size limit): expected in these tests


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: FixtureServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client closing early is part of the tests, not an error


class FixtureServer:
    """A threaded HTTP server on 127.0.0.1 and a free port; ``start()`` and ``stop()``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.bytes_sent = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.scheme = "http"

    def start(self, certificate: Path | None = None) -> FixtureServer:
        """Serve on a free port: HTTPS with this certificate and key (one PEM file), else HTTP."""
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        if certificate is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certificate)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **options: Any) -> str:
        """Serve ``body`` at ``path``; returns its address."""
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, **options)
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        """The requests made for ``path``."""
        with self.lock:
            return [seen for seen in self.requests if seen.path == path]

    def reset_counts(self) -> None:
        with self.lock:
            self.requests.clear()
            self.bytes_sent = 0
            self.most_in_flight = 0
