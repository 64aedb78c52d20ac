"""URL (+ Validators from the last fetch) -> Fetched: one conditional, capped, polite HTTP GET.

Errors, all FetchError (scraper.errors) with the URL and the HTTP status (None when there was
no answer):

    FetchError
     ├─ RobotsBlocked   robots.txt disallows the URL for our user agent
     └─ RateLimited     429/503 with Retry-After, or the host is still in that pause
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import TypeVar
from urllib.parse import urlsplit

import httpx

from scraper.errors import FetchError
from scraper.models import Fetched, Settings, Validators
from scraper.polite import Clock, HostPaused, Politeness
from scraper.robots import MAX_ROBOTS_BYTES, Robots, RobotsCache, RobotsStore, agent_token

T = TypeVar("T")


class RobotsBlocked(FetchError):
    """robots.txt disallows this URL for our user agent: reported, never fetched."""


class RateLimited(FetchError):
    """The host asked us to wait `retry_after` seconds (429 or 503 with Retry-After)."""

    def __init__(
        self, url: str, message: str, *, retry_after: float, status: int | None = None
    ) -> None:
        self.retry_after = retry_after
        super().__init__(url, message, status=status)


# Feeds and pages only: HTML, XHTML, XML dialects (RSS, Atom, RDF) and plain text.
ACCEPTED_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "text/plain",
    }
)
ACCEPT_HEADER = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8"
)


def _accepted(content_type: str | None) -> bool:
    if not content_type:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    return not mime or mime in ACCEPTED_TYPES or mime.endswith("+xml")


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """A Retry-After header (delay-seconds or an HTTP date) as seconds from `now`."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class PoolPerHost(httpx.AsyncBaseTransport):
    """One connection pool per origin, all sharing one TLS context.

    httpcore's pool scans every connection it holds for every waiting request, so a single
    pool keeping hundreds of hosts' connections alive costs more per request the more hosts
    it holds: 1,000 conditional GETs on 50 hosts took 2.7 s through one pool and 0.7 s through
    one pool per host (bench/poll.py's site, see the README). Here each pool holds only its
    host's one or two connections. In-flight requests are capped by the Fetcher's semaphores,
    not here.
    """

    def __init__(self, *, keep_alive: int) -> None:
        self._keep_alive = keep_alive
        self._tls = httpx.create_ssl_context()
        self._pools: dict[tuple[bytes, bytes, int | None], httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._pools[origin] = httpx.AsyncHTTPTransport(
                verify=self._tls,
                limits=httpx.Limits(
                    max_connections=None, max_keepalive_connections=self._keep_alive
                ),
            )
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


class Fetcher:
    """An HTTP client for polling sources; keep one per process and close it at the end.

    Every URL is checked against its origin's robots.txt first, and every request waits for
    its host's turn (`Politeness`). `clock` and `rng` are for tests.

    Example:
        async with Fetcher(Settings()) as fetcher:
            fetched = await fetcher.fetch(url, Validators(etag='"abc"'))
    """

    def __init__(
        self,
        settings: Settings,
        *,
        robots_store: RobotsStore | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._client = httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent, "Accept": ACCEPT_HEADER},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            transport=PoolPerHost(keep_alive=max(2, settings.per_host_concurrency)),
        )
        self._total = asyncio.Semaphore(settings.total_concurrency)
        self.politeness = Politeness(
            in_flight=settings.per_host_concurrency,
            min_delay=settings.min_delay,
            jitter=settings.delay_jitter,
            clock=clock,
            rng=rng,
        )
        self.robots = RobotsCache(
            self._download_robots, ttl=settings.robots_ttl, store=robots_store
        )
        self.agent = agent_token(settings.user_agent)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self, url: str, validators: Validators | None = None, *, now: datetime | None = None
    ) -> Fetched:
        """GET `url`: a 304 gives `Fetched(not_modified=True)`, every failure a FetchError."""
        if now is not None and now.tzinfo is None:
            raise ValueError(f"now must be timezone-aware, got {now!r}")
        fetched_at = (now or datetime.now(UTC)).astimezone(UTC)
        headers: dict[str, str] = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        rules = await self.robots_for(url, fetched_at)
        if not rules.allowed(url, self.agent):
            raise RobotsBlocked(url, f"disallowed by {rules.origin}/robots.txt for {self.agent!r}")
        self.politeness.set_crawl_delay(_host_key(url), rules.crawl_delay(self.agent))
        started = time.perf_counter()

        async def read(response: httpx.Response) -> tuple[httpx.Response, bytes]:
            if response.status_code == 304:
                # read to its (empty) end, or the connection is closed instead of reused
                await response.aread()
                return response, b""
            return response, await self._read(url, response)

        response, body = await self._request(url, headers, fetched_at, read)
        not_modified = response.status_code == 304
        # a 304 may omit the validators; the ones we sent are still the current ones
        sent = validators if validators and not_modified else Validators()
        return Fetched(
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            fetched_at=fetched_at,
            not_modified=not_modified,
            body=body,
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag") or sent.etag,
            last_modified=response.headers.get("last-modified") or sent.last_modified,
            elapsed_ms=round((time.perf_counter() - started) * 1000),
        )

    async def robots_for(self, url: str, now: datetime) -> Robots:
        """The robots.txt rules of `url`'s origin (fetched at most once per robots_ttl)."""
        try:
            return await self.robots.rules(url, now)
        except FetchError as error:
            # name the page the user asked for; the robots.txt problem is the reason
            reason = "robots.txt: " + str(error).removeprefix(f"{error.url}: ")
            if isinstance(error, RateLimited):
                raise RateLimited(
                    url, reason, retry_after=error.retry_after, status=error.status
                ) from error
            raise FetchError(url, reason, status=error.status) from error

    async def _download_robots(self, origin: str) -> tuple[int, str]:
        url = f"{origin}/robots.txt"

        async def read(response: httpx.Response) -> tuple[int, str]:
            # read (up to the cap) whatever the status, so a short 404 page leaves the
            # connection open for the pages that follow
            data = bytearray()
            async for chunk in response.aiter_bytes():
                data += chunk
                if len(data) >= MAX_ROBOTS_BYTES:
                    break
            status = response.status_code
            if 400 <= status < 500:
                return status, ""  # RFC 9309: no robots.txt, no rules
            if not 200 <= status < 300:
                raise FetchError(url, f"unreadable: HTTP {status}", status=status)
            return status, bytes(data[:MAX_ROBOTS_BYTES]).decode("utf-8", "replace")

        return await self._request(url, {}, datetime.now(UTC), read)

    async def _request(
        self,
        url: str,
        headers: dict[str, str],
        now: datetime,
        handle: Callable[[httpx.Response], Awaitable[T]],
    ) -> T:
        """One GET in its host's turn, under the total time limit; 429/503 pause the host."""
        host = _host_key(url)
        total = self.settings.total_timeout
        try:
            async with self.politeness.turn(host), self._total:
                async with asyncio.timeout(total):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        self._check_rate_limit(url, host, response, now)
                        return await handle(response)
        except HostPaused as paused:
            raise RateLimited(url, str(paused), retry_after=paused.remaining) from None
        except TimeoutError as error:
            raise FetchError(url, f"took more than {total:g}s in all") from error
        except httpx.HTTPError as error:
            raise FetchError(url, self._describe(error)) from error

    def _check_rate_limit(
        self, url: str, host: str, response: httpx.Response, now: datetime
    ) -> None:
        if response.status_code not in (429, 503):
            return
        wait = retry_after_seconds(response.headers.get("retry-after"), now)
        if wait is None:
            return
        wait = min(wait, float(self.settings.backoff_cap))
        self.politeness.pause(host, wait)
        raise RateLimited(
            url,
            f"HTTP {response.status_code}: asked to retry after {wait:.0f}s (Retry-After)",
            retry_after=wait,
            status=response.status_code,
        )

    async def _read(self, url: str, response: httpx.Response) -> bytes:
        """The decoded body of a 2xx response, refused early by status, type or size."""
        status = response.status_code
        if not 200 <= status < 300:
            reason = f" {response.reason_phrase}" if response.reason_phrase else ""
            raise FetchError(url, f"HTTP {status}{reason}", status=status)
        content_type = response.headers.get("content-type")
        if not _accepted(content_type):
            raise FetchError(
                url,
                f"content type {content_type!r} is not a page or feed "
                "(expected HTML, XML, RSS, Atom or plain text)",
                status=status,
            )
        cap = self.settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                url, f"body over {cap} bytes (Content-Length {declared})", status=status
            )
        chunks: list[bytes] = []
        size = 0
        # aiter_bytes yields decompressed bytes, so a gzip bomb stops at the cap as well.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"body over {cap} bytes", status=status)
            chunks.append(chunk)
        return b"".join(chunks)

    def _describe(self, error: httpx.HTTPError) -> str:
        settings = self.settings
        if isinstance(error, httpx.ConnectTimeout):
            return f"connect timed out after {settings.connect_timeout:g}s"
        if isinstance(error, httpx.TimeoutException):
            return f"timed out after {settings.read_timeout:g}s"
        if isinstance(error, httpx.TooManyRedirects):
            return f"more than {settings.max_redirects} redirects (a redirect loop?)"
        if isinstance(error, httpx.ConnectError):
            cause = _os_error(error)
            if isinstance(cause, ConnectionRefusedError):
                return "connection refused"
            return f"could not connect: {cause.strerror if cause else error}"
        if isinstance(error, httpx.DecodingError):
            return f"could not decode the body: {error}"
        return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _os_error(error: BaseException) -> OSError | None:
    """The innermost OSError with an errno behind an httpx error ("All connection attempts
    failed" hides whether the port was closed or the host unreachable)."""
    found: OSError | None = None
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            found = current
        current = current.__cause__ or current.__context__
    return found


def _host_key(url: str) -> str:
    """Politeness is per host and port: two servers on one address are two sites."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as error:
        raise FetchError(url, f"not a valid URL: {error}") from error
    if not host:
        raise FetchError(url, "not a valid URL: no host")
    return f"{host}:{port}" if port else host
