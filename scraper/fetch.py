"""URL (+ Validators from the last fetch) -> Fetched: one conditional, capped, polite HTTP GET."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from types import TracebackType

import httpx

from scraper.errors import FetchError
from scraper.models import Fetched, Settings, Validators

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


class Fetcher:
    """An HTTP client for polling sources; keep one per process and close it at the end.

    Example:
        async with Fetcher(Settings()) as fetcher:
            fetched = await fetcher.fetch(url, Validators(etag='"abc"'))
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client = httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent, "Accept": ACCEPT_HEADER},
            timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
            follow_redirects=True,
            max_redirects=settings.max_redirects,
        )
        self._total = asyncio.Semaphore(settings.total_concurrency)
        self._per_host: dict[str, asyncio.Semaphore] = {}

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
        try:
            host = httpx.URL(url).host
        except httpx.InvalidURL as error:
            raise FetchError(url, f"not a valid URL: {error}") from error
        per_host = self._per_host.setdefault(
            host, asyncio.Semaphore(self.settings.per_host_concurrency)
        )
        async with self._total, per_host:
            started = time.perf_counter()
            try:
                async with self._client.stream("GET", url, headers=headers) as response:
                    not_modified = response.status_code == 304
                    body = b"" if not_modified else await self._read(url, response)
            except httpx.HTTPError as error:
                raise FetchError(url, self._describe(error)) from error
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
