"""Article + watchlist -> the claims it makes (renewals, release dates, cast); pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from scraper.claims import cast, guide, release, renewal
from scraper.claims.context import annotate
from scraper.claims.reconcile import reconcile
from scraper.claims.text import is_heading, mask_quotes, paragraphs, sentences
from scraper.claims.titles import TitleMatcher, discover_titles
from scraper.models import Article, Claim, Show

__all__ = ["extract_claims"]

_QUESTION = re.compile(r"\?[\"”’')\]]*$")
# a sentence that says the one before it was a report, not an announcement
_REPORTED_BACK = re.compile(
    r"^(?:The|This|That)\s+(?:casting|news|renewal|report|date|deal|move|story|scoop|order)\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:first\s+)?(?:reported|revealed|broken)\s+by\b"
    r"|^(?:The|This|That)\s+(?:casting|news|renewal|date|deal|move|order)\s+(?:comes|came)\s+"
    r"(?:from|via)\s+(?:sources|insiders|a\s+report)\b",
    re.IGNORECASE,
)


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
    before = 0  # where the sentence before's claims start in `claims`
    headline: list[Claim] = []  # the cast claims of headings
    annotated = annotate(article, TitleMatcher(shows))
    for sentence in annotated:
        if _QUESTION.search(mask_quotes(sentence.text).rstrip()):
            continue  # "Has X been renewed?" asks; it does not claim
        if _REPORTED_BACK.match(sentence.text):
            # "The casting was first reported by Deadline": the sentence before was a report
            claims[before:] = [
                replace(c, certainty="reported") if c.certainty == "confirmed" else c
                for c in claims[before:]
            ]
        before = len(claims)
        claims.extend(renewal.read(sentence))
        claims.extend(release.read(sentence, article.published))
        cast_so_far = [c for c in claims if c.kind == "cast"]
        read = cast.read(sentence, cast_so_far, named, recast)
        claims.extend(read)
        if sentence.heading:
            headline.extend(read)
        named.extend(cast.people_named(sentence))
        recast = cast.recast_role(sentence)
    claims.extend(guide.read_guide(annotated, article.published))
    return reconcile(_body_parts_first([c for c in claims if c.show], headline))


def _body_parts_first(claims: list[Claim], headline: list[Claim]) -> list[Claim]:
    """A headline capitalises every word, so its part for a person ("Casts Lorna Castile as
    Rival Fixer") gives way to the one the body names ("playing Margo Vance")."""
    body_roles = {
        (c.show, c.value): c.role
        for c in claims
        if c.kind == "cast" and c.role and not any(c is h for h in headline)
    }
    return [
        c
        for c in claims
        if not (
            any(c is h for h in headline)
            and c.role
            and body_roles.get((c.show, c.value)) not in (None, c.role)
        )
    ]


def _body_sentences(text: str) -> list[str]:
    found: list[str] = []
    for paragraph in paragraphs(text):
        found.extend([paragraph] if is_heading(paragraph) else sentences(paragraph))
    return found
