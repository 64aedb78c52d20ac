"""discover.discover_links on feeds, listing pages and article pages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper.discover import discover_links
from scraper.errors import ExtractError
from scraper.models import Fetched, Link

PAGES = Path(__file__).parent / "pages"
NOW = datetime(2024, 5, 22, 12, 0, tzinfo=UTC)


def fetched(name: str, url: str, content_type: str | None) -> Fetched:
    body = (PAGES / name).read_bytes()
    return Fetched(
        url=url, final_url=url, status=200, fetched_at=NOW, body=body, content_type=content_type
    )


def test_rss2_items_in_order_absolute_and_deduplicated() -> None:
    feed = fetched(
        "screenbeat-rss2.xml", "https://screenbeat.example/tv/feed/", "application/rss+xml"
    )
    links = discover_links(feed, "feed")
    assert links == [
        Link(
            url="https://screenbeat.example/tv/lantern-keepers-season-3-renewed/",
            title="The Lantern Keepers Officially Renewed for Season 3",
            published=datetime(2024, 5, 21, 9, 30, tzinfo=UTC),
            guid="screenbeat-48213",
        ),
        Link(
            url="https://screenbeat.example/tv/harbor-lights-season-2-release-date/",
            title="Harbor Lights Season 2 gets a March premiere",
            published=datetime(2024, 5, 20, 22, 5, tzinfo=UTC),
            guid="screenbeat-48190",
        ),
        Link(
            url="https://screenbeat.example/tv/glass-frontier-new-lead/",
            title="Glass Frontier casts its new lead",
        ),
    ]
    assert all(link.published is None or link.published.tzinfo is UTC for link in links)


def test_atom_entries_with_relative_links_sorted_newest_first() -> None:
    feed = fetched(
        "screenbeat-atom.xml", "https://screenbeat.example/anime/atom.xml", "application/atom+xml"
    )
    links = discover_links(feed, "feed")
    assert [link.url for link in links] == [
        "https://screenbeat.example/anime/copper-sky-anime-october/",
        "https://screenbeat.example/anime/night-orchard-second-cour/",
    ]
    assert links[0].published == datetime(2024, 5, 22, 6, 15, tzinfo=UTC)
    assert links[0].guid == "tag:screenbeat.example,2024:anime/9001"
    # no <published>: the entry's <updated> stands in
    assert links[1].published == datetime(2024, 5, 21, 16, 40, tzinfo=UTC)


def test_feed_limit() -> None:
    feed = fetched("screenbeat-rss2.xml", "https://screenbeat.example/tv/feed/", None)
    assert len(discover_links(feed, "feed", limit=2)) == 2


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("screenbeat-listing.html", "text/html"), ("lantern-keepers-renewal.html", None)],
)
def test_html_is_not_a_feed(name: str, content_type: str | None) -> None:
    page = fetched(name, "https://screenbeat.example/tv/feed/", content_type)
    with pytest.raises(ExtractError, match="not an RSS or Atom feed"):
        discover_links(page, "feed")


def test_garbage_is_not_a_feed() -> None:
    page = Fetched(
        url="https://screenbeat.example/feed",
        final_url="https://screenbeat.example/feed",
        status=200,
        fetched_at=NOW,
        body=b"Service temporarily unavailable, try again later",
        content_type="text/plain",
    )
    with pytest.raises(ExtractError, match="screenbeat.example/feed: not an RSS or Atom feed"):
        discover_links(page, "feed")


def test_listing_finds_article_links_in_main_content() -> None:
    page = fetched(
        "screenbeat-listing.html", "https://screenbeat.example/tv/", "text/html; charset=utf-8"
    )
    links = discover_links(page, "listing")
    assert links == [
        Link(
            url="https://screenbeat.example/tv/lantern-keepers-season-3-renewed/",
            title="The Lantern Keepers Officially Renewed for Season 3",
        ),
        Link(
            url="https://screenbeat.example/tv/harbor-lights-season-2-release-date/",
            title="Harbor Lights Season 2 gets a March premiere",
        ),
        Link(
            url="https://screenbeat.example/tv/glass-frontier-new-lead/",
            title="Glass Frontier casts its new lead",
        ),
    ]


def test_listing_with_link_pattern() -> None:
    page = fetched("screenbeat-listing.html", "https://screenbeat.example/tv/", "text/html")
    links = discover_links(page, "listing", link_pattern=r"/tv/[\w-]*season-2", limit=5)
    assert [link.url for link in links] == [
        "https://screenbeat.example/tv/harbor-lights-season-2-release-date/",
        "https://partner.example/tv/deep-station-season-2/",
    ]


def test_page_is_its_own_article() -> None:
    page = Fetched(
        url="https://screenbeat.example/a",
        final_url="https://screenbeat.example/tv/a-story/",
        status=200,
        fetched_at=NOW,
    )
    assert discover_links(page, "page") == [Link("https://screenbeat.example/tv/a-story/")]


def test_unknown_kind() -> None:
    page = fetched("screenbeat-listing.html", "https://screenbeat.example/tv/", None)
    with pytest.raises(ValueError, match="unknown source kind 'sitemap'"):
        discover_links(page, "sitemap")
