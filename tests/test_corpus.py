"""Golden files: every tests/corpus/NAME.txt or NAME.html gives exactly the claims in
NAME.claims.json (see tests/corpus/README.md)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scraper.article import read_article
from scraper.claims import extract_claims
from scraper.models import Article, Show

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted([*CORPUS.glob("*.txt"), *CORPUS.glob("*.html")])


def _headers(lines: list[str], where: str) -> tuple[date | None, list[Show]]:
    """`Published:` and `Watch:` lines; anything else is an error."""
    published: date | None = None
    watchlist: list[Show] = []
    for number, line in lines:
        label, _, value = line.partition(":")
        if label == "Published":
            published = date.fromisoformat(value.strip())
        elif label == "Watch":
            names = [name.strip() for name in value.split("|") if name.strip()]
            watchlist.append(Show(names[0], tuple(names[1:])))
        else:
            raise ValueError(f"{where}:{number}: unknown header line {line!r}")
    return published, watchlist


def load(path: Path) -> tuple[Article, list[Show]]:
    """A corpus article and its watchlist: NAME.txt carries its own header lines; NAME.html is
    read by scraper.article.read_article, with an optional NAME.meta sidecar of header lines."""
    if path.suffix == ".html":
        article = read_article(path.read_bytes(), url=f"https://corpus.example/{path.stem}/")
        meta = path.with_suffix(".meta")
        lines = meta.read_text(encoding="utf-8").splitlines() if meta.exists() else []
        numbered = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
        published, watchlist = _headers(numbered, meta.name)
        if published is not None:
            article = Article(article.text, article.title, published, article.url)
        return article, watchlist
    lines = path.read_text(encoding="utf-8").splitlines()
    title = lines[0].strip()
    index = 1
    while index < len(lines) and lines[index].strip():
        index += 1
    published, watchlist = _headers([(n + 1, lines[n]) for n in range(1, index)], path.name)
    body = "\n".join(lines[index:])
    return Article(text=body, title=title, published=published), watchlist


def golden_path(path: Path) -> Path:
    return path.with_name(path.stem + ".claims.json")


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_corpus(path: Path, update_golden: bool) -> None:
    article, watchlist = load(path)
    got = [claim.to_dict() for claim in extract_claims(article, watchlist)]
    golden = golden_path(path)
    if update_golden:
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert golden.exists(), f"no golden file for {path.name}; run pytest --update-golden"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected


def test_corpus_is_large_and_varied() -> None:
    names = [p.stem for p in ARTICLES]
    assert len(names) >= 80
    assert sum(p.suffix == ".html" for p in ARTICLES) >= 12
    confusers = {p.stem for p in ARTICLES if "confuser-" in p.stem}
    negatives = {p.stem for p in ARTICLES if json.loads(golden_path(p).read_text()) == []}
    assert len(confusers | negatives) >= 20


def test_known_gaps_name_real_articles_and_golden_claims() -> None:
    gaps = json.loads((CORPUS / "known-gaps.json").read_text(encoding="utf-8"))
    stems = {p.stem: p for p in ARTICLES}
    for name, entry in gaps.items():
        if name.startswith("_"):
            continue
        assert name in stems, name
        golden = json.loads(golden_path(stems[name]).read_text(encoding="utf-8"))
        keys = [{k: v for k, v in c.items() if k != "evidence"} for c in golden]
        for claim in entry.get("wrong", []):
            assert claim in keys, (name, claim)
        for claim in entry.get("missed", []):
            assert claim not in keys, (name, claim)


def test_every_golden_file_has_an_article() -> None:
    stems = {p.stem for p in ARTICLES}
    for golden in CORPUS.glob("*.claims.json"):
        assert golden.name.removesuffix(".claims.json") in stems, golden.name
