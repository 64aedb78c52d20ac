"""How the one-article alert rules treat the held-out sets' alertable claims; run by hand.

    python3 bench/alert_rules.py [SET ...]      # sets by letter, default: all

An alert may go out on one article alone when its claim is confirmed, its source trusted and
(the rule in scraper/alerts.py) the article's headline names the show; otherwise it waits for a
second site. For each set this counts the alertable claims the extractor draws (a dated
release date, confirmed or reported, for a watched show) that the truth file also draws
("right") and those it does not ("wrong"), and how many of each one article alone would send
under that rule and under a stricter one (the dated sentence itself names the show). Counts
only: an unread set's claims are never listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract import HELDOUT, alertable, heldout_truth, key  # noqa: E402

from scraper.claims import extract_claims  # noqa: E402
from scraper.claims.titles import TitleMatcher  # noqa: E402
from tests.test_corpus import load  # noqa: E402

RULES = ("headline names the show", "and the dated sentence names it")


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
            right = key(found) in wanted
            for rule, alone in zip(RULES, (base, base and named), strict=True):
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
