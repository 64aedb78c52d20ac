"""Command line -> one library call each -> rows rendered as a table, JSON or CSV."""

from scraper.cli import extract, monitor, read  # noqa: F401 - each registers its commands
from scraper.cli.base import cli


def main() -> None:
    cli(prog_name="scraper")


__all__ = ["cli", "main"]
