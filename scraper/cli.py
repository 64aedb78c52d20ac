"""Command line -> one library call each -> rows rendered as a table, JSON or CSV."""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from scraper import __version__
from scraper.errors import ScraperError
from scraper.models import Config, Show
from scraper.render import render, show_report, shows_for_people

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("scraper")


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_path",
        envvar="SCRAPER_DB",
        default="data/scraper.db",
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="SQLite file (env SCRAPER_DB).",
    )(func)


def sources_option(func: F) -> F:
    return click.option(
        "--sources",
        "sources_path",
        envvar="SCRAPER_SOURCES",
        default="sources.yaml",
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Sources, watchlist and alert channels (env SCRAPER_SOURCES).",
    )(func)


def output_options(func: F) -> F:
    func = click.option("--csv", "fmt", flag_value="csv", help="Output CSV.")(func)
    func = click.option("--json", "fmt", flag_value="json", help="Output JSON.")(func)
    func = click.option(
        "--table", "fmt", flag_value="table", default=True, help="Output a table (default)."
    )(func)
    return func


def handle_errors(func: F) -> F:
    """A ScraperError is the user's to act on: one clear message and exit 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ScraperError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("scraper").setLevel(logging.DEBUG if verbose else logging.INFO)
    # trafilatura logs every page it finds no text in; our own error says it once
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _load(sources_path: Path) -> Config:
    from scraper.config import load_config

    return load_config(sources_path)


@click.group()
@click.version_option(__version__, prog_name="scraper")
def cli() -> None:
    """Watch entertainment news for show renewals, cast news and release dates.

    Example: scraper run --once && scraper shows
    """


@cli.command()
@click.option("--once", is_flag=True, help="Check every source once, deliver alerts, exit.")
@click.option("-v", "--verbose", is_flag=True, help="Log every fetch.")
@db_option
@sources_option
@handle_errors
def run(once: bool, verbose: bool, db_path: Path, sources_path: Path) -> None:
    """Monitor every source on its interval until Ctrl-C (or SIGTERM).

    Example: scraper run --once
    """
    from scraper.alerts import channels_from
    from scraper.daemon import run_forever, single_instance, summary
    from scraper.pipeline import make_pipeline
    from scraper.store import Store

    _setup_logging(verbose)
    config = _load(sources_path)
    channels = channels_from(config.channel_settings)
    with single_instance(db_path):
        store = Store(db_path)
        try:
            # a single run retries refused deliveries now: the user chose when to run
            pipeline = make_pipeline(
                config,
                store,
                channels,
                respect_backoff=not once,
                feed_path=_feed_path(db_path),
            )

            async def main() -> None:
                async with pipeline.fetcher:
                    if once:
                        for result in await pipeline.check_all():
                            log.info("%s", summary(result))
                        report = await pipeline.deliver()
                        log.info("alerts: %d delivered, %d failed", report.sent, report.failed)
                    else:
                        await run_forever(pipeline, config.sources)

            asyncio.run(main())
        finally:
            store.close()


@cli.command()
@click.argument("source_name")
@click.option("-v", "--verbose", is_flag=True, help="Log every fetch.")
@db_option
@sources_option
@handle_errors
def check(source_name: str, verbose: bool, db_path: Path, sources_path: Path) -> None:
    """Check one source now, by name, store what it finds and deliver alerts.

    Example: scraper check "Deadline TV"
    """
    from scraper.alerts import channels_from
    from scraper.daemon import single_instance, summary
    from scraper.pipeline import make_pipeline
    from scraper.store import Store

    _setup_logging(verbose)
    config = _load(sources_path)
    matching = [s for s in config.sources if s.name.casefold() == source_name.casefold()]
    if not matching:
        names = ", ".join(s.name for s in config.sources)
        raise click.UsageError(f"no source named {source_name!r} (sources: {names})")
    with single_instance(db_path):
        store = Store(db_path)
        try:
            channels = channels_from(config.channel_settings)
            pipeline = make_pipeline(
                config, store, channels, respect_backoff=False, feed_path=_feed_path(db_path)
            )

            async def main() -> None:
                async with pipeline.fetcher:
                    (result,) = await pipeline.check_all(matching, force=True)
                    click.echo(summary(result))
                    await pipeline.deliver()

            asyncio.run(main())
        finally:
            store.close()


def _watchlist(titles: Sequence[str]) -> list[Show]:
    shows = []
    for entry in titles:
        names = [name.strip() for name in entry.split("|") if name.strip()]
        if names:
            shows.append(Show(names[0], tuple(names[1:])))
    return shows


@cli.command()
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--title", "titles", multiple=True, help="Watched show: 'Canonical|Alias|...'.")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The article's date (YYYY-MM-DD), for relative dates.",
)
@click.option("--url", help="The page's URL, for resolving links and naming errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the claims as JSON.")
@handle_errors
def extract(
    path: Path, titles: Sequence[str], published: Any, url: str | None, as_json: bool
) -> None:
    """Print the claims one article (HTML or plain text, '-' for stdin) makes.

    Example: scraper extract article.html --title 'All of Us Are Dead|Jigeum Uri Hakgyoneun'
    """
    import dataclasses

    from scraper.article import read_article
    from scraper.claims import extract_claims
    from scraper.errors import ExtractError

    try:
        body = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as error:
        raise ExtractError(str(path), f"cannot read: {error.strerror}") from error
    article = read_article(body, url=url or (None if str(path) == "-" else str(path)))
    if published is not None:
        article = dataclasses.replace(article, published=published.date())
    claims = extract_claims(article, _watchlist(titles))
    rows = [claim.to_dict() for claim in claims]
    render(rows, "json" if as_json else "table")


@cli.command()
@sources_option
@handle_errors
def validate(sources_path: Path) -> None:
    """Check sources.yaml and report every problem at once.

    Example: scraper validate --sources my-sources.yaml
    """
    config = _load(sources_path)
    from scraper.alerts import channels_from

    channels = channels_from(config.channel_settings)
    click.echo(
        f"{sources_path}: ok: {len(config.sources)} sources, {len(config.watchlist)} watched "
        f"shows, {len(channels)} alert channels ({', '.join(c.name for c in channels)})"
    )


@cli.command("alert-test")
@click.argument("channel", required=False)
@sources_option
@handle_errors
def alert_test(channel: str | None, sources_path: Path) -> None:
    """Send a test message to one alert channel (an Apprise URL), or to every configured one.

    Example: scraper alert-test 'json://localhost:8080/hook'
    """
    from scraper.alerts import AppriseChannel, channels_from

    _setup_logging(False)
    if channel:
        targets: list[Any] = [AppriseChannel(channel)]
    else:
        targets = channels_from(_load(sources_path).channel_settings)
    for target in targets:
        target.send(
            "scraper: test alert",
            "If you can read this, scraper's alerts reach you.",
            key=f"test-{datetime.now(UTC):%Y%m%dT%H%M%S}",
        )
        click.echo(f"sent: {target.name}")


def _feed_path(db_path: Path) -> Path:
    """The Atom feed of alerts lives beside the database."""
    return db_path.with_name("alerts.atom")


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

    store = _open_store(db_path)
    if not serve:
        click.echo(alerts_feed(queries.feed_rows(store)), nl=False)
        return
    store.close()

    class FeedHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            reader = _open_store(db_path)  # per request: the monitor may be writing
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


def _open_store(db_path: Path) -> Any:
    from scraper.store import Store

    if not db_path.exists():
        raise click.ClickException(f"no database at {db_path} yet (run `scraper run --once` first)")
    return Store(db_path)


def _watchlist_or_empty(sources_path: Path) -> list[Show]:
    try:
        return list(_load(sources_path).watchlist)
    except ScraperError:
        return []


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

    rows = queries.shows(_open_store(db_path), _watchlist_or_empty(sources_path))
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

    store = _open_store(db_path)
    canonical = queries.canonical_title(title, _watchlist_or_empty(sources_path))
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

    store = _open_store(db_path)
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

    render(queries.alerts(_open_store(db_path), limit=limit), fmt)


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
    from scraper.store import Store

    config = _load(sources_path)
    store = Store(db_path)
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
    from datetime import UTC, datetime

    from scraper.retention import prune

    settings = _load(sources_path).settings
    store = _open_store(db_path)
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


def main() -> None:
    cli(prog_name="scraper")
