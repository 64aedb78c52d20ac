"""Alert policy, messages, schedules, and real receivers (webhook, SMTP) through Apprise."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from scraper.alerts import (
    KEY_HEADER,
    AppriseChannel,
    Subject,
    channels_from,
    not_before,
    policy_for,
    release_alert,
)
from scraper.config import load_config
from scraper.errors import AlertError
from scraper.models import AlertRules, ChannelSettings
from tests.servers import WebhookReceiver, running

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
RULES = AlertRules()


def supporter(
    source: str, outlet: str, certainty: str = "confirmed", host: str | None = None
) -> dict[str, Any]:
    weights = {"official": 4, "trade": 3, "news": 2, "blog": 1}
    return {
        "source": source,
        "outlet": outlet,
        "weight": weights[outlet],
        "certainty": certainty,
        "url": f"https://{host or source.lower().replace(' ', '')}.example/story",
        "evidence": "Season 2 premieres on March 12, 2027.",
    }


def subject(value: str | None = "2027-03-12", conflict: bool = False) -> Subject:
    return Subject("All of Us Are Dead", 2, "release_date", value, "confirmed", conflict, 7)


@pytest.mark.parametrize(
    ("supporters", "rules", "expected"),
    [
        ([supporter("Netflix", "official")], RULES, "confirmed by a official source"),
        ([supporter("Deadline", "trade")], RULES, "confirmed by a trade source"),
        ([supporter("Fan Blog", "blog")], RULES, None),
        ([supporter("Deadline", "trade", "reported")], RULES, None),
        (
            [supporter("Deadline", "trade", "reported"), supporter("Variety", "trade", "reported")],
            RULES,
            "2 independent sources agree",
        ),
        (
            [supporter("Deadline TV", "trade", "reported", host="deadline.com")]
            + [supporter("Deadline Main", "trade", "reported", host="deadline.com")],
            RULES,
            None,
        ),
        (
            [supporter("Blog A", "blog", "speculated"), supporter("Blog B", "blog", "speculated")],
            RULES,
            None,
        ),
        ([supporter("Insider", "news", "reported")], AlertRules(accept="reported"), "accepted"),
        ([supporter("Fan Blog", "blog")], AlertRules(trust="blog"), "confirmed by a blog source"),
        # read in a piece whose headline is about something else: one source is not enough
        ([{**supporter("Deadline", "trade"), "headline": 0}], RULES, None),
        (
            [{**supporter("Deadline", "trade"), "headline": 0}, supporter("Variety", "trade")],
            RULES,
            "confirmed by a trade source (Variety)",
        ),
    ],
)
def test_confirmation_policy(
    supporters: list[dict[str, Any]], rules: AlertRules, expected: str | None
) -> None:
    policy = policy_for(supporters, rules)
    if expected is None:
        assert policy is None
    else:
        assert policy is not None and expected in policy


def test_no_alert_for_a_conflict_a_past_date_or_a_date_already_alerted() -> None:
    backing = [supporter("Netflix", "official")]
    kwargs: dict[str, Any] = {"rules": RULES, "today": NOW}
    assert release_alert(subject(), backing, last_alerted=None, **kwargs) is not None
    assert release_alert(subject(conflict=True), backing, last_alerted=None, **kwargs) is None
    assert release_alert(subject("2022-01"), backing, last_alerted=None, **kwargs) is None
    assert release_alert(subject(), backing, last_alerted="2027-03-12", **kwargs) is None
    finer = release_alert(subject(), backing, last_alerted="2027-03", **kwargs)
    assert finer is not None and "now 2027-03-12 (was 2027-03)" in finer.title


def test_the_message_says_what_where_and_why_and_escapes_the_article() -> None:
    hostile = {**supporter("Netflix", "official"), "evidence": "<script>alert(1)</script> soon"}
    alert = release_alert(subject(), [hostile], rules=RULES, last_alerted="2027-02", today=NOW)
    assert alert is not None
    for needed in ("All of Us Are Dead season 2", "2027-02", "2027-03-12", "confirmed"):
        assert needed in alert.body
    assert "Netflix (official)" in alert.body and "https://netflix.example/story" in alert.body
    assert "Why: confirmed by a official source (Netflix)" in alert.body
    assert "<script>" not in alert.html and "&lt;script&gt;" in alert.html
    # the key is a function of the change, so a retry or a restart carries the same one
    again = release_alert(subject(), [hostile], rules=RULES, last_alerted="2027-02", today=NOW)
    assert again is not None and again.key == alert.key


@pytest.mark.parametrize(
    ("channel", "now", "expected"),
    [
        (ChannelSettings("x"), "2026-11-23T23:30", None),
        (ChannelSettings("x", quiet_hours="22:00-07:00"), "2026-11-23T23:30", "2026-11-24T07:00"),
        (ChannelSettings("x", quiet_hours="22:00-07:00"), "2026-11-24T03:00", "2026-11-24T07:00"),
        (ChannelSettings("x", quiet_hours="22:00-07:00"), "2026-11-24T12:00", None),
        (ChannelSettings("x", quiet_hours="12:00-14:00"), "2026-11-24T13:00", "2026-11-24T14:00"),
        (ChannelSettings("x", digest_at="08:00"), "2026-11-24T07:59", "2026-11-24T08:00"),
        (ChannelSettings("x", digest_at="08:00"), "2026-11-24T08:01", "2026-11-25T08:00"),
    ],
)
def test_quiet_hours_delay_and_digests_wait_for_their_hour(
    channel: ChannelSettings, now: str, expected: str | None
) -> None:
    moment = datetime.fromisoformat(now).replace(tzinfo=UTC)
    due = not_before(channel, moment, "UTC")
    assert (due.strftime("%Y-%m-%dT%H:%M") if due else None) == expected


def test_quiet_hours_are_read_in_the_users_time_zone() -> None:
    # 14:30 UTC is 23:30 in Seoul: quiet until 07:00 Seoul, which is 22:00 UTC
    moment = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
    due = not_before(ChannelSettings("x", quiet_hours="22:00-07:00"), moment, "Asia/Seoul")
    assert due is not None and due.astimezone(UTC).strftime("%H:%M") == "22:00"


def test_a_webhook_gets_the_alert_key_in_a_header_and_the_payload() -> None:
    with running(WebhookReceiver()) as hook:
        AppriseChannel(hook.apprise_url).send("title", "body", key="a-123")
        AppriseChannel(hook.apprise_url).send("title", "body", key="a-123")
        hook.down = True
        with pytest.raises(AlertError):
            AppriseChannel(hook.apprise_url).send("title", "body", key="a-456")
    assert [payload["alert_key"] for payload in hook.received] == ["a-123", "a-123"]
    assert [headers[KEY_HEADER] for headers in hook.headers] == ["a-123", "a-123"]


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(parsed)  # type: ignore[arg-type]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[_Mailbox, int]]:
    mailbox = _Mailbox()
    with socket.socket() as probe:  # a free port: the controller checks it by connecting
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


def test_an_email_carries_html_escaped_and_the_stable_key(smtp: tuple[_Mailbox, int]) -> None:
    mailbox, port = smtp
    url = f"mailto://127.0.0.1:{port}?from=scraper@example.org&to=fan@example.org&mode=insecure"
    hostile = {**supporter("Netflix", "official"), "evidence": "<b>bold</b> claim"}
    alert = release_alert(subject(), [hostile], rules=RULES, last_alerted=None, today=NOW)
    assert alert is not None
    AppriseChannel(url).send(alert.title, alert.body, key=alert.key, html_body=alert.html)
    (message,) = mailbox.messages
    assert message[KEY_HEADER] == alert.key
    assert alert.key in message["References"]
    assert "All of Us Are Dead season 2" in message["Subject"]
    html_part = message.get_body(preferencelist=("html",))
    assert html_part is not None
    content = html_part.get_content()
    assert "&lt;b&gt;bold&lt;/b&gt;" in content and "<b>bold</b>" not in content


def test_a_changed_secret_keeps_the_channel_and_never_shows(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "watchlist: [All of Us Are Dead]\n"
        "alerts: ['json://bot:${HOOK_SECRET}@127.0.0.1:9/hook']\n"
        "sources: [{name: S, url: 'https://example.org/feed'}]\n"
    )
    names = []
    for secret in ("first-secret", "second-secret"):
        monkeypatch.setenv("HOOK_SECRET", secret)
        (channel,) = [c for c in channels_from(load_config(path).channel_settings)][1:]
        assert secret not in channel.name
        names.append(channel.name)
    # deliveries are keyed by this name: waiting ones still go out after the change
    assert names[0] == names[1]
