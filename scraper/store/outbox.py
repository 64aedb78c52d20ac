"""Alerts and their deliveries per channel: the outbox, read and marked by the sender."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from scraper.models import Alert
from scraper.store.base import StoreBase, iso


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


class OutboxStore(StoreBase):
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
                iso(now),
            ],
        )
        if not cursor.rowcount:
            return None
        alert_id = int(cursor.lastrowid or 0)
        for channel, not_before in channels.items():
            self.db.execute(
                "INSERT OR IGNORE INTO deliveries (alert_id, channel, not_before) VALUES (?, ?, ?)",
                [alert_id, channel, iso(not_before) if not_before else None],
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
        at = iso(now)
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
                    [iso(now), delivery_id],
                )
            else:
                self.db.execute(
                    "UPDATE deliveries SET status = 'failed', attempts = attempts + 1,"
                    " last_error = ?, next_attempt_at = ? WHERE id = ?",
                    [error, iso(retry_at) if retry_at else None, delivery_id],
                )
