"""Polite polling against a scripted server on 127.0.0.1; time comes from a fake clock."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from scraper import health
from scraper.errors import FetchError
from scraper.fetch import Fetcher, RateLimited, RobotsBlocked
from scraper.models import Fetched, Settings, Source
from scraper.store import Store
from tests.servers import NewsSite, Page, running

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
HTML = "<html><body><p>Season two is coming.</p></body></html>"


class FakeClock:
    """Monotonic time that only moves when someone sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with running(NewsSite()) as server:
        yield server


def fetch_all(
    urls: list[str], clock: FakeClock | None = None, store: Store | None = None, **settings: object
) -> list[Fetched | FetchError]:
    """Fetch `urls` one after another with one Fetcher; errors are returned, not raised."""

    async def run() -> list[Fetched | FetchError]:
        chosen = Settings(**{"delay_jitter": 0.0, **settings})  # type: ignore[arg-type]
        results: list[Fetched | FetchError] = []
        async with Fetcher(chosen, clock=clock or FakeClock(), robots_store=store) as fetcher:
            for url in urls:
                try:
                    results.append(await fetcher.fetch(url, now=NOW))
                except FetchError as error:
                    results.append(error)
        return results

    return asyncio.run(run())


# -- robots.txt -------------------------------------------------------------------------


def test_robots_disallow_blocks_without_fetching_and_is_read_once(
    site: NewsSite, tmp_path: Path
) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/private/page", HTML)
    site.put("/news/a", HTML)
    site.put("/news/b", HTML)
    store = Store(tmp_path / "db.sqlite")
    urls = [site.url("/private/page"), site.url("/news/a"), site.url("/news/b")]
    blocked, first, second = fetch_all(urls, store=store, min_delay=0)
    assert isinstance(blocked, RobotsBlocked)
    assert "disallowed by" in str(blocked) and "robots.txt" in str(blocked)
    assert isinstance(first, Fetched) and isinstance(second, Fetched)
    assert site.statuses("/private/page") == []
    assert site.statuses("/robots.txt") == [200]
    # a new process reads the cached copy from the store until it expires
    fetch_all([site.url("/news/a")], store=store, min_delay=0)
    assert site.statuses("/robots.txt") == [200]


def test_robots_rules_for_our_agent_apply(site: NewsSite) -> None:
    site.put("/robots.txt", "User-agent: scraper\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    site.put("/news/a", HTML)
    (result,) = fetch_all([site.url("/news/a")], min_delay=0)
    assert isinstance(result, RobotsBlocked)


def test_unreadable_robots_fails_the_request_and_is_not_cached(site: NewsSite) -> None:
    site.script("/robots.txt", Page(b"oops", status=500), Page(b"", status=404))
    site.put("/news/a", HTML)
    failed, fetched = fetch_all([site.url("/news/a"), site.url("/news/a")], min_delay=0)
    assert isinstance(failed, FetchError) and "robots.txt: unreadable: HTTP 500" in str(failed)
    assert isinstance(fetched, Fetched)
    assert site.statuses("/robots.txt") == [500, 404]


def test_crawl_delay_spaces_requests(site: NewsSite) -> None:
    site.put("/robots.txt", "User-agent: *\nCrawl-delay: 7\n", "text/plain")
    for name in "abc":
        site.put(f"/news/{name}", HTML)
    clock = FakeClock()
    fetch_all([site.url(f"/news/{name}") for name in "abc"], clock, min_delay=1)
    # robots.txt itself went first, then each page at least 7 seconds after the one before
    assert clock.sleeps == [1.0, 7.0, 7.0]


def test_min_delay_with_jitter_stays_in_range() -> None:
    from scraper.polite import Politeness

    politeness = Politeness(min_delay=2.0, jitter=0.5, clock=FakeClock(), rng=random.Random(4))
    delays = [politeness.delay("example.com") for _ in range(200)]
    assert all(2.0 <= delay <= 3.0 for delay in delays)
    assert len(set(delays)) > 100


def test_concurrent_requests_to_one_host_get_distinct_turns() -> None:
    from scraper.polite import Politeness

    class FrozenClock(FakeClock):
        async def sleep(self, seconds: float) -> None:
            self.sleeps.append(seconds)  # time stands still: every turn is reserved at once
            await asyncio.sleep(0)

    clock = FrozenClock()
    politeness = Politeness(in_flight=2, min_delay=3.0, jitter=0.0, clock=clock)

    async def one() -> None:
        async with politeness.turn("example.com"):
            await asyncio.sleep(0)

    async def run() -> None:
        await asyncio.gather(*(one() for _ in range(4)))

    asyncio.run(run())
    assert sorted(clock.sleeps) == [3.0, 6.0, 9.0]


# -- Retry-After and backoff ------------------------------------------------------------------


@pytest.mark.parametrize("header", ["120", format_datetime(NOW + timedelta(seconds=120), True)])
def test_429_retry_after_pauses_the_host(site: NewsSite, header: str) -> None:
    site.put("/robots.txt", "", "text/plain")
    site.put("/a", "slow down", "text/plain")
    site.pages["/a"].status = 429
    site.pages["/a"].headers["Retry-After"] = header
    site.put("/b", HTML)
    limited, paused = fetch_all([site.url("/a"), site.url("/b")], min_delay=0)
    assert isinstance(limited, RateLimited) and limited.status == 429
    assert limited.retry_after == pytest.approx(120, abs=1)
    # the host is not asked again during the pause
    assert isinstance(paused, RateLimited) and paused.status is None
    assert site.statuses("/b") == []


def test_503_with_a_short_retry_after_is_waited_out(site: NewsSite) -> None:
    site.put("/robots.txt", "", "text/plain")
    site.put("/a", "busy", "text/plain")
    site.pages["/a"].status = 503
    site.pages["/a"].headers["Retry-After"] = "5"
    site.put("/b", HTML)
    clock = FakeClock()
    limited, fetched = fetch_all([site.url("/a"), site.url("/b")], clock, min_delay=0)
    assert isinstance(limited, RateLimited) and isinstance(fetched, Fetched)
    assert clock.sleeps == [5.0]


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    rng = random.Random(1)
    for failures in range(1, 12):
        at = health.retry_at(NOW, interval=3600, failures=failures, cap=86400, rng=rng)
        expected = min(3600 * 2 ** (failures - 1), 86400)
        assert expected * 0.75 <= (at - NOW).total_seconds() <= expected
    after = health.retry_at(NOW, interval=3600, failures=3, cap=86400, retry_after=30)
    assert after == NOW + timedelta(seconds=30)


# -- limits ---------------------------------------------------------------------------------


def test_an_endless_trickle_stops_at_the_total_timeout(site: NewsSite) -> None:
    def trickle() -> Iterator[bytes]:
        import time

        for _ in range(400):  # bounded: the server thread ends by itself
            yield b"<p>more</p>"
            time.sleep(0.01)

    site.pages["/endless"] = Page(b"", chunks=trickle)
    (error,) = fetch_all([site.url("/endless")], min_delay=0, total_timeout=0.3)
    assert isinstance(error, FetchError) and "took more than 0.3s in all" in str(error)


def test_a_30_mb_body_stops_at_the_cap(site: NewsSite) -> None:
    def huge() -> Iterator[bytes]:
        for _ in range(480):
            yield b"x" * 65536  # 30 MB in all

    site.pages["/huge"] = Page(b"", chunks=huge)
    (error,) = fetch_all([site.url("/huge")], min_delay=0, max_body_bytes=1_000_000)
    assert isinstance(error, FetchError) and "body over 1000000 bytes" in str(error)
    assert site.sent.get("/huge", 0) < 15_000_000


def test_source_sources_keep_their_statuses_gone_and_blocked(site: NewsSite) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private\n", "text/plain")
    site.put("/gone", "gone")
    site.pages["/gone"].status = 410
    gone, blocked = fetch_all([site.url("/gone"), site.url("/private/feed")], min_delay=0)
    assert isinstance(gone, FetchError) and health.failure_status(gone) == "gone"
    assert isinstance(blocked, FetchError) and health.failure_status(blocked) == "blocked"


def test_source_alert_text_names_the_source() -> None:
    source = Source("Deadline TV", "https://deadline.com/v/tv/feed/")
    before = health.Health(failures=2, failing_since="2026-11-23T08:00:00+00:00")
    alert = health.failing_alert(source, before, "HTTP 500", after=3, now=NOW)
    assert alert is not None and alert.kind == "source_failing"
    assert "Deadline TV" in alert.title and "HTTP 500" in alert.body
    assert health.failing_alert(source, health.Health(failures=1), "x", after=3, now=NOW) is None
    alerted = health.Health(failures=5, failure_alerted=True)
    assert health.failing_alert(source, alerted, "x", after=3, now=NOW) is None
    recovered = health.recovered_alert(source, alerted)
    assert recovered is not None and recovered.kind == "source_recovered"
