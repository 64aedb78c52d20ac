"""`scraper extract`: the claims one article makes, as shared/spec/claims.md specifies."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from scraper.cli.base import (
    cli,
    handle_errors,
)
from scraper.models import Show
from scraper.render import render


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
