"""Annotated sentence + publication date -> release_date claims (a date, or "not set yet")."""

from __future__ import annotations

import re
from datetime import date

from scraper.claims.certainty import (
    certainty,
    is_hedged,
    is_negated,
    is_supposition,
    is_unannounced,
)
from scraper.claims.context import QUOTED_TITLE, Sentence, genre_named
from scraper.claims.dates import DateMatch, find_dates, is_day
from scraper.claims.text import PREDICATE_START, RELATIVE_START, scope
from scraper.claims.titles import WEEKDAYS, season_mentions
from scraper.models import Claim

RELEASE_WORD = re.compile(
    r"\b(?:premier(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?|"
    r"return(?:s|ed)?|returning(?!\s+(?:cast|stars?|players?|dramas?|series|shows?|favou?rites?|"
    r"titles?|slate|line-?up|characters?|members?|champions?|hits?|programm?es?|comed(?:y|ies)|"
    r"faces|judges?|hosts?|contestants?|crew|writers?|directors?|shows?)\b)|arriv(?:e|es|ed|ing|al)|drop(?:s|ped|ping)?|launch(?:es|ed|ing)?|"
    r"air(?:s|ed|ing)|bow(?:s|ed)?|(?<!\bthe\s)land(?:s|ed|ing)?(?=\s+(?:on|in|this|next|today|tomorrow|tonight|"
    r"sometime|some\s+time|between|around|before|by|early|late|mid|later|"
    r"\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\s*$)|"
    # ("the fastest pickup of any streaming comedy": an adjective, not the verb)
    r"stream(?:s|ed|ing(?!\s+(?:comedy|drama|series|show|shows|service|services|platform|"
    r"platforms|giant|hit|numbers|figures|chart|charts|original|originals|debut|era|wars|rights|"
    r"deal|home|partner)\b))?|"
    # "hits Netflix", not "the hit Netflix series"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bbig\s)(?<!\bsurprise\s)"
    r"hit(?:s|ting)?\s+(?:(?:the\s+)?\w+\s+)?(?:netflix|screens?|streaming|tv|hulu|disney\+?|"
    r"prime|max|hbo|apple|peacock|paramount\+?)|"
    r"(?:be|is|are|comes?|coming|came)\s+(?:out|back)|coming|due|slated|scheduled|"
    r"followed(?=\s+(?:on|in)\b)|show(?:s|ed)\s+up|"
    r"available|go(?:es)?\s+live|kick(?:s|ed)?\s+off|delay(?:s|ed)|push(?:es|ed)|postpone[sd]|"
    r"moved|mov(?:es|ing)\s+(?:up\s+|back\s+)?(?:to|into)|bump(?:s|ed)|shift(?:s|ed)|"
    r"reschedul(?:es|ed|ing)|slip(?:s|ped)?|set\s+for|(?:will|to|would|could|should|may|might|['’]ll)\s+(?:\w+\s+)?air|"
    r"(?:begin|begins|began|start|starts|started)(?=\s+(?:on|in|airing|streaming|this|next|"
    r"tonight|tomorrow|today|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*|(?-i:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)\w*|\d{1,2}\s+(?-i:[A-Z])[a-z]+)\b)|"
    # "began its Japanese broadcast on July 6", "begins its second series tonight"
    r"(?:begin|begins|began|start|starts|started)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:broadcast|run|simulcast|airing|streaming|season|series)\b(?!\s+(?:finale|of\s+filming))|"
    # "has been dated for March 27", "Netflix dates K-drama Cloud Stairs 2 for May 8",
    # "Release date: April 2", "Premieres: Sept. 10", "headed to November", "Stan confirms
    # Ridgeline season 2 for Boxing Day", "follows a week later with its third season"
    r"dated\s+(?:for|to)(?=\s+(?:(?-i:[A-Z])|\d|late|early|mid|next|this)\w*)|"
    r"dat(?:es|ed)(?=\s+(?:[\w'’&:-]+\s+){1,6}?for\s+(?:(?-i:[A-Z])|\d|late|early|mid|next|this))|"
    r"(?:release|premiere|return|launch|air)\s+date\s*[:—–]|premieres?\s*:|"
    r"head(?:s|ed|ing)\s+(?:to|for)(?=\s+(?:late|early|mid|spring|summer|fall|autumn|winter|next|"
    r"this|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|20\d\d))|"
    r"confirm(?:s|ed)\s+it\s+for(?=\s+(?:\d|late|early|mid|next|this|(?-i:[A-Z])))|"
    r"confirm(?:s|ed)(?=\s+(?:[\w'’&:-]+\s+){0,5}?(?:season|series|part)\s+\w+\s+for\s+"
    r"(?:(?-i:[A-Z])|\d|late|early|mid|spring|summer|fall|autumn|winter|next|this))|"
    r"follows?(?=\s+(?:[\w-]+\s+){0,3}?with\s+(?:its|their|a)\s)|"
    r"(?:can|will\s+be\s+able\s+to)\s+catch\b|"
    # "stays on its previously announced date of Thursday, Oct. 22", "Holds Oct. 22 Date"
    r"(?:stays?|remains?|keeps?)\s+(?:on\s+)?(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:date|slot)\b|"
    r"hold(?:s|ing)?(?=\s+(?:its\s+|the\s+)?(?:[\w.]+\s+){1,3}(?:date|slot|premiere)\b)|"
    # "a report says it is eyeing late October" (a window the service aims at)
    # "is targeting September for the return of", "Targets September Return"
    r"target(?:s|ing|ed)(?=\s+(?:an?\s+)?(?:late|early|mid|spring|summer|fall|autumn|winter|"
    r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|20\d\d))|"
    # ("eyeing a June launch" has its own word)
    r"eye(?:s|ing|d)(?=\s+(?:an?\s+)?(?:late|early|mid|spring|summer|fall|autumn|winter|"
    r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|20\d\d))|"
    # "will now open with two episodes on Sunday, June 22"
    r"open(?:s|ed|ing)?(?=\s+(?:with\s+(?:(?:a|an|two|three|four|its|the|first|back-to-back|"
    r"double|hour-long|\d)\s+){1,3}(?:episodes?|installments?|bill)|on\s+(?:mon|tue|wed|thu|fri|"
    r"sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|"
    r"broadcast(?:s|ing)?|(?:planned|earmarked|pencil+ed(?:\s+in)?|targeted)\s+for|"
    # British: "the series goes out on BBC One", "series 1 went out in April 2023"
    r"(?:go|goes|going|went|gone)\s+out\b(?!\s+(?:of|with|to\s+(?:dinner|lunch)))|"
    r"(?:ran|runs|run)(?=\s+(?:from\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|in\s+\d{4}))|"
    r"target(?:s|ed|ing)|aim(?:s|ed|ing)\s+(?:for|to\s+(?:air|premiere|launch|debut|release))|"
    r"roll(?:s|ed|ing)?\s+(?:it\s+|them\s+)?out|bring(?:s|ing)?\s+(?:[\w'’-]+\s+){0,4}?back|brought\s+(?:[\w'’-]+\s+){0,4}?back|"
    # "we'd expect to see the show back next spring"
    r"(?:see|seeing)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:show|series|season|drama|comedy))\s+back|"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+)?expected(?=\s+(?:in|on|by|around|sometime|"
    r"some\s+time|early|late|mid|next|this|later|before)\b)|"
    r"expect(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:\w+\s+)?(?:season|episodes|series|show)|"
    # "Hulu has dated the second season for Thursday, Aug. 14", "checks back in Aug. 14"
    r"(?:has|have|had|officially|finally|now)\s+dated|check(?:s|ed)?\s+(?:back\s+)?in(?=\s+(?:on\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d))"
    r")\b",
    re.IGNORECASE,
)
_PAST_FORM = re.compile(
    r"^(?:premiered|released|debuted|returned|arrived|dropped|launched|aired|bowed|landed|"
    r"streamed|came\s|kicked|began|started|went\s+out|ran\b)",
    re.IGNORECASE,
)
_FUTURE_AUX = re.compile(
    r"\b(?:will|to|['’]ll|would|could|should|may|might|must|can|is|are|be|gets?)\s+"
    r"(?:(?:also|then|now|officially|finally|soon|likely|reportedly|eventually|probably|be)\s+)?$",
    re.IGNORECASE,
)
_PAST_NOUN = re.compile(
    # "was one of SonyLIV's most talked-about launches in June": the show was, in the past
    r"\b(?:was|were)\s+(?:one\s+of\s+|among\s+)(?:[\w'’-]+\s+){0,5}?(?:launches|releases|premieres|"
    r"debuts|returns|arrivals)\b|"
    r"\b(?:premiere|release|debut|return|arrival|launch)\s+(?:date\s+)?(?:was|were|had\s+been)\b"
    r"(?!\s+(?:pushed|delayed|moved|postponed|changed|set|scheduled|slated|confirmed|announced|"
    r"revealed|bumped|shifted))",
    re.IGNORECASE,
)
# Things that are released, shot or shown on a date that is not the season's release date.
BLOCKERS = re.compile(
    r"\b(?:trailers?|teasers?|first[\s-]look|clips?|promos?|posters?|footage|photos?|images?|"
    # "a new promotional video", "the show's 100th episode airs", "an EP of new songs is due"
    r"promotional\s+(?:videos?|clips?|reels?)|PVs?|(?:\d+(?:st|nd|rd|th)|hundredth|milestone|"
    r"landmark)\s+episodes?|(?-i:(?:[Aa]n|[Tt]he|[Nn]ew|[Dd]ebut)\s+EPs?)|"
    # a season put in another library: "the first season was added to Netflix in Japan"
    r"(?:was|were|been|be|being|gets?|got)\s+added\s+to|"
    r"stills|sneak\s+peeks?|featurettes?|film(?:ing|ed)|shoot(?:ing|s)?|(?:was|were|be|being)\s+shot|"
    r"(?<!close\sto\sthe\s)(?<!close\sto\s)production(?!\s+(?:company|companies|house|studio|banner|"
    r"outfit|partner|team|aims?|is\s+aiming|plans?|hopes?|wants?|intends?))"
    r"(?!\s+(?:is\s+|has\s+|was\s+|will\s+)?$)|cameras?|wrap(?:s|ped)?|principal\s+photography|table\s+reads?|read-?through|"
    # ("screened at Cannes", "screened for critics"; but "Season four screened last August")
    r"scripts?|writing|writers['’]?\s+room|festivals?|screenings?|screened\s+(?:at|for|to)|panels?|comic-?con|"
    r"conventions?|fan\s*meet(?:ing)?s?|events?|tudum|red[\s-]carpet|gala|premiere\s+(?:party|night|screening)|upfronts?|awards?|emmys?|golden\s+globes?|"
    r"oscars?|baftas?|nominations?|nominated|ceremony|interviews?|podcasts?|livestreams?|"
    r"press\s+(?:tour|conference)|casting|auditions?|finale|(?:second|third|fourth|fifth|final|"
    r"last|next|remaining|later)\s+(?:(?:two|three|four|five|\d)\s+)?(?:episode|installment)s?|episodes?\s+(?:[2-9]|1\d)\b|"
    r"weekly|part\s+(?:two|three|four|[2-9])|(?:second|2nd|final|last|latter)\s+cour|cour\s+(?:two|2)|"
    # a season's second half: "the back half of the season arrives Thursday" (not "the second
    # half of 2026", a date)
    r"(?:back|second|latter|final|last)\s+half(?!\s+of\s+(?:\d|this\s+year|next\s+year|the\s+year))|volumes?\s+(?:two|three|\d+)|vol\.\s*\d+|"
    r"on\s+sale|in\s+stores|(?:book)?shelves|pre-?orders?|merch\w*|"
    r"movie|film|theatrical(?:ly)?|(?:in|to)\s+(?:theaters|theatres|cinemas)|box\s+office|"
    r"stage\s+(?:play|show|adaptation|production|version)|musical|"
    # a rival's launch: "go head to head with the big ITV launch in January"
    r"head[\s-]+to[\s-]+head|up\s+against|clash(?:es|ing)?\s+with|"
    # "returns from its midseason break", "episodes five to eight", "its world premiere at
    # Series Mania", "press preview screeners", "a behind-the-scenes documentary", "available
    # in Tamil and Telugu"
    r"(?:midseason|mid-season|winter|summer|holiday|spring)\s+(?:break|hiatus)|midseason\s+return|"
    r"episodes?\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?:world|north\s+american|european|international|uk|us|festival)\s+premiere|"
    r"screeners?|press\s+previews?|critics|behind[\s-]the[\s-]scenes|making[\s-]of|"
    r"(?:dubbed|dubs?|versions?|available|streaming)\s+in\s+(?:Tamil|Telugu|Hindi|Kannada|"
    r"Malayalam|Bengali|Marathi|Spanish|Portuguese|French|German|Italian|Japanese|Korean|"
    r"English|Arabic|Mandarin|Cantonese)|"
    # "The drama's OST Part 6", "the official cast recording", "a hardcover edition"
    r"(?-i:OSTs?)|cast\s+recordings?|ballads?|songs?|hardcover|paperback|(?:special|collector['’]s|deluxe)\s+edition|"
    r"album|soundtrack|vinyl|(?:the|its|their|show['’]s|series['’]?s?)\s+(?:original\s+)?score|(?:lead|debut|new)\s+single|books?|novels?|manga|webtoon|comics?|video\s*games?|"
    r"tour|concerts?|spin-?offs?|prequels?|sequels?|ratings|viewership|viewers|subscribers|"
    r"(?:streaming|viewing|audience|ratings)\s+(?:numbers|figures)|"
    r"tickets?|pre-?sales?|dvd|blu-?ray|box\s+set|top\s+(?:10|ten)|charts?|specials?|"
    r"anniversary|reunion|leagues?|clubs?|tournaments?|fixtures|rugby|football|soccer|baseball|"
    r"basketball|hockey|cricket|playoffs?|(?:second|another|new|other)\s+(?:streaming\s+)?"
    r"(?:service|platform|streamer|home)|re-?runs?|re-?releas\w*|syndication|library|"
    r"(?:past|previous|earlier|older|first\s+(?:two|three|four|five))\s+seasons|"
    r"(?:all|every)\s+(?:\w+\s+)?seasons|back[\s-]+catalog(?:ue)?)\b",
    re.IGNORECASE,
)
# The date of saying, not of the release: "announced on June 5 that ...".
_SAID_ON = re.compile(
    r"\b(?:announced|announcement|revealed|said|told|posted|shared|tweeted|reported|teased|"
    r"unveiled|confirmed|wrote|noted|explained|added|spoke|interviewed|renewed|cancell?ed|"
    r"ordered|greenlit|picked\s+up|since|as\s+of|"
    r"(?<!push\s)(?<!pushed\s)(?<!pushes\s)(?<!moved\s)(?<!moves\s)(?<!bumped\s)"
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bcome\s)(?<!comes\s)(?<!coming\s)"
    r"(?<!came\s)(?<!['’]ll\s)(?<!dropped\s)(?<!premiered\s)(?<!debuted\s)(?<!released\s)"
    r"(?<!aired\s)(?<!launched\s)(?<!arrived\s)(?<!landed\s)(?<!out\s)back)\s+(?:(?:on|in|at|during|earlier|"
    r"last|this|early|late|mid)\s+){0,2}$",
    re.IGNORECASE,
)
_SUPERSEDED = re.compile(
    # ("first set for March", not "the first season premiered in April 2024")
    r"\b(?:originally|original|initially|initial|previously|previous|earlier|"
    r"first(?!\s+(?:season|series|part|episode|volume|cour|half|run|instal\w*|chapter)\b)|once)"
    r"\s+(?:\w+\s+){0,3}$|\bfrom\s+$",
    re.I,
)
_NEAR_VERB = re.compile(
    RELEASE_WORD.pattern
    + r"(?:\s+(?:to|on|via)\s+(?-i:[A-Z][\w+&!]*)(?:\s+(?-i:[A-Z0-9][\w+&!]*)){0,2})?"
    r"\s+(?:(?:\w+\s+){0,2}|(?:its|their)\s+(?:\w+\s+)?(?:season|series)\s+)$"
    # ("returns to RTÉ One this Sunday", "kicks off its sixth season tonight"); the verbs that
    # count only before their date ("starts this Friday", "lands on Monday")
    r"|\b(?:starts?|started|begins?|began|lands?|landed|checks?\s+(?:back\s+)?in)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NEAR_NUMERIC = re.compile(RELEASE_WORD.pattern + r"\s+(?:\w+,?\s+){0,9}$", re.IGNORECASE)
# A revision that moves a release back or off the schedule. In a sentence that tells of one,
# a date is the new plan only when it is the revision's target ("delayed to April 9",
# "rescheduled for May", "pushed back a year, to 2028") or follows a release verb of its own
# ("will now premiere on June 18"); any other date there is the plan that was dropped
# ("delayed from March 12", "the March 12 premiere has been postponed", "which was due in
# March").
_DELAY = re.compile(
    # (not "a push for its catalogue", a campaign)
    r"\b(?:delay(?:s|ed|ing)?|postpon\w+|(?<!\ba\s)(?<!\bbig\s)push(?:es|ed|ing)?(?!\s+for\b)|pull(?:s|ed|ing)?|bump(?:s|ed|ing)?|"
    r"shift(?:s|ed|ing)?|slip(?:s|ped|ping)?|slid|mov(?:es|ed|ing)|reschedul\w+|on\s+hold)\b",
    re.IGNORECASE,
)
_TARGET = re.compile(
    r"\b(?:to|into|until|till|for)\s+(?:an?\s+|the\s+|a\s+new\s+)?$|^(?:to|into|until|till|for)\b",
    re.IGNORECASE,
)
_PLAN_WORD = re.compile(
    r"^(?:due|slated|scheduled|set\s+for|expected|coming|delay|push|postpon|pull|bump|shift|"
    r"slip|slid|mov|reschedul)",
    re.IGNORECASE,
)
_WAS_DUE = re.compile(
    # "had earlier been reported to be heading for a December release, but ... pushed it"
    r"\b(?:(?:was|were)|had\s+(?:(?:originally|previously|initially|first|earlier)\s+)?been)\s+"
    r"(?:originally\s+|previously\s+|initially\s+|first\s+)?"
    r"(?:due|set|slated|scheduled|planned|expected|supposed|meant|going|reported|rumou?red|"
    r"tipped|said)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\bnow\b", re.IGNORECASE)
# The plan before the change: "which was due on March 12", "due in March, it has ...".
_PLAN_PAST = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!['’]s\s)\b(?:due|slated|scheduled|planned|"
    r"set\s+(?:for|to)|supposed|meant|penc[ie]l+ed)\b",
    re.IGNORECASE,
)
# A release taken off the schedule with no new date: "delayed indefinitely", "pulled from the
# schedule", "postponed until further notice", "put on hold".
_INDEFINITE = re.compile(
    r"\b(?:indefinitely|until\s+further\s+notice|on\s+(?:indefinite\s+)?hold)\b"
    r"|\b(?:pull|remov|drop|tak|yank)\w*\s+(?:\w+\s+){0,6}?(?:from|off)\s+(?:the\s+|its\s+|"
    r"\w+['’]s\s+)?(?:\w+\s+){0,2}?(?:schedule|slate|line-?up|calendar)s?\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"^(?:today|tonight|tomorrow|(?:(?:this|on|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\d{1,2}/\d{1,2})\b",
    re.IGNORECASE,
)
_WHEN_UNSET = re.compile(
    r"\b(?:release|premiere|launch|return|debut|air)\s+(?:dates?|windows?|timing|time\s*frame)\b"
    r"|\bdates?\b|\b(?:exact|precise|specific|firm)\s+(?:night|day|slot)\b"
    r"|\bno\s+(?:exact\s+|firm\s+|specific\s+)?(?:month|day)\s+yet\b|\b(?:schedul\w*|dated)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:season|series|show|premiere|return)\b"
    # "Peacock has not dated the Minnesota crime drama", "is yet to date it"
    r"|\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?dated\b|\byet\s+to\s+date\b"
    r"|\bwhen\b[^.;]{0,60}" + RELEASE_WORD.pattern,
    re.IGNORECASE,
)


# A plan that has been replaced: "was previously due in October", "had been set for May".
_WAS_PLANNED = re.compile(
    r"\b(?:previously|originally|initially|formerly)\b"
    r"|\bhad\s+(?:been\s+)?(?:set|due|scheduled|slated|planned|expected|targeted|pencil+ed|"
    r"penciled|earmarked|lined\s+up|reported|rumou?red|tipped|announced|promised|discussed|"
    r"considered|mooted|floated)\b|\bout\s+of\s+(?:contention|the\s+running)\s+for\b",
    re.IGNORECASE,
)
# the plan a new date replaces: "on 11/6 instead of the previously announced 9/25"
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replacing)\b", re.I)


def _before_instead(governing: str, date_text: str) -> str:
    """What tells of a date named before "instead of ...": not the plan it replaces."""
    instead = _INSTEAD.search(governing)
    if instead and date_text in governing[: instead.start()]:
        return governing[: instead.start()]
    return governing


# a plan kept, not dropped: "stays on its previously announced date of Thursday, Oct. 22"
_KEPT_PLAN = re.compile(
    r"\b(?:stays?|remains?|keeps?|holds?|sticks?)\s+(?:on\s+|to\s+|with\s+)?(?:its|the)\s+"
    r"(?:previously|originally|initially)\s+(?:announced|set|scheduled|planned)\b",
    re.IGNORECASE,
)
# A season already out reaching another territory or service: "the second arrives there".
_ELSEWHERE = re.compile(
    r"\b(?:arriv|land|premier|debut|launch|stream|air|com|drop|hit)\w*\s+there\b"
    r"|\b(?:is|are)\s+now\s+(?:on|streaming|available)\b|\bcatch\s+up\b"
    r"|\balready\s+(?:on|streaming|available)\b",
    re.IGNORECASE,
)
# The first release of a show as a whole: "X premiered on Hulu in October 2023".
_FIRST_RELEASE = re.compile(
    r"^(?:premiered|debuted|launched|first\s+aired|aired|ran\b|dropped|arrived|bowed)",
    re.IGNORECASE,
)
# "the show premiered on June 11": the article's show, named as a show
_SHOW_AS_SUBJECT = re.compile(
    r"(?:^|\b(?:after|when|since|before|as)\s+)(?:the|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:show|series|drama|comedy|thriller|anime|k-?drama|sitcom|saga|mystery|romance)\b",
    re.IGNORECASE,
)
# A season already out reaching another country: "the series also arrives on Disney+ in Japan"
_TERRITORY = re.compile(
    r"\bin\s+(?:the\s+)?(?:UK|U\.K\.|US|U\.S\.|United\s+States|North\s+America|Japan|Korea|Europe|Australia|Canada|France|"
    r"Germany|Spain|Italy|India|Brazil|Mexico|Latin\s+America|Asia|Ireland|New\s+Zealand|"
    r"the\s+Nordics|other\s+(?:countries|territories|markets))(?!\w)|\binternationally\b|\boverseas\b"
    r"|\boutside\s+(?:of\s+)?(?:the\s+)?(?:UK|U\.K\.|US|U\.S\.|Japan|Korea|Asia|Europe|India|China)(?!\w)"
    r"|\b(?:U\.S\.|US|UK|U\.K\.|American|British|North\s+American|Japanese|Korean)\s+"
    r"(?:debut|premiere|release|launch|bow|broadcast)\b",
    re.IGNORECASE,
)
_PREMIERED = re.compile(r"\b(?:premiered|debuted|bowed)\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# One country's rights to a show made elsewhere: "The BBC has acquired the UK rights to ..."
_RIGHTS = re.compile(
    r"\b(?:UK|U\.K\.|US|U\.S\.|British|American|Australian|Canadian|Irish|Indian|Japanese|"
    r"Korean|German|French|Spanish|Nordic|European|international|overseas|local)\s+"
    r"(?:streaming\s+|broadcast\s+|TV\s+|television\s+|distribution\s+)?rights\b",
    re.IGNORECASE,
)
# The seasons already out, as a library: "all three existing seasons will stream on Netflix"
_LIBRARY = re.compile(
    r"\b(?:existing|previous|past|earlier|older)\s+(?:seasons|series)\b"
    # "both series arrive on Netflix", "the two seasons so far"
    r"|\b(?:both|the\s+(?:two|three|four|five|six))\s+(?:seasons|series)\b"
    r"|\b(?:every|each|all)\s+(?:previous|past|earlier|prior|other)\s+(?:season|series)\b",
    re.IGNORECASE,
)
# "makes its U.S. debut", "the show's UK premiere": a release in one more country
_TERRITORIAL_DEBUT = re.compile(
    r"\b(?:U\.S\.|US|UK|U\.K\.|American|British|North\s+American|Stateside|European)\s+"
    r"(?:debut|premiere|release|launch|bow|broadcast)\b"
    # "arrives on Netflix UK on 1 March": one country's service
    r"|\b(?:Netflix|Prime\s+Video|Disney\+?|Hulu|Max|Apple\s+TV\+?|Paramount\+?|Peacock)\s+"
    r"(?:UK|U\.K\.|US|U\.S\.|Canada|Australia|Ireland|India|Japan|Korea|France|Germany|Spain)(?!\w)",
    re.IGNORECASE,
)
# Another title's relative clause: "Ember Hollow, whose second season has been delayed"
_THEIR_CLAUSE = re.compile(
    r"(?<![\w’'])[A-Z][\w’'&!-]*(?:\s+(?:(?:of|the|and|in|on|a|an|&|to)\s+)?[A-Z][\w’'&!-]*)*"
    r",\s+(?:whose|which|that)\b[^,;]*$"
)
# An attribution set off by commas, blanked so the subject meets its verb: "The season
# finale, Apple added, airs May 13"
_ASIDE = re.compile(
    r",\s+(?:(?-i:[A-Z])[\w+&.-]*(?:\s+(?-i:[A-Z])[\w+&.-]*){0,3}|he|she|they|it|the\s+\w+)\s+"
    r"(?:said|says|added|adds|confirmed|announced|noted|explained|revealed|told\s+\w+)(?=,)",
    re.IGNORECASE,
)
# A trailing comparison comments on the date; it does not hedge it ("..., later than fans
# had hoped")
_COMPARISON = re.compile(
    r",\s+(?:(?:which|that)\s+(?:is|was|would\s+be)\s+|that['’]s\s+|making\s+it\s+)?"
    r"(?:(?:a\s+(?:little|bit)|much|well|slightly|(?:a|one|two|three|four|several)\s+"
    r"(?:days?|weeks?|months?))\s+)?(?:later|earlier|sooner)\s+than\b[^,;]*",
    re.IGNORECASE,
)
# between a show's name and its verb: a closing quote, an alias in brackets ("Moonlit Pharmacy
# (Dalbit Yakguk) aired in 2024")
_SUBJECT_GAP = re.compile(
    r"^[\"”’')]?\s*(?:\([^()]{1,40}\)\s*)?(?:originally\s+|first\s+|initially\s+)?$", re.IGNORECASE
)
# Another title as the subject: a run of two or more capitalised words just before the verb.
_TITLE_RUN = re.compile(
    r"(?<![\w’'])(?P<t>[A-Z][\w’'&!-]*(?:\s+(?:(?:of|the|and|in|on|a|an|&|to)\s+)?[A-Z][\w’'&!-]*)+)"
    r"(?:['’]s)?,?(?:\s+[a-z][\w-]*){0,3}\s*$"
)
_NOT_A_TITLE = re.compile(
    r"^(?:Season|Series|Part|Episode|Volume|Chapter|The\s+(?:Season|Series|Show)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Netflix|HBO|Hulu|Disney|Apple|Amazon|Prime|Peacock|Paramount|BBC|ITV|Max|"
    # who says it: "According to Variety, the network is eyeing a June launch"
    r"According\s+to)\b"
)


# A clause that names no show is about the article's show only when a word stands for it
# ("it", "the series", "the new season", "new episodes", "a fall premiere"); "the service will
# launch on January 13" and "road closures are expected in early July" are about other things.
_SHOW_REFERENCE = re.compile(
    r"\b(?:it|its|they|their|them)\b"
    r"|\b(?:show|shows|series|season|seasons|drama|k-?drama|comedy|dramedy|sitcom|thriller|"
    r"saga|epic|anime|adaptation|installment|instalment|chapter|episodes|revival|procedural|"
    r"romance|mystery|whodunn?it|western|horror|fantasy|anthology|docuseries|miniseries|"
    r"programme|program|hit|smash|favou?rite|phenomenon|juggernaut|franchise|follow-up|"
    r"continuation|story|tale|part|volume|batch)\b"
    # the season's first episode is its premiere: "the first episode is pencilled in for ..."
    r"|\b(?:first|opening|premiere)\s+episode\b|\bepisode\s+(?:one|1)\b"
    # nouns that are verbs too count with a determiner: "a fall premiere", "its return"
    r"|\b(?:a|an|the|its|their|this)\s+(?:(?!(?:will|would|could|to|may|might|can|should)\s)"
    r"[\w-]+\s+){0,3}?(?:premiere|return|debut|run|release|launch|arrival|bow|broadcast|airing)\b"
    # "with broadcast planned for early 2027": the release, planned
    r"|\b(?:broadcast|release|premiere|airing|launch)\s+(?:is\s+|was\s+)?(?:planned|set|slated|"
    r"scheduled|expected|pencil+ed|earmarked|targeted|due)\b",
    re.IGNORECASE,
)
# Other shows, counted or set apart: "three original series that will premiere later".
_OTHER_SHOWS = re.compile(
    r"(?<!\bthe\s)(?<!\bits\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|"
    r"other|more|some|a\s+few|a\s+handful\s+of|a\s+slate\s+of|dozens\s+of|a\s+batch\s+of|"
    r"a\s+(?:bunch|host|raft|clutch)\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shows|series|dramas|comedies|sitcoms|titles|originals|programmes|programs|thrillers|films|"
    r"movies|documentaries|specials)\b",
    re.IGNORECASE,
)


_DATE_LABEL = re.compile(
    r"^\s*(?:(?:release|premiere|return|launch|air)\s+date|premieres?|returns?)\s*[:—–]",
    re.IGNORECASE,
)


def _unnamed(words: str, sentence: Sentence) -> str:
    """`words` with the watched shows' names said as "the show": a title's own words ("The
    Sundial Club", "Festival Days") are no blocker."""
    for name in {sentence.text[m.start : m.end] for m in sentence.shows}:
        words = words.replace(name, "the show")
    return words


def _about_a_show(sentence: Sentence, lo: int, hi: int, position: int, governing: str) -> bool:
    """Whether the clause [lo, hi) names a show, or a word that stands for one before the
    date at `position` or in the words that govern it. A clause that starts with its verb
    shares the subject of the clause before it ("Season 2 has been delayed and is now set for
    June 18")."""
    if _DATE_LABEL.match(sentence.text[lo:hi]) and sentence.default_show:
        return True  # "7. Severance, season 2. Release date: April 2 (Hulu)."
    start = lo
    if PREDICATE_START.match(sentence.text[lo:hi]):
        start = max((a for a, _ in sentence.clauses if a < lo), default=lo)
    if any(start <= m.start < hi for m in sentence.shows):
        return True
    subject = sentence.text[start:position] + " " + governing
    return bool(_SHOW_REFERENCE.search(_OTHER_SHOWS.sub(" ", subject)))


# A round-up's headline or section title: its date is the round-up's ("Streaming this month:
# Polestar Motel checks back in, Knead to Win gets another series, and more")
_ROUNDUP = re.compile(
    r"\b(?:and|&)\s+more\s*$|\bround-?up\b|\bbriefing\b|\bdigest\b|"
    r"\b(?:streaming|new\s+on\s+[\w+]+|coming\s+to\s+[\w+]+|what['’]s\s+(?:on|new))\s+this\s+"
    r"(?:week|weekend|month)\b",
    re.IGNORECASE,
)


def read(sentence: Sentence, published: date | None) -> list[Claim]:
    """The release-date claims of one sentence, one per clause at most."""
    claims: list[Claim] = []
    text = sentence.text
    if is_supposition(text, of_season=False) or (sentence.heading and _ROUNDUP.search(text)):
        return []
    if line := _SEASON_DATE_LINE.fullmatch(text.strip()):
        # "Season 1: September 15, 2019" in a list of the seasons' dates
        show, number = sentence.show_at(0), _season_number(line)
        dates = find_dates(line.group("date"), published, past=sentence.is_past(show, number))
        level = certainty(line.group("date"), text)  # "Season 4: summer 2026 (expected)"
        if len(dates) == 1 and show is not None and number is not None:
            return [Claim(show, number, "release_date", dates[0].value, level, text)]  # type: ignore[arg-type]
    if (item := _calendar_item(sentence, published)) is not None:
        return [item]
    if (item := _listing_heading(sentence, published)) is not None:
        return [item]
    told: tuple[bool, str] | None = None  # the last release clause: (in the past?, level)
    for lo, hi in _joined_clauses(sentence, published):
        clause = _ASIDE.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
        words = list(RELEASE_WORD.finditer(clause))
        if (
            not words
            and told is not None
            and not _ELSEWHERE.search(clause)
            and (gapped := _gapped(sentence, lo, hi, published, told))
        ):
            claims.append(gapped)  # "season 1 premiered in March 2024 | and season 2 in April"
            continue
        if not words and (guess := _guessed(sentence, lo, hi, published)):
            claims.append(guess)  # "our best guess is late 2027"
            continue
        if words and not BLOCKERS.search(_unnamed(clause, sentence)):
            told = (_is_past(clause, words), certainty(clause, text))
        elif words:
            told = None
        if _INDEFINITE.search(clause) and not (
            BLOCKERS.search(clause) or is_hedged(clause) or is_negated(clause)
        ):
            # off the schedule: whatever date the clause names is the plan that was dropped
            claims.extend(_claim(sentence, lo, hi, lo, None, "unannounced"))
            continue
        unset = is_unannounced(clause) and bool(_WHEN_UNSET.search(clause))
        if not words and not unset:
            continue
        if unset and BLOCKERS.search(_unnamed(clause, sentence)):
            unset = False
        past = _is_past(clause, words) or bool(
            words
            and words[0].start() == 0
            and words[0].group(0).lower().endswith("ing")
            and _AFTER_DOING.search(text, 0, lo)
            and _PAST_MAIN.search(text, max(0, lo - 120), lo)
        )
        dates = [
            _that_year(text, lo, clause, d)
            for d in _release_dates(clause, published, past, sentence.day_first)
            if not _day_of_saying(text, lo, clause, d, published)
            # (a title's own words are no date: "The Winter Queen", "Ten Days in May")
            and not any(lo + d.start < m.end and m.start < lo + d.end for m in sentence.shows)
        ]
        if not dates:
            if unset:
                claims.extend(_claim(sentence, lo, hi, lo, None, "unannounced"))
            elif words and not past:
                claims.extend(_listed(sentence, lo, hi, published))
            continue
        if not words or _ELSEWHERE.search(clause):
            continue
        for found in dates:
            governing = _through_names(clause, found.start) or scope(clause, found.start)
            if (
                _blocked(_unnamed(governing, sentence))
                or (
                    _WAS_PLANNED.search(_before_instead(governing, clause[found.start : found.end]))
                    and not _KEPT_PLAN.search(governing)
                )
                or not RELEASE_WORD.search(governing)
                or _old_plan(text, clause, found, governing)
            ):
                continue
            position = lo + found.start
            show = sentence.show_at(position, lo, hi)
            if show is None or _foreign_subject(sentence, clause, lo, words):
                continue
            if _named_in_complement(sentence, show, lo, hi):
                continue  # "the series from the director of Lanternfall premieres in November"
            if _release_of_another(sentence, lo, hi):
                continue  # "The March 13 slot ... will go to the debut of 'Kettle Point'"
            if not sentence.heading and not _about_a_show(sentence, lo, hi, position, governing):
                continue
            if BLOCKERS.search(_unnamed(_subject(sentence, lo, clause, found.start), sentence)):
                continue  # "The season 2 finale, titled X, airs Sunday"
            if _possessed_by_blocked(text, position):
                continue  # "The soundtrack will be on vinyl ahead of its general release on ..."
            season, named = sentence.season_at(show, position, lo, hi)
            if (
                _TERRITORIAL_DEBUT.search(clause)
                or _RIGHTS.search(text)
                or _LIBRARY.search(_subject(sentence, lo, clause, found.start))
                or (
                    _TERRITORY.search(clause)
                    # "The first season premiered in Japan in April 2024": where it was first
                    # shown is its release
                    and not (past and _PREMIERED.search(clause) and not _ALSO.search(clause))
                    and (
                        # a first season named in one country's release is the one already
                        # out elsewhere ("its first season arrives on Disney+ in Japan")
                        (named and season == 1)
                        or _ALSO.search(clause)
                        or re.search(r"\b(?:complete|entire|whole)\b", text, re.IGNORECASE)
                        or sentence.is_past(show, season)
                    )
                )
            ):
                continue  # a season already out, reaching another country or service
            if past and not named:
                claims.extend(_past_release(sentence, lo, clause, words, found, show))
                continue
            if (
                not past
                and published is not None
                and _FUTURE_TOLD.search(clause)
                and _before(found.value, published)
            ):
                continue  # "told investors the season would arrive in spring 2025": a plan
            in_view = sentence.current.get(show) or sentence.focus.get(show)
            if (
                not past
                and named
                and season is not None
                and in_view is not None
                and season < in_view
                and (_FUTURE_TOLD.search(clause) or re.search(r"\bfrom\b", clause))
                and re.search(
                    r"\b(?:also|available|again|outside|repeats?|re-?runs?)\b", text, re.I
                )
            ):
                continue  # "The Long Paddock's first season will also land on Stan from March 1"
            level = certainty(_COMPARISON.sub("", clause), _COMPARISON.sub("", text))
            if level in ("unannounced",) or (
                level in ("confirmed", "reported") and _GUESS_LABEL.search(text, 0, lo)
            ):
                level = "speculated"  # "My guess: season 3 lands in late 2026."
            claims.extend(_claim(sentence, lo, hi, position, found.value, level))
    if not claims and _GUESS.search(text) and not BLOCKERS.search(text):
        # "Our bet is a Boxing Day launch": a guess whose release word is a noun after the date
        claims.extend(
            guess for lo, hi in sentence.clauses if (guess := _guessed(sentence, lo, hi, published))
        )
    return claims


# a release told as still to come
_FUTURE_TOLD = re.compile(
    r"\b(?:will|would|['’]ll|is\s+set|are\s+set|is\s+due|are\s+due)\b", re.IGNORECASE
)


def _before(value: str | None, published: date) -> bool:
    """Whether the whole of a date lies before the day the article was published."""
    if not value:
        return False
    from scraper.state import last_day  # the end of "2025-spring" is May 31

    return last_day(value) < published


_NAMES_BETWEEN = re.compile(r"(?:\s*(?:,|and|&|on|via|across|plus)?\s*[A-Z][\w+&.’'-]*)+\s*")


def _through_names(clause: str, position: int) -> str | None:
    """The release verb and its date when only a list of channels stands between them: "will
    premiere on STV, ITV1 and ITVX this autumn" (the commas are the list's, not clauses')."""
    verbs = [m for m in RELEASE_WORD.finditer(clause, 0, position) if position - m.end() <= 60]
    if not verbs:
        return None
    verb = verbs[-1]
    between = clause[verb.end() : position]
    if "," not in between or not _NAMES_BETWEEN.fullmatch(re.sub(r"^\s*(?:on|via)\b", "", between)):
        return None
    return scope(clause, verb.start()) + clause[verb.end() : position] + " "


def _named_in_complement(sentence: Sentence, show: str, lo: int, hi: int) -> bool:
    """The show is named in the clause only inside another subject's complement ("from the
    director of Lanternfall", "based on", "the makers of")."""
    mentions = [m for m in sentence.shows if lo <= m.start < hi and m.show == show]
    return bool(mentions) and all(
        _MAKERS_OF.search(sentence.text[max(lo, m.start - 40) : m.start]) for m in mentions
    )


def _release_of_another(sentence: Sentence, lo: int, hi: int) -> bool:
    """The clause dates the release of a title it names that is not watched: "will go to the
    debut of 'Kettle Point'"."""
    for match in _RELEASE_OF.finditer(sentence.text, lo, hi):
        if not any(m.start - 4 <= match.end() <= m.end for m in sentence.shows):
            return True
    return False


# the release of a title named after it ("the debut of 'Kettle Point'")
_RELEASE_OF = re.compile(
    r"\b(?:debut|premiere|launch|return|release|arrival|bow)\s+of\s+(?:the\s+)?"
    r"(?:(?:new|hit|upcoming|acclaimed)\s+)?[\"“‘']?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_MAKERS_OF = re.compile(
    r"\b(?:(?:director|directors|creator|creators|makers?|team|writers?|producers?|showrunners?|"
    r"author|studio|people)\s+(?:behind|of)|based\s+on|inspired\s+by|in\s+the\s+vein\s+of)\s+"
    r"(?:the\s+)?(?:hit\s+|acclaimed\s+)?$",
    re.IGNORECASE,
)


def _past_release(
    sentence: Sentence,
    lo: int,
    clause: str,
    words: list[re.Match[str]],
    found: DateMatch,
    show: str,
) -> list[Claim]:
    """A release told in the past with no season named: which season it dates, if any.
    "Part 1 dropped in August" and "The season, which premiered May 15, ..." date the season
    in view; "the show came out in January" its first season, when it has later ones."""
    subject = _subject(sentence, lo, clause, found.start)
    # "which launched in 2023, ... numbers it had not seen": the words that govern the date
    level = certainty(scope(clause, found.start), sentence.text)
    if _FIRST_PART.search(subject) or _THE_SEASON.match(subject):
        # "season 2 was released in two parts: Part 1 landed on May 8, 2025": the season the
        # sentence named before, else the one in view
        before = [m.number for m in sentence.seasons if m.start < lo and m.number is not None]
        season = before[-1] if before else sentence.context_season(show)
        if season is None:
            return []
        return [Claim(show, season, "release_date", found.value, level, sentence.evidence)]  # type: ignore[arg-type]
    first = _first_release(sentence, clause, lo, words)
    if (
        first is None
        and _SHOW_AS_SUBJECT.search(clause)
        and len({m.show for m in sentence.shows} | {sentence.default_show}) == 1
    ):
        first = sentence.default_show  # "... when the drama premiered on tvN in February 2024"
    later = max(sentence.focus.get(first, 0), sentence.unordered.get(first, 0)) if first else 0
    if first is None or later < 2:
        return []  # with no later season in view (or asked about), "premiered" may mean the latest
    return [Claim(first, 1, "release_date", found.value, level, sentence.evidence)]  # type: ignore[arg-type]


_SEASON_DATE_LINE = re.compile(
    r"[-•*]?\s*(?:season|series)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*[:—–-]\s*(?P<date>[^.;]{3,40}?)\.?",
    re.IGNORECASE,
)


def _season_number(line: re.Match[str]) -> int | None:
    numbers = season_mentions(f"season {line.group('n')}")
    return numbers[0].number if numbers else None


# A calendar's entry: "- The Lighthouse Keepers, season 2 (Apple TV+). Two episodes, then weekly."
_CALENDAR_ENTRY = re.compile(
    r"^[-•*–]?\s*(?:(?P<day>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})"
    # ("- NEW: "Copper & Ash" season 2 (AMC, 9 p.m.)")
    r"\s*[-–—:]\s*)?(?:(?:new|updated|added|dated|just\s+dated)\s*:\s*)?"
    r"(?P<title>[^,(]{2,80}?)(?:,?\s*(?:(?P<season>(?:season|series|part)\s+\w+)|"
    r"series\s+premiere|new\s+series|premiere)(?:\s+(?:premiere|return|launch))?)?\s*\([^()]{2,40}\)",
    re.IGNORECASE,
)


# ... or its title first and its day after a dash: "Ridgeback (Season 4), FX - Tuesday, Sept. 15."
_CALENDAR_ENTRY_DAY_AFTER = re.compile(
    r"^[-•*–]?\s*(?P<title>[^,()]{2,80}?)\s*\((?:(?P<season>(?:season|series|part)\s+\w+)|"
    r"series\s+premiere|new\s+series|premiere|final\s+season)\),?\s*[^-–—()]{0,30}?\s+[-–—]\s+"
    rf"(?P<weekday>(?:{'|'.join(sorted(WEEKDAYS))}),?\s+)?(?P<date>[^;:]{{3,30}}?)\.?$",
    re.IGNORECASE,
)


def _calendar_item(sentence: Sentence, published: date | None) -> Claim | None:
    """An entry under a premiere calendar's day ("FRIDAY, SEPT. 4" over "- The Lighthouse
    Keepers, season 2 (Apple TV+)."): the show premieres that day."""
    above = sentence.date_heading
    entry = _CALENDAR_ENTRY_DAY_AFTER.match(sentence.text) or _CALENDAR_ENTRY.match(sentence.text)
    # what the entry is: its label and the first words after it ("- a New Year's Day special"),
    # not the rest of its blurb ("picks up hours after that season 1 finale")
    if above is None or entry is None or BLOCKERS.search(sentence.text[: entry.end() + 30]):
        return None
    mentions = [m for m in sentence.shows if m.start < entry.end("title")]
    # the entry is the show itself, not an episode of it ('"Precinct Nine" Thanksgiving
    # episode (NBC, 9/8c)')
    rest = sentence.text[mentions[-1].end : entry.end("title")] if mentions else ""
    if re.search(r"[A-Za-z]", rest.strip(" \"”’'*_")):
        return None
    # "NOVEMBER" over the entries still to be given a day: the month; an entry's own day
    # ("Oct. 2 - Emberfall, series premiere") is more precise than its heading's month
    if "date" in entry.groupdict():
        # the details after the dash are a day or a month and nothing else ("Netflix - October")
        bare = _bare_date(entry.group("date").strip(), published)
        if bare is None:
            return None
        own = [bare]
    else:
        own = find_dates(entry.group("day"), published) if entry.group("day") else []
    dates = {d.value for d in own} or {
        d.value
        for d in find_dates(above.text, published) or find_dates(f"in {above.text}", published)
    }
    if len(mentions) != 1 or len(dates) != 1:
        return None
    show = mentions[0].show
    named = season_mentions(entry.group("season") or "")
    season = named[0].number if named else None  # "series premiere": a new show
    evidence = f"{above.text} — {sentence.text}"
    return Claim(show, season, "release_date", dates.pop(), "confirmed", evidence)


def _bare_date(when: str, published: date | None) -> DateMatch | None:
    """ "Sept. 15", "October": one date and nothing else."""
    for text in (when, f"in {when}"):  # (a month alone is a date after "in")
        found = find_dates(text, published)
        if len(found) == 1:
            rest = f"{text[: found[0].start]} {text[found[0].end :]}"
            if not re.search(r"[A-Za-z]", re.sub(r"^\s*in\b", "", rest)):
                return found[0]
    return None


# A listing item's heading with its details: "1. Dunmore Heights, season 4 · Peacock ·
# Thursday, Sept. 17"
_LISTING_HEADING = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?P<title>[^·|•,]{2,80}?)(?:,\s*(?P<season>(?:season|series|part)\s+\w+))?"
    r"\s+[·|•]\s+(?P<details>[^·|•]+(?:\s+[·|•]\s+[^·|•]+)*)$",
    re.IGNORECASE,
)


def _listing_heading(sentence: Sentence, published: date | None) -> Claim | None:
    """A listing item's sub-heading with its line of details ("The Quiet Acre, season 2 ·
    Hulu · Oct. 22nd"): the show's season comes out that day. Not the headline; a day
    already past is a season out before, which the listing does not announce."""
    entry = _LISTING_HEADING.match(sentence.text)
    if not sentence.heading or entry is None or BLOCKERS.search(sentence.text):
        return None
    mentions = [m for m in sentence.shows if m.start < entry.end("title")]
    # the entry is the show itself, not an episode of it ('"Precinct Nine" Thanksgiving
    # episode (NBC, 9/8c)')
    rest = sentence.text[mentions[-1].end : entry.end("title")] if mentions else ""
    if re.search(r"[A-Za-z]", rest.strip(" \"”’'*_")):
        return None
    if len(mentions) != 1 or len(sentence.shows) != 1:
        return None
    dates = find_dates(entry.group("details"), published)
    if len(dates) != 1 or (published is not None and _before(dates[0].value, published)):
        return None
    named = season_mentions(entry.group("season") or "")
    season = named[0].number if named else None
    level = certainty(entry.group("details"), sentence.text)
    if level not in ("confirmed", "reported", "speculated"):
        return None
    return Claim(mentions[0].show, season, "release_date", dates[0].value, level, sentence.text)


_GAPPED = re.compile(
    r"^(?:(?:and|while|with)\s+)?(?:the\s+)?(?:(?:season|series|part)\s+\w+|\w+\s+(?:season|series))"
    r"(?:['’]s)?\s+(?:(?:in|on|from|by|around)\s+)?(?P<rest>[^,;]{3,40}?)[.!]?$",
    re.IGNORECASE,
)


def _that_year(text: str, lo: int, clause: str, found: DateMatch) -> DateMatch:
    """ "one of the hits of 2023 - season 1 landed in October that year": the year named
    before, not the one the publication date suggests."""
    told = text[: lo + found.start]  # the sentence up to the date
    after = re.search(r"\b(?:months?|weeks?|days?)\s+(?P<way>after|before)\b[^.;]*$", told)
    anchors = [d for d in find_dates(told, None) if d.explicit and re.match(r"\d{4}-\d\d", d.value)]
    if not found.explicit and after and anchors and re.fullmatch(r"\d{4}-\d\d", found.value):
        # "dropped the series in May 2025, four months after its second season premiered in
        # January": the month of the year the sentence counts from
        anchor = anchors[-1].value
        year, month = int(anchor[:4]), int(found.value[5:])
        if after.group("way").lower() == "after" and month > int(anchor[5:7]):
            year -= 1  # "in May 2025, six months after it premiered in November"
        return DateMatch(found.start, found.end, f"{year:04d}-{month:02d}", True)
    if found.explicit or not re.match(r"\s+(?:of\s+)?that\s+year\b", clause[found.end :]):
        return found
    years = re.findall(r"\b(?:19|20)\d\d\b", text[: lo + found.start])
    if not years or not re.match(r"\d{4}-\d\d", found.value):
        return found
    return DateMatch(found.start, found.end, years[-1] + found.value[4:], True)


def _gapped(
    sentence: Sentence, lo: int, hi: int, published: date | None, told: tuple[bool, str]
) -> Claim | None:
    """A clause that leaves out the release verb said just before: "Series 1 aired in March
    2024 | and series 2 in January 2026". It is about the season it names, as told."""
    clause = sentence.text[lo:hi]
    if _GAPPED.match(clause) is None or BLOCKERS.search(clause):
        return None
    past, level = told
    dates = find_dates(clause, published, past=past)
    seasons = [m for m in sentence.seasons if lo <= m.start < hi and m.number is not None]
    show = sentence.show_at(lo, lo, hi)
    if len(dates) != 1 or len(seasons) != 1 or show is None:
        return None
    return Claim(show, seasons[0].number, "release_date", dates[0].value, level, sentence.evidence)  # type: ignore[arg-type]


# A writer's guess at a date, with no verb of release: "our best guess is late 2027", "we'd
# guess spring 2027", "autumn 2026 looks likely to us"
# a label that makes what follows a guess: "My guess: season 3 lands in late 2026."
_GUESS_LABEL = re.compile(
    r"\b(?:my|our)\s+(?:best\s+|educated\s+)?(?:guess|bet|prediction|hunch|money|estimate)\s*[:—–-]\s*$",
    re.IGNORECASE,
)
_GUESS = re.compile(
    r"\b(?:(?:best|educated|our)\s+guess\s+(?:is|would\s+be)|(?:we|I)['’]?d\s+guess|we\s+guess|"
    r"(?:would\s+be|is)\s+(?:our|my)\s+(?:best\s+)?(?:guess|estimate|bet|prediction)|"
    r"(?:our|my)\s+(?:best\s+)?(?:estimate|prediction|bet)\s+(?:is|would\s+be)|"
    r"(?:we|I)\s+(?:reckon|predict|bet)|our\s+(?:money|bet)\s+is\s+on)\b"
    r"|\b(?:our|my)\s+(?:best\s+)?(?:guess|bet|prediction|money|estimate|hunch)\?"
    r"|\b(?:looks?|seems?)\s+(?:like\s+)?(?:the\s+)?(?:very\s+|more\s+|most\s+)?(?:likely|probable|"
    r"plausible)\b",
    re.IGNORECASE,
)


def _guessed(sentence: Sentence, lo: int, hi: int, published: date | None) -> Claim | None:
    """A guessed date for the show's coming season, told without a release verb."""
    clause = sentence.text[lo:hi]
    guess = _GUESS.search(clause)
    if guess is None or sentence.heading:
        return None
    dates = find_dates(clause, published)
    show = sentence.show_at(lo, lo, hi)
    # a year named ("late 2027", "spring 2027"), or a day right after the guess ("Our bet is
    # a Boxing Day launch")
    said = len(dates) == 1 and (
        dates[0].explicit
        or (
            is_day(dates[0].value)
            and re.fullmatch(r"\s+(?:an?|the)?\s*", clause[guess.end() : dates[0].start])
        )
    )
    if not said or show is None:
        return None
    # what is guessed is the date and the words between it and the guess: "Given the previous
    # seasons, we'd guess spring 2026"; "autumn 2026 looks likely to us"
    span = clause[min(guess.start(), dates[0].start) : max(guess.end(), dates[0].end)]
    if BLOCKERS.search(span):
        return None
    # the season the text around it is about (a section on "Season 3 news" under a headline
    # that also names the season 2 finale)
    season = sentence.context_season(show)
    return Claim(show, season, "release_date", dates[0].value, "speculated", sentence.evidence)


# "will be back on ITV1 | and ITVX on Sunday 8 March": the "and" joined two channels
_CHANNEL_END = re.compile(
    r"\b(?:on|via|across)\s+(?-i:[A-Z][\w+]*)(?:\s+(?-i:[A-Z0-9][\w+]*)){0,2}\s*$", re.IGNORECASE
)
_CHANNEL_START = re.compile(r"(?-i:[A-Z][\w+]*)\s+(?:on|at|from|this|next|in)\b")


def _joined_clauses(sentence: Sentence, published: date | None) -> list[tuple[int, int]]:
    """The sentence's clauses, with a verbless one that only dates joined to the release
    before it: "will air on ITV1 | and ITVX this autumn" is one statement."""
    joined: list[tuple[int, int]] = []
    for lo, hi in sentence.clauses:
        if joined and not sentence.heading and sentence.text[lo - 1 : lo] != "(":
            before = sentence.text[joined[-1][0] : joined[-1][1]]
            clause = sentence.text[lo:hi]
            channels = bool(_CHANNEL_END.search(before) and _CHANNEL_START.match(clause))
            if (
                RELEASE_WORD.search(before)
                and not [
                    d
                    for d in find_dates(before, published)
                    if not _SAID_ON.search(before[: d.start])  # "bosses confirmed today"
                ]
                and (channels or not RELEASE_WORD.search(clause))
                and not PREDICATE_START.match(clause)
                and (channels or not _AUXILIARY.search(clause))
                and find_dates(clause, published)
            ):
                joined[-1] = (joined[-1][0], hi)
                continue
        joined.append((lo, hi))
    return joined


def _listed(sentence: Sentence, lo: int, hi: int, published: date | None) -> list[Claim]:
    """A release told under a listing's sub-heading that gives the date ("The Lighthouse
    Keepers, BBC One, Sunday 22 February, 8pm" above "The drama returns for series two."):
    the heading's date, when the heading is only a listing (no verb, nothing else dated) and
    the clause is about its show."""
    above = sentence.heading_above or sentence.date_heading
    if above is None or RELEASE_WORD.search(above.text) or BLOCKERS.search(above.text):
        return []
    dates = {d.value for d in find_dates(above.text, published)}
    clause = sentence.text[lo:hi]
    show = sentence.show_at(lo, lo, hi)
    if (
        len(dates) != 1
        or show is None
        or (above.shows and show != above.shows[0].show)
        # under a day heading alone, the sentence names the show or sits under its label
        or (not above.shows and show != sentence.label and not sentence.shows)
        or _blocked(clause)
        or _ELSEWHERE.search(clause)
        or _TERRITORY.search(clause)
        or BLOCKERS.search(_subject(sentence, lo, clause, len(clause)))
        or not _about_a_show(sentence, lo, hi, hi, clause)
    ):
        return []
    season, named = sentence.season_at(show, lo, lo, hi)
    if not named:
        season, _ = above.season_at(show, 0)
    level = certainty(clause, sentence.text)
    if level == "unannounced":
        return []
    evidence = f"{above.text} — {sentence.text}"
    return [Claim(show, season, "release_date", dates.pop(), level, evidence)]  # type: ignore[arg-type]


# an old report beside the date since set: "Earlier reports had pointed to a March launch"
OLD_REPORT = (
    r"\b(?:reports?|rumou?rs?|whispers|speculation)\s+had\s+(?:\w+\s+)?(?:pointed|suggested|"
    r"indicated|claimed|said|put|placed)\b"
)
_HAD_BEEN_PLANNING = re.compile(
    r"\bhad\s+(?:originally\s+|previously\s+|initially\s+|first\s+|earlier\s+)?been\s+"
    r"(?:eyeing|targeting|aiming|planning|hoping|expected|set|slated|scheduled|due|reported)\b"
    rf"|{OLD_REPORT}",
    re.IGNORECASE,
)


def _old_plan(text: str, clause: str, found: DateMatch, governing: str) -> bool:
    """In a sentence that tells of a delay, whether a date is the plan it replaced."""
    if _HAD_BEEN_PLANNING.search(governing) and re.search(r"\b(?:but|now)\b", text, re.I):
        return True  # "had been eyeing a summer 2026 slot ..., but the show will now not return"
    if not _DELAY.search(text):
        return False
    if _WAS_DUE.search(governing):
        return True  # "was set for March 12 but has been delayed"
    before = clause[max(0, found.start - 40) : found.start]
    if _TARGET.search(before) or _TARGET.search(clause[found.start : found.end]):
        return False  # "delayed to April 9", "rescheduled for May"
    verb = _NEAR_VERB.search(before)
    if verb and not _PLAN_WORD.match(verb.group(0)):
        return False  # "will now premiere on June 18", "premieres June 18, after a delay"
    if _NOW.search(governing):
        return False  # "is now set for June 18"
    return bool(_DELAY.search(governing) or _PLAN_PAST.search(governing))


_TRAILING = re.compile(
    r"(?:putting|setting|pitting|leaving|making|giving|taking|placing|meaning)\b"
    r"|the\s+same\s+(?:week|day|night|month|weekend)\b",
    re.IGNORECASE,
)


def _foreign_subject(sentence: Sentence, clause: str, lo: int, words: list[re.Match[str]]) -> bool:
    """The clause names no watched show and its release verb follows another title
    ("Copper Valley returns on March 5" in a piece watched for Harbor Lights), or sits in
    another title's relative clause ("Ember Hollow, whose second season has been delayed")."""
    if sentence.heading:
        return False  # a headline capitalises every word
    if words:
        # "Dunmore's Tom Aske will next be seen in Sky's The Lockkeeper, which starts on 9
        # April": the verb is another title's, whatever else the clause names
        theirs = _THEIR_CLAUSE.search(clause[: words[0].start()])
        if (
            theirs
            and not _NOT_A_TITLE.match(theirs.group(0))
            and not any(lo + theirs.start() <= m.start < lo + theirs.end() for m in sentence.shows)
        ):
            return True
    # a watched show named only after the statement, in a trailing phrase, is not its
    # subject: "The Neon Room premieres on July 12, putting it up against The Gold Room's slot"
    end = clause.find(", ", words[0].end()) if words else -1
    told = len(clause) if end < 0 or not _TRAILING.match(clause, end + 2) else end
    if any(lo <= m.start < lo + told for m in sentence.shows):
        return False
    if QUOTED_TITLE.search(clause):
        return True  # "shifted the launch of the comedy “Copperfield Lane” to March 13"
    if genre_named(clause):
        return True  # "SonyLIV has moved its courtroom drama Pagdandi to June 27"
    which = _QUOTED_WHICH.search(clause)
    if which and words and which.start() < words[0].start():
        return True  # 'continues with the comedy "Half Moon Motel," which premieres October 29'

    for word in words:
        before = clause[: word.start()]
        other = _OTHER_SEASON.search(before)
        if other and not _NOT_A_TITLE.match(other.group("t") or other.group("t2")):
            return True  # "ALSO DATED: Greyhaven season 2 will arrive on November 21"
        run = _TITLE_RUN.search(before.rstrip(" ,"))
        if (
            run
            and not _NOT_A_TITLE.match(run.group("t"))
            and not _DESCRIBED.search(run.group("t"))
            # "The series from the director of Moonfall Keep arrives": a complement's title
            and not _COMPLEMENT_LEAD.search(before[: run.start("t")])
        ):
            return True
        theirs = _THEIR_CLAUSE.search(before)
        if theirs and not _NOT_A_TITLE.match(theirs.group(0)):
            return True
    return False


# another title in quotes with its own relative clause, the comma inside as US papers print it
_QUOTED_WHICH = re.compile(
    r"[“\"](?=[A-Z])[^“”\"\n]{1,60},[”\"]\s+(?:which|that|premiering|arriving|debuting|returning|"
    r"launching|streaming|airing|landing|dropping|bowing|premieres|arrives|debuts|returns|launches|"
    r"streams|airs|lands|drops|bows|begins|starts)\b"
)
_COMPLEMENT_LEAD = re.compile(
    r"\b(?:of|from|by|behind|like|based\s+on|inspired\s+by|creators?\s+of|makers?\s+of|"
    # the outlet a report is in: "a report in the trade newsletter The Slate Line says"
    r"according\s+to|newsletter|magazine|(?:news)?paper|outlet|(?:web)?site|trade|publication|"
    r"podcast|blog|column|tabloid)\s+$",
    re.I,
)
# another title with its season as the subject: "Greyhaven season 2 will arrive ..."
_OTHER_SEASON = re.compile(
    r"(?<![\w’'])(?!(?:The|A|An|This|That|Its|Their|Each|Every|Next|New)\s)"
    r"(?P<t>[A-Z][\w’'&!-]*(?:\s+(?:(?:of|the|and|&)\s+)?[A-Z][\w’'&!-]*)*)"
    r"(?:['’]s)?\s+(?i:season|series|part)\s+(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?:\w+\s+){0,2}$"
    # ("after JioHotstar's Delhi Files Season 3, which streams from 27 June": a title of two
    # words or more, not "Unlike season 2, which dropped ...")
    r"|(?<![\w’'])(?!(?:The|A|An|This|That|Its|Their|Each|Every|Next|New)\s)"
    r"(?P<t2>[A-Z][\w’'&!-]*(?:\s+(?:(?:of|the|and|&)\s+)?[A-Z][\w’'&!-]*)+)"
    r"(?:['’]s)?\s+(?i:season|series|part)\s+(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten),\s+(?:which|that)\s+(?:\w+\s+){0,2}$",
)
# "The Whitby-set police drama": a description of the show, not another title
_DESCRIBED = re.compile(r"^The\s+\S+-(?:set|based|born|bound|era|style|made|language|produced)$")


_SAID_THAT = re.compile(
    r"\b(?:announced|announces|said|says|confirmed|confirms|revealed|reveals|told\s+\w+|reported|"
    r"noted|explained|added|wrote|revealing|confirming|announcing)\b[^.;]*?\bthat\s+",
    re.IGNORECASE,
)


def _described_head(description: str) -> str:
    """What a description between commas says the thing is, where that is a thing not
    released as a season ("the official Hollowmere fan convention": convention), else ""."""
    head = re.split(r"\s+(?:from|by|of|with|that|who|which|about|set|starring|for)\s+", description)
    noun = head[0].split()[-1] if head[0].split() else ""
    return noun if BLOCKERS.search(noun) or _RELEASED_THING.search(noun) else ""


_CATCH = re.compile(r"(?:can|will\s+be\s+able\s+to)\s+catch", re.IGNORECASE)


def _after_saying(words: str) -> str:
    """The words after the last "announced ... that" in `words` (all of them without one)."""
    ends = [m.end() for m in _SAID_THAT.finditer(words)]
    return words[ends[-1] :] if ends else words


def _blocked(governing: str) -> bool:
    """A blocker in the words that govern a date: in the predicate, or in the subject's head
    ("The season 2 finale airs", not "The adaptation of the manga returns")."""
    # a description of the show set off by commas is not what is released ("series two of
    # X, the BAFTA-nominated village drama from writer Alison Fenby, will begin"), unless it
    # names a released thing ("X: Songs, the show's soundtrack album, is out May 3")
    governing = _DESCRIPTION.sub(lambda m: f", {_described_head(m.group(1))} ,", governing)
    verbs = list(RELEASE_WORD.finditer(governing))
    if not verbs:
        return bool(BLOCKERS.search(governing))
    verb = verbs[0]
    before = governing[: verb.start()]
    # "announced at the summer press tour that the third season will premiere": where it
    # was said is not what premieres; the subject is the one after "that"
    head = _COMPLEMENT.sub(" ", _after_saying(before))
    if _CATCH.match(verb.group(0)):
        head = ""  # "UK viewers can catch series two from 14/3": the audience, not the thing
    # a participle's noun is the one just before it: "a second cour airing from July 2024"
    participle = verb.group(0).lower().endswith("ing") and bool(
        BLOCKERS.search(" ".join(before.split()[-3:]))
    )
    # the word just before says what drops: "followed by weekly drops through December"
    participle = participle or bool(
        re.fullmatch(r"(?:weekly|daily|nightly|fortnightly)", " ".join(before.split()[-1:]), re.I)
    )
    # after the verb, an audience or its size is how the release went, not what was
    # released: "premiered in June 2025 to strong ratings", "streams to subscribers from May 5"
    predicate = _RECEPTION.sub(" ", governing[verb.start() :])
    return bool(
        BLOCKERS.search(head)
        or BLOCKERS.search(predicate)
        # a blocker that ends in the verb: "its world premiere at Series Mania"
        or any(
            m.end() > verb.start()
            for m in BLOCKERS.finditer(governing, max(0, verb.start() - 30), verb.end())
        )
        or _TITLED_THING.search(before)
        or participle
    )


_RECEPTION = re.compile(
    r"\b(?:to|with|for|among|drawing|pulling\s+in)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:ratings|viewership|viewers|subscribers)\b",
    re.IGNORECASE,
)
# a released thing named by a title before it: "the Songs of the Reef soundtrack", "the
# Deep Current game" (the head is the thing, not the title's "of the Reef")
_TITLED_THING = re.compile(
    r"[A-Z][\w'’-]*\s+(?:video\s*)?(?:games?|films?|movies?|soundtracks?|albums?|books?|novels?|"
    r"tours?|musicals?|podcasts?|documentar(?:y|ies)|specials?)\b"
)


# the season in view, named as such: "The season, which premiered May 15, ..."
_THE_SEASON = re.compile(r"^\s*(?:the|this)\s+(?:new\s+|latest\s+|current\s+)?season\b", re.I)
# a finite verb with its object after it: "The season goes into production next month in
# Toronto, and is expected to debut in 2026" (the season debuts, not the production)
_FINITE = re.compile(
    r"\b(?-i:(?!series\b|news\b)[a-z]{3,}(?:s|ed))\s+(?:into|in|on|to|for|at|up|out|back|"
    r"the|a|an|its|their|filming|production|shooting)\b"
)
_AUXILIARY = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|shall|must|"
    r"does|do|did)\b",
    re.IGNORECASE,
)
# the first of a season's parts: "Part 1", "the first half", "the first batch of episodes"
_FIRST_PART = re.compile(
    r"\b(?:part|volume|vol\.|cour)\s+(?:1|one|I)\b|\bfirst\s+(?:half|part|batch|volume|cour)\b"
    r"|\bfront\s+half\b",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(r"\b(?:of|based\s+on|from|by|inspired\s+by)\b[^,…]*", re.IGNORECASE)
_DESCRIPTION = re.compile(r",\s+((?:the|a|an)\s+[^,]{3,80}),")
_RELEASED_THING = re.compile(
    r"\b(?:video\s*games?|games?|films?|movies?|prequels?|sequels?|spin-?offs?|books?|novels?|"
    r"albums?|soundtracks?|tours?|specials?|trailers?|teasers?|documentar(?:y|ies)|podcasts?|"
    r"musicals?|plays?|conventions?|festivals?|events?|expos?|fairs?|concerts?|exhibitions?|"
    r"screenings?|panels?)\b",
    re.IGNORECASE,
)


def _subject(sentence: Sentence, lo: int, clause: str, position: int) -> str:
    """The words before the release verb that governs the date at `position` (the clause's
    subject, or the clause before it when this one starts with its verb)."""
    verbs = [m for m in RELEASE_WORD.finditer(clause) if m.start() < position]
    # a verb in an earlier comma segment governs another date ("With filming pencilled in for
    # the spring, an autumn 2026 return looks likely")
    segment = clause.rfind(", ", 0, position) + 2 if ", " in clause[:position] else 0
    if verbs and not RELATIVE_START.match(clause[segment:]):
        verbs = [m for m in verbs if m.start() >= segment] or (
            verbs if not RELEASE_WORD.search(clause, segment) else []
        )
    if not verbs:
        # no verb before the date: only an appositive can say what the subject is
        described = " ".join(m.group(1) for m in _DESCRIPTION.finditer(clause[:position]))
        return " ".join(_RELEASED_THING.findall(described))
    verb = verbs[-1]
    if _CATCH.match(verb.group(0)):
        return ""  # "UK viewers can catch series two": the audience, not the thing
    governing = scope(clause, verb.start())
    subject = governing[: governing.rfind(verb.group(0))]
    if PREDICATE_START.match(clause):
        # the clause shares the subject of the one before, not its predicate ("The series has
        # been filming in Hawes and will air next year": the series airs)
        before = max((a for a, _ in sentence.clauses if a < lo), default=lo)
        shared = sentence.text[before:lo]
        predicate = [m.start() for m in (_AUXILIARY.search(shared), _FINITE.search(shared)) if m]
        subject = shared[: min(predicate, default=len(shared))] + " " + subject
    # "announced at the press tour that the third season will premiere": the subject is the
    # one after "that"
    subject = _after_saying(subject)
    # "The anime adaptation of the folk-horror manga": the head is the adaptation, not what
    # it adapts; but an appositive that names a released thing ("Ashgrove: Ember Road, the
    # first video game based on the series,") says what the subject is
    head = _COMPLEMENT.sub(" ", subject)
    described = " ".join(m.group(1) for m in _DESCRIPTION.finditer(clause[: verb.start()]))
    return head + " " + " ".join(_RELEASED_THING.findall(described))


# a release told as the subject's own: "ahead of its general release on August 14"
_ITS_RELEASE = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:release|premiere|debut|launch|arrival|bow)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _possessed_by_blocked(text: str, position: int) -> bool:
    """Whether the date at `position` is of a release the sentence's subject owns ("its"),
    and the subject is no show ("The season 1 soundtrack will be on vinyl at the booth, ahead
    of its general release on August 14")."""
    its = _ITS_RELEASE.search(text, 0, position)
    if its is None:
        return False
    verb = _AUXILIARY.search(text, 0, its.start())
    head = text[: verb.start() if verb else its.start()]
    return bool(BLOCKERS.search(_COMPLEMENT.sub(" ", head[head.rfind(", ") + 1 :])))


def _first_release(
    sentence: Sentence, clause: str, lo: int, words: list[re.Match[str]]
) -> str | None:
    """The show whose first release the clause tells of: a past premiere verb right after
    the show's name ("Neon District premiered on Hulu in 2023")."""
    for word in words:
        if not _FIRST_RELEASE.match(word.group(0)):
            continue
        for mention in sentence.shows:
            start, end = mention.start - lo, mention.end - lo
            if (
                start >= 0
                and end <= word.start()
                and _SUBJECT_GAP.match(clause[end : word.start()])
            ):
                return mention.show
    return None


def _claim(
    sentence: Sentence, lo: int, hi: int, position: int, value: str | None, level: str
) -> list[Claim]:
    show = sentence.show_at(position, lo, hi)
    if show is None:
        return []
    season, named = sentence.season_at(show, position, lo, hi)
    if not named and _PRONOUN_ARRIVES.search(sentence.text, lo, hi):
        # "renewed the series for a third season, and the network says it will arrive next
        # year": "it" is the season just ordered; "Season 2 premiered in February ..., and it
        # will be available on Netflix from Feb. 1": the season just named, put in a library
        library = _LIBRARY_WORD.search(sentence.text, lo, hi)
        ordered = [
            m
            for m in sentence.seasons
            if m.end <= lo
            and m.number is not None
            and (library or _ORDERED_FOR.search(sentence.text[max(0, m.start - 60) : m.start]))
        ]
        if ordered:
            season = ordered[-1].number
            if library and sentence.is_past(show, season):
                return []
    return [Claim(show, season, "release_date", value, level, sentence.evidence)]  # type: ignore[arg-type]


_LIBRARY_WORD = re.compile(
    r"\b(?:available|join(?:s|ing)\s+(?:season|series)|be\s+(?:added|streaming)|land\s+on|arrive\s+on)\b",
    re.IGNORECASE,
)
_PRONOUN_ARRIVES = re.compile(r"\bit\s+(?:will|would|is\s+(?:set|due|expected)|['’]ll)\b", re.I)
_ORDERED_FOR = re.compile(
    r"\b(?:renewed|ordered|picked\s+up|greenlit|green-lit|commissioned)\b[^.;]{0,40}?\bfor\s+"
    r"(?:a|an|its)\s+$",
    re.IGNORECASE,
)


# "eight new episodes, all released at once": a participle describing them, not a past release
# "with all episodes released at once" (not "its sixteen episodes aired every Sunday")
_PARTICIPLE_AFTER = re.compile(r"\b(?:all|each|both|episodes)\s+$", re.IGNORECASE)
_OWN_EPISODES = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?episodes\s+$", re.IGNORECASE)


def _is_past(clause: str, words: list[re.Match[str]]) -> bool:
    """Whether the clause tells of a release that has happened ("came out in January")."""
    for word in words:
        before = clause[: word.start()]
        # (a reason given after a comma tells of something else: "expected to return in
        # 2027, given that filming only began in Croatia this spring")
        if _REASON_AFTER.match(before[before.rfind(", ") + 2 :] if ", " in before else ""):
            continue
        if _PAST_FORM.match(word.group(0)) and not (
            _FUTURE_AUX.search(before)
            or (_PARTICIPLE_AFTER.search(before) and not _OWN_EPISODES.search(before))
        ):
            return True
    return bool(_PAST_NOUN.search(clause))


_REASON_AFTER = re.compile(r"(?:given\s+that|because|since|now\s+that|seeing\s+as)\b", re.I)


# "became a hit after | arriving on Netflix in December": the clause before tells when
_AFTER_DOING = re.compile(r"\b(?:after|since|upon)\s*$", re.IGNORECASE)
_PAST_MAIN = re.compile(
    r"\b(?:became|was|were|had|went|proved|grew|turned|won|earned|drew|scored|topped|found|"
    r"built|gained|picked\s+up)\b",
    re.IGNORECASE,
)


# "aired every Saturday and Sunday until the beginning of March": when a run ended
_RUN_END = re.compile(
    r"\b(?:until|till|through)\s+(?:the\s+)?(?:(?:beginning|start|middle|end)\s+of\s+)?$", re.I
)
# "two weeks earlier than the March 28 launch": the date compared against
_COMPARED = re.compile(
    r"\b(?:earlier|later|sooner)\s+than\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$", re.I
)
# "will bring Brass Hollow back in April": a return, not "back in April" (then)
_BROUGHT_BACK = re.compile(
    r"\b(?:bring\w*|brought|see|seeing)\s+(?:\S+\s+){0,4}?back\s+(?:(?:in|on|for)\s+)?$", re.I
)


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A run: "aired on tvN from January 6 to February 25, 2024" began on January 6, 2024
_RUN_SPAN = re.compile(
    r"\b(?:aired|airs|ran|runs|streamed|broadcast|played|screened)\b[^.;]{0,30}?"
    rf"\b(?P<span>from\s+(?P<start>{_MONTH_WORD}(?:\s+\d{{1,2}})?)\s+(?:to|through|until|till|–|-)\s+"
    rf"{_MONTH_WORD}(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d))?)",
    re.IGNORECASE,
)


def _run_start(clause: str, published: date | None, dates: list[DateMatch]) -> list[DateMatch]:
    """The dates of a run given as a span, read as the one date it began."""
    run = _RUN_SPAN.search(clause)
    if run is None:
        return dates
    start = run.group("start") + (f", {run.group('year')}" if run.group("year") else "")
    began = find_dates(start, published, past=True)
    if len(began) != 1:
        return dates
    lo, hi = run.span("span")
    inside = [d for d in dates if lo <= d.start < hi]
    if not inside:
        return dates
    first = DateMatch(lo, hi, began[0].value, began[0].explicit)
    return [d for d in dates if d not in inside] + [first]


def _day_of_saying(
    text: str, lo: int, clause: str, found: DateMatch, published: date | None
) -> bool:
    """A weekday that is the publication day, in a sentence that says something was
    announced: the day it was said ("revealed the main cast and the anime's October premiere
    on Wednesday")."""
    return (
        published is not None
        and found.value == published.isoformat()
        and bool(_WEEKDAY_ONLY.fullmatch(clause[found.start : found.end].split()[-1]))
        and bool(_ANNOUNCED_BEFORE.search(text, 0, lo + found.start))
    )


_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|revealed|unveiled|confirmed|said|shared|posted)\b", re.IGNORECASE
)
_WEEKDAY_ONLY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _release_dates(
    clause: str, published: date | None, past: bool, day_first: bool = False
) -> list[DateMatch]:
    dates = [
        found
        for found in find_dates(clause, published, past=past, day_first=day_first)
        if (
            not _SAID_ON.search(before := clause[max(0, found.start - 40) : found.start])
            or _BROUGHT_BACK.search(before)
        )
        and not _COMPARED.search(before)
        and not (past and _RUN_END.search(before))
    ]
    dates = _run_start(clause, published, dates)
    relative = [d for d in dates if _RELATIVE_DAY.fullmatch(clause[d.start : d.end])]
    if any(is_day(d.value) and d not in relative for d in dates):
        # "on the 8th, airing late on Wednesday night": the weekday is that day's, or its slot
        dates = [
            d
            for d in dates
            if d not in relative or not _WEEKDAY_ONLY.search(clause[d.start : d.end])
        ]
        relative = [d for d in relative if d in dates]
    for found in relative:
        # "today" and weekdays only count right after a release verb ("premieres tonight");
        # a printed "3/14" may stand a little further off ("returns for season 2 on 3/14")
        near = _NEAR_NUMERIC if "/" in clause[found.start : found.end] else _NEAR_VERB
        if not near.search(clause[max(0, found.start - 60) : found.start]):
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
