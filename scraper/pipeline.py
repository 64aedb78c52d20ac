"""check(source): fetch -> discover -> article -> claims -> store -> alerts; then deliver.

The one path for the daemon, `run --once` and `check SOURCE`. A `ScraperError` is recorded
against its source or URL and the rest go on; anything else is a bug and propagates.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from scraper.alerts import Channel, release_alert
from scraper.article import read_article
from scraper.claims import extract_claims
from scraper.discover import discover_links
from scraper.errors import AlertError, ScraperError
from scraper.fetch import Fetcher
from scraper.models import Config, Event, Fetched, Link, Source
from scraper.store import Store

log = logging.getLogger("scraper.pipeline")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class CheckResult:
    """What one check of one source did."""

    source: str
    error: str | None = None
    pages: int = 0
    changed: int = 0
    claims: int = 0
    events: int = 0
    alerts: int = 0
    page_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int
    failed: int


class Pipeline:
    """Joins the stages for one config, one store, one fetcher and the alert channels."""

    def __init__(
        self,
        config: Config,
        store: Store,
        fetcher: Fetcher,
        channels: Sequence[Channel],
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.config = config
        self.store = store
        self.fetcher = fetcher
        self.channels = list(channels)
        self.clock = clock
        self._watched = {show.title for show in config.watchlist}

    async def check_all(self, sources: Sequence[Source] | None = None) -> list[CheckResult]:
        chosen = self.config.sources if sources is None else sources
        return list(await asyncio.gather(*(self.check(source) for source in chosen)))

    async def check(self, source: Source) -> CheckResult:
        result = CheckResult(source.name)
        try:
            links = await self._links(source, result)
        except ScraperError as error:
            result.error = str(error)
            log.warning("source %s failed: %s", source.name, error)
        else:
            await asyncio.gather(*(self._check_article(link, source, result) for link in links))
            if source.kind == "page" and result.page_errors:
                # the page is the source: its failure is the source's
                result.error = result.page_errors.pop()
                log.warning("source %s failed: %s", source.name, result.error)
        self.store.record_source(
            source.name, source.url, source.kind, error=result.error, now=self.clock()
        )
        return result

    async def _fetch(self, url: str, source: Source, result: CheckResult) -> Fetched:
        try:
            fetched = await self.fetcher.fetch(url, self.store.validators(url), now=self.clock())
        except ScraperError as error:
            status = getattr(error, "status", None)
            self.store.record_fetch_error(
                url, str(error), source=source.name, status=status, now=self.clock()
            )
            raise
        result.pages += 1
        return fetched

    async def _links(self, source: Source, result: CheckResult) -> list[Link]:
        if source.kind == "page":
            return [Link(url=source.url)]
        fetched = await self._fetch(source.url, source, result)
        with self.store.atomic():
            version = self.store.record_fetch(fetched, source=source.name)
        if version.changed:
            result.changed += 1
        else:
            stored = self.store.latest_body(source.url)
            if stored is None:
                return []
            fetched = dataclasses.replace(fetched, body=stored[0], content_type=stored[1])
        links = discover_links(
            fetched, source.kind, link_pattern=source.link_pattern, limit=source.max_articles
        )
        return links

    async def _check_article(self, link: Link, source: Source, result: CheckResult) -> None:
        try:
            fetched = await self._fetch(link.url, source, result)
        except ScraperError as error:
            result.page_errors.append(str(error))
            return
        now = self.clock()
        if fetched.not_modified or self._known(fetched):
            with self.store.atomic():
                self.store.record_fetch(fetched, source=source.name)
            return
        try:
            article = read_article(
                fetched.body, url=fetched.final_url, content_type=fetched.content_type
            )
            if article.published is None and link.published is not None:
                article = dataclasses.replace(article, published=link.published.date())
            claims = extract_claims(article, self.config.watchlist)
        except ScraperError as error:
            # logged without its validators, so the next poll reads it whole and fails again
            # (or succeeds) rather than calling a broken page "unchanged"
            self.store.record_fetch_error(
                fetched.url, str(error), source=source.name, status=fetched.status, now=now
            )
            result.page_errors.append(str(error))
            return
        with self.store.atomic():
            version = self.store.record_fetch(fetched, source=source.name)
            assert version.hash is not None
            events = self.store.record_article(
                article, claims, url=fetched.url, version=version.hash, source=source.name, now=now
            )
            alerts = sum(self._raise_alert(event, now) for event in events)
        result.changed += 1
        result.claims += len(claims)
        result.events += len(events)
        result.alerts += alerts

    def _known(self, fetched: Fetched) -> bool:
        latest = self.store.latest_hash(fetched.url)
        return latest is not None and latest == hashlib.sha256(fetched.body).hexdigest()

    def _raise_alert(self, event: Event, now: datetime) -> bool:
        if event.show not in self._watched:
            return False
        message = release_alert(
            event, last_alerted=self.store.last_alerted_value(event.show, event.season)
        )
        if message is None:
            return False
        self.store.add_alert(
            event,
            title=message.title,
            body=message.body,
            channels=[channel.name for channel in self.channels],
            now=now,
        )
        return True

    async def deliver(self) -> DeliveryReport:
        """Send every pending delivery; a failed one stays pending for the next run."""
        by_name = {channel.name: channel for channel in self.channels}
        sent = failed = 0
        for delivery in self.store.pending_deliveries(list(by_name)):
            channel = by_name[delivery.channel]
            try:
                await asyncio.to_thread(channel.send, delivery.title, delivery.body)
            except AlertError as error:
                failed += 1
                log.warning("alert %d not delivered: %s", delivery.alert_id, error)
                self.store.mark_delivery(delivery.id, error=str(error), now=self.clock())
            else:
                sent += 1
                self.store.mark_delivery(delivery.id, error=None, now=self.clock())
        return DeliveryReport(sent, failed)


def make_pipeline(
    config: Config, store: Store, channels: Sequence[Channel], *, clock: Clock = utc_now
) -> Pipeline:
    return Pipeline(config, store, Fetcher(config.settings), channels, clock=clock)
