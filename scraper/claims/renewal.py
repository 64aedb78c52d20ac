"""Annotated sentence -> renewal claims (renewed, cancelled, ending) with their certainty.

A cancellation is about the show as a whole, so its season is None even when the article
says how many seasons there were ("cancelled after two seasons").
"""

from __future__ import annotations

import re

from scraper.claims.certainty import certainty, is_hedged, is_reported
from scraper.claims.context import Sentence
from scraper.models import Certainty, Claim

_RENEW = re.compile(
    r"\b(?:renew(?:s|ed|al|ing)?|re-?ups?|green-?lit|green-?lights?|green-?lighted|"
    r"given\s+the\s+green\s+light|pick(?:s|ed)?\s+up\s+for\s+(?:a\s+|another\s+)?(?:\w+\s+)?season|"
    r"order(?:s|ed)?\s+(?:a\s+|another\s+)?(?:new\s+|\w+\s+)?season)\b"
    r"(?!\s+(?:interest|hope|focus|attention|calls?|push|efforts?|vigou?r|energy|scrutiny|"
    r"debate|where|the\s+pace|steam))",
    re.IGNORECASE,
)
_CONFIRM = re.compile(r"\b(?:confirm(?:s|ed)?|announce[sd]?|officially\s+(?:gets|got))\b", re.I)
_CONFIRMED_AFTER = re.compile(
    r"\s*(?:(?:of|for)\s+[^,.;]{1,60}?\s+)?(?:(?:has|have)\s+been|is|was|are)\s+(?:now\s+)?"
    r"(?:officially\s+)?(?:confirmed|announced|happening|on\s+the\s+way|in\s+the\s+works|a\s+go|"
    r"ordered|greenlit|coming)\b",
    re.IGNORECASE,
)
# What a confirmed season may be followed by when the season itself is what is confirmed.
_NOT_RENEWAL_NEXT = re.compile(
    r"\s*(?:['’]s\s+)?(?:release|premiere|premieres|date|dates|cast|casting|trailer|teaser|"
    r"poster|filming|production|plot|title|episodes?|will|would|details|story|news|footage|"
    r"images|photos|arrives|returns|drops|debuts|lands|starts?|finale|spoilers?)\b",
    re.IGNORECASE,
)
_RETURN_FOR = re.compile(
    r"\b(?:return(?:s|ing)?|come\s+back|coming\s+back|be\s+back|is\s+back)\s+for\s+"
    r"(?:a|another|its|the)\s+(?:\w+\s+)?(?:season|series|installment)",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing|lation)|axe[sd]|axing|scrap(?:s|ped|ping)|"
    r"pull(?:s|ed)?\s+the\s+plug|came\s+to\s+an\s+end|ended\s+after)\b",
    re.IGNORECASE,
)
_WONT_RETURN = re.compile(
    r"\b(?:won['’]t|will\s+not|is\s+not|isn['’]t|not)\s+(?:be\s+)?(?:back|return(?:ing)?|"
    r"coming\s+back|get(?:ting)?\s+(?:a|another)\s+(?:\w+\s+)?season)\b",
    re.IGNORECASE,
)
_ENDING = re.compile(
    r"\b(?:final\s+(?:season|series|chapter|installment)|"
    r"(?:will\s+be|is)\s+(?:its|the\s+show['’]s|the\s+series['’]?|their)\s+(?:last|final)\b|"
    r"(?:will\s+)?(?:end|conclude|wrap(?:\s+up)?)\s+with\s+(?:its\s+|the\s+)?(?:\w+\s+)?season)",
    re.IGNORECASE,
)
_FATE = re.compile(
    r"\b(?:decide[sd]?|determine[sd]?|settle[sd]?)\s+(?:on\s+)?(?:the\s+)?fate\b"
    r"|\bfate\s+(?:is|remains)\s+(?:unknown|unclear|undecided|up\s+in\s+the\s+air)",
    re.IGNORECASE,
)
_BLOCKERS = re.compile(
    r"\b(?:panels?|events?|screenings?|premiere\s+(?:event|party)|filming|production|shoots?|"
    r"tours?|concerts?|festivals?|conventions?|comic-?con|plans|subscriptions?|accounts?|"
    r"movie|film|interviews?|podcasts?|meetings?|fan\s*meet\w*|culture|contracts?|lease|"
    r"deals?\s+with)\b",
    re.IGNORECASE,
)
_PERSON_SUBJECT = re.compile(
    r"\b(?:they|he|she|cast|stars?|actors?|actress(?:es)?|characters?|fans|[A-Z][a-z]+\s+[A-Z][a-z]+)\b[^.]{0,30}$"
)
_SHOW_WORD = re.compile(r"\b(?:the\s+(?:show|series|drama|sitcom|comedy|anime)|it)\b", re.I)
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|gets?|got|getting)\s+(?:\w+\s+)?$", re.I)
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|its|newly|recently|freshly|just)\s+$", re.I)


def read(sentence: Sentence) -> list[Claim]:
    """The renewal claims of one sentence."""
    claims: list[Claim] = []
    text = sentence.text
    for lo, hi in sentence.clauses:
        clause = text[lo:hi]
        if _BLOCKERS.search(clause):
            continue
        for match in _RENEW.finditer(clause):
            level = _level(clause, text, match)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, True))
        for match in _CONFIRM.finditer(clause):
            claims.extend(_confirmed_season(sentence, lo, hi, lo + match.end()))
        for mention in sentence.seasons:
            if (
                lo <= mention.start < hi
                and mention.number is not None
                and _CONFIRMED_AFTER.match(text, mention.end, hi)
            ):
                level = certainty(clause, text)
                claims.append(
                    _one(sentence, mention.start, lo, hi, "renewed", level, mention.number)
                )
        for match in _RETURN_FOR.finditer(clause):
            if _PERSON_SUBJECT.search(clause[: match.start()]):
                continue
            level = certainty(clause, text)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, True))
        for match in _WONT_RETURN.finditer(clause):
            if _PERSON_SUBJECT.search(clause[: match.start()]) or "until" in clause.lower():
                continue
            if not _subject_is_show(sentence, lo, lo + match.start()):
                continue
            level = "speculated" if is_hedged(clause) else "denied"
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, False))
        for match in _CANCEL.finditer(clause):
            level = certainty(clause, text)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "cancelled", level, False))
        for match in _FATE.finditer(clause):
            if not any(lo <= m.start < hi for m in sentence.shows):
                continue
            # "has yet to decide the fate of X": whether X continues is not known
            claims.extend(
                _claims(sentence, lo, hi, lo + match.start(), "renewed", "unannounced", False)
            )
        for match in _ENDING.finditer(clause):
            level = certainty(clause, text)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "ending", level, True))
    return claims


def _level(clause: str, sentence: str, match: re.Match[str]) -> Certainty:
    if _ADJECTIVAL.search(clause[: match.start()]) and match.group(0).lower().endswith("ed"):
        # "the renewed series": the renewal is presupposed, not what the clause is about
        if is_hedged(clause):
            return "speculated"
        return "reported" if is_reported(sentence) else "confirmed"
    return certainty(clause, sentence)


def _subject_is_show(sentence: Sentence, lo: int, position: int) -> bool:
    """A show (or "the show", "it") is what the few words before `position` are about."""
    window = sentence.text[max(lo, position - 40) : position]
    if _SHOW_WORD.search(window):
        return True
    return any(lo <= m.end <= position and position - m.end <= 25 for m in sentence.shows)


def _confirmed_season(sentence: Sentence, lo: int, hi: int, position: int) -> list[Claim]:
    """ "Netflix confirms X season 2", "announced a third season": the season is confirmed."""
    text = sentence.text
    if re.search(
        r"\b(?:dates?|release|premiere|cast|trailer|teaser|title)\b[^.;]{0,25}$",
        text[lo:position],
        re.I,
    ):
        return []  # "no release date has been announced for season 2": a date, not a season
    for mention in sentence.seasons:
        if not (position <= mention.start < min(hi, position + 70)) or mention.number is None:
            continue
        between = text[position : mention.start]
        if re.search(r"[.;:]|\b(?:when|that|date|release|premiere|cast|trailer)\b", between, re.I):
            return []
        if _NOT_RENEWAL_NEXT.match(text, mention.end, hi):
            return []
        level = certainty(text[lo:hi], text)
        return [_one(sentence, mention.start, lo, hi, "renewed", level, mention.number)]
    return []


def _one(
    sentence: Sentence, position: int, lo: int, hi: int, value: str, level: Certainty, season: int
) -> Claim:
    show = sentence.show_at(position, lo, hi) or ""
    return Claim(show, season, "renewal", value, level, sentence.evidence)


def _claims(
    sentence: Sentence,
    lo: int,
    hi: int,
    position: int,
    value: str,
    level: Certainty,
    with_season: bool,
) -> list[Claim]:
    """One claim per show the statement covers ("renewed A, B and C" names three)."""
    in_clause = [m for m in sentence.shows if lo <= m.start < hi]
    passive = bool(_PASSIVE.search(sentence.text[lo:position]))
    after = [m for m in in_clause if m.start >= position]
    before = [m for m in in_clause if m.end <= position]
    targets = (before if passive and before else after or before) if in_clause else []
    shows = list(dict.fromkeys(m.show for m in targets))
    if not shows:
        default = sentence.show_at(position, lo, hi)
        shows = [default] if default else []
    claims = []
    for show in shows:
        season = _season(sentence, show, lo, hi, position) if with_season else None
        claims.append(Claim(show, season, "renewal", value, level, sentence.evidence))
    return claims


def _season(sentence: Sentence, show: str, lo: int, hi: int, position: int) -> int | None:
    """The season a renewal names: right after the verb ("for a third season"), or just
    before it ("season 3 renewal"); an unnamed one is left open rather than guessed."""
    for mention in sentence.seasons:
        if mention.start <= position < mention.end or position <= mention.start < min(
            hi, position + 60
        ):
            return sentence.context_season(show) if mention.relative else mention.number
    for mention in reversed(sentence.seasons):
        if lo <= mention.start and mention.end <= position and position - mention.end <= 25:
            return sentence.context_season(show) if mention.relative else mention.number
    return None
