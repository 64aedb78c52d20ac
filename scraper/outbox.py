"""Changed subjects -> alerts in the store's outbox; the outbox -> channels, each once.

The pipeline's half that joins the store and the alerts stage. Raising happens inside the
caller's transaction, so an alert is committed with the claims that caused it; delivery
happens after, and a delivery is marked sent only once its channel accepted it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from scraper.alerts import (
    Channel,
    Subject,
    change_alert,
    digest,
    not_before,
    release_alert,
    retry_at,
)
from scraper.atom import alerts_feed
from scraper.errors import AlertError
from scraper.failpoints import failpoint
from scraper.models import AlertRules, ChannelSettings
from scraper.queries import feed_rows
from scraper.store import Delivery, Store

log = logging.getLogger("scraper.outbox")


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int
    failed: int


def raise_alerts(
    store: Store,
    subjects: Iterable[tuple[str, int | None, str]],
    *,
    rules: AlertRules,
    watched: set[str],
    schedules: dict[str, ChannelSettings | None],
    now: datetime,
) -> int:
    """Put an alert in the outbox for each subject whose state now calls for one."""
    raised = 0
    for show, season, kind in sorted(set(subjects), key=lambda s: (s[0], s[1] or 0, s[2])):
        if kind not in rules.kinds or (show not in watched and not rules.unwatched):
            continue
        row = store.subject(show, season, kind)
        if row is None:
            continue
        subject = Subject(
            show,
            season,
            kind,
            row["value"],
            row["certainty"],
            bool(row["conflict"]),
            row["event_id"],
        )
        supporters = store.supporters(show, season, kind, subject.value)
        last = store.last_alerted_value(show, season, kind)
        if kind == "release_date":
            alert = release_alert(subject, supporters, rules=rules, last_alerted=last, today=now)
        else:
            alert = change_alert(subject, supporters, rules=rules, last_alerted=last)
        if alert is None:
            continue
        when = {
            name: not_before(settings, now, rules.timezone) if settings else None
            for name, settings in schedules.items()
        }
        if store.add_alert(alert, channels=when, now=now) is not None:
            raised += 1
    return raised


async def deliver(
    store: Store,
    channels: Sequence[Channel],
    schedules: dict[str, ChannelSettings | None],
    *,
    now: datetime,
    respect_backoff: bool = True,
) -> DeliveryReport:
    """Send every due delivery; a refused one waits for its retry time (or the next run).

    A digest channel gets its due alerts as one message, under the digest's own key.
    """
    by_name = {channel.name: channel for channel in channels}
    due = store.pending_deliveries(list(by_name), now=now, respect_backoff=respect_backoff)
    batches: list[list[Delivery]] = []
    for name in by_name:
        mine = [d for d in due if d.channel == name]
        settings = schedules.get(name)
        if settings is not None and settings.digest_at and mine:
            batches.append(mine)
        else:
            batches.extend([d] for d in mine)
    sent = failed = 0
    for batch in batches:
        channel = by_name[batch[0].channel]
        if len(batch) == 1:
            first = batch[0]
            key, title, body, markup = first.key, first.title, first.body, first.html
        else:
            key, title, body, markup = digest([(d.key, d.title, d.body, d.html) for d in batch])
        try:
            await asyncio.to_thread(channel.send, title, body, key=key, html_body=markup)
        except AlertError as error:
            failed += len(batch)
            log.warning("alert %s not delivered: %s", key, error)
            for delivery in batch:
                store.mark_delivery(
                    delivery.id,
                    error=str(error),
                    now=now,
                    retry_at=retry_at(delivery.attempts, now),
                )
            continue
        failpoint(f"after-send:{channel.name.split(':', 1)[0]}")
        sent += len(batch)
        for delivery in batch:
            store.mark_delivery(delivery.id, error=None, now=now)
    return DeliveryReport(sent, failed)


def write_feed(store: Store, path: Path) -> None:
    """Rewrite the Atom feed of alerts; readers never see a half-written file."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(alerts_feed(feed_rows(store)), encoding="utf-8")
    partial.replace(path)
