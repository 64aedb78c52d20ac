"""One article's claims -> one account of them: what it says twice said once, a person's part
carried across its sentences, "the final season" given its number."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from scraper.claims.dates import is_day
from scraper.claims.release import OLD_REPORT
from scraper.claims.titles import season_mentions
from scraper.models import Claim

__all__ = ["reconcile"]


def reconcile(claims: list[Claim]) -> list[Claim]:
    """The claims of one article, in reading order, as the article means them together."""
    parts = _parts_named_elsewhere(_in_the_year_named(_numbered_renewals(claims)))
    return _deduplicate(_fuller_parts(_said_firmly_elsewhere(_final_season(parts))))


def _numbered_renewals(claims: list[Claim]) -> list[Claim]:
    """ "Sisters of the Ember renewed!" over "confirming a third season of Sisters of the
    Ember": a renewal that names no season gives way to one that does, for the same show."""
    numbered: dict[tuple[str, str | None], set[int | None]] = {}
    for c in claims:
        if c.kind == "renewal" and any(m.number for m in season_mentions(c.evidence)):
            numbered.setdefault((c.show, c.value), set()).add(c.season)
    return [
        c
        for c in claims
        if not (
            c.kind == "renewal"
            and c.season not in numbered.get((c.show, c.value), {c.season})
            and not any(m.number for m in season_mentions(c.evidence))
        )
    ]


# a sentence that names the year it means, or counts from this one
_OWN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:this|next|last|coming)\b|\bago\b", re.I)


def _in_the_year_named(claims: list[Claim]) -> list[Claim]:
    """ "Season 2 will debut in 2027. Sources say HBO is eyeing a summer launch": a month or a
    part of a year said without one is in the year the piece gives that season, when that year
    is later than the nearest such month would be."""
    years = {
        (c.show, c.season): int(c.value)
        for c in claims
        if c.kind == "release_date"
        and c.value
        and re.fullmatch(r"\d{4}", c.value)
        and c.certainty in ("confirmed", "reported")
    }
    placed = []
    for c in claims:
        year = years.get((c.show, c.season))
        if (
            year is not None
            and c.kind == "release_date"
            and c.value
            and re.fullmatch(r"\d{4}-\D+|\d{4}-\d\d", c.value)
            and int(c.value[:4]) < year
            and not _OWN_YEAR.search(c.evidence)
        ):
            c = replace(c, value=f"{year}{c.value[4:]}")
        placed.append(c)
    return placed


# a move told as history: "was pushed to October after reshoots" (then pulled, then dated)
_ONCE_MOVED = re.compile(
    r"\b(?:(?:was|were)\s+(?:then\s+|later\s+|first\s+)?|then\s+)(?:pushed|moved|delayed|bumped|"
    r"shifted|rescheduled|postponed)\b"
    rf"|{OLD_REPORT}",
    re.IGNORECASE,
)
# a holiday said loosely ("moving up to Halloween") beside the day the piece gives (Oct. 30)
_HOLIDAY = re.compile(
    r"\b(?:Halloween|Christmas|New\s+Year|Valentine|Thanksgiving|Boxing\s+Day)", re.I
)
# the months a part of a year covers ("early" is the first half, as in the spec's examples)
_PART_MONTHS = {
    "early": range(1, 7), "mid": range(5, 9), "late": range(7, 13), "spring": range(3, 6),
    "summer": range(6, 9), "fall": range(9, 12), "winter": range(12, 13),
}  # fmt: skip


# how firmly a dated claim is made, firmest first
_FIRMNESS = {"confirmed": 0, "reported": 1, "speculated": 2}


def _coarser(claim: Claim, other: Claim) -> bool:
    """Whether `claim` is `other`'s date said less precisely, as firmly or less, for the same
    season: one statement told twice (a headline's "April", the body's "April 17")."""
    if (claim.show, claim.season) != (other.show, other.season) or claim is other:
        return False
    if claim.value is None or other.value is None:
        return False
    if _FIRMNESS.get(claim.certainty, 9) < _FIRMNESS.get(other.certainty, 9):
        return False  # a confirmed month is more than a rumoured day
    mine, theirs = claim.value, other.value
    if theirs.startswith(mine + "-"):
        return True  # "2026" over "2026-04", "2026-04" over "2026-04-17"
    year, _, part = mine.partition("-")
    months = _PART_MONTHS.get(part)
    month = theirs[5:7]
    # "2026-spring" over "2026-04" or "2026-04-17"
    return months is not None and theirs[:4] == year and month.isdigit() and int(month) in months


def _said_firmer(claim: Claim, other: Claim) -> bool:
    """Whether `other` gives the same date for the same season more firmly."""
    return (
        claim is not other
        and (claim.show, claim.season, claim.value) == (other.show, other.season, other.value)
        and _FIRMNESS.get(other.certainty, 9) < _FIRMNESS.get(claim.certainty, 9) < 9
    )


def _loose_holiday(claim: Claim, other: Claim) -> bool:
    """Whether `claim` is a day read from a holiday's name that `other`, a different day
    within three days of it for the same season, gives exactly."""
    if (claim.show, claim.season) != (other.show, other.season) or claim.value == other.value:
        return False
    if not is_day(claim.value) or not is_day(other.value):
        return False
    if not _HOLIDAY.search(claim.evidence) or _HOLIDAY.search(other.evidence):
        return False
    gap = date.fromisoformat(str(claim.value)) - date.fromisoformat(str(other.value))
    return abs(gap.days) <= 3


def _parts_named_elsewhere(claims: list[Claim]) -> list[Claim]:
    """A person's part, named in one sentence of the piece, is theirs in the others ("Wren
    Albright quits Northern Assize" over "Albright, who plays DCI Maggie Thorne, ..."); and
    where the piece says they leave, its looser readings of them in that season give way."""
    roles: dict[tuple[str, str | None], set[str]] = {}
    for c in claims:
        if c.kind == "cast" and c.role:
            roles.setdefault((c.show, c.value), set()).add(c.role)
    told = {(c.show, c.season, c.value, c.certainty) for c in claims if c.kind == "cast" and c.role}
    filled = [
        replace(c, role=next(iter(roles[(c.show, c.value)])))
        if c.kind == "cast"
        and c.role is None
        and len(roles.get((c.show, c.value), ())) == 1
        and (c.show, c.season, c.value, c.certainty) not in told
        else c
        for c in claims
    ]
    leaving = {
        (c.show, c.season, c.value) for c in filled if c.kind == "cast" and c.certainty == "denied"
    }
    return [
        c
        for c in filled
        if not (
            c.kind == "cast"
            and c.certainty == "speculated"
            and (c.show, c.season, c.value) in leaving
        )
    ]


def _said_firmly_elsewhere(claims: list[Claim]) -> list[Claim]:
    """A part only implied in one sentence ("Nell Carver (Grace Ibekwe) is now a
    whistleblower") gives way to the sentence that says it ("Ibekwe is back"); run once the
    final season has its number, so "the last run" is the season it names."""
    firm = {
        (c.show, c.season, c.value, c.role)
        for c in claims
        if c.kind == "cast" and c.certainty in ("confirmed", "reported")
    }
    return [
        c
        for c in claims
        if not (
            c.kind == "cast"
            and c.certainty == "speculated"
            and (c.show, c.season, c.value, c.role) in firm
        )
    ]


def _fuller_parts(claims: list[Claim]) -> list[Claim]:
    """ "Atherton will play Vera" after "cast as Vera Kline": the part named short is the one
    named in full, for the same person and season."""
    parts: dict[tuple[str, int | None, str | None], set[str]] = {}
    for c in claims:
        if c.kind == "cast" and c.role:
            parts.setdefault((c.show, c.season, c.value), set()).add(c.role)

    def shorter(c: Claim) -> bool:
        words = (c.role or "").split()
        return bool(words) and any(
            other != c.role and other.split()[: len(words)] == words
            for other in parts.get((c.show, c.season, c.value), ())
        )

    return [c for c in claims if not (c.kind == "cast" and shorter(c))]


_THE_FINAL = re.compile(r"\b(?:the|its)\s+(?:final|last)\s+(?:season|series|run|chapter)\b", re.I)


def _final_season(claims: list[Claim]) -> list[Claim]:
    """ "The final season is expected in 2026": the season the piece says will be the last."""
    last = {c.show: c.season for c in claims if c.value == "ending" and c.certainty == "confirmed"}
    return [
        replace(c, season=last[c.show])
        if (
            c.kind in ("release_date", "cast")
            or (c.value == "ending" and c.certainty != "confirmed")
        )
        and c.show in last
        and last[c.show] is not None
        and _THE_FINAL.search(c.evidence)
        and not re.search(
            r"\b(?:season|series)\s+\d|\b(?:first|second|third|fourth|fifth|sixth)\s+"
            r"(?:season|series)",
            c.evidence,
            re.I,
        )
        else c
        for c in claims
    ]


# "renewed for a fifth and final season": one statement (not "renewed the series for a third
# season in August 2024, and in September 2025 it confirmed that the third will be the last",
# two announcements told in one sentence)
_LATER_WORD = re.compile(
    r"\b(?:and|but)\b[^.;]*?\b(?:confirmed|announced|said|revealed|added)\s+that\b", re.I
)

# a cancellation told as undone: "Netflix revives X a year after its cancellation"
_UNDONE = re.compile(
    r"\b(?:reviv\w*|revers\w*|rescu\w*|saved?|saves|un-?cancel\w*|resurrect\w*|back\s+from\s+the\s+"
    r"dead|new\s+home|picks?\s+up|picked\s+up|after)\b",
    re.IGNORECASE,
)


def _deduplicate(claims: list[Claim]) -> list[Claim]:
    """One claim per statement: the first evidence wins; a cast claim without a role gives
    way to the same person's claim with one."""
    with_role = {
        (c.show, c.season, c.value, c.certainty) for c in claims if c.kind == "cast" and c.role
    }
    # "season 2 is happening: the studio confirmed the renewal" says one thing, not two; so
    # does a headline's "X Renewed" beside the body's "renewed X for a second season"
    seasoned = {
        (c.show, c.value, c.certainty)
        for c in claims
        if c.kind == "renewal" and c.season is not None
    }
    # "will not return for a third season" is read as a cancellation; the denied renewal
    # the same words also give says the same thing less plainly
    cancelled = {
        (c.show, c.evidence) for c in claims if c.kind == "renewal" and c.value == "cancelled"
    }
    # a confirmed cancellation says all a "not renewed" elsewhere in the piece says
    axed = {
        c.show
        for c in claims
        if c.kind == "renewal" and c.value == "cancelled" and c.certainty == "confirmed"
    }
    # "renewed for a fifth and final season" announces the last season: one ending claim
    ending = {
        (c.show, c.season, c.evidence)
        for c in claims
        if c.kind == "renewal" and c.value == "ending" and not _LATER_WORD.search(c.evidence)
    }
    dated = [c for c in claims if c.kind == "release_date" and c.value is not None]
    firm = {
        (c.show, c.season, c.value)
        for c in claims
        if c.kind == "renewal" and c.certainty == "confirmed"
    }
    # "Netflix Revives X a Year After Paramount+ Cancellation": the cancellation is undone
    revived = {
        c.show
        for c in claims
        if c.kind == "renewal" and c.value == "renewed" and c.certainty == "confirmed"
    }
    seen: set[tuple[object, ...]] = set()
    kept: list[Claim] = []
    for claim in claims:
        if claim.value == "cancelled" and claim.show in revived and _UNDONE.search(claim.evidence):
            continue
        if claim.kind == "release_date" and any(_said_firmer(claim, other) for other in dated):
            continue  # the headline's "Targets September Return" beside sources' "September"
        if claim.kind == "release_date" and any(_coarser(claim, other) for other in dated):
            continue  # "Pushes Season 2 to April" over "will now premiere Friday, April 17"
        if (
            claim.kind == "release_date"
            and claim.value is not None
            and _ONCE_MOVED.search(claim.evidence)
            and any(
                (o.show, o.season) == (claim.show, claim.season)
                and o.value != claim.value
                and not _ONCE_MOVED.search(o.evidence)
                for o in dated
            )
        ):
            continue  # "was pushed to October" is history beside the date set since
        if claim.kind == "release_date" and any(_loose_holiday(claim, o) for o in dated):
            continue  # "Moving up to Halloween was a no-brainer" beside "Friday, Oct. 30"
        if (
            claim.kind == "release_date"
            and claim.value is None
            and any(
                (o.show, o.season) == (claim.show, claim.season)
                and o.certainty == "confirmed"
                and is_day(o.value)
                for o in dated
            )
        ):
            continue  # "pulled from the schedule" before "will now premiere Jan. 8"
        if (
            claim.kind == "renewal"
            and claim.value == "renewed"
            and claim.certainty == "denied"
            and ((claim.show, claim.evidence) in cancelled or claim.show in axed)
        ):
            continue
        if (
            claim.kind == "renewal"
            and claim.value == "renewed"
            and claim.certainty != "denied"
            and (claim.show, claim.season, claim.evidence) in ending
        ):
            continue
        if (
            claim.kind == "cast"
            and claim.role is None
            and (claim.show, claim.season, claim.value, claim.certainty) in with_role
        ):
            continue
        if (
            claim.kind == "renewal"
            and claim.season is None
            and (claim.show, claim.value, claim.certainty) in seasoned
        ):
            continue
        if (
            claim.kind == "renewal"
            and claim.certainty in ("speculated", "reported")
            and (claim.show, claim.season, claim.value) in firm
        ):
            continue  # "the final season is expected ..." beside the confirmed final season
        identity = (claim.show, claim.season, claim.kind, claim.value, claim.role, claim.certainty)
        if identity not in seen:
            seen.add(identity)
            kept.append(claim)
    return kept
