"""The polite, bounded HTTP client against a local server: what it sends, what it refuses, what it reports."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import pytest

from tests.feeds.server import FixtureServer
from tui_reader import __version__
from tui_reader.corpus.web.client import Client, FetchError, Limits, Response

CERTIFICATE = Path(__file__).parent / "fixtures" / "selfsigned-127.0.0.1.pem"


def get(url: str, limits: Limits | None = None, **validators: str) -> Response:
    async def fetch() -> Response:
        async with Client(limits) as client:
            return await client.get(url, **validators)

    return asyncio.run(fetch())


def failure(url: str, limits: Limits | None = None) -> str:
    with pytest.raises(FetchError) as raised:
        get(url, limits)
    return str(raised.value)


def test_names_newsreader_and_its_version_and_asks_for_compression(web):
    body = "<rss version='2.0'><channel><title>Quay news</title></channel></rss>" * 40
    url = web.add("/feed.xml", body, content_type="application/rss+xml")
    response = get(url)
    seen = web.hits("/feed.xml")[0].headers
    assert seen["user-agent"].startswith(f"newsreader/{__version__}")
    assert "gzip" in seen["accept-encoding"]
    assert response.body == body.encode()  # decompressed
    # Compressed on the wire: far fewer bytes came than the body holds.
    assert response.received < len(gzip.compress(body.encode())) + 400 < len(body)


def test_sends_the_validators_and_takes_304_as_not_modified(web):
    url = web.add("/feed.xml", "<rss/>", etag='"rev-7"', last_modified="Mon, 03 Mar 2025 10:00:00 GMT")
    first = get(url)
    assert first.status == 200 and first.headers["etag"] == '"rev-7"'
    again = get(url, etag='"rev-7"', last_modified="Mon, 03 Mar 2025 10:00:00 GMT")
    assert again.not_modified and again.body == b""
    request = web.hits("/feed.xml")[1].headers
    assert request["if-none-match"] == '"rev-7"'
    assert request["if-modified-since"] == "Mon, 03 Mar 2025 10:00:00 GMT"
    assert again.received < 300  # headers only


def test_a_slow_response_times_out(web):
    url = web.add("/slow.xml", "<rss/>", delay=2.0)
    assert failure(url, Limits(timeout=0.3)) == "timed out after 0.3 s"


def test_a_response_over_the_size_limit_is_refused_by_its_declared_length(web):
    url = web.add("/big.xml", b"<rss>" + b"x" * 6_000_000, compress=False)
    assert failure(url).startswith("too large (6.0 MB; the limit is 5.0 MB)")


def test_a_response_over_the_size_limit_is_cut_off_when_it_declares_no_length(web):
    url = web.add("/endless.xml", b"<rss>" + b"x" * 300_000, compress=False, declare_length=False)
    assert failure(url, Limits(max_bytes=100_000)) == "too large (more than 0.1 MB)"


def test_a_small_compressed_response_that_inflates_past_the_limit_is_refused(web):
    url = web.add("/bomb.xml", b"<rss>" + b"\0" * 2_000_000)  # gzip makes it a few kilobytes
    assert failure(url, Limits(max_bytes=1_000_000)) == "too large (more than 1.0 MB)"


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_http_errors_are_named(web, status, reason):
    url = web.add("/broken.xml", "<p>no</p>", status=status)
    assert failure(url) == reason


def test_redirects_are_followed_to_the_end(web):
    final = web.add("/final.xml", "<rss/>")
    web.add("/moved.xml", status=301, headers={"Location": "/final.xml"})
    response = get(web.url("/moved.xml"))
    assert response.body == b"<rss/>" and response.url == final


def test_a_redirect_loop_is_named(web):
    web.add("/a.xml", status=302, headers={"Location": "/b.xml"})
    web.add("/b.xml", status=302, headers={"Location": "/a.xml"})
    reason = failure(web.url("/a.xml"))
    assert reason == f"redirect loop ({web.url('/a.xml')} → {web.url('/b.xml')} → {web.url('/a.xml')})"
    assert len(web.requests) == 2


def test_too_many_redirects(web):
    for hop in range(8):
        web.add(f"/hop{hop}", status=307, headers={"Location": f"/hop{hop + 1}"})
    assert failure(web.url("/hop0"), Limits(max_redirects=3)) == "too many redirects (more than 3)"
    assert len(web.requests) == 4


def test_a_redirect_to_a_file_is_refused_and_the_file_never_read(web, tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss><channel><item><title>private</title></item></channel></rss>")
    web.add("/feed.xml", status=302, headers={"Location": secret.as_uri()})
    assert failure(web.url("/feed.xml")) == f"redirected to {secret.as_uri()}; only http and https are followed"


def test_no_more_than_two_requests_in_flight_to_one_host(web):
    urls = [web.add(f"/feed{n}.xml", "<rss/>", delay=0.25) for n in range(6)]

    async def fetch_all() -> list[Response]:
        async with Client() as client:
            return await asyncio.gather(*(client.get(url) for url in urls))

    assert all(r.status == 200 for r in asyncio.run(fetch_all()))
    assert web.most_in_flight == 2


def test_an_unreachable_host_is_named():
    server = FixtureServer().start()
    url = server.url("/feed.xml")
    server.stop()
    assert failure(url) == "unreachable (connection refused)"


def test_a_certificate_nobody_vouches_for_is_refused(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    server = FixtureServer().start(certificate=CERTIFICATE)
    try:
        server.add("/feed.xml", "<rss/>")
        assert failure(server.url("/feed.xml")).startswith("TLS certificate not trusted")
        assert not server.hits("/feed.xml")
        # The same server with its certificate trusted: the refusal was the verification.
        monkeypatch.setenv("SSL_CERT_FILE", str(CERTIFICATE))
        assert get(server.url("/feed.xml")).body == b"<rss/>"
    finally:
        server.stop()


def test_only_web_addresses_are_fetched():
    assert failure("file:///etc/hostname") == "file:///etc/hostname is not a web address; only http and https are followed"
