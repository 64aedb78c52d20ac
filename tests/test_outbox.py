"""The outbox over a real SQLite file: digests, quiet hours, retries, and the Atom feed."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from scraper.alerts import Channel
from scraper.atom import ATOM
from scraper.errors import AlertError
from scraper.models import AlertRules, Article, ChannelSettings, Claim
from scraper.outbox import deliver, raise_alerts, write_feed
from scraper.store import Store

T0 = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)  # inside 22:00-07:00 quiet hours
SHOW = "All of Us Are Dead"


class Inbox:
    """A channel that keeps what it is sent; `refuse` makes it say no, like a service down."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.got: list[tuple[str, str, str]] = []
        self.refuse = False

    def send(self, title: str, body: str, *, key: str, html_body: str | None = None) -> None:
        if self.refuse:
            raise AlertError(self.name, "refused")
        self.got.append((key, title, body))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "scraper.db")


def announce(store: Store, season: int, value: str, now: datetime) -> int:
    claim = Claim(SHOW, season, "release_date", value, "confirmed", f"Season {season}: {value}.")
    article = Article(text="", title="t", published=date(2026, 11, 23))
    with store.atomic():
        store.record_article(
            article,
            [claim],
            url=f"https://trade.example/{season}",
            version=value,
            source="Trade",
            now=now,
            outlet="trade",
            weight=3,
        )
        return raise_alerts(
            store,
            [(SHOW, season, "release_date")],
            rules=AlertRules(),
            watched={SHOW},
            schedules=SCHEDULES,
            now=now,
        )


SCHEDULES: dict[str, ChannelSettings | None] = {
    "now": None,
    "quiet": ChannelSettings("quiet", quiet_hours="22:00-07:00"),
    "digest": ChannelSettings("digest", digest_at="08:00"),
}


def run(store: Store, channels: list[Inbox], now: datetime) -> tuple[int, int]:
    typed: list[Channel] = list(channels)
    report = asyncio.run(deliver(store, typed, SCHEDULES, now=now))
    return report.sent, report.failed


def test_quiet_hours_delay_and_a_digest_gathers(store: Store) -> None:
    inboxes = [Inbox("now"), Inbox("quiet"), Inbox("digest")]
    now_box, quiet_box, digest_box = inboxes
    assert announce(store, 2, "2027-03-12", T0) == 1
    assert announce(store, 3, "2028-05", T0 + timedelta(minutes=5)) == 1
    assert run(store, inboxes, T0 + timedelta(minutes=10)) == (2, 0)
    assert len(now_box.got) == 2 and quiet_box.got == [] and digest_box.got == []
    # quiet hours end at 07:00: held, not dropped
    assert run(store, inboxes, datetime(2026, 11, 24, 7, 0, tzinfo=UTC)) == (2, 0)
    assert len(quiet_box.got) == 2 and digest_box.got == []
    # the digest at 08:00: one message with both
    assert run(store, inboxes, datetime(2026, 11, 24, 8, 0, tzinfo=UTC)) == (2, 0)
    (digest_message,) = digest_box.got
    assert "2 alerts" in digest_message[1]
    assert "2027-03-12" in digest_message[2] and "2028-05" in digest_message[2]
    assert run(store, inboxes, datetime(2026, 11, 25, 8, 0, tzinfo=UTC)) == (0, 0)


def test_a_refused_delivery_backs_off_then_succeeds_once(store: Store) -> None:
    box = Inbox("now")
    box.refuse = True
    announce(store, 2, "2027-03-12", T0)
    assert run(store, [box], T0) == (0, 1)
    box.refuse = False
    assert run(store, [box], T0 + timedelta(seconds=30)) == (0, 0)  # still backing off
    assert run(store, [box], T0 + timedelta(minutes=2)) == (1, 0)
    assert run(store, [box], T0 + timedelta(hours=1)) == (0, 0)
    assert len(box.got) == 1


def test_the_atom_feed_keeps_each_alert_id(store: Store, tmp_path: Path) -> None:
    announce(store, 2, "2027-03-12", T0)
    path = tmp_path / "alerts.atom"
    write_feed(store, path)
    first = ET.parse(path).getroot()
    announce(store, 3, "2028-05", T0 + timedelta(hours=1))
    write_feed(store, path)
    second = ET.parse(path).getroot()
    ids = [e.findtext(f"{{{ATOM}}}id") for e in second.iter(f"{{{ATOM}}}entry")]
    assert len(ids) == 2 and len(set(ids)) == 2
    first_id = next(first.iter(f"{{{ATOM}}}entry")).findtext(f"{{{ATOM}}}id")
    assert first_id == ids[1]  # the older alert kept its id; the new one is on top
    assert all(i and i.startswith("urn:scraper:alert:") for i in ids)


def test_renewals_alert_only_when_the_rules_ask_and_only_once(store: Store) -> None:
    claim = Claim(SHOW, 3, "renewal", "renewed", "confirmed", "Netflix renewed it for season 3.")
    article = Article(text="", title="t", published=date(2026, 11, 23))
    with_renewals = AlertRules(kinds=("release_date", "renewal"))
    raised = []
    for rules, version in ((AlertRules(), "a"), (with_renewals, "b"), (with_renewals, "c")):
        with store.atomic():
            store.record_article(
                article,
                [claim],
                url="https://trade.example/renewal",
                version=version,
                source="Trade",
                now=T0,
                outlet="trade",
                weight=3,
            )
            raised.append(
                raise_alerts(
                    store,
                    [(SHOW, 3, "renewal")],
                    rules=rules,
                    watched={SHOW},
                    schedules={"now": None},
                    now=T0,
                )
            )
    assert raised == [0, 1, 0]
    (row,) = store.db.query("SELECT kind, value, title FROM alerts")
    assert row == {
        "kind": "renewal",
        "value": "renewed",
        "title": "All of Us Are Dead season 3: renewed",
    }


def test_shows_off_the_watchlist_alert_only_when_asked(store: Store) -> None:
    claim = Claim("Copper Valley", 2, "release_date", "2027-09-03", "confirmed", "It returns.")
    article = Article(text="", title="t", published=date(2026, 11, 23))
    with store.atomic():
        store.record_article(
            article, [claim], url="https://x.example/a", version="a", source="X", now=T0
        )
    args: dict[str, object] = {"watched": {SHOW}, "schedules": {"now": None}, "now": T0}
    subjects = [("Copper Valley", 2, "release_date")]
    assert raise_alerts(store, subjects, rules=AlertRules(), **args) == 0  # type: ignore[arg-type]
    unwatched = AlertRules(unwatched=True)
    assert raise_alerts(store, subjects, rules=unwatched, **args) == 1  # type: ignore[arg-type]


def test_cast_changes_alert_when_asked(store: Store) -> None:
    article = Article(text="", title="t", published=date(2026, 11, 23))
    rules = AlertRules(kinds=("cast",))
    claim = Claim(SHOW, 2, "cast", "Park Ji-hu", "confirmed", "Park Ji-hu returns.", "On-jo")
    with store.atomic():
        store.record_article(
            article, [claim], url="https://t.example/c", version="a", source="T", now=T0
        )
        raised = raise_alerts(
            store, [(SHOW, 2, "cast")], rules=rules, watched={SHOW}, schedules={}, now=T0
        )
    assert raised == 1
    (title,) = [row["title"] for row in store.db.query("SELECT title FROM alerts")]
    assert title == "All of Us Are Dead season 2: cast now Park Ji-hu as On-jo"
