"""Store -> rows for people and programs: shows, a show's timeline, claims, alerts, sources."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scraper.models import Show, Source
from scraper.store import Store


def canonical_title(title: str, watchlist: Sequence[Show]) -> str:
    """The watchlist's title for any of a show's names, else the name as given."""
    folded = title.casefold().strip()
    for show in watchlist:
        if any(name.casefold() == folded for name in show.names):
            return show.title
    return title


def release_label(value: str | None, certainty: str | None) -> str | None:
    if certainty is None:
        return None
    return "unannounced" if value is None else value


def shows(store: Store, watchlist: Sequence[Show]) -> list[dict[str, Any]]:
    """One row per (show, season) with state; watched shows with nothing known yet too."""
    rows = store.db.query(
        "SELECT show, season,"
        " max(CASE WHEN kind = 'renewal' THEN value END) AS renewal,"
        " max(CASE WHEN kind = 'renewal' THEN certainty END) AS renewal_certainty,"
        " max(CASE WHEN kind = 'release_date' THEN coalesce(value, '') END) AS release_date,"
        " max(CASE WHEN kind = 'release_date' THEN certainty END) AS release_certainty,"
        " max(CASE WHEN kind = 'cast' THEN value END) AS cast_list,"
        " max(updated_at) AS last_change"
        " FROM states GROUP BY show, season ORDER BY show, season IS NOT NULL, season"
    )
    result = []
    for row in rows:
        cast = json.loads(row.pop("cast_list") or "[]")
        row["release_date"] = release_label(row["release_date"] or None, row["release_certainty"])
        result.append({**row, "cast": len(cast)})
    known = {row["show"] for row in result}
    for show in watchlist:
        if show.title not in known:
            result.append(
                {
                    "show": show.title,
                    "season": None,
                    "renewal": None,
                    "renewal_certainty": None,
                    "release_date": None,
                    "release_certainty": None,
                    "last_change": None,
                    "cast": 0,
                }
            )
    return result


def timeline(store: Store, title: str) -> list[dict[str, Any]]:
    """Every change of a show's state, oldest first, with where it was read."""
    return list(
        store.db.query(
            "SELECT e.seen_at, e.season, e.kind, e.change, e.old_value, e.new_value,"
            " e.certainty, e.source, e.url, e.evidence FROM events e"
            " WHERE e.show = ? COLLATE NOCASE ORDER BY e.id",
            [title],
        )
    )


def current_state(store: Store, title: str) -> list[dict[str, Any]]:
    """Each (season, kind) of a show: its value, whether sources conflict, the values that
    compete with it, and the sources whose active claims support it."""
    return list(
        store.db.query(
            "SELECT s.season, s.kind, s.value, s.certainty, s.conflict, s.competing,"
            " (SELECT group_concat(DISTINCT c.source) FROM claims c WHERE c.show = s.show"
            "  AND c.season IS s.season AND c.kind = s.kind AND c.active = 1"
            "  AND (c.value IS s.value OR s.kind = 'cast')"
            "  AND c.certainty NOT IN ('denied')) AS sources,"
            " s.updated_at FROM states s"
            " WHERE s.show = ? COLLATE NOCASE ORDER BY s.season IS NOT NULL, s.season, s.kind",
            [title],
        )
    )


def claims(
    store: Store,
    *,
    show: str | None = None,
    kind: str | None = None,
    include_inactive: bool = False,
    limit: int = 200,
) -> list[dict[str, Any]]:
    where, params = ["1 = 1"], []
    if show:
        where.append("show = ? COLLATE NOCASE")
        params.append(show)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if not include_inactive:
        where.append("active = 1")
    return list(
        store.db.query(
            "SELECT id, show, season, kind, value, role, certainty, source, url, first_seen,"
            f" active, evidence FROM claims WHERE {' AND '.join(where)}"
            " ORDER BY id DESC LIMIT ?",
            [*params, limit],
        )
    )


def alerts(store: Store, *, limit: int = 100) -> list[dict[str, Any]]:
    rows = store.db.query(
        "SELECT a.id, a.created_at, a.show, a.season, a.value, a.title,"
        " group_concat(d.channel || ': ' || d.status"
        " || CASE WHEN d.attempts > 1 THEN ' after ' || d.attempts || ' tries' ELSE '' END,"
        " '; ') AS deliveries"
        " FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id"
        " GROUP BY a.id ORDER BY a.id DESC LIMIT ?",
        [limit],
    )
    return list(rows)


def sources(store: Store | None, configured: Sequence[Source]) -> list[dict[str, Any]]:
    """Each configured source with its health; all `new` when there is no store yet."""
    rows = store.db.query("SELECT * FROM sources") if store is not None else []
    health = {row["name"]: row for row in rows}
    result = []
    for source in configured:
        row = health.get(source.name, {})
        result.append(
            {
                "name": source.name,
                "kind": source.kind,
                "interval": source.interval_seconds,
                "status": row.get("status", "new"),
                "last_checked": row.get("last_checked"),
                "last_success": row.get("last_success"),
                "failing_since": row.get("failing_since"),
                "failures": row.get("consecutive_failures", 0),
                "next_try": row.get("retry_at"),
                "last_error": row.get("last_error"),
                "url": source.url,
            }
        )
    return result


def feed_rows(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """The newest alerts, as the Atom feed needs them."""
    return list(
        store.db.query(
            "SELECT key, title, body, url, created_at FROM alerts ORDER BY id DESC LIMIT ?",
            [limit],
        )
    )
