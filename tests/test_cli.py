"""Commands as a user types them: exit codes, messages, the daemon's start and clean stop."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from scraper.cli import cli
from scraper.daemon import single_instance
from tests.seed import seed_path
from tests.servers import NewsSite, WebhookReceiver, running
from tests.test_end_to_end import DATE_PATH, date_page, feed

ROOT = Path(__file__).resolve().parents[1]


def invoke(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_validate_reports_every_problem_with_file_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "sources.yaml"
    broken.write_text(
        "watchlist: [All of Us Are Dead]\n"
        "sources:\n"
        "  - name: One\n"
        "    url: https://example.org/feed\n"
        "    interval: 5x\n"
        "  - name: Two\n"
        "    kind: podcast\n"
    )
    result = CliRunner().invoke(cli, ["validate", "--sources", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:5: sources[0].interval: '5x' is not a duration" in result.stderr
    assert f"{broken}:6: sources[1].url:" in result.stderr
    assert f"{broken}:7: sources[1].kind:" in result.stderr


def test_the_shipped_sources_file_validates() -> None:
    result = CliRunner().invoke(cli, ["validate", "--sources", str(ROOT / "sources.yaml")])
    assert result.exit_code == 0, result.output
    assert "ok:" in result.stdout


def test_extract_prints_the_spec_shape_for_the_seed() -> None:
    args = ["extract", str(seed_path()), "--title", "All of Us Are Dead|Jigeum Uri Hakgyoneun"]
    result = CliRunner().invoke(cli, [*args, "--published", "2022-06-08", "--json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert claims and all(
        list(claim) == ["show", "season", "kind", "value", "role", "certainty", "evidence"]
        for claim in claims
    )
    assert {"renewal", "release_date", "cast"} == {claim["kind"] for claim in claims}


def test_extract_reads_stdin_and_accepts_zero_claims() -> None:
    text = "Cooking Show Tapes Its Finale\n\nThe kitchen was busy on Tuesday."
    result = CliRunner().invoke(cli, ["extract", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_extract_of_an_unreadable_input_is_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.html")])
    assert missing.exit_code == 1
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    result = CliRunner().invoke(cli, ["extract", str(binary)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_refuses_a_20_mb_page_with_one_line(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    paragraph = "<p>The council met on Tuesday to discuss the ferry timetable.</p>\n"
    huge.write_text("<html><body><article>" + paragraph * 320_000 + "</article></body></html>")
    assert huge.stat().st_size > 20_000_000
    result = CliRunner().invoke(cli, ["extract", str(huge), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "over 5,000,000 bytes" in result.stderr


def test_queries_before_any_run_say_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["shows", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "scraper run --once" in result.stderr


def test_a_second_writer_is_refused_while_one_runs(tmp_path: Path) -> None:
    db = tmp_path / "scraper.db"
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "watchlist: [All of Us Are Dead]\nsources:\n"
        "  - {name: Gone, url: 'http://127.0.0.1:1/feed.xml'}\n"
    )
    with single_instance(db):
        result = CliRunner().invoke(
            cli, ["run", "--once", "--db", str(db), "--sources", str(sources)]
        )
    assert result.exit_code == 1
    assert "already" in result.stderr


def test_run_monitors_until_sigterm_then_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "data" / "scraper.db"
    sources = tmp_path / "sources.yaml"
    with running(NewsSite()) as site:
        site.put(DATE_PATH, date_page("March 12, 2027"))
        site.put("/feed.xml", feed(site, [("Season 2 date", DATE_PATH)]), "application/rss+xml")
        sources.write_text(
            "watchlist: [All of Us Are Dead]\nsources:\n"
            f"  - {{name: Site, url: '{site.url('/feed.xml')}', interval: 1h}}\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        daemon = subprocess.Popen(
            [sys.executable, "-m", "scraper", "run", "--db", str(db), "--sources", str(sources)],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            # wait (bounded) for the first check to land in the store
            for _ in range(200):
                if db.exists() and _count(db, "SELECT count(*) FROM sources") > 0:
                    break
                time.sleep(0.05)
            else:
                raise AssertionError("the monitor stored nothing within 10 s")
            daemon.send_signal(signal.SIGTERM)
            _, stderr = daemon.communicate(timeout=20)
        finally:
            daemon.kill()
    assert daemon.returncode == 0, stderr
    assert "stopping" in stderr
    assert _count(db, "SELECT count(*) FROM claims") == 2  # season 2 date, season 1 date
    with single_instance(db):  # the lock was released
        pass


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_alert_test_reaches_one_channel_or_every_configured_one(tmp_path: Path) -> None:
    with running(WebhookReceiver()) as hook, running(WebhookReceiver()) as other:
        result = CliRunner().invoke(cli, ["alert-test", hook.apprise_url])
        assert result.exit_code == 0, result.output
        assert [m["title"] for m in hook.received] == ["scraper: test alert"]
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            "watchlist: [All of Us Are Dead]\n"
            f"alerts: ['{hook.apprise_url}', '{other.apprise_url}']\n"
            "sources: [{name: S, url: 'https://example.org/feed'}]\n"
        )
        result = CliRunner().invoke(cli, ["alert-test", "--sources", str(sources)])
        assert result.exit_code == 0, result.output
        assert len(hook.received) == 2 and len(other.received) == 1
        # the terminal channel is one of "every configured one"; the secretless names are shown
        assert result.stdout.count("sent: ") == 3
