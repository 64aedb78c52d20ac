"""Store + ages -> a smaller store: old page versions pruned, old fetch-log rows summarised.

Kept whatever their age: each URL's latest version (the next poll compares with it) and every
version an article with claims was read from (the evidence behind the timeline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from scraper.store import Store
from scraper.store.base import iso


@dataclass(frozen=True, slots=True)
class Pruned:
    versions: int
    version_bytes: int
    fetches: int
    bytes_before: int
    bytes_after: int


def prune(
    store: Store, *, now: datetime, keep_versions: float, keep_fetch_log: float, vacuum: bool
) -> Pruned:
    """Delete page versions older than `keep_versions` seconds (but the kept ones above) and
    fold fetch-log rows older than `keep_fetch_log` into fetch_summaries; then VACUUM."""
    db = store.db
    before = _size(store)
    versions_cutoff = iso(now - timedelta(seconds=keep_versions))
    log_cutoff = iso(now - timedelta(seconds=keep_fetch_log))
    with store.atomic():
        doomed = (
            "FROM page_versions WHERE first_seen < ?"
            " AND hash NOT IN (SELECT latest_hash FROM pages WHERE latest_hash IS NOT NULL)"
            " AND hash NOT IN (SELECT a.hash FROM articles a"
            " WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id))"
        )
        row = db.execute(f"SELECT count(*), coalesce(sum(size), 0) {doomed}", [versions_cutoff])
        versions, version_bytes = row.fetchone()
        db.execute(f"DELETE {doomed}", [versions_cutoff])
        db.execute(
            "INSERT INTO fetch_summaries (url, day, outcome, source, fetches, errors, last_error)"
            " SELECT url, substr(at, 1, 10), outcome, max(source), count(*),"
            " sum(error IS NOT NULL), max(error) FROM fetches WHERE at < ?"
            " GROUP BY url, substr(at, 1, 10), outcome"
            " ON CONFLICT (url, day, outcome) DO UPDATE SET"
            " fetches = fetches + excluded.fetches, errors = errors + excluded.errors,"
            " last_error = coalesce(excluded.last_error, last_error)",
            [log_cutoff],
        )
        fetches = db.execute("DELETE FROM fetches WHERE at < ?", [log_cutoff]).rowcount
    if vacuum:
        db.execute("VACUUM")
    return Pruned(versions, version_bytes, fetches, before, _size(store))


def _size(store: Store) -> int:
    pages, page_size = (
        store.db.execute("PRAGMA page_count").fetchone()[0],
        store.db.execute("PRAGMA page_size").fetchone()[0],
    )
    return int(pages * page_size)
