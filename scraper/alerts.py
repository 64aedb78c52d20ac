"""Events and supporting claims -> alerts (policy, text, HTML, identity) -> channels."""

from __future__ import annotations

import hashlib
import html
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, Protocol
from urllib.parse import quote
from zoneinfo import ZoneInfo

from scraper.errors import AlertError
from scraper.models import OUTLET_WEIGHTS, Alert, AlertRules, ChannelSettings
from scraper.state import DATED_RANK, last_day, refines

log = logging.getLogger("scraper.alerts")

# a webhook receiver drops a repeat by this header (and the payload's alert_key)
KEY_HEADER = "X-Scraper-Alert-Key"
_WEBHOOK_SCHEMES = ("json", "jsons", "form", "forms", "xml", "xmls")
_EMAIL_SCHEMES = ("mailto", "mailtos")


@dataclass(frozen=True, slots=True)
class Subject:
    """One (show, season, kind) as the store now sees it."""

    show: str
    season: int | None
    kind: str
    value: str | None
    certainty: str | None
    conflict: bool
    event_id: int | None


def alert_key(subject: Subject) -> str:
    """Stable identity of the alert for one state: the same on every retry and restart."""
    raw = f"{subject.show}|{subject.season}|{subject.kind}|{subject.value}|{subject.event_id}"
    return "a-" + hashlib.sha256(raw.encode()).hexdigest()[:20]


def policy_for(supporters: Sequence[Mapping[str, Any]], rules: AlertRules) -> str | None:
    """Which rule lets a value through, given the active claims that state it; None: none.

    One source is enough when it confirms and is at least as trusted as `rules.trust`
    (default: news outlets and above; not blogs), or when the user accepts its certainty
    (`rules.accept`), and the article it came from is about the show (its headline names
    it: a date read in a digest or in another show's news is the kind an extractor misreads)
    and, by default (`rules.alone` "sentence"), so does the dated sentence itself, not "it"
    or "the season": the reading most often wrong on unseen text. The show's own official
    site needs only the headline.
    Otherwise two independent sources (different hosts) must report it; a hedge (speculated)
    never counts unless accepted.
    """
    trust = OUTLET_WEIGHTS[rules.trust]
    accept = DATED_RANK[rules.accept]
    sentence = rules.alone == "sentence"
    alone = [
        c
        for c in supporters
        if c.get("headline", 1)
        and (c.get("named", 1) or not sentence or c.get("outlet") == "official")
    ]
    for claim in alone:
        if claim["certainty"] == "confirmed" and claim["weight"] >= trust:
            return f"confirmed by a {claim['outlet']} source ({claim['source']})"
    if rules.accept != "confirmed":
        for claim in alone:
            if DATED_RANK.get(claim["certainty"], 0) >= accept:
                return f"{claim['certainty']} by {claim['source']}, accepted by rules.accept"
    counting = [c for c in supporters if DATED_RANK.get(c["certainty"], 0) >= min(accept, 2)]
    hosts = {_host(c["url"]) or c["source"] for c in counting}
    if len(hosts) >= 2:
        return f"{len(hosts)} independent sources agree"
    return None


def _host(url: str | None) -> str | None:
    """The site an article is on (host and port): two feeds of one site are one source."""
    if not url or "://" not in url:
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def _label(show: str, season: int | None) -> str:
    return f"{show} season {season}" if season is not None else show


def release_alert(
    subject: Subject,
    supporters: Sequence[Mapping[str, Any]],
    *,
    rules: AlertRules,
    last_alerted: str | None,
    today: datetime,
) -> Alert | None:
    """The alert a release-date state raises now, or None.

    It alerts when the date is set, not in conflict, not already past, differs from the
    last date alerted for that season (it appeared, became more precise, or moved) and a
    policy lets it through. Comparing with the last alert rather than the previous state
    means a date first rumoured and later confirmed alerts once, when confirmed.
    """
    value = subject.value
    if not value or subject.conflict or value == last_alerted:
        return None
    # a date already past when it is read is history ("season 1 arrived in January 2022")
    if last_day(value) < today.date():
        return None
    policy = policy_for(supporters, rules)
    if policy is None:
        return None
    label = _label(subject.show, subject.season)
    if last_alerted is None:
        title, change = f"{label}: release date {value}", "announced"
    elif refines(value, last_alerted):
        title, change = f"{label}: release date now {value} (was {last_alerted})", "more precise"
    else:
        title = f"{label}: release date moved from {last_alerted} to {value}"
        change = "moved"
    return _alert(subject, supporters[0], title, change, policy, last_alerted)


def change_alert(
    subject: Subject,
    supporters: Sequence[Mapping[str, Any]],
    *,
    rules: AlertRules,
    last_alerted: str | None,
) -> Alert | None:
    """An alert for a renewal or cast change, when the rules ask for that kind."""
    if subject.kind not in rules.kinds or not subject.value or subject.value == last_alerted:
        return None
    policy = policy_for(supporters, rules)
    if policy is None:
        return None
    label = _label(subject.show, subject.season)
    if subject.kind == "cast":
        members = ", ".join(json.loads(subject.value))
        title = f"{label}: cast now {members}"
    else:
        title = f"{label}: {subject.value}"
    return _alert(subject, supporters[0], title, "changed", policy, last_alerted)


def _alert(
    subject: Subject,
    claim: Mapping[str, Any],
    title: str,
    change: str,
    policy: str,
    old: str | None,
) -> Alert:
    key = alert_key(subject)
    facts = [
        ("Show", _label(subject.show, subject.season)),
        ("Change", f"{change}: {old or 'none'} → {subject.value}"),
        ("Certainty", str(claim.get("certainty"))),
        ("Source", f"{claim.get('source')} ({claim.get('outlet')})"),
        ("Link", str(claim.get("url") or "")),
        ("Evidence", f"“{claim.get('evidence') or ''}”"),
        ("Why", policy),
        ("Alert", key),
    ]
    body = "\n".join([title, *(f"{name}: {value}" for name, value in facts)])
    rows = "".join(
        f"<tr><th align='left'>{html.escape(name)}</th><td>{html.escape(value)}</td></tr>"
        for name, value in facts
    )
    markup = f"<h3>{html.escape(title)}</h3><table>{rows}</table>"
    return Alert(
        key=key,
        kind=subject.kind,
        show=subject.show,
        season=subject.season,
        value=subject.value,
        title=title,
        body=body,
        html=markup,
        url=claim.get("url"),
        policy=policy,
        event_id=subject.event_id,
    )


# -- when: quiet hours and digests ------------------------------------------------------


def _at(day: datetime, clock: str) -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(day.date(), time(hour, minute), tzinfo=day.tzinfo)


def not_before(channel: ChannelSettings, now: datetime, zone: str) -> datetime | None:
    """When a new alert may first go to this channel: at once (None), at the end of its
    quiet hours, or at its next daily digest. Quiet hours delay; they never drop."""
    local = now.astimezone(ZoneInfo(zone))
    if channel.digest_at:
        due = _at(local, channel.digest_at)
        return due if due > local else due + timedelta(days=1)
    if channel.quiet_hours:
        start_text, end_text = channel.quiet_hours.split("-")
        start, end = _at(local, start_text), _at(local, end_text)
        if start <= end:
            return end if start <= local < end else None
        # the quiet span runs past midnight, e.g. 22:00-07:00
        if local >= start:
            return end + timedelta(days=1)
        if local < end:
            return end
    return None


def retry_at(attempts: int, now: datetime) -> datetime:
    """Backoff for a channel that refused: 1, 2, 4 … minutes, at most 6 hours."""
    return now + timedelta(minutes=min(2 ** max(attempts, 0), 360))


def digest(alerts: Sequence[tuple[str, str, str, str | None]]) -> tuple[str, str, str, str]:
    """(key, title, body, html) of a digest of several (key, title, body, html) alerts."""
    key = "d-" + hashlib.sha256("|".join(a[0] for a in alerts).encode()).hexdigest()[:20]
    title = f"scraper: {len(alerts)} alerts"
    body = "\n\n".join(a[2] for a in alerts)
    markup = "<hr>".join(a[3] or html.escape(a[2]) for a in alerts)
    return key, title, body, markup


# -- where: channels ---------------------------------------------------------------------


class Channel(Protocol):
    name: str

    def send(self, title: str, body: str, *, key: str, html_body: str | None = None) -> None: ...


class TerminalChannel:
    """Writes alerts to the log; the CLI shows the log on the terminal (stderr)."""

    name = "terminal"

    def send(self, title: str, body: str, *, key: str, html_body: str | None = None) -> None:
        log.warning("ALERT %s", body.replace("\n", "\n      "))


class AppriseChannel:
    """One Apprise URL: email, chat, webhooks and the rest. Named by its masked URL, so
    no secret reaches the store or the log."""

    def __init__(self, url: str, settings: ChannelSettings | None = None) -> None:
        import apprise  # loaded with the first Apprise channel: a terminal-only run never needs it

        self.settings = settings
        plugin = apprise.Apprise.instantiate(url)
        if not plugin:
            raise AlertError(_mask(url), "not a URL Apprise understands")
        self._url = url
        self._scheme = url.split("://", 1)[0].lower()
        # the masked URL without its query (which may hold tokens), made unique by a digest
        # of the URL as written, so a secret changed in the environment keeps the name
        masked = plugin.url(privacy=True).split("?", 1)[0]
        identity = (settings.written if settings and settings.written else url).encode()
        self.name = f"{masked}#{hashlib.sha256(identity).hexdigest()[:8]}"

    def _url_with_identity(self, key: str) -> str:
        """The URL with the alert's key as a header (webhooks, e-mail) and payload field."""
        params = []
        if self._scheme in _WEBHOOK_SCHEMES + _EMAIL_SCHEMES:
            params.append(f"+{KEY_HEADER}={quote(key)}")
        if self._scheme in _WEBHOOK_SCHEMES:
            params.append(f":alert_key={quote(key)}")
        if self._scheme in _EMAIL_SCHEMES:
            params.append(f"+References={quote(f'<{key}@scraper.alerts>')}")
        if not params:
            return self._url
        joiner = "&" if "?" in self._url else "?"
        return self._url + joiner + "&".join(params)

    def send(self, title: str, body: str, *, key: str, html_body: str | None = None) -> None:
        import apprise

        notifier = apprise.Apprise()
        notifier.add(self._url_with_identity(key))
        if self._scheme in _EMAIL_SCHEMES and html_body:
            ok = notifier.notify(title=title, body=html_body, body_format=apprise.NotifyFormat.HTML)
        else:
            ok = notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
        if not ok:
            raise AlertError(self.name, "the service did not accept the message")


def _mask(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://…" if rest else url


def channels_from(configured: Sequence[ChannelSettings | str]) -> list[Channel]:
    """The terminal channel plus one per Apprise URL."""
    channels: list[Channel] = [TerminalChannel()]
    for item in configured:
        settings = item if isinstance(item, ChannelSettings) else ChannelSettings(item)
        channels.append(AppriseChannel(settings.url, settings))
    return channels


def schedules(channels: Sequence[Channel]) -> dict[str, ChannelSettings | None]:
    """Each channel's name -> its schedule (None: send at once)."""
    return {channel.name: getattr(channel, "settings", None) for channel in channels}
