"""Annotated sentence -> cast claims (a person, the character they play, how firmly said)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scraper.claims.certainty import certainty, is_hedged
from scraper.claims.context import GENRE, Sentence
from scraper.claims.text import mask_quotes, words
from scraper.claims.titles import MONTHS, PLATFORMS, WEEKDAYS
from scraper.models import Certainty, Claim

# a capitalised word (any script's letters after the capital: "Hallsdóttir", "Ryōta"), initials,
# or a short title with its stop ("Dr. Ben Halpern")
_TOKEN = (
    # (initials; a short title with its stop; or a capitalised word whose apostrophes and
    # hyphens join letters: "O'Hare", "Ha-neul", "Hallsdóttir")
    r"(?:(?:[A-Z]\.){1,3}|(?:[DMSJFRGCLI][a-z]{0,3}|Insp|Supt|Capt|Prof|Cmdr)\.(?=\s+[A-Z])|"
    # ("Astra-7": a number after a hyphen ends the name)
    r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-](?=[^\W\d_]))*(?:-\d{1,3}\b)?)"
)
_PARTICLE = r"(?:(?:de|van|von|da|del|di|le|la|bin|al)\s+)?"
_NAME = rf"{_TOKEN}(?:\s+{_PARTICLE}{_TOKEN}){{0,3}}"
# "Isobel of Anjou" (but "Chief of Surgery Rosa Linden" is a title before the name)
_RANKS = (
    r"(?:Court\s+Lady|DS|DI|DCI|DC|DSI|PC|Det\.?|Detective|Inspector|Sergeant|Sgt\.?|Constable|Captain|"
    r"Capt\.?|Ensign|Lieutenant|Lt\.?|Commander|Officer|Agent|Dr\.?|Doctor|Professor|Prof\.?|Father|Fr\.?|"
    r"Reverend|Rev\.?|Judge|Chief|Major|Colonel|General|Sheriff|Deputy|Nurse|Marshal|Sister|"
    r"Brother|Mother|Lady|Lord|Sir|Dame|Queen|King|Prince|Princess|DJ|ACP|DCP|DSP|SP|SHO|"
    r"Matron|Emperor|Empress|Inspector-General|Mayor|Pastor|Governor|Senator|President|"
    r"Principal|Coach|Councillor|Councilman|Commissioner|Superintendent|"
    # forms of address: "Mrs Agatha Pell", "Doña Elvira Montalvo", "Madame Zafira"
    r"Mrs\.?|Mr\.?|Ms\.?|Miss|Doña|Señora|Señor|Señorita|Madame|Mme\.?|Monsieur|Signora|"
    r"Aunt|Auntie|Uncle|Grandma|Granny|"
    r"Admiral|Bishop|Archbishop|Cardinal|Vicar|Rabbi|Imam|Ambassador|Duchess|Countess|"
    r"Baron|Baroness|Earl|"
    # a grade before the rank: "Senior Constable Ned Calloway"
    r"Senior|Junior|Acting)"
)
_ROLE = (
    # ("Chief Inspector Lene Voss": one more capitalised word is allowed in front, where a
    # second rank stands; ranks are dropped from the part afterwards. A pattern that named
    # the ranks here would be repeated in every pattern that reads a part.)
    r"(?:[A-Z][A-Za-z]{1,11}\.?\s+(?=[A-Z]))?"
    rf"{_TOKEN}(?:\s+{_TOKEN}){{0,2}}(?:\s+of\s+{_TOKEN}(?!\s+[A-Z]))?"
)
_PLAYS = (
    r"(?:plays|played|portrays|portrayed|playing|portraying|stars\s+as|starred\s+as|voices|voiced|"
    r"drew\s+(?:\w+\s+){0,2}for\s+(?:her|his|their)\s+portrayal\s+of)"
)
_CAST_VERBS = (
    r"has|have|had|will|would|could|may|might|should|is|are|was|were|been|be|set|to|also|once|"
    r"again|now|back|officially|reportedly|reprise[sd]?|reprising|returns?|returning|stars?|"
    r"starring|starred|cast|joins?|joined|joining|plays?|played|appears?|appeared|his|her|their|"
    r"role|roles|not|won['’]t|likely|almost|certainly|probably|definitely|expected|rumou?red|"
    r"tipped|poised|due|slated|said|understood|confirmed|both|the|this|new|season|series|show|"
    r"drama|in|talks|negotiations|join|its|second|third|fourth|fifth|final|upcoming|next|a|an|"
    r"guest|recurring|key|lead|main|starring|regular|special|appearance|appears|widely|who|"
    r"comes|aboard|signed|on|tapped|voice|voices|voiced|continues|continue|lead|leads|leading|"
    r"fronts|front|headlines|headline|remains|remain|stays|stay|with|bumped|promoted|upped|up|"
    r"make|makes|made|negotiating|addition|"
    # "will guest star in two episodes as", "has exited the show and will not return as"
    r"episodes?|two|three|four|five|six|several|multiple|exited|departed|left|and|"
    # "will guest star in the opening two-parter as", "will return in season 3 as"
    r"opening|closing|premiere|finale|two-parter|double-bill|\d{1,2}"
)
# a credit in brackets after a name: "Corinne Athelby (The Salt Vigil) is in talks ..."
# what may stand between a name and its verb: a credit in brackets, or an age ("Lowry, 34,",
# which _AGE_ASIDE has blanked to a comma and spaces)
# ... or a linking word set off by commas ("Tash Moorcroft, meanwhile, appears as ...")
_CREDIT = (
    r"(?:\s*\([^()]{1,60}\)|,(?=\s{3})|,\s+(?:meanwhile|too|however|also|in\s+turn|"
    r"for\s+(?:her|his|their)\s+part),)?"
)
# a lower-case word that can describe a character ("his estranged daughter"), not one that
# starts a clause ("as it airs in Japan")
_DESCRIBER = (
    r"(?!(?:it|they|he|she|we|you|i|is|are|was|were|will|would|airs|aired|streams|said|says|"
    r"well|far|soon|long|much|part|if|of|in|on|at|to|for|from|with|by)\b(?![-'’]))[a-z][\w'’-]*"
)

# "Yoon Chan-young (who plays Cheong-san, ...)" / "X, who portrays the president Nam-ra"
_WHO_PLAYS = re.compile(
    rf"(?P<name>{_NAME})\s*[(,]\s*(?:who\s+)?(?:also\s+)?(?:has\s+|had\s+)?{_PLAYS}\s+(?!by\b)"
    # ("who plays a county sheriff with secrets of her own, Dana Coyle": the part named last)
    rf"(?:(?:[a-z][\w'’-]*\s+){{0,7}}?|(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){{1,10}}?[a-z][\w'’-]*,\s+)"
    rf"(?P<role>{_ROLE})"
)
# "Eun-Ji (played by Oh Hye-soo)"
_PLAYED_BY = re.compile(
    rf"(?P<role>{_ROLE})\s*[(,]\s*(?:who\s+(?:is|was)\s+)?(?:(?:once\s+)?again\s+|still\s+|now\s+)?"
    r"(?:played|portrayed|voiced)\s+by\s+"
    rf"(?P<name>{_NAME})"
)
# "X, whose Dr. Silas Reed was poisoned in the finale, won't be back": X's part
# ("Tobias Greer, whose character Fenwick died in the finale, won't be back")
_WHOSE_PART = re.compile(
    rf",\s+whose\s+(?:character\s+|part\s+|role\s+)?(?P<role>{_ROLE})\s+(?-i:[a-z])"
)
# a title introduced by what it is: "the medical procedural Bay City Medics will return"
_GENRE_BEFORE = re.compile(rf"\b(?:{GENRE}|spin-?off|reboot|revival)\s+$", re.IGNORECASE)
# a rank or a royal title before a name makes a character, never a credited actor
_CHARACTER_TITLE = re.compile(
    r"(?:Inspector|Detective|Sergeant|Sgt|Constable|Captain|Chief|Sheriff|DCI|DI|DS|Queen|King|"
    r"Prince|Princess|Lady|Lord|Emperor|Empress|Matron)\b\.?\s"
)
# the part in an exit's relative clause: "who played the town's sheriff, Walt Doyle"
_PART_PLAYED = re.compile(
    rf"who\s+(?:has\s+|had\s+)?{_PLAYS}\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*['’]s),?\s+){{0,7}}?"
    rf"(?P<role>{_ROLE})$"
)
# the part after a return told with its season: "is back for season 3 as Queen Maelis"
_AS_AFTER_RETURN = re.compile(
    r"\s+for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:season|series)(?:\s+\w+)?\s+as\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# the part told in an aside: "Ray Delacroix-Finn, who has guest-starred as paramedic Joel
# Sturgis since season 2, has been promoted"
_APPOS_PART = re.compile(
    # ("who recurred in season one as Tess")
    r",\s+who\s+(?:has\s+(?:played|voiced|portrayed|guest[\s-]starred\s+as|recurred\s+as|"
    r"appeared\s+as|starred\s+as)|plays|voices|portrays|recurred\s+(?:in\s+[^,]{1,30}?\s+)?as|"
    r"guest[\s-]starred\s+(?:in\s+[^,]{1,30}?\s+)?as)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
    r"(?=\s+(?-i:[a-z])|\s*,)"
)
# the character's return said right after: "Pebble (voiced by Ina Marchetti) is also back"
_BACK_AFTER = re.compile(
    r"\s*\)?\s*,?\s*(?:who\s+)?(?:(?:is|are|will|be|also|set\s+to|to)\s+){0,3}"
    r"(?:back|returns?|returning|rejoins?|rejoining)\b"
)
# a review's verdict on a performance: "Odessa Vane is magnetic as the nun Margaret"
_PRAISED = (
    r"(?:(?:is|was|are|were)\s+(?:(?:quietly|truly|simply|especially|utterly|frankly|so|very|still|"
    r"always|again|once\s+again|"
    r"genuinely|never\s+less\s+than)\s+)?(?!known\b|described\b|billed\b|credited\b|seen\b|"
    r"regarded\b|hailed\b|listed\b|named\b|introduced\b|cast\b|back\b|set\b)[a-z]+\s+|"
    r"(?:shines|excels|dazzles|impresses|sparkles|stuns|convinces|astonishes|soars)\s+)"
)
# "Pedro Pascal as Joel", "Jane Doe will reprise her role as Ellie"
_AS = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}(?:,\s+who\s+[^,;()]{{3,90}},|,(?=\s+who\s)|,(?=\s+as\s)"
    # "Bev Olusanya, co-host of a breakfast show, will make a guest appearance as ..."
    r"|,\s+(?-i:[a-z])[^,;()]{3,60}(?<!\bas),(?=\s+(?:will|has|is|was|returns|joins)\b))?\s+"
    rf"(?P<verb>(?:(?:{_CAST_VERBS})\s+){{0,9}}"
    # "will guest star in Paper Saints season 3 as": the show itself (checked where read)
    rf"(?:in\s+(?P<title>(?-i:[A-Z])[\w'’&:-]*(?:\s+(?-i:[A-Z])[\w'’&:-]*){{0,4}})\s+"
    rf"(?:(?:season|series|part)\s+\w+\s+)?)?{_PRAISED}?)as\s+(?:the\s+(?:[\w-]+\s+)?voice\s+of\s+)?"
    # "as the Emperor's physician, Dr. Hakuseki"
    rf"(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w'’-]*['’]s\s+(?={_DESCRIBER}))?"
    # ("as the village's uneasy vicar, the Reverend Thomas Ashby")
    rf"(?:{_DESCRIBER}\s+){{0,4}}?(?:{_DESCRIBER},\s+(?:the\s+)?)?"
    # "as a park ranger named Cal Brightwater"
    rf"(?:an?\s+(?:{_DESCRIBER}\s+){{1,3}}?(?:named|called)\s+)?"
    rf"(?P<role>{_ROLE})"
)
# a part described, not named: "Jang Man-sik appears as a mysterious regular customer"
_AS_UNNAMED = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}\s+(?:(?:will|also|now|is|to)\s+){{0,2}}"
    r"(?:appears?|appearing|appear|co-stars?|stars?|joins?|returns?|guest[\s-]stars?)\s+as\s+"
    r"(?:an?|the)\s+(?!voice\b)(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*\b(?!\s+(?:[A-Z]|named|called))"
)
_DESCRIBED = rf"(?:(?!and\b){_DESCRIBER}\s+){{0,3}}"
# "X and Y return as A and B respectively": the names and the roles pair in order
_RESPECTIVELY = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}),?\s+(?:who\s+)?"
    rf"(?P<verb>(?:(?:{_CAST_VERBS}|to)\s+){{0,6}})"
    # ("will return for the new season as Colt Varner and June Varner")
    r"(?:for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:season|series)(?:\s+\w+)?\s+)?"
    # ("will voice Sora and Mitsu respectively": the verb that names the part needs no "as")
    r"(?:as\s+|(?<=\bvoice\s)|(?<=\bplay\s)|(?<=\bportray\s))"
    # "are back as the firm's feuding partners, Baek Tae-ho and Gu Eun-jae"
    rf"(?:(?:the|their)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?[a-z][\w'’-]*,\s+)?"
    # "as pharmacist Seo Yeon-hwa and delivery rider Jo Han-gyeol": each part may be described
    rf"(?P<roles>{_DESCRIBED}{_ROLE}(?:\s*,\s*{_DESCRIBED}{_ROLE})*\s*,?\s+and\s+{_DESCRIBED}{_ROLE})"
    r"(?:,?\s+respectively\b|(?<=\w)"
    r"(?=[.;,]|\s+(?:for|in|on|when|this|next)\b))"
)
_AND_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "Yeon-woo's mentor Park Hyun-soo": the character is the one after the possessive
# "Ada's new partner, Theo Marsh"
_POSSESSIVE_ROLE = re.compile(
    rf"\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*,?\s+(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{1,3}})?"
    rf"(?P<role>{_ROLE})"
)
_POSSESSIVE = re.compile(r"['’]s$")
# "Jane Doe has joined the cast", "John Roe will return"
_JOINS = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\((?P<paren>[^()]{{1,60}})\))?(?P<appos>,\s+[^,;()]{{3,80}},)?"
    r"(?:,\s+who)?\s+(?:has\s+|have\s+)?(?:officially\s+|reportedly\s+|also\s+)?"
    r"(?:joined|joins|will\s+join|is\s+joining|boards|boarded|has\s+been\s+cast|was\s+cast|"
    r"(?:is|are)\s+set\s+to\s+(?:star|return|appear|join|recur)|will\s+(?:star|return|appear|reprise|be\s+back|recur)|"
    # "The role of Sister Agnes has been recast: Paulette Ng steps in, replacing Helen Marsh"
    r"steps?\s+in\b|"
    r"(?:is|are)\s+(?:all\s+|both\s+|also\s+)?(?:returning|back)|won['’]t\s+(?:be\s+)?return(?:ing)?|will\s+not\s+return|"
    r"(?:won['’]t|will\s+not)\s+be\s+(?:back|returning)|"
    # "Benedetti does not return for season 3", "is not returning"
    r"(?:does\s+not|doesn['’]t)\s+return|(?:is|are)\s+not\s+returning|isn['’]t\s+returning|"
    r"(?:will\s+not|won['’]t)\s+appear|back\s+in\s+the\s+(?:lead|title\s+role)|"
    r"(?:is|are)\s+in\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)\s+to\s+"
    r"(?:join|star|return|appear|play)|return\s+for\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:season|series)|"
    r"(?:has\s+been|was|is)\s+tapped|(?:has\s+)?signed\s+on|(?:has\s+)?come\s+aboard|comes\s+aboard|"
    r"(?:will\s+)?(?:also\s+)?(?:make|makes|made)\s+a\s+(?:special\s+|guest\s+|cameo\s+)?appearance|"
    # "could be upped to series regular", "has been promoted to a series regular"
    r"(?:(?:could|will|would|may|might|is|was|has\s+been|have\s+been)\s+)?(?:be\s+)?"
    r"(?:upped|bumped\s+up|promoted)\s+to\s+(?:a\s+)?series\s+regular|"
    r"(?:will\s+)?guest[\s-]stars?|(?:also\s+)?(?:co-)?star(?=\s*[.;]|\s+alongside\b)|(?:is|are)\s+(?:\w+\s+)?(?:expected|likely|tipped|set)\s+to\s+"
    r"(?:return|star|join|appear|be\s+back))\b"
)
# a job on another title: "Bev Olusanya, co-host of ITV's breakfast show Rise & Shine, ..."
_JOB_ELSEWHERE = re.compile(r"\bof\s+(?:[A-Z]|the\s+[A-Z])")
# "The streamer has cast Ingrid Sol as ...": the person is the object
_CAST_OBJECT = re.compile(
    rf"\b(?:has|have|had|also)\s+(?:also\s+)?cast\s+(?P<name>{_NAME})\s+(?:as|in)\b"
)
# "Kim So-ra and Park Hyun-woo are in talks": the names coordinated before a _JOINS name
# ("Janelle Okafor-Price (Moss) and Dax Pemberton (Lorraine) are both returning")
_COORDINATED = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,40}}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)
# People behind the camera: a returning director is not cast
_PLURAL_VERB = re.compile(r"^(?:return|reprise|are|were|have|star|play|will)\b", re.IGNORECASE)
_AFTER_AS = re.compile(
    r"\b(?:as|by)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[a-z][\w'’-]*\s+){0,2}$"
)
# "as the Halloran cousins": a family name used as an adjective, not a character
_GROUP_NOUN = re.compile(
    r"\s+(?:cousins|siblings|brothers|sisters|twins|family|parents|couple|duo|trio|pair|"
    r"children|kids|friends|clan|household)\b",
    re.IGNORECASE,
)
_CREW = words(
    "director directors creator creators showrunner showrunners writer writers producer"
    " producers composer cinematographer author screenwriter editor executive pd co-creator"
    " head-writer novelist"
)
_ON_SCREEN_TITLES = words("judge judges host hosts presenter presenters narrator")
# a crew or presenter word anywhere in a phrase ("Hwang Dong-min, the show's director,")
_CREW_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_CREW | _ON_SCREEN_TITLES)) + r")\b", re.IGNORECASE
)
_RETURN_CUE = re.compile(
    r"\b(?:returns?|returning|(?:is|are)\s+back|reprises?|reprising|(?:will|['’]ll)\s+be\s+back)\b",
    re.I,
)
_NOT_A_ROLE_BEFORE = re.compile(
    r"\bas\s+(?:an?|the\s+(?:two|three|four|five|six|both)|(?:two|three|four|five|six))\s+"
    r"(?:(?-i:[a-z])[\w'’-]*\s+)*(?<!named\s)(?<!called\s)(?<!playing\s)(?<!voicing\s)$",
    re.IGNORECASE,
)
_LIST_CUE = re.compile(
    r"\b(?P<cue>cast\s+(?:members\s+)?(?:includes|including|include)\b|(?:also\s+)?(?:stars|starring|"
    r"co-stars)|returning\s+(?:cast|stars|faces|series\s+regulars|regulars)(?:\s+members)?\s+"
    r"(?:includes|include|are)\b|joined\s+by|(?<=,)\s+including|"
    r"(?:returning|back)\s+(?:(?:this|for\s+(?:the\s+)?(?:new|next|second|third|fourth|fifth|sixth|"
    r"final|last|upcoming|coming)|"
    r"for)\s+(?:season|series|time|run|outing|chapter)(?:\s+\w+)?\s+)?(?:are|is)\b|brings?\s+back|"
    # "New this season is Beatrix Nwachukwu", "New to the cast are X and Y"
    r"new\s+(?:this\s+|for\s+(?:the\s+)?(?:new\s+)?|to\s+the\s+)(?:season|series|cast|ensemble)"
    r"(?:\s+\w+)?\s+(?:is|are)\b|"
    r"alongside|ensemble\s+(?:also\s+)?(?:includes|of)|cast\s+also\s+includes|"
    # "Also joining the cast for the new season are Theo Brannigan, who will recur as ..."
    r"joining\s+(?:the\s+)?(?:cast|ensemble|them|him|her)(?:\s+(?:this|for\s+(?:the\s+)?\w+))?"
    r"(?:\s+(?:season|series|time|run|outing))?\s+(?:are|is)\b|"
    # "The newcomers join returning series regulars Gideon Farrow (Ezra Bell) and ..."
    r"join(?:s|ed)?\s+(?:the\s+)?(?:returning|original)\s+(?:series\s+)?"
    r"(?:regulars?|cast(?:\s+members?)?|stars)(?:\s+(?:including|such\s+as|like))?|"
    # "Guest stars this season include Tamsin Kovac and Daniel Okoro"
    r"(?:guest\s+stars?|guests|newcomers|new\s+faces)(?:\s+this\s+(?:season|series|time))?\s+"
    r"(?:include|includes|are))\s*:?\s*"
    # "stars returning cast members Leonie Fairchild (Margit Arden), ..."
    r"(?:(?:returning|new|original|series)\s+(?:cast\s+members?|regulars?|stars|faces)\s+)?",
    re.IGNORECASE,
)
_ITEM = re.compile(
    rf"(?:(?:host|judge|presenter|narrator|newcomer|actor|actress|star)\s+)?(?P<name>{_NAME})"
    rf"(?:\s*\((?P<role>{_ROLE})\)|\s+as\s+(?:(?:the|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?"
    rf"(?:{_DESCRIBER},\s+)?(?P<role2>{_ROLE}))?"
)
_ITEM_WHO_AS = re.compile(
    r",\s+who\s+(?:will\s+|has\s+been\s+tapped\s+to\s+|is\s+set\s+to\s+|has\s+been\s+cast\s+to\s+)?"
    r"(?:recurs?|play|plays|star|stars|appear|appears|guest[\s-]stars?|has\s+been\s+cast)\s+"
    # ("who will play a botanist with a grudge against the family, Elias Crane")
    rf"(?:as\s+)?(?:(?:the|a|an|his|her|their)\s+(?:[^,;()A-Z]{{3,60}},\s+(?=(?-i:[A-Z])))?)?"
    rf"(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
    # (and the description after the part: "a lawman with debts all over the county")
    r"(?:,\s+(?:a|an|the)\s+[^,;()]{1,80}(?=,))?"
)
_ITEM_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_ACTION_CUES = re.compile(
    r"returning|joined|joining|\bback\b|^new\b|guest|newcomers", re.IGNORECASE
)
_LEADING = words(
    "the a an and but in on at as so then also meanwhile finally actor actress star co-star"
    " newcomer veteran returning adds says while when with plus both fellow former singer rapper"
    " lead leads stars voice actors"
    " idol model comedian if of for to from by after before during netflix's expect casts having"
    " getting seeing"
    " winner nominee acclaimed award-winning"
    # a tabloid's epithets: "Hunky Gary Fennimore, 47, is back"
    " hunky stunning gorgeous glamorous legendary beloved telly soap heartthrob funnyman"
)
_NOT_PEOPLE = words(
    "season series episode part chapter volume netflix show drama trailer the it this that"
    " studio studios productions pictures entertainment media animation films network"
    # headline words a title-case headline runs into a "name" ("Prequel Dated as ...")
    " prequel sequel spinoff film movie dated sets set gets heads main first look new official"
    " returns return renewed cancelled axed ending ends final exclusive casting cast star"
    " stars joins adds confirms reveals announces dates news update finale premiere"
    # news words a capitalised headline runs into a "name" ("Filming Delayed as Lead ...")
    " filming production premiere release date delayed postponed teaser"
    # headline counts: "Casts Four Newcomers as Two Originals Depart"
    " casts newcomers originals regulars actors two three four five six seven"
    # "known in Japan as Shiosai Requiem": a place, and a title
    " japan korea china britain america france germany spain italy india taiwan thailand"
    # "known in English as Starlit Ferry": a language, and a title
    " english japanese korean chinese mandarin cantonese spanish french german italian hindi"
    " tamil telugu portuguese arabic turkish swedish danish norwegian"
)


_RANK = re.compile(rf"^{_RANKS}\s+(?=[A-Z])")
_LIST_LINE = re.compile(
    rf"{_NAME}\s+(?:as|voices|plays)\s+(?:(?:the|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}"
    rf"{_ROLE}(?:,[^.;]*)?\.?|{_NAME}\s*\({_ROLE}\)\.?"
)
# the character first, the actor in brackets: "DI Hester Calloway (Niamh Ardagh)", a ranked
# character; "Wren (Ivy Marchetti)", a one-word character beside a full name
_ROLE_FIRST = re.compile(
    rf"(?:\b{_RANKS}\s+(?P<role>{_ROLE})|(?<![\w'’-])(?P<role1>[A-Z][a-z]+)"
    # "marine biologist Nell Carver (Grace Ibekwe)": a described character, then the actor
    # (a word for what someone does or is to another: "reporter", "biologist", "his wife")
    rf"|(?<![\w'’-])(?P<described>[a-z][a-z'’-]*(?:er|or|ist|ian|ant|ent|ive|eon|ess|ot|nurse|"
    r"chef|cop|boss|king|queen|wife|husband|mother|father|son|daughter|sister|brother|friend|"
    rf"partner|widow|heir))\s+(?P<role2>{_TOKEN}\s+{_TOKEN}))"
    rf"\s*\((?P<name>{_TOKEN}\s+{_TOKEN}(?:\s+{_TOKEN})?)\)"
)
# words before "Name (Name)" that make the first name the actor's: "star Ana Reyes (Lola)"
_ACTOR_BEFORE = words(
    "actor actress star co-star newcomer singer rapper performer presenter her after under over"
    " other never ever whether together another either rather later per former fellow"
)
# the character, then in brackets the surname of a person already named: "Sheriff Lyle
# Corbett (Maltby) is on leave, and reporter Jo Wilder (Varga) ..."
_ROLE_SURNAME = re.compile(
    rf"(?:\b{_RANKS}\s+|(?<![\w'’-])(?-i:[a-z])[\w'’-]+\s+|^)(?P<role>{_ROLE})"
    rf"\s*\((?P<name>(?-i:[A-Z])[^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\)"
)
# a cast list's line "Yuto Saeki (Ren Kurogane)": the person, then the character
_BRACKET_LINE = re.compile(rf"(?P<name>{_NAME})\s*\((?P<role>{_ROLE})\)\.?")
_JOINING_AS = re.compile(
    rf"(?:,\s+joining\s+(?:the\s+)?(?:cast|ensemble)\s+as|"
    # "is in talks to join The Last Ferry Season 2 as Captain Ahn", "added X to its cast as Ulric"
    r"\s+(?:to\s+)?join\w*\s+(?:(?!\bby\b)[^;,]){1,60}?\s+as|\s+to\s+(?:its|the|their)\s+[^;,]{0,40}?cast\s+as|"
    rf",?\s+(?:(?:once\s+)?again\s+)?"
    r"(?:playing|voicing|portraying))\s+(?:the\s+)?"
    rf"(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# "Lucy Thorne will voice Brine", "Kenji Moreau plays Theo Sandoval"
# "Donnelly would play Victor Sand", "is in talks to play a rancher named Cyrus Kell", "is
# positively reviewing an offer to play ...", "is circling the role of Lena"
_WILL_PLAY = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}(?:,\s+who)?\s+(?:(?:will|would|could|is|are|also|set|to|now|reportedly|"
    # "returns to voice Moss", "is back to play Gus"
    r"returns?|returning|back|comes|coming|"
    r"has|have|been|tapped|hired|signed|chosen|picked|cast|"
    r"in\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)|(?:positively\s+)?"
    r"(?:reviewing|considering|weighing|mulling)\s+(?:an?|the)\s+offer|expected|tipped|due)\s+){0,5}"
    rf"(?P<verb>plays?|play|playing|voices?|voice|voicing|portrays?|portray|portraying|"
    # ("will recur in season 3 of Apple TV+'s Neon Orchard as Lark")
    r"circling\s+the\s+role\s+of|(?:recur|recurs|recurring)\s+(?:in\s+[^.;,]{1,60}?\s+)?as|"
    r"(?:not\s+)?reprises?\s+(?:the|his|her|their)\s+role\s+of|"
    r"(?:step|steps|stepping|stepped)\s+into\s+the\s+role\s+of|(?:take|takes|taking)\s+on\s+the\s+role\s+of|"
    r"takes?\s+over\s+(?:the\s+role\s+of|as))\s+"
    rf"(?:(?:the|his|her|their|a|an)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?"
    # "plays her mentor, Guo Shen", "plays the empress's spymaster, Ashwin"
    rf"(?:{_DESCRIBER},\s+)?(?:(?:named|called)\s+)?"
    rf"(?P<role>{_ROLE})"
)

# "X and " just before a name: the names are one list
_LIST_BEFORE = re.compile(rf"{_NAME}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")
# "will return to write the new episodes", "is back behind the camera"
_CREW_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:(?:will|is|are|also|again)\s+)*(?:return(?:s|ing)?|back|set|"
    r"signed|on\s+board)\s+(?:to\s+(?:write|direct|produce|helm|pen|showrun|score|compose|host|"
    r"present|oversee|run)|behind\s+the\s+camera|as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:showrunner|director|writer|producer|host|judge|composer|presenter|narrator|"
    r"mentor|coach|hosts|judges))\b",
    re.IGNORECASE,
)
# "executive produces alongside X", "serve as showrunner alongside X"
_CREW_LIST = re.compile(
    r"\b(?:produc\w*|showrunn\w*|writ\w*|direct\w*|creat\w*|host\w*|judg\w*)\b[^.;]{0,40}"
    r"\b(?:alongside|with|and)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:and\s+)?$",
)
# Words before a name that say the person is joining or coming back
_JOINING_BEFORE = re.compile(
    r"\b(?:joining|joined\s+(?:\w+\s+){0,2}?by|new\s+to\s+the\s+(?:cast|ensemble|series|show)|newcomers?|"
    r"new\s+(?:for|this)\s+(?:the\s+)?(?:season|series)|also\s+(?:joining|"
    r"returning|back)|returning|back\s+(?:are|is)|(?:has|have|had)\s+(?:also\s+)?cast|"
    r"(?:also\s+)?(?:confirmed|announced|revealed|named)|"
    # "The new season adds Mayu Koizumi as Aster", "has added X to its cast"
    # (not speech: "“I hope you’re all doing well,” adds Park Ji-hu")
    r"(?<![”\"’',]\s)(?<!\s\s)(?:adds|added|has\s+added|will\s+add|brings\s+in|brought\s+in|welcomes|welcomed))\b"
    r"[^.;]{0,100}$",
    re.IGNORECASE,
)
# "X has left the show", "X exits ahead of season 3": the person will not be in it
_EXITS = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}(?:,\s+(?P<who>who\s+[^;()]{{3,90}}?),)?\s+(?:has\s+|have\s+)?"
    r"(?:also\s+)?(?:officially\s+|reportedly\s+|also\s+)?"
    # any case: a headline's "Rosalind Tregarthen Quits The Fellgate Files"
    r"(?i:left|exits|exited|is\s+exiting|departs|departed|is\s+departing|quits|quit|"
    r"has\s+quit|is\s+leaving|will\s+leave|steps\s+away|stepped\s+away|bows\s+out|bowed\s+out)\b"
)
_RECAST = re.compile(
    rf"(?P<out>{_NAME})\s+(?:is|has\s+been|was|will\s+be|is\s+being)\s+replaced\s+by\s+"
    rf"(?P<in>{_NAME})(?:\s+(?:in\s+the\s+role\s+of|as)\s+(?:the\s+)?(?P<role>{_ROLE}))?"
)
# "The role of Dr. Nadia Pruitt, previously played by Corinne Maddox, will now be played by
# Sabine Okwuosa"; "The role of Gus, the town's mailman, will now be voiced by Marcus Eldredge"
_ROLE_PASSED = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:role|part)\s+of\s+(?P<role>{_ROLE})"
    rf"(?:,\s+(?:(?:previously|originally|formerly|once|first)\s+(?:played|voiced|portrayed)\s+by\s+"
    rf"(?P<out>{_NAME})|[^,;()]{{3,60}}),)?\s+(?:will\s+(?:now\s+)?be|has\s+(?:now\s+)?been|"
    r"is\s+(?:now\s+)?(?:being\s+)?|(?:is|are)\s+to\s+be)\s+(?:played|voiced|portrayed|taken\s+(?:on|over))\s+by\s+"
    rf"(?P<in>{_NAME})"
)
# the part, then the person in an aside: "Original voice of Gus, Trent Albury, won't be back"
_PART_THEN_NAME = re.compile(
    r"\b(?:[Oo]riginal|[Ff]ormer|[Pp]revious|[Ll]ongtime|[Cc]urrent|[Nn]ew)\s+"
    rf"(?:voice|actor|actress|star|face)\s+of\s+(?P<role>{_ROLE}),\s+(?=(?P<name>{_NAME}),)"
)
# "..., with Jessa Romero joining the dub as Kiri"
_WITH_JOINING = re.compile(
    rf"\bwith\s+(?P<name>{_NAME})\s+(?:joining|returning|reprising|stepping\s+in)\b[^.;,]{{0,30}}?"
    rf"\s+as\s+(?:(?:the|a|an|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# a review's praise of a part: "Anouk Delacroix-Bell is extraordinary again as Wren Galloway"
_PRAISED_AS = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}\s+(?:is|was|remains|proves)\s+(?:(?:[a-z]+ly|so|quite|very|also|"
    r"again|once\s+again|simply|just|never\s+better|at\s+(?:her|his|their)\s+best)\s+)*"
    r"(?:extraordinary|terrific|superb|excellent|brilliant|wonderful|great|good|magnetic|riveting|"
    r"mesmeri[sz]ing|outstanding|marvell?ous|fantastic|phenomenal|heartbreaking|hilarious|"
    r"chilling|compelling|formidable|memorable|electric|sensational|unforgettable|impressive|"
    r"moving|luminous|ferocious|scene-stealing|a\s+revelation|a\s+delight|a\s+joy|"
    r"(?:a|the)\s+standout)\s+(?:(?:again|once\s+again|here|too|throughout)\s+)?as\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# a part told as a kind of role: "Lacey Dell makes her acting debut in a recurring role as
# saloon owner Pearl Whitcomb", "appears in a guest-starring role as bandleader Alphonse Guidry"
_IN_A_ROLE_AS = re.compile(
    rf"(?P<name>{_NAME}){_CREDIT}\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,6}}?in\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
    r"role\s+as\s+(?:(?:the|a|an|his|her|their)\s+)?"
    rf"(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# the person as the object of talks: "is reportedly in negotiations with Margo Calderón for a
# multi-episode arc as Admiral Ruth Sandoval"
_TALKS_WITH = re.compile(
    r"\b(?:in\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)|negotiating)\s+with\s+"
    rf"(?P<name>{_NAME})(?:\s+(?:for|to)\b[^.;]{{0,60}}?\bas\s+(?:(?:the|a|an)\s+)?"
    rf"(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE}))?"
)
_PRONOUN_PLAYS = re.compile(
    r"^(?:She|He|They)\s+(?:will\s+|would\s+|is\s+set\s+to\s+|is\s+to\s+|are\s+set\s+to\s+)?"
    r"(?:plays?|voices?|portrays?|stars?\s+as|take\s+on\s+the\s+role\s+of|takes\s+on\s+the\s+role\s+of)\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
    r"(?=\s*[,.;]|\s+(?:-|–|—)\s)"
)
# "He is replaced by X": the one who left, named in the sentence before
_PRONOUN_RECAST = re.compile(
    rf"^(?:He|She|They)\s+(?:is|are|has\s+been|have\s+been|was|were|will\s+be|is\s+being)\s+"
    rf"(?:\w+\s+)?replaced\s+by\s+(?P<in>{_NAME})"
)
_TAKES_OVER = re.compile(
    # "Poppy Melrose, 11, takes over from", "Rory Gilchrist, 16, from Dundee, takes over from"
    rf"(?P<in>{_NAME})(?:,\s+[^,;]{{1,30}}){{0,2}},?\s+(?:takes|will\s+take|has\s+taken|took|is\s+taking)\s+over\s+"
    rf"(?:the\s+(?:(?:[\w-]+\s+)?voice|role|part)\s+(?:of\s+(?P<role>{_ROLE})\s+)?)?from\s+(?P<out>{_NAME})"
)
# "The role of Matron Jean Whitlock has been recast."
_ROLE_RECAST = re.compile(
    rf"\bthe\s+(?:role|part)\s+of\s+(?:the\s+)?(?:(?:young|younger|older|adult|teenage|teen|new)\s+)?"
    # ("The part of Morag's teenage son, Callum Fraser, has also been recast")
    rf"(?:(?-i:[A-Z])[\w-]*['’]s\s+(?:{_DESCRIBER}\s+){{0,3}}{_DESCRIBER},\s+)?"
    rf"(?P<role>{_ROLE}),?\s+(?:has\s+(?:also\s+)?been|was|is|will\s+be)\s+(?:also\s+)?recast\b",
    re.I,
)
_NAMED_LATER = re.compile(
    rf"\s+(?:(?-i:[a-z])[\w'’-]*\s+){{1,3}}(?:named|called)\s+(?P<role>{_ROLE})"
)
_THE_ROLE_OF = re.compile(rf"\s+(?:the\s+)?(?:role|part)\s+of\s+(?P<role>{_ROLE})")
_REPLACING = re.compile(rf",\s+(?:who\s+(?:is\s+)?)?replac(?:es|ing)\s+(?P<out>{_NAME})")
_BESIDE = re.compile(r"\b(?:alongside|along\s+with|joined\s+by|as\s+well\s+as)\s+$", re.I)
_AGE_ASIDE = re.compile(r",\s*\d{1,3},(?=\s)")
_THEIR_CHARACTER_AFTER = re.compile(
    rf"\b(?:his|her|their)\s+character,?\s+(?P<role>{_ROLE})(?=,|\s+(?:is|was|has|had|will|"
    r"written|killed|died|dies|exits|leaves|left)\b)"
)
_THEIR_CHARACTER = re.compile(
    rf"^(?:(?:His|Her|Their)\s+character,?\s+(?:(?:the|a|an)\s+[^,;]{{1,50}},\s+)?"
    # "The actor, who played DS Tom Quayle, confirmed ...": the person just named
    rf"|(?:The|This)\s+(?:\d+-year-old\s+)?(?:actor|actress|star|performer),\s+who\s+"
    rf"(?:has\s+|had\s+)?(?:played|portrayed|voiced)\s+(?:{_RANKS}\s+)?)(?P<role>{_ROLE})\b"
)
_INVERTED_EXIT = re.compile(
    rf"(?:\b(?:won['’]t|will\s+not|isn['’]t|is\s+not)\s+(?:be\s+)?(?:back|returning)[^.;]{{0,30}}?"
    # "Missing from the line-up is Hamish Tierney, who has departed ..."
    r"|\b(?:[Mm]issing|[Aa]bsent|[Gg]one)\s+from\s+the\s+(?:line-?up|cast|new\s+season|ensemble))"
    rf"\s+is\s+(?P<name>{_NAME})(?![\w'’-]*,\s+whose\b)"
)
# the part in an aside after an exit: ", who has departed the series after four seasons playing
# Lachie Burns"
_LEFT_PLAYING = re.compile(
    r",\s+who\s+[^,;]{0,60}?\b(?:playing|as)\s+(?:(?:the|a|an)\s+)?"
    rf"(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
_NAMED = rf"{_NAME}(?:\s*\({_ROLE}\))?"
_EXPECTED_BACK = re.compile(
    rf"\b(?:[Ee]xpect|[Ee]xpecting|[Ee]xpects)\s+(?P<names>{_NAMED}(?:\s*,\s*{_NAMED})*(?:,?\s+and\s+{_NAMED})?)"
    r"\s+(?:to\s+(?:return|be\s+back|come\s+back|reprise)|back)\b"
)
_BRACKETED = rf"{_NAME}\s*\({_ROLE}\)"
_THEY_RETURN = re.compile(
    rf"(?P<names>{_BRACKETED}(?:\s*,\s*{_BRACKETED})*(?:,?\s+and\s+{_BRACKETED})),?\s+who\s+"
    r"(?:both\s+|all\s+)?[^.;]{0,50}?\b(?:are|is|will\s+be)\s+(?:all\s+|both\s+)?back\b"
    # "X (DI Kate Merrow) and Y (DS Leon Greaves) are confirmed to return"
    rf"|(?P<names2>{_BRACKETED}(?:\s*,\s*{_BRACKETED})*(?:,?\s+and\s+{_BRACKETED}))\s+(?:are|will)\s+"
    r"(?:all\s+|both\s+)?(?:confirmed\s+to|set\s+to|due\s+to|expected\s+to|going\s+to)?\s*(?:return|be\s+back)\b"
)
# "The show has said goodbye to X", "bids farewell to X": X leaves it
_FAREWELL = re.compile(
    rf"\b(?:said|says|say|saying|bid|bids|bade|bidding)\s+(?:goodbye|farewell)\s+to\s+(?P<name>{_NAME})"
)
_WHOSE_ROLE = re.compile(
    rf",\s+(?:whose|who\s+played|who\s+plays)\s+(?:(?:the|his|her|their)\s+)?(?:{_DESCRIBER}\s+){{0,3}}?(?P<role>{_ROLE})"
)
# Where a statement about one person ends: a new clause with a subject of its own
_STATEMENT_END = re.compile(
    r";|:\s|,\s*(?:and|but|while|whereas|although|though|yet|so)\s+(?!(?:is|are|was|were|will|"
    r"has|have|had|would)\b)",
    re.IGNORECASE,
)
_CAST_IN_TITLE = re.compile(
    r"\b(?:cast|star(?:s|ring)?|role|part)\s+(?:[\w-]+\s+){0,3}?in\s+(?P<title>[A-Z][\w'’-]*)"
)
# "returns as Clementine in the film": the film's cast, not the show's
_OTHER_WORK = re.compile(
    r"\bin\s+the\s+(?:upcoming\s+|new\s+)?(?:film|movie|spin-?off|prequel|sequel|special|play|"
    r"musical|feature)\b"
    # "The film stars Hal Brennan as a fruit farmer": the subject is another work
    r"|^\s*(?:the|this|that|a)\s+(?:[\w-]+\s+){0,2}(?:film|movie|feature|documentary|spin-?off|"
    r"prequel|sequel|play|musical)\s+(?:also\s+)?(?:stars|starring|co-stars|features)\b",
    re.IGNORECASE,
)


# a sentence about another work: "Separately, a stage play adaptation of the manga will run
# in Tokyo in May, with Shun Aoyagi playing Tetsuya"
_OTHER_WORK_SUBJECT = re.compile(
    r"^(?:[^,;]{0,30},\s+)?(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:stage\s+play|play|film|"
    r"movie|musical|feature|spin-?off|prequel|sequel|documentary|live-action\s+(?:film|movie|"
    r"series|adaptation))(?:\s+(?:adaptation|version))?(?:\s+of\s+[^,;]{1,40}?)?\s+"
    r"(?:will|is|are|was|has|opens|runs|premieres|stars|starring)\b",
    re.IGNORECASE,
)


def read(
    sentence: Sentence,
    earlier: Sequence[Claim] = (),
    full_names: Sequence[str] = (),
    recast: str | None = None,
) -> list[Claim]:
    """The cast claims of one sentence; quoted speech is not read. `earlier` are the cast
    claims of the sentences before: a surname alone ("Fallow will play Alan Pryce") is the
    person of theirs it ends, and says what was said of them as firmly, unless it says
    otherwise; failing that, the one person of that surname in `full_names` (the names the
    sentences before gave) holds, where the sentence gives the part. `recast` is the part the
    sentence before said was recast ("The role of Jean Whitlock has been recast.")."""
    # "Albright, 52, who plays ...": an age aside, blanked (same length, offsets kept)
    text = _AGE_ASIDE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), mask_quotes(sentence.text))
    found: list[tuple[int, str, str | None, bool]] = []  # position, name, role, action?
    paired: list[tuple[int, int]] = []
    pairs: set[tuple[int, str, str | None, bool]] = set()
    exits: set[int] = set()
    for match in _RESPECTIVELY.finditer(text):
        names = [(m.start(), m.group(0)) for m in re.finditer(rf"{_NAME}", match.group("names"))]
        names = [
            (match.start("names") + start, name)
            for start, name in names
            if name.lower() not in ("and",)
        ]
        roles = [
            re.sub(rf"^{_DESCRIBED}", "", r) for r in _AND_SPLIT.split(match.group("roles")) if r
        ]
        if len(names) == len(roles):
            paired.append((match.start(), match.end()))
            pairs.update(
                (start, name, role, True) for (start, name), role in zip(names, roles, strict=True)
            )
    found.extend(pairs)
    for match in _WHO_PLAYS.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), False))
    for match in _PLAYED_BY.finditer(text):
        # "Pebble (voiced by X) is back", "Ramesh Tiwari, once again played by X"
        back = bool(_BACK_AFTER.match(text, match.end())) or "again" in match.group(0)
        found.append((match.start("name"), match.group("name"), match.group("role"), back))
    for match in _AS.finditer(text):
        if match.group("title") and not any(
            m.start == match.start("title") for m in sentence.shows
        ):
            continue  # "who starred in Big Little Lies as Renata": a part in another title
        action = bool(match.group("verb").strip())
        found.append((match.start("name"), match.group("name"), match.group("role"), action))
        if _PLURAL_VERB.match(match.group("verb")):
            # "Julia Mendes and Aaron Pike return as the Halloran cousins"
            found.extend((p, n, None, True) for p, n in _coordinated(text, match.start("name")))
    for match in _AS_UNNAMED.finditer(text):
        found.append((match.start("name"), match.group("name"), None, True))
    for match in _JOINS.finditer(text):
        if (
            match.group("appos")
            and _CREW_WORD.search(match.group("appos"))
            and not _JOB_ELSEWHERE.search(match.group("appos"))
        ):
            continue  # "Hwang Dong-min, the show's director, returns"
        if match.group("paren") and re.match(
            r"(?:played|voiced|portrayed)\s+by\b", match.group("paren")
        ):
            continue  # "Dr Lewis Brand (played by Anwar Siddiq), who is back": a character
        role = _bracket_role(match)
        whose = _WHOSE_PART.match(match.group("appos") or "")
        if role is None and whose:
            role = whose.group("role")  # "Harlan Voss, whose Dr. Silas Reed was poisoned, ..."
        if role is None and (aside := _APPOS_PART.match(match.group("appos") or "")):
            role = aside.group("role")
        if role is None and (part := _AS_AFTER_RETURN.match(text, match.end())):
            role = part.group("role")  # "is back for season 3 as Queen Maelis"
        if role is None and (character := _THEIR_CHARACTER_AFTER.search(text, match.end())):
            role = character.group("role")  # "will not be back, with his character Kev ..."
        found.append((match.start("name"), match.group("name"), role, True))
        # brackets in a list say one kind of thing: "Tomás Reyvera (Dust Road) and Julia Anise
        # Brenner (The Lantern Men) have joined" are credits, as the last one shows
        credits = bool(match.group("paren")) and _bracket_role(match) is None
        for p, n in _coordinated(text, match.start("name")):
            bracket = _BRACKET_AFTER.match(text, p + len(n))
            role = _role_in(bracket.group(1)) if bracket and not credits else None
            found.append((p, n, role, True))
    for match in _ROLE_FIRST.finditer(text):
        if match.group("described") and (
            match.group("described") in _ACTOR_BEFORE | _CREW | _ON_SCREEN_TITLES
        ):
            continue
        role = match.group("role") or match.group("role1") or match.group("role2")
        if match.group("role1") and re.search(r"[A-Z][\w'’-]*\s+$", text[: match.start()]):
            continue  # "Colin Bexley (Rob Whitford)": a surname, then the character
        found.append((match.start("name"), match.group("name"), role, False))
    by_surname: set[int] = set()
    for match in _ROLE_SURNAME.finditer(text):
        if _known_person(match.group("name"), earlier, full_names) is not None:
            found.append((match.start("name"), match.group("name"), match.group("role"), False))
            by_surname.add(match.start("name"))
    if line := _BRACKET_LINE.fullmatch(text.strip()):
        found.append((line.start("name"), line.group("name"), line.group("role"), True))
    for match in _WILL_PLAY.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _EXITS.finditer(text):
        bracket = _BRACKET_AFTER.match(text, match.end("name"))  # "Colin Bexley (Rob Whitford)"
        role = _role_in(bracket.group(1)) if bracket else None
        if role is None and match.group("who"):
            # "Treacy, who played the town's sheriff, Walt Doyle, has exited"
            part = _PART_PLAYED.match(match.group("who"))
            role = part.group("role") if part else None
        if role is None and (character := _THEIR_CHARACTER_AFTER.search(text, match.end())):
            role = character.group("role")  # "..., with his character Kev written out"
        if role is None and (quit_role := _THE_ROLE_OF.match(text, match.end())):
            role = quit_role.group("role")  # "Kirsty Baird has quit the role of Morag Fraser"
        found.append((match.start("name"), match.group("name"), role, True))
        exits.add(match.start("name"))
    # "The role of Sister Agnes has been recast: Paulette Ng steps in, replacing Helen Marsh":
    # the names after the recast part take it
    recast_here = _ROLE_RECAST.search(text)
    if recast_here:
        found = [
            (
                p,
                n,
                _clean_role(recast_here.group("role"))
                if r is None and p > recast_here.end()
                else r,
                a,
            )
            for p, n, r, a in found
        ]
    for match in _REPLACING.finditer(text):
        # "Keira Oduya now leads as Marnie Vell, replacing Sasha Pym": the part changes hands
        # (not a possessor read as a part: "now voices Pip's robot sidekick Bolt")
        parts = [
            item
            for item in found
            if item[2]
            and item[0] < match.start()
            and not re.match(r"['’]s\b", text[text.find(item[2], item[0]) + len(item[2]) :])
        ]
        if parts:
            found.append((match.start("out"), match.group("out"), parts[-1][2], True))
            exits.add(match.start("out"))
    for match in _INVERTED_EXIT.finditer(text):
        # "One person who definitely won't be back is Hal Brenner."
        left = _LEFT_PLAYING.match(text, match.end())
        found.append(
            (match.start("name"), match.group("name"), left.group("role") if left else None, True)
        )
        exits.add(match.start("name"))
    for match in _EXPECTED_BACK.finditer(text):
        # "Expect Leona Brisk (Hester Vane) and Caius Obuya (Felix Marr) to return"
        for item in re.finditer(
            rf"(?P<name>{_NAME})(?:\s*\((?P<role>{_ROLE})\))?", match.group("names")
        ):
            at = match.start("names") + item.start("name")
            found.append((at, item.group("name"), item.group("role"), True))
    for match in _THEY_RETURN.finditer(text):
        # "X (Ilya) and Y (Captain Brandt), who both confirmed that they are back"
        group = "names" if match.group("names") else "names2"
        for item in re.finditer(rf"(?P<name>{_NAME})\s*\((?P<role>{_ROLE})\)", match.group(group)):
            at = match.start(group) + item.start("name")
            found.append((at, item.group("name"), item.group("role"), True))
    for match in _FAREWELL.finditer(text):
        # "has said goodbye to Tobias Lenk, whose navigator Orrin Vash ..."
        whose = _WHOSE_ROLE.match(text, match.end())
        found.append(
            (match.start("name"), match.group("name"), whose.group("role") if whose else None, True)
        )
        exits.add(match.start("name"))
    for match in _CAST_OBJECT.finditer(text):
        found.append((match.start("name"), match.group("name"), None, True))
    for match in _RECAST.finditer(text):
        # "Noriko Hamada is replaced by Sayaka Ueno in the role of Ran", "Helen Marchetti takes
        # over from Ruth Anstey": the one who leaves, the one who comes, one part
        role = match.group("role") or recast_role(sentence) or recast
        found.append((match.start("out"), match.group("out"), role, True))
        exits.add(match.start("out"))
        found.append((match.start("in"), match.group("in"), role, True))
    for match in _WITH_JOINING.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _PRAISED_AS.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _IN_A_ROLE_AS.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _TALKS_WITH.finditer(text):
        found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _PART_THEN_NAME.finditer(text):
        # (the name's own verb, the aside's closing comma aside)
        if _JOINS.match(match.group("name") + text[match.end("name") + 1 :]):
            found.append((match.start("name"), match.group("name"), match.group("role"), True))
    for match in _ROLE_PASSED.finditer(text):
        if match.group("out"):
            found.append((match.start("out"), match.group("out"), match.group("role"), True))
            exits.add(match.start("out"))
        found.append((match.start("in"), match.group("in"), match.group("role"), True))
    leaver = earlier[-1] if earlier and earlier[-1].certainty == "denied" else None
    for match in _PRONOUN_RECAST.finditer(text):
        if leaver is not None and leaver.role:
            found.append((match.start("in"), match.group("in"), leaver.role, True))
    # "Shana Iverson ... has joined the second season. She will play Noor Haddad, ...": the
    # person just named, whose part this sentence gives
    if (part := _PRONOUN_PLAYS.match(text)) and earlier and earlier[-1].role is None:
        found.append((0, str(earlier[-1].value), part.group("role"), True))
    for match in _TAKES_OVER.finditer(text):
        role = match.group("role") or recast_role(sentence) or recast
        found.append((match.start("in"), match.group("in"), role, True))
        found.append((match.start("out"), match.group("out"), role, True))
        exits.add(match.start("out"))
    # "X joins as A, alongside Y as B": the list shares what the sentence's own cast does
    told = any(action for *_, action in found)
    for cue in _LIST_CUE.finditer(text):
        action = told or bool(_ACTION_CUES.search(cue.group("cue")))
        for position, name, role in _list_items(text, cue.end()):
            found.append((position, name, role, action))

    # inside an "X and Y as A and B respectively" span only its own pairs count
    found = [
        item for item in found if item in pairs or not any(a <= item[0] < b for a, b in paired)
    ]
    # one person named twice in a sentence ("X joins as Leo Quint"): the reading with a role
    # (what the other readings say the person does, returning or leaving, still holds)
    # a credit in brackets read as a part gives way to the part the sentence names: "Malcolm
    # Teague (Dust Road) will recur as Dale Pruitt"
    roles_of: dict[str, set[str]] = {}
    for _, name, role, _ in found:
        if role:
            roles_of.setdefault(name, set()).add(role)
    found = [
        item
        for item in found
        if not (
            item[2]
            and len(roles_of.get(item[1], ())) > 1
            and re.search(rf"{re.escape(item[1])}\s*\({re.escape(item[2])}\)", text)
        )
    ]
    with_role = {name for _, name, role, _ in found if role}
    acting = {(p, name) for p, name, role, action in found if action and not role}
    found = [(p, n, r, a or (p, n) in acting) for p, n, r, a in found if r or n not in with_role]
    found.sort(key=lambda item: item[0])
    claims: list[Claim] = []
    # a "Name as Role" line of a cast list announces that cast
    entry = re.sub(r"^(?:[-•*–]\s*|\d+[.)]\s+)", "", text.strip())  # (a bullet or "1. ")
    returning = bool(_RETURN_CUE.search(text) or _LIST_LINE.fullmatch(entry))
    for position, raw_name, raw_role, action in found:
        if _is_crew(text, position, raw_name):
            continue
        if raw_role and _RANK.match(raw_role + " X") and len(raw_role.split()) == 1:
            # "as her new DS, Tom Fairley": the rank, then the character
            after = text[text.find(raw_role, position) + len(raw_role) :]
            character = re.match(rf",\s+(?P<role>{_ROLE})", after)
            raw_role = character.group("role") if character else None
        if raw_role is None and (joining := _JOINING_AS.search(text, position)):
            # "X has boarded season two ..., joining the cast as Wren Maddox": the part, when
            # no other person is named between
            others = [p for p, n, _, _ in found if position < p < joining.start() and n != raw_name]
            raw_role = joining.group("role") if not others else None
        if raw_role:
            end = text.find(raw_role, position) + len(raw_role)
            if not _POSSESSIVE.search(raw_role) and re.match(r"['’]s\b", text[end:]):
                end += 2
            if _POSSESSIVE.search(text[:end]):
                later = _POSSESSIVE_ROLE.match(text, end)
                if later:
                    raw_role = later.group("role")
            elif called := _NAMED_LATER.match(text, end):
                raw_role = called.group("role")  # "plays a Buenos Aires lawyer named Tomás Leiva"
        person, offset = _clean_name(raw_name)
        resolved = _known_person(person, earlier, full_names if raw_role else ())
        known = resolved[1] if resolved else None
        if resolved is not None:
            person = resolved[0]
        elif person is None or not _is_person(
            sentence, person, position + offset, raw_role, action
        ):
            continue
        role = _clean_role(raw_role) if raw_role else None
        if role and role.lower() in _NOT_A_PART:
            role = None  # "Emmy Winner Vera Lindqvist-Hart as Guest Star": the billing
        at = text.find(raw_role, position) if raw_role else -1
        if raw_role and (
            _NOT_A_ROLE_BEFORE.search(text[:at]) or _GROUP_NOUN.match(text, at + len(raw_role))
        ):
            role = None  # "as a rival designer", "as the three Calder siblings"
        window = _statement(text, position, raw_role)
        statement = _statement(text, position, None)
        if _OTHER_WORK.search(statement) or _cast_elsewhere(sentence, text, statement):
            continue
        if (other := _OTHER_WORK_SUBJECT.match(text)) and other.end() <= position:
            continue  # "a stage play adaptation will run in May, with X playing Tetsuya"
        action = (
            action
            or returning
            or bool(_JOINING_BEFORE.search(text[: position + offset]))
            or (told and bool(_BESIDE.search(text[:position])))
        )
        show = sentence.show_at(position, 0, len(text))
        if show is None:
            continue
        season, named = _season(sentence, text, show, position)
        if named and action and sentence.is_past(show, season):
            # "returns as Cha Yu-ri, whose loyalties were in doubt at the end of season 1":
            # a return is to the coming season, whatever earlier one the sentence recalls
            season, named = sentence.focus.get(show, season), False
        in_view = sentence.current.get(show) or sentence.focus.get(show)
        if position in exits and season is not None and in_view and season < in_view:
            # "has exited the series following the character's arrest in the Season 1
            # finale": one leaves the season to come
            season = in_view
        level = _level(sentence, window, text, show, season, named, action)
        if position in exits:
            level = "speculated" if is_hedged(window) else "denied"
        elif position in by_surname and known is not None and show == known.show:
            level, season = known.certainty, known.season  # the part of one already told of
        elif (
            known is not None
            and show == known.show
            and level in ("confirmed", "speculated")
            and (
                known.certainty == "reported"
                # (a return only implied by the part, "Nell Carver (Grace Ibekwe) is now a
                # whistleblower", is no hedge to carry)
                or (known.certainty == "speculated" and is_hedged(known.evidence))
            )
        ):
            # "Donnelly would play Victor Sand" (or "If the deal closes, ...") after sources
            # said he is in talks: their report, taken further
            level = known.certainty
        if level == "denied" and season is not None and in_view and season < in_view:
            season = (
                in_view  # "won't be back after her character's death in the series three finale"
            )
        claims.append(Claim(show, season, "cast", person, level, sentence.evidence, role))
    # "Owen Tarrant won't be back. His character, Rook, died ...": the part of the person the
    # sentence before named without one
    character = _THEIR_CHARACTER.match(text)
    if character and earlier and earlier[-1].role is None and not claims:
        last = earlier[-1]
        role = _clean_role(character.group("role"))
        claims.append(
            Claim(last.show, last.season, "cast", last.value, last.certainty, last.evidence, role)
        )
    # one reading per person and part in a sentence: the first pattern's; a name the
    # sentence gives as a part is the character's ("Han So-min as investigator Yoon Ga-eun")
    roles_named = {c.role for c in claims if c.role}
    seen: set[tuple[str, str | None, str | None]] = set()
    kept = []
    for claim in claims:
        if claim.role is None and claim.value in roles_named:
            continue
        if (claim.show, claim.value, claim.role) not in seen:
            seen.add((claim.show, claim.value, claim.role))
            kept.append(claim)
    return kept


def recast_role(sentence: Sentence) -> str | None:
    """The part the sentence says is recast ("The role of Matron Jean Whitlock has been
    recast."), rank dropped."""
    found = _ROLE_RECAST.search(sentence.text)
    return _clean_role(found.group("role")) if found else None


def _known_person(
    name: str | None, earlier: Sequence[Claim], named: Sequence[str]
) -> tuple[str, Claim | None] | None:
    """The person a lone surname stands for: the one earlier claim's person it ends (with
    that claim), else the one person the sentences before named in full ("One face we won't
    see is Garrett Vance. ... Vance will not return as Tamsin Hale")."""
    if name is None or " " in name:
        return None
    claimed = {
        c.value: c for c in earlier if c.value and " " in c.value and c.value.split()[-1] == name
    }
    if len(claimed) == 1:
        person, claim = next(iter(claimed.items()))
        return person, claim
    if claimed:
        return None
    people = {n for n in named if n.split()[-1] == name}
    return (people.pop(), None) if len(people) == 1 else None


def people_named(sentence: Sentence) -> list[str]:
    """The full names (two to four words) a sentence gives people, shows and places aside."""
    text = mask_quotes(sentence.text)
    found: list[str] = []
    for match in re.finditer(_NAME, text):
        person, offset = _clean_name(match.group(0))
        if (
            person is not None
            and " " in person
            and _is_person(sentence, person, match.start() + offset, None, True)
        ):
            found.append(person)
    return found


def _cast_elsewhere(sentence: Sentence, text: str, statement: str) -> bool:
    """ "was cast last month in Night Ferry": a part in another title, not in the show."""
    found = _CAST_IN_TITLE.search(statement)
    if found is None:
        return False
    at = text.find(statement) + found.start("title")
    return not any(m.start <= at < m.end for m in sentence.shows)


# what an appositive's person goes on to do that is about the part: leaving, returning, joining
_CAST_PREDICATE = re.compile(
    r"\b(?:return\w*|back|exit\w*|left|leav\w*|depart\w*|quit\w*|reprise\w*|join\w*|star\w*|"
    r"recast|replaced|written\s+out|won['’]t|will\s+not|not\s+(?:be\s+)?(?:back|return\w*)|"
    r"confirmed|set\s+to|expected|likely|rumou?red|tipped|said\s+to|in\s+talks|signed|upped|"
    r"promoted|bumped)\b",
    re.IGNORECASE,
)
_AS_DESCRIBED = re.compile(r"\bas\s+an?\s+[^,;]*?(?P<rest>\b(?:who|which|that|whose)\b)")
_BEFORE_ROLE = re.compile(r"\b(?:plays?|played|playing|voices?|voiced|portrays?|portrayed)\s")


def _statement(text: str, position: int, role: str | None) -> str:
    """The words that state a claim about the person at `position`: from the clause before
    it ends to the end of the role (what follows the role describes the character: "as Mara
    Finch, the archivist who keeps finding doors that shouldn't exist"), else to the end of
    the person's clause."""
    start = max((m.end() for m in _STATEMENT_END.finditer(text, 0, position)), default=0)
    at = text.find(role, position) if role is not None else -1
    between = text[position:at] if at >= 0 else ""
    appositive = role is not None and at >= 0 and bool(re.search(r"\bwho\b|[(,]", between))
    if (
        role is not None
        and at >= 0
        and (
            re.search(r"\bas\s", between)
            # "Kim plays the courier Baek Ji-ho, who ...": the main verb, not an appositive's
            # ("X, who played Y, will not return" goes on to say what X does)
            or (_BEFORE_ROLE.search(between) and not appositive)
            # "X, who plays Y, has been careful not to ...": what X does next is not casting
            or (appositive and not _CAST_PREDICATE.search(text, at + len(role)))
        )
    ):
        end = at + len(role)
        respectively = re.match(r",?\s+respectively\b", text[end:])
        return text[start : end + (respectively.end() if respectively else 0)]
    after = _STATEMENT_END.search(text, position)
    end = after.start() if after else len(text)
    # "stars X as a controller who hears something that shouldn't exist": the description's
    # own clause says nothing of the casting
    described = _AS_DESCRIBED.search(text, position, end)
    return text[start : described.start("rest") if described else end]


def _list_items(text: str, start: int) -> list[tuple[int, str, str | None]]:
    items: list[tuple[int, str, str | None]] = []
    position = start
    while True:
        item = _ITEM.match(text, position)
        if item is None:
            break
        role = item.group("role") or item.group("role2")
        end = item.end()
        if role is None and (who := _ITEM_WHO_AS.match(text, end)):
            # "are Theo Brannigan, who will recur as Sheriff Wade Lott, a lawman with debts
            # all over the county, and Priya ..."
            role, end = who.group("role"), who.end()
        items.append((item.start(), item.group("name"), role))
        separator = _ITEM_SEPARATOR.match(text, end)
        if separator is None:
            break
        position = separator.end()
    return items


def _coordinated(text: str, start: int) -> list[tuple[int, str]]:
    """The names joined to the one at `start` by commas and "and", but not a character named
    earlier ("returns as the harbourmaster Nell Carrow, and Felix Oduya is back")."""
    names: list[tuple[int, str]] = []
    before = text[:start]
    while (other := _COORDINATED.search(before)) is not None:
        before = before[: other.start("name")]
        if _AFTER_AS.search(before):
            break
        names.append((other.start("name"), other.group("name")))
    return names


def _is_crew(text: str, position: int, raw: str) -> bool:
    """A name after a crew or presenter title ("Director Kim", "writer Connor Leckie", "host
    Jo Roe", "Creators X and Y"), or one that returns to write, direct or produce, or stands
    beside producers ("executive produces alongside X"), is not cast."""
    # ("Co-showrunners Ines Albescu and Tariq Whitfield": a shared title is the title)
    first = re.sub(r"^co-", "", raw.split()[0].lower()) if raw.split() else ""
    start = position
    # "Creators Sigrid Aalto and Mats Brenne": the title covers every name in the list
    while (joined := _LIST_BEFORE.search(text, 0, start)) is not None:
        start = joined.start()
    before = text[max(0, start - 30) : start].split()
    previous = re.sub(r"^co-", "", before[-1].lower().strip(",")) if before else ""
    leading = [re.sub(r"^co-", "", w.lower()) for w in text[start:position].split()[:1]]
    titles = _CREW | _ON_SCREEN_TITLES
    if first in titles or previous in titles or (leading and leading[0].lower() in titles):
        return True
    after = text[position + len(raw) : position + len(raw) + 60]
    if _CREW_AFTER.match(after):
        return True
    return bool(_CREW_LIST.search(text, max(0, start - 80), start))


# the billing, not the character: "as Guest Star", "as Series Regular"
_NOT_A_PART = frozenset(
    {"guest star", "series regular", "regular", "lead", "co-lead", "cameo", "recurring", "guest",
     "star", "love interest"}
)  # fmt: skip
_AWARD_BEFORE = re.compile(
    r"^(?:Emmy|Oscar|Academy\s+Award|BAFTA|Bafta|Tony|Grammy|Golden\s+Globe|Olivier|Logie|Peabody)[\s-]+"
    r"(?:[Ww]inner|[Ww]inning|[Nn]ominee|[Nn]ominated)\s+"
)


def _clean_name(raw: str) -> tuple[str | None, int]:
    """Drop sentence-start words a name run picked up ("Finally Cho Yi-hyun")."""
    # an award before the name: "Emmy winner Vera Lindqvist-Hart" (but "Emmy Rossum")
    award = _AWARD_BEFORE.match(raw)
    words = raw[award.end() :].split() if award else raw.split()
    offset = award.end() if award else 0
    while words and (
        words[0].lower() in _LEADING
        or words[0].lower() in _ON_SCREEN_TITLES
        or re.search(r"['’]s$", words[0])
        or "-turned-" in words[0].lower()  # "Singer-turned-actor Tash Moorcroft"
    ):
        offset = raw.index(words[1]) if len(words) > 1 else len(raw)
        words = words[1:]
    if words and words[0] not in ("Sir", "Dame", "Lady", "Lord") and _RANK.match(" ".join(words)):
        return None, offset  # "Father Declan is back": a character, not a person
    return (" ".join(words) or None), offset


_MONTH_NAMES = words("april may june august jan")


def _is_person(
    sentence: Sentence, name: str, position: int, role: str | None, action: bool
) -> bool:
    words = [w.lower().rstrip(".") for w in name.split()]
    # "June Ferreira": a first name, when a surname follows
    checked = words[1:] if len(words) >= 2 and words[0] in _MONTH_NAMES else words
    if any(w in _NOT_PEOPLE or w in PLATFORMS or w in MONTHS or w in WEEKDAYS for w in checked):
        return False
    if any(m.start <= position < m.end for m in sentence.shows):
        return False
    shouted = [w.isupper() and len(w) > 2 for w in name.split()]
    if any(shouted) and not all(shouted):
        return False  # "Kelly Marsh RECAST as ...": a tabloid's shouted word, not a surname
    if _CHARACTER_TITLE.match(name):
        return False  # "Inspector Wellow will return in June": a character, or a title
    if _GENRE_BEFORE.search(sentence.text[max(0, position - 40) : position]):
        return False  # "the medical procedural Bay City Medics will return for a ninth"
    if role is not None and role.split()[0].lower() in PLATFORMS | _NOT_PEOPLE:
        return False
    first, *rest = (role or "-").lower().split()
    if rest and first in MONTHS and (first not in _MONTH_NAMES or rest[0] in MONTHS | WEEKDAYS):
        return False  # "as Sept. Friday": a date; a character may be called June Ashby
    # a lone word is a name only where the pattern says so plainly ("Lomon (who plays ...)")
    return len(words) >= 2 or (role is not None and not action)


def _bracket_role(match: re.Match[str]) -> str | None:
    return _role_in(match.group("paren")) if match.group("paren") else None


def _role_in(bracket: str) -> str | None:
    """ "(Idris)" after a name is the character; "(The Salt Vigil)" is a credit."""
    bracket = bracket.strip()
    if (
        re.fullmatch(_ROLE, bracket)
        and not bracket.startswith("The ")
        and len(_clean_role(bracket).split()) <= 3
    ):
        return bracket
    return None


def _clean_role(role: str) -> str:
    role = re.sub(r"['’]s$", "", role.strip())
    # "DS Carys Madoc", "Captain Ma Do-hyeon": the rank is not the character's name
    while _RANK.match(role):
        role = _RANK.sub("", role)
    # "Nam-RA": an all-capitals syllable after a hyphen is a typing slip for "Nam-ra"
    return re.sub(r"(?<=[a-z])-([A-Z]{2,})\b", lambda m: "-" + m.group(1).lower(), role)


_ENDED_SEASON = re.compile(
    r"\b(?:ended|closed|capped|concluded|wrapped\s+up|ending|closing)\s+(?:the\s+|its\s+)?$", re.I
)


def _season(sentence: Sentence, text: str, show: str, position: int) -> tuple[int | None, bool]:
    """The season named in the sentence outside quotes (nearest the name), else the context's."""
    # a semicolon ends the statement: "X has exited the series; her storyline was wrapped up
    # in the first season's finale" says nothing of which season X leaves
    start = text.rfind(";", 0, position) + 1
    end = text.find(";", position)
    end = len(text) if end < 0 else end
    outside = [
        m
        for m in sentence.seasons
        if not text[m.start : m.end].isspace()
        and start <= m.start < end
        # "after the chemical spill that ended season 1, ...": where the story picks up; so
        # is "now sheriff after the events of the season one finale"
        and not _ENDED_SEASON.search(text, 0, m.start)
        and not (
            re.match(r"\s+finale\b", text[m.end :])
            and re.search(
                r"\b(?:after|since|following)\s+(?:the\s+events\s+of\s+)?(?:the\s+)?$",
                text[: m.start],
            )
        )
    ]
    if not outside:
        return sentence.context_season(show), False
    nearest = min(outside, key=lambda m: abs(m.start - position))
    if nearest.relative:
        return sentence.relative_season(show), False
    return nearest.number, True


_PART_DESCRIBED = re.compile(
    r"(?P<part>\bas\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}),\s+(?:a|an|the)\s+"
    r"(?-i:[a-z])[^;]*"
)
_PERSONAL_ASIDE = re.compile(
    r",\s+who\s+(?![^,;()]*\b(?:return\w*|back|play\w*|join\w*|leav\w*|left|exit\w*|quit\w*|"
    r"star\w*|reprise?\w*|cast|role|part)\b)[^,;()]{3,90},",
    re.IGNORECASE,
)


def _level(
    sentence: Sentence,
    window: str,
    text: str,
    show: str,
    season: int | None,
    named: bool,
    action: bool,
) -> Certainty:
    if named and sentence.is_past(show, season):
        return "confirmed"
    # an aside about the person is not the statement: "X, who grew up not far from the
    # village, makes a guest appearance as ..."
    window = _PERSONAL_ASIDE.sub(",", window)
    # nor is the character's description: "as Lark, a drifter who ... a seed she shouldn't have"
    window = _PART_DESCRIBED.sub(lambda m: m.group("part"), window)
    level = certainty(window, text)
    if not action and not named and season is not None and season > 1 and level == "confirmed":
        # the show's known cast, in a piece about a coming season: a return is implied, not
        # said (a first season's cast is simply its cast)
        return "speculated"
    return level
