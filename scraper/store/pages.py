"""Fetched pages -> the fetch log, distinct page versions, validators; robots.txt and feed items."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from scraper.models import Fetched, Link, Validators
from scraper.store.base import StoreBase, iso


@dataclass(frozen=True, slots=True)
class Version:
    """What record_fetch learned: the content's hash and whether this URL had it before."""

    hash: str | None
    changed: bool


class PagesStore(StoreBase):
    # -- fetching -----------------------------------------------------------------------

    def validators(self, url: str) -> Validators | None:
        row = self._one("SELECT etag, last_modified FROM pages WHERE url = ?", [url])
        if row is None or not (row["etag"] or row["last_modified"]):
            return None
        return Validators(etag=row["etag"], last_modified=row["last_modified"])

    def latest_hash(self, url: str) -> str | None:
        row = self._one("SELECT latest_hash FROM pages WHERE url = ?", [url])
        return row["latest_hash"] if row else None

    def record_fetch(
        self, fetched: Fetched, *, source: str | None, error: str | None = None
    ) -> Version:
        """Log one answered request; store its body if this URL has not had that content."""
        at = iso(fetched.fetched_at)
        page = self._one("SELECT latest_hash FROM pages WHERE url = ?", [fetched.url])
        if fetched.not_modified:
            digest, changed, outcome = (page or {}).get("latest_hash"), False, "not_modified"
        else:
            digest = hashlib.sha256(fetched.body).hexdigest()
            changed = page is None or page["latest_hash"] != digest
            outcome = "changed" if changed else "unchanged"
            if changed:
                self.db.execute(
                    "INSERT OR IGNORE INTO page_versions (hash, url, content_type, size, body,"
                    " first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        digest,
                        fetched.url,
                        fetched.content_type,
                        len(fetched.body),
                        zlib.compress(fetched.body, 6),
                        at,
                    ],
                )
        self.db.execute(
            "INSERT INTO pages (url, source, etag, last_modified, latest_hash, last_fetched,"
            " last_changed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
            " etag = excluded.etag, last_modified = excluded.last_modified,"
            " latest_hash = excluded.latest_hash, last_fetched = excluded.last_fetched,"
            " last_changed = CASE WHEN ? THEN excluded.last_changed ELSE pages.last_changed END",
            [fetched.url, source, fetched.etag, fetched.last_modified, digest, at, at, changed],
        )
        # the hash only where it is news: an unchanged poll's row stays small (pages has it)
        self.db.execute(
            "INSERT INTO fetches (url, source, at, status, outcome, hash, error, elapsed_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                fetched.url,
                source,
                at,
                fetched.status,
                outcome,
                digest if changed else None,
                error,
                fetched.elapsed_ms,
            ],
        )
        return Version(digest, changed)

    def record_fetch_error(
        self, url: str, error: str, *, source: str | None, status: int | None, now: datetime
    ) -> None:
        self.db.table("fetches").insert(
            {"url": url, "source": source, "at": iso(now), "status": status}
            | {"outcome": "error", "error": error}
        )

    def latest_body(self, url: str) -> tuple[bytes, str | None] | None:
        """The body and content type this URL last had, for re-reading a feed that gave 304."""
        row = self._one(
            "SELECT v.body, v.content_type FROM pages p JOIN page_versions v"
            " ON v.hash = p.latest_hash WHERE p.url = ?",
            [url],
        )
        if row is None:
            return None
        return zlib.decompress(row["body"]), row["content_type"]

    def stored_links(self, url: str, key: str) -> list[Link] | None:
        """The links `remember_links` kept for this URL under `key`, or None."""
        row = self._one("SELECT key, links FROM page_links WHERE url = ?", [url])
        if row is None or row["key"] != key:
            return None
        return [
            Link(
                url=item["url"],
                title=item["title"],
                published=datetime.fromisoformat(item["published"]) if item["published"] else None,
                guid=item["guid"],
            )
            for item in json.loads(row["links"])
        ]

    def remember_links(self, url: str, key: str, links: Sequence[Link]) -> None:
        """Keep the links a version of a feed or listing gave (`key` names the version and
        how it was read), replacing the ones an older version gave."""
        items = [
            {
                "url": link.url,
                "title": link.title,
                "published": link.published.isoformat() if link.published else None,
                "guid": link.guid,
            }
            for link in links
        ]
        self.db.execute(
            "INSERT OR REPLACE INTO page_links (url, key, links) VALUES (?, ?, ?)",
            [url, key, json.dumps(items, ensure_ascii=False)],
        )

    def robots_get(self, origin: str) -> tuple[int, str, datetime] | None:
        row = self._one("SELECT status, body, expires_at FROM robots WHERE origin = ?", [origin])
        if row is None:
            return None
        return row["status"], row["body"], datetime.fromisoformat(row["expires_at"])

    def robots_put(self, origin: str, status: int, body: str, expires_at: datetime) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO robots (origin, status, body, expires_at) VALUES (?, ?, ?, ?)",
            [origin, status, body, iso(expires_at)],
        )

    def feed_item_urls(self, feed: str, keys: Sequence[str]) -> dict[str, str]:
        """The article URL each already-seen identity of a feed item stands for."""
        if not keys:
            return {}
        marks = ", ".join("?" for _ in keys)
        rows = self._all(
            f"SELECT key, url FROM feed_items WHERE feed = ? AND key IN ({marks})",
            [feed, *keys],
        )
        return {row["key"]: row["url"] for row in rows}

    def remember_feed_items(
        self, feed: str, items: Sequence[tuple[str, str]], *, now: datetime
    ) -> None:
        """Record (identity, article URL) pairs a feed listed; known identities keep theirs."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO feed_items (feed, key, url, first_seen) VALUES (?, ?, ?, ?)",
            [(feed, key, url, iso(now)) for key, url in items],
        )
