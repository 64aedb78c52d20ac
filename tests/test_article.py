"""article.read_article on news pages, plain text, broken encodings and non-text."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path

import pytest

from scraper.article import read_article
from scraper.errors import ExtractError
from tests.seed import seed_path, seed_text

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_news_page_keeps_article_and_drops_furniture() -> None:
    article = read_article(
        page("lantern-keepers-renewal.html"),
        url="https://screenbeat.example/tv/lantern-keepers-season-3-renewed/",
        content_type="text/html; charset=utf-8",
    )
    assert article.title == "The Lantern Keepers Officially Renewed for Season 3"
    assert article.published == date(2024, 5, 21)  # JSON-LD, not the og meta's 20th
    assert article.url == "https://screenbeat.example/tv/lantern-keepers-season-3-renewed/"
    blocks = paragraphs(article.text)
    assert blocks[0].startswith("Streamly has given its coastal fantasy drama")
    assert "What happens in The Lantern Keepers Season 3?" in blocks
    assert "Who is returning for Season 3?" in blocks
    assert blocks[-1].startswith("There is no premiere date yet.")
    assert len(blocks) == 8
    for furniture in (
        "Read More",
        "Harbor Lights",  # inline "Read More:" link
        "Night Orchard",  # "Read More:" list
        "Copper Sky",
        "Glass Frontier",  # related articles
        "November 8",
        "About The Author",
        "unhealthy fondness",  # author box
        "tidewatcher",  # comments
        "Photo courtesy",  # caption
        "Share on",
        "Most popular",
        "Ember Road",
        "All rights reserved",
        "Scroll to Top",
        "Release Calendar",  # nav
        "Home",  # breadcrumb
        "Mara Quill",  # byline
    ):
        assert furniture not in article.text, furniture


def test_unlabelled_furniture_is_found_by_its_labels() -> None:
    article = read_article(page("harbor-lights-date.html"))
    assert article.title == "Harbor Lights Season 2 Sets a March 14 Premiere"  # og:title
    # the publisher's own calendar day, not the UTC one (it was the 10th in UTC)
    assert article.published == date(2024, 1, 9)
    assert paragraphs(article.text) == [
        "The second season of Harbor Lights will arrive on March 14, the network confirmed in "
        "a short teaser posted to its channels late on Tuesday night.",
        "All eight episodes will drop on the same day, a change from the weekly rollout that the "
        "first season used. The teaser itself runs barely forty seconds but shows the fishing "
        "town buried under snow.",
        "Returning cast",
        "Amara Linde returns as the harbourmaster, with Felix Oduya back as her estranged "
        "brother. Two new faces were glimpsed in the teaser, though the network has not named "
        "them.",
        'Creator Sofia Brandt said in a statement that the new season "goes further out to sea" '
        "and deals with what the town owes to the people who left it.",
        "Season one of Harbor Lights is available to stream now.",
    ]


def seed_page() -> tuple[str, list[str], str]:
    """The seed article wrapped at runtime in the furniture of a typical news site."""
    seed = seed_text()
    headline, *rest = [block.strip() for block in seed.split("\n\n") if block.strip()]
    # the seed is a page's text: its own furniture labels are not article text
    furniture = {"Read More:", "About The Author", "Scroll to Top"}
    body = []
    for block in rest:
        if block == "Read More:":
            body.append(
                '<p><strong>Read More:</strong> <a href="/squid-game-season-2-release-date/">'
                "Squid Game Season 2 release date: December 26</a></p>"
            )
        elif block not in furniture:
            tag = "h2" if len(block) < 60 and "Season 2" in block else "p"
            body.append(f"<{tag}>{escape(block)}</{tag}>")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(headline)} - Seriesbuzz</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{escape(headline)}", "datePublished": "2022-06-08T06:12:40+00:00"}}</script>
</head><body>
<header><a href="/">Seriesbuzz</a><nav><ul><li><a href="/netflix/">Netflix</a></li>
<li><a href="/k-drama/">K-Drama</a></li><li><a href="/release-dates/">Release Dates</a></li>
</ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> » <a href="/netflix/">Netflix</a></div>
<article>
<h1>{escape(headline)}</h1>
<div class="post-meta">By Staff Writer | June 8, 2022</div>
<div class="post-content">{"".join(body)}</div>
</article>
<div class="author-box"><h4>About The Author</h4><p>Staff Writer covers Korean dramas.</p></div>
<div class="related-posts"><h3>Related Posts</h3><ul>
<li><a href="/sweet-home-season-3/">Sweet Home Season 3 release date: July 19</a></li>
<li><a href="/kingdom-season-3/">Kingdom Season 3: everything we know</a></li></ul></div>
<footer><p>Seriesbuzz 2022</p><a href="#top">Scroll to Top</a></footer>
</body></html>"""
    expected = [" ".join(block.split()) for block in rest if block not in furniture]
    return html, expected, headline


def test_seed_article_in_page_furniture() -> None:
    html, expected, headline = seed_page()
    article = read_article(html.encode("utf-8"), url="https://seriesbuzz.example/aouad-s2/")
    assert article.title == headline
    assert article.published == date(2022, 6, 8)
    # the closing subheading has nothing under it on the page, so it is not article text
    assert expected[-1] == "All of Us Are Dead Season 2 Announcement"
    assert paragraphs(article.text) == expected[:-1]
    for furniture in ("Squid Game", "December 26", "Sweet Home", "Kingdom", "Read More", "Staff"):
        assert furniture not in article.text


def test_seed_as_plain_text() -> None:
    article = read_article(seed_path().read_bytes(), content_type="text/plain")
    assert article.title == "Netflix Confirms All of Us Are Dead Season 2 With New Trailer"
    assert article.published is None
    blocks = paragraphs(article.text)
    assert blocks[0].startswith("It’s Netflix’s GeekedWeek")
    assert "All of Us Are Dead Season 2 Plot" in blocks  # no-break space folded


def test_plain_text_lines_are_paragraphs() -> None:
    text = "  Ember Road   renewed \n\n\nThe fifth season is coming.\nIt starts in   January.\n"
    article = read_article(text)
    assert article.title == "Ember Road renewed"
    assert article.text == "The fifth season is coming.\n\nIt starts in January."


def test_plain_text_is_told_by_content_not_by_header() -> None:
    text = b"Deep Station renewed\nA third season is on the way, the studio says."
    article = read_article(text, content_type="text/html; charset=utf-8")
    assert article.title == "Deep Station renewed"
    assert article.text == "A third season is on the way, the studio says."


def test_html_is_told_by_content_not_by_header() -> None:
    article = read_article(page("harbor-lights-date.html"), content_type="text/plain")
    assert article.title == "Harbor Lights Season 2 Sets a March 14 Premiere"


def test_headline_only_plain_text_has_no_article() -> None:
    with pytest.raises(ExtractError, match="no article text found"):
        read_article("Just a headline\n")


def test_page_without_article_text() -> None:
    with pytest.raises(ExtractError, match=r"^https://tellyverse.example/videos: no article text"):
        read_article(page("tellyverse-video-hub.html"), url="https://tellyverse.example/videos")


@pytest.mark.parametrize("body", [b"", b"  \n\t ", "", "\n"])
def test_empty_input(body: bytes | str) -> None:
    with pytest.raises(ExtractError, match="empty document"):
        read_article(body)


@pytest.mark.parametrize(
    "body",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        bytes(range(256)) * 8,
    ],
)
def test_binary_input(body: bytes) -> None:
    with pytest.raises(ExtractError, match="binary content"):
        read_article(body, url="https://tellyverse.example/x.bin")


def test_binary_str_input() -> None:
    with pytest.raises(ExtractError, match="binary content"):
        read_article("PK\x00\x00\x00\x00\x00\x00 some text \x00\x00")


def story(charset_meta: str = "") -> str:
    return (
        f"<html><head>{charset_meta}<title>Amélie’s café</title></head><body><article>"
        "<h1>Amélie’s café returns</h1>"
        "<p>The cosy comedy about Amélie’s café — and the regulars who never pay — is coming "
        "back for a second season, the studio said on Friday.</p>"
        "<p>Its creator promised “more croissants, fewer misunderstandings” and hinted at a "
        "crossover with another café down the street.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        # no charset anywhere: detected
        (story().encode("cp1252"), "text/html"),
        # the header says UTF-8 but the bytes are Windows-1252
        (story().encode("cp1252"), "text/html; charset=utf-8"),
        # the header is missing, <meta> names the right charset
        (story('<meta charset="windows-1252">').encode("cp1252"), None),
        # the header names the right charset
        (story().encode("cp1252"), "text/html; charset=windows-1252"),
        # <meta> says Latin-1 but the bytes are UTF-8
        (story('<meta charset="iso-8859-1">').encode("utf-8"), "text/html"),
        # a byte-order mark beats a wrong header
        (b"\xef\xbb\xbf" + story().encode("utf-8"), "text/html; charset=iso-8859-1"),
        (story().encode("utf-16"), None),
    ],
)
def test_wrong_or_missing_charset(body: bytes, content_type: str | None) -> None:
    article = read_article(body, content_type=content_type)
    assert article.title == "Amélie’s café returns"
    assert "Amélie’s café — and the regulars" in article.text
    assert "“more croissants, fewer misunderstandings”" in article.text


@pytest.mark.parametrize(
    ("head", "body", "title", "published"),
    [
        (
            '<meta property="og:title" content="From og:title">',
            '<h1>From h1</h1><meta itemprop="datePublished" content="2023-11-02">',
            "From og:title",
            date(2023, 11, 2),
        ),
        (
            "<title>From title | Tellyverse</title>",
            '<h1>From h1</h1><time datetime="2023-03-04T10:00:00Z">March 4</time>',
            "From h1",
            date(2023, 3, 4),
        ),
        ("<title>From title | Tellyverse</title>", "", "From title", None),
    ],
)
def test_title_and_date_fallbacks(head: str, body: str, title: str, published: date) -> None:
    html = (
        f"<html><head>{head}</head><body><article>{body}<p>The network confirmed a new "
        "season after months of silence, with filming planned for the autumn.</p>"
        "</article></body></html>"
    )
    article = read_article(html)
    assert (article.title, article.published) == (title, published)
    assert article.text == (
        "The network confirmed a new season after months of silence, with filming planned for "
        "the autumn."
    )


def test_headline_is_not_repeated_in_text() -> None:
    article = read_article(page("lantern-keepers-renewal.html"))
    assert article.title
    assert not re.match(re.escape(article.title), article.text)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ('<form id="aspnetForm" action="/story.aspx">', "</form>"),
        ('<div class="layout has-sidebar">', "</div>"),
        ('<div class="entry-content share-enabled">', "</div>"),
    ],
)
def test_wrapper_with_a_furniture_name_keeps_the_article(start: str, end: str) -> None:
    html = (
        f"<html><body>{start}<h1>Paper Crowns cancelled</h1>"
        "<p>The period drama Paper Crowns will not return for a second season, its network "
        "said on Monday, citing the cost of its large cast and location shoots.</p>"
        "<p>Fans had started a petition within hours of the news, though the producers said "
        "they were not shopping the show to other outlets.</p>"
        f'<div class="share">Share this story</div>{end}</body></html>'
    )
    article = read_article(html)
    assert article.title == "Paper Crowns cancelled"
    assert paragraphs(article.text)[1].startswith("Fans had started a petition")
    assert "Share this story" not in article.text


def test_layout_table_page_falls_back_to_its_paragraphs() -> None:
    # trafilatura leaves tables out (include_tables=False); an old table layout has no other text
    html = (
        "<html><head><title>Night Orchard returns | Old Site</title></head><body><table><tr>"
        '<td class="menu"><a href="/">Home</a><br><a href="/tv">TV</a></td><td>'
        "<h2>Night Orchard returns</h2>"
        "<p>The gothic mystery Night Orchard is back for a fourth season this autumn, its "
        "network confirmed, with the full original cast in place.</p>"
        '<p><a href="/other">Another story entirely</a></p>'
        "</td></tr></table></body></html>"
    )
    article = read_article(html)
    assert article.title == "Night Orchard returns"
    assert article.text.startswith("The gothic mystery Night Orchard is back")
    assert "Another story" not in article.text


def test_a_listing_items_details_line_is_kept_but_a_byline_is_not() -> None:
    items = "".join(
        f'<div class="item"><h2>{n}. {title}, season {s}</h2>'
        f'<p class="item-meta">{service} &middot; <span>{day}</span></p>'
        f"<p>{blurb} The new episodes pick up straight after the cliffhanger, with the same "
        "writers' room in charge and a bigger budget for the location shoots.</p></div>"
        for n, (title, s, service, day, blurb) in enumerate(
            [
                ("Harbour Lights", 3, "Netflix", "Thursday, Sept. 17", "The port drama is back."),
                ("Copper Hollow", 2, "Hulu", "Oct. 22nd", "The mining saga goes underground."),
            ],
            start=1,
        )
    )
    body = (
        "<html><body><article><h1>Fall TV: the streaming premiere dates to know</h1>"
        '<p class="post-meta">By Ana Ruiz &middot; July 28, 2026</p>'
        "<p>The fall schedule is filling in fast, so here is what we know about the returning "
        f"favourites and the dates the services have confirmed so far.</p>{items}"
        "</article></body></html>"
    )
    text = read_article(body).text
    assert "Netflix · Thursday, Sept. 17" in text
    assert "Hulu · Oct. 22nd" in text
    assert "July 28, 2026" not in text
