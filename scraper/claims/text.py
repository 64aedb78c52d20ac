"""Article text -> paragraphs, headings, sentences and clauses (plain strings and offsets)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def words(text: str) -> frozenset[str]:
    """A word list written as one string, as a set."""
    return frozenset(text.split())


_SPACE = re.compile(r"\s+")
# A sentence ends at . ! or ? (plus closing quotes or brackets) before a capital, digit or
# an opening quote; the word before the stop is checked against abbreviations separately.
_SENTENCE_END = re.compile(
    r"[.!?]+[\"”’')\]]*\s+(?=(?:[-–•*]\s+)?[\"“‘'(\[]?(?:[A-Z0-9]|[a-z]+[A-Z]))"
)
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"”’')\]]*\s*$")
_ABBREVIATIONS = words(
    "mr mrs ms dr st jr sr vs no vol inc co ltd jan feb mar apr jun jul aug sep sept oct nov dec"
    " ep eps approx est fig"
    # ranks and titles before a name: "Martin Eze as Sgt. Billy Coombes"
    " sgt det insp supt capt lt col gen maj cpl pvt adm cmdr prof rev fr gov sen"
    # weekdays as papers shorten them: "debuts Thu., Jan. 8"
    " mon tue tues wed thu thur thurs fri sat sun"
)
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
# Clause boundaries for date attribution: semicolons, dashes, parentheses and the
# conjunctions that start a new statement ("..., while season 3 arrives in May").
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|\s[—–-]{1,2}\s|—|–|\(|\)"
    r"|,\s*(?:and|but|while|whereas|though|although|so|yet|with|because|since|as(?=\s+(?:it|they|the|its)\s))\b"
    # the reason for something ("will not return due to his enlistment in December")
    r"|\s(?:due\s+to|because\s+of|owing\s+to)\s(?=(?:his|her|their|the|a|an|its)\b)"
    # ("filming in and around Hawes" is one phrase)
    r"|(?<!\bin)(?<!\bon)(?<!\bup)(?<!\bout)(?<!\boff)(?<!\bover)(?<!\bback)"
    r"\s(?:and(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|final|last)\b)|but|while|"
    r"whereas|although|"
    r"though|ahead of|before|after|following|"
    r"as well as|in time for|prior to)\s)\s*",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$")
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def fold(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return _SPACE.sub(" ", text).strip()


_BULLETS = ("- ", "• ", "* ", "– ")


def paragraphs(text: str) -> list[str]:
    """The non-empty paragraphs of a body text, whitespace-folded. A paragraph's first line
    that has no closing punctuation is a sub-heading of its own ("QUAYSIDE (ITV1)" on the
    line above the listing it heads); lines that all lack it are a list, an item a line."""
    found: list[str] = []
    for part in _PARAGRAPH_BREAK.split(text):
        if not part.strip():
            continue
        lines = [fold(line) for line in part.strip().splitlines() if line.strip()]
        if len(lines) > 1 and (
            all(is_heading(line) for line in lines) or all(line[:2] in _BULLETS for line in lines)
        ):
            found.extend(lines)  # a list, one item a line
            continue
        if len(lines) > 2 and lines[0].endswith(":") and all(is_heading(x) for x in lines[1:]):
            found.extend(lines)  # "The cast includes:" and a list under it, one item a line
            continue
        first, newline, rest = part.strip().partition("\n")
        bulleted = rest.lstrip()[:2] in _BULLETS  # "SUNDAY, SEPT. 13" over "- NEW: ..."
        if (
            newline
            and rest.strip()
            and is_heading(fold(first))
            # (or a quoted or italic title: 'TUESDAY, SEPT. 30' over '"Precinct Nine" season 6')
            and (
                rest.lstrip()[:1].isupper()
                or bulleted
                or re.match(r"[\"“‘*_]\s*[A-Z]", rest.lstrip())
            )
        ):
            items = [fold(line) for line in rest.strip().splitlines() if line.strip()]
            if bulleted and all(item[:2] in _BULLETS for item in items):
                found.extend([fold(first), *items])
            else:
                found.extend([fold(first), fold(rest)])
        else:
            found.append(fold(part))
    return found


def is_heading(paragraph: str) -> bool:
    """A short paragraph without closing punctuation: a sub-heading ("X Season 2 Cast")."""
    return len(paragraph.split()) <= 14 and not _TERMINAL.search(paragraph)


def sentences(paragraph: str) -> Iterator[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials together."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = _WORD_BEFORE.search(paragraph, max(start, match.start() - 40), match.start() + 1)
        word = before.group(1).rstrip(".") if before else ""
        if word.lower() in _ABBREVIATIONS or _INITIALS.match(word):
            continue
        if _ASKED_TO_ANSWER.fullmatch(paragraph, start, match.end()):
            continue  # "Our guess? Summer 2027.": the question and its answer are one
        piece = paragraph[start : match.end()].strip()
        if piece:
            yield piece
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        yield tail


# a question a writer asks only to answer it: "Our guess?", "My bet?", "The likely window?"
_ASKED_TO_ANSWER = re.compile(
    r"\s*(?:our|my|the)\s+(?:best\s+|likely\s+|early\s+)?(?:guess|bet|prediction|money|"
    r"estimate|hunch|window)\?\s*",
    re.IGNORECASE,
)


# In running text a colon ends a clause ("... before the anime returns: volume 14 goes on
# sale"); in a headline it joins a title to its topic ("X Season 2: Release Date TBA").
# (not the colon of a label that gives the date: "Release date: April 2", "Premieres: Sept. 10")
_COLON = re.compile(r"(?<!\bdate)(?<!\bdates)(?<!\bpremieres)(?<!\bpremiere)\s*:\s+")
# a headline's second part after a colon, a thing of its own: "Season 2 Premieres Jan. 9 on
# Peacock: First Look at the Return" (but "Severance: Season 2 Premieres Jan. 9" is one)
_HEADLINE_TAIL = re.compile(
    r"(?<=\S\s\S)[^:]*?\s\S+(?P<colon>\s*:\s+)(?=(?:First\s+Look|Trailer|Teaser|Photos|Watch|See|"
    r"Everything|What|Who|How|Here|Meet|Inside|Exclusive|Review|Recap|Plus|Also|Get|Check)\b)",
    re.IGNORECASE,
)
# "between May and July" is one window and "both critics and viewers" one phrase, not two
# clauses
_BETWEEN = re.compile(r"\b(?:between\s+\S+|both\s+\S+(?:\s+\S+)?)$", re.IGNORECASE)
# "arrives in time for the holidays" dates the arrival
_HOLIDAYS = re.compile(r"the\s+(?:winter\s+)?holidays\b|(?:the\s+)?holiday\s+season\b", re.I)
# "cancelled after two seasons" is one statement
_SEASON_COUNT = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+single|just\s+one|only\s+one)"
    r"\s+(?:seasons?|series)\b",
    re.IGNORECASE,
)


def clauses(sentence: str, *, heading: bool = False) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence (or of a headline)."""
    spans: list[tuple[int, int]] = []
    start = 0
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    if not heading:
        breaks = sorted([*breaks, *_COLON.finditer(sentence)], key=lambda m: m.start())
    else:
        tails = [
            _COLON.match(sentence, m.start("colon")) for m in _HEADLINE_TAIL.finditer(sentence)
        ]
        breaks = sorted([*breaks, *(m for m in tails if m)], key=lambda m: m.start())
    for match in breaks:
        if (
            match.start() < start
            or _BETWEEN.search(sentence, 0, match.start())
            or _SEASON_COUNT.match(sentence, match.end())
            or _HOLIDAYS.match(sentence, match.end())
        ):
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans or [(0, len(sentence))]


def clause_at(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The clause holding a position (the nearest one before it when it falls in a break)."""
    best = spans[0]
    for span in spans:
        if span[0] <= position:
            best = span
        if span[0] <= position < span[1]:
            return span
    return best


def mask_quotes(sentence: str) -> str:
    """The sentence with quoted speech blanked out (same length, so offsets still hold)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


# A comma segment that starts like this has no subject of its own: it continues the
# predicate of an earlier segment ("..., premieres in October") or modifies one ("..., which
# wrapped in May"; "..., set to drop on June 5").
RELATIVE_START = re.compile(r"^(?:which|who|whose|whom|where|that)\b", re.IGNORECASE)
PREDICATE_START = re.compile(
    r"^(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|shall|must|"
    r"also|then|still|now|just|only|originally|previously|initially|first|once|finally|"
    r"officially|reportedly|set|slated|scheduled|due|expected|to|premier\w*|return\w*|"
    r"arriv\w*|debut\w*|land\w*|drop\w*|launch\w*|air\w*|hit\w*|stream\w*|com(?:es|ing)|"
    r"opens|opening|starts|starting|begins|beginning|"
    # a date left after an aside: "launches X, its first Korean-language drama, on May 13"
    r"on(?=\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))|"
    r"released|releasing|delayed|pushed|moved|bow\w*|shot|filmed|wrapped|starring|featuring|"
    r"titled|called|named|dubbed|subtitled)\b",
    re.IGNORECASE,
)
_APPOSITIVE = re.compile(r"^(?:the|a|an|its|their)\s", re.IGNORECASE)
# a comma, but not the ones inside a date ("Monday, Jan. 12", "March 14, 2026")
_SEGMENT_BREAK = re.compile(r"(?<!day),\s+(?!(?:19|20)\d\d\b)")


# "collecting her scores from the first two seasons": a participle phrase, not the subject
# (and the irregular ones: "sung by the indie duo Maru", "written by", "drawn by")
_PARTICIPLE_START = re.compile(
    r"^(?:[a-z]+ing|[a-z]+(?:ed|en|wn|ung|ade|ilt|ought)\s+by|held|shown|seen|given|taken|"
    r"staged|hosted)\b"
)


def scope(clause: str, position: int) -> str:
    """The words that govern `position` in a clause: its comma segment, plus the segment that
    holds its subject when it has none of its own. "The season, which finished filming in May,
    premieres in October": October is governed by "The season ... premieres in October", May
    by "The season ... which finished filming in May"."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SEGMENT_BREAK.finditer(clause):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(clause)))
    index = next((i for i, (a, b) in enumerate(spans) if a <= position < b), len(spans) - 1)
    parts = [clause[slice(*spans[index])]]
    if RELATIVE_START.match(parts[0]) and index > 0:
        parts.insert(0, clause[slice(*spans[index - 1])])
    elif PREDICATE_START.match(parts[0]):
        for earlier in range(index - 1, -1, -1):
            text = clause[slice(*spans[earlier])]
            if not (
                RELATIVE_START.match(text)
                or PREDICATE_START.match(text)
                or _PARTICIPLE_START.match(text)
            ):
                if earlier > 0 and _APPOSITIVE.match(text):
                    # "Undersong, the musical ghost story that ..., will be back": the
                    # subject is the name before the description
                    # (after "that" in "ITV confirmed that series two of X, the ... drama,")
                    subject = clause[slice(*spans[earlier - 1])].rsplit(" that ", 1)[-1]
                    if len(subject.split()) <= 6:
                        text = subject
                elif earlier == 1 and (
                    _APPOSITIVE.match(clause[slice(*spans[0])])
                    or re.search(r"\s(?-i:[a-z])[\w-]*$", clause[slice(*spans[0])])
                ):
                    # "A behind-the-scenes documentary, Making Ferrowind, premieres ...", "X
                    # star Nia Okafor's new film, Quiet Water, opens": the description before
                    # the name says what it is
                    text = clause[slice(*spans[0])] + " … " + text
                parts.insert(0, text)
                break
    return " … ".join(parts)
