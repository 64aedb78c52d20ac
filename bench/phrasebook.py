"""Release dates over bench/phrases/release.jsonl, a phrasebook of short statements; run by hand.

    python3 bench/phrasebook.py [-v]

Each item is a headline, a publication date, a watchlist and one to three sentences, with the
release-date claims a reader draws from them (renewal and cast claims are not scored). The
items were written apart from the extractor to cover the many ways an announcement is worded
(and the dates that are not one); it is a READ set, for finding what the extractor misreads.
A claim matches on (show, season, value); certainty is scored over the matched claims.
"Alertable" claims are dated and confirmed or reported, the ones an alert would go out for.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scraper.claims import extract_claims  # noqa: E402
from scraper.models import Article, Show  # noqa: E402

PHRASES = Path(__file__).resolve().parent / "phrases" / "release.jsonl"
Key = tuple[object, ...]


def _show(entry: str) -> Show:
    title, *aliases = [part.strip() for part in entry.split("|")]
    return Show(title, tuple(aliases))


def _alertable(claim: dict[str, object]) -> bool:
    return claim["value"] is not None and claim["certainty"] in ("confirmed", "reported")


def main(verbose: bool) -> None:
    items = [json.loads(line) for line in PHRASES.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = same = 0
    alerts = good = 0
    failed = 0
    for item in items:
        article = Article(
            text=item["text"],
            title=item["title"],
            published=date.fromisoformat(item["published"]),
        )
        got = [
            c.to_dict()
            for c in extract_claims(article, [_show(w) for w in item["watch"]])
            if c.kind == "release_date"
        ]
        want = {(c["show"], c["season"], c["value"]): c["certainty"] for c in item["expect"]}
        seen = {(c["show"], c["season"], c["value"]): c["certainty"] for c in got}
        wrong = False
        for k, level in seen.items():
            if k in want:
                tp += 1
                same += want[k] == level
                wrong = wrong or want[k] != level
            else:
                fp += 1
                wrong = True
            if _alertable({"value": k[2], "certainty": level}):
                alerts += 1
                good += k in want and _alertable({"value": k[2], "certainty": want[k]})
        missing = [k for k in want if k not in seen]
        fn += len(missing)
        wrong = wrong or bool(missing)
        failed += wrong
        if verbose and wrong:
            print(f"{item['id']}: {item['title']!r} / {item['text']!r} ({item['published']})")
            print(f"    want {sorted(want.items(), key=str)}")
            print(f"    got  {sorted(seen.items(), key=str)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"phrasebook: {len(items)} items, {failed} read wrongly in some way")
    print(f"release dates: tp {tp} fp {fp} fn {fn}  precision {precision:.3f}", end="")
    print(f" recall {recall:.3f} F1 {f1:.3f}")
    print(f"certainty accuracy (matched): {same}/{tp}")
    print(f"alertable precision: {good}/{alerts} = {good / alerts if alerts else 1.0:.3f}")


if __name__ == "__main__":
    main("-v" in sys.argv)
