"""Properties of extract_claims that hold for any input (hypothesis)."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.claims import extract_claims
from scraper.claims.text import fold
from scraper.models import CERTAINTIES, CLAIM_KINDS, RENEWAL_VALUES, Article, Show

VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-(?:early|mid|late|spring|summer|fall|winter))?$")
MONTHS = "January February March April May June July August September October November December"
TITLES = st.sampled_from(["Harbor Lights", "Salt and Iron", "The Night Ledger", "Quiet Hours"])
SEASONS = st.integers(min_value=2, max_value=9)
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
PUBLISHED = st.dates(min_value=date(2019, 1, 1), max_value=date(2035, 12, 31))
VOCABULARY = (
    "season 2 3 renewed cancelled premieres returns trailer on in March May 14 2025 next fall"
    " Netflix confirmed not yet the show it final Harbor Lights as who plays Jane Doe (, . ; -"
)
WORDS = st.sampled_from(sorted(set(VOCABULARY.split(" "))))
PROSE = st.lists(WORDS, max_size=40).map(" ".join)


def run(text: str, title: str | None, published: date | None, watch: list[str]) -> list:
    article = Article(text=text, title=title, published=published)
    return extract_claims(article, [Show(name) for name in watch])


def spelled(day: date) -> str:
    return f"{MONTHS.split()[day.month - 1]} {day.day}, {day.year}"


@settings(max_examples=150, deadline=None)
@given(
    text=st.one_of(st.text(max_size=400), PROSE),
    title=st.one_of(st.none(), PROSE),
    published=st.one_of(st.none(), PUBLISHED),
    watch=st.lists(TITLES, max_size=2, unique=True),
)
def test_any_input_gives_well_formed_claims(
    text: str, title: str | None, published: date | None, watch: list[str]
) -> None:
    claims = run(text, title, published, watch)
    source = fold(f"{title or ''} {text}")
    for claim in claims:
        assert claim.kind in CLAIM_KINDS
        assert claim.certainty in CERTAINTIES
        assert claim.show
        assert not watch or claim.show in watch
        assert fold(claim.evidence) in source
        assert claim.season is None or 0 < claim.season <= 40
        assert claim.role is None or claim.kind == "cast"
        if claim.kind == "renewal":
            assert claim.value in RENEWAL_VALUES
        elif claim.kind == "release_date":
            assert claim.value is None or VALUE.match(claim.value)
            assert (claim.value is None) == (claim.certainty == "unannounced")
        else:
            assert claim.value
    assert claims == run(text, title, published, watch)  # no hidden state


@settings(max_examples=100, deadline=None)
@given(show=TITLES, season=SEASONS, day=DATES, published=PUBLISHED)
def test_a_stated_premiere_date_is_read_exactly(
    show: str, season: int, day: date, published: date
) -> None:
    text = f"{show} season {season} premieres on {spelled(day)}, the network announced."
    dated = [c for c in run(text, None, published, [show]) if c.kind == "release_date"]
    assert [(c.season, c.value, c.certainty) for c in dated] == [
        (season, day.isoformat(), "confirmed")
    ]


@settings(max_examples=100, deadline=None)
@given(
    show=TITLES,
    season=SEASONS,
    day=DATES,
    published=PUBLISHED,
    what=st.sampled_from(
        [
            "The trailer for {show} season {n} drops on {d}.",
            "Filming on {show} season {n} begins on {d}.",
            "{show} season {n} will screen at a festival on {d}.",
            "The {show} season {n} panel is set for {d}.",
            "Season {n} of {show} came out on {d} on DVD.",
            "We spoke to the {show} cast on {d} about season {n}.",
            "The {show} spinoff premieres on {d}.",
        ]
    ),
)
def test_dates_of_other_things_are_never_release_dates(
    show: str, season: int, day: date, published: date, what: str
) -> None:
    text = what.format(show=show, n=season, d=spelled(day))
    claims = run(text, None, published, [show])
    assert [c for c in claims if c.kind == "release_date" and c.value] == []


@settings(max_examples=60, deadline=None)
@given(
    show=TITLES,
    other=st.sampled_from(["Copper Valley", "Paper Moons", "Dust Road"]),
    day=DATES,
    published=PUBLISHED,
)
def test_another_shows_date_is_not_given_to_the_watched_one(
    show: str, other: str, day: date, published: date
) -> None:
    text = f"{show} is one of the year's hits.\n\n{other} returns on {spelled(day)}."
    claims = run(text, f"{show} news", published, [show])
    assert [c for c in claims if c.kind == "release_date" and c.value] == []


@settings(max_examples=60, deadline=None)
@given(show=TITLES, season=SEASONS)
def test_not_renewed_is_denied_never_renewed(show: str, season: int) -> None:
    text = f"{show} has not been renewed for season {season}."
    claims = [c for c in run(text, None, None, [show]) if c.kind == "renewal"]
    assert claims and all(c.certainty in ("denied", "unannounced") for c in claims)
