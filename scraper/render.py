"""Rows -> text for people (aligned tables, a show's report) or for programs (JSON, CSV)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

import click


def _cell(value: Any, width: int = 70) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(rows: Sequence[dict[str, Any]], fmt: str) -> None:
    """Data on stdout in the chosen format: table, json or csv."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), indent=2, ensure_ascii=False, default=str))
        return
    if not rows:
        if fmt == "table":
            click.echo("(nothing yet)", err=True)
        return
    columns = list(rows[0])
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    for line in [columns, ["-" * width for width in widths], *cells]:
        click.echo(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )


def _with_certainty(value: str | None, certainty: str | None) -> str:
    if certainty is None:
        return "-"
    if value is None:
        return certainty
    return f"{value} ({certainty})"


def _when(stamp: str | None) -> str:
    return stamp[:16].replace("T", " ") if stamp else "-"


def shows_for_people(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`scraper shows` rows folded into a narrow table: value and certainty side by side."""
    return [
        {
            "show": row["show"],
            "season": "-" if row["season"] is None else row["season"],
            "renewal": _with_certainty(row["renewal"], row["renewal_certainty"]),
            "release date": _with_certainty(
                None if row["release_date"] == "unannounced" else row["release_date"],
                row["release_certainty"],
            ),
            "cast": row["cast"],
            "last change": _when(row["last_change"]),
        }
        for row in rows
    ]


def _cast(value: str | None) -> list[str]:
    return json.loads(value) if value else []


def _describe(kind: str, change: str, old: str | None, new: str | None, certainty: str) -> str:
    if kind == "cast":
        added = [name for name in _cast(new) if name not in _cast(old)]
        gone = [name for name in _cast(old) if name not in _cast(new)]
        parts = [f"+ {name}" for name in added] + [f"- {name}" for name in gone]
        return f"{', '.join(parts)} ({certainty})"
    if kind == "release_date" and new is None:
        return certainty if change != "cleared" else f"cleared (was {old})"
    if change in ("conflict", "competing"):
        return f"a {change} claim; {new} stands ({certainty})"
    if change == "resolved":
        return f"conflict resolved: {new} ({certainty})"
    if change in ("moved", "more_precise", "less_precise", "changed") and old is not None:
        return f"{old} → {new} ({change.replace('_', ' ')}, {certainty})"
    return f"{new} ({certainty})"


def show_report(
    title: str, state: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]
) -> str:
    """A show's current state per season, then its timeline with source and evidence."""
    lines = [title, "=" * len(title)]
    season_of: object = object()  # no season yet; None is "the show as a whole"
    for row in state:
        if row["season"] != season_of:
            season_of = row["season"]
            label = "the show" if season_of is None else f"Season {season_of}"
            lines.append(f"\n{label}")
        cast = row["kind"] == "cast"
        value = ", ".join(_cast(row["value"])) if cast else row["value"] or "-"
        kind = row["kind"].replace("_", " ")
        flag = "  CONFLICT between equally strong sources" if row.get("conflict") else ""
        lines.append(f"  {kind:<13}{value} ({row['certainty']}){flag}")
        if row.get("sources"):
            lines.append(f"  {'':<13}from: {row['sources'].replace(',', ', ')}")
        for other in json.loads(row.get("competing") or "[]"):
            competing = f"{other['value']} ({other['certainty']}, {other['source']})"
            lines.append(f"  {'':<13}competing: {competing}")
    lines.append("\nTimeline")
    for event in events:
        season = "" if event["season"] is None else f"season {event['season']}  "
        what = _describe(
            event["kind"],
            event["change"],
            event["old_value"],
            event["new_value"],
            event["certainty"] or "-",
        )
        kind = event["kind"].replace("_", " ")
        lines.append(f"{_when(event['seen_at'])}  {season}{kind}: {what}")
        lines.append(f"    {event['source'] or '?'}  {event['url'] or ''}".rstrip())
        if event["evidence"]:
            lines.append(f"    “{event['evidence']}”")
    if not events:
        lines.append("(nothing yet)")
    return "\n".join(lines)
