"""check(source): fetch -> discover -> article -> claims -> store -> alerts; then deliver.

The one path for the daemon, `run --once` and `check SOURCE`. A `ScraperError` is recorded
against its source or URL and the rest go on; anything else is a bug and propagates.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scraper import health
from scraper.alerts import Channel, not_before, schedules
from scraper.discover import discover_links, item_keys
from scraper.errors import ScraperError
from scraper.failpoints import failpoint
from scraper.fetch import Fetcher, RateLimited
from scraper.models import Article, Claim, Config, Fetched, Link, Source
from scraper.outbox import DeliveryReport, deliver, raise_alerts, write_feed
from scraper.store import Store

if TYPE_CHECKING:
    from scraper.claims.titles import TitleMatcher

log = logging.getLogger("scraper.pipeline")

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class _Outcome:
    """One article check: failed, read new content, or found nothing new."""

    error: ScraperError | None = None
    changed: bool = False


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class CheckResult:
    """What one check of one source did."""

    source: str
    error: str | None = None
    status: str = "ok"  # see scraper.health.STATUSES
    skipped: str | None = None  # why the source was not checked (backing off)
    pages: int = 0
    changed: int = 0
    claims: int = 0
    events: int = 0
    alerts: int = 0
    page_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


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
        respect_backoff: bool = True,
        rng: random.Random | None = None,
        feed_path: Path | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.fetcher = fetcher
        self.channels = list(channels)
        self.clock = clock
        # `run --once` retries a refused delivery at once; the daemon waits its backoff
        self.respect_backoff = respect_backoff
        # the Atom feed of alerts, rewritten after each delivery round
        self.feed_path = feed_path
        self._schedules = schedules(self.channels)
        self._delivering = asyncio.Lock()
        self._matcher: TitleMatcher | None = None  # built on the first changed page
        self._rng = rng or random.Random()
        self._watched = {show.title for show in config.watchlist}
        # article URL -> (when this process last checked it, that check): a link that several
        # feeds list is fetched once per the shortest interval of those feeds
        self._recent: dict[str, tuple[datetime, asyncio.Future[_Outcome]]] = {}

    async def check_all(
        self, sources: Sequence[Source] | None = None, *, force: bool = False
    ) -> list[CheckResult]:
        chosen = self.config.sources if sources is None else sources
        return list(await asyncio.gather(*(self.check(s, force=force) for s in chosen)))

    async def check(self, source: Source, *, force: bool = False) -> CheckResult:
        """Check one source; one that is backing off after failures is skipped unless forced."""
        result = CheckResult(source.name)
        now = self.clock()
        row = self.store.source_row(source.name) or {}
        if not force and row.get("retry_at") and datetime.fromisoformat(row["retry_at"]) > now:
            result.skipped = f"backing off after failures until {row['retry_at']}"
            result.status = row["status"]
            return result
        self._forget_old(now)
        failure: ScraperError | None = None
        try:
            links, fresh = await self._links(source, result)
            outcomes = await asyncio.gather(
                *(self._article(link, source, result) for link in links)
            )
            if source.kind == "page":
                # the page is the source: its failure is the source's
                failure, fresh = outcomes[0].error, outcomes[0].changed
        except ScraperError as error:
            failure = error
        except Exception as bug:  # a bug: logged with its traceback, the other sources go on
            log.exception("checking source %s hit a bug", source.name)
            failure = ScraperError(f"internal error ({type(bug).__name__}: {bug}); see the log")
        if failure is not None:
            result.error = str(failure)
            result.status = health.failure_status(failure)
            log.warning("source %s failed: %s", source.name, result.error)
        else:
            result.status = "ok" if fresh else "not_modified"
        self._record_health(source, row, result, failure)
        return result

    def _record_health(
        self,
        source: Source,
        row: dict[str, Any],
        result: CheckResult,
        failure: ScraperError | None,
    ) -> None:
        now = self.clock()
        settings = self.config.settings
        before = health.Health(
            failures=row.get("consecutive_failures") or 0,
            failing_since=row.get("failing_since"),
            failure_alerted=bool(row.get("failure_alerted")),
        )
        with self.store.atomic():
            if result.error is None:
                alert = health.recovered_alert(source, before)
                retry = None
            else:
                alert = health.failing_alert(
                    source, before, result.error, after=settings.failure_alert_after, now=now
                )
                retry = health.retry_at(
                    now,
                    interval=source.interval_seconds,
                    failures=before.failures + 1,
                    cap=settings.backoff_cap,
                    retry_after=failure.retry_after if isinstance(failure, RateLimited) else None,
                    rng=self._rng,
                )
            self.store.record_source(
                source.name,
                source.url,
                source.kind,
                status=result.status,
                error=result.error,
                now=now,
                retry_at=retry,
                failure_alerted=(result.error is not None) if alert else None,
            )
            if alert is not None:
                zone = self.config.rules.timezone
                channels = {
                    name: not_before(chosen, now, zone) if chosen else None
                    for name, chosen in self._schedules.items()
                }
                if self.store.add_alert(alert, channels=channels, now=now) is not None:
                    result.alerts += 1

    def _forget_old(self, now: datetime) -> None:
        longest = max((s.interval_seconds for s in self.config.sources), default=0)
        horizon = now - timedelta(seconds=longest)
        for url in [url for url, (at, _) in self._recent.items() if at < horizon]:
            del self._recent[url]

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

    async def _links(self, source: Source, result: CheckResult) -> tuple[list[Link], bool]:
        """The source's article links, and whether the source itself had new content."""
        if source.kind == "page":
            return [Link(url=source.url)], False
        fetched = await self._fetch(source.url, source, result)
        with self.store.atomic():
            version = self.store.record_fetch(fetched, source=source.name)
        if version.changed:
            result.changed += 1
        # the links this very version gave, read the same way, are kept: no second parse
        key = f"{version.hash} {source.kind} {source.max_articles} {source.link_pattern or ''}"
        links = None if version.changed else self.store.stored_links(source.url, key)
        if links is None:
            if not version.changed:
                stored = self.store.latest_body(source.url)
                if stored is None:
                    return [], False
                fetched = dataclasses.replace(fetched, body=stored[0], content_type=stored[1])
            links = discover_links(
                fetched, source.kind, link_pattern=source.link_pattern, limit=source.max_articles
            )
            with self.store.atomic():
                self.store.remember_links(source.url, key, links)
        if source.kind == "feed":
            links = self._known_as(source.url, links, remember=version.changed)
        return links, version.changed

    def _known_as(self, feed: str, links: list[Link], *, remember: bool) -> list[Link]:
        """Each item under the article URL it was first seen as: a re-GUIDed, re-dated or
        moved item is the article already known, not a new one."""
        keyed = [(link, item_keys(link)) for link in links]
        known = self.store.feed_item_urls(feed, [key for _, keys in keyed for key in keys])
        resolved: list[Link] = []
        seen: set[str] = set()
        pairs: list[tuple[str, str]] = []
        for link, keys in keyed:
            url = next((known[key] for key in keys if key in known), link.url)
            pairs.extend((key, url) for key in keys)
            if url not in seen:
                seen.add(url)
                resolved.append(dataclasses.replace(link, url=url))
        if remember:
            with self.store.atomic():
                self.store.remember_feed_items(feed, pairs, now=self.clock())
        return resolved

    async def _article(self, link: Link, source: Source, result: CheckResult) -> _Outcome:
        """Check an article unless this process checked it within the source's interval."""
        now = self.clock()
        recent = self._recent.get(link.url)
        if recent is not None and recent[0] > now - timedelta(seconds=source.interval_seconds):
            return await asyncio.shield(recent[1])
        task = asyncio.ensure_future(self._check_article(link, source, result))
        self._recent[link.url] = (now, task)
        return await task

    async def _check_article(self, link: Link, source: Source, result: CheckResult) -> _Outcome:
        try:
            fetched = await self._fetch(link.url, source, result)
        except ScraperError as error:
            result.page_errors.append(str(error))
            return _Outcome(error=error)
        now = self.clock()
        if fetched.not_modified or self._known(fetched):
            with self.store.atomic():
                self.store.record_fetch(fetched, source=source.name)
            return _Outcome()
        # imported on the first changed page: a poll where nothing changed never loads the
        # extraction stack (trafilatura, the claim readers' patterns), a third of its time
        from scraper.article import read_article

        try:
            article = read_article(
                fetched.body, url=fetched.final_url, content_type=fetched.content_type
            )
            if article.published is None and link.published is not None:
                article = dataclasses.replace(article, published=link.published.date())
            claims = self._claims(article)
        except ScraperError as error:
            # logged without its validators, so the next poll reads it whole and fails again
            # (or succeeds) rather than calling a broken page "unchanged"
            self.store.record_fetch_error(
                fetched.url, str(error), source=source.name, status=fetched.status, now=now
            )
            result.page_errors.append(str(error))
            return _Outcome(error=error)
        with self.store.atomic():
            version = self.store.record_fetch(fetched, source=source.name)
            assert version.hash is not None
            events = self.store.record_article(
                article,
                claims,
                url=fetched.url,
                version=version.hash,
                source=source.name,
                now=now,
                outlet=source.outlet,
                weight=source.weight,
                headline_shows=self._shows_named(article.title or "", claims),
                named=[c.show in self._shows_named(c.evidence, claims) for c in claims],
            )
            # every subject a claim touched, not only those whose state changed: a second
            # source agreeing changes no state but may satisfy the confirmation policy
            subjects = {(c.show, c.season, str(c.kind)) for c in claims}
            subjects |= {(e.show, e.season, e.kind) for e in events}
            alerts = raise_alerts(
                self.store,
                subjects,
                rules=self.config.rules,
                watched=self._watched,
                schedules=self._schedules,
                now=now,
            )
        if alerts:
            failpoint("after-commit")
        result.changed += 1
        result.claims += len(claims)
        result.events += len(events)
        result.alerts += alerts
        return _Outcome(changed=True)

    def _claims(self, article: Article) -> list[Claim]:
        from scraper.claims import extract_claims  # see _check_article

        claims = extract_claims(article, self.config.watchlist)
        if self.config.rules.unwatched:
            # a second reading without the watchlist finds every other show
            names = {name.casefold() for show in self.config.watchlist for name in show.names}
            others = extract_claims(article)
            claims += [c for c in others if c.show.casefold() not in names]
        return claims

    def _shows_named(self, text: str, claims: list[Claim]) -> set[str]:
        """The shows a headline or sentence names (watchlist titles and aliases, or a
        discovered title as printed)."""
        if self._matcher is None:
            from scraper.claims.titles import TitleMatcher  # see _check_article

            self._matcher = TitleMatcher(self.config.watchlist)
        named = {m.show for m in self._matcher.find(text)}
        named |= {c.show for c in claims if c.show.casefold() in text.casefold()}
        return named

    def _known(self, fetched: Fetched) -> bool:
        latest = self.store.latest_hash(fetched.url)
        return latest is not None and latest == hashlib.sha256(fetched.body).hexdigest()

    async def deliver(self) -> DeliveryReport:
        """Send every due delivery; a refused one stays pending for a later run. Then
        rewrite the Atom feed of alerts, when there is one."""
        # one round at a time: two rounds reading the same pending rows would both send them
        async with self._delivering:
            return await self._deliver()

    async def _deliver(self) -> DeliveryReport:
        report = await deliver(
            self.store,
            self.channels,
            self._schedules,
            now=self.clock(),
            respect_backoff=self.respect_backoff,
        )
        if self.feed_path is not None:
            write_feed(self.store, self.feed_path)
        return report


def make_pipeline(
    config: Config,
    store: Store,
    channels: Sequence[Channel],
    *,
    clock: Clock = utc_now,
    respect_backoff: bool = True,
    feed_path: Path | None = None,
) -> Pipeline:
    fetcher = Fetcher(config.settings, robots_store=store)
    return Pipeline(
        config,
        store,
        fetcher,
        channels,
        clock=clock,
        respect_backoff=respect_backoff,
        feed_path=feed_path,
    )
