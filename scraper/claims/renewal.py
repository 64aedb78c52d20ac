"""Annotated sentence -> renewal claims (renewed, cancelled, ending) with their certainty.

A cancellation is about the show as a whole, so its season is None even when the article
says how many seasons there were ("cancelled after two seasons").
"""

from __future__ import annotations

import re
from dataclasses import replace

from scraper.claims.certainty import certainty, is_hedged, is_reported, is_supposition
from scraper.claims.context import CAPITALISED_RUN, Sentence
from scraper.claims.text import scope, words
from scraper.claims.titles import PLATFORMS
from scraper.models import Certainty, Claim

_NEXT = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|further|fresh|another"
_RENEW = re.compile(
    r"\b(?:renew(?:s|ed|al|ing)?|recommission(?:s|ed|ing)?|re-?ups?|green-?lit|green-?lights?|"
    r"green-?lighted|"
    r"given\s+the\s+green\s+light|pick(?:s|ed)?\s+up\s+for\s+(?:a\s+|another\s+)?(?:\w+\s+)?season|"
    r"pick(?:s|ed)?\s+up\s+(?:a|another)\s+(?:\w+\s+)?season|"
    r"commission(?:s|ed)?\s+(?:a\s+|another\s+|the\s+)?(?:new\s+|\w+\s+)?(?:season|series)|"
    r"order(?:s|ed)?\s+(?:a\s+|another\s+)?(?:new\s+|\w+\s+)?season|"
    # British "series": only with an ordinal, since "ordered a limited series" is a new show
    rf"(?:order(?:s|ed)?|pick(?:s|ed)?\s+up)\s+(?:a|another|the)\s+(?:{_NEXT})\s+series|"
    r"(?:get|gets|got|getting|land|lands|landed|score|scores|scored)\s+(?:a|another)\s+"
    r"(?:new\s+|\w+\s+)?season|"
    # "the network gave it another full season order"
    r"(?:gave|give|gives|given|handed)\s+(?:it|the\s+\w+|them)\s+(?:a|another)\s+(?:\w+[\s-]+){0,2}?"
    r"(?:season|series)\s+order)\b"
    r"(?!\s+(?:interest|hope|focus|attention|calls?|push|efforts?|vigou?r|energy|scrutiny|"
    r"debate|where|the\s+pace|steam|(?:\w+\s+){0,2}(?:deal|contract|pact|partnership|"
    r"agreement|lease|licen[cs]e|vows|passport|subscription|membership)s?\b))",
    re.IGNORECASE,
)
_CONFIRM = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|announc(?:e[sd]?|ing)|officially\s+(?:gets|got))\b", re.I
)
_CONFIRMED_AFTER = re.compile(
    r"\s*(?:(?:of|for)\s+[^,.;]{1,60}?\s+)?"
    r"(?:(?:has|have)(?:\s+not|n['’]t)?\s+(?:(?:yet|already|now|finally|quietly|officially)\s+)*"
    r"been|is|was|are)\s+"
    r"(?:(?:now|first|already|finally|quietly)\s+)*"
    r"(?:officially\s+)?(?:confirmed|announced|happening|on\s+the\s+way|in\s+the\s+works|a\s+go|"
    r"ordered|greenlit|coming|commissioned|recommissioned|renewed|in\s+production|"
    # "a fourth season is likely": a renewal guessed at
    r"(?:very\s+|highly\s+)?likely(?!\s+to\b)|probable|on\s+the\s+cards|a\s+(?:safe\s+)?bet|"
    r"inevitable|(?:all\s+but|almost)\s+certain)\b"
    # "a fourth season ordered by HBO in March"
    r"|,?\s+(?:ordered|renewed|greenlit|commissioned|picked\s+up)\s+by\b",
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
    r"(?:(?:a|another|its|the)\s+(?:\w+\s+)?(?:season|series|installment)|"
    r"(?:season|series)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing|lation)|axe[sd]|axing|scrap(?:s|ped|ping)|"
    r"pull(?:s|ed)?\s+the\s+plug|came\s+to\s+an\s+end|ended\s+after|"
    r"(?:is|are|was)\s+(?:done|over|finished)\s+after)\b",
    re.IGNORECASE,
)
_WONT_RETURN = re.compile(
    r"\b(?:won['’]t|will\s+not|is\s+not|isn['’]t|not)\s+(?:be\s+)?(?:back|return(?:ing)?|"
    r"coming\s+back|get(?:ting)?\s+(?:a|another)\s+(?:\w+\s+)?season)\b",
    re.IGNORECASE,
)
_ENDING = re.compile(
    r"\b(?:final\s+(?:season|series|chapter|installment)|"
    r"(?:will\s+be|would\s+be|is)\s+(?:its|the\s+show['’]s|the\s+series['’]?|their|the)\s+"
    r"(?:last|final)(?:\s+(?:one|season|series|chapter))?(?!\s+(?:to|of|time|episode|word)\b)\b|"
    r"(?:will\s+)?(?:end|ends|ending|conclude|concludes|concluding|wrap(?:s|ping)?(?:\s+up)?)\s+"
    r"with\s+(?:its\s+|the\s+|their\s+)?(?:(?!next\b|new\b)\w+\s+){0,2}(?:season|series)\b)",
    re.IGNORECASE,
)
# The makers decline to continue: "will not move forward with a third season of X".
_NO_MORE = re.compile(
    r"\b(?:will\s+not|won['’]t|not|decided\s+against|declined\s+to)\s+"
    r"(?:(?:be\s+)?(?:move|moving|go|going)\s+forward\s+with|order(?:ing)?|pursue|pursuing|make|making)"
    r"\s+(?:a|another)\s+(?:new\s+|\w+\s+)?season"
    r"|\bpass(?:es|ed)?\s+on\s+(?:a|another)\s+(?:\w+\s+)?season",
    re.IGNORECASE,
)
# A time right after "won't be back": the return is later, not off ("this year", "in 2025")
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:this|next|until|till|before|in|any\s*time)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)\w*|(?:19|20)\d\d|soon)",
    re.IGNORECASE,
)
# "the comedy Small Mercies": the show word names the title that follows it
_NAMED_AFTER = re.compile(r",?\s+[A-Z][\w’'&!-]*")
_DATED = re.compile(
    r"\b(?:on|this|next)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\b|\bover\s+the\s+holidays\b"
    r"|\b\d{1,2}/\d{1,2}\b"
    r"|(?i:\bin\s+(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\b"
    r"|\b(?:today|tonight|tomorrow)\b|\b(?:this|next)\s+week\b)"
)
# After a return: "back for its second season sometime between May and July", "in 2026",
# "this fall" (before it, "confirmed in June that it will return" dates the news)
_DATED_AFTER = re.compile(
    r"\b(?:in|between|by|until|around|early|late|mid-?)\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|20\d\d)\b"
    r"|(?i:\b(?:this|next|in\s+the)\s+(?:spring|summer|fall|autumn|winter|month|year)\b"
    r"|\blater\s+this\s+year\b)"
)
_MORE_SEASONS = re.compile(
    r"\b(?:two|three|four|\d)\s+(?:more|further|additional)\s+seasons\b", re.I
)
_NOT_THAT = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not\s+through|avoid(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}$", re.I
)
# "its renewal usually comes in late summer": a habit, not a statement about this show
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|often|tends?\s+to)\b", re.I)
_RENEWAL_NOUN = re.compile(r"^renewals?$", re.IGNORECASE)
_NOUN_CUE = re.compile(
    r"\b(?:announc\w*|confirm\w*|revealed|official(?:ly)?|land(?:s|ed)?|scor(?:e|es|ed)|"
    r"earn(?:s|ed)?|got|gets|secur(?:e|es|ed)|receiv(?:e|es|ed)|news|celebrat\w*|"
    r"hand(?:s|ed)|gave|give[sn]?|grant(?:s|ed)?|award(?:s|ed)?|"
    r"(?:is|seems|looks)\s+(?:likely|expected|possible|probable|imminent|on\s+the\s+way))\b",
    re.IGNORECASE,
)
_FATE = re.compile(
    r"\b(?:decide[sd]?|determine[sd]?|settle[sd]?)\s+(?:on\s+)?(?:the\s+)?fate\b"
    r"|\bfate\s+(?:is|remains)\s+(?:unknown|unclear|undecided|up\s+in\s+the\s+air)"
    # "no decision yet on a third season", "has not decided whether", "has not said whether
    # the show will continue beyond this season"
    r"|\bno\s+decision\s+(?:has\s+been\s+(?:made|taken)\s+)?(?:yet\s+)?(?:on|about|over)\b"
    r"|\b(?:(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?decided|yet\s+to\s+decide)\s+(?:whether|if|on)\b"
    r"(?=[^.;]{0,60}?\b(?:continue|return|come\s+back|be\s+back|renew\w*|cancel\w*|season|series|"
    r"future)\b)"
    r"|\b(?:(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?said|(?:won['’]t|will\s+not|would\s+not)\s+say)\s+"
    r"(?:whether|if)\b[^.;]{0,60}?\b(?:continue|return|come\s+back|be\s+back|renew\w*|get\s+an?\s+\w+\s+season|"
    # "has not said whether it intends to keep 'Paper Kingdoms' going beyond season 2"
    r"keep\b[^.;]{1,40}?\bgoing)\b",
    re.IGNORECASE,
)
_BEYOND_THIS = re.compile(r"\bbeyond\s+(?:this|the\s+current|its\s+current)\s+season\b", re.I)
_BLOCKERS = re.compile(
    r"\b(?:panels?|events?|screenings?|premiere\s+(?:event|party)|filming|(?<!in\s)production(?!\s+(?:company|companies|house|studio|banner|outfit|partner))|shoots?|"
    r"tours?|concerts?|festivals?|conventions?|comic-?con|plans|"
    r"renew\w*\s+(?:your|their|the|an?|its|my|our)\s+(?:\w+\s+)?(?:subscriptions?|accounts?|memberships?)|"
    r"movie|film|interviews?|podcasts?|meetings?|fan\s*meet\w*|culture|contracts?|lease|"
    r"deals?\s+with)\b",
    re.IGNORECASE,
)
_PERSON_SUBJECT = re.compile(
    r"\b(?:(?i:they|he|she|cast|stars?|actors?|actress(?:es)?|characters?|fans|directors?|writers?|"
    r"showrunners?|creators?|producers?|composers?|hosts?|judges?|cinematographers?|"
    r"fan\s+favou?rites?|regulars?|leads?)|"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+)\b[^.]{0,30}$"
)
_SHOW_WORD = re.compile(
    r"\b(?:(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}(?:\w+-)?(?:show|series|drama|sitcom|comedy|anime|"
    r"thriller|docuseries|programme|program|adaptation|k-?drama|competition|contest|fantasy|"
    r"epic|saga|mystery|procedural|romance|western)|it)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|gets?|got|getting)\s+(?:\w+\s+)?$", re.I)
_ADJECTIVAL = re.compile(r"\b(?:the|a|an|its|newly|recently|freshly|just)\s+$", re.I)


# "announced for spring 2025" is the date it was meant for ("confirmed in November" is when)
_FOR_A_DATE = re.compile(
    r"\s+for\s+(?:(?:early|late|mid|the)[\s-]+)?(?:spring|summer|fall|autumn|winter|"
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this)",
    re.IGNORECASE,
)
_TOLD = re.compile(
    r"\b(?:confirmed|announced|said|revealed|told|reported|that|renewed|ordered)\b", re.I
)


def _dated_return(clause: str, match: re.Match[str], listing: bool) -> bool:
    """Whether "returns for its second season" is dated (a release, not a renewal): by a
    date after it, by the listing it sits under, or by a date before it that is not the day
    the news was told ("confirmed on Tuesday that it will return for a second season")."""
    if listing or _DATED.search(clause, match.end()) or _DATED_AFTER.search(clause, match.end()):
        return True
    return any(
        not _TOLD.search(clause[max(0, found.start() - 25) : found.start()])
        and not _TOLD.search(clause[found.end() : match.start()])
        for found in _DATED.finditer(clause, 0, match.start())
    )


_UNLESS_RENEWED = re.compile(
    r"\b(?:(?:would|will|could)\s+(?:require|need)|even\s+if|only\s+if|unless|if\s+and\s+when)\b"
    r"[^.;:]{0,40}?\b(?:greenlit|green-?lights?|renew(?:s|ed)?|picks?\s+(?:it\s+)?up|orders?)\b",
    re.IGNORECASE,
)


def read(sentence: Sentence) -> list[Claim]:
    """The renewal claims of one sentence. A renewal not made yet ("has not yet renewed", "no
    decision on season 3") is `denied`: as things stand the show is not renewed (the spec's
    `unannounced` is for a release date not set)."""
    return [
        replace(c, certainty="denied") if c.certainty == "unannounced" else c
        for c in _read(sentence)
    ]


def _read(sentence: Sentence) -> list[Claim]:
    claims: list[Claim] = []
    text = sentence.text
    if is_supposition(text):
        return []
    text_masked = _UNLESS_RENEWED.sub(lambda m: " " * len(m.group(0)), text)
    if text_masked != text:
        # "would require the drama to be greenlit", "even if Netflix greenlights it": a
        # renewal supposed, not told
        sentence = replace(sentence, text=text_masked)
        text = text_masked
    for lo, hi in sentence.clauses:
        clause = text[lo:hi]
        if _BLOCKERS.search(clause) and not _HABITUAL.search(clause):
            claims.extend(_unblocked(sentence, lo, hi))
            continue
        if _HABITUAL.search(clause):
            continue
        for match in _RENEW.finditer(clause):
            if _RENEWAL_NOUN.match(match.group(0)) and not _noun_is_claim(sentence, lo, hi, match):
                continue
            if _lone_subject(sentence, lo, lo + match.start()):
                continue  # "10:05 AM - Nettlefield has been renewed ...": another title
            level = _level(clause, text, match)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, True))
        for match in _CONFIRM.finditer(clause):
            claims.extend(_confirmed_season(sentence, lo, hi, lo + match.end()))
        # "returns for its second series on Friday 18 September", "season 4 is coming over
        # the holidays": a release being dated, not a renewal being told
        listing = sentence.heading_above
        dated = bool(_DATED.search(clause) or (listing and _DATED.search(listing.text)))
        for mention in sentence.seasons:
            if (
                lo <= mention.start < hi
                and mention.number is not None
                and (found := _CONFIRMED_AFTER.match(text, mention.end, hi))
                and not (
                    (dated or _DATED_AFTER.search(clause, found.end() - lo))
                    and found.group(0).rstrip().lower().endswith("coming")
                )
                # "Season 2 was first announced for spring 2025": a date, not a renewal
                and not _FOR_A_DATE.match(text, found.end())
            ):
                level = certainty(clause, text)
                claims.append(
                    _one(sentence, mention.start, lo, hi, "renewed", level, mention.number)
                )
        for match in _RETURN_FOR.finditer(clause):
            if (
                _dated_return(clause, match, bool(listing and _DATED.search(listing.text)))
                or _PERSON_SUBJECT.search(_masked(sentence, lo, lo + match.start()))
                or _lone_subject(sentence, lo, lo + match.start())
            ):
                continue
            level = certainty(clause, text)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, True))
        for match in _WONT_RETURN.finditer(clause):
            if (
                _PERSON_SUBJECT.search(_masked(sentence, lo, lo + match.start()))
                or _lone_subject(sentence, lo, lo + match.start())
                or "until" in clause.lower()
                or _WHEN_AFTER.match(clause, match.end())
            ):
                continue  # a person's exit, or a delay ("won't be back this year")
            if not _subject_is_show(sentence, lo, lo + match.start()):
                continue
            claims.extend(
                _claims(
                    sentence, lo, hi, lo + match.start(), "cancelled", _decided(clause, text), False
                )
            )
        for match in _NO_MORE.finditer(clause):
            claims.extend(
                _claims(
                    sentence, lo, hi, lo + match.start(), "cancelled", _decided(clause, text), False
                )
            )
        for match in _CANCEL.finditer(clause):
            if _NOT_THAT.search(clause, 0, match.start()):
                continue  # "ending on its own terms rather than through cancellation"
            if _THE_CANCELLATION.match(clause[: match.end()]) and not re.match(
                r"\s+(?:of|for)\b", clause[match.end() :]
            ):
                continue  # "The cancellation leaves Tidewater as ...": the one told before
            level = certainty(clause, text)
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "cancelled", level, False))
        for match in _FATE.finditer(clause):
            fate = "fate" in match.group(0).lower()
            if fate and not any(lo <= m.start < hi for m in sentence.shows):
                continue
            # "has yet to decide the fate of X": whether X continues is not known (and "no
            # decision yet on a third season" says which season)
            numbered = not fate and any(
                lo + match.start() <= m.start < hi and m.number for m in sentence.seasons
            )
            # (the season is named after what is undecided: "whether it intends to keep X
            # going beyond season 2")
            at = lo + (max(match.start(), match.end() - 20) if numbered else match.start())
            at = next((m.end for m in sentence.shows if m.start < at < m.end), at)
            undecided = _claims(sentence, lo, hi, at, "renewed", "unannounced", numbered)
            if _BEYOND_THIS.search(clause):
                # "whether it will continue beyond this season": the one after the season in view
                undecided = [
                    replace(c, season=season + 1)
                    if (season := sentence.focus.get(c.show)) is not None
                    else c
                    for c in undecided
                ]
            claims.extend(undecided)
        for match in _ENDING.finditer(clause):
            level = certainty(clause, text)
            if level == "unannounced":
                continue  # "has not said whether the third season will be the last"
            claims.extend(_claims(sentence, lo, hi, lo + match.start(), "ending", level, True))
    return claims


def _decided(clause: str, sentence: str) -> Certainty:
    """How firmly a decision not to continue is stated: "will not move forward with a third
    season" is the makers' word (a cancellation), unless hedged or only reported."""
    if is_hedged(clause):
        return "speculated"
    return "reported" if is_reported(sentence) else "confirmed"


def _unblocked(sentence: Sentence, lo: int, hi: int) -> list[Claim]:
    """A clause that mentions an event or filming may still state a renewal in a part the
    event does not govern: "X will return for a second season, the studio said at a panel"."""
    clause = sentence.text[lo:hi]
    found: list[Claim] = []
    for match in _RENEW.finditer(clause):
        if _RENEWAL_NOUN.match(match.group(0)) or _BLOCKERS.search(scope(clause, match.start())):
            continue
        found.extend(
            _claims(
                sentence,
                lo,
                hi,
                lo + match.start(),
                "renewed",
                _level(clause, sentence.text, match),
                True,
            )
        )
    for match in _RETURN_FOR.finditer(clause):
        if _BLOCKERS.search(scope(clause, match.start())) or _PERSON_SUBJECT.search(
            _masked(sentence, lo, lo + match.start())
        ):
            continue
        level = certainty(clause, sentence.text)
        found.extend(_claims(sentence, lo, hi, lo + match.start(), "renewed", level, True))
    return found


# One capitalised word as the clause's subject, not a watched show: a person ("Threlfall will
# not return") or another title ("Nettlefield has been renewed")
_LONE_SUBJECT = re.compile(
    r"(?:^|[:–—-]\s+)(?P<word>[A-Z][a-z][\w’'-]*)(?:,\s*\d{1,3},)?\s+"
    r"(?:(?:has|have|had|is|was|will|would|won['’]t|does|doesn['’]t|did|didn['’]t|also|been|not|"
    r"now|officially|just)\s+){1,4}$"
)
_NOT_A_SUBJECT = words(
    "the it this that these those a an and but so yes no now meanwhile also season series fans"
    " viewers critics producers sources insiders nobody everyone he she they we i you there"
    " which what who netflix"
)


def _lone_subject(sentence: Sentence, lo: int, position: int) -> bool:
    found = _LONE_SUBJECT.search(_masked(sentence, lo, position))
    if found is None:
        return False
    word = found.group("word").lower()
    return word not in _NOT_A_SUBJECT and word not in PLATFORMS


def _masked(sentence: Sentence, lo: int, hi: int) -> str:
    """sentence.text[lo:hi] with show titles blanked, so "Quiet Hours" is not taken for a
    person, and a relative clause about the subject left out ("Director Hwang Dong-min, who
    also co-wrote the series, returns": the director returns)."""
    text = sentence.text
    for mention in sentence.shows:
        text = text[: mention.start] + "#" * (mention.end - mention.start) + text[mention.end :]
    return _ASIDE.sub("", text[lo:hi])


_ASIDE = re.compile(r",\s+(?:who|whose)\s+[^,]{3,80},")


def _noun_is_claim(sentence: Sentence, lo: int, hi: int, match: re.Match[str]) -> bool:
    """The noun "renewal" states one only when announced or had ("confirmed the renewal",
    "landed a renewal", "season 3 renewal"), not in "its renewal usually comes in August"."""
    clause = sentence.text[lo:hi]
    if _NOUN_CUE.search(clause):
        return True
    return any(
        m.end <= lo + match.start() and lo + match.start() - m.end <= 3 for m in sentence.seasons
    )


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
    if re.search(
        r"\b(?:to|will|set\s+to)\s+(?:premiere|debut|launch|arrive|return|air|drop)\b",
        text[position:hi].split(",")[0],
        re.I,
    ):
        return []  # "announces season two of X to premiere next month": a date is announced
    for mention in sentence.seasons:
        if not (position <= mention.start < min(hi, position + 70)) or mention.number is None:
            continue
        between = text[position : mention.start]
        if re.search(
            r"[.;:,]|\b(?:when|that|date|release|premiere|cast|trailer|regulars?|stars?|actors?|"
            r"characters?|newcomers?|faces|lineup|details|plans?|title|poster|images?|box|"
            r"blu-?ray|dvd|vinyl|soundtrack|album|book|game|film|movie|collection|edition)\b",
            between,
            re.I,
        ):
            # "announces new series regulars for season two", "announced a Blu-ray box of
            # the first season": not the season
            return []
        if mention.number == 1:
            return []  # a first season is made, not renewed
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
    if sentence.heading:
        # a headline's list ("Velvet Hours cancelled, Ironbridge returns next month"): the
        # item the word sits in
        start = sentence.text.rfind(",", lo, position) + 1
        end = sentence.text.find(",", position, hi)
        item = [m for m in in_clause if start <= m.start < (end if end >= 0 else hi)]
        if not item and in_clause:
            return []  # the item names another title
        in_clause = item
    passive = bool(_PASSIVE.search(sentence.text[lo:position]))
    after = [m for m in in_clause if m.start >= position]
    before = [m for m in in_clause if m.end <= position]
    targets = (before if passive and before else after or before) if in_clause else []
    shows = list(dict.fromkeys(m.show for m in targets))
    if not shows:
        default = sentence.show_at(position, lo, hi)
        shows = [default] if default and _about_default(sentence, lo, hi) else []
    claims = []
    for show in shows:
        seasons = _seasons(sentence, show, lo, hi, position) if with_season else [None]
        for season in seasons:
            claims.append(Claim(show, season, "renewal", value, level, sentence.evidence))
    return claims


_OTHER_TITLE = re.compile(
    r"(?<![\w’'])(?!(?:Season|Series|The\s+(?:Show|Series))\b)" + CAPITALISED_RUN
)


# "The cancellation leaves Tidewater as the only rural drama": the cancellation told before,
# not the title the sentence goes on to name
_THE_CANCELLATION = re.compile(r"^\s*(?:the|this|that)\s+(?:[\w-]+\s+)?cancell?ation$", re.I)
# "Netflix confirmed the cancellation": the one the section is about
_ITS_FATE = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?:\w+\s+)?(?:cancell?ation|renewal|axing|pickup|order)\b", re.I
)


def _about_default(sentence: Sentence, lo: int, hi: int) -> bool:
    """A clause that names no show speaks of the article's show through "it", "the series",
    or a season; a clause that names another title instead is about that one."""
    clause = _masked(sentence, lo, hi)
    if sentence.heading:
        return True  # a heading only lends its show to a clause when it names it
    word = _SHOW_WORD.search(clause)
    if word and not _NAMED_AFTER.match(clause, word.end()):
        return True  # "the jazz-age drama", not "the comedy Small Mercies"
    if _ITS_FATE.search(clause):
        return True
    for run in _OTHER_TITLE.finditer(clause):
        words = run.group(0).split()
        if words[0].lower() == "the":
            words = words[1:]  # "The BBC commissioned a second series"
        if words[0].lower().rstrip("'’s") not in PLATFORMS:
            return False
    if any(lo <= m.start < hi for m in sentence.seasons):
        return True
    # "no premiere date for X season 2, because Hulu has not greenlit one": the reason given
    # is about what the sentence named
    return bool(sentence.shows) and bool(
        re.search(r"\b(?:because|since|as)\s*$", sentence.text[:lo], re.IGNORECASE)
    )


# words that start another statement between a renewal and a season named after it
_NEW_PREDICATE = re.compile(r"\b(?:that|which|who|alongside|while|whereas|after|since)\b", re.I)


def _seasons(sentence: Sentence, show: str, lo: int, hi: int, position: int) -> list[int | None]:
    """The seasons a renewal names: right after the verb ("for a third season", "for seasons 4
    and 5"), or just before it ("season 3 renewal"); an unnamed one is left open, not guessed."""
    after = [
        m
        for m in sentence.seasons
        if m.start <= position < m.end
        or (
            position <= m.start < min(hi, position + 60)
            # "announced the renewal alongside figures that put the second season among ..."
            and not _NEW_PREDICATE.search(sentence.text, position, m.start)
        )
    ]
    before = [
        m
        for m in sentence.seasons
        if lo <= m.start and m.end <= position and position - m.end <= 40
    ]
    chosen = after[:1] or before[-1:]
    if not chosen:
        # "HBO renewed the series in December", in a piece about its second season: the
        # renewal is for the season the article is about (a first season is never renewed)
        context = sentence.context_season(show)
        if sentence.heading or _MORE_SEASONS.search(sentence.text[lo:hi]):
            # a headline's "X Renewed" is told again, with its season, in the body; "renewed
            # for two more seasons" does not say which
            return [None]
        if show in sentence.unordered:
            # "Orbit Street has not been renewed", where the piece says "if Peacock greenlights
            # it, a third season could land in 2027": the season not yet ordered
            return [sentence.unordered[show]]
        return [context if context is not None and context > 1 else None]
    if chosen[0].relative:
        return [sentence.context_season(show)]
    # "seasons 4 and 5" is one mention holding two numbers
    same = [m.number for m in sentence.seasons if m.start == chosen[0].start]
    return list(dict.fromkeys(same))
