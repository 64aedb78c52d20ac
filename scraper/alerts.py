"""Events -> alert messages -> channels: the terminal/log always, and any Apprise URL."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Protocol

import apprise

from scraper.errors import AlertError
from scraper.models import Event
from scraper.state import last_day, refines

log = logging.getLogger("scraper.alerts")

# Only a dated claim stated as fact or attributed to a report may raise an alert: a false
# release-date alert is the worst thing this tool can do, so hedged dates never do.
ALERTING_CERTAINTIES = ("confirmed", "reported")


@dataclass(frozen=True, slots=True)
class Message:
    title: str
    body: str
    value: str


def _season_label(show: str, season: int | None) -> str:
    return f"{show} season {season}" if season is not None else show


def release_alert(event: Event, *, last_alerted: str | None) -> Message | None:
    """The alert an event raises, or None.

    A release-date event alerts when its date is not already past and differs from the last
    date alerted for that season: it appeared, became more precise, or moved. Comparing with
    the last alert rather than the previous state means a speculated date later confirmed
    still alerts once.
    """
    if event.kind != "release_date" or not event.new_value:
        return None
    if event.certainty not in ALERTING_CERTAINTIES or event.new_value == last_alerted:
        return None
    # a date already past when it is read is history ("season 1 arrived in January 2022")
    if last_day(event.new_value) < event.seen_at.date():
        return None
    subject = _season_label(event.show, event.season)
    if last_alerted is None:
        headline = f"{subject}: release date {event.new_value}"
        change = "announced"
    elif refines(event.new_value, last_alerted):
        headline = f"{subject}: release date now {event.new_value} (was {last_alerted})"
        change = "more precise"
    else:
        headline = f"{subject}: release date moved from {last_alerted} to {event.new_value}"
        change = "moved"
    lines = [
        headline,
        f"Change: {change}; certainty: {event.certainty}",
        f"Source: {event.source or 'unknown'} {event.article_url or ''}".rstrip(),
    ]
    if event.evidence:
        lines.append(f"Evidence: “{event.evidence}”")
    return Message(title=headline, body="\n".join(lines), value=event.new_value)


class Channel(Protocol):
    name: str

    def send(self, title: str, body: str) -> None: ...


class TerminalChannel:
    """Writes alerts to the log; the CLI shows the log on the terminal (stderr)."""

    name = "terminal"

    def send(self, title: str, body: str) -> None:
        log.warning("ALERT %s", body.replace("\n", "\n      "))


class AppriseChannel:
    """One Apprise URL: email, chat, webhooks and the rest. Named by its privacy-masked URL."""

    def __init__(self, url: str) -> None:
        plugin = apprise.Apprise.instantiate(url)
        if not plugin:
            raise AlertError(_mask(url), "not a URL Apprise understands")
        self._url = url
        # the masked URL without its query (which may hold tokens), made unique by a digest
        masked = plugin.url(privacy=True).split("?", 1)[0]
        self.name = f"{masked}#{hashlib.sha256(url.encode()).hexdigest()[:8]}"

    def send(self, title: str, body: str) -> None:
        notifier = apprise.Apprise()
        notifier.add(self._url)
        if not notifier.notify(title=title, body=body):
            raise AlertError(self.name, "the service did not accept the message")


def _mask(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://…" if rest else url


def channels_from(urls: tuple[str, ...] | list[str]) -> list[Channel]:
    """The terminal channel plus one per Apprise URL."""
    channels: list[Channel] = [TerminalChannel()]
    channels.extend(AppriseChannel(url) for url in urls)
    return channels
