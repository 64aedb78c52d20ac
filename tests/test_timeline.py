"""One season's story in twelve articles from six outlets: every event and every alert.

A rumour, a renewal, two reports, the official date, a blog's different date, a trade
echo, a past-season recap, a competing trade date, the official delay, an echo of the
delay and a last rumour. Time moves a day or more per article through the injected clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper.alerts import TerminalChannel
from scraper.models import Config, Settings, Show, Source
from scraper.pipeline import Pipeline, make_pipeline
from scraper.store import Store
from tests.servers import NewsSite, running
from tests.test_end_to_end import article_page, feed

SHOW = "The Night Ferry"

# (day, outlet name, outlet kind, headline, body)
STORY = [
    (
        "2027-01-05",
        "Ferry Fans",
        "blog",
        "The Night Ferry Season 2: What We Think Happens Next",
        "Fans believe The Night Ferry season 2 could arrive in spring 2027. Nothing has been "
        "said officially, but the cast has been posting photos from the harbour set.",
    ),
    (
        "2027-01-20",
        "Streamline News",
        "news",
        "The Night Ferry Renewed at Netflix",
        "Netflix has renewed The Night Ferry for a second season. The thriller about a "
        "ferry crew who keep finding the same passenger aboard was a surprise hit last fall.",
    ),
    (
        "2027-02-02",
        "Trade Desk",
        "trade",
        "Exclusive: The Night Ferry Eyes May Return",
        "According to sources close to the production, season 2 of The Night Ferry is set "
        "to premiere in May 2027. Netflix declined to comment.",
    ),
    (
        "2027-02-10",
        "Screen Signal",
        "news",
        "The Night Ferry Season 2 Reportedly Lands in May",
        "The second season of The Night Ferry will reportedly debut in May 2027, according "
        "to people familiar with the schedule. The streamer has not confirmed a date.",
    ),
    (
        "2027-03-01",
        "Netflix Newsroom",
        "official",
        "The Night Ferry Season 2 Sets Sail May 14",
        "Netflix announced today that The Night Ferry season 2 premieres on May 14, 2027. "
        "All eight episodes will be available at once.",
    ),
    (
        "2027-03-05",
        "Binge Blog",
        "blog",
        "Mark Your Calendars: The Night Ferry Is Back",
        "The Night Ferry season 2 premieres on May 7, 2027. We cannot wait to get back on "
        "that boat.",
    ),
    (
        "2027-03-10",
        "Trade Desk",
        "trade",
        "Netflix Dates The Night Ferry Return",
        "The Night Ferry season 2 premieres on Netflix on May 14, 2027, the streamer said "
        "on Monday. Production wrapped in Lisbon before the holidays.",
    ),
    (
        "2027-03-15",
        "Couch Report",
        "news",
        "Why The Night Ferry Worked: A Look Back",
        "The first season of The Night Ferry premiered in October 2025 and quietly became "
        "one of the most watched thrillers of the year.",
    ),
    (
        "2027-04-01",
        "Screen Trade",
        "trade",
        "The Night Ferry Season 2 Premiere Date Revealed",
        "The Night Ferry season 2 premieres on Netflix on May 21, 2027. The new episodes "
        "follow the crew into winter.",
    ),
    (
        "2027-04-20",
        "Netflix Newsroom",
        "official",
        "The Night Ferry Season 2 Moves to June",
        "Netflix has delayed The Night Ferry season 2. The season will now premiere on June "
        "18, 2027, to give the visual effects team more time.",
    ),
    (
        "2027-04-22",
        "Streamline News",
        "news",
        "The Night Ferry Pushed to June",
        "Season 2 of The Night Ferry has been pushed to June 18, 2027, Netflix confirmed. "
        "The delay is the show's first.",
    ),
    (
        "2027-05-01",
        "Ferry Fans",
        "blog",
        "Could The Night Ferry Slip Again?",
        "The Night Ferry season 2 might slip to late 2027, some fans fear, after another "
        "round of reshoots was rumoured.",
    ),
]


@pytest.fixture
def sites() -> Iterator[dict[str, NewsSite]]:
    """One site per outlet (each its own host:port), as independent as real outlets."""
    with ExitStack() as stack:
        yield {outlet: stack.enter_context(running(NewsSite())) for _, outlet, *_ in STORY}


def test_a_season_told_in_twelve_articles(sites: dict[str, NewsSite], tmp_path: Path) -> None:
    # one feed per outlet, as a user would configure them; each article joins its feed
    outlets = {outlet: kind for _, outlet, kind, _, _ in STORY}
    sources = {
        outlet: Source(outlet, sites[outlet].url("/feed.xml"), outlet=kind)
        for outlet, kind in outlets.items()
    }
    # politeness delays are tested elsewhere; here they would only slow the story down
    quick = Settings(min_delay=0, delay_jitter=0)
    config = Config("sources.yaml", tuple(sources.values()), (Show(SHOW),), settings=quick)
    store = Store(tmp_path / "scraper.db")
    published: dict[str, list[tuple[str, str]]] = {outlet: [] for outlet in outlets}
    alerts_after: list[int] = []
    for index, (day, outlet, _, headline, body) in enumerate(STORY):
        site = sites[outlet]
        path = f"/articles/{index}"
        site.put(path, article_page(headline, [body], day))
        published[outlet].insert(0, (headline, path))
        site.put("/feed.xml", feed(site, published[outlet]), "application/rss+xml")
        now = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)
        pipeline = make_pipeline(config, store, [TerminalChannel()], clock=lambda now=now: now)

        async def check(pipeline: Pipeline = pipeline, source: Source = sources[outlet]) -> None:
            async with pipeline.fetcher:
                result = await pipeline.check(source)
                assert result.ok, result.error
                await pipeline.deliver()

        asyncio.run(check())
        alerts_after.append(store.db.table("alerts").count)

    events = [
        (row["seen_at"][:10], row["change"], row["old_value"], row["new_value"], row["certainty"])
        for row in store.db.query(
            "SELECT * FROM events WHERE show = ? AND season = 2 AND kind = 'release_date'"
            " ORDER BY id",
            [SHOW],
        )
    ]
    assert events == [
        ("2027-01-05", "appeared", None, "2027-spring", "speculated"),
        ("2027-02-02", "more_precise", "2027-spring", "2027-05", "reported"),
        ("2027-03-01", "more_precise", "2027-05", "2027-05-14", "confirmed"),
        ("2027-03-05", "competing", "2027-05-14", "2027-05-14", "confirmed"),
        ("2027-04-01", "competing", "2027-05-14", "2027-05-14", "confirmed"),
        ("2027-04-20", "moved", "2027-05-14", "2027-06-18", "confirmed"),
        ("2027-05-01", "competing", "2027-06-18", "2027-06-18", "confirmed"),
    ]
    renewal = list(
        store.db.query(
            "SELECT change, new_value, certainty FROM events WHERE show = ? AND kind = 'renewal'",
            [SHOW],
        )
    )
    assert renewal[0] == {"change": "appeared", "new_value": "renewed", "certainty": "confirmed"}

    alerts = [
        (row["created_at"][:10], row["value"], row["policy"])
        for row in store.db.query("SELECT * FROM alerts ORDER BY id")
    ]
    assert [(day, value) for day, value, _ in alerts] == [
        ("2027-02-10", "2027-05"),  # a second independent report agrees
        ("2027-03-01", "2027-05-14"),  # the official date: more precise
        ("2027-04-20", "2027-06-18"),  # the official delay: moved
    ]
    assert "2 independent sources agree" in alerts[0][2]
    # the official newsroom's "The season will now premiere on June 18" does not name the
    # show in its dated sentence: its headline is enough, as the show's own site
    assert "official" in alerts[1][2] and "official" in alerts[2][2]
    # the rumour, the blog's date, the trade's competing date and the recap raised nothing
    assert alerts_after == [0, 0, 0, 1, 2, 2, 2, 2, 2, 3, 3, 3]
    state = store.subject(SHOW, 2, "release_date")
    assert state is not None and (state["value"], state["conflict"]) == ("2027-06-18", 0)
    assert "late" in (state["competing"] or "")
