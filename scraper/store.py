"""Fetches, page versions, articles and claims -> rows; derived state and events; the alert outbox.

One SQLite file in WAL mode. The daemon writes; any number of CLI commands read at once.
Callers wrap one fetch's worth of writes in `with store.atomic():` so it lands whole or not at all.
"""

from __future__ import annotations

import dataclasses
import hashlib
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from scraper.models import Article, Claim, Event, Fetched, Validators
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
    title: str
    body: str
    attempts: int


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
        self.db.table("fetches").insert(
            {
                "url": fetched.url,
                "source": source,
                "at": at,
                "status": fetched.status,
                "outcome": outcome,
                "hash": digest,
                "error": error,
                "elapsed_ms": fetched.elapsed_ms,
            }
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

    def record_source(
        self, name: str, url: str, kind: str, *, error: str | None, now: datetime
    ) -> None:
        """A source's health after a check: ok, or failing with its consecutive count."""
        at = _iso(now)
        if error is None:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked, last_success,"
                " consecutive_failures) VALUES (?, ?, ?, 'ok', ?, ?, 0) ON CONFLICT(name) DO"
                " UPDATE SET url = excluded.url, kind = excluded.kind, status = 'ok',"
                " last_checked = excluded.last_checked, last_success = excluded.last_success,"
                " consecutive_failures = 0, last_error = NULL",
                [name, url, kind, at, at],
            )
        else:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked,"
                " consecutive_failures, last_error) VALUES (?, ?, ?, 'failing', ?, 1, ?)"
                " ON CONFLICT(name) DO UPDATE SET url = excluded.url, kind = excluded.kind,"
                " status = 'failing', last_checked = excluded.last_checked,"
                " consecutive_failures = sources.consecutive_failures + 1,"
                " last_error = excluded.last_error",
                [name, url, kind, at, error],
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
                " role, certainty, evidence, first_seen, last_seen, active)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(key) DO UPDATE"
                " SET active = 1, last_seen = excluded.last_seen,"
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
            "SELECT id, value, certainty, role FROM claims WHERE show = ? AND season IS ?"
            " AND kind = ? AND active = 1",
            [show, season, kind],
        )
        new = derive(kind, [ClaimRow(**row) for row in rows])
        key = subject_key(show, season, kind)
        old = self._one("SELECT value, certainty FROM states WHERE key = ?", [key])
        if old is None and new is None:
            return None
        if (
            old is not None
            and new is not None
            and (old["value"], old["certainty"])
            == (
                new.value,
                new.certainty,
            )
        ):
            return None
        at = _iso(now)
        if new is None:
            self.db.execute("DELETE FROM states WHERE key = ?", [key])
        else:
            self.db.execute(
                "INSERT INTO states (key, show, season, kind, value, certainty, claim_id,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                " value = excluded.value, certainty = excluded.certainty,"
                " claim_id = excluded.claim_id, updated_at = excluded.updated_at",
                [key, show, season, kind, new.value, new.certainty, new.claim_id, at],
            )
        old_value = old["value"] if old else None
        new_value = new.value if new else None
        claim = (
            self._one("SELECT url, source, evidence FROM claims WHERE id = ?", [new.claim_id])
            if new
            else None
        ) or {}
        event = Event(
            show=show,
            season=season,
            kind=kind,
            old_value=old_value,
            new_value=new_value,
            certainty=new.certainty if new else None,
            change=classify_change(kind, old_value, new_value),
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
                "seen_at": at,
            }
        )
        return dataclasses.replace(event, id=events.last_rowid)

    # -- alerts ---------------------------------------------------------------------------

    def last_alerted_value(self, show: str, season: int | None) -> str | None:
        row = self._one(
            "SELECT value FROM alerts WHERE show = ? AND season IS ? ORDER BY id DESC LIMIT 1",
            [show, season],
        )
        return row["value"] if row else None

    def add_alert(
        self, event: Event, *, title: str, body: str, channels: Sequence[str], now: datetime
    ) -> int:
        """Put an alert and one pending delivery per channel in the outbox."""
        cursor = self.db.execute(
            "INSERT INTO alerts (event_id, show, season, title, body, value, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event.id, event.show, event.season, title, body, event.new_value, _iso(now)],
        )
        alert_id = int(cursor.lastrowid or 0)
        for channel in channels:
            self.db.execute(
                "INSERT OR IGNORE INTO deliveries (alert_id, channel) VALUES (?, ?)",
                [alert_id, channel],
            )
        return alert_id

    def pending_deliveries(self, channels: Sequence[str]) -> list[Delivery]:
        if not channels:
            return []
        marks = ", ".join("?" for _ in channels)
        rows = self._all(
            "SELECT d.id, d.alert_id, d.channel, a.title, a.body, d.attempts"
            " FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
            f" WHERE d.status != 'sent' AND d.channel IN ({marks}) ORDER BY d.alert_id, d.id",
            list(channels),
        )
        return [Delivery(**row) for row in rows]

    def mark_delivery(self, delivery_id: int, *, error: str | None, now: datetime) -> None:
        with self.atomic():
            if error is None:
                self.db.execute(
                    "UPDATE deliveries SET status = 'sent', attempts = attempts + 1,"
                    " sent_at = ?, last_error = NULL WHERE id = ?",
                    [_iso(now), delivery_id],
                )
            else:
                self.db.execute(
                    "UPDATE deliveries SET status = 'failed', attempts = attempts + 1,"
                    " last_error = ? WHERE id = ?",
                    [error, delivery_id],
                )
