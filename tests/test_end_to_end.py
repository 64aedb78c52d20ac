"""The All of Us Are Dead story, end to end: a real news site and a real webhook on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from string import Template
from typing import Any

import pytest
from click.testing import CliRunner

from scraper.cli import cli
from tests.seed import seed_text
from tests.servers import NewsSite, WebhookReceiver, running

HERE = Path(__file__).parent
SITE = HERE / "site"
FURNITURE_LINES = {"Read More:", "About The Author", "Scroll to Top"}

SEED_PATH = "/k-drama/all-of-us-are-dead-season-2-confirmed"
DATE_PATH = "/k-drama/all-of-us-are-dead-season-2-premiere-date"
FEED_PATH = "/k-drama/feed.xml"


def article_page(title: str, paragraphs: list[str], published: str) -> str:
    body = []
    for text in paragraphs:
        is_heading = text.startswith("All of Us Are Dead Season 2 ") and not text.endswith(
            (".", "”", '"')
        )
        body.append(f"<h2>{text}</h2>" if is_heading else f"<p>{text}</p>")
    template = Template((SITE / "article_template.html").read_text())
    return template.substitute(title=title, published=published, body="\n".join(body))


def seed_page() -> str:
    """The seed article, read from shared/ at test time, wrapped in a news site's furniture."""
    lines = [line.strip() for line in seed_text().splitlines()]
    lines = [line for line in lines if line and line not in FURNITURE_LINES]
    return article_page(lines[0], lines[1:], "2022-06-08")


def date_page(date_text: str) -> str:
    text = Template((SITE / "aouad-date-announced.txt").read_text()).substitute(date=date_text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return article_page(lines[0], lines[1:], "2026-11-23")


def feed(site: NewsSite, items: list[tuple[str, str]]) -> str:
    item = Template((SITE / "feed_item_template.xml").read_text())
    rendered = "".join(
        item.substitute(title=title, link=site.url(path), pubdate="Mon, 23 Nov 2026 09:30:00 GMT")
        for title, path in items
    )
    return Template((SITE / "feed_template.xml").read_text()).substitute(
        site=site.url(""), items=rendered
    )


SOURCES = """\
settings:
  min_delay: 0s   # one local site serves every page; politeness is tested elsewhere
  delay_jitter: 0
watchlist:
  - title: All of Us Are Dead
    aliases: [Jigeum Uri Hakgyoneun]
alerts:
  - {webhook}
sources:
  - name: Screen Signal K-Drama
    url: {feed}
    interval: 30m
  - name: Gone Outlet
    url: http://127.0.0.1:{closed_port}/feed.xml
  - name: Broken Outlet
    url: {broken}
"""


class Story:
    """One user's setup: a site, a webhook, sources.yaml and a database in tmp_path."""

    def __init__(self, site: NewsSite, webhook: WebhookReceiver, tmp_path: Path) -> None:
        self.site, self.webhook = site, webhook
        self.db = tmp_path / "data" / "scraper.db"
        self.sources = tmp_path / "sources.yaml"
        site.put("/broken/feed.xml", b"server trouble")
        site.pages["/broken/feed.xml"].status = 500
        self.sources.write_text(
            SOURCES.format(
                webhook=webhook.apprise_url,
                feed=site.url(FEED_PATH),
                closed_port=1,
                broken=site.url("/broken/feed.xml"),
            )
        )
        self.runner = CliRunner()

    def scraper(self, *args: str) -> Any:
        result = self.runner.invoke(
            cli, [*args, "--db", str(self.db), "--sources", str(self.sources)]
        )
        assert result.exit_code == 0, result.output + (result.stderr or "")
        return result

    def run_once(self) -> str:
        return str(self.scraper("run", "--once").stderr)

    def query(self, *args: str) -> Any:
        options = ["--db", str(self.db), "--json"]
        if args[0] in ("shows", "show", "sources"):
            options += ["--sources", str(self.sources)]
        result = self.runner.invoke(cli, [*args, *options])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def season(self, number: int) -> dict[str, Any]:
        rows = [r for r in self.query("shows") if r["show"] == "All of Us Are Dead"]
        return next(r for r in rows if r["season"] == number)


@pytest.fixture
def story(tmp_path: Path) -> Iterator[Story]:
    with running(NewsSite()) as site, running(WebhookReceiver()) as webhook:
        yield Story(site, webhook, tmp_path)


def test_the_all_of_us_are_dead_story(story: Story) -> None:
    site, webhook = story.site, story.webhook
    site.put(SEED_PATH, seed_page())
    site.put(
        FEED_PATH, feed(site, [("Netflix confirms season 2", SEED_PATH)]), "application/rss+xml"
    )

    # 1. The seed article: renewed, date unannounced, four cast members speculated, no alert.
    story.run_once()
    season2 = story.season(2)
    assert season2["renewal"] == "renewed"
    assert season2["renewal_certainty"] == "confirmed"
    assert season2["release_date"] == "unannounced"
    assert season2["cast"] >= 4
    cast = story.query("claims", "--show", "All of Us Are Dead", "--kind", "cast")
    names = {c["value"].casefold() for c in cast if c["season"] == 2}
    assert {"yoon chan-young", "park ji-hu", "lomon", "cho yi-hyun"} <= names
    assert all(c["certainty"] == "speculated" for c in cast)
    assert story.query("alerts") == []
    assert webhook.received == []
    # the failing sources were recorded while the good one went on
    health = {row["name"]: row for row in story.query("sources")}
    assert health["Screen Signal K-Drama"]["status"] == "ok"
    assert health["Gone Outlet"]["status"] == "failing"
    assert health["Broken Outlet"]["status"] == "failing"
    assert "500" in health["Broken Outlet"]["last_error"]

    # 2. A second article announces the date: exactly one alert, delivered through Apprise.
    site.put(DATE_PATH, date_page("March 12, 2027"))
    site.put(
        FEED_PATH,
        feed(site, [("Season 2 date", DATE_PATH), ("Netflix confirms season 2", SEED_PATH)]),
        "application/rss+xml",
    )
    terminal = story.run_once()
    alerts = story.query("alerts")
    assert len(alerts) == 1
    assert alerts[0]["value"] == "2027-03-12"
    assert "sent" in alerts[0]["deliveries"]
    assert len(webhook.received) == 1
    assert "2027-03-12" in webhook.received[0]["message"]
    assert "ALERT" in terminal and "2027-03-12" in terminal
    assert story.season(2)["release_date"] == "2027-03-12"

    # 3. Nothing changed: 304s for every page, no new claims, no alert.
    claims_before = story.query("claims", "--all")
    requests_before = len(site.requests)
    story.run_once()
    new_requests = site.requests[requests_before:]
    served = [status for _, path, status in new_requests if not path.startswith("/broken")]
    assert served and set(served) == {304}
    assert story.query("claims", "--all") == claims_before
    assert len(story.query("alerts")) == 1
    assert len(webhook.received) == 1

    # 4. The article is edited to move the date: one more alert, saying from what to what.
    site.put(DATE_PATH, date_page("April 9, 2027"))
    story.run_once()
    alerts = story.query("alerts")
    assert len(alerts) == 2
    assert len(webhook.received) == 2
    assert "moved from 2027-03-12 to 2027-04-09" in webhook.received[1]["title"]
    timeline = story.query("show", "jigeum uri hakgyoneun")[0]["timeline"]
    moves = [e for e in timeline if e["kind"] == "release_date" and e["change"] == "moved"]
    assert [(e["old_value"], e["new_value"]) for e in moves] == [("2027-03-12", "2027-04-09")]

    # 5. The webhook is down for one run: the alert is kept, then delivered once.
    webhook.down = True
    site.put(DATE_PATH, date_page("May 7, 2027"))
    story.run_once()
    alerts = story.query("alerts")
    assert len(alerts) == 3
    assert "failed" in alerts[0]["deliveries"]
    assert len(webhook.received) == 2
    webhook.down = False
    story.run_once()
    assert len(webhook.received) == 3
    assert "2027-05-07" in webhook.received[2]["title"]
    story.run_once()
    assert len(webhook.received) == 3
    assert "sent" in story.query("alerts")[0]["deliveries"]

    # the Atom feed beside the database holds each alert once, under its stable key
    atom = (story.db.parent / "alerts.atom").read_text()
    keys = [payload["alert_key"] for payload in webhook.received]
    assert all(atom.count(f"urn:scraper:alert:{key}") == 1 for key in keys)
    feed_command = story.runner.invoke(cli, ["feed", "--db", str(story.db)])
    assert feed_command.exit_code == 0 and feed_command.stdout == atom
