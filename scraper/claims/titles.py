"""Sentence text -> the shows it names (watchlist or discovered titles) and the seasons it names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scraper.claims.text import words
from scraper.models import Show

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "sophomore": 2,
}  # fmt: skip
PLATFORMS = words(
    "netflix hbo max hulu disney disney+ apple appletv+ amazon prime peacock paramount paramount+"
    " fx amc bbc itv showtime starz nbc cbs abc fox cw tvn jtbc sbs kbs mbc crunchyroll youtube"
    " tving wavve coupang viki starplus channel fxx tbs tnt syfy freeform bravo"
)
MONTHS = words(
    "january february march april may june july august september october november december"
)
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")

_NUM = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
_SEASON_NOUN = r"(?:season|series|installment|instalment|chapter|run|outing)"
_SEASON = re.compile(
    rf"\b(?:seasons?|series)\s+(?P<n>{_NUM})(?:\s*(?:and|&|,)\s*(?P<n2>\d{{1,2}}))?\b"
    rf"|\b(?P<ord>{_ORD})(?:\s+and\s+(?:final|last))?[\s-]+{_SEASON_NOUN}\b"
    rf"|\b(?P<rel>upcoming|next|new|coming|future|forthcoming|latest|final)\s+"
    rf"(?:(?!{_ORD}\b|\d)[\w-]+\s+)?(?:season|run|instalment|installment|batch\s+of\s+episodes)\b"
    r"|\b(?-i:S(?P<s>\d{1,2}))\b",
    re.IGNORECASE,
)
_SEASONS_THEN_ORDINAL = re.compile(
    rf"\bseasons\s*[:—–]\s*(?P<the>the\s+)(?P<ord>{_ORD})\b(?![\s-]+(?:{_SEASON_NOUN}|episode|part)s?\b)",
    re.IGNORECASE,
)

# Discovery of titles when there is no watchlist: a run of capitalised words (small
# words allowed inside) next to a season, a renewal verb or inside quotes.
_CAP = r"(?:[A-Z0-9][\w'’!&.:+-]*)"
_SMALL = r"(?:of|the|a|an|and|in|on|at|to|for|with|from|by|are|is|or|vs\.?|&|de|la|el|du|no)"
# bounded, so a page of capitalised words costs linear time
_RUN = rf"{_CAP}(?:\s+(?:{_SMALL}\s+){{0,3}}{_CAP}){{0,7}}"
_DISCOVER = (
    re.compile(rf"(?P<t>{_RUN})(?:['’]s?)?\s+(?:[Ss]eason|[Ss]eries)\s+(?:{_NUM}|[IVX]+)\b"),
    re.compile(rf"(?P<t>{_RUN})['’]s?\s+(?:{_ORD}|next|new|upcoming|final|last)\s+season\b"),
    re.compile(rf"\b(?:[Ss]eason\s+{_NUM}|{_ORD}\s+season)\s+of\s+(?P<t>{_RUN})"),
    re.compile(
        r"\b(?:renew(?:s|ed)|cancel(?:l?ed|s)|axe[sd]|order(?:s|ed)|greenlit|picked up|fate of)\s+"
        rf"(?P<t>{_RUN})(?=\s+(?:for|after|at|following)\b|[,.])"
    ),
    re.compile(
        rf"(?P<t>{_RUN})\s+(?:(?:has|have)(?:\s+not|n['’]t)?\s+been|was|is|gets|got)\s+"
        r"(?:officially\s+)?"
        r"(?:renewed|cancel(?:l)?ed|axed)\b"
    ),
    re.compile(rf"(?P<t>{_RUN})\s+(?:Renewed|Cancel(?:l)?ed|Axed|Is Ending|Will End)\b"),
)
_QUOTED_TITLE = re.compile(
    rf"(?<!\w)[‘“\"'](?P<t>{_CAP}(?:\s+(?:{_SMALL}\s+){{0,3}}{_CAP}){{0,7}})[’”\"'](?!\w)"
)
_SHOW_CONTEXT = re.compile(
    r"\b(?:season|series|renew|cancel|premiere|return|cast|episode|axe|streaming|drama)",
    re.IGNORECASE,
)
# Words a title run picks up from a headline or sentence start that are not part of it.
_LEAD_WORDS = words(
    "when if while though and but so as why how what where is will does did can could should"
    " here here's everything confirms confirm renews renew cancels cancel announces announce"
    " reveals reveal sets set orders order gives drops releases release teases unveils shares"
    " debuts reportedly officially finally exclusive report breaking"
    " fans after before with in on at for from this that"
)
_STOP_TITLES = words("the show the series season series netflix episode part it this that all we")
_NORMALISE = re.compile(r"[\W_]+")  # letters of any script stay: "Noches de Bogotá"


@dataclass(frozen=True, slots=True)
class ShowMention:
    """A show named in a sentence, under its canonical title."""

    show: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SeasonMention:
    """A season named in a sentence: a number, or `relative` ("upcoming season") to resolve."""

    number: int | None
    start: int
    end: int
    relative: bool = False


def key(title: str) -> str:
    """A title folded for comparison: lower case, alphanumerics only, no leading "the"."""
    folded = _NORMALISE.sub(" ", title.lower()).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded.replace(" ", "")


def _title_pattern(name: str) -> str:
    tokens = _NORMALISE.sub(" ", name.lower()).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return r"(?:the\s+)?" + r"[\W_]*".join(re.escape(token) for token in tokens)


class TitleMatcher:
    """Finds the shows of a watchlist in text; every alias folds to the canonical title."""

    def __init__(self, shows: Sequence[Show]) -> None:
        self._canonical: dict[str, str] = {}
        patterns: list[str] = []
        for show in shows:
            for name in show.names:
                if key(name) and key(name) not in self._canonical:
                    self._canonical[key(name)] = show.title
                    patterns.append(_title_pattern(name))
        patterns.sort(key=len, reverse=True)
        self._regex = (
            re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
            if patterns
            else None
        )

    def find(self, text: str) -> list[ShowMention]:
        """The watched shows `text` names. Where only names are capitalised (body text, a
        sentence-case headline), a title that runs on into more capitalised words is part of
        a longer one ("its cookery competition Saltmarsh Kitchen" is not "Saltmarsh")."""
        if self._regex is None:
            return []
        found: list[ShowMention] = []
        words = re.findall(r"[^\W\d_]+", text)
        title_case = sum(w[0].isupper() for w in words) > len(words) / 2
        for match in self._regex.finditer(text):
            title = self._canonical.get(key(match.group(0)))
            if title is None or _is_calendar_word(text, match.start(), match.group(0)):
                continue
            if _SUBTITLE.match(text, match.end()):
                continue  # "Ironvale: The Last Shift" is another title (a prequel, a game)
            if _OF_THE_SHOW.match(text, match.end()):
                continue  # "the 'Vantage Point' spinoff movie": another work, named for the show
            if not title_case and _LONGER_TITLE.match(text, match.end()):
                continue
            opened = text[match.start() - 1 : match.start()] in ("'", "‘", '"', "“")
            if opened and _QUOTED_LONGER.match(text, match.end()):
                continue  # "'Riverbend Road'" quoted whole is another title than "Riverbend"
            found.append(ShowMention(title, match.start(), match.end()))
        return found

    def names_another(self, text: str) -> bool:
        """Whether `text` names a watched title only inside a longer one ("Saltmarsh Kitchen
        renewed for series 3")."""
        return self._regex is not None and not self.find(text) and bool(self._regex.search(text))


# A title, a colon and more capitalised words is a title of its own, unless what follows names
# a part of the show itself ("Stranger Things: Season 4", "Bridgerton: The Final Season").
_SUBTITLE = re.compile(
    r":\s+(?!(?:the\s+)?(?:season|series|part|volume|chapter|episode|final|complete|first|second|"
    r"third|fourth|fifth|new|official|trailer|release|cast|everything|when|what|who|how|why|is|"
    r"are|will|renewed|cancel|date|premiere|plot|review|recap)\b)"
    # (a sentence after the colon: "Low Tide: Hulu's surf noir returns", "X: The drama returns")
    r"(?!(?-i:[A-Z])\w*['’]s\s|(?-i:The|A|An)\s+(?-i:[a-z]))(?:(?-i:The)\s+)?(?-i:[A-Z0-9])",
    re.IGNORECASE,
)
# the show's name used for another work of its franchise: "the 'Vantage Point' spinoff movie"
_OF_THE_SHOW = re.compile(
    r"['’\"”*]?\s+(?:spin-?off|prequel|sequel|movie|film|feature|franchise|universe|video\s+game|"
    r"game|podcast|novel|book|musical|stage\s+show|aftershow|after-?show|documentary)s?\b",
    re.IGNORECASE,
)
# A capitalised word that goes on a title, in body text ("Saltmarsh Kitchen"), but not one
# that starts the next thing said about it ("Saltmarsh Season 2", "Saltmarsh star Jo Roe")
_LONGER_TITLE = re.compile(
    r"[ \t]+(?!(?:Season|Series|Part|Volume|Vol|Chapter|Episode|Episodes|Star|Stars|Cast|Creator|"
    r"Creators|Showrunner|Director|Writer|Writers|Fans|Fan|Finale|Premiere|Trailer|Teaser|Netflix|"
    r"Hulu|Disney|Apple|Amazon|Prime|Peacock|Paramount|HBO|Max|BBC|ITV|Channel|On|In|At|And|Or|"
    r"But|Is|Was|Will|Has|Had|Are|The|A|An|As|For|From|To|With|By|Of|I|II|III|IV|S\d+)\b)"
    r"(?-i:[A-Z][a-z][\w'’-]*)"
)
# more words before the quote closes: "'Riverbend Road' renewed" (not "'Riverbend' renewed")
# (a numeral after the title is its season, as Korean dramas are named: "'Signal 2'")
_QUOTED_LONGER = re.compile(r"(?![ \t]+\d['’\"”])[ \t]+[^'‘’\"“”\n]{1,50}?['’\"”](?![a-z])")
_CALENDAR_LEAD = re.compile(r"\b(?:on|last|next|this|every|by|until|since|from|in)\s+$", re.I)


def _is_calendar_word(text: str, start: int, word: str) -> bool:
    """A one-word title such as "Wednesday" used as a day or month ("on Wednesday")."""
    if word.lower() not in WEEKDAYS | MONTHS:
        return False
    if not word[0].isupper():
        return True
    return bool(_CALENDAR_LEAD.search(text[max(0, start - 8) : start]))


def season_mentions(text: str) -> list[SeasonMention]:
    """Every season a sentence names, in order."""
    found: list[SeasonMention] = []
    for match in _SEASON.finditer(text):
        if match.group("n"):
            found.append(SeasonMention(_number(match.group("n")), match.start(), match.end()))
            if match.group("n2"):
                found.append(SeasonMention(int(match.group("n2")), match.start(), match.end()))
        elif match.group("ord"):
            found.append(SeasonMention(_number(match.group("ord")), match.start(), match.end()))
        elif match.group("s"):
            found.append(SeasonMention(int(match.group("s")), match.start(), match.end()))
        else:
            found.append(SeasonMention(None, match.start(), match.end(), relative=True))
    # "two years between seasons: the first, which ..., premiered in August 2023"
    for match in _SEASONS_THEN_ORDINAL.finditer(text):
        found.append(SeasonMention(_number(match.group("ord")), match.start("the"), match.end()))
    found.sort(key=lambda m: m.start)
    # "not renewed beyond season 4": the season after it
    found = [
        SeasonMention(m.number + 1, m.start, m.end)
        if m.number is not None and re.search(r"\bbeyond\s+(?:its\s+|the\s+)?$", text[: m.start])
        else m
        for m in found
    ]
    return [m for m in found if m.relative or (m.number is not None and 0 < m.number <= 40)]


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ORDINALS:
        return ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else None


def _trim(title: str) -> str:
    """Drop the sentence-start and headline words a capitalised run picked up."""
    title = title.strip(" :,.?'’\"“”‘-")
    words = title.split()
    while len(words) > 1:
        first = words[0].lower().rstrip(",:")
        possessive = re.sub(r"['’]s$", "", first)
        if first in _LEAD_WORDS or possessive in PLATFORMS or first in PLATFORMS:
            words = words[1:]
        else:
            break
    title = " ".join(words)
    return re.sub(r"['’]s?$", "", title).strip(" :,-")


def _plausible(title: str) -> bool:
    lowered = title.lower()
    first = lowered.split()[0] if lowered else ""
    return (
        2 <= len(title) <= 60
        and len(title.split()) <= 8
        and lowered not in _STOP_TITLES
        and lowered not in PLATFORMS
        and first not in MONTHS | WEEKDAYS | {"season", "series", "episode", "part"}
        and not lowered.isdigit()
    )


def discover_titles(headline: str | None, texts: Iterable[str]) -> list[Show]:
    """Shows an article makes claims about, found from how it names them (no watchlist)."""
    bodies = list(texts)
    candidates: list[str] = []
    for index, text in enumerate([headline or "", *bodies]):
        for regex in _DISCOVER:
            candidates.extend(_trim(match.group("t")) for match in regex.finditer(text))
        if _SHOW_CONTEXT.search(text):
            candidates.extend(_trim(m.group("t")) for m in _QUOTED_TITLE.finditer(text))
        if index == 0 and candidates:
            candidates = [_headline_fix(title, bodies) for title in candidates]
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for title in candidates:
        if not _plausible(title):
            continue
        counts[key(title)] += 1
        spelling.setdefault(key(title), Counter())[title] += 1
    shows: list[Show] = []
    keys = list(counts)
    for title_key in keys:
        # "Netflix Confirms X" beside "X": keep the shorter, true title.
        if any(other != title_key and title_key.endswith(other) for other in keys):
            continue
        shows.append(Show(spelling[title_key].most_common(1)[0][0]))
    return shows


def _headline_fix(title: str, bodies: list[str]) -> str:
    """Headlines capitalise every word: cut a title back to the longest tail the body uses."""
    words = title.split()
    body_keys = key(" ".join(bodies))
    for cut in range(len(words)):
        tail = " ".join(words[cut:])
        if key(tail) and key(tail) in body_keys:
            return tail
    return title
