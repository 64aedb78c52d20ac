"""Golden files: every tests/corpus/NAME.txt gives exactly the claims in NAME.claims.json."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scraper.claims import extract_claims
from scraper.models import Article, Show

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))


def load(path: Path) -> tuple[Article, list[Show]]:
    """Read a corpus article: headline, then `Published:` / `Watch:` header lines, then the body
    (see tests/corpus/README.md)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    title = lines[0].strip()
    published: date | None = None
    watchlist: list[Show] = []
    index = 1
    while index < len(lines) and lines[index].strip():
        label, _, value = lines[index].partition(":")
        if label == "Published":
            published = date.fromisoformat(value.strip())
        elif label == "Watch":
            names = [name.strip() for name in value.split("|") if name.strip()]
            watchlist.append(Show(names[0], tuple(names[1:])))
        else:
            raise ValueError(f"{path.name}:{index + 1}: unknown header line {lines[index]!r}")
        index += 1
    body = "\n".join(lines[index:])
    return Article(text=body, title=title, published=published), watchlist


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_corpus(path: Path, update_golden: bool) -> None:
    article, watchlist = load(path)
    got = [claim.to_dict() for claim in extract_claims(article, watchlist)]
    golden = path.with_suffix(".claims.json")
    if update_golden:
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert golden.exists(), f"no golden file for {path.name}; run pytest --update-golden"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected


def test_corpus_is_not_empty() -> None:
    assert len(ARTICLES) >= 12
