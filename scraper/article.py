"""Fetched page body (HTML or plain text) -> Article (headline, publication date, own text)."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from lxml import etree, html

from scraper.errors import ExtractError
from scraper.models import Article

MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|main|section|span|h[1-6]|br|title|meta)\b",
    re.IGNORECASE,
)
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
    }
)
PARSER = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)

# Page furniture we cut before trafilatura sees the page: it keeps "Read more" link blocks
# and caption text it cannot tell from prose, and those name other shows and their dates.
FURNITURE = etree.XPath(
    "//nav | //aside | //footer | //form | //figcaption | //button | //select"
    " | //header[not(ancestor::article)]"
    " | //*[@class or @id][re:test(concat(@class, ' ', @id), $names, 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
FURNITURE_NAMES = (
    r"(^|[\s_-])(related|read-?more|more-stories|author-?(box|bio|info|card)|about-author"
    r"|comments?|comment-list|breadcrumbs?|share|sharing|social|newsletter|subscribe|tags"
    r"|caption|sidebar|widget|promo|ads?|popular|trending)($|[\s_-])"
)
KEEP_TAGS = frozenset({"html", "body", "main", "article"})
HOLDS_CONTENT = etree.XPath("boolean(.//article | .//main)")
LEAF_BLOCKS = ("p", "div", "section", "h2", "h3", "h4", "h5", "h6")
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "ul", "ol", "table", "blockquote", "figure", "header"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "dl", "pre", "main", "aside", "nav", "footer"}
)
# A cheap look at a block's first words before the full label patterns run.
LABEL_START = re.compile(
    r"(?:read|also|see|related|recommended|must|don|more|about|you|most|popular|trending"
    r"|\d|comments|leave)",
    re.IGNORECASE,
)
# A label that introduces links to other stories ("Read More: <a>…</a>").
LINKS_LABEL = re.compile(
    r"^(?:read more|read next|read also|also read|see also|related|recommended|must read"
    r"|don't miss|more on this)\b\s*[:\-–—|]?\s*(.*)$",
    re.IGNORECASE,
)
# A label after which nothing in the same container belongs to the article.
TAIL_LABEL = re.compile(
    r"^(?:about the author|related (?:articles|stories|posts|news|coverage|content|reading)"
    r"|you (?:may|might) also like|more stories|(?:most )?popular(?: now)?|trending(?: now)?"
    r"|recommended (?:for you|reading|stories)|\d* ?comments|leave a (?:reply|comment))\b"
    r"\s*[:\-–—|]?\s*$",
    re.IGNORECASE,
)

LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']")
META_PROPERTY = etree.XPath("//meta[@property=$name or @name=$name]/@content")
ITEMPROP_PUBLISHED = etree.XPath("//*[@itemprop='datePublished']")
ARTICLE_TIME = etree.XPath("(//article//time[@datetime] | //main//time[@datetime])[1]/@datetime")
ARTICLE_H1 = etree.XPath("//article//h1 | //main//h1")
PROSE = etree.XPath(".//*[self::p or self::h2 or self::h3 or self::h4]")
# A listing item's line of details right under its sub-heading ("Peacock · Thursday, Sept. 17"
# under "Dunmore Heights, season 4"): trafilatura drops any "meta" class as a byline, but
# here it is the item's date. A byline follows the page's <h1>, not a sub-heading.
ITEM_DETAILS = etree.XPath(
    "//*[contains(@class, 'meta')][preceding-sibling::*[1][self::h2 or self::h3 or self::h4]]"
)


# The fetcher's default body cap. A news article is 50-500 KB; parsing a page many times
# larger costs minutes and gigabytes, and such a page is an archive or a dump, not news.
MAX_INPUT_BYTES = 5_000_000


def read_article(
    body: bytes | str, *, url: str | None = None, content_type: str | None = None
) -> Article:
    """The article in `body`: markup is read as HTML, anything else as plain text."""
    size = len(body)
    if size > MAX_INPUT_BYTES:
        raise ExtractError(
            url, f"input is {size:,} bytes; a page over {MAX_INPUT_BYTES:,} bytes is not read"
        )
    text = body if isinstance(body, str) else _decode(body, content_type, url)
    if text.count("\x00") > 4:
        raise ExtractError(url, "binary content, not text (NUL characters)")
    if not text.strip():
        raise ExtractError(url, "empty document")
    if MARKUP.search(text, 0, 4096):
        return _read_html(text, url)
    return _read_plain(text, url)


def _read_plain(text: str, url: str | None) -> Article:
    lines = [_fold(line) for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    if len(paragraphs) < 2:
        raise ExtractError(url, "no article text found (only a headline)")
    return Article(text="\n\n".join(paragraphs[1:]), title=paragraphs[0], url=url)


def _read_html(text: str, url: str | None) -> Article:
    try:
        tree = html.document_fromstring(text.encode("utf-8", "replace"), parser=PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ExtractError(url, f"not parseable as HTML: {error}") from error
    # metadata first: the furniture pass below removes bylines and headers that hold dates
    headline, published = _jsonld(tree)
    # the article's own <h1> before a site logo's
    h1 = _first_text(iter(ARTICLE_H1(tree))) or _first_text(tree.iterfind(".//h1"))
    title = headline or _meta(tree, "og:title") or h1 or _page_title(tree)
    published = (
        published
        or _parse_date(_meta(tree, "article:published_time"))
        or _parse_date(_meta(tree, "og:published_time"))
        or _itemprop_date(tree)
        or _parse_date(_first(ARTICLE_TIME(tree)))
    )
    _strip_furniture(tree)
    for details in ITEM_DETAILS(tree):
        if len(details.text_content()) < 80:
            details.attrib.pop("class")
    blocks = _trafilatura_blocks(tree, url) or _fallback_blocks(tree)
    repeated = {_key(name) for name in (title, h1) if name}
    while blocks and _key(blocks[0]) in repeated:
        blocks.pop(0)
    if not blocks:
        raise ExtractError(url, "no article text found")
    return Article(text="\n\n".join(blocks), title=title, published=published, url=url)


def _trafilatura_blocks(tree: html.HtmlElement, url: str | None) -> list[str]:
    # imported here, not at the top: plain text never needs it, and it is a third of the
    # start-up of `scraper extract` (0.14 s of imports)
    import trafilatura

    document = trafilatura.bare_extraction(
        tree,
        url=url,
        # "txt" skips the Python format's text rendering; we read the body tree ourselves
        output_format="txt",
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_formatting=False,
        with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        return []
    blocks: list[str] = []
    for element in body:
        parts = element.iterfind("item") if element.tag == "list" else (element,)
        blocks.extend(text for part in parts if (text := _fold("".join(part.itertext()))))
    return blocks


def _fallback_blocks(tree: html.HtmlElement) -> list[str]:
    """Paragraphs and subheadings of the main region that are prose rather than link lists."""
    region = next(
        (found for path in (".//article", ".//main") if (found := tree.find(path)) is not None),
        tree.body,
    )
    return [
        text
        for element in PROSE(region)
        if (text := _fold(element.text_content())) and _link_density(element, text) < 0.5
    ]


def _strip_furniture(tree: html.HtmlElement) -> None:
    """Cut navigation, captions, author boxes, comments and "Read more"/"Related" link blocks."""
    # XPath and a tag-filtered walk: a Python look at every element costs more than parsing
    # A furniture name on a wrapper ("layout has-sidebar", an ASP.NET page-wide <form>) must
    # not take the article with it: boxes hold neither <article>/<main> nor most of the text.
    half_page = len(tree.text_content()) / 2
    doomed = [
        element
        for element in FURNITURE(tree, names=FURNITURE_NAMES)
        if element.tag not in KEEP_TAGS
        and not HOLDS_CONTENT(element)
        and len(element.text_content()) < half_page
    ]
    for element in tree.iter(*LEAF_BLOCKS):
        first = element.text
        if first is None or first.isspace():
            first = next((text for text in element.itertext() if not text.isspace()), "")
        if LABEL_START.match(first.lstrip()) and not any(
            child.tag in BLOCK_TAGS for child in element
        ):
            doomed.extend(_labelled_furniture(element))
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _labelled_furniture(element: html.HtmlElement) -> list[html.HtmlElement]:
    """`element` and what follows it, when `element` is a label such as "Read More:"."""
    text = _fold(element.text_content())
    if len(text) > 300:
        return []
    if TAIL_LABEL.match(text):
        return [element, *element.itersiblings()]
    match = LINKS_LABEL.match(text)
    if not match:
        return []
    rest = match.group(1)
    if rest:
        # "Read More: <a>Other story</a>" in one paragraph
        return [element] if _link_density(element, rest) >= 0.5 else []
    doomed = [element]
    for sibling in element.itersiblings():
        sibling_text = _fold(sibling.text_content())
        if sibling.tag in ("ul", "ol") or _link_density(sibling, sibling_text) >= 0.5:
            doomed.append(sibling)
        else:
            break
    return doomed


def _link_density(element: html.HtmlElement, text: str) -> float:
    if not text:
        return 1.0
    linked = sum(len(_fold(anchor.text_content())) for anchor in element.iter("a"))
    return linked / len(text)


def _jsonld(tree: html.HtmlElement) -> tuple[str | None, date | None]:
    """Headline and datePublished of the first Article-like JSON-LD object."""
    for script in LD_SCRIPTS(tree):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for item in _ld_objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if ARTICLE_TYPES.intersection(kind for kind in kinds if isinstance(kind, str)):
                headline = item.get("headline")
                return (
                    _fold(headline) or None if isinstance(headline, str) else None,
                    _parse_date(item.get("datePublished")),
                )
    return None, None


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_objects(data.get("@graph"))


def _meta(tree: html.HtmlElement, name: str) -> str | None:
    return _fold(_first(META_PROPERTY(tree, name=name))) or None


def _itemprop_date(tree: html.HtmlElement) -> date | None:
    for element in ITEMPROP_PUBLISHED(tree):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if parsed := _parse_date(value):
            return parsed
    return None


def _page_title(tree: html.HtmlElement) -> str | None:
    title = _first_text(tree.iterfind(".//title"))
    # "Headline | Site Name": the site name is not part of the headline
    return title.split(" | ")[0].strip() or None if title else None


def _first_text(elements: Iterator[html.HtmlElement]) -> str | None:
    for element in elements:
        if text := _fold(element.text_content()):
            return text
    return None


def _first(values: Any) -> str | None:
    return str(values[0]) if values else None


def _parse_date(value: object) -> date | None:
    """The calendar date an ISO 8601 timestamp names, in the publisher's own time zone."""
    if not isinstance(value, str) or not (match := ISO_DATE.match(value)):
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _decode(body: bytes, content_type: str | None, url: str | None) -> str:
    """Bytes to text: BOM, valid UTF-8, declared charset (header, then <meta>), detection.

    Valid UTF-8 wins over a declared single-byte charset: pages that declare ISO-8859-1 and
    send UTF-8 are common, while non-UTF-8 text that happens to be valid UTF-8 is not.
    """
    if not body.strip():
        raise ExtractError(url, "empty document")
    for bom, encoding in BOMS:
        if body.startswith(bom):
            return body.decode(encoding, "replace")
    if body.startswith(BINARY_MAGIC) or body[:4096].count(b"\x00") > 4:
        raise ExtractError(url, "binary content, not text (an image, archive or PDF?)")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    header = HEADER_CHARSET.search(content_type or "")
    meta = META_CHARSET.search(body[:4096])
    for declared in (header.group(1) if header else None, meta and meta.group(1).decode()):
        if declared:
            try:
                return body.decode(declared)
            except (LookupError, UnicodeDecodeError):
                continue
    import charset_normalizer  # only for bytes that declare nothing that fits

    guess = charset_normalizer.from_bytes(body).best()
    if guess is None:
        raise ExtractError(url, "not text: the bytes fit no known character encoding")
    return str(guess)


def _fold(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()
