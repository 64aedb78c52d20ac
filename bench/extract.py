"""Extraction quality over tests/corpus/ (and bench/heldout/) and speed over bench/pages/;
run by hand.

    python3 bench/extract.py [-v] [SET ...]      # SET: a held-out set's letters, e.g. j or zb

Quality on tests/corpus/: the golden files, corrected by tests/corpus/known-gaps.json, are
the truth; the corpus is also the development set, so read those figures as an upper bound.
Quality on bench/heldout-a/ to -zb/: articles (text, and in L, P, R and T whole HTML pages
with a NAME.meta of header lines) and truth files written apart from the extractor, each by a
writer who saw neither the code nor the other sets. Sets A to Q, V, X, Y and ZA were read, one
after the other, to find what the extractor misunderstood (their figures are optimistic now);
sets R, S, T, U, W, Z and ZB have never been read: their figures are the honest estimate.
Score them, never fix to them; their misses are never listed, even with -v. (The phrasebook of
short release statements has its own runner, bench/phrasebook.py.)
A claim matches on (show, season, kind, value), and for cast also the role; certainty is
scored separately over the matched claims. "Alertable" claims are the ones an alert would go
out for: a dated release_date, confirmed or reported, about a show on the watchlist.
Speed: articles per second on one core for the whole extract (read_article + extract_claims)
against trafilatura.extract alone, on the same ~100 KB pages.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scraper.article import read_article  # noqa: E402
from scraper.claims import extract_claims  # noqa: E402
from tests.test_corpus import ARTICLES, CORPUS, golden_path, load  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
HELDOUT = {
    "heldout A (read for diagnosis, round 1)": Path(__file__).resolve().parent / "heldout-a",
    "heldout B (read for diagnosis, round 2)": Path(__file__).resolve().parent / "heldout-b",
    "heldout C (read for diagnosis, round 3)": Path(__file__).resolve().parent / "heldout-c",
    "heldout D (read for diagnosis, round 4)": Path(__file__).resolve().parent / "heldout-d",
    "heldout E (read for diagnosis, round 5)": Path(__file__).resolve().parent / "heldout-e",
    "heldout F (read for diagnosis, round 6)": Path(__file__).resolve().parent / "heldout-f",
    "heldout G (read for diagnosis, round 7)": Path(__file__).resolve().parent / "heldout-g",
    "heldout H (read for diagnosis, round 8)": Path(__file__).resolve().parent / "heldout-h",
    "heldout I (read for diagnosis, round 9)": Path(__file__).resolve().parent / "heldout-i",
    "heldout J (read for diagnosis, round 10)": Path(__file__).resolve().parent / "heldout-j",
    "heldout K (read for diagnosis, round 11)": Path(__file__).resolve().parent / "heldout-k",
    "heldout L (read for diagnosis, round 16)": Path(__file__).resolve().parent / "heldout-l",
    "heldout M (read for diagnosis, round 12)": Path(__file__).resolve().parent / "heldout-m",
    "heldout N (read for diagnosis, round 14)": Path(__file__).resolve().parent / "heldout-n",
    "heldout O (read for diagnosis, round 13)": Path(__file__).resolve().parent / "heldout-o",
    "heldout P (read for diagnosis, round 17)": Path(__file__).resolve().parent / "heldout-p",
    "heldout Q (read for diagnosis, round 15)": Path(__file__).resolve().parent / "heldout-q",
    "heldout V (read for diagnosis, round 18)": Path(__file__).resolve().parent / "heldout-v",
    "heldout X (read for diagnosis, round 19)": Path(__file__).resolve().parent / "heldout-x",
    "heldout Y (read for diagnosis, round 20)": Path(__file__).resolve().parent / "heldout-y",
    "heldout ZA (read for diagnosis, round 21)": Path(__file__).resolve().parent / "heldout-za",
    "heldout ZC (read for diagnosis, round 22)": Path(__file__).resolve().parent / "heldout-zc",
    "heldout ZE (read for diagnosis, round 22)": Path(__file__).resolve().parent / "heldout-ze",
    "heldout R (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-r",
    "heldout S (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-s",
    "heldout T (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-t",
    "heldout U (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-u",
    "heldout W (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-w",
    "heldout Z (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-z",
    "heldout ZB (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-zb",
    "heldout ZD (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-zd",
    "heldout ZF (never read, never tuned on)": Path(__file__).resolve().parent / "heldout-zf",
}
KINDS = ("renewal", "release_date", "cast")
Key = tuple[object, ...]


def key(claim: dict[str, object]) -> Key:
    role = claim["role"] if claim["kind"] == "cast" else None
    return (claim["show"], claim["season"], claim["kind"], claim["value"], role)


def strip(claim: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in claim.items() if k != "evidence"}


def alertable(claim: dict[str, object], watched: bool) -> bool:
    return (
        watched
        and claim["kind"] == "release_date"
        and claim["value"] is not None
        and claim["certainty"] in ("confirmed", "reported")
    )


def take(group: list[dict[str, object]], claim: dict[str, object]) -> dict[str, object] | None:
    """Remove and return the truth claim `claim` matches, preferring the same certainty."""
    if not group:
        return None
    best = next((c for c in group if c["certainty"] == claim["certainty"]), group[0])
    group.remove(best)
    return best


def corpus_truth() -> list[tuple[Path, list[dict[str, object]]]]:
    """tests/corpus/: each golden file, minus what known-gaps.json calls wrong, plus what it
    says a careful reader draws and the extractor misses."""
    gaps = json.loads((CORPUS / "known-gaps.json").read_text(encoding="utf-8"))
    cases = []
    for path in ARTICLES:
        truth = [strip(c) for c in json.loads(golden_path(path).read_text(encoding="utf-8"))]
        entry = gaps.get(path.stem, {})
        truth = [c for c in truth if c not in entry.get("wrong", [])] + entry.get("missed", [])
        cases.append((path, truth))
    return cases


def heldout_truth(folder: Path) -> list[tuple[Path, list[dict[str, object]]]]:
    """A held-out folder: NAME.txt (or NAME.html with a NAME.meta of header lines) with the
    claims a reader drew in NAME.truth.json."""
    return [
        (path, json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8")))
        for path in sorted([*folder.glob("*.txt"), *folder.glob("*.html")])
    ]


def quality(name: str, cases: list[tuple[Path, list[dict[str, object]]]], verbose: bool) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    same_certainty = matched = 0
    alerts = good_alerts = 0
    for path, truth in cases:
        article, watchlist = load(path)
        got = [strip(c.to_dict()) for c in extract_claims(article, watchlist)]
        expected: dict[Key, list[dict[str, object]]] = {}
        for claim in truth:
            expected.setdefault(key(claim), []).append(claim)
        for claim in got:
            kind = str(claim["kind"])
            want = take(expected.get(key(claim), []), claim)
            if want is None:
                if verbose:
                    print(f"  extra  {path.name}: {claim}")
                fp[kind] += 1
            else:
                tp[kind] += 1
                matched += 1
                same_certainty += want["certainty"] == claim["certainty"]
                if verbose and want["certainty"] != claim["certainty"]:
                    print(f"  certainty {path.name}: {claim} (want {want['certainty']})")
            if alertable(claim, bool(watchlist)):
                alerts += 1
                good_alerts += want is not None and alertable(want, True)
        for claim in (c for group in expected.values() for c in group):
            fn[str(claim["kind"])] += 1
            if verbose:
                print(f"  missed {path.name}: {claim}")
    html_count = sum(path.suffix == ".html" for path, _ in cases)
    print(f"{name}: {len(cases)} articles ({html_count} HTML)")
    print(f"{'kind':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'F1':>7}")
    for kind in (*KINDS, "all"):
        t, f, n = (
            (sum(c.values()) for c in (tp, fp, fn))
            if kind == "all"
            else (tp[kind], fp[kind], fn[kind])
        )
        p = t / (t + f) if t + f else 1.0
        r = t / (t + n) if t + n else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:<14}{t:>5}{f:>5}{n:>5}{p:>11.3f}{r:>8.3f}{f1:>7.3f}")
    accuracy = same_certainty / matched if matched else 1.0
    print(f"certainty accuracy (matched claims): {same_certainty}/{matched} = {accuracy:.3f}")
    share = good_alerts / alerts if alerts else 1.0
    print(
        f"alertable precision (dated, confirmed/reported, watched): {good_alerts}/{alerts}", end=""
    )
    print(f" = {share:.3f}")


def rate(function: object, bodies: list[bytes], seconds: float = 3.0) -> float:
    """Articles per second, over whole passes through the pages for at least `seconds`."""
    done = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or done == 0:
        for body in bodies:
            function(body)  # type: ignore[operator]
        done += len(bodies)
    return done / elapsed


def speed() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    bodies = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))]
    if not bodies:
        print("no pages in bench/pages/; run python3 bench/pages/make_pages.py")
        return
    size = sum(map(len, bodies)) / len(bodies) / 1024

    def whole(body: bytes) -> None:
        extract_claims(read_article(body))

    def alone(body: bytes) -> None:
        trafilatura.extract(body.decode("utf-8"))

    for body in bodies[:2]:  # warm caches and lazy imports
        whole(body)
        alone(body)
    ours = rate(whole, bodies)
    theirs = rate(alone, bodies)
    print(f"pages: {len(bodies)} HTML pages, {size:.0f} KB on average, one core")
    print(f"read_article + extract_claims: {ours:.1f} articles/s")
    print(f"trafilatura.extract alone:     {theirs:.1f} articles/s")
    print(f"cost per article, whole extract / trafilatura alone: {theirs / ours:.2f}x")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    # letters pick held-out sets ("j k"); with any, the corpus and the speed run are skipped
    letters = [a.lower() for a in sys.argv[1:] if not a.startswith("-")]
    if not letters:
        quality("corpus (development set)", corpus_truth(), verbose)
        print()
    for name, folder in HELDOUT.items():
        if folder.is_dir() and (not letters or folder.name.rsplit("-", 1)[-1] in letters):
            # an unread set's misses are never listed: reading them would spend it
            quality(name, heldout_truth(folder), verbose and "never read" not in name)
            print()
    if not letters:
        speed()
