"""How the one-article alert rules treat the held-out sets' alertable claims; run by hand.

    python3 bench/alert_rules.py [SET ...]      # sets by letter, default: all

An alert may go out on one article alone when its claim is confirmed, its source trusted and
the article's headline names the show ("headline"), and, by default in scraper/alerts.py
(rules.alone: sentence), the dated sentence itself names it too (a source's own official site
needs only the headline; the held-out sets have no outlets, so that exemption is not counted
here). Otherwise it waits for a second site. For each set this counts the alertable claims
the extractor draws (a dated release date, confirmed or reported, for a watched show) that the
truth file also draws ("right") and those it does not ("wrong"), and how many of each one
article alone would send under each rule below. Counts only: an unread set's claims are never
listed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract import HELDOUT, alertable, heldout_truth, key  # noqa: E402

from scraper.claims import extract_claims  # noqa: E402
from scraper.claims.text import paragraphs, sentences  # noqa: E402
from scraper.claims.titles import TitleMatcher  # noqa: E402
from tests.test_corpus import load  # noqa: E402

RULES = (
    "headline names the show",
    "and the dated sentence names it",
    "and the dated sentence or the one before it in its paragraph names it",
    "and the dated sentence names it or a season number",
)
_NUMBERED = re.compile(
    r"\b(?:season|series|part)\s+(?:\d+|one|two|three|four|five|six)\b|\b(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\s+(?:season|series)\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, evidence: object) -> str:
    """The sentence before `evidence` in its paragraph ("" when it opens one)."""
    for paragraph in paragraphs(text):
        found = list(sentences(paragraph))
        if evidence in found and found.index(evidence) > 0:
            return found[found.index(evidence) - 1]
    return ""


def count(folder: Path) -> dict[str, list[int]]:
    """Per rule: [right, right sent alone, wrong, wrong sent alone]."""
    stats = {rule: [0, 0, 0, 0] for rule in RULES}
    for path, truth in heldout_truth(folder):
        article, watchlist = load(path)
        matcher = TitleMatcher(watchlist)
        headline = {m.show for m in matcher.find(article.title or "")}
        wanted = [key(c) for c in truth if alertable(c, True)]
        for claim in extract_claims(article, watchlist):
            found = claim.to_dict()
            if not alertable(found, bool(watchlist)):
                continue
            base = found["certainty"] == "confirmed" and found["show"] in headline
            named = found["show"] in {m.show for m in matcher.find(found["evidence"])}
            before = _sentence_before(article.text, found["evidence"])
            is_headline = found["show"] in {m.show for m in matcher.find(before)}
            numbered = bool(_NUMBERED.search(found["evidence"]))
            right = key(found) in wanted
            rules = (
                base,
                base and named,
                base and (named or is_headline),
                base and (named or numbered),
            )
            for rule, alone in zip(RULES, rules, strict=True):
                stats[rule][0 if right else 2] += 1
                stats[rule][1 if right else 3] += alone
    return stats


if __name__ == "__main__":
    letters = [a.lower() for a in sys.argv[1:]]
    for name, folder in HELDOUT.items():
        letter = folder.name.rsplit("-", 1)[-1]
        if not folder.is_dir() or (letters and letter not in letters):
            continue
        print(name)
        for rule, (right, right_alone, wrong, wrong_alone) in count(folder).items():
            print(
                f"  one article alone, {rule}: sends {right_alone}/{right} right dates"
                f" and {wrong_alone}/{wrong} wrong ones"
            )
