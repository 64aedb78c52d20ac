"""Unit tests for scraper.claims: one group per reader, plus the seed article."""

from __future__ import annotations

from datetime import date

import pytest

from scraper.claims import extract_claims
from scraper.claims.dates import find_dates
from scraper.claims.text import clauses, sentences
from scraper.claims.titles import TitleMatcher, discover_titles, season_mentions
from scraper.models import Article, Claim, Show
from tests.seed import seed_text

PUBLISHED = date(2024, 6, 8)


def claims(text: str, show: str | None = "Severance", published: date | None = PUBLISHED,
           title: str | None = None) -> list[Claim]:  # fmt: skip
    watchlist = [Show(show)] if show else []
    return extract_claims(Article(text=text, title=title, published=published), watchlist)


def kinds(found: list[Claim], kind: str) -> list[tuple[int | None, str | None, str]]:
    return [(c.season, c.value, c.certainty) for c in found if c.kind == kind]


# --- text and titles -----------------------------------------------------------------


def test_sentences_keep_initials_and_abbreviations_together() -> None:
    text = "The director, J.Q. Lee, spoke. Dr. Kim agreed! Season 2 is next."
    assert list(sentences(text)) == ["The director, J.Q. Lee, spoke.", "Dr. Kim agreed!",
                                     "Season 2 is next."]  # fmt: skip


def test_clauses_split_at_conjunctions_that_start_a_new_statement() -> None:
    text = "The trailer dropped on June 5, and season 2 arrives July 1"
    assert [text[a:b] for a, b in clauses(text)] == ["The trailer dropped on June 5",
                                                    "season 2 arrives July 1"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("Season 2", [2]), ("season two", [2]), ("a third season", [3]), ("S4 footage", [4]),
     ("seasons 3 and 4", [3, 4]), ("the fifth and final season", [5]),
     ("the upcoming season", [None])],
)  # fmt: skip
def test_season_mentions(text: str, numbers: list[int | None]) -> None:
    assert [m.number for m in season_mentions(text)] == numbers


def test_matcher_folds_aliases_case_punctuation_and_leading_the() -> None:
    matcher = TitleMatcher([Show("The Witcher", ("Wiedzmin",))])
    found = matcher.find("Netflix's witcher beats WIEDZMIN and The Witcher's fans")
    assert [m.show for m in found] == ["The Witcher"] * 3


def test_matcher_does_not_take_a_weekday_for_a_show() -> None:
    assert TitleMatcher([Show("Wednesday")]).find("Netflix posted it on Wednesday") == []


def test_discover_titles_from_headline_and_body() -> None:
    shows = discover_titles(
        "Netflix Confirms Harbor Lights Season 3 With New Trailer",
        ["Harbor Lights is back.", "Hulu cancelled The Night Ledger after two seasons."],
    )
    assert [s.title for s in shows] == ["Harbor Lights", "The Night Ledger"]


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on March 14, 2025", "2025-03-14"),
        ("on 14 March 2025", "2025-03-14"),
        ("in March 2025", "2025-03"),
        ("in late 2025", "2025-late"),
        ("in mid-2025", "2025-mid"),
        ("in the first half of 2025", "2025-early"),
        ("in fall 2025", "2025-fall"),
        ("this fall", "2024-fall"),
        ("next summer", "2025-summer"),
        ("next month", "2024-07"),
        ("later this year", "2024"),
        ("early next year", "2025-early"),
        ("in June", "2024-06"),
        ("in March", "2025-03"),
        ("on March 14", "2025-03-14"),
        ("in 2026", "2026"),
        ("a 2026 release", "2026"),
        # windows: the season when both ends fall in one, else the year
        ("between March and May", "2025-spring"),
        ("between May and July 2026", "2026"),
        ("September-November", "2024-fall"),
        # a bare weekday looks forward from the publication date (a Saturday)
        ("drops Sunday", "2024-06-09"),
        ("on 6/14", "2024-06-14"),
        ("on 3/14/25", "2025-03-14"),
        ("in two weeks", "2024-06-22"),
        ("ten days from today", "2024-06-18"),
        ("over the holidays", "2024-12"),
    ],
)
def test_dates_normalise_to_the_precision_given(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED)] == [value]


def test_dates_without_year_look_back_for_past_events() -> None:
    assert [d.value for d in find_dates("in late January", PUBLISHED, past=True)] == ["2024-01"]


def test_dates_ignore_verbs_year_ranges_and_season_numbers() -> None:
    assert find_dates("it may march on in the 2025-26 season", PUBLISHED) == []
    assert [d.value for d in find_dates("Season 2 March 14", PUBLISHED)] == ["2025-03-14"]


def test_a_move_and_a_window_across_new_year_are_not_windows() -> None:
    assert [d.value for d in find_dates("moved from May to July", PUBLISHED)] == [
        "2025-05",
        "2024-07",
    ]
    assert find_dates("between November and January", PUBLISHED) == []


def test_dates_without_a_year_need_a_publication_date() -> None:
    assert find_dates("in June", None) == []


# --- renewal -------------------------------------------------------------------------


def test_renewed_for_a_third_season() -> None:
    found = claims("Netflix has renewed Severance for a third season.")
    assert kinds(found, "renewal") == [(3, "renewed", "confirmed")]


def test_cancellation_is_about_the_whole_show() -> None:
    found = claims("Netflix has cancelled Severance after two seasons.")
    assert kinds(found, "renewal") == [(None, "cancelled", "confirmed")]


def test_not_renewed_and_not_yet_renewed_are_both_denied() -> None:
    # as things stand the show is not renewed; `unannounced` is for a date not set
    assert kinds(claims("Severance has not been renewed."), "renewal") == [
        (None, "renewed", "denied")
    ]
    assert kinds(claims("Severance has not been renewed yet."), "renewal") == [
        (None, "renewed", "denied")
    ]
    assert kinds(claims("Severance: no decision yet on season 3"), "renewal") == [
        (3, "renewed", "denied")
    ]


def test_final_season_is_ending() -> None:
    found = claims("Apple confirmed Severance season 3 will be the show's final season.")
    assert kinds(found, "renewal") == [(3, "ending", "confirmed")]


def test_cast_returning_is_not_a_renewal() -> None:
    found = claims(
        "Severance season 1 ended on a cliffhanger, and they will return for a season 2."
    )
    assert kinds(found, "renewal") == []


def test_questions_are_not_claims() -> None:
    assert claims("Has Severance been renewed for season 3?") == []


# --- release dates -------------------------------------------------------------------


def test_exact_date_is_confirmed() -> None:
    found = claims("Severance Season 2 premieres on Netflix on March 14, 2025.")
    assert kinds(found, "release_date") == [(2, "2025-03-14", "confirmed")]


def test_month_only() -> None:
    found = claims("Severance season 2 returns in March 2025.")
    assert kinds(found, "release_date") == [(2, "2025-03", "confirmed")]


def test_no_release_date_is_unannounced() -> None:
    found = claims("No release date has been announced for Severance season 2.")
    assert kinds(found, "release_date") == [(2, None, "unannounced")]
    assert kinds(found, "renewal") == []


def test_hedged_date_is_speculated() -> None:
    found = claims("Severance season 2 is expected to premiere in late 2025.")
    assert kinds(found, "release_date") == [(2, "2025-late", "speculated")]


def test_attributed_date_is_reported() -> None:
    found = claims("According to Deadline, season 3 of Severance will debut in June.")
    assert kinds(found, "release_date") == [(3, "2024-06", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Netflix released the Severance season 2 trailer on June 5, 2024.",
        "Filming on Severance season 2 began in March 2024.",
        "Severance season 2 will screen at the Toronto festival on September 8.",
        "Severance came out in late January and topped the charts.",
        "Severance creator Dan Erickson spoke to us on June 3 about season 2.",
        "The Severance season 2 trailer arrives on Friday; the cast will attend a panel in July.",
    ],
)
def test_dates_that_are_not_release_dates(text: str) -> None:
    assert [c for c in claims(text) if c.kind == "release_date" and c.value] == []


@pytest.mark.parametrize(
    "text",
    [
        # the subject is another thing: a service, road closures, other shows, a book
        "Northlight, the streaming service, will launch in eight countries on 13 January 2025.",
        "Road closures are expected around the harbour in early July.",
        "The network also announced three original series that will premiere later in 2025.",
        "Fans can read on before the show returns: volume 14 goes on sale on August 4.",
        "Netflix walked through its returning dramas on Thursday.",
    ],
)
def test_a_date_about_something_else_is_not_the_shows(text: str) -> None:
    found = claims("Severance season 2 is coming. " + text)
    assert [c for c in found if c.kind == "release_date" and c.value] == []


def test_it_after_a_spinoff_is_the_spinoff() -> None:
    text = "Apple is developing a spinoff, Severance: Lumon. It is expected in 2027."
    assert [c for c in claims(text) if c.kind == "release_date"] == []


def test_past_season_date_goes_to_the_named_season() -> None:
    found = claims(
        "Severance season 1 premiered in February 2022, and season 2 will arrive in 2025."
    )
    assert kinds(found, "release_date") == [(1, "2022-02", "confirmed"), (2, "2025", "confirmed")]


def test_relative_date_is_resolved_against_publication() -> None:
    found = claims("Netflix announced on Tuesday that Severance season 2 will return next month.")
    assert kinds(found, "release_date") == [(2, "2024-07", "confirmed")]


def test_moved_date_keeps_the_new_one() -> None:
    found = claims("The Severance season 2 release date was pushed from March to June 2025.")
    assert kinds(found, "release_date") == [(2, "2025-06", "confirmed")]


# --- release-date revisions and withdrawals --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Netflix has pushed The Night Ferry season 2 to 2028.", "2028"),
        ("The Night Ferry season 2 has been delayed to June 18, 2027.", "2027-06-18"),
        ("The Night Ferry season 2 moves to March 2027.", "2027-03"),
        ("The Night Ferry season 2 has been postponed until fall 2027.", "2027-fall"),
        ("The Night Ferry season 2 has been rescheduled for April 3.", "2025-04-03"),
        ("The Night Ferry season 2 will now premiere on June 18.", "2024-06-18"),
        ("The Night Ferry season 2 is now set for June 18.", "2024-06-18"),
        ("The Night Ferry season 2 has been pushed back a year, to 2026.", "2026"),
        ("The Night Ferry season 2 was pushed back to March.", "2025-03"),
        ("Netflix has bumped The Night Ferry season 2 to next year.", "2025"),
    ],
)
def test_a_delay_or_move_claims_the_new_date(text: str, value: str) -> None:
    found = claims(text, show="The Night Ferry")
    assert kinds(found, "release_date") == [(2, value, "confirmed")]


def test_a_delay_keeps_the_usual_certainty_rules() -> None:
    found = claims("The Night Ferry season 2 has been pushed back to 2026, Deadline reports.",
                   show="The Night Ferry")  # fmt: skip
    assert kinds(found, "release_date") == [(2, "2026", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "The Night Ferry season 2 was pushed from March 12 to April 9.",
        "Netflix delayed the March 12 premiere of The Night Ferry season 2 to April 9.",
        "The Night Ferry season 2, which was due on March 12, has been delayed to April 9.",
        "The Night Ferry season 2, originally set for March 12, has been moved to April 9.",
    ],
)
def test_the_date_a_delay_replaced_is_not_claimed(text: str) -> None:
    found = claims(text, show="The Night Ferry")
    assert kinds(found, "release_date") == [(2, "2025-04-09", "confirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "The Night Ferry season 2, which was due on March 12, has been delayed.",
        "The Night Ferry season 2 has been delayed from March 12.",
        "The April 9 premiere of The Night Ferry season 2 has been postponed.",
        "The Night Ferry season 2 was set for March 12 but has been delayed.",
        "The Night Ferry season 2 has been delayed by several months.",
    ],
)
def test_a_delay_without_a_new_date_claims_no_date(text: str) -> None:
    found = claims(text, show="The Night Ferry")
    assert [c for c in found if c.kind == "release_date" and c.value] == []


def test_no_longer_premiering_on_a_date_denies_it() -> None:
    found = claims("The Night Ferry season 2 is no longer premiering on May 14, 2025.",
                   show="The Night Ferry")  # fmt: skip
    assert kinds(found, "release_date") == [(2, "2025-05-14", "denied")]


@pytest.mark.parametrize(
    "text",
    [
        "The Night Ferry season 2 has been delayed indefinitely.",
        "The Night Ferry season 2 has been pulled from the schedule.",
        "The Night Ferry season 2 has been delayed, with no new date announced.",
        "Netflix has postponed The Night Ferry season 2 until further notice.",
        "The Night Ferry season 2, once due on March 12, has been put on hold.",
    ],
)
def test_a_release_taken_off_the_schedule_is_unannounced(text: str) -> None:
    found = claims(text, show="The Night Ferry")
    assert kinds(found, "release_date") == [(2, None, "unannounced")]


@pytest.mark.parametrize(
    "text",
    [
        "Filming on The Night Ferry season 2 has been delayed to June 2025.",
        "The Night Ferry season 2 trailer has been delayed to May 20.",
        "The Night Ferry season 2 could be delayed indefinitely if the strike drags on.",
        "The Night Ferry ran from 2019 to 2023 on Netflix.",
    ],
)
def test_delays_that_are_not_about_the_release(text: str) -> None:
    assert kinds(claims(text, show="The Night Ferry"), "release_date") == []


def test_a_release_verb_after_a_delay_still_dates() -> None:
    for text in [
        "The delayed season 2 of The Night Ferry will premiere on June 18.",
        "The Night Ferry season 2 premieres June 18, having been delayed twice.",
        "The Night Ferry season 2 has been delayed and is now set for June 18.",
    ]:
        found = claims(text, show="The Night Ferry")
        assert kinds(found, "release_date") == [(2, "2024-06-18", "confirmed")], text


def test_several_shows_each_get_their_own_claims() -> None:
    text = (
        "Netflix renewed Copper Valley for a fourth season, while Hulu cancelled Dust Road.\n\n"
        "Copper Valley season 4 arrives in early 2026."
    )
    found = extract_claims(
        Article(text=text, published=PUBLISHED), [Show("Copper Valley"), Show("Dust Road")]
    )
    assert {(c.show, c.kind, c.season, c.value) for c in found} == {
        ("Copper Valley", "renewal", 4, "renewed"),
        ("Dust Road", "renewal", None, "cancelled"),
        ("Copper Valley", "release_date", 4, "2026-early"),
    }


# --- cast ----------------------------------------------------------------------------


def test_cast_with_roles() -> None:
    found = claims("Severance stars Adam Scott as Mark and Britt Lower as Helly.")
    assert [(c.value, c.role, c.certainty) for c in found] == [
        ("Adam Scott", "Mark", "confirmed"),
        ("Britt Lower", "Helly", "confirmed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adam Scott and Britt Lower are set to star in season 2.",
         [("Adam Scott", None, "confirmed"), ("Britt Lower", None, "confirmed")]),
        ("Adam Scott, Britt Lower and Zach Cherry are all back.",
         [("Adam Scott", None, "confirmed"), ("Britt Lower", None, "confirmed"),
          ("Zach Cherry", None, "confirmed")]),
        ("Apple has cast Sarah Bock as Miss Huang.", [("Sarah Bock", "Huang", "confirmed")]),
        ("Tramell Tillman has left the show.", [("Tramell Tillman", None, "denied")]),
        ("Tramell Tillman exits ahead of season 2.", [("Tramell Tillman", None, "denied")]),
        ("Adam Scott and Britt Lower return as Mark and Helly respectively.",
         [("Adam Scott", "Mark", "confirmed"), ("Britt Lower", "Helly", "confirmed")]),
        ("Sarah Bock joins the cast as Helly's old friend Mira Voss.",
         [("Sarah Bock", "Mira Voss", "confirmed")]),
    ],
)  # fmt: skip
def test_cast_forms(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = claims("Severance season 2 is filming. " + text)
    assert [(c.value, c.role, c.certainty) for c in found if c.kind == "cast"] == expected


def test_cast_joining_a_season() -> None:
    found = claims("Tramell Tillman has joined the cast of Severance season 2.")
    assert [(c.season, c.value, c.certainty) for c in found] == [
        (2, "Tramell Tillman", "confirmed")
    ]


def test_quoted_speech_and_director_remarks_are_not_cast() -> None:
    text = 'The director, Ben Stiller, said: "Adam Scott as Mark is the heart of Severance."'
    assert [c for c in claims(text) if c.kind == "cast"] == []


# --- reading a whole piece: sections, listings, references back ------------------------


def test_a_one_word_answer_keeps_the_show_in_view() -> None:
    text = "Has Severance been renewed?\n\nYes. Apple renewed the show for a third season."
    assert kinds(claims(text), "renewal") == [(3, "renewed", "confirmed")]


def test_a_listing_heading_dates_the_release_below_it() -> None:
    text = (
        "Severance, BBC One, Sunday 16 June, 9pm\n\nThe office thriller is back for series two."
        "\n\nMatch Night, ITV1, Saturday 15 June, 8pm\n\nThe final episode of series five."
    )
    found = claims(text, published=date(2024, 6, 10))
    assert kinds(found, "release_date") == [(2, "2024-06-16", "confirmed")]
    assert kinds(found, "renewal") == []  # a dated return is a release, not a renewal


def test_a_premiere_calendar_dates_its_entries() -> None:
    text = "FRIDAY, SEPT. 6\n\n- Severance, season 3 (Apple TV+). Two episodes, then weekly."
    found = claims(text, published=date(2024, 8, 1))
    assert kinds(found, "release_date") == [(3, "2024-09-06", "confirmed")]


def test_a_paragraph_led_by_another_title_is_about_that_title() -> None:
    text = (
        "Severance (Apple TV+): Renewed for season 3.\n\n"
        "Night Nurses (NBC): The medical drama returns for its eighth season in the fall."
    )
    found = claims(text)
    assert kinds(found, "renewal") == [(3, "renewed", "confirmed")]
    assert kinds(found, "release_date") == []


def test_a_watched_title_inside_a_longer_one_is_not_the_show() -> None:
    text = "Channel 4 renewed its cooking show Severance Kitchen, which returns next spring."
    assert claims(text, title="Severance Kitchen renewed for series 3") == []


def test_a_headline_month_gives_way_to_the_body_day() -> None:
    found = claims(
        "Apple will now premiere season 2 on Friday, January 17, 2025.",
        title="Apple Pushes Severance Season 2 to January",
    )
    assert kinds(found, "release_date") == [(2, "2025-01-17", "confirmed")]


def test_a_weekday_in_a_schedule_is_no_date() -> None:
    text = "Season 2 of Severance arrives in July, returning to its Friday-Saturday slot."
    assert kinds(claims(text), "release_date") == [(2, "2024-07", "confirmed")]


def test_part_one_and_gapped_seasons_are_dated() -> None:
    found = claims(
        "Season 2 of Severance is back. Part 1 dropped in March.\n\n"
        "Season 1 premiered in February 2022 and season 2 in January 2025."
    )
    assert sorted(kinds(found, "release_date")) == [
        (1, "2022-02", "confirmed"), (2, "2024-03", "confirmed"), (2, "2025-01", "confirmed")
    ]  # fmt: skip


def test_a_guess_without_a_verb_is_speculated() -> None:
    found = claims("When will Severance season 3 arrive? Our best guess is late 2026.")
    assert kinds(found, "release_date") == [(3, "2026-late", "speculated")]


def test_one_country_service_and_a_supposition_are_not_claims() -> None:
    assert claims("Severance season 1 arrives on Netflix UK on 1 March.") == []
    text = "A renewal would make Severance the third Apple drama brought back this year."
    assert claims(text) == []


def test_a_surname_later_names_the_person_cast_before() -> None:
    text = (
        "Dean Fallow has joined the cast of Severance season 2, according to sources. "
        "Fallow would play Alan Pryce, the new floor manager."
    )
    assert [(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"] == [
        ("Dean Fallow", "Alan Pryce", "reported")
    ]


def test_the_end_of_a_run_and_an_idiom_are_not_release_dates() -> None:
    text = (
        "Season 1 of Severance aired every Friday until the beginning of April. "
        "Whether the finale can stick the landing this Sunday is the only question."
    )
    assert kinds(claims(text), "release_date") == []


def test_a_date_with_a_return_is_a_release_not_a_renewal() -> None:
    found = claims("Apple announced that Severance will return for season 3 on 3/14.")
    assert kinds(found, "renewal") == []
    assert kinds(found, "release_date") == [(3, "2025-03-14", "confirmed")]


def test_a_label_with_a_dash_leads_its_paragraph() -> None:
    text = (
        "Severance (Apple TV+) - Renewed for a third season.\n\n"
        "Glassjaw (FX) - The boxing comedy will return for a third season."
    )
    assert kinds(claims(text), "renewal") == [(3, "renewed", "confirmed")]


def test_another_title_or_a_person_as_the_subject_is_not_the_show() -> None:
    text = (
        "Severance season 2 is coming. ALSO DATED: Greyhaven season 2 will arrive on November 21. "
        "10:05 AM - Nettlefield has been renewed for a fourth season. "
        "Threlfall will not return for season 2, Apple confirmed."
    )
    found = claims(text)
    assert kinds(found, "release_date") == []
    assert kinds(found, "renewal") == [(2, "renewed", "confirmed")]


def test_a_headline_list_item_keeps_its_own_verb() -> None:
    title = "Roundup: Velvet Hours cancelled, Severance returns next month"
    assert kinds(claims("", title=title), "renewal") == []


def test_a_window_within_half_a_year_is_that_half() -> None:
    assert [d.value for d in find_dates("between February and April 2026", PUBLISHED)] == [
        "2026-early"
    ]


# --- the seed article ----------------------------------------------------------------


@pytest.fixture
def seed_claims() -> list[Claim]:
    lines = seed_text().splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    article = Article(
        text="\n".join(lines[first + 1 :]), title=lines[first].strip(), published=date(2022, 6, 8)
    )
    return extract_claims(article, [Show("All of Us Are Dead")])


def test_seed_article(seed_claims: list[Claim]) -> None:
    assert {c.show for c in seed_claims} == {"All of Us Are Dead"}
    got = {(c.kind, c.season, c.value, c.role, c.certainty) for c in seed_claims}
    assert ("renewal", 2, "renewed", None, "confirmed") in got
    assert ("release_date", 2, None, None, "unannounced") in got
    for name, role in [("Yoon Chan-young", "Cheong-san"), ("Park Ji-hu", "On-jo"),
                       ("Lomon", "Su-hook"), ("Cho Yi-Hyun", "Nam-ra")]:  # fmt: skip
        assert ("cast", 2, name, role, "speculated") in got
    # "came out in late January" is season 1's date, never season 2's
    dated = [(c.season, c.value) for c in seed_claims if c.kind == "release_date" and c.value]
    assert dated in ([], [(1, "2022-01")])
    assert not [c for c in seed_claims if c.kind == "cast" and "Lee" in (c.value or "")]


def test_the_eve_of_a_holiday_is_the_day_before_it() -> None:
    found = claims("Apple TV+ says season 2 of Severance premieres on the eve of Christmas.")
    assert kinds(found, "release_date") == [(2, "2024-12-24", "confirmed")]


def test_seasons_already_out_reaching_a_service_are_no_release() -> None:
    text = (
        "All three existing seasons of Severance will stream on Netflix from September 3. "
        "The complete first season of Severance arrives on Peacock in the United States on "
        "July 1."
    )
    assert kinds(claims(text), "release_date") == []


def test_a_holiday_said_loosely_gives_way_to_the_day_beside_it() -> None:
    text = (
        'Apple has moved Severance season 2 up to Monday, Dec. 23. "Landing on Christmas '
        'was the plan all along," a spokesperson said of the second season.'
    )
    found = claims(text, title="Severance Season 2 Moves Up to Dec. 23")
    assert kinds(found, "release_date") == [(2, "2024-12-23", "confirmed")]


def test_a_trackers_status_headings_do_not_start_another_titles_section() -> None:
    text = (
        "Here is where the Severance season 2 cast stands.\n\n"
        "Confirmed\n\n"
        "Apple confirmed that Britt Lower, who plays Helly, will return.\n\n"
        "Rumoured\n\n"
        "We reckon Tramell Tillman could be back as Milchick."
    )
    found = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert found == {
        ("Britt Lower", "Helly", "confirmed"),
        ("Tramell Tillman", "Milchick", "speculated"),
    }


def test_a_rank_with_its_stop_does_not_end_the_sentence_or_the_role() -> None:
    text = "Severance season 2 keeps its detectives: Returning is Jen Tull as Sgt. Rosa Vane."
    found = [(c.value, c.role) for c in claims(text) if c.kind == "cast"]
    assert found == [("Jen Tull", "Rosa Vane")]


def test_a_character_back_with_their_voice_actor_is_a_return() -> None:
    text = (
        "The second season of Severance brings the cartoon back. Kit Orla returns to voice "
        "Bramble, the nervous badger. Bramble's sister Thistle (voiced by Ana Peel) is also back."
    )
    found = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert found == {("Kit Orla", "Bramble", "confirmed"), ("Ana Peel", "Thistle", "confirmed")}


def test_a_hyphenated_wont_is_no_denial() -> None:
    text = (
        "If Severance returns for season 2, we'd expect Adam Scott (Mark) to be back, since "
        "his will-he-won't-he office romance drives the show."
    )
    found = [(c.value, c.certainty) for c in claims(text) if c.kind == "cast"]
    assert found == [("Adam Scott", "speculated")]


def test_a_guess_is_read_from_the_guess_to_its_date() -> None:
    text = (
        "Severance season 2 has no date yet. Going by the gap between earlier seasons, we'd "
        "guess the first half of 2025, based on how the first two seasons were spaced."
    )
    assert ("release_date", "2025-early", "speculated") in [
        (c.kind, c.value, c.certainty) for c in claims(text)
    ]


def test_a_network_named_with_the_is_no_other_title() -> None:
    text = "Severance was a hit. The BBC commissioned a second series last May."
    assert kinds(claims(text), "renewal") == [(2, "renewed", "confirmed")]


def test_a_holidays_week_is_its_month() -> None:
    dates = find_dates("a Christmas-week launch, or over Halloween", PUBLISHED)
    assert [d.value for d in dates] == ["2024-12", "2024-10"]


def test_an_inverted_list_of_returning_cast_for_a_season() -> None:
    text = "Severance season 2 is coming. Returning for season 2 are Adam Scott and Zach Cherry."
    found = [(c.season, c.value, c.certainty) for c in claims(text) if c.kind == "cast"]
    assert found == [(2, "Adam Scott", "confirmed"), (2, "Zach Cherry", "confirmed")]


def test_a_character_may_be_named_for_a_month() -> None:
    text = "Severance season 2 adds a lead: it stars Dara Quill as June Ashby, a fire investigator."
    assert [(c.value, c.role) for c in claims(text) if c.kind == "cast"] == [
        ("Dara Quill", "June Ashby")
    ]


def test_an_age_between_a_name_and_its_verb() -> None:
    text = "Severance season 2 is coming. Bea Lowe, 34, is back as grieving widow Carys Penn."
    assert [(c.value, c.role) for c in claims(text) if c.kind == "cast"] == [
        ("Bea Lowe", "Carys Penn")
    ]


def test_the_first_episodes_date_is_the_premiere() -> None:
    text = (
        'Severance season 2 returns next month. An insider told us: "The first episode is '
        'pencilled in for Sunday 7 July."'
    )
    assert ("2024-07-07", "reported") in [
        (c.value, c.certainty) for c in claims(text) if c.kind == "release_date"
    ]


def test_a_related_block_and_the_comments_make_no_claims() -> None:
    text = (
        "Apple renewed the workplace drama for a third season on Monday.\n\n"
        "Related coverage\n"
        "Severance season 2 premieres January 17\n"
        "Severance: Zach Cherry joins cast as Dylan\n\n"
        "Comments (2)\n"
        "mark_s: heard Severance gets cancelled after season 3"
    )
    found = claims(text, title="Severance renewed for season 3")
    assert [(c.kind, c.season, c.value) for c in found] == [("renewal", 3, "renewed")]


def test_a_title_named_as_its_makers_earlier_work_takes_no_claims() -> None:
    text = (
        "Apple has renewed Meridian Line for a second season. The drama comes from Ana Vik, "
        "who previously created Severance. The streamer said season 2 will premiere in 2027."
    )
    assert claims(text, title="Meridian Line renewed for a second season") == []


def test_a_quoted_longer_title_is_not_the_watched_one() -> None:
    text = "The streamer renewed the diner drama for a third season on Wednesday."
    assert claims(text, show="Riverbend", title="Hulu Renews 'Riverbend Road' For Season 3") == []


def test_a_news_in_brief_item_led_by_another_title_is_about_that_title() -> None:
    text = (
        "Severance renewed for season 3. Apple confirmed the order on Monday.\n\n"
        "Dune Runners cancelled. Paramount+ has cancelled the desert drama after one season.\n\n"
        "Harbor Lights premieres Aug. 1. The lighthouse mystery debuts on a Friday."
    )
    found = claims(text, title="This week in TV: Severance renewed, and more")
    assert [(c.kind, c.season, c.value) for c in found] == [("renewal", 3, "renewed")]


def test_a_sentence_about_a_title_not_to_be_confused_with_ours() -> None:
    text = (
        "Severance season 2 has no date yet. Not to be confused with Severed, the Danish thriller "
        "whose second season arrives on DR1 in September."
    )
    assert [c.value for c in claims(text) if c.kind == "release_date"] == [None]


def test_a_title_that_credits_a_person_working_on_another_title() -> None:
    text = (
        "A Severance link, sort of. Severance creator Dan Erickson had been hired to run a second "
        "season of Dune Runners before the cancellation."
    )
    assert kinds(claims(text, title="TV news in brief"), "renewal") == []


def test_a_roundups_headline_date_is_the_roundups_and_dated_for_is_a_release() -> None:
    text = "Apple has dated the second season of Severance for Friday, Jan. 17, 2025."
    found = claims(text, title="Streaming this month: Severance checks back in, and more")
    assert kinds(found, "release_date") == [(2, "2025-01-17", "confirmed")]


def test_a_new_shows_page_asking_about_a_second_season_stays_on_the_first() -> None:
    text = (
        "Disney+ will release all eight episodes of Severance on December 2. A red-carpet "
        "premiere will be held in Los Angeles on November 24.\n\n"
        "Adam Scott plays her mentor, Mark, and Britt Lower plays the board's spy, Helly. The "
        "ensemble also includes Zach Cherry and John Turturro.\n\n"
        "Will there be a season 2? Disney+ has not renewed Severance for a second season yet, "
        "and will wait to see how the first season performs. The first season ends on a "
        "cliffhanger."
    )
    found = claims(text, title="Severance: everything we know", published=date(2024, 11, 3))
    assert kinds(found, "release_date") == [(1, "2024-12-02", "confirmed")]
    cast = {(c.season, c.value, c.role, c.certainty) for c in found if c.kind == "cast"}
    assert cast == {
        (1, "Adam Scott", "Mark", "confirmed"),
        (1, "Britt Lower", "Helly", "confirmed"),
        (1, "Zach Cherry", None, "confirmed"),
        (1, "John Turturro", None, "confirmed"),
    }


def test_by_the_end_of_the_year_is_the_year_and_at_the_end_is_late() -> None:
    found = find_dates("before the end of the year, at the end of the year, by the end of 2025",
                       PUBLISHED)  # fmt: skip
    assert [d.value for d in found] == ["2024", "2024-late", "2025"]


def test_a_slot_going_to_the_debut_of_another_title() -> None:
    text = (
        "Severance season 2 now premieres March 6. The March 13 slot that Severance vacates "
        'will go to the debut of "Kettle Point," a new mystery.'
    )
    assert kinds(claims(text), "release_date") == [(2, "2025-03-06", "confirmed")]


def test_an_ordinal_day_and_a_months_start() -> None:
    found = find_dates("comes back on the 3rd; set for a July start; on the 2nd episode", PUBLISHED)
    assert [d.value for d in found] == ["2024-07-03", "2024-07"]  # the 3rd has passed in June


def test_the_season_named_as_coming_is_in_view_over_the_one_named_most() -> None:
    text = (
        "Fuji TV's Severance comes back for its second season on the 8th. The first season "
        "aired in autumn 2023. Season 1 has also just arrived on Netflix in Asia.\n\n"
        "Adam Scott returns as Mark."
    )
    found = claims(text, title="Drama guide: the spring lineup")
    assert kinds(found, "release_date")[0] == (2, "2024-06-08", "confirmed")
    assert [(c.season, c.value) for c in found if c.kind == "cast"] == [(2, "Adam Scott")]


def test_a_month_with_no_exact_day_yet_is_both_claims() -> None:
    text = "Severance season 2 is set for July, although Apple says the exact date is not decided."
    assert kinds(claims(text), "release_date") == [
        (2, "2024-07", "confirmed"),
        (2, None, "unannounced"),
    ]


def test_a_title_known_in_english_as_another_is_no_cast() -> None:
    text = "Severance season 2, known in English as Severance, returns in May."
    assert [c for c in claims(text) if c.kind == "cast"] == []


def test_another_title_named_after_its_genre_takes_its_own_date() -> None:
    text = (
        "Severance season 2 arrives on January 17, 2025. SonyLIV has moved its courtroom drama "
        "Pagdandi to June 27, and the cooking competition Gravy Train returns for a twelfth "
        "series on Monday."
    )
    assert kinds(claims(text), "release_date") == [(2, "2025-01-17", "confirmed")]


def test_dates_no_longer_true_are_not_the_coming_seasons() -> None:
    text = (
        "Every previous season of Severance premiered in September. Apple later told investors "
        "season 2 would arrive in spring 2024; it did not. Severance's first season will also "
        "land on Netflix from March 1, the first time it has been available outside Apple TV+. "
        "Elsewhere on the guide this month, the comedy Second Sitting returns on June 12."
    )
    found = claims(text, title="Severance season 2: the long road back")
    assert kinds(found, "release_date") == []


def test_an_encyclopedia_pages_sections_stay_on_the_show() -> None:
    text = (
        "Severance is a thriller series created by Dan Erickson.\n\n"
        "Broadcast history\n\n"
        "Season 1 premiered on February 18, 2022. HBO renewed the series for a third season in "
        "August 2024, and in March 2025 it confirmed that the third season will be the last.\n\n"
        "Cast\n\n"
        "Season 2 introduced Tina Vale as Sael. Vale does not return for season 3."
    )
    found = claims(text, title="Severance: season guide", published=date(2025, 6, 1))
    got = {(c.kind, c.season, c.value, c.certainty) for c in found}
    assert {
        ("release_date", 1, "2022-02-18", "confirmed"),
        ("renewal", 3, "renewed", "confirmed"),
        ("renewal", 3, "ending", "confirmed"),
        ("cast", 2, "Tina Vale", "confirmed"),
        ("cast", 3, "Tina Vale", "denied"),
    } <= got
    assert ("renewal", 3, "renewed", "denied") not in got


def test_a_title_with_accented_letters_is_found_in_running_text() -> None:
    text = "Over in the capital, Noches de Bogotá will return for season 2 on March 3."
    found = claims(text, show="Noches de Bogotá", title="Latin American roundup")
    assert [(c.show, c.season, c.value) for c in found if c.kind == "release_date"] == [
        ("Noches de Bogotá", 2, "2025-03-03")
    ]


def test_a_season_in_another_statement_after_a_renewal_is_not_its_season() -> None:
    text = (
        "Apple has renewed Severance for a third season. The platform announced the renewal on "
        "Monday alongside viewing figures that put the second season among its top five."
    )
    assert kinds(claims(text), "renewal") == [(3, "renewed", "confirmed")]


def test_one_of_the_launches_of_a_past_month_is_history() -> None:
    text = "Severance was one of Apple's most talked-about launches in February."
    assert all(c.value != "2025-02" for c in claims(text))


def test_a_recast_names_who_leaves_and_who_takes_the_part() -> None:
    text = (
        "Severance season 2 has a new face. Jo Hart is replaced by Amy Lo in the role of Ran. "
        "The role of Matron Jean Whitlock has been recast. Helen Marr takes over from Ruth "
        "Anstey, who stepped away for family reasons."
    )
    cast = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert cast == {
        ("Jo Hart", "Ran", "denied"),
        ("Amy Lo", "Ran", "confirmed"),
        ("Helen Marr", "Jean Whitlock", "confirmed"),
        ("Ruth Anstey", "Jean Whitlock", "denied"),
    }


def test_cast_lines_with_ranks_titles_and_appositions() -> None:
    text = (
        "Severance season 2 cast news. New to the series is Devika Rao, who plays ACP Anjali "
        "Rathod. Joining the series as a regular is Cal Dore as Sergeant Mick O'Hare. Veteran "
        "Tak Mori will make a guest appearance as the Emperor's physician, Dr. Hakuseki. Tanvi "
        "Joshi, who played Kiran, has exited the series; Kiran's story ended in the first "
        "season's finale."
    )
    cast = {(c.season, c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert cast == {
        (2, "Devika Rao", "Anjali Rathod", "confirmed"),
        (2, "Cal Dore", "Mick O'Hare", "confirmed"),
        (2, "Tak Mori", "Hakuseki", "confirmed"),
        (2, "Tanvi Joshi", "Kiran", "denied"),
    }


def test_more_shapes_of_a_cast_line() -> None:
    text = (
        "Severance season 2 cast news. Marlene Adler returns as Chief Inspector Lene Voss, with "
        "Nina Kapoor back as her wife and business partner Shalini. The show follows the "
        "officer Ramesh Tiwari, once again played by Sanjay Awasthi. Don't expect to see Colm "
        "Treacy on that poster. Treacy, who played the town's sheriff, Walt Doyle, has exited "
        "the series. Also this week, BritBox confirmed that Inspector Wellow will return in June."
    )
    cast = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert cast == {
        ("Marlene Adler", "Lene Voss", "confirmed"),
        ("Nina Kapoor", "Shalini", "confirmed"),
        ("Sanjay Awasthi", "Ramesh Tiwari", "confirmed"),
        ("Colm Treacy", "Walt Doyle", "denied"),
    }


def test_cast_told_as_joining_a_named_show_or_by_the_part_a_leaver_played() -> None:
    text = (
        "Severance season 2 casting. Actress Jung Hae-rim is in talks to join Severance Season 2 "
        "as Captain Ahn Tae-sik, according to industry sources. Ben Shaw returns as Mayor Cole "
        "Varney. Park Min-gyu and Seol Ha-neul are back as the firm's feuding partners, Baek "
        "Tae-ho and Gu Eun-jae. Harlan Voss, whose Dr. Silas Reed was poisoned in the finale, "
        "won't be back. Choi Eun-bi will not appear in season 2. Lydia Sarne is negotiating to "
        "return as Imogen Hale. Also back: the medical procedural Bay City Medics will return."
    )
    cast = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert cast == {
        ("Jung Hae-rim", "Ahn Tae-sik", "reported"),
        ("Ben Shaw", "Cole Varney", "confirmed"),
        ("Park Min-gyu", "Baek Tae-ho", "confirmed"),
        ("Seol Ha-neul", "Gu Eun-jae", "confirmed"),
        ("Harlan Voss", "Silas Reed", "denied"),
        ("Choi Eun-bi", None, "denied"),
        ("Lydia Sarne", "Imogen Hale", "speculated"),
    }


def test_a_podcasts_guesses_and_an_undated_season() -> None:
    text = (
        "Netflix still hasn't dated the second season of Severance. Dev reckons it lands "
        "sometime between March and May. His reasoning: the first season premiered in April "
        "2023, the crew wrapped in the summer."
    )
    assert kinds(claims(text), "release_date") == [
        (2, None, "unannounced"),
        (2, "2025-spring", "speculated"),
        (1, "2023-04", "confirmed"),
    ]


def test_a_series_that_starts_this_friday() -> None:
    text = "FRIDAY: Severance's second series starts this Friday at 10pm on Channel 4."
    assert kinds(claims(text), "release_date") == [(2, "2024-06-14", "confirmed")]


def test_a_franchises_other_works_named_for_the_show_take_no_claims() -> None:
    text = (
        "Apple has given a series order to Severance: Origins, a prequel set in 1989. Jada Crane "
        "will play the young Helly. Origins is slated to premiere in early 2026."
    )
    title = "Apple orders 'Severance: Origins', sets 2026 debut; 'Severance' spinoff movie dated"
    assert claims(text, title=title) == []


def test_a_live_blogs_items_led_by_titles_in_italics() -> None:
    text = (
        "11:26 a.m. — *Severance* returns for season 2 next month.\n\n"
        "10:48 a.m. — *Velvet Precinct*, the new cop comedy, premieres Thursday, June 12.\n\n"
        "10:31 a.m. — *Dust Devils* is officially done: Max confirms the upcoming third season "
        "will be its last."
    )
    found = claims(text, title="LIVE: every date from Max's showcase")
    assert [(c.kind, c.season, c.value) for c in found] == [("release_date", 2, "2024-07")]


def test_a_revival_undoes_the_cancellation_it_tells_of() -> None:
    text = (
        "Netflix has picked up a third season of Severance, reversing its cancellation at Apple. "
        "Apple dropped the series in May 2025, four months after its second season premiered in "
        "January."
    )
    found = claims(text, title="Netflix Revives 'Severance' a Year After Apple Cancellation")
    assert {(c.kind, c.season, c.value) for c in found} == {
        ("renewal", 3, "renewed"),
        ("release_date", 2, "2025-01"),
    }


def test_a_season_named_only_in_a_doubt_is_the_one_not_yet_ordered() -> None:
    text = (
        "Severance premiered on Apple in October 2023. Apple has not renewed it, and I would be "
        "surprised if it lives to see a second season."
    )
    found = claims(text, title="Is Severance coming back?")
    assert [(c.kind, c.season, c.value) for c in found] == [
        ("release_date", 1, "2023-10"),
        ("renewal", 2, "renewed"),
    ]


def test_a_shortened_weekday_before_the_date_and_a_sophomore_run() -> None:
    text = (
        "Season 3 of Severance will debut Thu., Jan. 8, with two episodes. The drama's "
        "sophomore run bowed in March 2023."
    )
    found = claims(text, published=date(2025, 10, 14))
    assert kinds(found, "release_date") == [
        (3, "2026-01-08", "confirmed"),
        (2, "2023-03", "confirmed"),
    ]


def test_parts_changing_hands_and_parts_named_late() -> None:
    text = (
        "Severance season 2 cast news. The role of the young Kitty Ashcombe has been recast: "
        "Poppy Melrose, 11, takes over from Isla Dane, who has outgrown the part. Keira Oduya now "
        "leads as Marnie Vell, replacing Sasha Pym. Kirsty Baird has quit the role of Morag "
        "Fraser. Tamsin Holloway (DI Kate Merrow) and Nat Okonkwo (DS Leon Greaves) are "
        "confirmed to return. New to the cast is Facundo Rivarola, who plays a Buenos Aires "
        "lawyer named Tomás Leiva. Hunky Gary Fennimore, 47, is back as troubled DCI Ray Hollins."
    )
    cast = {(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"}
    assert cast == {
        ("Poppy Melrose", "Kitty Ashcombe", "confirmed"),
        ("Isla Dane", "Kitty Ashcombe", "denied"),
        ("Keira Oduya", "Marnie Vell", "confirmed"),
        ("Sasha Pym", "Marnie Vell", "denied"),
        ("Kirsty Baird", "Morag Fraser", "denied"),
        ("Tamsin Holloway", "Kate Merrow", "confirmed"),
        ("Nat Okonkwo", "Leon Greaves", "confirmed"),
        ("Facundo Rivarola", "Tomás Leiva", "confirmed"),
        ("Gary Fennimore", "Ray Hollins", "confirmed"),
    }


def test_a_month_counted_back_from_a_dated_event_takes_its_year() -> None:
    text = (
        "Apple dropped Severance in May 2025, six months after its second season premiered in "
        "November."
    )
    assert kinds(claims(text, published=date(2026, 4, 8)), "release_date") == [
        (2, "2024-11", "confirmed")
    ]


def test_no_decision_yet_is_a_renewal_not_made() -> None:
    text = (
        "Severance season 2 is streaming now. There is no decision yet on a third season. Apple "
        "has not said whether Severance will continue beyond this season."
    )
    assert kinds(claims(text), "renewal") == [(3, "renewed", "denied")]


def test_a_name_then_playing_and_the_part() -> None:
    text = "Severance season 2 is coming. We've got Calum Ferreira playing Jonah, her brother."
    assert [(c.value, c.role) for c in claims(text) if c.kind == "cast"] == [
        ("Calum Ferreira", "Jonah")
    ]


def test_a_season_already_out_reaching_one_more_country_is_no_release() -> None:
    text = (
        "Severance season 2 is in the works. Its first season arrives on Disney+ in Japan on "
        "February 18. Outside Japan, the first season will also stream in India on July 9. "
        "Both seasons land on Netflix in the U.K. on 1 September. The second season premieres "
        "on March 3."
    )
    assert kinds(claims(text), "release_date") == [(2, "2025-03-03", "confirmed")]


def test_a_things_own_release_and_a_film_that_stars_someone() -> None:
    text = (
        "Severance season 2 is coming. The season 1 soundtrack will be on vinyl at the booth, "
        "ahead of its general release on August 14. The show's score is getting a deluxe vinyl "
        "release on April 3. The film stars Hal Brenner as a farmer."
    )
    found = claims(text)
    assert kinds(found, "release_date") == []
    assert [c for c in found if c.kind == "cast"] == []


def test_what_a_show_should_not_be_confused_with_is_about_the_other_one() -> None:
    text = '"Severance" should not be confused with CBS\'s "Severed," which was cancelled.'
    assert claims(text) == []


def test_the_weekday_of_an_announcement_and_a_month_before_the_premiere() -> None:
    text = (
        "The official website for the anime revealed the main cast, a teaser visual, and the "
        "anime's October premiere on Wednesday."
    )
    found = claims(text, published=date(2026, 7, 8), title="Severance anime reveals its cast")
    assert kinds(found, "release_date") == [(None, "2026-10", "confirmed")]


def test_a_blu_ray_of_the_first_season_is_no_renewal() -> None:
    text = "The website also announced a Blu-ray box of Severance's first season, out March 25."
    assert kinds(claims(text), "renewal") == []


def test_claims_on_social_media_are_speculation() -> None:
    text = (
        "Social media had been awash with claims that series two of Severance would launch on "
        "Easter Monday, 6 April."
    )
    assert kinds(claims(text, published=date(2026, 3, 3)), "release_date") == [
        (2, "2026-04-06", "speculated")
    ]


def test_cast_lines_under_a_colon_guest_spots_exits_and_credit_asides() -> None:
    text = (
        "Severance season 2 adds new faces.\n\n"
        "The cast includes:\n"
        "Mio Hanazawa as Kotone Amari, a baker who only opens her shop after dark\n"
        "Ren Takaoka as Yuuji Sato, an astronomy student who becomes her first customer\n\n"
        "Oona Delacroix will guest star in two episodes as Sheriff Maude Pike, a lawwoman.\n\n"
        "Hugo Farrant has exited the show and will not return as DS Callum Reese.\n\n"
        "A telly insider told us that Bev Olusanya, co-host of ITV's breakfast show Rise & "
        "Shine, will make a guest appearance as Sgt. Dee Fanshawe, a desk sergeant."
    )
    assert [(c.value, c.role, c.certainty) for c in claims(text) if c.kind == "cast"] == [
        ("Mio Hanazawa", "Kotone Amari", "confirmed"),
        ("Ren Takaoka", "Yuuji Sato", "confirmed"),
        ("Oona Delacroix", "Maude Pike", "confirmed"),
        ("Hugo Farrant", "Callum Reese", "denied"),
        ("Bev Olusanya", "Dee Fanshawe", "reported"),
    ]


def test_one_countrys_rights_and_a_season_already_on_the_service() -> None:
    text = (
        "The BBC has acquired the UK rights to the American drama Severance, and its second "
        "season will stream on BBC iPlayer from Tuesday 3 March, with the first season already "
        "on the platform from today."
    )
    assert kinds(claims(text, published=date(2026, 2, 20)), "release_date") == []


def test_a_rumoured_month_gives_way_to_the_day_the_body_confirms() -> None:
    text = "Severance season 2 will bow Thursday, Jan. 8, Apple confirmed."
    found = claims(
        text, published=date(2025, 10, 14), title="EXCLUSIVE: Severance Season 2 Set for January"
    )
    assert kinds(found, "release_date") == [(2, "2026-01-08", "confirmed")]


def test_a_description_of_the_show_neither_denies_nor_hedges() -> None:
    text = (
        "Severance, Apple's tale of an office that never quite lets go, was a hit when season "
        "one aired in autumn 2022."
    )
    assert kinds(claims(text), "release_date") == [(1, "2022-fall", "confirmed")]


def test_returning_for_the_final_season_lists_the_cast_under_ranks() -> None:
    text = (
        "Severance has been renewed for a fifth and final season. Returning for the final season "
        "are Dana Okafor (Capt. Lena Ruiz) and Marcus Webb (Sgt. Tommy Birch)."
    )
    assert [(c.season, c.value, c.role) for c in claims(text) if c.kind == "cast"] == [
        (5, "Dana Okafor", "Lena Ruiz"),
        (5, "Marcus Webb", "Tommy Birch"),
    ]


def test_cast_added_voiced_and_handed_over_and_a_stage_plays_cast() -> None:
    text = (
        "Severance season 2 is coming. A third season is already in production. The new season "
        "adds Mayu Koizumi as Aster, a runner. Bryce Allen returns as the English voice of "
        "Tetsuya. Carla Ruiz, who played Sayo, won't be back after the character's death in "
        "the season 1 finale. Separately, a stage play adaptation will run in Tokyo in May, with "
        "Shun Aoyagi playing Tetsuya."
    )
    found = claims(text, title="Severance Season 2 Premieres in April")
    assert [(c.season, c.value, c.role, c.certainty) for c in found if c.kind == "cast"] == [
        (2, "Mayu Koizumi", "Aster", "confirmed"),
        (2, "Bryce Allen", "Tetsuya", "confirmed"),
        (2, "Carla Ruiz", "Sayo", "denied"),
    ]


def test_a_headlines_shouted_word_and_capitalised_part_give_way_to_the_body() -> None:
    found = claims(
        "Severance season 2 adds Lorna Castile, playing Margo Vance, a rival fixer.",
        title="Severance RECAST as Lorna Castile Joins as Rival Fixer",
    )
    assert [(c.value, c.role) for c in found if c.kind == "cast"] == [
        ("Lorna Castile", "Margo Vance")
    ]


def test_an_aside_and_a_comparison_neither_hide_nor_hedge_the_date() -> None:
    published = date(2026, 1, 5)
    said = claims(
        "Severance season 2, Apple said, premieres on Friday, March 13.", published=published
    )
    sooner = claims(
        "Severance season 2 premieres March 13, which is sooner than fans expected.",
        published=published,
    )
    assert kinds(said, "release_date") == [(2, "2026-03-13", "confirmed")]
    assert kinds(sooner, "release_date") == [(2, "2026-03-13", "confirmed")]


def test_after_arriving_tells_of_a_release_already_past() -> None:
    text = "Severance became a hit after arriving on Apple TV+ in February 2022."
    assert kinds(claims(text, published=date(2026, 1, 5)), "release_date") == []


def test_a_part_belongs_to_the_season_the_sentence_named_before() -> None:
    text = (
        "Severance season 3 is on the way. Season 2 was released in two parts: Part 1 landed on "
        "May 8, 2025, and the rest followed in June."
    )
    dated = [c for c in claims(text, published=date(2026, 1, 5)) if c.kind == "release_date"]
    assert [(c.season, c.value) for c in dated] == [(2, "2025-05-08")]


def test_the_cancellation_leaves_another_show_standing() -> None:
    text = (
        "Severance has been cancelled after two seasons. The cancellation leaves Tidewater as "
        "the only rural drama on the network."
    )
    watchlist = [Show("Severance"), Show("Tidewater")]
    found = extract_claims(Article(text=text, published=PUBLISHED), watchlist)
    assert [(c.show, c.value) for c in found if c.kind == "renewal"] == [("Severance", "cancelled")]


def test_a_renewal_by_confirming_a_numbered_season_outranks_the_bare_headline() -> None:
    found = claims(
        "Apple ended the week by confirming a third season of Severance.",
        title="Severance renewed!",
    )
    assert kinds(found, "renewal") == [(3, "renewed", "confirmed")]


def test_years_ago_counts_back_from_the_publication_date() -> None:
    published = date(2026, 12, 3)
    this_month = find_dates("it premiered two years ago this month", published, past=True)
    assert [d.value for d in this_month] == ["2024-12"]
    assert [d.value for d in find_dates("three years ago", published, past=True)] == ["2023"]


def cast_of(found: list[Claim]) -> list[tuple[str | None, str | None, str]]:
    return [(c.value, c.role, c.certainty) for c in found if c.kind == "cast"]


def test_a_pull_quote_attribution_is_not_a_heading() -> None:
    text = (
        "Apple has renewed Severance for a third season.\n\n"
        "\u201cWe could not be prouder of this team.\u201d\n\n"
        "\u2014 Apple TV+ head of drama\n\n"
        "Season 3 will premiere on March 6, 2025."
    )
    assert kinds(claims(text), "release_date") == [(3, "2025-03-06", "confirmed")]


def test_he_is_replaced_by_takes_over_the_part_the_leaver_played() -> None:
    text = (
        "Adam Scott will not return as Mark Scout in Severance season 3. He is replaced by "
        "Owen Tarrant."
    )
    assert ("Owen Tarrant", "Mark Scout", "confirmed") in cast_of(claims(text))


def test_the_actor_who_played_gives_the_part_of_the_person_named_before() -> None:
    text = (
        "Adam Scott will not return for Severance season 3. The actor, who played Mark Scout, "
        "announced his exit on Monday."
    )
    assert ("Adam Scott", "Mark Scout", "denied") in cast_of(claims(text))


def test_a_guest_in_the_opening_two_parter_is_cast() -> None:
    text = (
        "In Severance season 3, Owen Tarrant will guest star in the opening two-parter as Reghabi."
    )
    assert cast_of(claims(text)) == [("Owen Tarrant", "Reghabi", "confirmed")]


def test_as_in_the_show_season_then_the_part() -> None:
    text = "Owen Tarrant will guest star in Severance season 3 as Reghabi."
    assert cast_of(claims(text)) == [("Owen Tarrant", "Reghabi", "confirmed")]
    elsewhere = "Owen Tarrant, who starred in Big Little Lies as Renata, joins Severance season 3."
    assert [role for _, role, _ in cast_of(claims(elsewhere))] == [None]


def test_respectively_with_a_describer_on_each_part() -> None:
    text = (
        "Severance season 3 casts Owen Tarrant and Mina Cole as pharmacist Ada Brill and "
        "delivery rider Tomas Vey, respectively."
    )
    assert cast_of(claims(text)) == [
        ("Owen Tarrant", "Ada Brill", "confirmed"),
        ("Mina Cole", "Tomas Vey", "confirmed"),
    ]


def test_a_part_named_in_the_sentence_is_not_an_actor() -> None:
    text = "Severance season 3 casts Mina Cole as Ada Brill."
    assert [value for value, _, _ in cast_of(claims(text))] == ["Mina Cole"]


def test_reports_suggest_is_reported_not_speculated() -> None:
    text = "Reports suggest Severance season 3 will premiere on March 6, 2025."
    assert kinds(claims(text), "release_date") == [(3, "2025-03-06", "reported")]


def test_a_court_rank_is_dropped_from_the_part() -> None:
    text = "Severance season 3 casts Mina Cole as Court Lady Ada Brill."
    assert cast_of(claims(text)) == [("Mina Cole", "Ada Brill", "confirmed")]


def test_a_listing_items_heading_and_details_date_its_season() -> None:
    text = (
        "The fall schedule is filling in fast.\n\n"
        "1. Severance, season 3\n\n"
        "Apple TV+ · Thursday, Sept. 17\n\n"
        "The office drama picks up where the cliffhanger left off.\n\n"
        "2. Tidewater, season 2\n\n"
        "Netflix · 14 March\n\n"
        "The first season landed in March 2025."
    )
    watchlist = [Show("Severance"), Show("Tidewater")]
    article = Article(text=text, title="Fall TV premiere dates", published=date(2026, 7, 28))
    dated = [c for c in extract_claims(article, watchlist) if c.kind == "release_date"]
    assert [(c.show, c.season, c.value) for c in dated] == [
        ("Severance", 3, "2026-09-17"),
        ("Tidewater", 2, "2027-03-14"),
        ("Tidewater", 1, "2025-03"),
    ]


def test_a_listing_items_date_still_to_come_is_no_date() -> None:
    text = "1. Severance, season 3\n\nApple TV+ · Date TBA\n\nThe office drama returns."
    found = claims(text, published=date(2026, 7, 28), title="Fall TV premiere dates")
    assert [c.value for c in found if c.kind == "release_date" and c.value] == []


def test_an_audience_after_the_verb_does_not_block_a_release() -> None:
    text = "Severance season 4 is coming. Season 3 premiered in June 2025 to record ratings."
    found = claims(text, published=date(2026, 6, 30))
    assert kinds(found, "release_date") == [(3, "2025-06", "confirmed")]
    assert kinds(claims("The Severance ratings arrive on June 5."), "release_date") == []


def test_a_part_of_a_year_is_no_day_that_settles_an_unset_date() -> None:
    text = "Severance season 4 will air early next year, but a precise date has not been set."
    found = claims(text, published=date(2026, 6, 30))
    assert kinds(found, "release_date") == [
        (4, "2027-early", "confirmed"),
        (4, None, "unannounced"),
    ]


def test_our_bet_is_a_boxing_day_launch() -> None:
    text = "Severance season 5 arrives this winter. Our bet is a Boxing Day launch."
    found = claims(text, published=date(2026, 11, 3))
    assert kinds(found, "release_date") == [
        (5, "2026-winter", "confirmed"),
        (5, "2026-12-26", "speculated"),
    ]


def test_a_shared_subject_ends_at_its_own_verb() -> None:
    text = (
        "Severance's third season goes into production next month in Toronto, doubling for "
        "New York, and is expected to debut in 2027."
    )
    found = claims(text, published=date(2026, 6, 30))
    assert kinds(found, "release_date") == [(3, "2027", "speculated")]
    text = "The Severance finale wrapped in May and airs on July 4."
    assert kinds(claims(text, published=date(2026, 6, 30)), "release_date") == []


def test_a_colon_before_lowercase_words_opens_no_subtitle() -> None:
    text = (
        "Apple TV+ has dated season 2 of Saint Ives: the Cornwall-set spy drama returns "
        "Friday, July 17."
    )
    found = claims(text, show="Saint Ives", published=date(2026, 5, 22))
    assert kinds(found, "release_date") == [(2, "2026-07-17", "confirmed")]
    text = "Saint Ives: The Cornwall Files, a spin-off film, opens on July 17."
    assert kinds(claims(text, show="Saint Ives", published=date(2026, 5, 22)), "release_date") == []


def test_a_quoted_title_with_a_numeral_is_that_season() -> None:
    text = '"Signal Fire 2" is expected to air in the second half of next year.'
    found = claims(text, show="Signal Fire", published=date(2025, 10, 27))
    assert kinds(found, "release_date") == [(2, "2026-late", "speculated")]


def test_a_british_piece_prints_the_day_first() -> None:
    text = "Severance returns for its fourth series on 8/1, BBC Two bosses confirmed."
    found = claims(text, published=date(2025, 12, 19))
    assert kinds(found, "release_date") == [(4, "2026-01-08", "confirmed")]
    # an American piece, or one that prints a date only month first, reads 8/1 as August 1
    found = claims("Severance returns for its fourth season on 8/1.", published=date(2025, 12, 19))
    assert kinds(found, "release_date") == [(4, "2026-08-01", "confirmed")]
    text = "Severance returns on 8/1. BBC Two has The Crown on 10/23."
    found = claims(text, published=date(2025, 12, 19))
    assert kinds(found, "release_date") == [(None, "2026-08-01", "confirmed")]


def test_begins_its_second_series_tonight() -> None:
    text = "Severance, ITV's office drama, begins its second series tonight at 9pm."
    found = claims(text, published=date(2026, 9, 14))
    assert kinds(found, "release_date") == [(2, "2026-09-14", "confirmed")]
    text = "Severance begins its season of filming on May 4."
    assert kinds(claims(text, published=date(2026, 3, 1)), "release_date") == []


def test_a_weekday_after_the_channel_the_show_returns_to() -> None:
    text = "Severance returns to RTÉ One this Sunday at 9.30pm for its third series."
    found = claims(text, published=date(2025, 3, 12))
    assert kinds(found, "release_date") == [(3, "2025-03-16", "confirmed")]


def test_yet_to_commit_to_an_exact_night_leaves_the_day_unset() -> None:
    text = (
        "Severance's second series lands next month on Virgin Media One, the broadcaster "
        "confirmed, although it has yet to commit to an exact night."
    )
    found = claims(text, published=date(2025, 3, 12))
    assert kinds(found, "release_date") == [(2, "2025-04", "confirmed"), (2, None, "unannounced")]


def test_where_a_season_was_first_shown_is_its_release() -> None:
    text = "Severance season 2 is coming. The first season premiered in Japan in April 2024."
    found = claims(text, published=date(2025, 10, 1))
    assert kinds(found, "release_date") == [(1, "2024-04", "confirmed")]
    text = "The first season of Severance also premiered in Japan in April 2024."
    assert kinds(claims(text, published=date(2025, 10, 1)), "release_date") == []


def test_we_would_expect_to_see_the_show_back_next_spring() -> None:
    text = (
        "Severance series 2 has no date yet. Filming began in July, so we'd expect to see "
        "the show back next spring."
    )
    found = claims(text, published=date(2025, 8, 15))
    assert kinds(found, "release_date") == [
        (2, None, "unannounced"),
        (2, "2026-spring", "speculated"),
    ]


def test_the_production_team_aiming_for_a_broadcast() -> None:
    text = (
        "Severance season 2 is confirmed. The production team is tentatively aiming for a "
        "broadcast in the second half of 2027, with filming expected to begin this summer."
    )
    found = claims(text, published=date(2026, 3, 17))
    assert kinds(found, "release_date") == [(2, "2027-late", "speculated")]


def test_due_on_two_channels_early_in_the_new_year() -> None:
    text = "Severance series six is due on BBC Scotland and iPlayer early in the new year."
    found = claims(text, published=date(2026, 11, 3))
    assert kinds(found, "release_date") == [(6, "2027-early", "confirmed")]
    assert [d.value for d in find_dates("in the new year", date(2026, 3, 1))] == ["2026"]


def test_a_colon_before_a_possessive_opens_no_subtitle() -> None:
    text = "2. Severance: Apple's office drama drops season 2 in two weeks."
    found = claims(text, published=date(2026, 1, 9))
    assert kinds(found, "release_date") == [(2, "2026-01-23", "confirmed")]


def test_our_guess_asked_and_answered() -> None:
    text = (
        "Severance season 2 finale recap, plus everything we know about season 3\n\n"
        "Season 3 news\n\nNo premiere date yet. Our guess? Summer 2027, given the usual slot."
    )
    article = Article(text=text, title=None, published=date(2026, 9, 21))
    found = extract_claims(article, [Show("Severance")])
    assert kinds(found, "release_date") == [
        (3, None, "unannounced"),
        (3, "2027-summer", "speculated"),
    ]
    assert list(sentences("Our guess? Summer 2027. Why? Filming.")) == [
        "Our guess? Summer 2027.",
        "Why?",
        "Filming.",
    ]


def test_starts_friday_and_kicks_off_after_a_day_of_saying() -> None:
    text = (
        "Bosses confirmed today that Severance series four will kick off on ITV1 and ITVX at "
        "9pm on Friday 1 August."
    )
    found = claims(text, published=date(2025, 7, 21))
    assert kinds(found, "release_date") == [(4, "2025-08-01", "confirmed")]
    found = claims("Severance series 4 starts Friday 1 August.", published=date(2025, 7, 21))
    assert kinds(found, "release_date") == [(4, "2025-08-01", "confirmed")]


def test_on_saturday_the_8th() -> None:
    text = "On March 3, tvN announced that Severance will premiere on Saturday the 8th at 9pm."
    found = claims(text, published=date(2025, 3, 3))
    assert kinds(found, "release_date") == [(None, "2025-03-08", "confirmed")]


def test_pencilled_in_for_the_autumn_and_no_month_yet() -> None:
    text = "A source told us Severance season 3 has been pencilled in for the autumn. No month yet."
    found = claims(text, published=date(2026, 5, 19))
    assert kinds(found, "release_date") == [(3, "2026-fall", "reported"), (3, None, "unannounced")]


def test_a_show_named_only_to_be_told_apart_is_not_the_pieces_subject() -> None:
    text = (
        "ITV has renewed Blackthorne Manor for a third series.\n\n"
        "(Not to be confused with Severance, the Apple TV+ thriller.)\n\n"
        "Series 2 premiered on 3 May and has averaged five million viewers."
    )
    article = Article(text=text, title="Blackthorne Manor renewed", published=date(2026, 7, 7))
    assert extract_claims(article, [Show("Severance")]) == []


def test_a_newsletter_named_report_reports_nothing() -> None:
    text = "Severance season 2 returns this Friday with four episodes."
    found = claims(
        text, published=date(2026, 6, 9), title="The Couch Report: Severance is back this Friday"
    )
    assert kinds(found, "release_date") == [(2, "2026-06-12", "confirmed")]


def test_its_episodes_aired_until_march_is_the_run_of_a_past_season() -> None:
    text = (
        "Severance season 2 has no date. Season 1 premiered on January 10, 2025, and its "
        "sixteen episodes aired every Saturday until the beginning of March."
    )
    found = claims(text, published=date(2025, 8, 15))
    assert kinds(found, "release_date") == [
        (2, None, "unannounced"),
        (1, "2025-01-10", "confirmed"),
    ]


def test_a_live_blog_entry_naming_no_watched_show_is_about_another() -> None:
    text = (
        "11:20 AM - Severance season 2 has found a new lead, Apple announced.\n\n"
        "9:30 AM - The first trailer for Copper Saints season 2 is here. The Disney+ series "
        "returns in October."
    )
    found = claims(text, published=date(2026, 4, 22))
    assert kinds(found, "release_date") == []


def test_a_season_named_later_in_the_headline_as_on_the_way_is_not_the_one_dated() -> None:
    text = "Prime Video's thriller Severance returns in two weeks."
    found = claims(
        text,
        published=date(2026, 4, 22),
        title="Severance season 2 lands in two weeks, and season 3 is already on the way",
    )
    assert {(c.season, c.value) for c in found if c.kind == "release_date"} == {(2, "2026-05-06")}


def test_another_quoted_title_with_its_own_which_clause() -> None:
    text = (
        "Severance season 2 premiered in August. Apple's fall slate continues with the "
        'comedy "Half Moon Motel," which premieres October 29.'
    )
    found = claims(text, published=date(2026, 9, 1))
    assert kinds(found, "release_date") == [(2, "2026-08", "confirmed")]


def test_a_season_of_the_year_with_its_year_after_in_the() -> None:
    assert [
        d.value for d in find_dates("aired in the Fall 2024 anime season", date(2025, 9, 1))
    ] == ["2024-fall"]


def test_a_described_part_then_its_ranked_name_after_a_comma() -> None:
    text = (
        "Severance returns for season 2. "
        "Ruairi Fenwick is back as the village's uneasy vicar, the Reverend Thomas Ashby."
    )
    assert cast_of(claims(text)) == [("Ruairi Fenwick", "Thomas Ashby", "confirmed")]
    text = "Severance 5: Donal Furlong, who plays the priest Fr Dermot Coyle, says he'll be back."
    assert cast_of(claims(text)) == [("Donal Furlong", "Dermot Coyle", "confirmed")]


def test_an_aside_about_the_person_is_not_the_statement() -> None:
    text = (
        "Alasdair Munro, who grew up not far from the village where Severance is filmed, "
        "makes a guest appearance as the new laird, Sir Hamish Dunbar."
    )
    assert cast_of(claims(text)) == [("Alasdair Munro", "Hamish Dunbar", "confirmed")]


def test_the_part_of_someones_son_recast_then_taken_over() -> None:
    text = (
        "The part of Morag's teenage son, Callum Fraser, has also been recast in Severance. "
        "Newcomer Rory Gilchrist, 16, from Dundee, takes over from Finn Dalgety."
    )
    assert cast_of(claims(text)) == [
        ("Rory Gilchrist", "Callum Fraser", "confirmed"),
        ("Finn Dalgety", "Callum Fraser", "denied"),
    ]


def test_a_role_then_the_known_surname_in_brackets_is_that_persons_part() -> None:
    text = (
        "Apple unveiled a first-look image of stars Keira Maltby and Tom Varga back in the lab "
        "for Severance season 2. "
        "Sheriff Lyle Corbett (Maltby) now runs the town."
    )
    assert ("Keira Maltby", "Lyle Corbett", "confirmed") in cast_of(claims(text))


def test_a_part_described_not_named() -> None:
    text = "Severance season 2 is coming. Ona Brandt appears as a mysterious night-shift nurse."
    assert cast_of(claims(text)) == [("Ona Brandt", None, "confirmed")]


def test_a_weekly_drop_is_not_a_release_date() -> None:
    text = "Severance season 2 premiered on October 3, with weekly drops through December."
    assert kinds(claims(text, published=date(2026, 10, 10)), "release_date") == [
        (2, "2026-10-03", "confirmed")
    ]


def test_a_show_that_opens_with_two_episodes_is_released() -> None:
    text = "Severance season 2 opens with two episodes on March 6."
    assert kinds(claims(text, published=date(2026, 2, 1)), "release_date") == [
        (2, "2026-03-06", "confirmed")
    ]


def test_seasons_then_an_ordinal_name_the_season_dated() -> None:
    text = (
        "Severance is back. It also puts two years between seasons: the first, which followed "
        "a lab, premiered in August 2023."
    )
    assert (1, "2023-08", "confirmed") in kinds(claims(text), "release_date")


def test_keeping_a_show_going_left_open_is_no_renewal() -> None:
    text = "Apple has not said whether it intends to keep Severance going beyond season 2."
    assert kinds(claims(text), "renewal") == [(3, "renewed", "denied")]


def test_a_part_implied_gives_way_to_the_same_part_said_for_the_final_season() -> None:
    text = (
        "Apple renewed Severance for a fourth and final season. "
        "Her scenes with Tomas Oyelaran, as Mark's brother Abel, carry the season. "
        "Oyelaran has signed on to return as Abel for the last run."
    )
    found = [c for c in claims(text) if c.kind == "cast"]
    assert [(c.season, c.value, c.certainty) for c in found if c.season == 4] == [
        (4, "Tomas Oyelaran", "confirmed")
    ]


def test_a_promotional_video_a_milestone_episode_and_an_ep_are_not_the_season() -> None:
    published = date(2026, 2, 1)
    for sentence in (
        "A new promotional video for Severance season 2 will premiere at a fan event on March 28.",
        "Severance's 100th episode airs March 15.",
        "An EP of new songs written for Severance season 2 is due at the end of March.",
        "The first three episodes of Severance posted the strongest streaming numbers this year.",
    ):
        assert kinds(claims(sentence, published=published), "release_date") == [], sentence


def test_a_season_added_to_another_library_is_not_its_release() -> None:
    text = (
        "Both seasons of Severance are streaming on Apple TV+, and the first season was added "
        "to Netflix in Japan this month."
    )
    assert kinds(claims(text, published=date(2026, 3, 10)), "release_date") == []


def test_a_date_once_reported_then_pushed_is_history() -> None:
    text = (
        "Severance season 2 will stream from February 20, Apple said. The season had earlier "
        "been reported to be heading for a December 2025 release, but the streamer pushed it "
        "to the new year."
    )
    assert kinds(claims(text, published=date(2026, 1, 10)), "release_date") == [
        (2, "2026-02-20", "confirmed")
    ]


def test_a_headline_season_belongs_to_the_show_in_its_own_clause() -> None:
    text = (
        "The second season of Severance adds Ayane Kurosu as Princess Coralie. "
        "The season premieres in April 2026."
    )
    found = extract_claims(
        Article(
            text=text,
            title="Week in Review: Starfall Gets Season 3, Severance Adds a Princess",
            published=date(2025, 12, 20),
        ),
        [Show("Severance"), Show("Starfall")],
    )
    assert kinds(found, "release_date") == [(2, "2026-04", "confirmed")]


def test_a_title_next_in_the_schedule_does_not_take_the_sentence() -> None:
    text = (
        "Season 4 premieres Thursday, Oct. 2, keeping the show in its familiar slot after the "
        "network's reality competition Kitchen Triage."
    )
    found = claims(text, published=date(2025, 9, 16), title="Severance recasts a lead for season 4")
    assert kinds(found, "release_date") == [(4, "2025-10-02", "confirmed")]


def test_a_piece_about_the_stars_next_work_is_not_about_the_show() -> None:
    text = (
        "The actress, best known as Helly in Severance, has been cast as the lead in ITV's new "
        "four-part drama The Ashworth Files. Cross will play Detective Superintendent Joan "
        "Ashworth. Also starring is another Severance alumna, Saoirse Quilty. ITV will air "
        "the series in early 2027."
    )
    found = claims(
        text,
        published=date(2026, 2, 5),
        title="Severance's Fenella Cross lands lead role in ITV's The Ashworth Files",
    )
    assert found == []


def test_a_list_of_names_each_with_its_part_in_brackets() -> None:
    text = (
        "Severance season 2 is coming. Leads Jarrah Whitcombe (Senior Constable Ned Calloway) "
        "and Bronte Ashgrove (Detective Lou Farrugia) are both back. The newcomers join "
        "returning series regulars Gideon Farrow (Ezra Bell) and Lotte Vandermeer (Hannah Bell)."
    )
    assert cast_of(claims(text)) == [
        ("Jarrah Whitcombe", "Ned Calloway", "confirmed"),
        ("Bronte Ashgrove", "Lou Farrugia", "confirmed"),
        ("Gideon Farrow", "Ezra Bell", "confirmed"),
        ("Lotte Vandermeer", "Hannah Bell", "confirmed"),
    ]


def test_brackets_in_a_list_are_credits_when_the_last_one_is() -> None:
    text = (
        "Severance season 2: Tomas Reyes (Dust Road) and Julia Brenner (The Lantern Men) have "
        "joined the cast."
    )
    assert cast_of(claims(text)) == [
        ("Tomas Reyes", None, "confirmed"),
        ("Julia Brenner", None, "confirmed"),
    ]


def test_a_part_handed_from_one_actor_to_another() -> None:
    text = (
        "The role of Dr. Nadia Pruitt, previously played by Corinne Maddox, will now be played "
        "by Sabine Okwuosa in season 2 of Severance."
    )
    assert cast_of(claims(text)) == [
        ("Corinne Maddox", "Nadia Pruitt", "denied"),
        ("Sabine Okwuosa", "Nadia Pruitt", "confirmed"),
    ]
    text = (
        "Severance season 2 is coming. Original voice of Gus, Trent Albury, won't be back. "
        "The role of Gus, the town's damp mailman, will now be voiced by Marcus Eldredge."
    )
    assert cast_of(claims(text)) == [
        ("Trent Albury", "Gus", "denied"),
        ("Marcus Eldredge", "Gus", "confirmed"),
    ]


def test_asides_between_a_name_and_its_part() -> None:
    text = (
        "Apple also announced that Ray Finn, who has guest-starred as paramedic Joel Sturgis "
        "since season 1, has been promoted to series regular for season 2 of Severance. "
        "Singer-turned-actor Tash Moorcroft, meanwhile, appears as Kylie Dunstan, a publican. "
        "Barry Ingleby, who many will remember from the bush vet drama Red Gum Crossing, will "
        "guest star as Merv Toohey."
    )
    assert cast_of(claims(text)) == [
        ("Ray Finn", "Joel Sturgis", "confirmed"),
        ("Tash Moorcroft", "Kylie Dunstan", "confirmed"),
        ("Barry Ingleby", "Merv Toohey", "confirmed"),
    ]


def test_a_headline_date_before_a_colon_and_a_first_look() -> None:
    found = claims(
        "Peacock has released the first images from the second season of Severance.",
        published=date(2025, 12, 1),
        title="'Severance' Season 2 Premieres Jan. 9 on Peacock: First Look at the Return",
    )
    assert kinds(found, "release_date") == [(2, "2026-01-09", "confirmed")]


def test_last_friday_is_the_one_before_publication() -> None:
    assert [d.value for d in find_dates("premiered last Friday", date(2026, 3, 5))] == [
        "2026-02-27"
    ]
    assert [d.value for d in find_dates("premiered last Thursday", date(2026, 3, 5))] == [
        "2026-02-26"
    ]


def test_it_after_a_season_just_ordered_is_that_season() -> None:
    text = (
        "Review: the second season is colder. Apple has already renewed the series for a third "
        "season, and the streamer says it will arrive next year."
    )
    found = claims(text, published=date(2026, 3, 5), title="Review: Severance season 2")
    assert kinds(found, "release_date") == [(3, "2027", "confirmed")]


def test_a_printed_date_a_few_words_after_the_verb_and_a_time_slot() -> None:
    text = (
        "Apple today announced that the second season of Severance will premiere exclusively "
        "on the service on Thursday, 4/16, in the U.S. and Canada."
    )
    assert kinds(claims(text, published=date(2026, 2, 10)), "release_date") == [
        (2, "2026-04-16", "confirmed")
    ]
    text = "Severance season 2 premieres Monday, April 13 at 9/8c on Apple TV+."
    assert kinds(claims(text, published=date(2026, 3, 9)), "release_date") == [
        (2, "2026-04-13", "confirmed")
    ]


def test_a_new_date_instead_of_the_previously_announced_one() -> None:
    text = (
        "Apple TV+ will now premiere the fourth season of Severance on 11/6 instead of the "
        "previously announced 9/25, the streamer said Wednesday."
    )
    found = claims(text, published=date(2025, 6, 18))
    assert kinds(found, "release_date") == [(4, "2025-11-06", "confirmed")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Sources say Apple is eyeing a November slot for the season.", "2025-11"),
     ("We hear Apple is eyeing a fall launch to line up with a push for its catalogue.",
      "2025-fall"),
     ("According to Variety, the streamer is eyeing a September launch for it.", "2025-09")],
)  # fmt: skip
def test_a_window_the_service_is_reported_to_be_eyeing(text: str, value: str) -> None:
    lead = "Apple has confirmed that Severance season 3 is on its way. "
    found = claims(lead + text, published=date(2025, 7, 1))
    assert kinds(found, "release_date") == [(3, value, "reported")]


def test_a_month_said_without_a_year_is_in_the_year_the_piece_gives_that_season() -> None:
    text = (
        "Apple has only said that Severance season 3 will debut in 2027. Industry sources, "
        "however, say the streamer is eyeing a summer launch."
    )
    found = claims(text, published=date(2026, 1, 20))
    assert (3, "2027-summer", "reported") in kinds(found, "release_date")
    assert not [v for _, v, _ in kinds(found, "release_date") if v and v.startswith("2026")]


@pytest.mark.parametrize(
    ("text", "level"),
    [("Severance season 3 in spring 2026 would not be out of the question.", "speculated"),
     ("A premiere in spring 2026 for Severance season 3 has not been ruled out.", "speculated"),
     ("A premiere in spring 2026 for Severance season 3 is out of the question, Apple said.",
      "denied")],
)  # fmt: skip
def test_a_possibility_kept_open_is_no_denial(text: str, level: str) -> None:
    found = claims(text, published=date(2025, 11, 1))
    assert kinds(found, "release_date") == [(3, "2026-spring", level)]


def test_a_calendar_entry_led_by_its_own_day_keeps_the_month_heading() -> None:
    # an undotted entry line ("Oct. 3 - Dry Creek, season 2 (CBS)") reads as a sub-heading;
    # it is the month's entry, not the start of another section
    text = (
        "OCTOBER\n\nOct. 3 - Dry Creek, season 2 (CBS)\n\n"
        "Oct. 14 - Severance, season 3 (Apple TV+). The thriller returns with two episodes."
    )
    found = claims(text, published=date(2026, 8, 20), title="Fall TV premiere calendar")
    assert kinds(found, "release_date") == [(3, "2026-10-14", "confirmed")]


def test_a_calendar_entry_with_its_day_after_a_dash() -> None:
    text = (
        "SEPTEMBER\n\nDry Creek (Season 2), CBS - Monday, Sept. 7\n\n"
        "Severance (Season 3), Apple TV+ - Friday, Sept. 18. The office thriller is back.\n\n"
        "TBA\n\nSeverance (Season 4), Apple TV+ - delayed from spring; new date to come."
    )
    found = claims(text, published=date(2026, 8, 20), title="Fall TV premiere calendar")
    assert (3, "2026-09-18", "confirmed") in kinds(found, "release_date")
    assert not [c for c in found if c.kind == "release_date" and c.season == 4 and c.value]


def test_a_calendar_entry_with_a_month_after_the_dash() -> None:
    text = "OCTOBER\n\nSeverance (Season 3), Apple TV+ - October. Apple has not set the day."
    found = claims(text, published=date(2026, 8, 20), title="Fall TV premiere calendar")
    assert (3, "2026-10", "confirmed") in kinds(found, "release_date")


def test_a_calendar_day_heading_over_bulleted_entries() -> None:
    text = (
        "Here is every fall premiere date we know of.\n\n"
        "SUNDAY, SEPT. 13\n"
        '- NEW: "Severance" season 2 (Apple TV+, 9 p.m.). Moved up a week from Sept. 20.\n\n'
        "TUESDAY, SEPT. 15\n"
        '- "Ledger Lane" season 3 (Hulu, all episodes)\n'
        '- "Nine Lives Left" series premiere (FOX, 9 p.m.)'
    )
    found = claims(text, published=date(2026, 8, 12), title="Fall 2026 TV Premiere Dates")
    assert kinds(found, "release_date") == [(2, "2026-09-13", "confirmed")]


def test_not_dated_yet_and_a_report_of_the_month_eyed() -> None:
    text = (
        "Apple has not dated the Minnesota crime drama Severance, but a report in the trade "
        "newsletter The Slate Line says it is eyeing late October."
    )
    assert kinds(claims(text, published=date(2026, 8, 12)), "release_date") == [
        (None, None, "unannounced"),
        (None, "2026-10", "reported"),
    ]


def test_a_window_once_eyed_then_given_up_is_history() -> None:
    text = (
        "Apple had been eyeing a summer 2026 slot for the third season of Severance, but the "
        "show will now not return until 2027, the streamer confirmed Tuesday."
    )
    assert kinds(claims(text, published=date(2026, 1, 10)), "release_date") == [
        (3, "2027", "confirmed")
    ]


def test_a_season_beside_another_quoted_title_is_that_titles() -> None:
    text = (
        'Drama "Low Tide Rising" follows with its fifth season on Oct. 1, and the family drama '
        '"Severance" returns for its second season in November. FX did not give an exact date '
        'for "Severance." Star Gemma Ashby, who plays Dolores, is returning.'
    )
    found = claims(text, published=date(2025, 7, 15))
    assert {c.season for c in found} == {2}


def test_where_it_was_announced_is_not_what_premieres() -> None:
    text = (
        "The network announced Tuesday at the summer press tour that the third season of "
        '"Severance" will premiere Wednesday, Sept. 10.'
    )
    assert kinds(claims(text, published=date(2025, 7, 15)), "release_date") == [
        (3, "2025-09-10", "confirmed")
    ]


def test_a_tv_guides_day_entries_that_begin_are_premieres() -> None:
    text = (
        "Our critics pick the best of the week's telly, day by day.\n\n"
        "SUNDAY 2/3\n"
        "Severance (BBC One, 9pm). Our pick of the week. The office thriller returns for series "
        "two, and the floor has a new manager.\n\n"
        "TUESDAY\n"
        "Slow Horses (Channel 4, 10pm). The series two finale, and it's a cracker.\n\n"
        "THURSDAY\n"
        "Severance Cottages (Channel 5, 8pm). The property series returns, with a boathouse.\n\n"
        "SATURDAY: Severance (BBC One, 9pm)\n"
        "PICK OF THE WEEK. Episode two, and the stakes rise."
    )
    article = Article(text=text, title="Your TV week", published=date(2025, 3, 1))
    found = extract_claims(article, [Show("Severance"), Show("Slow Horses")])
    assert [(c.show, c.season, c.value) for c in found if c.kind == "release_date"] == [
        ("Severance", 2, "2025-03-02")
    ]


def test_a_weekday_heading_alone_is_the_next_such_day() -> None:
    text = (
        "SUNDAY: Severance (BBC One, 9pm)\n\n"
        "PICK OF THE WEEK. The drama returns for series five, and it's all change."
    )
    article = Article(text=text, title="Your TV week: 18-24 October", published=date(2025, 10, 13))
    found = extract_claims(article, [Show("Severance")])
    assert kinds(found, "release_date") == [(5, "2025-10-19", "confirmed")]


def test_list_items_with_who_clauses_and_the_part_after_a_description() -> None:
    text = (
        "Severance season 2 is coming. Also joining the cast for the new season are Theo "
        "Brannigan, who will recur as Sheriff Wade Lott, a lawman with debts all over the "
        "county, and Priya Hale, who has been tapped to play Junie Marsh. Joining them is Tomas "
        "Reyes, who will play a botanist with a grudge against the family, Elias Crane."
    )
    assert cast_of(claims(text)) == [
        ("Theo Brannigan", "Wade Lott", "confirmed"),
        ("Priya Hale", "Junie Marsh", "confirmed"),
        ("Tomas Reyes", "Elias Crane", "confirmed"),
    ]


def test_a_part_named_short_after_it_is_named_in_full() -> None:
    text = (
        "Marisol Atherton has been cast as Vera Kline in season 2 of Severance. Atherton will "
        "play Vera, a union lawyer from Denver."
    )
    assert cast_of(claims(text)) == [("Marisol Atherton", "Vera Kline", "confirmed")]


def test_talks_with_a_person_co_showrunners_and_a_ranked_character() -> None:
    text = (
        "Severance season 4 is coming. The streamer is also reportedly in negotiations with "
        "Margo Calderon for a multi-episode arc as Admiral Ruth Sandoval. Linnea Bright, who "
        "recurred as Lt. Commander Sy Okabe in season 3, has been upped to series regular for "
        "season 4. Co-showrunners Ines Albescu and Tariq Whitfield return for the fourth season."
    )
    assert cast_of(claims(text)) == [
        ("Margo Calderon", "Ruth Sandoval", "reported"),
        ("Linnea Bright", "Sy Okabe", "confirmed"),
    ]
    assert cast_of(claims("Father Declan is back: Severance season 3 cast confirmed")) == []


def test_set_to_recur_an_award_before_the_name_and_billing_is_no_part() -> None:
    text = (
        "Severance season 3 is coming. Kenji Abe is set to recur as Captain Roy Dufresne of the "
        "state police. Emmy winner Vera Lind will guest star in the season premiere as Mrs. "
        "Eugenia Beaumont. Thandi Moor will recur in season 3 of Apple TV+'s Severance as Lark, "
        "a drifter who carries a seed she shouldn't have."
    )
    assert cast_of(claims(text)) == [
        ("Kenji Abe", "Roy Dufresne", "confirmed"),
        ("Vera Lind", "Eugenia Beaumont", "confirmed"),
        ("Thandi Moor", "Lark", "confirmed"),
    ]
    found = claims("Text.", title="Severance Season 3 Adds Emmy Winner Vera Lind as Guest Star")
    assert cast_of(found) == [("Vera Lind", None, "confirmed")]


def test_the_names_after_a_recast_part_take_it() -> None:
    text = (
        "Severance season 3 is coming. The role of Sister Agnes has been recast: Paula Ng steps "
        "in, replacing Helen Marsh, who left to join a Broadway production."
    )
    assert cast_of(claims(text)) == [
        ("Paula Ng", "Agnes", "confirmed"),
        ("Helen Marsh", "Agnes", "denied"),
    ]


def test_songs_recordings_and_editions_are_not_the_season() -> None:
    published = date(2025, 7, 1)
    for sentence in (
        "Severance's OST Part 6, a piano ballad, will be released on August 24.",
        "The official cast recording of the Severance season 2 songs is out Oct. 17.",
        "A hardcover edition of the Severance tie-in will be released in May.",
        "Peacock renewed Severance for a third season in July, the fastest pickup of any "
        "streaming comedy this summer.",
    ):
        assert kinds(claims(sentence, published=published), "release_date") == [], sentence


def test_another_titles_season_and_its_which_clause() -> None:
    text = (
        "Severance season 2 premieres July 4. It arrives a week after JioHotstar's Delhi Files "
        "Season 3, which streams from 27 June. Other highlights include the new docuseries "
        '"Gridiron Docs," premiering Monday, Sept. 8, and the weekend series "Spring Letter," '
        "which premieres on March 14."
    )
    assert kinds(claims(text, published=date(2025, 6, 10)), "release_date") == [
        (2, "2025-07-04", "confirmed")
    ]


def test_a_quoted_list_item_with_its_season_is_that_titles() -> None:
    text = (
        'NOT ON THE CALENDAR\n\n"Severance" season 3. Apple has not set a premiere date.\n\n'
        '"Lakeview Heights" season 5. ABC confirmed the drama returns on Jan. 7, 2026.'
    )
    assert kinds(claims(text, published=date(2025, 8, 1)), "release_date") == [
        (3, None, "unannounced")
    ]


def test_a_guess_label_an_old_report_and_a_season_out_moving_service() -> None:
    text = "My guess: season 3 of Severance lands in late 2026."
    assert kinds(claims(text, published=date(2025, 11, 1)), "release_date") == [
        (3, "2026-late", "speculated")
    ]
    text = (
        "Earlier reports had pointed to a March launch. Season 2 premiered on Feb. 2, 2025, and "
        "it will be available on Netflix in the U.S. from Feb. 1."
    )
    title = "Severance Sets April 12 Premiere for Third Season"
    found = claims(text, published=date(2026, 1, 20), title=title)
    assert kinds(found, "release_date") == [
        (3, "2026-04-12", "confirmed"),
        (2, "2025-02-02", "confirmed"),
    ]


def test_a_headline_season_named_only_as_ending_is_not_the_one_in_view() -> None:
    found = claims(
        "A third season is in production. The new season will premiere in spring 2027.",
        published=date(2026, 9, 15),
        title="Severance Confirms Season 3 for Spring 2027 After Season 2 Finale",
    )
    assert (3, "2027-spring", "confirmed") in kinds(found, "release_date")
    found = claims(
        "The season, which premiered Jan. 14, has been the show's strongest yet.",
        published=date(2026, 4, 1),
        title="Severance Season 2 Finale: The Creator on a Possible Third Season",
    )
    assert kinds(found, "release_date") == [(2, "2026-01-14", "confirmed")]


@pytest.mark.parametrize(
    "text",
    [
        "Severance season 5 returns from its midseason break on February 22.",
        "Episodes five to eight of Severance season 2 arrive on March 20.",
        "Severance season 2 will have its world premiere at Series Mania on March 20.",
        "SevCon, the official Severance fan convention, returns to Birmingham on 18 October.",
        "Press preview screeners of Severance season 2 will be available to critics on March 1.",
        "Season 1 of Severance will be available in Tamil and Telugu on Prime Video from July 1.",
        "A behind-the-scenes documentary, Making Severance, premieres on Disney+ on April 8.",
        "Rival soap Bramble Close launches its new season on May 4, the same week Severance "
        "celebrates 2,000 episodes.",
        "HBO's new drama The Neon Room premieres on July 12, putting it up against Severance's "
        "Sunday slot.",
        "Severance star Nia Okafor's new film, Quiet Water, opens on March 27.",
        "Severance's Tom Aske will next be seen in Sky's The Lockkeeper, which starts on 9 April.",
        "Photos from the first script reading of Severance 2, held on January 10, were released "
        "today.",
    ],
)
def test_dates_that_are_not_the_shows_release(text: str) -> None:
    assert kinds(claims(text, published=date(2026, 1, 12)), "release_date") == []


def test_a_denied_report_is_denied() -> None:
    text = "Reports of a March premiere for Severance season 2 are false, Apple said."
    assert kinds(claims(text, published=date(2026, 1, 27)), "release_date") == [
        (2, "2026-03", "denied")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Severance's second season has been dated for March 27 on Apple TV+.", date(2026, 1, 27),
         (2, "2026-03-27", "confirmed")),
        ("7. Severance, season 2. Release date: April 2 (Apple TV+).", date(2026, 2, 20),
         (2, "2026-04-02", "confirmed")),
        ("Severance kicks off its sixth season tonight on Apple TV+.", date(2026, 10, 6),
         (6, "2026-10-06", "confirmed")),
        ("UK viewers can catch series two of Severance on BBC Two from 14/3.", date(2026, 2, 23),
         (2, "2026-03-14", "confirmed")),
        ("There's talk of a September launch for Severance's second series.", date(2026, 5, 29),
         (2, "2026-09", "speculated")),
        ("The Sun understands series three of Severance will hit screens in March.",
         date(2026, 1, 9), (3, "2026-03", "reported")),
        ("Grey Harbour season 2 debuts March 12. Severance follows a week later with its third "
         "season on March 19.", date(2026, 1, 28), (3, "2026-03-19", "confirmed")),
    ],
)  # fmt: skip
def test_more_ways_a_date_is_given(
    text: str, published: date, expected: tuple[int, str, str]
) -> None:
    assert expected in kinds(claims(text, published=published), "release_date")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Apple dates Severance 2 for May 8", (2, "2026-05-08", "confirmed")),
        ("Severance season 2 headed to November, sources say", (2, "2026-11", "reported")),
        ("Apple confirms Severance season 2 for Boxing Day", (2, "2026-12-26", "confirmed")),
    ],
)
def test_headline_verbs_that_date_a_season(title: str, expected: tuple[int, str, str]) -> None:
    found = claims("Filming wrapped this year.", published=date(2026, 3, 26), title=title)
    assert kinds(found, "release_date") == [expected]


def test_a_date_kept_and_a_season_that_lacks_one() -> None:
    text = "Severance season 2 stays on its previously announced date of Thursday, Oct. 22."
    assert kinds(claims(text, published=date(2026, 8, 1)), "release_date") == [
        (2, "2026-10-22", "confirmed")
    ]
    text = "Severance season 2 still lacks a premiere date."
    assert kinds(claims(text, published=date(2026, 7, 31)), "release_date") == [
        (2, None, "unannounced")
    ]


def test_a_titles_own_words_are_no_blocker() -> None:
    text = "Mark your calendars: The Sundial Club returns for season 3 on July 30."
    found = extract_claims(
        Article(text=text, published=date(2026, 6, 15)), [Show("The Sundial Club")]
    )
    assert kinds(found, "release_date") == [(3, "2026-07-30", "confirmed")]


def test_a_date_left_after_an_aside() -> None:
    text = "Apple launches Severance, its first Korean-language teen drama, on May 13."
    assert kinds(claims(text, published=date(2026, 4, 7)), "release_date") == [
        (None, "2026-05-13", "confirmed")
    ]


def test_a_titles_own_words_are_no_date_and_a_contrast_keeps_its_source() -> None:
    text = "There is still no date for The Winter Queen's second series."
    found = extract_claims(
        Article(text=text, published=date(2026, 6, 24)), [Show("The Winter Queen")]
    )
    assert kinds(found, "release_date") == [(2, None, "unannounced")]
    text = (
        "Apple has not set a date for Severance season 2, but sources say it will launch in "
        "the fall."
    )
    assert kinds(claims(text, published=date(2026, 2, 24)), "release_date") == [
        (2, None, "unannounced"),
        (2, "2026-fall", "reported"),
    ]


def test_the_second_half_of_the_year() -> None:
    assert [
        d.value for d in find_dates("will air in the second half of the year", date(2026, 3, 25))
    ] == ["2026-late"]


def test_a_calendar_day_over_a_quoted_entry_and_an_episode_entry() -> None:
    text = (
        'TUESDAY, SEPT. 30\n"Severance" season 6 (NBC, 9/8c). The drama\'s 100th episode aired '
        "as the season 5 finale back in May.\n\n"
        'TUESDAY, NOV. 25\n"Severance" Thanksgiving episode (NBC, 9/8c), with a guest star.'
    )
    found = claims(text, published=date(2025, 8, 20), title="Fall TV 2025: the premiere calendar")
    assert kinds(found, "release_date") == [(6, "2025-09-30", "confirmed")]


def test_another_quoted_title_after_its_genre_takes_the_renewal() -> None:
    text = (
        "Apple renewed Severance for a third season. Netflix also renewed its Danish thriller "
        '"The Ninth Floor" for a second season on Tuesday.'
    )
    assert kinds(claims(text), "renewal") == [(3, "renewed", "confirmed")]


def test_a_part_in_a_kind_of_role_and_praised_in_a_review() -> None:
    text = (
        "Severance season 2 is coming. Country singer Lacey Dell makes her acting debut in a "
        "recurring role as saloon owner Pearl Whitcomb. Grammy winner Toussaint Bell appears "
        "in a guest-starring role as bandleader Alphonse Guidry."
    )
    assert cast_of(claims(text)) == [
        ("Lacey Dell", "Pearl Whitcomb", "confirmed"),
        ("Toussaint Bell", "Alphonse Guidry", "confirmed"),
    ]
    text = (
        "Review: Severance's second season is colder. Anouk Bell is extraordinary again as "
        "Wren Galloway, the butcher's daughter."
    )
    assert cast_of(claims(text)) == [("Anouk Bell", "Wren Galloway", "confirmed")]


def test_a_season_finale_after_which_the_story_picks_up_is_not_the_parts_season() -> None:
    text = (
        "Severance season 2 will premiere in January. Leading the photos is Adam Scott as "
        "Mark, now a manager after the events of the season one finale."
    )
    assert [c.season for c in claims(text, published=date(2025, 12, 1)) if c.kind == "cast"] == [2]


def test_back_for_a_season_as_a_part() -> None:
    text = "Severance 3 is coming. Apple says Nadia Voss is back for season 3 as Queen Maelis."
    assert cast_of(claims(text)) == [("Nadia Voss", "Maelis", "confirmed")]


def test_a_pronoun_plays_the_part_of_the_person_just_named() -> None:
    text = (
        "Shana Iverson has joined the second season of Severance as a series regular. She will "
        "play Noor Haddad, a federal land surveyor."
    )
    assert cast_of(claims(text)) == [("Shana Iverson", "Noor Haddad", "confirmed")]


def test_a_credit_in_brackets_gives_way_to_the_part_named() -> None:
    text = "Severance season 2: Malcolm Teague (Dust Road) will recur as Dale Pruitt."
    assert cast_of(claims(text)) == [("Malcolm Teague", "Dale Pruitt", "confirmed")]
    text = (
        "Severance season 2 is coming. Apple announced that Wade Kessler and Anna Ford will "
        "return for the new season as Colt Varner and June Varner, the estranged siblings."
    )
    assert cast_of(claims(text)) == [
        ("Wade Kessler", "Colt Varner", "confirmed"),
        ("Anna Ford", "June Varner", "confirmed"),
    ]


def test_a_cast_guides_numbered_entries_are_the_shows_cast() -> None:
    text = (
        "Severance is coming back for season 2, and Apple has now confirmed the cast.\n\n"
        "1. Adam Scott as Mark Scout\n\n"
        "The heart of the show is back.\n\n"
        "2. Britt Lower as Helly\n\n"
        "Helly returns with a secret."
    )
    assert cast_of(claims(text)) == [
        ("Adam Scott", "Mark Scout", "confirmed"),
        ("Britt Lower", "Helly", "confirmed"),
    ]


def test_voiced_respectively_and_with_someone_joining_as() -> None:
    text = (
        "Severance season 2 is coming. Returning leads Daniel Fair and Brianna Locke will voice "
        "Sora and Mitsu respectively, with Jessa Romero joining the dub as Kiri."
    )
    assert cast_of(claims(text)) == [
        ("Daniel Fair", "Sora", "confirmed"),
        ("Brianna Locke", "Mitsu", "confirmed"),
        ("Jessa Romero", "Kiri", "confirmed"),
    ]


def test_guest_stars_include_reprises_the_role_and_confirmed_it_for() -> None:
    text = (
        "Severance season 5 returns on 23 July. Guest stars this season include Tamsin Kovac and "
        "Daniel Okoro. Vance joins returning series regulars including Tomas Ibarra and Wren "
        "Achebe. Choi Ha-neul reprises the role of Kang Tae-oh."
    )
    assert cast_of(claims(text, published=date(2025, 7, 9))) == [
        ("Tamsin Kovac", None, "confirmed"),
        ("Daniel Okoro", None, "confirmed"),
        ("Tomas Ibarra", None, "confirmed"),
        ("Wren Achebe", None, "confirmed"),
        ("Choi Ha-neul", "Kang Tae-oh", "confirmed"),
    ]
    text = "Severance season 2 is finally coming back: Apple has confirmed it for 2026."
    found = claims(text, published=date(2026, 1, 5))
    assert (2, "2026", "confirmed") in kinds(found, "release_date")


def test_a_guides_week_in_its_headline_dates_its_weekdays() -> None:
    text = (
        "SUNDAY\n\nSeverance (Channel 4, 9pm)\nNew drama. Adam Scott stars as Mark.\n\n"
        "Also this week: Long Way Home (BBC Two, Wednesday 9pm) ends its run, and the final "
        "series of Night Desk begins on Sky Max on Friday."
    )
    article = Article(
        text=text, title="What to watch this week: Monday 10 - Sunday 16 March",
        published=date(2025, 3, 8),
    )  # fmt: skip
    found = extract_claims(article, [Show("Severance")])
    assert kinds(found, "release_date") == [(None, "2025-03-16", "confirmed")]
    assert kinds(found, "renewal") == []


def test_a_targeted_month_a_reason_after_a_comma_and_one_date_said_twice() -> None:
    text = "Apple is targeting September for the return of Severance, according to sources."
    found = claims(text, published=date(2025, 5, 1), title="Severance Targets September Return")
    assert kinds(found, "release_date") == [(None, "2025-09", "reported")]
    text = (
        "Apple has not dated the third season, but Severance is expected to return in 2027, "
        "given that filming only began this spring."
    )
    assert (3, "2027", "speculated") in kinds(
        claims(text, published=date(2026, 5, 1)), "release_date"
    )


def test_missing_from_the_line_up_and_whose_character() -> None:
    text = (
        "Severance season 5 is coming. Missing from the line-up is Hamish Tierney, who has "
        "departed the series after four seasons playing Lachie Burns, the town's vet."
    )
    assert cast_of(claims(text)) == [("Hamish Tierney", "Lachie Burns", "denied")]
    text = (
        "Severance season 2 is coming. Tobias Greer, whose character Fenwick died in the "
        "finale, won't be back."
    )
    assert cast_of(claims(text)) == [("Tobias Greer", "Fenwick", "denied")]


def test_a_release_verb_only_inside_a_description_leaves_the_blockers_to_decide() -> None:
    from scraper.claims.release import _blocked

    assert _blocked("Severance, the thriller that premiered in 2022, won an award in May")
    assert not _blocked("Severance, the thriller that premiered in 2022, is a hit in May")
