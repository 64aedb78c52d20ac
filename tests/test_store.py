"""The store on real SQLite files: fetch log, versions, claims, state, events, outbox."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from scraper.models import Alert, Article, Claim, Fetched
from scraper.state import classify_change, refines
from scraper.store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1/news/aouad"


def fetched(body: bytes, *, at: datetime = T0, not_modified: bool = False) -> Fetched:
    return Fetched(
        url=URL,
        final_url=URL,
        status=304 if not_modified else 200,
        fetched_at=at,
        not_modified=not_modified,
        body=b"" if not_modified else body,
        content_type="text/html",
        etag='"v1"',
    )


def release(value: str | None, certainty: str = "confirmed") -> Claim:
    return Claim("All of Us Are Dead", 2, "release_date", value, certainty, f"evidence {value}")


ARTICLE = Article(text="text", title="headline", published=date(2026, 11, 20))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data" / "scraper.db")


def count(store: Store, table: str) -> int:
    return store.db.table(table).count


def test_new_database_is_in_wal_mode_with_every_table(store: Store) -> None:
    assert store.db.journal_mode == "wal"
    tables = set(store.db.table_names())
    expected = {"fetches", "pages", "page_versions", "articles", "claims", "states", "events"}
    assert expected | {"alerts", "deliveries", "sources"} <= tables


def test_an_unchanged_poll_adds_one_fetch_row_and_nothing_else(store: Store) -> None:
    with store.atomic():
        first = store.record_fetch(fetched(b"<p>one</p>"), source="s")
    with store.atomic():
        same = store.record_fetch(fetched(b"<p>one</p>"), source="s")
        not_modified = store.record_fetch(fetched(b"", not_modified=True), source="s")
    assert first.changed and not same.changed and not not_modified.changed
    assert same.hash == first.hash == not_modified.hash
    assert count(store, "page_versions") == 1
    assert count(store, "fetches") == 3
    assert store.validators(URL) is not None
    assert store.latest_body(URL) == (b"<p>one</p>", "text/html")


def test_a_failed_transaction_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.atomic():
        version = store.record_fetch(fetched(b"<p>one</p>"), source="s")
        assert version.hash
        store.record_article(
            ARTICLE, [release("2027-03-12")], url=URL, version=version.hash, source="s", now=T0
        )
        raise RuntimeError("crash in the middle of a fetch")
    for table in ("fetches", "page_versions", "articles", "claims", "states", "events"):
        assert count(store, table) == 0, table


def test_same_claims_again_add_no_claims_and_no_events(store: Store) -> None:
    claims = [release(None, "unannounced")]
    first = store.record_article(ARTICLE, claims, url=URL, version="a", source="s", now=T0)
    again = store.record_article(ARTICLE, claims, url=URL, version="b", source="s", now=T0)
    assert [e.change for e in first] == ["changed"]
    assert again == []
    assert count(store, "claims") == 1


def test_an_edited_article_moves_the_date_and_retires_the_old_claim(store: Store) -> None:
    store.record_article(ARTICLE, [release("2027-03-12")], url=URL, version="a", source="s", now=T0)
    events = store.record_article(
        ARTICLE, [release("2027-04-09")], url=URL, version="b", source="s", now=T0
    )
    assert [(e.old_value, e.new_value, e.change) for e in events] == [
        ("2027-03-12", "2027-04-09", "moved")
    ]
    active = list(store.db.query("SELECT value FROM claims WHERE active = 1"))
    assert active == [{"value": "2027-04-09"}]


def test_a_hedged_date_does_not_override_a_confirmed_one(store: Store) -> None:
    store.record_article(ARTICLE, [release("2027-03")], url=URL, version="a", source="s", now=T0)
    events = store.record_article(
        ARTICLE,
        [release("2027-02-14", "speculated")],
        url=URL + "/other",
        version="c",
        source="blog",
        now=T0 + timedelta(hours=1),
    )
    # kept as a competing claim, shown, but the state's date does not move
    assert [(e.change, e.new_value) for e in events] == [("competing", "2027-03")]
    state = store.db.execute(
        "SELECT value, conflict, competing FROM states WHERE kind = 'release_date'"
    ).fetchone()
    assert state[:2] == ("2027-03", 0)
    assert '"2027-02-14"' in state[2]


def alert(event_id: int | None, value: str = "2027-03-12", key: str = "a-1") -> Alert:
    return Alert(
        key=key,
        kind="release_date",
        show="All of Us Are Dead",
        season=2,
        value=value,
        title="t",
        body="b",
        html="<p>b</p>",
        url=URL,
        policy="test",
        event_id=event_id,
    )


def test_outbox_keeps_a_failed_delivery_until_it_is_sent(store: Store) -> None:
    (event,) = store.record_article(
        ARTICLE, [release("2027-03-12")], url=URL, version="a", source="s", now=T0
    )
    quiet_until = T0 + timedelta(hours=8)
    alert_id = store.add_alert(
        alert(event.id), channels={"terminal": None, "hook": None, "mail": quiet_until}, now=T0
    )
    assert alert_id is not None
    # the same alert again (same key) is not a second alert
    assert store.add_alert(alert(event.id), channels={"terminal": None}, now=T0) is None
    channels = ["terminal", "hook", "mail"]
    pending = store.pending_deliveries(channels, now=T0)
    assert [d.channel for d in pending] == ["terminal", "hook"]
    store.mark_delivery(pending[0].id, error=None, now=T0)
    retry = T0 + timedelta(minutes=1)
    store.mark_delivery(pending[1].id, error="503", now=T0, retry_at=retry)
    assert store.pending_deliveries(channels, now=T0) == []
    ignoring_backoff = store.pending_deliveries(channels, now=T0, respect_backoff=False)
    assert [d.channel for d in ignoring_backoff] == ["hook"]
    later = store.pending_deliveries(channels, now=quiet_until)
    assert [d.channel for d in later] == ["hook", "mail"]
    assert store.last_alerted_value("All of Us Are Dead", 2) == "2027-03-12"


def test_a_reader_sees_committed_rows_while_the_writer_holds_a_transaction(store: Store) -> None:
    with store.atomic():
        store.record_fetch(fetched(b"<p>one</p>"), source="s")
    with store.atomic():
        store.record_fetch(fetched(b"<p>two</p>"), source="s")
        reader = sqlite3.connect(store.path)
        assert reader.execute("SELECT count(*) FROM fetches").fetchone() == (1,)
        reader.close()


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        (None, "2027", "appeared"),
        ("2027", "2027-03", "more_precise"),
        ("2027-spring", "2027-04", "more_precise"),
        ("2027-03", "2027-03-14", "more_precise"),
        ("2027-03-14", "2027-03", "less_precise"),
        ("2027-03-14", "2027-04-09", "moved"),
        ("2027-late", "2027-03", "moved"),
        ("2027-03", None, "cleared"),
    ],
)
def test_release_date_changes_are_named(old: str | None, new: str | None, change: str) -> None:
    assert classify_change("release_date", old, new) == change


def test_refines_needs_the_same_year() -> None:
    assert not refines("2028-03", "2027")
    assert refines("2027-12-01", "2027-late")


def test_winter_runs_into_the_next_year() -> None:
    assert refines("2027-01-15", "2026-winter")
    assert refines("2026-12", "2026-winter")
    assert not refines("2026-01-10", "2026-winter")
