"""Deriving a season's release date from competing, revised and withdrawn claims."""

from __future__ import annotations

from itertools import count

from scraper.models import OUTLET_WEIGHTS
from scraper.state import ClaimRow, Competing, derive

_ids = count(1)


def claim(
    value: str | None,
    certainty: str = "confirmed",
    outlet: str = "trade",
    source: str | None = None,
    evidence: str = "",
) -> ClaimRow:
    return ClaimRow(
        id=next(_ids),
        value=value,
        certainty=certainty,
        weight=OUTLET_WEIGHTS[outlet],
        source=source or f"{outlet} outlet",
        evidence=evidence,
    )


def test_a_more_precise_date_from_a_weaker_source_competes_but_does_not_win() -> None:
    official = claim("2027-03", outlet="official", source="Netflix")
    blog = claim("2027-03-12", outlet="blog", source="Fan Blog")
    state = derive("release_date", [official, blog])
    assert state is not None
    assert (state.value, state.conflict) == ("2027-03", False)
    assert state.competing == (Competing("2027-03-12", "confirmed", "Fan Blog"),)


def test_equally_strong_sources_that_agree_give_the_most_precise_date() -> None:
    rows = [claim("2027-03", source="Deadline"), claim("2027-03-12", source="Variety")]
    state = derive("release_date", rows)
    assert state is not None and (state.value, state.conflict) == ("2027-03-12", False)


def test_equally_strong_sources_that_disagree_are_a_conflict_not_the_last_word() -> None:
    first = claim("2027-03-12", source="Deadline")
    second = claim("2027-04-02", source="Variety")
    state = derive("release_date", [first, second])
    assert state is not None
    assert (state.value, state.conflict) == ("2027-03-12", True)
    assert state.competing == (Competing("2027-04-02", "confirmed", "Variety"),)
    # with the second date already the state's, the conflict keeps it: neither side wins
    kept = derive("release_date", [first, second], previous="2027-04-02")
    assert kept is not None and (kept.value, kept.conflict) == ("2027-04-02", True)


def test_confirmed_outranks_reported_whatever_the_order() -> None:
    reported = claim("2027-06", "reported", source="Insider")
    confirmed = claim("2027-05-21", "confirmed", source="Deadline")
    for rows in ([reported, confirmed], [confirmed, reported]):
        state = derive("release_date", rows)
        assert state is not None and state.value == "2027-05-21"


def test_a_delay_moves_the_date_and_a_same_source_update_replaces_its_own() -> None:
    announced = claim("2027-03-12", outlet="official", source="Netflix")
    delayed = claim(
        "2027-04-09",
        outlet="trade",
        source="Deadline",
        evidence="Netflix has pushed the premiere to April 9.",
    )
    # a trade report of a delay does not outrank the platform's own announcement
    state = derive("release_date", [announced, delayed])
    assert state is not None and state.value == "2027-03-12"
    official_delay = claim(
        "2027-05-07", outlet="official", source="Netflix", evidence="The season is delayed."
    )
    state = derive("release_date", [announced, delayed, official_delay])
    assert state is not None and (state.value, state.conflict) == ("2027-05-07", False)
    first = claim("2027-03-12", source="Deadline")
    update = claim("2027-03-19", source="Deadline")
    state = derive("release_date", [first, update])
    assert state is not None and (state.value, state.conflict) == ("2027-03-19", False)


def test_a_withdrawn_date_clears_the_state() -> None:
    announced = claim("2027-03-12", source="Deadline")
    withdrawn = claim("2027-03-12", "denied", source="Variety")
    state = derive("release_date", [announced, withdrawn])
    assert state is not None
    assert (state.value, state.certainty) == (None, "unannounced")


def test_a_hedge_never_beats_a_report() -> None:
    rumour = claim("2027-02", "speculated", outlet="official", source="Netflix")
    report = claim("2027-03", "reported", outlet="blog", source="Blog")
    state = derive("release_date", [rumour, report])
    assert state is not None and state.value == "2027-03"


def test_delayed_indefinitely_clears_a_date_of_no_greater_weight() -> None:
    announced = claim("2027-03-12", outlet="trade", source="Deadline")
    shelved = claim(
        None,
        "unannounced",
        outlet="official",
        source="Netflix",
        evidence="It has been delayed indefinitely.",
    )
    state = derive("release_date", [announced, shelved])
    assert state is not None and (state.value, state.certainty) == (None, "unannounced")
    # a blog's word does not clear the platform's date, and an old explainer's
    # "no date has been announced" clears nothing
    official = claim("2027-03-12", outlet="official", source="Netflix")
    rumour = claim(None, "unannounced", outlet="blog", source="Blog", evidence="Delayed again?")
    stale = claim(None, "unannounced", source="Old", evidence="No date has been announced.")
    state = derive("release_date", [official, rumour, stale])
    assert state is not None and state.value == "2027-03-12"
