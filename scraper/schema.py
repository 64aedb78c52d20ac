"""The store's schema as numbered migrations; applied in order when a database is opened."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("scraper")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY, url TEXT NOT NULL, kind TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'new', last_checked TEXT, last_success TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0, last_error TEXT
        );
        -- one row per URL: the validators to send back and the latest content's hash
        CREATE TABLE pages (
            url TEXT PRIMARY KEY, source TEXT, etag TEXT, last_modified TEXT,
            latest_hash TEXT, last_fetched TEXT, last_changed TEXT
        );
        -- every distinct body, once, zlib-compressed
        CREATE TABLE page_versions (
            hash TEXT PRIMARY KEY, url TEXT NOT NULL, content_type TEXT,
            size INTEGER NOT NULL, body BLOB NOT NULL, first_seen TEXT NOT NULL
        );
        -- the fetch log: an unchanged poll adds one small row here and nothing else
        CREATE TABLE fetches (
            id INTEGER PRIMARY KEY, url TEXT NOT NULL, source TEXT, at TEXT NOT NULL,
            status INTEGER, outcome TEXT NOT NULL, hash TEXT, error TEXT, elapsed_ms INTEGER
        );
        CREATE INDEX fetches_url ON fetches(url, at);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY, url TEXT NOT NULL, hash TEXT NOT NULL, source TEXT,
            title TEXT, published TEXT, seen_at TEXT NOT NULL, UNIQUE(url, hash)
        );
        -- a claim is one row per distinct statement per article URL; `active` is 1 while the
        -- article's latest version still makes it
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, url TEXT NOT NULL, source TEXT,
            article_id INTEGER REFERENCES articles(id),
            show TEXT NOT NULL, season INTEGER, kind TEXT NOT NULL, value TEXT, role TEXT,
            certainty TEXT NOT NULL, evidence TEXT NOT NULL,
            first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, active INTEGER NOT NULL
        );
        CREATE INDEX claims_subject ON claims(show, season, kind, active);
        CREATE INDEX claims_url ON claims(url, active);
        -- latest derived state per (show, season, kind), and a row per change of it
        CREATE TABLE states (
            key TEXT PRIMARY KEY, show TEXT NOT NULL, season INTEGER, kind TEXT NOT NULL,
            value TEXT, certainty TEXT, claim_id INTEGER REFERENCES claims(id),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, show TEXT NOT NULL, season INTEGER, kind TEXT NOT NULL,
            old_value TEXT, new_value TEXT, certainty TEXT, change TEXT NOT NULL,
            claim_id INTEGER REFERENCES claims(id), url TEXT, source TEXT, evidence TEXT,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX events_show ON events(show, season, kind);
        -- the outbox: an alert per alerting event, a delivery row per (alert, channel)
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL UNIQUE REFERENCES events(id),
            show TEXT NOT NULL, season INTEGER, title TEXT NOT NULL, body TEXT NOT NULL,
            value TEXT, created_at TEXT NOT NULL
        );
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY, alert_id INTEGER NOT NULL REFERENCES alerts(id),
            channel TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, sent_at TEXT,
            UNIQUE(alert_id, channel)
        );
        """
    )


@migrations()
def m002_polling(db: sqlite_utils.Database) -> None:
    """Source health and backoff; the robots.txt cache; feed item identities; the fetch log's
    daily summary for rows pruned by retention."""
    db.executescript(
        """
        ALTER TABLE sources ADD COLUMN failing_since TEXT;
        ALTER TABLE sources ADD COLUMN retry_at TEXT;
        ALTER TABLE sources ADD COLUMN failure_alerted INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE robots (
            origin TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        -- a feed item's identities (guid:, url:, title+date:) -> the article URL it stands for
        CREATE TABLE feed_items (
            feed TEXT NOT NULL, key TEXT NOT NULL, url TEXT NOT NULL, first_seen TEXT NOT NULL,
            PRIMARY KEY (feed, key)
        ) WITHOUT ROWID;
        -- fetch-log rows older than keep_fetch_log, counted per URL, day and outcome
        CREATE TABLE fetch_summaries (
            url TEXT NOT NULL, day TEXT NOT NULL, outcome TEXT NOT NULL, source TEXT,
            fetches INTEGER NOT NULL, errors INTEGER NOT NULL, last_error TEXT,
            PRIMARY KEY (url, day, outcome)
        ) WITHOUT ROWID;
        """
    )


@migrations()
def m003_trust(db: sqlite_utils.Database) -> None:
    """Source weight on claims; conflicts and competing claims on states; alert identity,
    policy and kind; delivery scheduling (backoff, quiet hours, digests)."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN outlet TEXT NOT NULL DEFAULT 'news';
        ALTER TABLE claims ADD COLUMN weight INTEGER NOT NULL DEFAULT 2;
        ALTER TABLE states ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE states ADD COLUMN competing TEXT;
        ALTER TABLE events ADD COLUMN competing TEXT;
        ALTER TABLE alerts ADD COLUMN key TEXT;
        ALTER TABLE alerts ADD COLUMN kind TEXT NOT NULL DEFAULT 'release_date';
        ALTER TABLE alerts ADD COLUMN policy TEXT;
        ALTER TABLE alerts ADD COLUMN html TEXT;
        ALTER TABLE alerts ADD COLUMN url TEXT;
        UPDATE alerts SET key = 'alert-' || id WHERE key IS NULL;
        CREATE UNIQUE INDEX alerts_key ON alerts(key);
        ALTER TABLE deliveries ADD COLUMN next_attempt_at TEXT;
        ALTER TABLE deliveries ADD COLUMN not_before TEXT;
        """
    )
    # an alert about a source (failing, recovered) has no event behind it
    db.table("alerts").transform(not_null={"event_id": False})


@migrations()
def m004_page_links(db: sqlite_utils.Database) -> None:
    """The article links a feed or listing page's latest version gave, so that a 304 or an
    identical body needs no second parse."""
    db.executescript(
        """
        CREATE TABLE page_links (
            url TEXT PRIMARY KEY, key TEXT NOT NULL, links TEXT NOT NULL
        );
        """
    )


@migrations()
def m005_fetch_log_index(db: sqlite_utils.Database) -> None:
    """The fetch log is indexed by time only: retention reads it by age, and an index on
    (url, at) repeated every URL, a third of what an unchanged poll adds to the file."""
    db.executescript(
        """
        DROP INDEX fetches_url;
        CREATE INDEX fetches_at ON fetches(at);
        """
    )


@migrations()
def m006_claims_headline(db: sqlite_utils.Database) -> None:
    """Whether the article's headline names the claim's show: a claim read in a piece about
    something else (a digest, another show's news) needs a second source before it alerts."""
    db.executescript("ALTER TABLE claims ADD COLUMN headline INTEGER NOT NULL DEFAULT 1;")


@migrations()
def m007_claims_named(db: sqlite_utils.Database) -> None:
    """Whether the claim's own sentence names its show (not only "it" or "the new season"):
    with `alerts.rules.alone: sentence`, one article alone alerts only on such a claim."""
    db.executescript("ALTER TABLE claims ADD COLUMN named INTEGER NOT NULL DEFAULT 1;")
