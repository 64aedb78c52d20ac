"""The SQLite file: opening, migrating, transactions, and the small helpers every part uses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from scraper.schema import migrations


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def subject_key(show: str, season: int | None, kind: str) -> str:
    return f"{show}|{'' if season is None else season}|{kind}"


class StoreBase:
    """One open database; the parts of `Store` add their reads and writes to it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn_db = sqlite_utils.Database(str(path))
        conn_db.conn.execute("PRAGMA busy_timeout = 10000")
        conn_db.conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn_db.enable_wal()
            # in WAL mode NORMAL is safe against a killed process (a power cut may lose the
            # last commits, never corrupt); FULL would fsync once per polled URL
            conn_db.conn.execute("PRAGMA synchronous = NORMAL")
        migrations.apply(conn_db)
        self.db = conn_db

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))
