"""Origin -> its robots.txt rules: fetched once, cached (in memory and in the store) until expiry.

RFC 9309: a robots.txt that is missing (any 4xx) allows everything; one that cannot be read
(5xx, 429, network error) is not guessed at: the request fails and is tried again later.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

from protego import Protego

from scraper.errors import FetchError

# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest is ignored.
MAX_ROBOTS_BYTES = 512 * 1024


class RobotsStore(Protocol):
    """Where robots.txt answers outlive the process (the Store implements it)."""

    def robots_get(self, origin: str) -> tuple[int, str, datetime] | None: ...

    def robots_put(self, origin: str, status: int, body: str, expires_at: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class Robots:
    """One origin's rules: `status` is the HTTP status robots.txt was served with."""

    origin: str
    status: int
    body: str
    expires_at: datetime
    _parser: Protego | None = field(default=None, compare=False, repr=False)

    @classmethod
    def parse(cls, origin: str, status: int, body: str, expires_at: datetime) -> Robots:
        parser = Protego.parse(body) if 200 <= status < 300 and body.strip() else None
        return cls(origin, status, body, expires_at, parser)

    def allowed(self, url: str, agent: str) -> bool:
        return self._parser is None or bool(self._parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def origin_of(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError as error:  # "http://[oops/": no origin to ask
        raise FetchError(url, f"not a valid URL: {error}") from error
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match: 'scraper' of 'scraper/0.1 (+https://...)'."""
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"


# (origin) -> (status, body); raises for an unreadable robots.txt
Download = Callable[[str], Awaitable[tuple[int, str]]]


class RobotsCache:
    """robots.txt per origin, each downloaded once however many requests wait for it."""

    def __init__(self, download: Download, *, ttl: float, store: RobotsStore | None = None):
        self._download = download
        self._ttl = timedelta(seconds=ttl)
        self._store = store
        self._rules: dict[str, Robots] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules(self, url: str, now: datetime) -> Robots:
        origin = origin_of(url)
        async with self._locks.setdefault(origin, asyncio.Lock()):
            cached = self._rules.get(origin)
            if cached is None and self._store is not None:
                stored = self._store.robots_get(origin)
                if stored is not None:
                    cached = Robots.parse(origin, *stored)
            if cached is None or cached.expires_at <= now:
                status, body = await self._download(origin)
                cached = Robots.parse(origin, status, body, now + self._ttl)
                if self._store is not None:
                    self._store.robots_put(origin, status, body, cached.expires_at)
            self._rules[origin] = cached
            return cached
