"""A TV guide's week, day by day -> the premieres it lists.

A guide names a day ("SUNDAY", "SUNDAY 2/3") and then its picks, each led by its title and
where it airs ("Hartwell Green (BBC One, 9pm). The medical drama returns for series four").
An entry is a release only when its blurb says the show starts: a return, a new series, an
opener. A finale, a repeat or another episode of a running series is no release, and a bare
listing says nothing of which it is.
"""

from __future__ import annotations

import re
from datetime import date

from scraper.claims.context import Sentence
from scraper.claims.dates import MONTH_NUMBERS, find_dates
from scraper.models import Claim

__all__ = ["read_guide"]

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "SUNDAY", "SUNDAY 2/3", "Sunday 2 March" alone on a line; or "SUNDAY: Harrowgate Lane (BBC
# One, 9pm)", the day and the entry on one line
_DAY = re.compile(
    rf"^(?P<day>{_WEEKDAY})(?:\s+(?P<date>\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?))?"
    r"\s*(?:$|[:.–—-]\s+(?=\S))",
    re.IGNORECASE,
)
# the entry's lead: its title and, in brackets, the channel and time
_ENTRY = re.compile(r"^(?P<title>[^()]{2,60}?)\s*\((?P<where>[^()]{2,40})\)\s*\.?\s*$")
# the blurb says the show begins
_STARTS = re.compile(
    r"\b(?:returns?|is\s+back|are\s+back|comes\s+back|back\s+for|begins?|starts?|kicks\s+off|"
    r"opens?|opener|new\s+(?:series|season|drama|comedy|thriller|six-parter|[\w-]+-parter)|"
    r"series\s+premiere|season\s+premiere|first\s+episode|brand[\s-]new|debuts?|launch(?:es)?)\b",
    re.IGNORECASE,
)
# ... or that it is not beginning
_NOT_STARTING = re.compile(
    r"\b(?:finale|final\s+episode|last\s+episode|concludes?|conclusion|bows?\s+out|ends?|"
    r"repeats?|rerun|continues|second\s+episode|episode\s+(?:two|three|four|five|\d+)|"
    r"penultimate|film|movie|documentary\s+film)\b",
    re.IGNORECASE,
)


def read_guide(sentences: list[Sentence], published: date | None) -> list[Claim]:
    """The premieres a guide's day entries list, one claim per entry at most."""
    if published is None:
        return []
    claims: list[Claim] = []
    week = _week_of(sentences[:3], published)
    day: tuple[Sentence, str] | None = None  # the day heading in force, and its date
    for index, sentence in enumerate(sentences):
        text = sentence.text.strip()
        label = _DAY.match(text)
        if label:
            value = _day_value(label, week or published, sentence.day_first)
            day = (sentence, value) if value else None
            rest = text[label.end() :]
            if not rest:
                continue
            entry_text, offset = rest, label.end()
        elif sentence.heading and not _ENTRY.match(text):
            day = None  # another section of the piece
            continue
        else:
            entry_text, offset = text, 0
        entry = _ENTRY.match(entry_text)
        if day is None or entry is None:
            continue
        # the whole title is the show's ("Sea Glass Cottages" is another title than "Sea Glass")
        title_end = offset + len(entry.group("title").rstrip(" *_\"”’'"))
        named = [m for m in sentence.shows if m.start < title_end]
        if len({m.show for m in named}) != 1 or named[-1].end < title_end:
            continue
        if not _starts(_blurb_sentences(sentences, index)[1:]):
            continue
        show = named[0].show
        seasons = [m.number for s in _blurb_sentences(sentences, index) for m in s.seasons]
        season = next((n for n in seasons if n is not None), None)
        evidence = f"{day[0].text} — {text}" if day[0] is not sentence else text
        claims.append(Claim(show, season, "release_date", day[1], "confirmed", evidence))
    return claims


# the week a guide covers, in its headline: "Monday 10 - Sunday 16 March", "18-24 October"
_WEEK = re.compile(
    rf"\b(?:{_WEEKDAY}\s+)?(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—]|to)\s*(?:{_WEEKDAY}\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def _week_of(opening: list[Sentence], published: date) -> date | None:
    """The first day of the week the guide's headline says it covers, if it says."""
    for sentence in opening:
        found = _WEEK.search(sentence.text)
        if found:
            month = MONTH_NUMBERS[found.group("month").lower()[:3]]
            year = published.year + (month < published.month - 6)
            try:
                start = date(year, month, int(found.group("first")))
            except ValueError:
                return None
            return start  # a weekday then resolves on or after it
    return None


def _day_value(label: re.Match[str], published: date, day_first: bool) -> str | None:
    """The date a guide's day heading stands for: its printed date, else the next such
    weekday on or after publication (a guide looks at the week ahead)."""
    printed = label.group("date")
    if printed:
        found = find_dates(printed, published, day_first=day_first or "/" in printed)
        if found:
            return found[0].value
    found = find_dates(f"this {label.group('day')}", published)
    return found[0].value if found else None


def _blurb_sentences(sentences: list[Sentence], index: int) -> list[Sentence]:
    """The entry's sentence and the ones after it, up to the next heading or entry."""
    found = [sentences[index]]
    for sentence in sentences[index + 1 :]:
        text = sentence.text.strip()
        # (a shouted label inside the blurb, "PICK OF THE WEEK.", is no new section)
        label = text.isupper() and len(text.split()) <= 5 and not _DAY.match(text)
        if (sentence.heading and not label) or _DAY.match(text) or _ENTRY.match(text):
            break
        found.append(sentence)
    return found


def _starts(blurb: list[Sentence]) -> bool:
    """Whether the first sentence of the blurb that says either says the show begins
    ("returns for series four") rather than goes on or ends ("The series two finale")."""
    for sentence in blurb:
        start = _STARTS.search(sentence.text)
        other = _NOT_STARTING.search(sentence.text)
        if start or other:
            return start is not None and (other is None or start.start() < other.start())
    return False
