"""A source's health after each check -> its row in `sources`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scraper.store.base import StoreBase, iso


class SourcesStore(StoreBase):
    def source_row(self, name: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM sources WHERE name = ?", [name])

    def record_source(
        self,
        name: str,
        url: str,
        kind: str,
        *,
        status: str,
        error: str | None,
        now: datetime,
        retry_at: datetime | None = None,
        failure_alerted: bool | None = None,
    ) -> None:
        """A source's health after a check: a success (no `error`) resets the failure count;
        a failure adds one, keeps when the failing began, and when to try again."""
        at = iso(now)
        alerted = None if failure_alerted is None else int(failure_alerted)
        if error is None:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked, last_success,"
                " consecutive_failures) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT(name) DO"
                " UPDATE SET url = excluded.url, kind = excluded.kind, status = excluded.status,"
                " last_checked = excluded.last_checked, last_success = excluded.last_success,"
                " consecutive_failures = 0, last_error = NULL, failing_since = NULL,"
                " retry_at = NULL",
                [name, url, kind, status, at, at],
            )
        else:
            self.db.execute(
                "INSERT INTO sources (name, url, kind, status, last_checked,"
                " consecutive_failures, last_error, failing_since, retry_at)"
                " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET url = excluded.url, kind = excluded.kind,"
                " status = excluded.status, last_checked = excluded.last_checked,"
                " consecutive_failures = sources.consecutive_failures + 1,"
                " last_error = excluded.last_error, retry_at = excluded.retry_at,"
                " failing_since = coalesce(sources.failing_since, excluded.failing_since)",
                [name, url, kind, status, at, error, at, iso(retry_at) if retry_at else None],
            )
        if alerted is not None:
            self.db.execute(
                "UPDATE sources SET failure_alerted = ? WHERE name = ?", [alerted, name]
            )
