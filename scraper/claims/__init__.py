"""Article + watchlist -> the claims it makes (renewals, release dates, cast); pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scraper.claims import cast, release, renewal
from scraper.claims.context import annotate
from scraper.claims.reconcile import reconcile
from scraper.claims.text import is_heading, mask_quotes, paragraphs, sentences
from scraper.claims.titles import TitleMatcher, discover_titles
from scraper.models import Article, Claim, Show

__all__ = ["extract_claims"]

_QUESTION = re.compile(r"\?[\"”’')\]]*$")


def extract_claims(article: Article, watchlist: Sequence[Show] = ()) -> list[Claim]:
    """Every claim the article makes about the watchlist's shows, under their canonical titles.

    Without a watchlist, the shows are found from how the article names them ("X Season 2",
    "season 2 of X", quoted titles, "renewed X") and reported under the title as printed.
    """
    shows = list(watchlist) or discover_titles(article.title, _body_sentences(article.text))
    if not shows:
        return []
    claims: list[Claim] = []
    named: list[str] = []  # people named in full so far, for a surname on its own later
    recast: str | None = None  # the part the sentence before said is recast
    for sentence in annotate(article, TitleMatcher(shows)):
        if _QUESTION.search(mask_quotes(sentence.text).rstrip()):
            continue  # "Has X been renewed?" asks; it does not claim
        claims.extend(renewal.read(sentence))
        claims.extend(release.read(sentence, article.published))
        cast_so_far = [c for c in claims if c.kind == "cast"]
        claims.extend(cast.read(sentence, cast_so_far, named, recast))
        named.extend(cast.people_named(sentence))
        recast = cast.recast_role(sentence)
    return reconcile([c for c in claims if c.show])


def _body_sentences(text: str) -> list[str]:
    found: list[str] = []
    for paragraph in paragraphs(text):
        found.extend([paragraph] if is_heading(paragraph) else sentences(paragraph))
    return found
