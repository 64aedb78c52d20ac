"""Alert rows -> an Atom feed: one entry per alert, its id the alert's stable key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:scraper:alerts"


def entry_id(key: str) -> str:
    """The same id for an alert however often the feed is written: readers show it once."""
    return f"urn:scraper:alert:{key}"


def alerts_feed(rows: Sequence[Mapping[str, Any]], *, title: str = "scraper alerts") -> str:
    """An Atom 1.0 document, newest alert first; `rows` need key, title, body, url, created_at."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = FEED_ID
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    newest = max((row["created_at"] for row in rows), default="1970-01-01T00:00:00+00:00")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = newest
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "scraper"
    for row in rows:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id(row["key"])
        ET.SubElement(entry, f"{{{ATOM}}}title").text = row["title"]
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = row["created_at"]
        if row.get("url"):
            ET.SubElement(entry, f"{{{ATOM}}}link", href=row["url"], rel="alternate")
        # text content: ElementTree escapes it, so an article cannot inject markup
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = row["body"]
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
