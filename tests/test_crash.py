"""Kill the monitor with SIGKILL at each dangerous moment, restart it, count what arrived.

The moments: after the alert is committed (before any delivery), in the middle of a
webhook delivery, and after the webhook accepted but before the delivery was marked sent.
Only the last may deliver twice, and then both deliveries carry the same alert key.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.alerts import KEY_HEADER
from tests.servers import NewsSite, WebhookReceiver, running
from tests.test_end_to_end import DATE_PATH, date_page, feed

ROOT = Path(__file__).resolve().parents[1]


class Monitor:
    def __init__(self, tmp_path: Path, site: NewsSite, hook: WebhookReceiver) -> None:
        self.db = tmp_path / "scraper.db"
        self.sources = tmp_path / "sources.yaml"
        self.sources.write_text(
            "settings: {min_delay: 0s, delay_jitter: 0}\n"
            "watchlist: [All of Us Are Dead]\n"
            f"alerts: ['{hook.apprise_url}']\n"
            "sources:\n"
            f"  - {{name: Screen Signal, url: '{site.url('/feed.xml')}', outlet: trade}}\n"
        )

    def start(self, failpoint: str | None = None) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("SCRAPER_FAILPOINT", None)
        if failpoint:
            env["SCRAPER_FAILPOINT"] = failpoint
        command = [sys.executable, "-m", "scraper", "run", "--once"]
        return subprocess.Popen(
            [*command, "--db", str(self.db), "--sources", str(self.sources)],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(self, failpoint: str | None = None) -> int:
        process = self.start(failpoint)
        _, stderr = process.communicate(timeout=60)
        if process.returncode not in (0, -signal.SIGKILL):
            raise AssertionError(stderr)
        return process.returncode


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Monitor, NewsSite, WebhookReceiver]]:
    with running(NewsSite()) as site, running(WebhookReceiver()) as hook:
        site.put(DATE_PATH, date_page("March 12, 2027"))
        site.put("/feed.xml", feed(site, [("Season 2 date", DATE_PATH)]), "application/rss+xml")
        yield Monitor(tmp_path, site, hook), site, hook


def keys(hook: WebhookReceiver) -> list[str]:
    return [headers[KEY_HEADER] for headers in hook.headers]


def test_killed_after_the_alert_is_committed(
    world: tuple[Monitor, NewsSite, WebhookReceiver],
) -> None:
    monitor, _, hook = world
    assert monitor.run("after-commit") == -signal.SIGKILL
    assert hook.received == []
    assert monitor.run() == 0
    assert monitor.run() == 0
    assert len(hook.received) == 1


def test_killed_in_the_middle_of_a_delivery(
    world: tuple[Monitor, NewsSite, WebhookReceiver],
) -> None:
    monitor, _, hook = world
    process = monitor.start()
    hook.kill_on_post = process.pid
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert hook.received == []
    assert monitor.run() == 0
    assert monitor.run() == 0
    assert len(hook.received) == 1


def test_killed_after_delivery_before_it_is_marked(
    world: tuple[Monitor, NewsSite, WebhookReceiver],
) -> None:
    monitor, _, hook = world
    assert monitor.run("after-send:json") == -signal.SIGKILL
    assert len(hook.received) == 1
    assert monitor.run() == 0
    assert monitor.run() == 0
    # the one window where a repeat is possible: it carries the first delivery's key
    assert len(hook.received) == 2
    assert len(set(keys(hook))) == 1
    assert {payload["alert_key"] for payload in hook.received} == set(keys(hook))


def test_a_killed_monitor_leaves_a_consistent_store(
    world: tuple[Monitor, NewsSite, WebhookReceiver],
) -> None:
    monitor, _, _ = world
    monitor.run("after-commit")
    conn = sqlite3.connect(monitor.db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        alerts, pending = conn.execute(
            "SELECT (SELECT count(*) FROM alerts),"
            " (SELECT count(*) FROM deliveries WHERE status = 'pending')"
        ).fetchone()
    finally:
        conn.close()
    # the alert and a delivery per channel (terminal, webhook) were committed together
    assert (alerts, pending) == (1, 2)
