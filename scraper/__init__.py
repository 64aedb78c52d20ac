"""scraper: watch entertainment news for release-date announcements."""

__version__ = "0.1.0"
