"""Article + title matcher -> its sentences, with the shows and seasons each names, in context."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from scraper.claims import text as textlib
from scraper.claims.titles import (
    MONTHS,
    PLATFORMS,
    WEEKDAYS,
    SeasonMention,
    ShowMention,
    TitleMatcher,
    season_mentions,
)
from scraper.models import Article


@dataclass(slots=True)
class Sentence:
    """One sentence (or the headline, or a sub-heading) and what it is about."""

    text: str
    heading: bool
    shows: list[ShowMention]
    seasons: list[SeasonMention]
    # the show the sentence is about when it names none ("It returns in May")
    default_show: str | None
    # per show: the season the surrounding text is about, and the article's coming season
    carry: dict[str, int]
    focus: dict[str, int]
    clauses: list[tuple[int, int]] = field(default_factory=list)
    # per show: the earliest season the headings name ("Season 3 Premiere Date Set, Renewed
    # for Season 4": season 3 is not past), where they name one
    current: dict[str, int] = field(default_factory=dict)
    # the sub-heading that names the show this sentence's section is about ("The Lighthouse
    # Keepers, BBC One, Sunday 22 February, 8pm" above the listing it heads)
    heading_above: Sentence | None = None
    # the calendar sub-heading ("WEDNESDAY, APRIL 9") over the listings this sentence is in
    date_heading: Sentence | None = None
    # the watched show the sentence's paragraph opens with as its label, if it does
    label: str | None = None
    # per show: the season the piece says is not (yet) ordered, where it names one
    unordered: dict[str, int] = field(default_factory=dict)
    # whether the piece prints dates day first ("8/1" is 8 January), as British papers do
    day_first: bool = False

    @property
    def evidence(self) -> str:
        return self.text

    def show_at(self, position: int, lo: int = 0, hi: int | None = None) -> str | None:
        """The show named nearest before `position` in [lo, hi), else nearest after, else
        anywhere in the sentence, else the context's show."""
        hi = len(self.text) if hi is None else hi
        before = [m for m in self.shows if lo <= m.start and m.end <= position]
        if before:
            return before[-1].show
        after = [m for m in self.shows if position <= m.start < hi]
        if after:
            return after[0].show
        if self.shows:
            return min(self.shows, key=lambda m: abs(m.start - position)).show
        return self.default_show

    def season_at(
        self, show: str | None, position: int, lo: int = 0, hi: int | None = None
    ) -> tuple[int | None, bool]:
        """(season, named here?) for a statement at `position` within [lo, hi)."""
        hi = len(self.text) if hi is None else hi
        inside = [m for m in self.seasons if lo <= m.start < hi]
        before = [m for m in inside if m.start <= position]
        # a season named after the statement, past a comma, is another thing's ("The season,
        # which premiered Jan. 14, ..., trading some of season one's melodrama")
        after = [
            m for m in inside if m.start > position and ", " not in self.text[position : m.start]
        ]
        for mention in ([before[-1]] if before else []) + after[:1]:
            if mention.relative:
                return self.relative_season(show), False
            return mention.number, True
        return self.context_season(show), False

    def relative_season(self, show: str | None) -> int | None:
        """The season "the new season" means: the one the headings put in view, if they
        name one, else the context's."""
        current = self.current.get(show) if show else None
        return current if current is not None else self.context_season(show)

    def context_season(self, show: str | None) -> int | None:
        if show is None:
            return None
        return self.carry.get(show, self.current.get(show, self.focus.get(show)))

    def is_past(self, show: str | None, season: int | None) -> bool:
        """A season before the one the article looks forward to ("season 1" in a season-2 piece)."""
        focus = self.focus.get(show) if show else None
        return season is not None and focus is not None and season < focus


# A title standing alone as a sentence labels what follows, like a sub-heading: "Silver
# Thread. The tailoring drama is done after one season."
_LABEL = re.compile(
    r"^[A-Z0-9][\w'’&!-]*(?:\s+(?:(?:of|the|and|in|on|a|an|&|to|for)\s+)?[A-Z0-9][\w'’&!-]*){0,5}\.$"
)
# A sub-heading that asks a question or names a topic ("When does it come out?", "Cast")
# goes on about the show before it; one that names another title ("Overtime: renewed",
# "Red Canyon (in theaters)") or another subject ("Honourable mentions") starts a section
# about something else.
_SAME_TOPIC = re.compile(
    r"^(?:\d+[.)]\s*)?(?:(?:the|our|a|an|its|full)\s+)?(?:when|what|what['’]s|who|who['’]s|where|how|why|which|is|are|will|does|"
    r"do|did|has|have|can|could|should|cast|the\s+cast|release|premiere|plot|story|trailers?|"
    r"teasers?|season|series|part|episode|everything|here|the\s+latest|latest|final|bottom|"
    r"updates?|news|dates?|production|filming|renewal|recap|review|verdict|faq|more|our|so|"
    r"returning|new\s+cast|behind|voice|english|japanese|korean|dub|main|guest|supporting|meet|"
    r"full|in\s+the|also|catch|departures?|exits?|leaving|newcomers?|new\s+faces|joining|additions|"
    r"changes|recasts?|schedule|episodes|details|background|context|reaction|"
    r"what\s+we\s+know|the\s+story|characters?|creative|music|streaming|renewed|"
    r"cancell?ed|status|timeline|previously|"
    # a tracker's sections by status: "Confirmed", "Reported", "Rumoured", "Gone"
    r"confirmed|unconfirmed|official(?:ly)?|reported|rumou?r(?:s|ed|\s+mill)?|speculation|"
    r"speculative|in\s+talks|possible|possibly|likely|unlikely|gone|staying|back|out|"
    # an encyclopedia's sections: "Broadcast history", "Reception", "Other media"
    r"broadcast|history|reception|other\s+media|development|premise|synopsis|overview|legacy|"
    r"ratings|accolades|distribution|marketing|home\s+media|future|critical|viewership|guide|"
    r"summary|setting|staff|crew|key\s+visuals?|visuals?|theme\s+songs?|opening|credits|"
    # a press release's cast sections: "NEW TO THE CAST", "SPECIAL GUEST STARS", "NOT RETURNING"
    r"new\s+to\s+the\s+cast|special\s+guests?|not\s+returning|international|"
    r"on\s+the\s+bubble|in\s+limbo|undecided|pending|TBC|TBA|unknown|wish\s*list|long\s+shots?|"
    r"still\s+waiting|awaiting|ended|ending|axed|saved|safe|doomed|upcoming|coming\s+soon)\b",
    re.IGNORECASE,
)
# A non-show thing introduced in a sentence: a following "It ..." is about that thing.
_OTHER_THING = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:spin-?off|prequel|sequel|film|movie|feature|special|"
    r"book|novel|video\s*game|game|documentary|podcast|musical|stage\s+(?:show|play|adaptation)|"
    r"companion\s+series|tour)\b",
    re.IGNORECASE,
)
# "Erica Lindqvist as Akane" on a line of its own is a cast list's entry, not a heading
# and so is "Ayaka Morimoto voices Lilia, a mechanic"; under a cast list's heading, so is
# "Yuto Saeki (Ren Kurogane)" (elsewhere that shape heads a listing: "Old Harbour Road (ITV)")
_CAST_LINE = re.compile(
    r"^(?:[A-Z][^\W\d_'’-]*[-'’]?){1,3}(?:\s+\S+){0,3}"
    r"\s+(?:as|voices|plays|portrays)\s+(?:(?:the|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}"
    r"[A-Z][^\s]*(?:\s+\S+){0,8}$"
    # "Mio Hanazawa as Kotone Amari, a baker who only opens her shop after dark"
    r"|^(?:[A-Z][^\W\d_'’-]*[-'’]?){1,3}(?:\s+\S+){0,3}\s+as\s+[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,3},"
    r"\s+(?:an?|the|his|her|their|[A-Z][\w'’-]*['’]s)\s+[^.;:]*$"
)
_BRACKETED_CAST_LINE = re.compile(
    r"^[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){1,3}\s*\([A-Z][^()]{0,40}\)$"
)
_CAST_HEADING = re.compile(r"\b(?:cast|voices?|starring|stars|ensemble|characters)\b", re.I)
# the answer to a sub-heading's question, not a title: "Yes. Netflix renewed the show ..."
_ANSWER = re.compile(
    r"^(?:yes|no|nope|yep|sadly|unfortunately|absolutely|maybe|perhaps|possibly|probably|"
    r"not\s+yet|not\s+quite|sort\s+of|kind\s+of|good\s+news|bad\s+news|indeed|correct|"
    r"definitely|officially|almost|soon|finally|well)\.$",
    re.IGNORECASE,
)
# A paragraph that opens with a title as its label: "Midtown General (NBC): The medical drama
# will return ...", "Outpost Nine — renewed for season 2."
_LEAD_LABEL = re.compile(
    r"^(?:[-•*–]\s+)?(?i:(?!(?:update|updated|exclusive|breaking|note|editor['’]s\s+note|spoilers?|warning|"
    r"verdict|bottom\s+line|our\s+take|why|what|when|who|where|how|status|cast|plot|"
    r"release\s+date|premiere|trailer|also|plus|bonus|netflix|hbo|hulu|max|disney\+?|"
    r"prime\s+video|apple\s+tv\+?|peacock|paramount\+?|bbc|itv|season|series|part)\b))"
    r"(?P<title>[A-Z0-9][\w'’&!.-]*(?:\s+(?:(?:of|the|and|in|on|a|an|&|to|for|with|at|from|by)\s+)?"
    r"[A-Z0-9][\w'’&!.-]*){0,6})"
    r"(?:"
    # "Glassjaw (FX) - The boxing comedy ..."
    r"\s*\([^()]{1,40}\)\s+[—–-]\s+(?=[A-Z])"
    # "Midtown General (NBC): ...", "Northbound, season 2 (Netflix). ...", "X (ABC) - season 4."
    r"|(?:,\s+(?:(?:season|series|part|volume)\s+\w+|series|new\s+series)"
    r"(?:\s+(?:premiere|finale|return|launch))?)?\s*\([^()]{1,40}\)"
    r"(?:\s*[-–—]\s*(?:season|series)\s+\w+)?\s*[:.]"
    # "Outpost Nine: Renewed ..." (but an interview's "Kerrigan: We haven't heard" is a speaker)
    r"|(?P<colon>:)(?=\s+(?!(?:I|I['’]\w+|We|We['’]\w+|Well|Yes|No|Oh|So|You|It['’]s|That['’]s|"
    r"My|Our|Honestly|Look|Absolutely)\b)[A-Z])"
    # "Outpost Nine — renewed for season 2."
    r"|\s+[—–-]\s+(?=[A-Z])"
    # a news-in-brief item's own short headline: "Dune Runners cancelled.", "Harbor Lights
    # premieres Aug. 1.", "Polestar Motel season 2 checks in Aug. 14."
    r"|(?=\s+(?:(?:season|series|part)\s+\w+\s+)?(?:renewed|cancell?ed|axed|scrapped|premieres|"
    r"to\s+end|picked\s+up|sets\s+(?:a\s+)?(?:date|return)|"
    r"debuts|dated|gets\s+(?:a|an|another)|checks\s+(?:in|back)|wraps|ends)\b[^.!?]{0,40}[.!?](?:\s|$)))"
)
# A list's item led by a title in quotes and its season: '"Lakeview Heights" season 5. ABC
# confirmed the drama returns on Jan. 7, 2026.'
_QUOTED_LEAD = re.compile(
    r"^(?:[-•*–]\s+)?[“\"](?P<title>[A-Z0-9][^“”\"\n]{1,60}?),?[”\"],?\s+(?:season|series|part)\s+\w+"
    r"(?:\s*\([^()]{1,40}\))?\s*[.:]",
    re.IGNORECASE,
)
# A live blog's or list's item led by a title in italics: "10:48 a.m. — *Velvet Precinct*, the
# new cop comedy, premieres Thursday, June 12."
_ITALIC_LEAD = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[—–-]\s*)?[*_](?P<title>[A-Z0-9][^*_\n]{0,60})[*_]"
    r"(?=[\s,:;.—–-])(?P<colon>(?!))?"
)
# Lines of page furniture in a text: related links and captions never make claims
_FURNITURE = re.compile(
    r"^(?:read\s+more|read\s+next|related(?:\s+(?:stories|articles|reading))?|see\s+also|"
    r"more\s+(?:tv\s+|film\s+|entertainment\s+)?news|you\s+(?:might|may)\s+also\s+like|trending|"
    r"also\s+read|more\s+from\s+[^:]{1,30}|recommended|(?:photo\s+|image\s+)?caption|picture|"
    r"pictured|photo(?:\s+credit)?|image(?:\s+credit)?|credit)\s*[:|]",
    re.IGNORECASE,
)
# A heading over a block of the page's own links ("Related coverage", "Most read"): the
# headline-like lines under it are other stories, until the article's prose resumes
_LINKS_HEADING = re.compile(
    r"^(?:related(?:\s+(?:coverage|stories|articles|reading|content|links|news|posts))?|"
    r"read\s+(?:more|next|this\s+next)|see\s+also|further\s+reading|more\s+(?:on|from|about|in)\s+"
    r"[^.!?]{1,40}|more\s+(?:tv|film|entertainment|streaming)?\s*(?:news|stories|coverage)|"
    r"you\s+(?:might|may)\s+also\s+like|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|"
    r"most\s+(?:read|popular|viewed|shared)|popular(?:\s+now)?|latest\s+(?:news|stories)|"
    r"editors['’]?\s+picks?|don['’]t\s+miss)\s*:?$",
    re.IGNORECASE,
)
# A heading over readers' comments: nothing after it is the article's
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader\s+comments|readers['’]?\s+comments|join\s+the\s+"
    r"(?:conversation|discussion)|have\s+your\s+say)(?:\s*\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
# "Not to be confused with Polestar, the Swedish thriller whose third season arrives ...":
# the sentence is about the other one
_NOT_THIS_ONE = re.compile(
    r"^(?:(?:but|and)\s+)?(?:(?:(?:should|must|is|are|was|were)\s+)?not\s+to\s+be\s+confused\s+with"
    r"|(?:should|must|is|are|was|were)\s+not\s+be\s+(?:confused|mixed\s+up)\s+with"
    r"|(?:not\s+to\s+be\s+)?mixed\s+up\s+with|unrelated\s+to|no\s+relation\s+to"
    # "Elsewhere on the guide this month, SBS's comedy Second Sitting returns on February 12"
    r"|elsewhere\b(?:\s+(?:on|in|at|across)\s+[^,]{1,40})?,)",
    re.IGNORECASE,
)
# a title crediting the person after it: "Red Thread creator Anouk Lemaire"
_CREDIT_AFTER = re.compile(
    r"['’]?s?\s+(?:co-?)?(?:creator|showrunner|writer|director|producer|composer|"
    r"executive\s+producer)s?\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})",
    re.IGNORECASE,
)
# two or more capitalised words: a title or a person, in running text
CAPITALISED_RUN = r"[A-Z][\w’'&!-]*(?:\s+(?:(?:of|the|and|in|on|a|&)\s+)?[A-Z][\w’'&!-]*)+"
_TITLE_RUN = re.compile(r"(?<![\w’'])" + CAPITALISED_RUN)
# a sub-heading asking whether a season will be made, not naming the one in view: "Will
# there be a season 2?", "Is a third season on the cards?"
_WHETHER = re.compile(
    r"^(?:will|could|is|are|has|have|does|do|can|when\s+will)\b[^?]*\b(?:there\s+be|renew\w*|"
    r"happen\w*|on\s+the\s+cards|get|gets|coming|come\s+back|return)\b[^?]*\?$",
    re.IGNORECASE,
)
# a sentence telling of a season still to come
_COMING = re.compile(
    r"\b(?:will|comes?\s+back|coming\s+back|is\s+back|returns|returning|set\s+(?:for|to)|"
    r"premieres|debuts|arrives|lands|drops|launches|upcoming|renewed|picked\s+up|ordered|"
    r"greenlit|commissioned|slated|due|scheduled|expected|stays\s+on|holds)\b",
    re.IGNORECASE,
)
# ... unless it doubts or denies it ("has not renewed it for a second season", "if renewed")
_UNSURE = re.compile(
    # (not the "no" of a romanised title: "Kissaten no Yoru")
    r"\b(?:not|never|no(?!\s+(?-i:[A-Z]))|yet\s+to|if|whether|could|might|may|would)\b|n['’]t\b",
    re.IGNORECASE,
)
# Another title named after what it is: "its courtroom drama Pagdandi", "the Argentine
# thriller El Último Verano" (the clause names no watched show)
# what a show is called as a kind of thing, before its title: "the courtroom drama Pagdandi"
GENRE = (
    r"(?:drama|thriller|comedy|dramedy|sitcom|series|show|miniseries|docuseries|anime|procedural|"
    r"mystery|romance|saga|anthology|k-?drama|telenovela|soap|western|fantasy|horror|satire|"
    r"competition|game\s+show|reality\s+show|quiz|talk\s+show|docudrama|cartoon)"
)
GENRE_NAMED = re.compile(
    # ("Rival soap Bramble Close launches its new season")
    rf"\b(?:its|their|the|a|an|rival|fellow|sister|competing|[A-Z][\w+]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?-i:{GENRE})\s+"
    r"[“\"‘]?(?-i:(?:El|La|Los|Las|Le|Les|Der|Die|Das|The)\s+)?(?-i:[A-ZÀ-Þ][\w'’-]+)"
    r"(?!\s+(?-i:Expo|Awards?|Festival|Con)\b)",
    re.IGNORECASE,
)
# a person's credit on another title, set off by commas: "Bev Olusanya, co-host of ITV's
# breakfast show Rise & Shine, will ..." (the sentence is still the article's show's)
_CREDIT_ASIDE = re.compile(
    r"(?<=\w),\s+(?:the\s+|a\s+|former\s+|ex-)?(?:co-?)?(?:host|presenter|star|creator|anchor|"
    r"judge|winner|alum|veteran|singer|comedian|actor|actress|lead)s?\s+(?:of|on|in)\s+[^,;()]{3,70},"
)


# a title named as the neighbour in a schedule or a comparison: "keeping its slot after the
# network's reality competition Kitchen Triage" (the sentence is still the piece's show's)
_NEIGHBOUR = re.compile(
    r"\b(?:after|before|following|behind|ahead\s+of|alongside|opposite|against|than|like)\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


# an aside about a person's past work: "Barry Ingleby, who many will remember from his
# decades on the bush vet drama Red Gum Crossing, will guest star as ..."
_PERSON_ASIDE = re.compile(
    r",\s+(?:who|whose|best\s+known|known|fresh\s+from|fresh\s+off|a\s+veteran\s+of)\b[^,;]*$"
)


def genre_named(text: str) -> bool:
    """Whether the sentence names another title after its genre, outside a credit aside and
    not as its neighbour in the schedule."""
    text = _CREDIT_ASIDE.sub(",", text)
    return any(
        not _NEIGHBOUR.search(text[max(0, m.start() - 24) : m.start()])
        and not _PERSON_ASIDE.match(text[: m.start()], max(0, text.rfind(",", 0, m.start())))
        for m in GENRE_NAMED.finditer(text)
    )


# a season named only as not (or not yet) ordered: "has not yet renewed Tallowmere for a
# second season", "if it is renewed for a third"
_NOT_RENEWED = re.compile(
    r"(?:\b(?:not|never|yet\s+to|if|whether|unless)\b|n['’]t)(?:\s+[\w'’]+){0,3}?\s+"
    r"(?:renew\w*|order\w*|picked\s+up|greenlit|green-?light\w*|commission\w*)"
    # "no decision yet on a third season", "has not decided whether it gets a third season"
    r"|\bno\s+decision\s+(?:yet\s+)?(?:on|about)\s+(?:a|the)\s+\w+\s+(?:season|series)\b"
    r"|\b(?:not|yet\s+to)\s+(?:yet\s+)?decided?\s+(?:whether|if)\b[^.;]{0,40}?\b(?:season|series)\b"
    # "I would be surprised if it lives to see a second season"
    r"|\b(?:if|whether|unless)\b[^.;]{0,60}?\b(?:second|third|fourth|fifth|sixth|another|\d+(?:st|nd|rd|th))\s+"
    r"(?:season|series)\b",
    re.IGNORECASE,
)
# A title named only as a reference, not as what the piece goes on about: "from Sunniva Aasen,
# who previously created Parallax", "in the vein of Ironvale" (but "Fans of Sable Point will
# need more patience" is about it)
_IN_PASSING = re.compile(
    r"\b(?:(?:co-?)?created|(?:co-?)?creators?\s+of|wrote|written|directed|makers?\s+of|"
    r"(?:team|people|minds?|writers?)\s+behind|like|such\s+as|similar\s+to|compared?\s+(?:to|with)|"
    r"comparisons?\s+(?:to|with)|vein\s+of|alum(?:nus|na)?\s+of|"
    r"veteran\s+of|known\s+for|spin-?off\s+of|sequel\s+to|prequel\s+to|follow-?up\s+to|"
    r"confused\s+with|mixed\s+up\s+with|unrelated\s+to|no\s+relation\s+to)\s+"
    r"(?:(?:the|his|her|their|its|hit|acclaimed|cult|[\w+]+['’]s)\s+){0,3}['\"“‘]?$",
    re.IGNORECASE,
)
# what is said of a later season that is still to be made: its order, its writing, its shoot
_RENEWAL_TALK = re.compile(
    r"\b(?:renew\w*|picked\s+up|pick-?up|order(?:ed|s)?|greenlit|green-?light\w*|commission\w*|"
    r"writers['’]?\s+room|filming|shoot\w*|scripts?|in\s+development|in\s+(?:pre-?)?production|"
    r"in\s+the\s+works|(?:already|also)\s+on\s+(?:the|its)\s+way|already\s+(?:confirmed|coming))\b",
    re.IGNORECASE,
)
# A listings page's day: "WEDNESDAY, APRIL 9", "Friday 14 March", "Saturday, March 15, 2025"
_DAY_HEADING = re.compile(
    r"^(?:(?:early|mid|later?|end\s+of|rest\s+of(?:\s+the)?)[\s-]+(?:in\s+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?:,?\s+\d{4})?$",
    re.IGNORECASE,
)
# A calendar's entry on a line of its own, dated or with its details after a dash: "Sept. 8 -
# Harbor Patrol, season 10 (CBS)", "Hollowmere (Season 2), Peacock - Sunday, Sept. 6"; an entry
# under the day heading, not a heading of another section
_LISTING_ENTRY = re.compile(
    r"^[-•*–]?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[-–—:]\s+\S"
    r"|[^()]{2,80}\([^()]{2,40}\),?\s*[^-–—()]{0,30}\s[-–—]\s+\S)",
    re.IGNORECASE,
)
_QUESTION_BREAK = re.compile(r"(?<=\?)\s+(?=[A-Z“\"'‘])")
_PRONOUN_SUBJECT = re.compile(r"^(?:(?:but|and|so|still|now),?\s+)?(?:it|they|this)\b", re.I)


def _units(
    article: Article, leads: dict[int, int], paragraph_of: list[int]
) -> list[tuple[str, bool]]:
    """The headline's parts and the body's sub-headings and sentences, each with whether it
    is a heading; `leads` gets, per unit that opens with a title as a label ("Midtown General
    (NBC): The medical drama returns ..."), where that title ends; `paragraph_of` gets each
    unit's paragraph number."""
    units: list[tuple[str, bool]] = []
    if article.title and article.title.strip():
        # "Ironbark Season 2: Has Prime Video Renewed It? Everything We Know": the question
        # is a unit of its own (and asks; it does not claim)
        for part in _QUESTION_BREAK.split(textlib.fold(article.title)):
            units.append((part, True))
            paragraph_of.append(0)
    in_cast_list = False
    in_links = False
    after_quote = False
    number = 0
    for paragraph in textlib.paragraphs(article.text):
        if after_quote and textlib.is_heading(paragraph) and len(paragraph.split()) <= 6:
            after_quote = False
            continue  # a pull quote's attribution ("Jamal Whitfield-Reyes"), not a sub-heading
        after_quote = bool(_WHOLE_QUOTE.match(paragraph))
        if _COMMENTS_HEADING.match(paragraph):
            break  # "Comments (2)": readers' words, to the end
        if _LINKS_HEADING.match(paragraph):
            in_links = True  # "Related coverage": other stories' headlines follow
            continue
        if in_links and textlib.is_heading(paragraph):
            continue
        in_links = False
        if _FURNITURE.match(paragraph):
            continue  # "READ MORE: ...", "Photo caption: ...": the page's, not the article's
        cast_line = bool(
            _CAST_LINE.match(paragraph) or (in_cast_list and _BRACKETED_CAST_LINE.match(paragraph))
        )
        bullet = paragraph[:2] in ("- ", "• ", "* ", "– ")  # a list's item, not a heading
        if units and units[-1][1] and paragraph_of[-1] != 0 and _DETAILS_LINE.match(paragraph):
            # "Peacock · Thursday, Sept. 17" under "1. Dunmore Heights, season 4": the
            # listing item's details belong to its heading
            units[-1] = (f"{units[-1][0]} · {paragraph}", True)
            continue
        if textlib.is_heading(paragraph) and not cast_line and not bullet:
            in_cast_list = bool(_CAST_HEADING.search(paragraph))
            units.append((paragraph, True))
            number += 1
            paragraph_of.append(number)
            continue
        in_cast_list = in_cast_list and cast_line
        number += 1
        for index, sentence in enumerate(_set_apart(textlib.sentences(paragraph))):
            paragraph_of.append(number)
            label = bool(_LABEL.match(sentence)) and not _ANSWER.match(sentence)
            units.append((sentence, index == 0 and label))
            lead = (
                (
                    _LEAD_LABEL.match(sentence)
                    or _ITALIC_LEAD.match(sentence)
                    or _QUOTED_LEAD.match(sentence)
                )
                if index == 0
                else None
            )
            colon = lead.groupdict().get("colon") if lead else None
            if lead and not (colon and " " not in lead.group("title")):
                leads[len(units) - 1] = lead.end("title")
    return units


# A listing item's line of details: short parts between dots or bars, one of them a date
# ("Peacock · Thursday, Sept. 17", "Hulu | Oct. 22nd", "Netflix · 8 episodes · 14 March")
_DETAIL = r"[^·|•.!?;:]{1,30}(?:\.\s*[^·|•.!?;:]{1,20})?"
_DETAILS_LINE = re.compile(
    rf"^(?=[^\n]{{0,80}}$)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn"
    r"|winter|tba|tbc|20\d\d)[a-z]*\b)"
    rf"{_DETAIL}(?:\s+[·|•]\s+{_DETAIL})+$",
    re.IGNORECASE,
)
# a paragraph that is one quotation and nothing else: a pull quote, whose speaker may follow
_WHOLE_QUOTE = re.compile(r"^[“\"][^“”\"]+[”\"]$")
# "X should not be confused with CBS's Coldwater, which was cancelled": what follows is
# about the other title
_SET_APART = re.compile(
    r"\s(?=(?:should|must|is|are|was|were)\s+not\s+(?:to\s+)?be\s+(?:confused|mixed\s+up)\s+with\b)",
    re.IGNORECASE,
)


def _set_apart(sentences: Iterable[str]) -> list[str]:
    """The sentences, each cut where it starts telling of a title it is not about."""
    return [part for sentence in sentences for part in _SET_APART.split(sentence, maxsplit=1)]


# Another title in quotes, every word capitalised but the small ones (not a quoted remark)
QUOTED_TITLE = re.compile(
    # (a title has a letter: not a quoted '"2026,"')
    r"[“\"‘'](?=[A-Z0-9])(?=[^”\"’'\n]*[A-Za-z])"
    r"(?:(?:[A-Z0-9][\w’'&!:,.-]*|of|the|and|in|on|a|an|to|for|at|by|with)\s?){1,7}"
    r"(?<=[\w!.?])[”\"’'](?!\w)"
    # or in italics, as plain-text pages mark them: "*Velvet Precinct*"
    r"|(?<![\w*])\*(?=[A-Z0-9])[^*\n]{1,60}(?<=[\w!?])\*(?![\w*])"
)


# another title, in quotes or capitalised before its season ("Copper Saints season 2")
_ANOTHER_TITLE = re.compile(
    r"[“\"‘*](?=[A-Z0-9])|(?<![\w’'])(?-i:[A-Z][a-z][\w’'&!-]*)(?:\s+(?-i:[A-Z][\w’'&!-]*))*"
    r"(?:['’]s)?\s+(?:season|series|part)\s+\w+",
    re.IGNORECASE,
)


_CAPITALISED_WORDS = re.compile(r"(?<![\w’'])[A-Z][a-z][\w’'&!-]*(?:\s+[A-Z][a-z0-9][\w’'&!-]*)+")
_CALENDAR_WORDS = {w.capitalize() for w in MONTHS | WEEKDAYS} | {"The"}


_LISTED_WITH_CHANNEL = re.compile(
    r"(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)*\s+\((?:BBC|ITV|Channel\s+\d|Sky|Netflix|"
    r"Prime\s+Video|Disney|Apple|Hulu|HBO|Max|Peacock|Paramount|NBC|CBS|ABC|Fox|FX|AMC|Stan|Binge|"
    r"Foxtel|RTÉ|TG4|Virgin|U&|E4|More4|5|Starz|Showtime)\b[^()]{0,40}\)"
)


def _names_another_title(text: str) -> bool:
    """Whether a sentence that names no watched show names another title: in quotes, before
    its season, or as a run of capitalised words that is no service, month or day."""
    if _ANOTHER_TITLE.search(text):
        return True
    for run in _CAPITALISED_WORDS.finditer(text):
        words = [w for w in run.group(0).split() if w not in _CALENDAR_WORDS]
        # (a title, not a person: "The Dry Counties panel", not "showrunner Gabe Wexler")
        titled = run.group(0).startswith("The ") or _SHOW_NOUN_AFTER.match(text, run.end())
        if (
            len(words) >= 2
            and titled
            and not all(w.lower().rstrip("+") in PLATFORMS | {"video", "tv"} for w in words)
        ):
            return True
    return False


_SHOW_NOUN_AFTER = re.compile(
    r"\s+(?:panel|series|show|season|premiere|finale|trailer|cast|revival|reboot|spin-?off)\b",
    re.IGNORECASE,
)


def _bind(
    shows: list[ShowMention], season: SeasonMention, fallback: str | None, text: str = ""
) -> str | None:
    """The show a season mention belongs to: the nearest named one in its clause, else the
    nearest ("Starfall Gets Season 3, Tidebound Knights Adds a Princess": Starfall's), else
    the context's."""
    # "Drama "Low Tide Rising" follows with its fifth season on Oct. 1, and ...": a season in
    # a clause that names another title in quotes, and no watched one, is that title's
    lo = max(text.rfind(",", 0, season.start), text.rfind(";", 0, season.start), 0)
    ends = [i for i in (text.find(",", season.end), text.find(";", season.end)) if i >= 0]
    hi = min(ends, default=len(text))
    if text and QUOTED_TITLE.search(text, lo, hi) and not any(lo <= m.start < hi for m in shows):
        return None
    if not shows:
        return fallback

    def apart(m: ShowMention) -> tuple[int, int]:
        # (a semicolon parts more than a comma: "Dates X Season 4, Orders Fifth and Final
        # Season; Y Holds Oct. 22 Date" gives the fifth season to X)
        lo, hi = sorted((m.end, season.start) if m.start < season.start else (season.end, m.start))
        between = text[lo:hi]
        crossing = 2 if re.search(r"[;|]", between) else 1 if "," in between else 0
        return crossing, abs(m.start - season.start)

    return min(shows, key=apart).show


def _whole_titles(spans: list[tuple[int, int]], shows: list[ShowMention]) -> list[tuple[int, int]]:
    """Clauses joined again where a break fell inside a title ("Salt and Iron")."""
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and any(m.start < span[0] and merged[-1][1] < m.end for m in shows):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


# a live blog's entry, stamped with its time: a new item, about whatever it names
_TIMESTAMPED = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—:]\s", re.I)


def _other_section(index: int, text: str, heading: bool, shows: list[ShowMention]) -> bool:
    """A sub-heading (not the headline) that names no watched show and is no question or
    topic of the show's: what follows is about another title."""
    # "The English dub cast includes:" introduces a list of the same show's
    return (
        heading
        and not shows
        and index > 0
        and not _SAME_TOPIC.match(text)
        and not text.rstrip().endswith(":")
        and not _CAST_ENTRY_HEADING.match(text)
    )


# a cast guide's entry, a person and the part: "1. Valentina Ospina as Inés Cárdenas"
_CAST_ENTRY_HEADING = re.compile(
    r"^(?:\d+[.)]\s*)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}\s+as\s+(?-i:[A-Z])"
)


# a title crediting the person after it as its star ("Harrowgate Lane's Fenella Cross",
# "another Harrowgate Lane alumna, Saoirse Quilty")
_KNOWN_FOR = re.compile(
    r"(?:['’]s?|\s+(?:(?:co-?)?star|alum(?:na|nus|ni)?|veteran|actor|actress|favou?rite)s?,?)\s+"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b",
    re.IGNORECASE,
)
# what the star does next, in a headline: "lands lead role in", "to star in", "joins"
_TAKES_A_PART = re.compile(
    r"\s+(?:lands?|gets?|books?|joins?|boards?|nabs?|scores?|signs?\s+(?:on\s+)?(?:for|to)|"
    r"to\s+(?:star|lead|headline|front|play)|will\s+(?:star|lead|play|headline|front)|"
    r"set\s+to\s+(?:star|lead|play)|cast\s+(?:in|as)|stars?\s+in|leads?)\b",
    re.IGNORECASE,
)


def _star_elsewhere(title: str, matcher: TitleMatcher) -> bool:
    """Whether the headline tells of the show's star taking a part in something else:
    "Harrowgate Lane's Fenella Cross lands lead role in ITV's The Harrowgate Murders"."""
    found = matcher.find(title)
    if len(found) != 1 or season_mentions(title):
        return False
    credit = _KNOWN_FOR.match(title, found[0].end)
    return bool(credit and _TAKES_A_PART.match(title, credit.end()))


def _credits_dropped(text: str, shows: list[ShowMention]) -> list[ShowMention]:
    """The mentions, less a title that only credits someone ("Red Thread creator Anouk Lemaire
    had been hired to run a second season of Dune Runners") when the sentence names another
    title beside that person: the sentence is about the other one."""
    credits = [m for m in shows if _CREDIT_AFTER.match(text, m.end)]
    if not credits:
        return shows
    skip = [(m.start, _CREDIT_AFTER.match(text, m.end).end()) for m in credits]  # type: ignore[union-attr]
    for run in _TITLE_RUN.finditer(text):
        if any(a <= run.start() <= b + 1 for a, b in skip) or run.start() == 0:
            continue  # the credited title, the person it credits, the sentence's first word
        if run.group(0).split()[0].lower() in PLATFORMS:
            continue
        return [m for m in shows if m not in credits]
    return shows


def _unbracket(text: str, shows: list[ShowMention]) -> str:
    """The text with the brackets around a title blanked (same length): "A second season of
    Kagerou no Tsurugi (Blade of the Heat Haze) was announced" is one clause."""
    for mention in shows:
        if (
            text[mention.start - 1 : mention.start] == "("
            and text[mention.end : mention.end + 1] == ")"
        ):
            title = text[mention.start : mention.end]
            text = f"{text[: mention.start - 1]} {title} {text[mention.end + 1 :]}"
    return text


# a numeral right after a title is its season, as Korean dramas are named ("'Signal 2' is
# expected next year", "Signal 2 returns"), not a count ("Signal 2 episodes")
_TITLE_NUMERAL = re.compile(
    r"\s+(?P<n>[2-9])(?:['’\"”*]|(?=[,.:;)]|\s+(?:is|was|will|has|had|returns?|premieres?|"
    r"arrives?|lands?|drops?|debuts?|airs?|streams?|comes?|finally|officially|for|gets|sets|"
    r"confirmed|dated|set)\b))"
)


def _start(mention: SeasonMention) -> int:
    return mention.start


def _numbered_titles(text: str, shows: list[ShowMention]) -> list[SeasonMention]:
    return [
        SeasonMention(int(numeral.group("n")), m.start, numeral.end())
        for m in shows
        if (numeral := _TITLE_NUMERAL.match(text, m.end))
    ]


# what marks a piece as British, Irish, Australian or Indian, where dates are printed day
# first: their channels and services, their spelling, or a numeral date that can only be
# day first ("14/3")
_DAY_FIRST_PIECE = re.compile(
    r"\b(?-i:BBC|ITVX?|iPlayer|Channel\s+[45]|Sky\s+(?:One|Atlantic|Max|Showcase|Witness)|BritBox|"
    r"RTÉ|RTE\s+(?:One|2|Player)|Virgin\s+Media|S4C|STV|UKTV|U&[A-Z]\w+|Stan|Foxtel|Binge|ABC\s+iview|"
    r"SBS|JioHotstar|JioCinema|Hotstar|ZEE5|SonyLIV)\b"
    r"|\b(?:telly|programmes?|favourites?|colour\w*|the\s+Beeb)\b"
    r"|(?<![\d/.])(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9])(?![\d/])",
    re.IGNORECASE,
)


# a numeral date that can only be month first ("10/23"): the piece prints them the US way
_MONTH_FIRST_DATE = re.compile(r"(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])(?![\d/])")


# a season the headline names only as hoped for: "a Possible Third Season"
_HOPED_FOR = re.compile(
    r"\b(?:possible|potential|future|hypothetical|hoped-for|rumou?red)\s+$|\b(?:if|whether)\b", re.I
)
# a season the headline names only as ending: "After Season 2 Finale"
_ENDED_IN_HEADLINE = re.compile(r"\s+(?:finale|ending|wrap|recap|review)\b", re.IGNORECASE)
# another work's season: "The webtoon's second season begins serialization"
_ANOTHER_WORKS = re.compile(
    r"\b(?:webtoon|manga|novel|book|comic|game|film|movie|podcast|radio\s+show)['’]s\s+$"
    # "a hardcover edition of its first season"
    r"|\b(?:edition|volume|issue|printing)s?\s+of\s+(?:its|the|their)\s+$",
    re.IGNORECASE,
)


def annotate(article: Article, matcher: TitleMatcher) -> list[Sentence]:
    """Sentences in reading order, with their shows, seasons and context filled in."""
    whole = f"{article.title or ''}\n{article.text}"
    day_first = bool(_DAY_FIRST_PIECE.search(whole)) and not _MONTH_FIRST_DATE.search(whole)
    leads: dict[int, int] = {}
    paragraph_of: list[int] = []
    raw: list[tuple[str, bool, list[ShowMention], list[SeasonMention]]] = []
    about_another: set[int] = set()  # sentences about another title, crediting a watched one
    for t, h in _units(article, leads, paragraph_of):
        found = matcher.find(t)
        kept = _credits_dropped(t, found)
        if len(kept) < len(found):
            about_another.add(len(raw))
        mentions = [
            m
            for m in season_mentions(t)
            if not _ANOTHER_WORKS.search(t[max(0, m.start - 30) : m.start])
        ]
        raw.append((t, h, kept, sorted(_numbered_titles(t, kept) + mentions, key=_start)))
    # the watched show a paragraph opens with as its label ("Northbound, season 2 (Netflix).")
    labels: dict[int, str] = {}
    for index, end in leads.items():
        named = [m.show for m in raw[index][2] if m.start < end]
        if named:
            labels[paragraph_of[index]] = named[0]
    # a paragraph led by another title's label is about that title
    other_lead = {
        index for index, end in leads.items() if not any(m.start < end for m in raw[index][2])
    }

    # The coming season per show: the highest one a headline or heading names, else the
    # one the body names most often (ties go to the later season).
    heading_seasons: dict[str, list[int]] = {}
    coming: dict[str, list[int]] = {}  # seasons named as coming ("comes back for its second")
    unordered: dict[str, int] = {}  # seasons named as not ordered ("if it is renewed for a third")
    body_seasons: dict[str, Counter[int]] = {}
    current: str | None = None
    for index, (text, heading, shows, seasons) in enumerate(raw):
        if _other_section(index, text, heading, shows) or index in other_lead:
            current = None
        if not shows and genre_named(text):
            continue  # "The cooking competition Gravy Train returns for a twelfth series"
        for season in seasons:
            show = _bind(shows, season, current, text)
            if show is None or season.number is None:
                continue
            if index > 0 and (_WHETHER.match(text) or _NOT_RENEWED.search(text)):
                # "Will there be a season 2?" asks and "has not renewed it for a second season"
                # denies: neither puts season 2 in view; it is the one not yet ordered
                if any(
                    m.start() <= season.start <= m.end() + 40 for m in _NOT_RENEWED.finditer(text)
                ):
                    unordered[show] = max(season.number, unordered.get(show, 0))
                continue
            if heading:
                heading_seasons.setdefault(show, []).append(season.number)
            elif _COMING.search(text) and not _UNSURE.search(text):
                coming.setdefault(show, []).append(season.number)
            body_seasons.setdefault(show, Counter())[season.number] += 1
        if shows:
            current = shows[-1].show
    focus: dict[str, int] = {}
    for show, counts in body_seasons.items():
        if show in heading_seasons:
            focus[show] = max(heading_seasons[show])
        elif show in coming:
            focus[show] = max(coming[show])
        else:
            focus[show] = max(counts, key=lambda n: (counts[n], n))
    for show, number in unordered.items():
        if show not in focus and number > 1:
            # "has not said whether the show will get a second season": the first is the one
            # there is
            focus[show] = number - 1

    # the earliest season the headline names is the one in view ("Season 3 Premiere Date Set,
    # Renewed for Season 4"); a later sub-heading ("Season 4: what we know") does not change it
    headline = len(_QUESTION_BREAK.split(textlib.fold(article.title))) if article.title else 0
    # (but not a season named only as ending, "Confirms Season 3 for Spring 2027 After Season 2
    # Finale", unless the other is only hoped for: "Season 2 Finale: ... a Possible Third Season")
    named_in_headline: dict[str, list[tuple[int, int]]] = {}
    for text, _, shows, seasons in raw[:headline]:
        for season in seasons:
            show = _bind(shows, season, None, text)
            if show is not None and season.number is not None:
                rank = (
                    2
                    if _HOPED_FOR.search(text[max(0, season.start - 20) : season.start])
                    else 1
                    if _ENDED_IN_HEADLINE.match(text, season.end)
                    else 0
                )
                named_in_headline.setdefault(show, []).append((rank, season.number))
    current_season = {
        show: min(number for rank, number in named if rank == min(r for r, _ in named))
        for show, named in named_in_headline.items()
    }
    sentences: list[Sentence] = []
    current = None
    distinct = {m.show for _, _, shows, _ in raw for m in shows}
    # one watched show in the piece is what it is about, unless the headline is about a
    # title that only contains its name
    another = bool(article.title) and matcher.names_another(article.title or "")
    # a headline that names no watched show is about something else ("Blackthorne Manor
    # renewed", where only "Blackthorn" is watched and named once in passing)
    headlined = not article.title or bool(matcher.find(article.title))
    # "Harrowgate Lane's Fenella Cross lands lead role in ITV's The Harrowgate Murders": the
    # piece is about the star's next work; the show is only what she is known for
    elsewhere_piece = _star_elsewhere(article.title or "", matcher)
    if len(distinct) == 1 and not another and headlined and not elsewhere_piece:
        current = next(iter(distinct))
    carry: dict[str, int] = {}
    elsewhere = False  # the sentence before introduced a film, a spinoff, a book ...
    above: Sentence | None = None
    day: Sentence | None = None
    for index, (text, heading, shows, seasons) in enumerate(raw):
        if heading and shows:
            current = shows[0].show
            carry = {}
        elif (
            _other_section(index, text, heading, shows)
            or index in other_lead
            # (an entry that names another title: "9:30 AM - The first trailer for Copper
            # Saints season 2 is here"; not "11:34 a.m. - HERE IT IS: Season 3 premieres ...")
            or (_TIMESTAMPED.match(text) and not shows and _names_another_title(text))
        ):
            current = None
            carry = {}
        if heading or index in leads:
            above = None
        if (
            heading
            and not shows
            and not _DAY_HEADING.match(text)
            and not _LISTING_ENTRY.match(text)
        ):
            day = None
        if elsewhere_piece:
            # only a sentence that names the show as more than a credit is about it
            shows = [m for m in shows if not _KNOWN_FOR.match(text, m.end)]
            current = shows[-1].show if shows else None
        default = current
        if (
            (heading and not shows and not _CAST_ENTRY_HEADING.match(text))
            or (elsewhere and not shows and _PRONOUN_SUBJECT.match(text))
            or _NOT_THIS_ONE.match(text)
            or index in about_another
            or (not shows and genre_named(text))
            # "Also this week: Long Way Home (BBC Two, Wednesday 9pm) ends its run": another
            # title, listed with its channel
            or (not shows and _LISTED_WITH_CHANNEL.search(text))
        ):
            # a headline or sub-heading that names no show is about something else
            # ("Streaming This Spring: The Biggest Returns"); so is "It" after "a spinoff"
            default = None
        elsewhere = bool(_OTHER_THING.search(text))
        sentence = Sentence(
            text=text,
            heading=heading,
            shows=shows,
            seasons=seasons,
            default_show=default,
            carry=dict(carry),
            focus=focus,
            current=current_season,
            unordered=unordered,
            clauses=_whole_titles(textlib.clauses(_unbracket(text, shows), heading=heading), shows),
            heading_above=above,
            date_heading=day,
            label=labels.get(paragraph_of[index]),
            day_first=day_first,
        )
        sentences.append(sentence)
        if heading and index >= headline and _DAY_HEADING.match(text):
            day = sentence
        if heading and index >= headline and len({m.show for m in shows}) == 1:
            above = sentence
        for season in seasons:
            show = _bind(shows, season, current, text)
            if show is None or _HOPED_FOR.search(text[max(0, season.start - 20) : season.start]):
                continue  # (nor is "a possible third season" the one the piece goes on about)
            if season.number is None:
                if show in current_season:
                    carry[show] = current_season[show]  # "the new season": back to it
            elif season.number >= current_season.get(show, focus.get(show, 0)) and not (
                season.number > current_season.get(show, season.number)
                and _RENEWAL_TALK.search(text)
            ):
                # (a later season named in its order or its making, "picked up for a fourth
                # season", "the writers' room for season four", is the future: the piece goes
                # on about the one in view)
                carry[show] = season.number
        topical = [m for m in shows if not _IN_PASSING.search(text[max(0, m.start - 50) : m.start])]
        if topical:
            current = topical[-1].show
    return sentences
