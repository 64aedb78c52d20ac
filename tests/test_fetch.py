"""fetch.Fetcher against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scraper.errors import FetchError
from scraper.fetch import Fetcher
from scraper.models import Fetched, Settings, Validators
from tests.servers import NewsSite, running

NOW = datetime(2024, 5, 21, 12, 0, tzinfo=UTC)
PAGE = b"<html><body><p>Season three is coming.</p></body></html>"
ETAG = '"v1-3f2a"'
LAST_MODIFIED = "Tue, 21 May 2024 09:30:00 GMT"


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    # threaded, so the concurrency test can see requests overlap
    httpserver = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    httpserver.start()
    yield httpserver
    httpserver.clear()
    httpserver.stop()


@pytest.fixture
def http(server: HTTPServer) -> Iterator[HTTPServer]:
    server.clear()
    # no robots.txt: everything allowed (robots.txt is tested in test_polite.py)
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    yield server
    server.check_assertions()


def fetch(url: str, validators: Validators | None = None, **settings: object) -> Fetched:
    settings.setdefault("min_delay", 0.0)

    async def run() -> Fetched:
        async with Fetcher(Settings(**settings)) as fetcher:  # type: ignore[arg-type]
            return await fetcher.fetch(url, validators, now=NOW)

    return asyncio.run(run())


def fetch_error(url: str, **settings: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, **settings)
    return caught.value


def test_200_returns_body_and_validators(http: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        headers = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
        return Response(PAGE, content_type="text/html; charset=utf-8", headers=headers)

    http.expect_request("/show").respond_with_handler(handler)
    fetched = fetch(http.url_for("/show"), user_agent="test-agent/1.0")
    assert fetched.status == 200
    assert fetched.body == PAGE
    assert fetched.not_modified is False
    assert fetched.content_type == "text/html; charset=utf-8"
    assert (fetched.etag, fetched.last_modified) == (ETAG, LAST_MODIFIED)
    assert fetched.fetched_at == NOW
    assert fetched.final_url == fetched.url == http.url_for("/show")
    assert fetched.elapsed_ms >= 0
    assert seen[0].headers["User-Agent"] == "test-agent/1.0"
    assert "If-None-Match" not in seen[0].headers
    assert "If-Modified-Since" not in seen[0].headers


def test_validators_are_sent_back_exactly_and_304_is_not_modified(http: HTTPServer) -> None:
    http.expect_request(
        "/feed", headers={"If-None-Match": ETAG, "If-Modified-Since": LAST_MODIFIED}
    ).respond_with_data("", status=304)
    fetched = fetch(http.url_for("/feed"), Validators(etag=ETAG, last_modified=LAST_MODIFIED))
    assert fetched.not_modified is True
    assert fetched.status == 304
    assert fetched.body == b""
    assert (fetched.etag, fetched.last_modified) == (ETAG, LAST_MODIFIED)


def test_304_with_new_validators_returns_them(http: HTTPServer) -> None:
    http.expect_request("/feed", headers={"If-None-Match": ETAG}).respond_with_data(
        "", status=304, headers={"ETag": '"v2"'}
    )
    fetched = fetch(http.url_for("/feed"), Validators(etag=ETAG, last_modified=LAST_MODIFIED))
    assert (fetched.etag, fetched.last_modified) == ('"v2"', LAST_MODIFIED)


@pytest.mark.parametrize("status", [404, 500])
def test_http_error_status(http: HTTPServer, status: int) -> None:
    http.expect_request("/broken").respond_with_data("nope", status=status)
    error = fetch_error(http.url_for("/broken"))
    assert error.status == status
    assert f"HTTP {status}" in str(error)


def test_unreachable_port_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # the port was free a moment ago and nothing listens on it now
    error = fetch_error(f"http://127.0.0.1:{port}/")
    assert error.status is None
    assert "connection refused" in str(error)
    assert error.__cause__ is not None


def test_body_over_cap_stops_the_transfer(http: HTTPServer) -> None:
    chunk = b"x" * 65536
    total_chunks = 800  # 50 MB if nobody stopped reading
    sent = 0

    def stream() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(total_chunks):
            sent += 1
            yield chunk

    http.expect_request("/huge").respond_with_response(Response(stream(), content_type="text/html"))
    error = fetch_error(http.url_for("/huge"), max_body_bytes=100_000)
    assert "body over 100000 bytes" in str(error)
    assert sent < total_chunks // 2


def test_content_length_over_cap_is_refused_before_reading(http: HTTPServer) -> None:
    http.expect_request("/big").respond_with_data(b"y" * 5000, content_type="text/plain")
    error = fetch_error(http.url_for("/big"), max_body_bytes=1000)
    assert "Content-Length 5000" in str(error)


def test_gzip_bomb_stops_at_the_cap(http: HTTPServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    http.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    error = fetch_error(http.url_for("/bomb"), max_body_bytes=1_000_000)
    assert "body over 1000000 bytes" in str(error)


def test_gzip_body_is_decoded(http: HTTPServer) -> None:
    http.expect_request("/small").respond_with_data(
        gzip.compress(PAGE), content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    assert fetch(http.url_for("/small")).body == PAGE


@pytest.mark.parametrize("content_type", ["image/png", "application/pdf", "application/json"])
def test_other_content_types_are_refused(http: HTTPServer, content_type: str) -> None:
    http.expect_request("/file").respond_with_data(b"\x89PNG....", content_type=content_type)
    error = fetch_error(http.url_for("/file"))
    assert content_type in str(error)


@pytest.mark.parametrize(
    "content_type",
    ["application/rss+xml; charset=utf-8", "application/atom+xml", "text/xml", "text/plain"],
)
def test_feed_and_text_types_are_accepted(http: HTTPServer, content_type: str) -> None:
    http.expect_request("/feed").respond_with_data(b"<rss/>", content_type=content_type)
    assert fetch(http.url_for("/feed")).body == b"<rss/>"


def test_missing_content_type_is_accepted(http: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        response = Response(PAGE)
        del response.headers["Content-Type"]
        return response

    http.expect_request("/bare").respond_with_handler(handler)
    fetched = fetch(http.url_for("/bare"))
    assert fetched.body == PAGE
    assert fetched.content_type is None


def test_redirect_chain_is_followed(http: HTTPServer) -> None:
    for source, target in (("/old", "/older"), ("/older", "/news/renewed")):
        http.expect_request(source).respond_with_data(
            "", status=301, headers={"Location": http.url_for(target)}
        )
    http.expect_request("/news/renewed").respond_with_data(PAGE, content_type="text/html")
    fetched = fetch(http.url_for("/old"))
    assert fetched.url == http.url_for("/old")
    assert fetched.final_url == http.url_for("/news/renewed")
    assert fetched.body == PAGE


def test_redirect_loop_is_an_error(http: HTTPServer) -> None:
    http.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    http.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    error = fetch_error(http.url_for("/a"), max_redirects=3)
    assert "more than 3 redirects" in str(error)
    assert error.status is None


def test_slow_response_times_out(http: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        time.sleep(0.5)
        return Response(PAGE, content_type="text/html")

    http.expect_request("/slow").respond_with_handler(handler)
    error = fetch_error(http.url_for("/slow"), read_timeout=0.1)
    assert error.status is None
    assert "timed out after 0.1s" in str(error)


def test_per_host_concurrency_is_capped(http: HTTPServer) -> None:
    lock = threading.Lock()
    active = peak = 0

    def handler(request: Request) -> Response:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with lock:
            active -= 1
        return Response(PAGE, content_type="text/html")

    http.expect_request("/busy").respond_with_handler(handler)

    async def run() -> list[Fetched]:
        async with Fetcher(Settings(per_host_concurrency=2, min_delay=0)) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(http.url_for("/busy")) for _ in range(6)))

    assert len(asyncio.run(run())) == 6
    assert peak <= 2


def test_now_must_be_aware() -> None:
    async def run() -> None:
        async with Fetcher(Settings()) as fetcher:
            await fetcher.fetch("http://127.0.0.1:9/", now=datetime(2024, 1, 1))

    with pytest.raises(ValueError, match="timezone-aware"):
        asyncio.run(run())


def test_a_host_keeps_its_connection_through_200s_and_304s() -> None:
    """A 304 is read to its end, so the next request reuses the connection: polling an
    unchanged site costs no new TCP (or TLS) handshakes."""
    paths = [f"/news/{n}" for n in range(5)]
    with running(NewsSite(keep_alive=True)) as site:
        for path in paths:
            site.put(path, f"<html><body><p>Story {path}</p></body></html>")

        async def run() -> tuple[int, list[Fetched]]:
            settings = Settings(min_delay=0.0, per_host_concurrency=1)
            async with Fetcher(settings) as fetcher:
                first = [await fetcher.fetch(site.url(path), now=NOW) for path in paths]
                opened = site.connections
                again = [
                    await fetcher.fetch(
                        site.url(path), Validators(f.etag, f.last_modified), now=NOW
                    )
                    for path, f in zip(paths, first, strict=True)
                ]
                return opened, again

        opened, again = asyncio.run(run())
        assert [f.not_modified for f in again] == [True] * len(paths)
        # robots.txt (a 404) and five pages, one at a time: one connection
        assert opened == 1
        assert site.connections == opened
