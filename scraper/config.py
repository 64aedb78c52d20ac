"""sources.yaml -> Config, or one ConfigError listing every problem with its line and field."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, cast, get_args
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scraper.errors import ConfigError, ConfigProblem
from scraper.models import (
    OUTLET_WEIGHTS,
    AlertRules,
    ChannelSettings,
    Config,
    Settings,
    Show,
    Source,
    SourceKind,
)
from scraper.yamlnodes import (
    NodeReader,
    describe,
    is_null,
    parse_duration,
    parse_size,
    syntax_problem,
)

TOP_KEYS = ("settings", "defaults", "watchlist", "alerts", "sources")
SETTINGS_KEYS = (
    "user_agent",
    "connect_timeout",
    "read_timeout",
    "max_body",
    "max_redirects",
    "per_host_concurrency",
    "total_concurrency",
    "min_delay",
    "delay_jitter",
    "total_timeout",
    "robots_ttl",
    "backoff_cap",
    "failure_alert_after",
    "keep_versions",
    "keep_fetch_log",
)
# settings that are durations, with the smallest value each accepts
DURATION_SETTINGS = {
    "connect_timeout": "1s",
    "read_timeout": "1s",
    "total_timeout": "1s",
    "min_delay": "0s",
    "robots_ttl": "1m",
    "backoff_cap": "1m",
    "keep_versions": "1d",
    "keep_fetch_log": "1d",
}
DEFAULTS_KEYS = ("kind", "interval", "max_articles", "outlet")
SOURCE_KEYS = ("name", "url", "kind", "interval", "link_pattern", "max_articles", "outlet")
SHOW_KEYS = ("title", "aliases")
ALERTS_KEYS = ("channels", "rules", "timezone")
RULES_KEYS = ("on", "accept", "trust", "alone", "unwatched")
CHANNEL_KEYS = ("url", "digest", "quiet_hours")
ALERT_KINDS = ("release_date", "renewal", "cast")
# outlets whose weight is known without being told; any other host is "news"
KNOWN_OUTLETS = {
    "netflix.com": "official",
    "about.netflix.com": "official",
    "press.amazonmgmstudios.com": "official",
    "press.hbo.com": "official",
    "deadline.com": "trade",
    "variety.com": "trade",
    "hollywoodreporter.com": "trade",
    "tvline.com": "trade",
    "thewrap.com": "trade",
}
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)

_ENV_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_URL_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")


def known_outlet(url: str) -> str:
    """The outlet kind of a well-known host (and its subdomains); "news" otherwise."""
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    while host:
        if host in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[host]
        host = host.partition(".")[2]
    return "news"


def _zone_problem(zone: str) -> str | None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{zone!r} is not a time zone name (try 'UTC' or 'Europe/Paris')"
    return None


def load_config(path: str | Path) -> Config:
    """Read and validate sources.yaml; raise one ConfigError listing every problem found."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            [ConfigProblem(shown, None, "file", "no such file (create it, or pass --sources)")]
        ) from None
    except OSError as exc:
        raise ConfigError([ConfigProblem(shown, None, "file", exc.strerror or str(exc))]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            [ConfigProblem(shown, line, "file", "is not UTF-8 text (save it as UTF-8)")]
        ) from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ConfigError([syntax_problem(shown, exc)]) from exc

    reader = _Reader(shown)
    config = reader.config(root)
    if reader.problems or config is None:
        raise ConfigError(sorted(reader.problems, key=lambda problem: problem.line or 0))
    return config


class _Reader(NodeReader):
    """Reads the sections of sources.yaml, collecting problems instead of stopping at the first."""

    # -- sections ----------------------------------------------------------------------------

    def config(self, root: Node | None) -> Config | None:
        if root is None or is_null(root):
            self.problem(None, "file", "is empty (it needs a watchlist: and a sources: list)")
            return None
        top = self.mapping(root, "", TOP_KEYS, "a mapping with watchlist: and sources:")
        if top is None:
            return None
        settings = self.settings(top["settings"]) if "settings" in top else Settings()
        defaults = self.defaults(top["defaults"]) if "defaults" in top else {}
        watchlist = self.watchlist(top.get("watchlist"))
        channels: tuple[ChannelSettings, ...] = ()
        rules = AlertRules()
        if "alerts" in top:
            channels, rules = self.alerts(top["alerts"])
        sources = self.sources(top.get("sources"), defaults)
        urls = tuple(channel.url for channel in channels)
        return Config(self.path, sources, watchlist, urls, settings, channels, rules)

    def settings(self, node: Node) -> Settings:
        if is_null(node):
            return Settings()
        values = self.mapping(node, "settings", SETTINGS_KEYS, "a mapping of settings")
        if not values:
            return Settings()
        chosen: dict[str, Any] = {}
        for key, value in values.items():
            field = f"settings.{key}"
            if key == "user_agent":
                chosen[key] = self.text(value, field, "'scraper/0.1 (you@example.com)'")
            elif key in DURATION_SETTINGS:
                seconds = self.measure(value, field, parse_duration, DURATION_SETTINGS[key])
                chosen[key] = float(seconds) if seconds is not None else None
            elif key == "delay_jitter":
                chosen[key] = self.fraction(value, field)
            elif key == "max_body":
                size = self.measure(value, field, parse_size, "1KB")
                chosen["max_body_bytes"] = int(size) if size is not None else None
            else:
                # zero redirects is a legitimate choice; zero concurrency is not
                chosen[key] = self.integer(value, field, 0 if key == "max_redirects" else 1)
        return replace(Settings(), **{key: v for key, v in chosen.items() if v is not None})

    def defaults(self, node: Node) -> dict[str, Any]:
        """Validated per-source defaults, keyed like Source's fields."""
        if is_null(node):
            return {}
        values = self.mapping(node, "defaults", DEFAULTS_KEYS, "a mapping of source defaults")
        return self.source_fields(values or {}, "defaults")

    def source_fields(self, values: dict[str, Node], field: str) -> dict[str, Any]:
        """kind, interval and max_articles, the fields a source may inherit from defaults."""
        chosen: dict[str, Any] = {}
        if "kind" in values:
            kind = self.text(values["kind"], f"{field}.kind", "feed")
            if kind is not None and kind not in SOURCE_KINDS:
                message = f"{kind!r} is not a kind (use one of {', '.join(SOURCE_KINDS)})"
                self.problem(values["kind"], f"{field}.kind", message)
            elif kind is not None:
                chosen["kind"] = cast(SourceKind, kind)
        if "interval" in values:
            seconds = self.measure(values["interval"], f"{field}.interval", parse_duration, "1m")
            if seconds is not None:
                chosen["interval_seconds"] = round(seconds)
        if "max_articles" in values:
            count = self.integer(values["max_articles"], f"{field}.max_articles", 1)
            if count is not None:
                chosen["max_articles"] = count
        if "outlet" in values:
            outlet = self.choice(values["outlet"], f"{field}.outlet", tuple(OUTLET_WEIGHTS))
            if outlet is not None:
                chosen["outlet"] = outlet
        return chosen

    def watchlist(self, node: Node | None) -> tuple[Show, ...]:
        if node is None:
            self.problem(None, "watchlist", "missing (add a list of show titles to watch)")
            return ()
        items = self.sequence(node, "watchlist", "a list of show titles")
        if items is None:
            return ()
        if not items:
            self.problem(node, "watchlist", "is empty (add at least one show title)")
        shows: list[Show] = []
        # normalised name -> (the show that has it, line)
        owners: dict[str, tuple[str, int]] = {}
        for index, item in enumerate(items):
            show = self.show(item, f"watchlist[{index}]", owners)
            if show is not None:
                shows.append(show)
        return tuple(shows)

    def show(self, node: Node, field: str, owners: dict[str, tuple[str, int]]) -> Show | None:
        before = len(self.problems)
        named = [(node, field)]  # the title first, then the aliases
        if not isinstance(node, ScalarNode):
            values = self.mapping(node, field, SHOW_KEYS, "a title or a mapping with title:")
            if values is None:
                return None
            if "title" not in values:
                self.problem(node, f"{field}.title", "missing (every show needs a title)")
                return None
            named = [(values["title"], f"{field}.title")]
            aliases = values.get("aliases")
            if aliases is not None and not is_null(aliases):
                items = self.sequence(aliases, f"{field}.aliases", "a list of names") or []
                named += [(item, f"{field}.aliases[{i}]") for i, item in enumerate(items)]
        names = [
            self.text(name_node, name_field, "'Squid Game'") for name_node, name_field in named
        ]
        for (name_node, name_field), name in zip(named, names, strict=True):
            if name is not None:
                self.unique(owners, name, repr(names[0] or field), name_node, name_field)
        if names[0] is None or len(self.problems) > before:
            return None
        return Show(names[0], tuple(name for name in names[1:] if name))

    def alerts(self, node: Node) -> tuple[tuple[ChannelSettings, ...], AlertRules]:
        """`alerts:` is a list of channels, or a mapping of channels, rules and timezone."""
        if is_null(node):
            return (), AlertRules()
        if isinstance(node, SequenceNode):
            return self.channels(node, "alerts"), AlertRules()
        values = self.mapping(node, "alerts", ALERTS_KEYS, "a list of Apprise URLs or a mapping")
        if values is None:
            return (), AlertRules()
        channels = (
            self.channels(values["channels"], "alerts.channels") if "channels" in values else ()
        )
        rules = AlertRules()
        if "rules" in values and not is_null(values["rules"]):
            rules = self.rules(values["rules"])
        if "timezone" in values:
            zone = self.text(values["timezone"], "alerts.timezone", "'Europe/Paris'")
            if zone is not None and _zone_problem(zone):
                self.problem(values["timezone"], "alerts.timezone", _zone_problem(zone) or "")
            elif zone is not None:
                rules = replace(rules, timezone=zone)
        return channels, rules

    def rules(self, node: Node) -> AlertRules:
        values = self.mapping(node, "alerts.rules", RULES_KEYS, "a mapping of alert rules") or {}
        chosen: dict[str, Any] = {}
        if "on" in values:
            items = self.sequence(values["on"], "alerts.rules.on", "a list of claim kinds") or []
            kinds = [self.choice(item, "alerts.rules.on", ALERT_KINDS) for item in items]
            chosen["kinds"] = tuple(kind for kind in kinds if kind)
        if "accept" in values:
            allowed = ("confirmed", "reported", "speculated")
            chosen["accept"] = self.choice(values["accept"], "alerts.rules.accept", allowed)
        if "trust" in values:
            outlets = tuple(OUTLET_WEIGHTS)
            chosen["trust"] = self.choice(values["trust"], "alerts.rules.trust", outlets)
        if "alone" in values:
            needs = ("headline", "sentence")
            chosen["alone"] = self.choice(values["alone"], "alerts.rules.alone", needs)
        if "unwatched" in values:
            flag = values["unwatched"]
            if isinstance(flag, ScalarNode) and flag.tag == "tag:yaml.org,2002:bool":
                chosen["unwatched"] = self._constructor.construct_object(flag)
            else:
                self.problem(flag, "alerts.rules.unwatched", f"{describe(flag)} is not true/false")
        return replace(AlertRules(), **{key: v for key, v in chosen.items() if v is not None})

    def channels(self, node: Node, field: str) -> tuple[ChannelSettings, ...]:
        items = self.sequence(node, field, "a list of Apprise URLs")
        channels: list[ChannelSettings] = []
        for index, item in enumerate(items or []):
            item_field = f"{field}[{index}]"
            if isinstance(item, MappingNode):
                values = self.mapping(item, item_field, CHANNEL_KEYS, "a mapping with url:") or {}
                if "url" not in values:
                    self.problem(item, f"{item_field}.url", "missing (every channel needs a url)")
                    continue
                written = self.apprise_url(values["url"], f"{item_field}.url")
                digest = quiet = None
                if "digest" in values:
                    digest = self.clock(values["digest"], f"{item_field}.digest", "'08:00'")
                if "quiet_hours" in values:
                    quiet = self.hours(values["quiet_hours"], f"{item_field}.quiet_hours")
                if written is not None:
                    url = _ENV_VAR.sub(lambda match: os.environ[match[1]], written)
                    channels.append(ChannelSettings(url, digest, quiet, written))
            else:
                written = self.apprise_url(item, item_field)
                if written is not None:
                    url = _ENV_VAR.sub(lambda match: os.environ[match[1]], written)
                    channels.append(ChannelSettings(url, written=written))
        return tuple(channels)

    def apprise_url(self, item: Node, field: str) -> str | None:
        """The URL as written, once every ${VAR} in it is known to be set."""
        written = self.text(item, field, "'json://localhost:8080/hook'")
        if written is None:
            return None
        missing = [name for name in _ENV_VAR.findall(written) if name not in os.environ]
        for name in missing:
            message = f"environment variable {name} is not set (export it, or write the value)"
            self.problem(item, field, message)
        if missing:
            return None
        url = _ENV_VAR.sub(lambda match: os.environ[match[1]], written)
        if not _URL_LIKE.fullmatch(url):
            # the written form, not the expanded one: it may hold a secret
            message = f"{written!r} is not an Apprise URL (try mailto://, json://, ntfy://)"
            self.problem(item, field, message)
            return None
        return written

    def sources(self, node: Node | None, defaults: dict[str, Any]) -> tuple[Source, ...]:
        if node is None:
            self.problem(None, "sources", "missing (add a list of feeds and pages to poll)")
            return ()
        items = self.sequence(node, "sources", "a list of sources")
        if items is None:
            return ()
        if not items:
            self.problem(node, "sources", "is empty (add at least one source)")
        # normalised name -> (field, line) of the source that has it
        names: dict[str, tuple[str, int]] = {}
        sources: list[Source] = []
        for index, item in enumerate(items):
            source = self.source(item, f"sources[{index}]", defaults, names)
            if source is not None:
                sources.append(source)
        return tuple(sources)

    def source(
        self, node: Node, field: str, defaults: dict[str, Any], names: dict[str, tuple[str, int]]
    ) -> Source | None:
        before = len(self.problems)
        values = self.mapping(node, field, SOURCE_KEYS, "a mapping with name: and url:")
        if values is None:
            return None
        for key in ("name", "url"):
            if key not in values:
                self.problem(node, f"{field}.{key}", f"missing (every source needs a {key})")
        name = url = None
        if "name" in values:
            name = self.text(values["name"], f"{field}.name", "'Deadline TV'")
            if name is not None:
                self.unique(names, name, field, values["name"], f"{field}.name")
        if "url" in values:
            url = self.url(values["url"], f"{field}.url")
        chosen = {**defaults, **self.source_fields(values, field)}
        if "link_pattern" in values:
            pattern_node, pattern_field = values["link_pattern"], f"{field}.link_pattern"
            pattern = self.text(pattern_node, pattern_field, r"'/\d{4}/'")
            if pattern is not None and chosen.get("kind") != "listing":
                message = "is only used by kind: listing (remove it, or set kind: listing)"
                self.problem(pattern_node, pattern_field, message)
            elif pattern is not None:
                try:
                    chosen["link_pattern"] = re.compile(pattern).pattern
                except re.error as exc:
                    message = f"{pattern!r} is not a regular expression ({exc})"
                    self.problem(pattern_node, pattern_field, message)
        if name is None or url is None or len(self.problems) > before:
            return None
        chosen.setdefault("outlet", known_outlet(url))
        return replace(Source(name=name, url=url), **chosen)

    def url(self, node: Node, field: str) -> str | None:
        url = self.text(node, field, "'https://deadline.com/v/tv/feed/'")
        if url is None:
            return None
        try:
            parts = urlsplit(url)
            ok = parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url
        except ValueError:  # e.g. an unclosed [IPv6 bracket
            ok = False
        if not ok:
            self.problem(
                node, field, f"{url!r} is not an http(s) URL with a host (try https://...)"
            )
        return url if ok else None
