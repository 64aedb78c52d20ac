"""Sentence + publication date -> date expressions, normalised (2025-03-14, 2025-03, 2025-fall)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
    "valentine's day": (2, 14), "boxing day": (12, 26),
}  # fmt: skip
WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_YEAR = r"(?:19[89]\d|20\d\d)(?![-–/]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# before a month and day, papers also shorten it: "Thu., Jan. 8"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY}|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
_PART = (
    r"(?P<{}>early|late|mid|later|the\s+(?:start|beginning|first\s+half|second\s+half|"
    r"middle|end|latter\s+(?:part|half)|back\s+half|tail\s+end|first\s+quarter|last\s+quarter)"
    r"\s+of|(?:start|beginning|end|first\s+half|second\s+half)\s+of)"
)
# "Season 2 March 14" is season 2, not 2 March.
_NOT_NUMBERED = r"(?<!season\s)(?<!series\s)(?<!episode\s)(?<!part\s)(?<!chapter\s)(?<!volume\s)"
_SEASON_WORD = r"(?P<{}>spring|summer|fall|autumn|winter)"
_HOLIDAY = (
    # "the eve of Halloween" is the day before it
    r"(?P<eve>\beve\s+of\s+)?(?P<hol>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Eve|Day)|Halloween|"
    r"Valentine['’]s\s+Day|Boxing\s+Day)"
)

# a release named by its time: "a July start", "a fall launch", "a November slot"
_RELEASE_NOUN = r"(?:start|launch|premiere|debut|release|return|bow|arrival|slot|window|rollout)\b"

# A weekday in a schedule is no date: "its Friday-Saturday slot", "Friday and Saturday nights"
_NOT_A_SLOT = (
    r"(?!\s+and\s+\w+days?\b)(?!\s*[-–/&]\s*\w)(?!\s+(?:nights|evenings|mornings|afternoons)\b)"
    r"(?!\s+(?:(?:late|early)[\s-])?(?:night\s+|evening\s+|morning\s+|prime[\s-]?time\s+)?"
    r"(?:slot|time\s*slot|schedule|block|line-?up)s?\b)"
)

# Alternatives are tried left to right at each position, so the most precise come first.
_DATE = re.compile(
    rf"(?P<iso>\b(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
    # a run "aired from January to March 2024": it started in January (a move "from January
    # to March" is read below, each month on its own)
    r"|(?:(?<=air\s)|(?<=airs\s)|(?<=aired\s)|(?<=ran\s)|(?<=runs\s)|(?<=run\s)|(?<=streamed\s)|"
    r"(?<=streams\s)|(?<=broadcast\s)|(?<=screened\s))"
    rf"from\s+(?P<fa>{_MONTH})\s+(?:to|through|until|till|–|-)\s+(?P<fb>{_MONTH})(?!\.?\s+\d{{1,2}}\b)"
    rf"(?:,?\s+(?P<fy>{_YEAR}))?"
    # a window of months ("between May and July", "March-May 2026"), not a move ("from May
    # to July") and not a span of days ("March 3 to May 5")
    rf"|(?:between\s+(?P<ra>{_MONTH})\s+and\s+|(?<!from\s)(?P<rc>{_MONTH})\s*(?:-|–|—|to|through|thru)\s*)"
    rf"(?P<rb>{_MONTH})(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<ry>{_YEAR}))?"
    rf"|(?:{_WEEKDAY_PREFIX},?\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})"
    r"|\s+of\s+(?P<yr1>this|last|next)\s+year)?"
    rf"|(?:{_WEEKDAY_PREFIX},?\s+)?(?:the\s+)?{_NOT_NUMBERED}\b(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|{_PART.format('p3')}[\s-]*(?P<m3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR}))?\b"
    rf"|(?P<m4>{_MONTH})\s+(?:of\s+)?(?P<y4>{_YEAR})"
    rf"|(?P<by5>(?:by|before)\s+)?{_PART.format('p5')}[\s-]*(?P<y5>{_YEAR})"
    rf"|{_PART.format('pr')}[\s-]*(?P<rel5>this|next)\s+year"
    # ("in the second half of the year": this one's)
    r"|(?P<late6>the\s+(?:second|latter|back)\s+half\s+of\s+the\s+year)"
    rf"|{_SEASON_WORD.format('s6')}(?:\s+of)?\s+(?P<y6>{_YEAR})"
    rf"|(?P<rel6>this|next|this\s+coming|in\s+the|over\s+the|during\s+the|for\s+the)\s+{_SEASON_WORD.format('s6r')}\b(?!\s+of\b)(?!\s+{_YEAR})"
    # "eyeing a fall launch", "the network's summer slot": the one still to come
    rf"|(?:(?<=\beyeing\s)|(?<=\btargeting\s)|(?<=\bfor\s)|(?<=\bplanning\s))an?\s+{_SEASON_WORD.format('s6a')}(?=[\s-]+{_RELEASE_NOUN})"
    rf"|(?:the\s+)?{_SEASON_WORD.format('s7')}\s+of\s+(?P<rel7>this|next)\s+year"
    rf"|(?P<holpre>(?:over|around|during)\s+)?{_HOLIDAY}(?:\s+(?P<y8>{_YEAR}))?"
    # "a Christmas-week launch", "over Christmas": the holiday's month, not its day
    rf"(?P<holwk>[\s-]+(?:week|period|season|break|holidays?|time)\b(?:\s+(?P<y8b>{_YEAR}))?)?"
    # "two years ago this month": that month, that many years back
    r"|(?P<ago>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago"
    r"(?P<agom>\s+this\s+month)?\b"
    r"|(?P<rel9>this|next)\s+(?P<unit>month|year)\b"
    # "early in the new year": the year after a piece from its second half
    r"|(?P<newyear>(?:(?P<nyp>early|late)\s+)?(?:in|into|for)\s+the\s+new\s+year\b(?!['’]))"
    r"|(?P<later>later\s+this\s+year|(?P<by>(?:by|before)\s+)?the\s+end\s+of\s+(?:this|the)\s+year)"
    r"|(?P<today>today|tonight|tomorrow)"
    # "3/14", "3/14/25" as US papers print them, "14/3" as British ones do (only after a
    # release verb: see release.py)
    # (not a time slot: "at 9/8c", "at 10/9 Central")
    r"|(?<![\d/.])(?<!\bat\s)(?!24/7)(?P<nm>[12]\d|3[01]|0?[1-9])/(?P<nd>[12]\d|3[01]|0?[1-9])"
    r"(?:/(?P<ny>(?:20)?\d\d))?(?![\d/])(?!c\b)"
    # "in two weeks", "two weeks from today", "in 10 days"
    r"|(?:(?P<inpre>in)\s+)?(?P<cnt>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
    r"(?P<unit2>days?|weeks?)(?P<fromnow>\s+from\s+(?:today|now))?\b"
    # "over the holidays", "in time for the holidays": the coming December
    r"|(?P<hols>(?:over|for|during|around|by|in\s+time\s+for)\s+the\s+(?:winter\s+)?holidays\b|"
    r"(?:this\s+)?holiday\s+season)"
    rf"|(?P<wdpre>this|on|next|last)\s+(?P<wd>{_WEEKDAY})\b(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d))"
    rf"{_NOT_A_SLOT}"
    rf"|(?<!every\s)(?<!each\s)(?<![-–/])(?<!day\sand\s)(?P<wdbare>{_WEEKDAY})\b(?!,?\s+(?:the\s+)?(?:{_MONTH}|\d))"
    rf"{_NOT_A_SLOT}"
    rf"|(?P<mpre>in|into|to|this|next|last|come|until|till|from|during|for|targeting|targets|"
    r"eyeing|eyes|"
    # "set for a July start", "the anime's October premiere"
    rf"(?:an?|the|its|their|[\w-]+['’]s)(?=\s+{_MONTH}\s+{_RELEASE_NOUN}))"
    rf"\s+(?P<m5>{_MONTH})\b(?!\.?\s+\d)"
    # "comes back on the 8th": that day of this month, or of the next when it has passed
    # ("on Saturday the 8th")
    rf"|(?P<odpre>on|from|until|till|by|before)\s+(?:{_WEEKDAY}\s+)?the\s+"
    r"(?P<od>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s*(?:of\s+)?(?:{_MONTH}|season|series|episode|anniversary|century|time|place|floor|"
    r"birthday|edition|annual|instal+ment|chapter|part|week|day|minute|hour|year|round|"
    r"attempt|try|volume|straight|consecutive)\b)"
    rf"|(?P<ypre>in|until|till|during|for|come|around|sometime\s+in|some\s+time\s+in|"
    # "pushed to 2028", not the end of a span ("from 2019 to 2023")
    rf"(?<!\d\d\s)\b(?:to|into))\s+(?P<y7>{_YEAR})\b"
    rf"|(?P<yadj>{_YEAR})(?=\s+(?:release|premiere|debut|return|launch|bow)\b)",
    re.IGNORECASE,
)
_MONTH_GROUPS = ("fa", "fb", "ra", "rc", "m1", "m2", "m3", "m4", "m5")
# Months by the season they belong to, for a window inside one season ("March to May").
_SEASON_OF_MONTH = {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer",
                    8: "summer", 9: "fall", 10: "fall", 11: "fall"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression in a sentence and its normalised value."""

    start: int
    end: int
    value: str
    # named a year (or a full date) rather than leaning on the publication date
    explicit: bool


def find_dates(
    text: str, published: date | None, *, past: bool = False, day_first: bool = False
) -> list[DateMatch]:
    """Every date expression in `text`, resolved against `published` ("next month", "March").

    Expressions without a year look forward from the publication date, or back from it
    when `past` is set ("came out in January"); without a publication date they are dropped.
    A printed "8/1" is August 1, or 8 January when `day_first` (a British or Irish outlet).
    """
    found: list[DateMatch] = []
    named_only: list[DateMatch] = []  # "a fall launch": a date only when nothing else is one
    for match in _DATE.finditer(text):
        if not _capitalised_month(match):
            continue
        value, explicit = _resolve(match, published, past, day_first)
        if value is not None:
            dated = DateMatch(match.start(), match.end(), value, explicit)
            (named_only if match.group("s6a") else found).append(dated)
    # ("its fall premiere, now set for January 9", "moved its fall launch to 2027": the
    # event's name, not its date)
    return found or named_only


def is_day(value: str | None) -> bool:
    """Whether a date value is a whole day ("2026-04-17"), not a month or part of a year
    ("2026-04", "2027-early": as long as a day, but no day)."""
    return value is not None and _WHOLE_DAY.fullmatch(value) is not None


_WHOLE_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _capitalised_month(match: re.Match[str]) -> bool:
    """Month names count only capitalised: "may" and "march" are also verbs."""
    for group in _MONTH_GROUPS:
        word = match.group(group)
        if word is not None:
            return word[0].isupper()
    return True


def _month(word: str) -> int:
    return MONTH_NUMBERS[word[:3].lower()]


def _part(phrase: str) -> str:
    phrase = " ".join(phrase.lower().split())
    if phrase.startswith(("early", "the start", "start", "the beginning", "beginning")):
        return "early"
    if "first" in phrase:
        return "early"
    if phrase.startswith("mid") or "middle" in phrase:
        return "mid"
    return "late"


def _season_word(word: str) -> str:
    word = word.lower()
    return "fall" if word == "autumn" else word


def _upcoming_month(month: int, published: date, past: bool) -> int:
    """The year of the nearest such month on or after (or, for past, on or before) publication."""
    if past:
        return published.year if month <= published.month else published.year - 1
    return published.year if month >= published.month else published.year + 1


def _upcoming_day(month: int, day: int, published: date, past: bool) -> date | None:
    for year in (published.year, published.year + 1, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if past and candidate <= published and (published - candidate).days < 366:
            return candidate
        if not past and candidate >= published and (candidate - published).days < 366:
            return candidate
    return None


def _resolve(  # noqa: C901 - one branch per expression shape, read top to bottom
    m: re.Match[str], published: date | None, past: bool, day_first: bool = False
) -> tuple[str | None, bool]:
    g = m.group
    if g("iso"):
        return _checked_day(int(g("iy")), int(g("im")), int(g("id"))), True
    if g("ago"):
        if published is None:
            return None, False
        word = g("ago").lower()
        years = int(word) if word.isdigit() else _COUNTS.get(word, 1)
        year = published.year - years
        return (f"{year:04d}-{published.month:02d}" if g("agom") else f"{year:04d}"), False
    if g("fa"):
        month = _month(g("fa"))
        if g("fy"):
            return f"{int(g('fy')):04d}-{month:02d}", True
        if published is None:
            return None, False
        return f"{_upcoming_month(month, published, past):04d}-{month:02d}", False
    if g("rb"):
        return _window(_month(g("ra") or g("rc")), _month(g("rb")), g("ry"), published, past)
    for month_group, day_group, year_group in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g(month_group):
            month, day = _month(g(month_group)), int(re.sub(r"\D", "", g(day_group)))
            if g(year_group):
                return _checked_day(int(g(year_group)), month, day), True
            if published is None:
                return None, False
            if month_group == "m1" and g("yr1"):
                shift = {"this": 0, "last": -1, "next": 1}[g("yr1").lower()]
                return _checked_day(published.year + shift, month, day), False
            resolved = _upcoming_day(month, day, published, past)
            return (resolved.isoformat() if resolved else None), False
    month_groups: tuple[tuple[str, str | None], ...] = (("m3", "y3"), ("m4", "y4"), ("m5", None))
    for month_only, year_only in month_groups:
        if g(month_only):
            month = _month(g(month_only))
            if year_only and g(year_only):
                return f"{int(g(year_only)):04d}-{month:02d}", True
            if published is None:
                return None, False
            prefix = (g("mpre") or "").lower() if month_only == "m5" else ""
            # "last September": the one before publication, whatever the verb's tense
            year = _upcoming_month(month, published, past or prefix == "last")
            if prefix == "last" and year == published.year and month == published.month:
                year -= 1
            if prefix == "next" and year == published.year and month <= published.month:
                year += 1
            return f"{year:04d}-{month:02d}", False
    if g("y5"):
        if g("by5") and "end" in g("p5").lower():
            return g("y5"), True  # "before the end of 2026": any time this year, not late
        return f"{g('y5')}-{_part(g('p5'))}", True
    if g("y6"):
        return f"{g('y6')}-{_season_word(g('s6'))}", True
    if g("y7"):
        return g("y7"), True
    if g("yadj"):
        return g("yadj"), True
    if published is None:
        return None, False
    year = published.year
    if g("od"):
        day, month = int(g("od")), published.month
        if day < published.day and not past:
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        return _checked_day(year, month, day), False
    if g("late6"):
        return f"{year}-late", False
    if g("rel5"):
        year += g("rel5").lower() == "next"
        if g("pr").lower() == "later":
            return str(year), False
        return f"{year}-{_part(g('pr'))}", False
    if g("rel6") or g("rel7") or g("s6a"):
        season = _season_word(g("s6r") or g("s7") or g("s6a"))
        relative = " ".join((g("rel6") or g("rel7") or "in the").lower().split())
        start = SEASON_STARTS[season]
        if relative == "next":
            year += published.month >= start
        elif relative != "this":
            # "in the fall": the one still to come (or, for a past event, the last one)
            if past:
                year -= published.month < start
            else:
                year += published.month > min(start + 2, 12)
        return f"{year}-{season}", False
    if g("hol"):
        name = " ".join(g("hol").lower().replace("’", "'").split())
        month, day = HOLIDAYS[name]
        if (g("holwk") or g("holpre")) and not g("eve") and not name.endswith(("eve", "day")):
            named = g("y8") or g("y8b")
            when = _upcoming_day(month, day, published, past) if not named else None
            year_of = int(named) if named else (when.year if when else None)
            return (f"{year_of:04d}-{month:02d}" if year_of else None), bool(named)
        if g("y8"):
            exact = _checked_day(int(g("y8")), month, day)
            if exact and g("eve"):
                exact = (date.fromisoformat(exact) - timedelta(days=1)).isoformat()
            return exact, True
        resolved = _upcoming_day(month, day, published, past)
        if resolved and g("eve"):
            resolved -= timedelta(days=1)
        return (resolved.isoformat() if resolved else None), False
    if g("rel9"):
        nxt = g("rel9").lower() == "next"
        if g("unit").lower() == "year":
            return str(year + nxt), False
        month = published.month + nxt
        if month > 12:
            month, year = 1, year + 1
        return f"{year:04d}-{month:02d}", False
    if g("newyear"):
        new_year = year + (published.month >= 7)
        return (f"{new_year}-{g('nyp').lower()}" if g("nyp") else str(new_year)), False
    if g("later"):
        # "at the end of the year" is late in it; "by (before) the end of the year" any time
        late = "end" in g("later").lower() and not g("by")
        return (f"{year}-late" if late else str(year)), False
    if g("today"):
        offset = 1 if g("today").lower() == "tomorrow" else 0
        return (published + timedelta(days=offset)).isoformat(), False
    if g("wd"):
        return _weekday(g("wd"), g("wdpre").lower(), published, past), False
    if g("wdbare"):
        return _weekday(g("wdbare"), "this", published, past), False
    if g("nm"):
        month, day = int(g("nm")), int(g("nd"))
        if day_first:
            month, day = day, month
        if month > 12:
            return None, False
        if g("ny"):
            return _checked_day(2000 + int(g("ny")[-2:]), month, day), True
        resolved = _upcoming_day(month, day, published, past)
        return (resolved.isoformat() if resolved else None), False
    if g("unit2"):
        if not (g("inpre") or g("fromnow")) or past:
            return None, False  # "two weeks after the finale" counts from something else
        word = g("cnt").lower()
        count = int(word) if word.isdigit() else _COUNTS[word]
        days = count * (7 if g("unit2").lower().startswith("week") else 1)
        return (published + timedelta(days=days)).isoformat(), False
    if g("hols"):
        return f"{year if not past or published.month == 12 else year - 1}-12", False
    return None, False


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _window(
    first: int, last: int, year: str | None, published: date | None, past: bool
) -> tuple[str | None, bool]:
    """A window of months as the coarser value that holds it all: the season when both ends
    fall in one, else the half of the year, else the year. A window across New Year has no
    such value."""
    if last < first:
        return None, False
    explicit = year is not None
    if year is None:
        if published is None:
            return None, False
        year = str(_upcoming_month(first, published, past))
    season = _SEASON_OF_MONTH.get(first)
    if season is not None and season == _SEASON_OF_MONTH.get(last):
        return f"{year}-{season}", explicit
    if last <= 6:
        return f"{year}-early", explicit  # "between February and April": the first half
    if first >= 7:
        return f"{year}-late", explicit
    return year, explicit


def _weekday(name: str, prefix: str, published: date, past: bool) -> str | None:
    if prefix == "last":
        # "premiered last Friday": the one before the day of publication
        back = (published.weekday() - WEEKDAY_NUMBERS[name.lower()]) % 7 or 7
        return (published - timedelta(days=back)).isoformat()
    if past or prefix == "next":
        # "next Friday" is ambiguous (this week's or the week after); say nothing
        return None
    ahead = (WEEKDAY_NUMBERS[name.lower()] - published.weekday()) % 7
    return (published + timedelta(days=ahead)).isoformat()


def _checked_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
