"""A source's check outcome -> its status, when to try it again, and the alerts its health raises.

Pure: no I/O. The pipeline records what this decides.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from scraper.errors import FetchError, ScraperError
from scraper.fetch import RobotsBlocked
from scraper.models import Alert, Source

# ok            the last check read something new (or the source had nothing to say yet)
# not_modified  the last check was answered 304 / an identical body
# failing       the last check failed (see last_error, failing_since)
# blocked       robots.txt disallows the source's URL for us
# gone          the server says 410 Gone
STATUSES = ("ok", "not_modified", "failing", "blocked", "gone")

# A backoff is shortened by up to this fraction at random, so failing sources spread out, and
# a scheduler ticking on the interval still finds the source due at the tick it was meant for.
BACKOFF_JITTER = 0.25


def failure_status(error: ScraperError) -> str:
    if isinstance(error, RobotsBlocked):
        return "blocked"
    if isinstance(error, FetchError) and error.status == 410:
        return "gone"
    return "failing"


def retry_at(
    now: datetime,
    *,
    interval: int,
    failures: int,
    cap: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """When a source that has failed `failures` times in a row may be checked again.

    A host's own Retry-After wins; otherwise interval * 2**(failures - 1), at most `cap` (but
    never less than the interval), shortened by up to BACKOFF_JITTER at random.
    """
    if retry_after is not None:
        return now + timedelta(seconds=retry_after)
    exponent = min(max(failures - 1, 0), 30)
    delay = min(interval * 2**exponent, max(cap, interval))
    delay *= 1 - (rng or random).uniform(0, BACKOFF_JITTER)
    return now + timedelta(seconds=delay)


@dataclass(frozen=True, slots=True)
class Health:
    """What a source's row said before this check."""

    failures: int = 0
    failing_since: str | None = None
    failure_alerted: bool = False


def failing_alert(
    source: Source, before: Health, error: str, *, after: int, now: datetime
) -> Alert | None:
    """The one alert for a source that has now failed `after` times in a row, or None."""
    failures = before.failures + 1
    if before.failure_alerted or failures < after:
        return None
    since = before.failing_since or now.astimezone(UTC).isoformat(timespec="seconds")
    title = f"Source failing: {source.name} ({failures} checks in a row)"
    body = "\n".join(
        [
            title,
            f"Failing since: {since}",
            f"Last error: {error}",
            f"URL: {source.url}",
            "It is still checked, less often; you get one more message when it recovers.",
        ]
    )
    return _alert("source_failing", source, since, title, body)


def recovered_alert(source: Source, before: Health) -> Alert | None:
    """The one alert for a source that works again after a failing alert, or None."""
    if not before.failure_alerted:
        return None
    since = before.failing_since or "earlier"
    title = f"Source recovered: {source.name}"
    body = f"{title}\nFailing since: {since}\nURL: {source.url}"
    return _alert("source_recovered", source, since, title, body)


def _alert(kind: str, source: Source, since: str, title: str, body: str) -> Alert:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines())
    return Alert(
        # one failing and one recovered alert per stretch of failure, however often it is raised
        key=f"{kind}:{source.name}:{since}",
        kind=kind,
        show=source.name,
        season=None,
        value=None,
        title=title,
        body=body,
        html=paragraphs,
        url=source.url,
        policy="source_health",
    )
