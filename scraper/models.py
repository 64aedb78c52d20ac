"""Plain frozen data that travels between the pipeline's stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

SourceKind = Literal["feed", "page", "listing"]
ClaimKind = Literal["renewal", "release_date", "cast"]
Certainty = Literal["confirmed", "reported", "speculated", "unannounced", "denied"]

CLAIM_KINDS: tuple[str, ...] = ("renewal", "release_date", "cast")
CERTAINTIES: tuple[str, ...] = ("confirmed", "reported", "speculated", "unannounced", "denied")
RENEWAL_VALUES: tuple[str, ...] = ("renewed", "cancelled", "ending")
# official: the network's, platform's or makers' own site; trade: trade press;
# news: entertainment and streaming news; blog: aggregators, blogs, fan sites
OUTLET_WEIGHTS: dict[str, int] = {"official": 4, "trade": 3, "news": 2, "blog": 1}


@dataclass(frozen=True, slots=True)
class Show:
    """A watched show: its canonical title and the other names articles use for it."""

    title: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to poll: a feed (its items are articles), an article page, or a listing page."""

    name: str
    url: str
    kind: SourceKind = "feed"
    interval_seconds: int = 3600
    # listing pages only: a regular expression an article link must match
    link_pattern: str | None = None
    # feeds and listings: how many of the newest links to follow per poll
    max_articles: int = 30
    # how far its word goes: official > trade > news > blog (see OUTLET_WEIGHTS)
    outlet: str = "news"

    @property
    def weight(self) -> int:
        return OUTLET_WEIGHTS[self.outlet]


@dataclass(frozen=True, slots=True)
class Settings:
    """Process-wide knobs from sources.yaml `settings:`; every one has a default."""

    user_agent: str = "scraper/0.1 (+https://github.com/scraper-news/scraper)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_body_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host_concurrency: int = 2
    total_concurrency: int = 16
    # politeness: seconds between two request starts on one host (robots.txt Crawl-delay
    # raises it), plus a random fraction of it up to delay_jitter
    min_delay: float = 1.0
    delay_jitter: float = 0.5
    total_timeout: float = 60.0
    robots_ttl: float = 86_400.0
    # a failing source is retried after interval * 2**(failures - 1), at most backoff_cap
    backoff_cap: float = 86_400.0
    failure_alert_after: int = 3
    # retention: page versions and fetch-log rows older than these are pruned / summarised
    keep_versions: float = 90 * 86_400.0
    keep_fetch_log: float = 30 * 86_400.0


@dataclass(frozen=True, slots=True)
class ChannelSettings:
    """One Apprise URL and when it may be sent to."""

    url: str
    # "HH:MM": send one digest a day at this time instead of each alert at once
    digest_at: str | None = None
    # "HH:MM-HH:MM": hold alerts during these hours and send them when they end
    quiet_hours: str | None = None
    # the URL as written in sources.yaml, ${VAR} placeholders unexpanded: the channel's
    # identity, so a changed password does not orphan the deliveries still waiting for it
    written: str | None = None


@dataclass(frozen=True, slots=True)
class AlertRules:
    """What raises an alert, and how much evidence it needs."""

    # claim kinds that alert: release_date always by default; renewal and cast on request
    kinds: tuple[str, ...] = ("release_date",)
    # the weakest certainty one source alone may alert on (more needs a second source)
    accept: str = "confirmed"
    # the weakest outlet whose confirmed word alone is enough: news and above by default;
    # a blog's or aggregator's needs a second source
    trust: str = "news"
    # what one article alone must show to alert without a second site: "sentence" (its
    # headline names the show and so does the dated sentence itself; an official source's
    # headline is enough) or "headline" (the headline naming the show is enough from any)
    alone: str = "sentence"
    # alert on shows not on the watchlist too
    unwatched: bool = False
    # the zone digests and quiet hours are read in (IANA name)
    timezone: str = "UTC"


@dataclass(frozen=True, slots=True)
class Config:
    """Everything sources.yaml says."""

    path: str
    sources: tuple[Source, ...]
    watchlist: tuple[Show, ...]
    # Apprise URLs; the terminal and the log always get alerts as well
    alert_urls: tuple[str, ...] = ()
    settings: Settings = field(default_factory=Settings)
    channels: tuple[ChannelSettings, ...] = ()
    rules: AlertRules = field(default_factory=AlertRules)

    @property
    def channel_settings(self) -> tuple[ChannelSettings, ...]:
        """Every alert channel with its schedule; a Config built in code may give bare URLs."""
        return self.channels or tuple(ChannelSettings(url) for url in self.alert_urls)


@dataclass(frozen=True, slots=True)
class Validators:
    """The server's own cache validators from the last successful fetch, sent back verbatim."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """The outcome of one HTTP request that got an answer we can use (2xx or 304)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    fetched_at: datetime
    not_modified: bool = False
    body: bytes = b""
    content_type: str | None = None  # the full header value, charset included
    etag: str | None = None
    last_modified: str | None = None
    elapsed_ms: int = 0


@dataclass(frozen=True, slots=True)
class Link:
    """An article link found in a feed or listing page."""

    url: str
    title: str | None = None
    published: datetime | None = None
    guid: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article's own text: `text` holds body paragraphs (headings included) separated by
    blank lines; the headline is in `title`, not repeated in `text`."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement an article makes about one show; the fields of shared/spec/claims.md."""

    show: str
    season: int | None
    kind: ClaimKind
    value: str | None
    certainty: Certainty
    evidence: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the spec, keys in the spec's order."""
        data = asdict(self)
        return {
            key: data[key]
            for key in ("show", "season", "kind", "value", "role", "certainty", "evidence")
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A change of derived state for one (show, season, kind)."""

    show: str
    season: int | None
    kind: str
    old_value: str | None
    new_value: str | None
    certainty: str | None
    change: str  # appeared, more_precise, moved, cleared, changed
    evidence: str | None
    article_url: str | None
    source: str | None
    seen_at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Alert:
    """A message about one change, with an identity that every delivery of it carries."""

    key: str  # stable: the same in every delivery, webhook header and feed entry
    kind: str  # release_date, renewal, cast, source_failing, source_recovered
    show: str  # the show, or the source for a source alert
    season: int | None
    value: str | None
    title: str
    body: str  # plain text
    html: str  # the same as HTML, every string from an article escaped
    url: str | None  # where to check it: the article, or the source
    policy: str  # the rule that let it through
    event_id: int | None = None
