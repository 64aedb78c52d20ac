"""pipeline.check against a real site on 127.0.0.1: bad sources fail alone, nothing is lost."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from string import Template

import pytest

from scraper.alerts import TerminalChannel
from scraper.models import AlertRules, Config, Settings, Show, Source
from scraper.pipeline import CheckResult, make_pipeline
from scraper.store import Store
from tests.servers import NewsSite, running
from tests.test_end_to_end import DATE_PATH, SITE, article_page, date_page, feed

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WATCHLIST = (Show("All of Us Are Dead", ("Jigeum Uri Hakgyoneun",)),)
# one local server is one host: no politeness delay between its requests in tests
FAST = Settings(min_delay=0)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with running(NewsSite()) as server:
        yield server


def check_all(config: Config, store: Store, now: datetime = T0) -> dict[str, CheckResult]:
    pipeline = make_pipeline(config, store, [TerminalChannel()], clock=lambda: now)

    async def run() -> list[CheckResult]:
        async with pipeline.fetcher:
            results = await pipeline.check_all()
            await pipeline.deliver()
            return results

    return {result.source: result for result in asyncio.run(run())}


def test_each_bad_source_is_recorded_while_the_good_one_goes_on(
    site: NewsSite, tmp_path: Path
) -> None:
    site.put(DATE_PATH, date_page("March 12, 2027"))
    site.put("/feed.xml", feed(site, [("Season 2 date", DATE_PATH)]), "application/rss+xml")
    site.put("/huge", "<html><body><p>" + "word " * 100_000 + "</p></body></html>")
    site.put("/poster.png", b"\x89PNG\r\n\x1a\n" + bytes(2000), "image/png")
    site.put("/empty", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    site.put("/not-a-feed.xml", "this is not XML at all", "application/rss+xml")
    site.put("/error", "oops")
    site.pages["/error"].status = 500
    sources = (
        Source("Good", site.url("/feed.xml")),
        Source("Huge", site.url("/huge"), kind="page"),
        Source("Poster", site.url("/poster.png"), kind="page"),
        Source("Empty", site.url("/empty"), kind="page"),
        Source("Not a feed", site.url("/not-a-feed.xml")),
        Source("Error", site.url("/error")),
        Source("Gone", "http://127.0.0.1:1/feed.xml"),
    )
    settings = Settings(max_body_bytes=200_000, min_delay=0)
    config = Config("sources.yaml", sources, WATCHLIST, settings=settings)
    store = Store(tmp_path / "scraper.db")

    results = check_all(config, store)

    assert results["Good"].ok and results["Good"].claims == 2  # season 2 date, season 1 date
    expected_errors = {
        "Huge": "body over 200000 bytes",
        "Poster": "image/png",
        "Empty": "no article text",
        "Not a feed": "not an RSS or Atom feed",
        "Error": "HTTP 500",
        "Gone": "connection refused",
    }
    for name, words in expected_errors.items():
        error = results[name].error
        assert error is not None and words in error, (name, error)
    rows = {row["name"]: row for row in store.db.query("SELECT * FROM sources")}
    assert rows["Good"]["status"] == "ok"
    assert all(rows[name]["status"] == "failing" for name in expected_errors)

    # the next poll tries every failing source again; what was stored stays
    claims_before = store.db.table("claims").count
    check_all(config, store, T0 + timedelta(hours=1))
    rows = {row["name"]: row for row in store.db.query("SELECT * FROM sources")}
    assert all(rows[name]["consecutive_failures"] == 2 for name in expected_errors)
    assert store.db.table("claims").count == claims_before


def test_a_source_that_recovers_returns_to_ok(site: NewsSite, tmp_path: Path) -> None:
    site.put("/feed.xml", "down for maintenance")
    site.pages["/feed.xml"].status = 503
    config = Config(
        "sources.yaml", (Source("Flaky", site.url("/feed.xml")),), WATCHLIST, settings=FAST
    )
    store = Store(tmp_path / "scraper.db")
    assert not check_all(config, store)["Flaky"].ok
    site.put("/feed.xml", feed(site, []), "application/rss+xml")
    assert check_all(config, store, T0 + timedelta(hours=1))["Flaky"].ok
    (row,) = store.db.query("SELECT status, consecutive_failures, last_error FROM sources")
    assert row == {"status": "ok", "consecutive_failures": 0, "last_error": None}


def test_a_hedged_date_is_stored_but_raises_no_alert(site: NewsSite, tmp_path: Path) -> None:
    page = date_page("March 12, 2027").replace(
        "will premiere on Netflix on March 12, 2027, the streamer announced on Monday",
        "could premiere as early as March 2027, fans believe",
    )
    site.put("/hedged", page)
    sources = (Source("Blog", site.url("/hedged"), kind="page"),)
    config = Config("sources.yaml", sources, WATCHLIST, settings=FAST)
    store = Store(tmp_path / "scraper.db")
    check_all(config, store)
    dated = list(store.db.query("SELECT value, certainty FROM claims WHERE kind = 'release_date'"))
    assert {"value": "2027-03", "certainty": "speculated"} in dated
    assert store.db.table("alerts").count == 0


def test_a_date_read_in_a_digest_waits_for_a_second_source(tmp_path: Path) -> None:
    """A claim from an article whose headline is about something else alerts only when
    another site agrees: a digest is where a date is most easily misread."""
    story = Template((SITE / "aouad-date-announced.txt").read_text()).substitute(
        date="March 12, 2027"
    )
    paragraphs = [line.strip() for line in story.splitlines()[1:] if line.strip()]
    digest = article_page("Your Week in Streaming: Five Dates to Know", paragraphs, "2026-11-23")
    with running(NewsSite()) as one, running(NewsSite()) as two:
        one.put("/week", digest)
        two.put("/week", digest)
        store = Store(tmp_path / "scraper.db")
        first = (Source("Digest One", one.url("/week"), kind="page"),)
        check_all(Config("sources.yaml", first, WATCHLIST, settings=FAST), store)
        stored = list(
            store.db.query("SELECT value, headline FROM claims WHERE value = '2027-03-12'")
        )
        assert stored == [{"value": "2027-03-12", "headline": 0}]
        assert store.db.table("alerts").count == 0
        both = first + (Source("Digest Two", two.url("/week"), kind="page"),)
        check_all(
            Config("sources.yaml", both, WATCHLIST, settings=FAST), store, T0 + timedelta(hours=1)
        )
        (alert,) = store.db.query("SELECT value, policy FROM alerts")
        assert alert["value"] == "2027-03-12" and "2 independent sources" in alert["policy"]


def test_a_date_told_of_it_waits_for_a_second_source_unless_rules_say_headline(
    tmp_path: Path,
) -> None:
    """By default a date whose sentence says "the second season" without the show's name
    waits for a second site, even under a headline that names the show, unless the show's
    official site says it; with `alone: headline` the same news article alerts alone."""
    paragraphs = [
        "Netflix has finally put a date on the return of its zombie hit.",
        "The second season will premiere on March 12, 2027, the streamer announced on Monday.",
        "The first season arrived in January 2022 and topped the streamer's chart for weeks.",
    ]
    page = article_page(
        "All of Us Are Dead Season 2 Gets a Premiere Date", paragraphs, "2026-11-23"
    )
    with running(NewsSite()) as one, running(NewsSite()) as two:
        one.put("/news", page)
        two.put("/news", page)
        first = (Source("Site One", one.url("/news"), kind="page"),)
        both = first + (Source("Site Two", two.url("/news"), kind="page"),)

        store = Store(tmp_path / "default.db")
        check_all(Config("sources.yaml", first, WATCHLIST, settings=FAST), store)
        stored = list(
            store.db.query("SELECT headline, named FROM claims WHERE value = '2027-03-12'")
        )
        assert stored == [{"headline": 1, "named": 0}]
        assert store.db.table("alerts").count == 0
        later = T0 + timedelta(hours=1)
        check_all(Config("sources.yaml", both, WATCHLIST, settings=FAST), store, later)
        (alert,) = store.db.query("SELECT value, policy FROM alerts")
        assert alert["value"] == "2027-03-12" and "2 independent sources" in alert["policy"]

        headline = Store(tmp_path / "headline.db")
        rules = AlertRules(alone="headline")
        check_all(Config("sources.yaml", first, WATCHLIST, settings=FAST, rules=rules), headline)
        (alert,) = headline.db.query("SELECT value, policy FROM alerts")
        assert alert["value"] == "2027-03-12" and "confirmed by a news source" in alert["policy"]

        official = Store(tmp_path / "official.db")
        newsroom = (Source("Newsroom", one.url("/news"), kind="page", outlet="official"),)
        check_all(Config("sources.yaml", newsroom, WATCHLIST, settings=FAST), official)
        (alert,) = official.db.query("SELECT value, policy FROM alerts")
        assert alert["value"] == "2027-03-12" and "official" in alert["policy"]
