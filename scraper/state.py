"""Active claims for one (show, season, kind) -> derived state; old and new state -> kind of change.

Pure functions, used by the store. The rules, in order of weight:
certainty first (confirmed > reported > speculated), then precision for release dates,
then the most recently seen claim.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """What state derivation needs of a stored claim."""

    id: int
    value: str | None
    certainty: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class State:
    value: str | None
    certainty: str
    claim_id: int


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
    """True when `new` is a more precise date inside `old` (2026 -> 2026-03 -> 2026-03-14)."""
    if precision(new) <= precision(old) or new[:4] != old[:4]:
        return False
    old_parts, new_parts = old.split("-"), new.split("-")
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


def _best(rows: Sequence[ClaimRow], *, by_precision: bool) -> ClaimRow:
    return max(
        rows,
        key=lambda row: (
            CERTAINTY_RANK.get(row.certainty, -1),
            precision(row.value) if by_precision else 0,
            row.id,
        ),
    )


def derive(kind: str, rows: Sequence[ClaimRow]) -> State | None:
    """The current state of one (show, season, kind) from its active claims; None if none."""
    if not rows:
        return None
    if kind == "release_date":
        dated = [row for row in rows if row.value and row.certainty != "denied"]
        if dated:
            best = _best(dated, by_precision=True)
            return State(best.value, best.certainty, best.id)
        unannounced = [row for row in rows if row.certainty == "unannounced"]
        if unannounced:
            return State(None, "unannounced", max(row.id for row in unannounced))
        return None
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
        best = _best([row for row in rows if row.certainty != "denied"], by_precision=False)
        return State(json.dumps(members, ensure_ascii=False), best.certainty, best.id)
    best = _best(rows, by_precision=False)
    value = f"not {best.value}" if best.certainty == "denied" and best.value else best.value
    return State(value, best.certainty, best.id)
