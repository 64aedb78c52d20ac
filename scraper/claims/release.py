"""Annotated sentence + publication date -> release_date claims (a date, or "not set yet")."""

from __future__ import annotations

import re
from datetime import date

from scraper.claims.certainty import certainty, is_unannounced
from scraper.claims.context import Sentence
from scraper.claims.dates import DateMatch, find_dates
from scraper.models import Claim

RELEASE_WORD = re.compile(
    r"\b(?:premier(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?|"
    r"return(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)|drop(?:s|ped|ping)?|launch(?:es|ed|ing)?|"
    r"air(?:s|ed|ing)|bow(?:s|ed)?|land(?:s|ed|ing)?\s+(?:on|in)|stream(?:s|ed|ing)?|"
    r"hit(?:s|ting)?\s+(?:(?:the\s+)?\w+\s+)?(?:netflix|screens?|streaming|tv|hulu|disney\+?|"
    r"prime|max|hbo|apple|peacock|paramount\+?)|"
    r"(?:be|is|are|comes?|coming|came)\s+(?:out|back)|coming|due|slated|scheduled|"
    r"available|go(?:es)?\s+live|kick(?:s|ed)?\s+off|delayed|pushed|postponed|moved|"
    r"slip(?:s|ped)?)\b",
    re.IGNORECASE,
)
_PAST_FORM = re.compile(
    r"^(?:premiered|released|debuted|returned|arrived|dropped|launched|aired|bowed|landed|"
    r"streamed|came\s|kicked)",
    re.IGNORECASE,
)
_FUTURE_AUX = re.compile(
    r"\b(?:will|to|['’]ll|would|could|should|may|might|must|can|is|are|be|gets?)\s+"
    r"(?:(?:also|then|now|officially|finally|soon|likely|reportedly|eventually|probably|be)\s+)?$",
    re.IGNORECASE,
)
_PAST_NOUN = re.compile(
    r"\b(?:premiere|release|debut|return|arrival|launch)\s+(?:date\s+)?(?:was|were|had\s+been)\b"
    r"(?!\s+(?:pushed|delayed|moved|postponed|changed|set|scheduled|slated|confirmed|announced|"
    r"revealed|bumped|shifted))",
    re.IGNORECASE,
)
# Things that are released, shot or shown on a date that is not the season's release date.
BLOCKERS = re.compile(
    r"\b(?:trailers?|teasers?|first[\s-]look|clips?|promos?|posters?|footage|photos?|images?|"
    r"stills|sneak\s+peeks?|featurettes?|film(?:ing|ed)|shoot(?:ing|s)?|(?:was|were|be|being)\s+shot|"
    r"production|cameras?|wrap(?:s|ped)?|principal\s+photography|table\s+reads?|read-?through|"
    r"scripts?|writers['’]?\s+room|festivals?|screenings?|screened|panels?|comic-?con|"
    r"conventions?|fan\s*meet(?:ing)?s?|events?|tudum|upfronts?|awards?|emmys?|golden\s+globes?|"
    r"oscars?|baftas?|nominations?|nominated|ceremony|interviews?|podcasts?|livestreams?|"
    r"press\s+(?:tour|conference)|casting|auditions?|finale|(?:second|third|fourth|fifth|final|"
    r"last|next|remaining|later)\s+(?:episode|installment)s?|episodes?\s+(?:[2-9]|1\d)\b|"
    r"weekly|part\s+(?:two|three|four|[2-9])|volume\s+(?:two|three|[2-9])|vol\.\s*[2-9]|"
    r"movie|film|album|soundtrack|(?:lead|debut|new)\s+single|books?|novels?|manga|webtoon|comics?|video\s*games?|"
    r"tour|concerts?|spin-?offs?|prequels?|sequels?|ratings|viewership|viewers|subscribers|"
    r"tickets?|pre-?sales?|dvd|blu-?ray|box\s+set|top\s+(?:10|ten)|charts?)\b",
    re.IGNORECASE,
)
# The date of saying, not of the release: "announced on June 5 that ...".
_SAID_ON = re.compile(
    r"\b(?:announced|announcement|revealed|said|told|posted|shared|tweeted|reported|teased|"
    r"unveiled|confirmed|wrote|noted|explained|added|spoke|interviewed|renewed|cancell?ed|"
    r"ordered|greenlit|picked\s+up|since|as\s+of|back)\s+(?:(?:on|in|at|during|earlier|"
    r"last|this|early|late|mid)\s+){0,2}$",
    re.IGNORECASE,
)
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|first|once)\s+(?:\w+\s+){0,3}$|\bfrom\s+$", re.I
)
_NEAR_VERB = re.compile(RELEASE_WORD.pattern + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_RELATIVE_DAY = re.compile(r"^(?:today|tonight|tomorrow|this|on|next)\b", re.IGNORECASE)
_WHEN_UNSET = re.compile(
    r"\b(?:release|premiere|launch|return|debut|air)\s+dates?\b|\bdates?\b|\bwhen\b[^.;]{0,60}"
    + RELEASE_WORD.pattern,
    re.IGNORECASE,
)


def read(sentence: Sentence, published: date | None) -> list[Claim]:
    """The release-date claims of one sentence, one per clause at most."""
    claims: list[Claim] = []
    text = sentence.text
    for lo, hi in sentence.clauses:
        clause = text[lo:hi]
        if BLOCKERS.search(clause):
            continue
        words = list(RELEASE_WORD.finditer(clause))
        unset = is_unannounced(clause) and bool(_WHEN_UNSET.search(clause))
        if not words and not unset:
            continue
        past = _is_past(clause, words)
        dates = _release_dates(clause, published, past)
        if not dates:
            if unset:
                claims.extend(_claim(sentence, lo, hi, lo, None, "unannounced"))
            continue
        if not words:
            continue
        for found in dates:
            position = lo + found.start
            show = sentence.show_at(position, lo, hi)
            season, named = sentence.season_at(show, position, lo, hi)
            if past and not named:
                # "the show came out in January": an earlier season, we cannot tell which
                continue
            level = certainty(clause, text)
            if level in ("unannounced",):
                level = "speculated"
            claims.extend(_claim(sentence, lo, hi, position, found.value, level))
    return claims


def _claim(
    sentence: Sentence, lo: int, hi: int, position: int, value: str | None, level: str
) -> list[Claim]:
    show = sentence.show_at(position, lo, hi)
    if show is None:
        return []
    season, _ = sentence.season_at(show, position, lo, hi)
    return [Claim(show, season, "release_date", value, level, sentence.evidence)]  # type: ignore[arg-type]


def _is_past(clause: str, words: list[re.Match[str]]) -> bool:
    """Whether the clause tells of a release that has happened ("came out in January")."""
    for word in words:
        if _PAST_FORM.match(word.group(0)) and not _FUTURE_AUX.search(clause[: word.start()]):
            return True
    return bool(_PAST_NOUN.search(clause))


def _release_dates(clause: str, published: date | None, past: bool) -> list[DateMatch]:
    dates = [
        found
        for found in find_dates(clause, published, past=past)
        if not _SAID_ON.search(clause[max(0, found.start - 40) : found.start])
    ]
    relative = [d for d in dates if _RELATIVE_DAY.match(clause[d.start : d.end])]
    for found in relative:
        # "today" and weekdays only count right after a release verb ("premieres tonight")
        if not _NEAR_VERB.search(clause[max(0, found.start - 60) : found.start]):
            dates.remove(found)
    if len({d.value for d in dates}) > 1:
        # "moved from March to June": the earlier plan is superseded
        dates = [
            d
            for d in dates
            if not _SUPERSEDED.search(clause[max(0, d.start - 40) : d.start])
            and not clause[d.start : d.end].lower().startswith("from ")
        ]
    return dates
