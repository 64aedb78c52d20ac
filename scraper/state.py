"""Active claims for one (show, season, kind) -> derived state; old and new state -> kind of change.

Pure functions, used by the store. A claim's authority is its certainty (confirmed >
reported > speculated) and then its source's weight (official > trade > news > blog).
For a release date:

- a later claim that revises ("delayed to", "pushed to", "moved to") replaces earlier dates
  of no greater authority; a later claim from the same source replaces that source's
  earlier date; "no longer premiering on March 12" (a denied date) withdraws that date;
- the date is the most precise one the highest-authority claims agree on; a more precise
  or different date from weaker sources is kept as *competing*, never taken silently;
- when equally authoritative sources disagree the state is in *conflict*: it keeps the
  date it had (or the first one seen) and lists the others; the last article does not win.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

CERTAINTY_RANK = {"confirmed": 4, "denied": 3, "reported": 2, "speculated": 1, "unannounced": 0}

_PARTS_OF_YEAR: dict[str, range | tuple[int, ...]] = {
    "early": range(1, 5),
    "mid": range(5, 9),
    "late": range(9, 13),
    "spring": range(3, 6),
    "summer": range(6, 9),
    "fall": range(9, 12),
    "winter": (12, 1, 2),
}


DATED_RANK = {"confirmed": 3, "reported": 2, "speculated": 1}

_REVISION = re.compile(
    r"\b(?:delay(?:ed|s)?|postpone[sd]?|push(?:ed|es)?\s+(?:back\s+)?(?:to|into|until)"
    r"|mov(?:ed|es)\s+(?:up\s+|back\s+)?(?:to|into)|reschedul\w*|now\s+(?:set|slated)\s+for"
    r"|(?:will\s+)?now\s+(?:premiere|debut|arrive|return|launch|stream)s?)\b",
    re.IGNORECASE,
)


_WITHDRAWAL = re.compile(
    r"\b(?:delay(?:ed|s)?|postpone[sd]?|pulled|on\s+hold|indefinitely|until\s+further\s+notice"
    r"|no\s+longer|shelved)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """What state derivation needs of a stored claim; `id` order is the order seen."""

    id: int
    value: str | None
    certainty: str
    role: str | None = None
    weight: int = 2
    source: str | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Competing:
    value: str
    certainty: str
    source: str | None


@dataclass(frozen=True, slots=True)
class State:
    value: str | None
    certainty: str
    claim_id: int
    conflict: bool = False
    competing: tuple[Competing, ...] = field(default=())

    def competing_json(self) -> str | None:
        if not self.competing:
            return None
        rows = [
            {"value": c.value, "certainty": c.certainty, "source": c.source} for c in self.competing
        ]
        return json.dumps(rows, ensure_ascii=False)


def precision(value: str | None) -> int:
    """0 for no date, 1 year, 2 part of a year, 3 month, 4 day."""
    if not value:
        return 0
    parts = value.split("-")
    if len(parts) == 1:
        return 1
    if len(parts) == 2:
        return 3 if parts[1].isdigit() else 2
    return 4


def last_day(value: str) -> date:
    """The latest day a release-date value can mean: 2027 -> 2027-12-31, 2027-spring -> 05-31."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31)
    if not parts[1].isdigit():
        months = _PARTS_OF_YEAR.get(parts[1], range(12, 13))
        # winter runs into the next year's first months
        month = 2 if parts[1] == "winter" else max(months)
        year += 1 if parts[1] == "winter" else 0
    else:
        month = int(parts[1])
    if len(parts) == 3:
        return date(year, month, int(parts[2]))
    return date(year, month, calendar.monthrange(year, month)[1])


def refines(new: str, old: str) -> bool:
    """True when `new` is a more precise date inside `old` (2026 -> 2026-03 -> 2026-03-14).

    Winter 2026 runs from December 2026 into February 2027, as `last_day` reads it.
    """
    if precision(new) <= precision(old):
        return False
    old_parts, new_parts = old.split("-"), new.split("-")
    year, new_year = int(old_parts[0]), int(new_parts[0])
    if len(old_parts) > 1 and old_parts[1] == "winter":
        if not new_parts[1].isdigit():
            return False
        month = int(new_parts[1])
        return (new_year, month) in ((year, 12), (year + 1, 1), (year + 1, 2))
    if new_year != year:
        return False
    if len(old_parts) == 1:
        return True
    if not old_parts[1].isdigit():
        if not new_parts[1].isdigit():
            return False
        return int(new_parts[1]) in _PARTS_OF_YEAR.get(old_parts[1], ())
    return new.startswith(old + "-")


def classify_change(kind: str, old: str | None, new: str | None) -> str:
    """Name a change of value: appeared, more_precise, less_precise, moved, cleared, changed."""
    if old is None:
        return "appeared" if new is not None else "changed"
    if new is None:
        return "cleared"
    if kind != "release_date":
        return "changed"
    if refines(new, old):
        return "more_precise"
    if refines(old, new):
        return "less_precise"
    return "moved"


def compatible(a: str, b: str) -> bool:
    """Two dates that can both be true: equal, or one inside the other."""
    return a == b or refines(a, b) or refines(b, a)


def _authority(row: ClaimRow) -> tuple[int, int]:
    return DATED_RANK.get(row.certainty, 0), row.weight


def _live_dates(rows: Sequence[ClaimRow]) -> list[ClaimRow]:
    """The dated claims still standing once revisions, updates and withdrawals are applied."""
    live: list[ClaimRow] = []
    for row in sorted(rows, key=lambda r: r.id):
        if not row.value:
            if row.certainty in ("unannounced", "denied") and _WITHDRAWAL.search(row.evidence):
                # "delayed indefinitely", "pulled from the schedule": earlier dates from
                # sources of no greater weight no longer stand
                live = [r for r in live if r.weight > row.weight]
            continue
        if row.certainty == "denied":
            live = [r for r in live if not compatible(r.value or "", row.value)]
            continue
        if row.certainty not in DATED_RANK:
            continue
        revises = _REVISION.search(row.evidence) is not None
        live = [
            r
            for r in live
            if compatible(r.value or "", row.value)
            or not (
                (r.source is not None and r.source == row.source)
                or (revises and _authority(r) <= _authority(row))
            )
        ]
        live.append(row)
    return live


def _release(rows: Sequence[ClaimRow], previous: str | None) -> State | None:
    live = _live_dates(rows)
    if not live:
        undated = [r for r in rows if r.certainty in ("unannounced", "denied")]
        if undated:
            return State(None, "unannounced", max(r.id for r in undated))
        return None
    top = max(_authority(r) for r in live)
    clusters: list[list[ClaimRow]] = []
    for row in (r for r in live if _authority(r) == top):
        home = next(
            (c for c in clusters if any(compatible(m.value or "", row.value or "") for m in c)),
            None,
        )
        if home is None:
            clusters.append([row])
        else:
            home.append(row)
    chosen = next(
        (c for c in clusters if previous and any(compatible(m.value or "", previous) for m in c)),
        clusters[0],
    )
    best = max(chosen, key=lambda r: (precision(r.value), r.id))
    competing: dict[tuple[str, str | None], Competing] = {}
    for row in live:
        if row in chosen or row.value is None:
            continue
        if compatible(row.value, best.value or "") and precision(row.value) <= precision(
            best.value
        ):
            continue  # agrees, less precisely
        competing[(row.value, row.source)] = Competing(row.value, row.certainty, row.source)
    return State(best.value, best.certainty, best.id, len(clusters) > 1, tuple(competing.values()))


def _best(rows: Sequence[ClaimRow]) -> ClaimRow:
    return max(rows, key=lambda row: (CERTAINTY_RANK.get(row.certainty, -1), row.weight, row.id))


def derive(kind: str, rows: Sequence[ClaimRow], previous: str | None = None) -> State | None:
    """The current state of one (show, season, kind) from its active claims; None if none.

    `previous` is the value the state had, kept when equally strong sources disagree.
    """
    if not rows:
        return None
    if kind == "release_date":
        return _release(rows, previous)
    if kind == "cast":
        members = sorted(
            {
                (row.value or "") + (f" as {row.role}" if row.role else "")
                for row in rows
                if row.value and row.certainty != "denied"
            }
        )
        if not members:
            return None
        best = _best([row for row in rows if row.certainty != "denied"])
        return State(json.dumps(members, ensure_ascii=False), best.certainty, best.id)
    best = _best(rows)
    value = f"not {best.value}" if best.certainty == "denied" and best.value else best.value
    return State(value, best.certainty, best.id)
