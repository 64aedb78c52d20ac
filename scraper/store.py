"""Fetches, page versions, articles and claims -> rows; derived state and events; the alert outbox.

One SQLite file in WAL mode. The daemon writes; any number of CLI commands read at once.
Callers wrap one fetch's worth of writes in `with store.atomic():` so it lands whole or not at all.
"""

from __future__ import annotations

import dataclasses
import hashlib
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from scraper.models import Alert, Article, Claim, Event, Fetched, Validators
from scraper.schema import migrations
from scraper.state import ClaimRow, classify_change, derive


@dataclass(frozen=True, slots=True)
class Version:
    """What record_fetch learned: the content's hash and whether this URL had it before."""

    hash: str | None
    changed: bool


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    alert_id: int
    channel: str
    attempts: int
    key: str
    title: str
    body: str
    html: str | None
    url: str | None


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def subject_key(show: str, season: int | None, kind: str) -> str:
    return f"{show}|{'' if season is None else season}|{kind}"


def _claim_key(url: str, claim: Claim) -> str:
    parts = [url, *(str(v) for v in claim.to_dict().values())]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class Store:
    """The SQLite file and every read and write of it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn_db = sqlite_utils.Database(str(path))
        conn_db.conn.execute("PRAGMA busy_timeout = 10000")
        conn_db.conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn_db.enable_wal()
            # in WAL mode NORMAL is safe against a killed process (a power cut may lose the
            # last commits, never corrupt); FULL would fsync once per polled URL
            conn_db.conn.execute("PRAGMA synchronous = NORMAL")
        migrations.apply(conn_db)
        self.db = conn_db

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    # -- fetching -----------------------------------------------------------------------

    def validators(self, url: str) -> Validators | None:
        row = self._one("SELECT etag, last_modified FROM pages WHERE url = ?", [url])
        if row is None or not (row["etag"] or row["last_modified"]):
            return None
        return Validators(etag=row["etag"], last_modified=row["last_modified"])

    def latest_hash(self, url: str) -> str | None:
        row = self._one("SELECT latest_hash FROM pages WHERE url = ?", [url])
        return row["latest_hash"] if row else None

    def record_fetch(
        self, fetched: Fetched, *, source: str | None, error: str | None = None
    ) -> Version:
        """Log one answered request; store its body if this URL has not had that content."""
        at = _iso(fetched.fetched_at)
        page = self._one("SELECT latest_hash FROM pages WHERE url = ?", [fetched.url])
        if fetched.not_modified:
            digest, changed, outcome = (page or {}).get("latest_hash"), False, "not_modified"
        else:
            digest = hashlib.sha256(fetched.body).hexdigest()
            changed = page is None or page["latest_hash"] != digest
            outcome = "changed" if changed else "unchanged"
            if changed:
                self.db.execute(
                    "INSERT OR IGNORE INTO page_versions (hash, url, content_type, size, body,"
                    " first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        digest,
                        fetched.url,
                        fetched.content_type,
                        len(fetched.body),
                        zlib.compress(fetched.body, 6),
                        at,
                    ],
                )
        self.db.execute(
            "INSERT INTO pages (url, source, etag, last_modified, latest_hash, last_fetched,"
            " last_changed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
            " etag = excluded.etag, last_modified = excluded.last_modified,"
            " latest_hash = excluded.latest_hash, last_fetched = excluded.last_fetched,"
            " last_changed = CASE WHEN ? THEN excluded.last_changed ELSE pages.last_changed END",
            [fetched.url, source, fetched.etag, fetched.last_modified, digest, at, at, changed],
        )
        # the hash only where it is news: an unchanged poll's row stays small (pages has it)
        self.db.execute(
            "INSERT INTO fetches (url, source, at, status, outcome, hash, error, elapsed_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                fetched.url,
                source,
                at,
                fetched.status,
                outcome,
                digest if changed else None,
                error,
                fetched.elapsed_ms,
            ],
        )
        return Version(digest, changed)

    def record_fetch_error(
        self, url: str, error: str, *, source: str | None, status: int | None, now: datetime
    ) -> None:
        self.db.table("fetches").insert(
            {"url": url, "source": source, "at": _iso(now), "status": status}
            | {"outcome": "error", "error": error}
        )

    def latest_body(self, url: str) -> tuple[bytes, str | None] | None:
        """The body and content type this URL last had, for re-reading a feed that gave 304."""
        row = self._one(
            "SELECT v.body, v.content_type FROM pages p JOIN page_versions v"
            " ON v.hash = p.latest_hash WHERE p.url = ?",
            [url],
        )
        if row is None:
            return None
        return zlib.decompress(row["body"]), row["content_type"]

    def source_row(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM sources WHERE name = ?", [name])

    def record_source(
        self,
        name: str,
        url: str,
        kind: str,
        *,
        status: str,
        error: str | None,
        now: datetime,
        retry_at: datetime | None = None,
        failure_alerted: bool | None = None,
    ) -> None:
        """A source's health after a check: a success (no `error`) resets the failure count;
        a failure adds one, keeps when the failing began, and when to try again."""
        at = _iso(now)
        alerted = None if failure_alerted is None else int(failure_alerted)
        if error is None:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked, last_success,"
                " consecutive_failures) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT(name) DO"
                " UPDATE SET url = excluded.url, kind = excluded.kind, status = excluded.status,"
                " last_checked = excluded.last_checked, last_success = excluded.last_success,"
                " consecutive_failures = 0, last_error = NULL, failing_since = NULL,"
                " retry_at = NULL",
                [name, url, kind, status, at, at],
            )
        else:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked,"
                " consecutive_failures, last_error, failing_since, retry_at)"
                " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET url = excluded.url, kind = excluded.kind,"
                " status = excluded.status, last_checked = excluded.last_checked,"
                " consecutive_failures = sources.consecutive_failures + 1,"
                " last_error = excluded.last_error, retry_at = excluded.retry_at,"
                " failing_since = coalesce(sources.failing_since, excluded.failing_since)",
                [name, url, kind, status, at, error, at, _iso(retry_at) if retry_at else None],
            )
        if alerted is not None:
            self.db.execute(
                "UPDATE sources SET failure_alerted = ? WHERE name = ?", [alerted, name]
            )

    def robots_get(self, origin: str) -> tuple[int, str, datetime] | None:
        row = self._one("SELECT status, body, expires_at FROM robots WHERE origin = ?", [origin])
        if row is None:
            return None
        return row["status"], row["body"], datetime.fromisoformat(row["expires_at"])

    def robots_put(self, origin: str, status: int, body: str, expires_at: datetime) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO robots (origin, status, body, expires_at) VALUES (?, ?, ?, ?)",
            [origin, status, body, _iso(expires_at)],
        )

    def feed_item_urls(self, feed: str, keys: Sequence[str]) -> dict[str, str]:
        """The article URL each already-seen identity of a feed item stands for."""
        if not keys:
            return {}
        marks = ", ".join("?" for _ in keys)
        rows = self._all(
            f"SELECT key, url FROM feed_items WHERE feed = ? AND key IN ({marks})",
            [feed, *keys],
        )
        return {row["key"]: row["url"] for row in rows}

    def remember_feed_items(
        self, feed: str, items: Sequence[tuple[str, str]], *, now: datetime
    ) -> None:
        """Record (identity, article URL) pairs a feed listed; known identities keep theirs."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO feed_items (feed, key, url, first_seen) VALUES (?, ?, ?, ?)",
            [(feed, key, url, _iso(now)) for key, url in items],
        )

    # -- articles, claims, state ------------------------------------------------------------

    def record_article(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        url: str,
        version: str,
        source: str | None,
        now: datetime,
        outlet: str = "news",
        weight: int = 2,
    ) -> list[Event]:
        """Store an article version and its claims; re-derive what they touch; return events."""
        at = _iso(now)
        self.db.execute(
            "INSERT OR IGNORE INTO articles (url, hash, source, title, published, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                url,
                version,
                source,
                article.title,
                article.published.isoformat() if article.published else None,
                at,
            ],
        )
        article_row = self._one(
            "SELECT id FROM articles WHERE url = ? AND hash = ?", [url, version]
        )
        article_id = article_row["id"] if article_row else None
        touched = {
            (row["show"], row["season"], row["kind"])
            for row in self._all(
                "SELECT DISTINCT show, season, kind FROM claims WHERE url = ? AND active = 1", [url]
            )
        }
        self.db.execute("UPDATE claims SET active = 0 WHERE url = ?", [url])
        for claim in claims:
            touched.add((claim.show, claim.season, claim.kind))
            self.db.execute(
                "INSERT INTO claims (key, url, source, article_id, show, season, kind, value,"
                " role, certainty, evidence, first_seen, last_seen, outlet, weight, active)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT(key) DO UPDATE SET active = 1, last_seen = excluded.last_seen,"
                " article_id = excluded.article_id",
                [
                    _claim_key(url, claim),
                    url,
                    source,
                    article_id,
                    claim.show,
                    claim.season,
                    claim.kind,
                    claim.value,
                    claim.role,
                    claim.certainty,
                    claim.evidence,
                    at,
                    at,
                    outlet,
                    weight,
                ],
            )
        events = []
        for show, season, kind in sorted(touched, key=lambda t: (t[0], t[1] or 0, t[2])):
            event = self._rederive(show, season, kind, now)
            if event is not None:
                events.append(event)
        return events

    def _rederive(self, show: str, season: int | None, kind: str, now: datetime) -> Event | None:
        rows = self._all(
            "SELECT id, value, certainty, role, weight, source, evidence FROM claims"
            " WHERE show = ? AND season IS ? AND kind = ? AND active = 1",
            [show, season, kind],
        )
        key = subject_key(show, season, kind)
        old = self._one(
            "SELECT value, certainty, conflict, competing FROM states WHERE key = ?", [key]
        )
        old_value = old["value"] if old else None
        new = derive(kind, [ClaimRow(**row) for row in rows], previous=old_value)
        if old is None and new is None:
            return None
        new_value = new.value if new else None
        competing = new.competing_json() if new else None
        if old is not None and new is not None:
            before = (old["value"], old["certainty"], bool(old["conflict"]), old["competing"])
            if before == (new.value, new.certainty, new.conflict, competing):
                return None
        at = _iso(now)
        if new is None:
            self.db.execute("DELETE FROM states WHERE key = ?", [key])
        else:
            self.db.table("states").upsert(
                {
                    "key": key,
                    "show": show,
                    "season": season,
                    "kind": kind,
                    "value": new.value,
                    "certainty": new.certainty,
                    "claim_id": new.claim_id,
                    "conflict": int(new.conflict),
                    "competing": competing,
                    "updated_at": at,
                },
                pk="key",
            )
        change = classify_change(kind, old_value, new_value)
        if old is not None and new is not None and old_value == new_value:
            if new.conflict and not old["conflict"]:
                change = "conflict"
            elif old["conflict"] and not new.conflict:
                change = "resolved"
            elif competing != old["competing"]:
                change = "competing"
            else:
                change = "certainty"
        claim_id = new.claim_id if new else None
        if change in ("competing", "conflict"):
            # the event is about the newest claim that disagrees, not the one that stands
            challenger = self._one(
                "SELECT max(id) AS id FROM claims WHERE show = ? AND season IS ? AND kind = ?"
                " AND active = 1 AND value IS NOT ?",
                [show, season, kind, new_value],
            )
            claim_id = (challenger or {}).get("id") or claim_id
        claim = (
            self._one("SELECT url, source, evidence, value FROM claims WHERE id = ?", [claim_id])
            if claim_id
            else None
        ) or {}
        event = Event(
            show=show,
            season=season,
            kind=kind,
            old_value=old_value,
            new_value=new_value,
            certainty=new.certainty if new else None,
            change=change,
            evidence=claim.get("evidence"),
            article_url=claim.get("url"),
            source=claim.get("source"),
            seen_at=now,
        )
        events = self.db.table("events")
        events.insert(
            {
                "show": show,
                "season": season,
                "kind": kind,
                "old_value": old_value,
                "new_value": new_value,
                "certainty": event.certainty,
                "change": event.change,
                "claim_id": new.claim_id if new else None,
                "url": event.article_url,
                "source": event.source,
                "evidence": event.evidence,
                "competing": competing,
                "seen_at": at,
            }
        )
        return dataclasses.replace(event, id=events.last_rowid)

    def subject(self, show: str, season: int | None, kind: str) -> dict[str, Any] | None:
        """The current state of one (show, season, kind) and its latest event's id."""
        return self._one(
            "SELECT s.value, s.certainty, s.conflict, s.competing, (SELECT max(id) FROM events e"
            " WHERE e.show = s.show AND e.season IS s.season AND e.kind = s.kind) AS event_id"
            " FROM states s WHERE s.key = ?",
            [subject_key(show, season, kind)],
        )

    def supporters(
        self, show: str, season: int | None, kind: str, value: str | None
    ) -> list[dict[str, Any]]:
        """The active claims that state exactly `value`, strongest first."""
        return self._all(
            "SELECT id, source, outlet, weight, certainty, url, evidence FROM claims"
            " WHERE show = ? AND season IS ? AND kind = ? AND value IS ? AND active = 1"
            " AND certainty NOT IN ('denied', 'unannounced') ORDER BY weight DESC, id",
            [show, season, kind, value],
        )

    # -- alerts ---------------------------------------------------------------------------

    def last_alerted_value(
        self, show: str, season: int | None, kind: str = "release_date"
    ) -> str | None:
        row = self._one(
            "SELECT value FROM alerts WHERE show = ? AND season IS ? AND kind = ?"
            " ORDER BY id DESC LIMIT 1",
            [show, season, kind],
        )
        return row["value"] if row else None

    def add_alert(
        self, alert: Alert, *, channels: Mapping[str, datetime | None], now: datetime
    ) -> int | None:
        """Put an alert and one pending delivery per channel in the outbox, each channel's
        not to be sent before its time (quiet hours, digests). None if the key exists."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO alerts (event_id, key, kind, show, season, value, title, body,"
            " html, url, policy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                alert.event_id,
                alert.key,
                alert.kind,
                alert.show,
                alert.season,
                alert.value,
                alert.title,
                alert.body,
                alert.html,
                alert.url,
                alert.policy,
                _iso(now),
            ],
        )
        if not cursor.rowcount:
            return None
        alert_id = int(cursor.lastrowid or 0)
        for channel, not_before in channels.items():
            self.db.execute(
                "INSERT OR IGNORE INTO deliveries (alert_id, channel, not_before) VALUES (?, ?, ?)",
                [alert_id, channel, _iso(not_before) if not_before else None],
            )
        return alert_id

    def pending_deliveries(
        self, channels: Sequence[str], *, now: datetime, respect_backoff: bool = True
    ) -> list[Delivery]:
        """Deliveries due now: not sent, past their not-before time and (unless told
        otherwise) past their retry time."""
        if not channels:
            return []
        marks = ", ".join("?" for _ in channels)
        backoff = " AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)"
        at = _iso(now)
        rows = self._all(
            "SELECT d.id, d.alert_id, d.channel, d.attempts, a.key, a.title, a.body, a.html,"
            " a.url FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
            f" WHERE d.status != 'sent' AND d.channel IN ({marks})"
            " AND (d.not_before IS NULL OR d.not_before <= ?)"
            + (backoff if respect_backoff else "")
            + " ORDER BY d.alert_id, d.id",
            [*channels, at, *([at] if respect_backoff else [])],
        )
        return [Delivery(**row) for row in rows]

    def mark_delivery(
        self,
        delivery_id: int,
        *,
        error: str | None,
        now: datetime,
        retry_at: datetime | None = None,
    ) -> None:
        with self.atomic():
            if error is None:
                self.db.execute(
                    "UPDATE deliveries SET status = 'sent', attempts = attempts + 1,"
                    " sent_at = ?, last_error = NULL, next_attempt_at = NULL WHERE id = ?",
                    [_iso(now), delivery_id],
                )
            else:
                self.db.execute(
                    "UPDATE deliveries SET status = 'failed', attempts = attempts + 1,"
                    " last_error = ?, next_attempt_at = ? WHERE id = ?",
                    [error, _iso(retry_at) if retry_at else None, delivery_id],
                )
