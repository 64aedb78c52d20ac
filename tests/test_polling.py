"""Polling through pipeline.check: failure as a state, source alerts, feed item identity,
one fetch per link per run, encodings, retention. A real site on 127.0.0.1; time from `now`."""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.alerts import TerminalChannel
from scraper.cli import cli
from scraper.models import Config, Settings, Show, Source
from scraper.pipeline import CheckResult, make_pipeline
from scraper.retention import prune
from scraper.store import Store
from tests.servers import NewsSite, Page, running

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WATCHLIST = (Show("All of Us Are Dead"),)
FAST = Settings(min_delay=0, failure_alert_after=3)
HTML = "<html><body><article><h1>{title}</h1><p>{text}</p></article></body></html>"


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with running(NewsSite()) as server:
        yield server


def check(
    config: Config, store: Store, now: datetime = T0, *, force: bool = False
) -> dict[str, CheckResult]:
    pipeline = make_pipeline(config, store, [TerminalChannel()], clock=lambda: now)

    async def run() -> list[CheckResult]:
        async with pipeline.fetcher:
            return await pipeline.check_all(force=force)

    return {result.source: result for result in asyncio.run(run())}


def rss(site: NewsSite, items: list[tuple[str | None, str, str]]) -> str:
    """items: (guid or None, path, title), all published on the same day."""
    rendered = "".join(
        "<item>"
        + (f"<guid isPermaLink='false'>{guid}</guid>" if guid else "")
        + f"<title>{title}</title><link>{site.url(path)}</link>"
        + "<pubDate>Mon, 23 Nov 2026 09:30:00 GMT</pubDate></item>"
        for guid, path, title in items
    )
    return f"<rss version='2.0'><channel><title>t</title>{rendered}</channel></rss>"


def article(title: str, text: str = "Filming is under way.") -> str:
    return HTML.format(title=title, text=text)


def source_row(store: Store, name: str) -> dict[str, object]:
    row = store.source_row(name)
    assert row is not None
    return row


# -- failure as a state -----------------------------------------------------------------------


def test_500_then_200_backs_off_then_recovers(site: NewsSite, tmp_path: Path) -> None:
    site.script(
        "/feed.xml",
        Page(b"trouble", status=500),
        Page(rss(site, []).encode(), "application/rss+xml"),
    )
    config = Config("s.yaml", (Source("Flaky", site.url("/feed.xml")),), WATCHLIST, settings=FAST)
    store = Store(tmp_path / "db.sqlite")
    assert check(config, store)["Flaky"].status == "failing"
    row = source_row(store, "Flaky")
    assert row["failing_since"] == T0.isoformat() and row["retry_at"]
    # backing off: ten minutes later the source is not asked
    skipped = check(config, store, T0 + timedelta(minutes=10))["Flaky"]
    assert skipped.skipped and site.statuses("/feed.xml") == [500]
    recovered = check(config, store, T0 + timedelta(hours=1))["Flaky"]
    assert recovered.ok and recovered.status == "ok"
    row = source_row(store, "Flaky")
    assert (row["consecutive_failures"], row["failing_since"], row["retry_at"]) == (0, None, None)
    assert row["last_success"] == (T0 + timedelta(hours=1)).isoformat()
    # nothing changed since: not_modified
    later = check(config, store, T0 + timedelta(hours=2))["Flaky"]
    assert later.status == "not_modified"


def test_n_failures_raise_one_alert_and_recovery_one_more(site: NewsSite, tmp_path: Path) -> None:
    site.put("/feed.xml", "trouble")
    site.pages["/feed.xml"].status = 500
    config = Config("s.yaml", (Source("Flaky", site.url("/feed.xml")),), WATCHLIST, settings=FAST)
    store = Store(tmp_path / "db.sqlite")
    for hour in range(6):
        check(config, store, T0 + timedelta(hours=hour), force=True)
    alerts = list(store.db.query("SELECT kind, show, title FROM alerts"))
    assert [a["kind"] for a in alerts] == ["source_failing"]
    assert "Flaky" in alerts[0]["title"] and "3 checks in a row" in alerts[0]["title"]
    assert source_row(store, "Flaky")["consecutive_failures"] == 6
    site.put("/feed.xml", rss(site, []), "application/rss+xml")
    for hour in range(6, 9):
        check(config, store, T0 + timedelta(hours=hour), force=True)
    kinds = [row["kind"] for row in store.db.query("SELECT kind FROM alerts ORDER BY id")]
    assert kinds == ["source_failing", "source_recovered"]
    # each went into the outbox once per channel
    assert store.db.table("deliveries").count == 2


def test_gone_and_blocked_are_states_of_their_own(site: NewsSite, tmp_path: Path) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /members/\n", "text/plain")
    site.put("/gone.xml", "gone")
    site.pages["/gone.xml"].status = 410
    sources = (
        Source("Gone", site.url("/gone.xml")),
        Source("Members", site.url("/members/feed.xml")),
    )
    store = Store(tmp_path / "db.sqlite")
    results = check(Config("s.yaml", sources, WATCHLIST, settings=FAST), store)
    assert results["Gone"].status == "gone"
    assert results["Members"].status == "blocked"
    assert "robots.txt" in (results["Members"].error or "")
    assert site.statuses("/members/feed.xml") == []


def test_sources_command_shows_health(site: NewsSite, tmp_path: Path) -> None:
    site.put("/feed.xml", "trouble")
    site.pages["/feed.xml"].status = 500
    sources_file = tmp_path / "sources.yaml"
    sources_file.write_text(
        "settings:\n  min_delay: 0s\nwatchlist: [Squid Game]\nsources:\n"
        f"  - name: Flaky\n    url: {site.url('/feed.xml')}\n"
    )
    db = tmp_path / "db.sqlite"
    runner = CliRunner()
    options = ["--db", str(db), "--sources", str(sources_file)]
    result = runner.invoke(cli, ["run", "--once", *options])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["sources", "--json", *options])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row["status"] == "failing" and row["failures"] == 1
    assert row["failing_since"] and row["next_try"] and "HTTP 500" in row["last_error"]
    # backing off: the next `run --once` leaves it alone, `check` asks anyway
    runner.invoke(cli, ["run", "--once", *options])
    assert site.statuses("/feed.xml") == [500]
    result = runner.invoke(cli, ["check", "Flaky", *options])
    assert result.exit_code == 0, result.output
    assert site.statuses("/feed.xml") == [500, 500]


# -- feeds: item identity, one fetch per link per run ---------------------------------------------


def test_regguided_moved_and_undated_items_are_not_new(site: NewsSite, tmp_path: Path) -> None:
    for path in ("/a", "/b", "/c"):
        site.put(path, article(f"Story {path}"))
    feed_v1 = rss(site, [("g-a", "/a", "Story A"), (None, "/b", "Story B"), ("g-c", "/c", "C")])
    site.put("/feed.xml", feed_v1, "application/rss+xml")
    config = Config("s.yaml", (Source("Feed", site.url("/feed.xml")),), WATCHLIST, settings=FAST)
    store = Store(tmp_path / "db.sqlite")
    check(config, store)
    # A gets a new GUID; B (no GUID) moves to a tracking URL; C keeps its GUID, new URL
    site.put("/c-republished", article("Story C again"))
    feed_v2 = rss(
        site,
        [
            ("g-a-2", "/a", "Story A"),
            (None, "/b?utm_source=rss", "Story B"),
            ("g-c", "/c-republished", "C"),
        ],
    )
    site.put("/feed.xml", feed_v2, "application/rss+xml")
    check(config, store, T0 + timedelta(hours=1))
    assert site.statuses("/c-republished") == []
    assert site.statuses("/b?utm_source=rss") == []
    assert site.statuses("/a") == [200, 304]
    urls = {row["url"] for row in store.db.query("SELECT DISTINCT url FROM pages")}
    assert urls == {site.url(p) for p in ("/feed.xml", "/a", "/b", "/c")}


def test_a_link_in_several_feeds_is_fetched_once_per_run(site: NewsSite, tmp_path: Path) -> None:
    site.put("/shared", article("Shared story"))
    for name in ("one", "two", "three"):
        site.put(f"/{name}.xml", rss(site, [(None, "/shared", "Shared")]), "application/rss+xml")
    sources = tuple(Source(n, site.url(f"/{n}.xml")) for n in ("one", "two", "three"))
    store = Store(tmp_path / "db.sqlite")
    check(Config("s.yaml", sources, WATCHLIST, settings=FAST), store)
    assert site.statuses("/shared") == [200]
    check(Config("s.yaml", sources, WATCHLIST, settings=FAST), store, T0 + timedelta(hours=1))
    assert site.statuses("/shared") == [200, 304]


def test_an_unchanged_feed_is_read_from_its_stored_links(site: NewsSite, tmp_path: Path) -> None:
    paths = ["/a", "/b", "/c"]
    for path in paths:
        site.put(path, article(f"Story {path}"))
    items = [(f"guid-{p}", p, f"Story {p}") for p in paths]
    site.put("/feed.xml", rss(site, items), "application/rss+xml")
    store = Store(tmp_path / "db.sqlite")

    def poll(max_articles: int, hours: int) -> None:
        source = Source("Feed", site.url("/feed.xml"), max_articles=max_articles)
        check(
            Config("s.yaml", (source,), WATCHLIST, settings=FAST),
            store,
            T0 + timedelta(hours=hours),
        )

    poll(3, 0)
    (row,) = store.db.query("SELECT key, links FROM page_links")
    assert [link["url"] for link in json.loads(row["links"])] == [site.url(p) for p in paths]
    poll(3, 1)
    assert site.statuses("/feed.xml") == [200, 304]
    assert [site.statuses(p) for p in paths] == [[200, 304]] * 3
    # read another way (fewer articles), the same stored version is parsed again
    poll(2, 2)
    assert site.statuses("/feed.xml") == [200, 304, 304]
    assert [len(site.statuses(p)) for p in paths] == [3, 3, 2]
    (again,) = store.db.query("SELECT key, links FROM page_links")
    assert again["key"] != row["key"] and len(json.loads(again["links"])) == 2


# -- encodings ---------------------------------------------------------------------------------


def test_a_wrong_declared_charset_does_not_garble(site: NewsSite, tmp_path: Path) -> None:
    text = "All of Us Are Dead season 2 — Lomon’s café scene is confirmed."
    body = article("Crème brûlée", text).encode("utf-8")
    site.put("/utf8-says-latin1", body, "text/html; charset=iso-8859-1")
    cp1252 = article("Café", "Season 2 arrives — “soon”.").encode("cp1252")
    site.put("/cp1252-says-utf8", cp1252, "text/html; charset=utf-8")
    listing = "<html><body><main><a href='/news/caf-story'>Café — “story”</a></main></body></html>"
    site.put("/listing", listing.encode("utf-8"), "text/html; charset=iso-8859-1")
    site.put("/news/caf-story", article("Café"))
    sources = (
        Source("Latin1", site.url("/utf8-says-latin1"), kind="page"),
        Source("Cp1252", site.url("/cp1252-says-utf8"), kind="page"),
        Source("Listing", site.url("/listing"), kind="listing"),
    )
    store = Store(tmp_path / "db.sqlite")
    results = check(Config("s.yaml", sources, WATCHLIST, settings=FAST), store)
    assert all(result.ok for result in results.values()), results
    titles = {row["title"] for row in store.db.query("SELECT title FROM articles")}
    assert {"Crème brûlée", "Café"} <= titles


# -- retention -------------------------------------------------------------------------------------


def test_prune_keeps_latest_and_cited_versions(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite")
    old, recent = "2025-01-01T00:00:00+00:00", "2026-11-20T00:00:00+00:00"
    body = zlib.compress(b"x" * 1000)
    for digest, first_seen in (("old", old), ("cited", old), ("latest", old), ("new", recent)):
        store.db.execute(
            "INSERT INTO page_versions (hash, url, size, body, first_seen)"
            " VALUES (?, 'http://x/a', 1000, ?, ?)",
            [digest, body, first_seen],
        )
    store.db.execute("INSERT INTO pages (url, latest_hash) VALUES ('http://x/a', 'latest')")
    store.db.execute(
        "INSERT INTO articles (id, url, hash, seen_at) VALUES (1, 'http://x/a', 'cited', ?)", [old]
    )
    store.db.execute(
        "INSERT INTO claims (key, url, article_id, show, kind, certainty, evidence, first_seen,"
        " last_seen, active) VALUES ('k', 'http://x/a', 1, 'S', 'renewal', 'confirmed', 'e',"
        " ?, ?, 0)",
        [old, old],
    )
    for at, outcome in (
        (old, "not_modified"),
        (old, "not_modified"),
        (old, "error"),
        (recent, "x"),
    ):
        store.db.execute(
            "INSERT INTO fetches (url, at, outcome, error) VALUES ('http://x/a', ?, ?, ?)",
            [at, outcome, "boom" if outcome == "error" else None],
        )
    pruned = prune(store, now=T0, keep_versions=90 * 86400, keep_fetch_log=30 * 86400, vacuum=True)
    assert (pruned.versions, pruned.version_bytes, pruned.fetches) == (1, 1000, 3)
    kept = {row["hash"] for row in store.db.query("SELECT hash FROM page_versions")}
    assert kept == {"cited", "latest", "new"}
    summary = list(store.db.query("SELECT outcome, fetches, errors FROM fetch_summaries"))
    assert sorted(summary, key=lambda r: r["outcome"]) == [
        {"outcome": "error", "fetches": 1, "errors": 1},
        {"outcome": "not_modified", "fetches": 2, "errors": 0},
    ]
    assert store.db.table("fetches").count == 1


def test_vacuum_command(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    Store(db).close()
    sources_file = tmp_path / "sources.yaml"
    sources_file.write_text("watchlist: [Squid Game]\nsources:\n  - {name: A, url: 'http://a/'}\n")
    result = CliRunner().invoke(
        cli, ["vacuum", "--json", "--db", str(db), "--sources", str(sources_file)]
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row["versions_pruned"] == 0 and row["bytes_after"] > 0
