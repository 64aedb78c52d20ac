"""Articles and their claims -> rows; re-derived state per (show, season, kind); events."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from scraper.models import Article, Claim, Event
from scraper.state import ClaimRow, classify_change, derive
from scraper.store.base import StoreBase, iso, subject_key


def _claim_key(url: str, claim: Claim) -> str:
    parts = [url, *(str(v) for v in claim.to_dict().values())]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class ClaimsStore(StoreBase):
    # -- articles, claims, state ------------------------------------------------------------

    def record_article(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        url: str,
        version: str,
        source: str | None,
        now: datetime,
        outlet: str = "news",
        weight: int = 2,
        headline_shows: Collection[str] | None = None,
        named: Sequence[bool] | None = None,
    ) -> list[Event]:
        """Store an article version and its claims; re-derive what they touch; return events.

        `headline_shows` are the shows the article's headline names (None: not known, taken
        as every show); a claim about another show is stored with `headline` 0. `named` says,
        claim by claim, whether its own sentence names its show (None: taken as yes)."""
        at = iso(now)
        self.db.execute(
            "INSERT OR IGNORE INTO articles (url, hash, source, title, published, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                url,
                version,
                source,
                article.title,
                article.published.isoformat() if article.published else None,
                at,
            ],
        )
        article_row = self._one(
            "SELECT id FROM articles WHERE url = ? AND hash = ?", [url, version]
        )
        article_id = article_row["id"] if article_row else None
        touched = {
            (row["show"], row["season"], row["kind"])
            for row in self._all(
                "SELECT DISTINCT show, season, kind FROM claims WHERE url = ? AND active = 1", [url]
            )
        }
        self.db.execute("UPDATE claims SET active = 0 WHERE url = ?", [url])
        for index, claim in enumerate(claims):
            touched.add((claim.show, claim.season, claim.kind))
            self.db.execute(
                "INSERT INTO claims (key, url, source, article_id, show, season, kind, value,"
                " role, certainty, evidence, first_seen, last_seen, outlet, weight, headline,"
                " named, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                " ON CONFLICT(key) DO UPDATE SET active = 1, last_seen = excluded.last_seen,"
                " article_id = excluded.article_id, headline = excluded.headline,"
                " named = excluded.named",
                [
                    _claim_key(url, claim),
                    url,
                    source,
                    article_id,
                    claim.show,
                    claim.season,
                    claim.kind,
                    claim.value,
                    claim.role,
                    claim.certainty,
                    claim.evidence,
                    at,
                    at,
                    outlet,
                    weight,
                    headline_shows is None or claim.show in headline_shows,
                    named is None or named[index],
                ],
            )
        events = []
        for show, season, kind in sorted(touched, key=lambda t: (t[0], t[1] or 0, t[2])):
            event = self._rederive(show, season, kind, now)
            if event is not None:
                events.append(event)
        return events

    def _rederive(self, show: str, season: int | None, kind: str, now: datetime) -> Event | None:
        rows = self._all(
            "SELECT id, value, certainty, role, weight, source, evidence FROM claims"
            " WHERE show = ? AND season IS ? AND kind = ? AND active = 1",
            [show, season, kind],
        )
        key = subject_key(show, season, kind)
        old = self._one(
            "SELECT value, certainty, conflict, competing FROM states WHERE key = ?", [key]
        )
        old_value = old["value"] if old else None
        new = derive(kind, [ClaimRow(**row) for row in rows], previous=old_value)
        if old is None and new is None:
            return None
        new_value = new.value if new else None
        competing = new.competing_json() if new else None
        if old is not None and new is not None:
            before = (old["value"], old["certainty"], bool(old["conflict"]), old["competing"])
            if before == (new.value, new.certainty, new.conflict, competing):
                return None
        at = iso(now)
        if new is None:
            self.db.execute("DELETE FROM states WHERE key = ?", [key])
        else:
            self.db.table("states").upsert(
                {
                    "key": key,
                    "show": show,
                    "season": season,
                    "kind": kind,
                    "value": new.value,
                    "certainty": new.certainty,
                    "claim_id": new.claim_id,
                    "conflict": int(new.conflict),
                    "competing": competing,
                    "updated_at": at,
                },
                pk="key",
            )
        change = classify_change(kind, old_value, new_value)
        if old is not None and new is not None and old_value == new_value:
            if new.conflict and not old["conflict"]:
                change = "conflict"
            elif old["conflict"] and not new.conflict:
                change = "resolved"
            elif competing != old["competing"]:
                change = "competing"
            else:
                change = "certainty"
        claim_id = new.claim_id if new else None
        if change in ("competing", "conflict"):
            # the event is about the newest claim that disagrees, not the one that stands
            challenger = self._one(
                "SELECT max(id) AS id FROM claims WHERE show = ? AND season IS ? AND kind = ?"
                " AND active = 1 AND value IS NOT ?",
                [show, season, kind, new_value],
            )
            claim_id = (challenger or {}).get("id") or claim_id
        claim = (
            self._one("SELECT url, source, evidence, value FROM claims WHERE id = ?", [claim_id])
            if claim_id
            else None
        ) or {}
        event = Event(
            show=show,
            season=season,
            kind=kind,
            old_value=old_value,
            new_value=new_value,
            certainty=new.certainty if new else None,
            change=change,
            evidence=claim.get("evidence"),
            article_url=claim.get("url"),
            source=claim.get("source"),
            seen_at=now,
        )
        events = self.db.table("events")
        events.insert(
            {
                "show": show,
                "season": season,
                "kind": kind,
                "old_value": old_value,
                "new_value": new_value,
                "certainty": event.certainty,
                "change": event.change,
                "claim_id": new.claim_id if new else None,
                "url": event.article_url,
                "source": event.source,
                "evidence": event.evidence,
                "competing": competing,
                "seen_at": at,
            }
        )
        return dataclasses.replace(event, id=events.last_rowid)

    def subject(self, show: str, season: int | None, kind: str) -> dict[str, Any] | None:
        """The current state of one (show, season, kind) and its latest event's id."""
        return self._one(
            "SELECT s.value, s.certainty, s.conflict, s.competing, (SELECT max(id) FROM events e"
            " WHERE e.show = s.show AND e.season IS s.season AND e.kind = s.kind) AS event_id"
            " FROM states s WHERE s.key = ?",
            [subject_key(show, season, kind)],
        )

    def supporters(
        self, show: str, season: int | None, kind: str, value: str | None
    ) -> list[dict[str, Any]]:
        """The active claims that state exactly `value` (for cast, any member of the cast
        list), strongest first."""
        return self._all(
            "SELECT id, source, outlet, weight, certainty, url, evidence, headline, named"
            " FROM claims"
            " WHERE show = ? AND season IS ? AND kind = ? AND (value IS ? OR kind = 'cast')"
            " AND active = 1 AND certainty NOT IN ('denied', 'unannounced')"
            " ORDER BY weight DESC, id",
            [show, season, kind, value],
        )
