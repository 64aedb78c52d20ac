"""Pipeline + sources -> a running monitor: APScheduler jobs, signals, a single-instance lock."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from scraper.errors import ScraperError
from scraper.models import Source
from scraper.pipeline import CheckResult, Pipeline

log = logging.getLogger("scraper.daemon")


class AlreadyRunning(ScraperError):
    def __init__(self, lock_path: Path) -> None:
        super().__init__(f"another scraper is already writing to this database (lock {lock_path})")


@contextmanager
def single_instance(db_path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside the database: one writer at a time."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(lock_path) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def summary(result: CheckResult) -> str:
    if result.skipped:
        return f"{result.source}: skipped, {result.skipped}"
    state = "ok" if result.ok else f"FAILED: {result.error}"
    line = (
        f"{result.source}: {state}; {result.pages} fetched, {result.changed} changed, "
        f"{result.claims} claims, {result.events} events, {result.alerts} alerts"
    )
    if result.page_errors:
        line += f"; {len(result.page_errors)} page errors (first: {result.page_errors[0]})"
    return line


# how often the monitor looks for due deliveries: retries, quiet hours ending, digests
DELIVERY_INTERVAL_SECONDS = 60


async def check_and_deliver(pipeline: Pipeline, source: Source) -> None:
    """Check a source, then send what it raised at once (the delivery job does the rest)."""
    result = await pipeline.check(source)
    log.info("%s", summary(result))
    await pipeline.deliver()


async def deliver_due(pipeline: Pipeline) -> None:
    report = await pipeline.deliver()
    if report.sent or report.failed:
        log.info("alerts: %d delivered, %d failed", report.sent, report.failed)


async def run_forever(pipeline: Pipeline, sources: Sequence[Source]) -> None:
    """Check every source at once, then on its interval, until SIGINT or SIGTERM."""
    # the scheduler is for the long-running monitor only; `run --once` never loads it
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.interval import IntervalTrigger

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    scheduler = AsyncIOScheduler(timezone=UTC)
    for source in sources:
        scheduler.add_job(
            check_and_deliver,
            IntervalTrigger(seconds=source.interval_seconds, timezone=UTC),
            args=[pipeline, source],
            id=source.name,
            name=source.name,
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
            misfire_grace_time=source.interval_seconds,
        )
    scheduler.add_job(
        deliver_due,
        IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS, timezone=UTC),
        args=[pipeline],
        id="deliver",
        name="deliver due alerts",
        max_instances=1,
        coalesce=True,
    )
    scheduler.start()
    log.info("monitoring %d sources; stop with Ctrl-C", len(sources))
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        scheduler.shutdown(wait=False)
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
