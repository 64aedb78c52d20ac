"""Commands that read the store: shows, show, claims, alerts, sources, feed, vacuum."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from scraper.cli.base import (
    cli,
    db_option,
    handle_errors,
    load_sources,
    open_store,
    output_options,
    sources_option,
    watchlist_or_empty,
)
from scraper.render import render, show_report, shows_for_people


@cli.command()
@db_option
@sources_option
@output_options
@handle_errors
def shows(db_path: Path, sources_path: Path, fmt: str) -> None:
    """Each show and season: renewal, best-known release date, cast count, last change.

    Example: scraper shows --json
    """
    from scraper import queries

    rows = queries.shows(open_store(db_path), watchlist_or_empty(sources_path))
    render(shows_for_people(rows) if fmt == "table" else rows, fmt)


@cli.command()
@click.argument("title")
@db_option
@sources_option
@output_options
@handle_errors
def show(title: str, db_path: Path, sources_path: Path, fmt: str) -> None:
    """A show's current state and its timeline: each change, when, from where, and why.

    Example: scraper show "All of Us Are Dead"
    """
    from scraper import queries

    store = open_store(db_path)
    canonical = queries.canonical_title(title, watchlist_or_empty(sources_path))
    state = queries.current_state(store, canonical)
    events = queries.timeline(store, canonical)
    if fmt == "json":
        render([{"show": canonical, "state": state, "timeline": events}], "json")
        return
    if fmt == "csv":
        render(events, "csv")
        return
    click.echo(show_report(canonical, state, events))


@cli.command()
@click.option("--show", "show_title", help="Only this show.")
@click.option("--kind", type=click.Choice(["renewal", "release_date", "cast"]))
@click.option("--all", "include_inactive", is_flag=True, help="Include claims later edited out.")
@click.option("--limit", default=200, show_default=True)
@db_option
@output_options
@handle_errors
def claims(
    show_title: str | None,
    kind: str | None,
    include_inactive: bool,
    limit: int,
    db_path: Path,
    fmt: str,
) -> None:
    """Claims read from articles, newest first.

    Example: scraper claims --show "All of Us Are Dead" --kind cast
    """
    from scraper import queries

    store = open_store(db_path)
    rows = queries.claims(
        store, show=show_title, kind=kind, include_inactive=include_inactive, limit=limit
    )
    render(rows, fmt)


@cli.command()
@click.option("--limit", default=100, show_default=True)
@db_option
@output_options
@handle_errors
def alerts(limit: int, db_path: Path, fmt: str) -> None:
    """Alerts raised, newest first, with each channel's delivery status.

    Example: scraper alerts --json
    """
    from scraper import queries

    render(queries.alerts(open_store(db_path), limit=limit), fmt)


@cli.command()
@db_option
@sources_option
@output_options
@handle_errors
def sources(db_path: Path, sources_path: Path, fmt: str) -> None:
    """Configured sources and their health: status, last success, failures, last error.

    Example: scraper sources
    """
    from scraper import queries

    config = load_sources(sources_path)
    # before the first run there is no database: every source is simply new
    store = open_store(db_path) if db_path.exists() else None
    render(queries.sources(store, config.sources), fmt)


@cli.command()
@click.option("--no-vacuum", is_flag=True, help="Prune and summarise, but leave the file size.")
@db_option
@sources_option
@output_options
@handle_errors
def vacuum(no_vacuum: bool, db_path: Path, sources_path: Path, fmt: str) -> None:
    """Prune old page versions, summarise the old fetch log, and compact the database.

    Ages come from sources.yaml (settings keep_versions, keep_fetch_log). Each URL's latest
    version and every version that claims were read from are kept. Stop the monitor first
    for the compaction to release space at once.

    Example: scraper vacuum
    """

    from scraper.retention import prune

    settings = load_sources(sources_path).settings
    store = open_store(db_path)
    try:
        pruned = prune(
            store,
            now=datetime.now(UTC),
            keep_versions=settings.keep_versions,
            keep_fetch_log=settings.keep_fetch_log,
            vacuum=not no_vacuum,
        )
    finally:
        store.close()
    row = {
        "versions_pruned": pruned.versions,
        "version_bytes_pruned": pruned.version_bytes,
        "fetches_summarised": pruned.fetches,
        "bytes_before": pruned.bytes_before,
        "bytes_after": pruned.bytes_after,
    }
    render([row], fmt)


@cli.command()
@click.option("--serve", is_flag=True, help="Serve the feed over HTTP until Ctrl-C.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option("--port", default=8008, show_default=True, help="Port to serve on.")
@db_option
@handle_errors
def feed(serve: bool, host: str, port: int, db_path: Path) -> None:
    """Print the Atom feed of alerts, or serve it for a feed reader (--serve).

    Every run also writes it to alerts.atom beside the database. Entry ids are the alerts'
    stable keys, so a reader never shows an alert twice.

    Example: scraper feed --serve --port 8008
    """
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from scraper import queries
    from scraper.atom import alerts_feed

    store = open_store(db_path)
    if not serve:
        click.echo(alerts_feed(queries.feed_rows(store)), nl=False)
        return
    store.close()

    class FeedHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            reader = open_store(db_path)  # per request: the monitor may be writing
            try:
                body = alerts_feed(queries.feed_rows(reader)).encode()
            finally:
                reader.close()
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((host, port), FeedHandler)
    click.echo(f"serving the alerts feed on http://{host}:{server.server_port}/", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
