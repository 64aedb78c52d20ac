"""Fetched feed, listing page or article page -> the article Links it points to."""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from scraper.errors import ExtractError
from scraper.models import Fetched, Link

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# feedparser and bs4 are imported where a page is parsed: a poll where no feed or listing
# changed reads their links from the store and never loads them (80 ms of start-up)

# Page furniture on a listing page: its links go to sections, not to articles.
FURNITURE_TAGS = ("nav", "aside", "header", "footer")
FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
# First path segments of index pages that look like articles by shape (/author/mara-quill/).
INDEX_SECTIONS = frozenset({"author", "authors", "tag", "tags", "category", "categories", "topic"})
# Query parameters that say who sent the reader, not which page it is.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ncid"})


def discover_links(
    fetched: Fetched, kind: str, *, link_pattern: str | None = None, limit: int = 30
) -> list[Link]:
    """The article links of `fetched`: feed items, listing-page links, or the page itself."""
    if kind == "feed":
        links = _feed_links(fetched)
    elif kind == "listing":
        links = _listing_links(fetched, link_pattern)
    elif kind == "page":
        links = [Link(fetched.final_url)]
    else:
        raise ValueError(f"unknown source kind {kind!r} (expected feed, listing or page)")
    return _dedup(links)[:limit]


def canonical_url(url: str) -> str:
    """`url` without what does not change the page: fragment, default port, tracking
    parameters (utm_*, fbclid, ...), case of scheme and host."""
    try:
        parts = urlsplit(urldefrag(url).url)
        port = parts.port
    except ValueError:  # "http://[oops/", a port that is not a number: fails when fetched
        return url.split("#", 1)[0]
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or parts.username or parts.password or not parts.hostname:
        return urldefrag(url).url
    netloc = parts.hostname.lower()
    if ":" in netloc:  # an IPv6 address
        netloc = f"[{netloc}]"
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        netloc += f":{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def item_keys(link: Link) -> list[str]:
    """A feed item's identities, strongest first: its GUID, its canonical URL, its title and
    publication day. Two items sharing any of them are the same article."""
    keys = []
    if link.guid:
        keys.append(f"guid:{link.guid.strip()}")
    keys.append(f"url:{canonical_url(link.url)}")
    if link.title and link.published:
        keys.append(f"title:{link.title.casefold()}|{link.published.date().isoformat()}")
    return keys


def _dedup(links: list[Link]) -> list[Link]:
    # a GUID given to several different links in one feed identifies nothing: drop it
    urls_by_guid: dict[str, set[str]] = {}
    for link in links:
        if link.guid:
            urls_by_guid.setdefault(link.guid, set()).add(link.url)
    seen: set[str] = set()
    unique = []
    for link in links:
        if link.guid and len(urls_by_guid[link.guid]) > 1:
            link = dataclasses.replace(link, guid=None)
        keys = item_keys(link)
        if not seen.intersection(keys):
            unique.append(link)
        seen.update(keys)
    return unique


def _feed_links(fetched: Fetched) -> list[Link]:
    headers = {"content-location": fetched.final_url}
    if fetched.content_type:
        headers["content-type"] = fetched.content_type
    import feedparser

    parsed = feedparser.parse(fetched.body, response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = parsed.get("bozo_exception") or "no <rss>, <rdf:RDF> or <feed> element"
        raise ExtractError(fetched.final_url, f"not an RSS or Atom feed: {reason}")
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or _url_guid(entry)
        if not href:
            continue
        links.append(
            Link(
                url=_absolute(fetched.final_url, href),
                title=_fold(entry.get("title")) or None,
                published=_entry_time(entry),
                guid=entry.get("id") or None,
            )
        )
    # Feeds are usually newest first already; sort only when every item says when it was
    # published, and stably, so undated feeds keep the publisher's order.
    if links and all(link.published for link in links):
        links.sort(key=lambda link: link.published or datetime.min, reverse=True)
    return links


def _url_guid(entry: Any) -> str | None:
    guid = entry.get("id")
    return guid if isinstance(guid, str) and guid.startswith(("http://", "https://")) else None


def _entry_time(entry: Any) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _listing_links(fetched: Fetched, link_pattern: str | None) -> list[Link]:
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(fetched.body, "lxml", from_encoding=_encoding(fetched))
    base_tag = soup.find("base", href=True)
    base = fetched.final_url
    if isinstance(base_tag, Tag):
        base = urljoin(base, str(base_tag["href"]))
    root = _main_content(soup)
    pattern = re.compile(link_pattern) if link_pattern else None
    page_host = _host(fetched.final_url)
    links = []
    for anchor in root.find_all("a", href=True):
        url = _absolute(base, str(anchor["href"]))
        if not url.startswith(("http://", "https://")) or url == fetched.final_url:
            continue
        if pattern is not None:
            if not pattern.search(url):
                continue
        elif _host(url) != page_host or not _looks_like_article(url):
            continue
        title = _fold(anchor.get_text(" ")) or _fold(str(anchor.get("title") or ""))
        links.append(Link(url=url, title=title or None))
    return links


def _main_content(soup: BeautifulSoup) -> Tag:
    """The page's main region, with navigation, banners, sidebars and footers removed."""
    from bs4 import Tag

    for tag in soup.find_all(FURNITURE_TAGS):
        # an <article>'s own <header>/<footer> holds its headline link: keep those
        if tag.name in ("header", "footer") and tag.find_parent("article"):
            continue
        tag.decompose()
    for tag in soup.find_all(role=FURNITURE_ROLES):
        tag.decompose()
    main = soup.find("main") or soup.find(role="main") or soup.body or soup
    return main if isinstance(main, Tag) else soup


def _looks_like_article(url: str) -> bool:
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments or segments[0].lower() in INDEX_SECTIONS:
        return False
    return len(segments) >= 2 or "-" in segments[0]


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _absolute(base: str, href: str) -> str:
    try:
        joined = urljoin(base, href.strip())
    except ValueError:  # a malformed href: kept as written, it fails alone when fetched
        joined = href.strip()
    return canonical_url(joined)


def _encoding(fetched: Fetched) -> str | None:
    """Valid UTF-8 is UTF-8 whatever the page declares (a page saved as UTF-8 but still
    declaring ISO-8859-1 is common); otherwise the declared charset, then bs4's detection."""
    if fetched.body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None  # a BOM says it best, and bs4 reads it
    try:
        fetched.body.decode("utf-8")
    except UnicodeDecodeError:
        return _charset(fetched.content_type)
    return "utf-8"


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def _fold(text: str | None) -> str:
    return " ".join(text.split()) if text else ""
