"""What every command shares: the group, the common options, error handling, logging."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from scraper import __version__
from scraper.errors import ScraperError
from scraper.models import Config, Show

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


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("scraper").setLevel(logging.DEBUG if verbose else logging.INFO)
    # trafilatura logs every page it finds no text in; our own error says it once
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def load_sources(sources_path: Path) -> Config:
    from scraper.config import load_config

    return load_config(sources_path)


@click.group()
@click.version_option(__version__, prog_name="scraper")
def cli() -> None:
    """Watch entertainment news for show renewals, cast news and release dates.

    Example: scraper run --once && scraper shows
    """


def open_store(db_path: Path) -> Any:
    from scraper.store import Store

    if not db_path.exists():
        raise click.ClickException(f"no database at {db_path} yet (run `scraper run --once` first)")
    return Store(db_path)


def watchlist_or_empty(sources_path: Path) -> list[Show]:
    try:
        return list(load_sources(sources_path).watchlist)
    except ScraperError:
        return []


def feed_path_for(db_path: Path) -> Path:
    """The Atom feed of alerts lives beside the database."""
    return db_path.with_name("alerts.atom")
