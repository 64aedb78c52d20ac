"""Commands that poll and alert: run, check, validate, alert-test."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from scraper.cli.base import (
    cli,
    db_option,
    feed_path_for,
    handle_errors,
    load_sources,
    log,
    setup_logging,
    sources_option,
)


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
    import asyncio

    from scraper.alerts import channels_from
    from scraper.daemon import run_forever, single_instance, summary
    from scraper.pipeline import make_pipeline
    from scraper.store import Store

    setup_logging(verbose)
    config = load_sources(sources_path)
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
                feed_path=feed_path_for(db_path),
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
    import asyncio

    from scraper.alerts import channels_from
    from scraper.daemon import single_instance, summary
    from scraper.pipeline import make_pipeline
    from scraper.store import Store

    setup_logging(verbose)
    config = load_sources(sources_path)
    matching = [s for s in config.sources if s.name.casefold() == source_name.casefold()]
    if not matching:
        names = ", ".join(s.name for s in config.sources)
        raise click.UsageError(f"no source named {source_name!r} (sources: {names})")
    with single_instance(db_path):
        store = Store(db_path)
        try:
            channels = channels_from(config.channel_settings)
            pipeline = make_pipeline(
                config, store, channels, respect_backoff=False, feed_path=feed_path_for(db_path)
            )

            async def main() -> None:
                async with pipeline.fetcher:
                    (result,) = await pipeline.check_all(matching, force=True)
                    click.echo(summary(result))
                    await pipeline.deliver()

            asyncio.run(main())
        finally:
            store.close()


@cli.command()
@sources_option
@handle_errors
def validate(sources_path: Path) -> None:
    """Check sources.yaml and report every problem at once.

    Example: scraper validate --sources my-sources.yaml
    """
    config = load_sources(sources_path)
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

    setup_logging(False)
    if channel:
        targets: list[Any] = [AppriseChannel(channel)]
    else:
        targets = channels_from(load_sources(sources_path).channel_settings)
    for target in targets:
        target.send(
            "scraper: test alert",
            "If you can read this, scraper's alerts reach you.",
            key=f"test-{datetime.now(UTC):%Y%m%dT%H%M%S}",
        )
        click.echo(f"sent: {target.name}")
