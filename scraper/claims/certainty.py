"""Clause + sentence text -> how firmly a claim is made (confirmed, reported, speculated, ...)."""

from __future__ import annotations

import re

from scraper.models import Certainty

_VERBS_OF_SETTING = (
    r"(?:announced|confirmed|revealed|set|determined|decided|disclosed|scheduled|shared|"
    r"unveiled|given|released|locked(?:\s+in)?|made\s+official|finali[sz]ed|dated)"
)
UNANNOUNCED = re.compile(
    rf"\byet\s+to\s+(?:be\s+)?(?:officially\s+)?{_VERBS_OF_SETTING}"
    r"|\byet\s+to\s+(?:announce|confirm|reveal|set|share|give|unveil|decide|renew|reveal)\b"
    r"|\byet\s+to\s+(?:commit|settle|lock|pin)\s+(?:to|on|in|down)\b"
    rf"|\b(?:has|have|had|is|are|was|were)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:officially\s+)?{_VERBS_OF_SETTING}"
    rf"|\bnot\s+yet\s+(?:been\s+)?{_VERBS_OF_SETTING}"
    r"|\bno\s+(?:(?:official|confirmed|firm|exact|precise|specific|set|concrete|solid|new|"
    r"revised|updated|replacement|rescheduled)\s+)*"
    r"(?:release\s+|premiere\s+|launch\s+|return\s+|debut\s+|air\s+)?"
    r"(?:date|word|news|details|information|timeline|time\s*frame|window|update)s?\b"
    r"|\bno\s+(?:exact\s+|firm\s+|specific\s+)?(?:month|day)\s+yet\b"
    r"|\bto\s+be\s+(?:announced|confirmed|determined|revealed)\b|\b(?-i:TBA|TBD|TBC)\b"
    r"|\b(?:remains?|is|are|still)\s+(?:unknown|unclear|a\s+mystery|under\s+wraps|up\s+in\s+the\s+air)"
    r"|\bremains?\s+to\s+be\s+seen\b|\bnot\s+(?:yet\s+)?known\b"
    r"|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:officially\s+)?(?:said|say|announced|announce|revealed|reveal|confirmed|confirm|shared|share|given|give|set|unveiled|unveil|decided|decide|commented|comment)\b"
    r"|\byet\s+to\s+be\s+renewed\b|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:been\s+)?renewed\s+yet\b"
    r"|(?:\bnot|n['’]t)\s+yet\s+(?:been\s+)?renewed\b"
    r"|\bawait(?:s|ing)?\b|\bpending\b|\bin\s+limbo\b|\bon\s+the\s+bubble\b|\bundecided\b"
    r"|\b(?:does|do|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?have\s+an?\s+(?:official\s+)?(?:release\s+|premiere\s+)?date"
    # "still lacks a premiere date", "without a release date"
    r"|\b(?:lacks?|lacking|without)\s+an?\s+(?:official\s+|firm\s+)?(?:release\s+|premiere\s+|return\s+)?date",
    re.IGNORECASE,
)
NEGATION = re.compile(
    # not inside a hyphenated compound: "their will-they-won't-they romance"
    r"(?<!-)\b(?:not|never|no\s+longer|won['’]t|isn['’]t|aren['’]t|hasn['’]t|haven['’]t|wasn['’]t|"
    r"weren['’]t|doesn['’]t|don['’]t|didn['’]t|cannot|can['’]t|shouldn['’]t|wouldn['’]t)\b(?!-)"
    r"|\b(?:denied|denies|deny|debunked|false\s+rumou?rs?|no\s+plans)\b"
    # "Reports of a March premiere are false"
    r"|\b(?:are|is|were|was)\s+(?:simply\s+)?(?:false|untrue|inaccurate|baseless|unfounded)\b"
    r"|\b(?:is|are|was|were|been|be)\s+(?:now\s+)?(?:out\s+of\s+the\s+question|ruled\s+out|off\s+the\s+table)\b",
    re.IGNORECASE,
)
# "not only", "not until": negation words that do not deny the statement
_NOT_DENIAL = re.compile(
    r"\bnot\s+only\b|\buntil\b|\btill\b|\bnot\s+before\b|\bno\s+later\s+than\b"
    # a possibility kept open: "would not be out of the question", "can't be ruled out"
    r"|\b(?:not|n['’]t)\s+(?:be\s+|been\s+)?(?:out\s+of\s+the\s+question|impossible|ruled\s+out|"
    r"unthinkable|off\s+the\s+table)",
    re.I,
)
HEDGE = re.compile(
    r"\btalk\s+of\b|\bas\s+early\s+as\b|"
    r"(?:\bnot|n['’]t)\s+(?:be\s+|been\s+)?(?:out\s+of\s+the\s+question|impossible|ruled\s+out|off\s+the\s+table)|"
    r"\b(?:likely|unlikely|probabl[ey]|possibl[ey]|possibility|perhaps|maybe|expect(?:s|ed|ing)?|"
    r"anticipat(?:e|es|ed|ing)|could|might|should|rumou?r(?:s|ed)?|speculat\w*|predict\w*|"
    r"guess\w*|hope(?:s|d|fully)?|hoping|estimat\w*|tipped|potential(?:ly)?|eyeing|"
    r"aim(?:s|ed|ing)?\s+(?:for|to)|target(?:s|ed|ing)?|tentative(?:ly)?|presumabl[ey]|assum\w*|"
    r"clue|hint(?:s|ed|ing)?|seems?|appears?\s+to|suggest(?:s|ed|ing)?|unconfirmed|"
    r"unofficial(?:ly)?|believed|theor(?:y|ies|ize|ise)\w*|as\s+early\s+as|at\s+the\s+earliest|"
    r"if\s+all\s+goes|would\s+(?:almost\s+)?(?:likely|probably|certainly|surely)|"
    r"almost\s+certainly|in\s+talks|(?:positively\s+)?(?:reviewing|considering|weighing|mulling)\s+"
    r"(?:an?\s+|the\s+)?offer|"
    r"in\s+negotiations|negotiating|bet|"
    r"chances?\s+are|odds\s+are|we\s+think|we\s+reckon|fans\s+(?:think|believe|suspect|hope)|"
    r"reckons|reckoned|thinks|suspects|"
    r"fans\s+(?:are|were)\s+(?:\w+\s+)?(?:convinced|sure|certain)|convinced|"
    r"assuming|provided\s+that|"
    # "social media had been awash with claims that series five would launch on 6 April"
    r"claims\s+that|(?:awash|abuzz|rife)\s+with)\b"
    r"|\b(?-i:may)\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;]{0,40})", re.IGNORECASE)
_MAKERS = re.compile(
    r"^(?:the\s+)?(?:netflix|hbo|hulu|disney|apple|amazon|prime\s+video|peacock|paramount|fx|amc|"
    r"bbc|itv|showtime|starz|nbc|cbs|abc|fox|tvn|jtbc|sbs|kbs|mbc|crunchyroll|max|"
    r"(?:stan|binge|foxtel|sky|channel\s+[45]|rt[ée]|tg4|britbox|acorn|crave|cbc|tving|wavve|"
    r"coupang|viki|sonyliv|jiohotstar|hotstar|zee5|jiocinema|hidive|nhk|tbs|tnt|freeform|"
    r"bravo|syfy|the\s+cw|cw|starplus|mgm\+?|shudder|tubi|roku|youtube)\b|"
    r"(?:the|an?)\s+(?:official\s+)?(?:announcement|statement|press\s+release|release|trailer|"
    r"teaser|website|site|account|listing|schedule)|"
    r"(?:his|her|their|the\s+actor['’]s|the\s+actress['’]s|the\s+star['’]s)\s+(?:agency|agent|rep|"
    r"representatives?|spokesperson)|"
    r"(?:the\s+)?(?:streamer|network|studio|platform|broadcaster|channel|service|company|"
    r"showrunners?|creators?|director|producers?|writers?|cast|star|official))",
    re.IGNORECASE,
)
REPORTED = re.compile(
    # a British paper's "The Sun understands", "It is understood that"
    r"\bunderstands\b|\bit\s+is\s+understood\b|"
    # a trade's own scoop: "We hear", "I'm told", "we understand"
    r"\b(?:we|I)\s+(?:hear|heard|have\s+heard|['’]ve\s+heard|understand|learn)\b"
    r"(?!\s+(?:about|of|from|him|her|them|it)\b)|"  # (not "a character we have heard about")
    r"\b(?:we|I)\s*(?:['’]re|['’]m|are|am|have\s+been|['’]ve\s+been)\s+told\b|"
    r"\b(?:reported(?:ly)?|reports?|reporting|sources?|insiders?|scoop|"
    # "exclusively on HBO Max" is where it streams, not a scoop
    r"exclusive(?:ly)?(?!\s+(?:on|to|via|in|for|at|streaming)\b)|"
    r"has\s+learned|have\s+learned|learned|allegedly|leak(?:s|ed)?|(?:is|are)\s+said\s+to|"
    r"(?:people|those|someone|a\s+person)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of)|"
    r"(?:is|are|it\s+is)\s+understood|word\s+is|per\s+(?-i:[A-Z])\w+)\b",
    re.IGNORECASE,
)


# a plan or talks, not a guess: "in talks", "is eyeing a February premiere", "targeting May"
_PLANS = re.compile(
    r"\bin\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)\b|\bnegotiating\b|\beyeing\b"
    r"|\baim(?:s|ed|ing)?\s+(?:for|to)\b|\btarget(?:s|ed|ing)?\b"
    # "Reports suggest X has joined": the reports' word, not a guess of the writer's
    r"|\b(?:reports?|sources?|insiders?)\s+(?:\w+\s+)?suggest(?:s|ed)?\b",
    re.I,
)
_COMMENT = re.compile(
    r",\s+(?:putting|ending|bringing|capping|settling|answering|closing|leaving)\b[^,;]*"
    # "..., helped along by the kind of word of mouth you can't buy"
    r"|,\s+(?:helped|driven|fuell?ed|boosted|powered|buoyed|carried)\s+(?:along\s+|largely\s+)?by\b[^;]*",
    re.IGNORECASE,
)
# a leading condition that only sets the scene: "And if Saturday nights in Cornwall aren't
# enough, ITV is also bringing back Dunmore Farm in two weeks"
_SCENE_SETTING_IF = re.compile(
    r"^\s*(?:and\s+|but\s+|so\s+)?if\s+[^,;]{3,80}?\s+(?:(?:is|are)(?:\s+not|n['’]t)|"
    r"(?:isn['’]t|aren['’]t))\s+(?:quite\s+)?enough\b[^,;]*,",
    re.IGNORECASE,
)


_DESCRIPTION = re.compile(
    r"(?<=[\w*\"”’]),\s+(?:the|a|an|(?-i:[A-Z])[\w’'-]*(?:\s+\w+)?['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tale|story|drama|thriller|series|show|comedy|saga|adaptation|mystery|romance|anime)\b"
    r"[^,;()]{0,90},",
    re.IGNORECASE,
)


def is_unannounced(text: str) -> bool:
    """The text says something is not known or not set yet."""
    return bool(UNANNOUNCED.search(text))


def is_negated(text: str) -> bool:
    """The text denies its statement ("has not been renewed", "will not return")."""
    return bool(NEGATION.search(text)) and not _NOT_DENIAL.search(text)


# A conditional states nothing yet: "If Netflix greenlights it this autumn, ..." ("solid if
# unspectacular" is a concession, not a condition)
_CONDITIONAL = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|even|only)\s+)if\s+(?!not\b)", re.IGNORECASE
)


# A supposition: "A renewal would make it the third drama to be brought back this year"
_SUPPOSED = re.compile(
    r"^\s*(?:an?|any)\s+(?:[\w-]+\s+){0,2}?(?P<what>renewal|pickup|pick-up|order|season|greenlight)\s+"
    r"(?:would|could|might)\b",
    re.IGNORECASE,
)


def is_supposition(sentence: str, *, of_season: bool = True) -> bool:
    """The sentence supposes a renewal (or, with `of_season`, a season: "A third season would
    be ...") to say what would follow; it claims nothing of it. "A second season would likely
    arrive in 2027" still guesses at a date: release reading passes of_season=False."""
    found = _SUPPOSED.match(sentence)
    return found is not None and (of_season or found.group("what").lower() != "season")


def is_hedged(text: str) -> bool:
    return bool(HEDGE.search(text) or _CONDITIONAL.search(text.lstrip()))


def is_reported(sentence: str) -> bool:
    """Attributed to a report, sources or insiders rather than to the makers."""
    for match in _ACCORDING.finditer(sentence):
        if not _MAKERS.match(match.group("who").strip()):
            return True
    sentence = _ASKED_ABOUT_REPORTS.sub(" ", _NAMED_FOR_REPORTS.sub(" ", sentence))
    return bool(REPORTED.search(sentence))


# a newsletter, column or outlet named for reports: "The Couch Report:", "Business Insider"
_NAMED_FOR_REPORTS = re.compile(r"(?-i:[A-Z][\w'’]*)\s+(?-i:Report|Insider|Scoop|Exclusive)\b")
# a report the makers were asked about: "Asked about the report, a Prime Video representative
# repeated ..." is the makers' word
_ASKED_ABOUT_REPORTS = re.compile(
    r"\b(?:asked|questioned|pressed)\s+(?:about|on|over)\s+(?:the|this|that|these|those)\s+"
    r"(?:\w+\s+)?reports?\b|\b(?:responding|in\s+response)\s+to\s+(?:the|this|that|these|those)\s+"
    r"(?:\w+\s+)?reports?\b",
    re.IGNORECASE,
)


def certainty(clause: str, sentence: str, *, lead: str = "") -> Certainty:
    """How firmly `clause` (part of `sentence`) states its claim.

    `lead` is the part of the sentence before the clause, which governs it ("It is likely
    that ...", "Deadline reports that ..."); attribution is looked for in the whole sentence.
    """
    # a trailing participle phrase comments on the statement ("..., ending weeks of
    # speculation"); it does not hedge or deny it
    clause = _COMMENT.sub("", clause)
    # a description of the show between commas says nothing of the claim ("Vesper Line,
    # Channel 4's tale of a night train that never quite reaches Inverness, aired in 2024")
    clause = _DESCRIPTION.sub(",", clause)
    clause = _SCENE_SETTING_IF.sub(" ", clause)
    if is_unannounced(clause):
        return "unannounced"
    if is_negated(clause):
        return "denied"
    if is_hedged(lead + " " + clause):
        # "in talks" or "eyeing May", attributed to sources, is their report of talks or a plan
        if is_reported(sentence) and not is_hedged(_PLANS.sub(" ", lead + " " + clause)):
            return "reported"
        return "speculated"
    if is_reported(_beside(sentence, clause)):
        return "reported"
    return "confirmed"


_CONTRAST = re.compile(r"(?:,\s*|\s)(?:but|while|whereas|although|though)\b[^.;]*", re.IGNORECASE)


def _beside(sentence: str, clause: str) -> str:
    """The sentence without the contrasting clauses the claim is not in: "season 2 premiered
    in May to warm reviews but, according to third-party data, ..." is not reported."""
    told = clause.strip().rstrip(".!?")
    return _CONTRAST.sub(lambda m: m.group(0) if told in m.group(0) else " ", sentence)
