"""Fetches, page versions, articles and claims -> rows; derived state and events; the outbox.

One SQLite file in WAL mode. The daemon writes; any number of CLI commands read at once.
Callers wrap one fetch's worth of writes in `with store.atomic():` so it lands whole or not at all.
"""

from scraper.store.base import StoreBase, subject_key
from scraper.store.claims import ClaimsStore
from scraper.store.outbox import Delivery, OutboxStore
from scraper.store.pages import PagesStore, Version
from scraper.store.sources import SourcesStore


class Store(PagesStore, SourcesStore, ClaimsStore, OutboxStore, StoreBase):
    """The SQLite file and every read and write of it, one part per concern."""


__all__ = ["Delivery", "Store", "Version", "subject_key"]
