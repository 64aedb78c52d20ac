from __future__ import annotations

from pathlib import Path

import pytest

from scraper.config import load_config, parse_duration, parse_size
from scraper.errors import ConfigError
from scraper.models import AlertRules, Settings, Show, Source

SHIPPED = Path(__file__).parent.parent / "sources.yaml"

MINIMAL = """\
watchlist:
  - Squid Game
sources:
  - name: Deadline TV
    url: https://deadline.com/v/tv/feed/
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def test_shipped_sources_yaml_loads() -> None:
    config = load_config(SHIPPED)
    assert config.path == str(SHIPPED)
    assert config.watchlist[0] == Show(
        "All of Us Are Dead", ("Jigeum Uri Hakgyoneun", "지금 우리 학교는")
    )
    names = [source.name for source in config.sources]
    assert {"Deadline TV", "Variety TV", "The Hollywood Reporter TV", "Soompi"} <= set(names)
    assert all(30 * 60 <= source.interval_seconds <= 2 * 3600 for source in config.sources)
    assert all(source.url.startswith("https://") for source in config.sources)
    assert config.alert_urls == ()
    assert config.settings == Settings()


def test_minimal_file_gets_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    # a well-known trade outlet is weighted as one without being told
    assert config.sources == (
        Source("Deadline TV", "https://deadline.com/v/tv/feed/", outlet="trade"),
    )
    assert config.watchlist == (Show("Squid Game"),)
    assert config.settings == Settings()
    assert isinstance(config.sources, tuple)


def test_full_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
settings:
  user_agent: test-agent
  connect_timeout: 5s
  read_timeout: 1m
  max_body: 500KB
  max_redirects: 0
  per_host_concurrency: 1
  total_concurrency: 4
defaults:
  interval: 2h
  max_articles: 10
watchlist:
  - title: All of Us Are Dead
    aliases: [Jigeum Uri Hakgyoneun, "지금 우리 학교는"]
  - 1899
alerts:
  - json://localhost:8080/hook
sources:
  - name: Tudum
    url: https://www.netflix.com/tudum
    kind: listing
    link_pattern: '/tudum/articles/\\d+'
    interval: 30m
  - name: Soompi
    url: http://www.soompi.com/feed
""",
    )
    config = load_config(path)
    assert config.settings == Settings(
        user_agent="test-agent",
        connect_timeout=5.0,
        read_timeout=60.0,
        max_body_bytes=500_000,
        max_redirects=0,
        per_host_concurrency=1,
        total_concurrency=4,
    )
    assert config.watchlist[1] == Show("1899")
    assert config.alert_urls == ("json://localhost:8080/hook",)
    assert config.sources == (
        Source(
            "Tudum",
            "https://www.netflix.com/tudum",
            kind="listing",
            interval_seconds=1800,
            link_pattern=r"/tudum/articles/\d+",
            max_articles=10,
            outlet="official",
        ),
        Source("Soompi", "http://www.soompi.com/feed", interval_seconds=7200, max_articles=10),
    )


BROKEN = """\
settings:
  max_body: lots
watchlist:
  - Squid Game
  - title: Squid  game
sources:
  - name: Deadline TV
    url: https://deadline.com/v/tv/feed/
    interval: 5x
  - name: Variety TV
    kind: feed
  - name: Soompi
    url: https://www.soompi.com/feed
    intervall: 1h
  - name: Tudum
    url: https://www.netflix.com/tudum
    kind: page-ish
  - name: deadline tv
    url: ftp://deadline.com/feed
"""


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, BROKEN)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    found = [(p.line, p.field, p.message) for p in caught.value.problems]
    assert found == [
        (2, "settings.max_body", "'lots' is not a size (try 500KB, 5MB)"),
        (
            5,
            "watchlist[1].title",
            "'Squid  game' is already used by 'Squid Game' (line 4); use each name once",
        ),
        (9, "sources[0].interval", "'5x' is not a duration (try 30m, 2h)"),
        (10, "sources[1].url", "missing (every source needs a url)"),
        (14, "sources[2].intervall", "unknown key 'intervall' (did you mean 'interval'?)"),
        (17, "sources[3].kind", "'page-ish' is not a kind (use one of feed, page, listing)"),
        (
            18,
            "sources[4].name",
            "'deadline tv' is already used by sources[0] (line 7); use each name once",
        ),
        (
            19,
            "sources[4].url",
            "'ftp://deadline.com/feed' is not an http(s) URL with a host (try https://...)",
        ),
    ]
    assert all(p.path == str(path) for p in caught.value.problems)
    assert (
        f"{path}:9: sources[0].interval: '5x' is not a duration (try 30m, 2h)"
        in str(caught.value).splitlines()
    )


@pytest.mark.parametrize(
    ("snippet", "field", "message"),
    [
        ("interval: 30s", "sources[0].interval", "'30s' is below the minimum of 1m"),
        ("max_articles: 0", "sources[0].max_articles", "0 is too small (use 1 or more)"),
        ("max_articles: many", "sources[0].max_articles", "'many' is not a whole number"),
        ("link_pattern: x\n    kind: feed", "sources[0].link_pattern", "is only used by"),
        ("link_pattern: '(['\n    kind: listing", "sources[0].link_pattern", "not a regular"),
        ("name: Other", "sources[0].name", "given twice"),
    ],
)
def test_source_field_problems(tmp_path: Path, snippet: str, field: str, message: str) -> None:
    found = problems(write(tmp_path, MINIMAL + f"    {snippet}\n"))
    assert len(found) == 1, found
    assert found[0][0] == 6
    assert found[0][1] == field
    assert message in found[0][2]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/feed", True),
        ("http://127.0.0.1:8080/rss.xml", True),
        ("https:///feed", False),
        ("example.com/feed", False),
        ("file:///etc/passwd", False),
        ("http://[::1/feed", False),
    ],
)
def test_source_urls(tmp_path: Path, url: str, ok: bool) -> None:
    path = write(tmp_path, f"watchlist: [Squid Game]\nsources:\n  - name: x\n    url: '{url}'\n")
    if ok:
        assert load_config(path).sources[0].url == url
    else:
        assert [(line, field) for line, field, _ in problems(path)] == [(4, "sources[0].url")]


def test_top_level_problems(tmp_path: Path) -> None:
    assert problems(write(tmp_path, "watchlist: []\nsources: []\nextra: 1\n")) == [
        (1, "watchlist", "is empty (add at least one show title)"),
        (2, "sources", "is empty (add at least one source)"),
        (3, "extra", "unknown key 'extra' (known: settings, defaults, watchlist, alerts, sources)"),
    ]
    assert [field for _, field, _ in problems(write(tmp_path, "settings: {}\n"))] == [
        "watchlist",
        "sources",
    ]
    assert problems(write(tmp_path, "# nothing yet\n")) == [
        (None, "file", "is empty (it needs a watchlist: and a sources: list)")
    ]
    assert problems(write(tmp_path, "- a list\n")) == [
        (1, "file", "expected a mapping with watchlist: and sources:, got a list")
    ]


def test_alias_shared_by_two_shows(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "  - Squid Game\n",
        "  - title: Kingdom\n    aliases: [Kingdom]\n  - title: Ashin\n    aliases: [kingdom]\n",
    )
    assert problems(write(tmp_path, text)) == [
        (
            3,
            "watchlist[0].aliases[0]",
            "'Kingdom' is already used by the same show (line 2); use each name once",
        ),
        (
            5,
            "watchlist[1].aliases[0]",
            "'kingdom' is already used by 'Kingdom' (line 2); use each name once",
        ),
    ]


def test_yaml_syntax_error_has_its_line(tmp_path: Path) -> None:
    found = problems(write(tmp_path, MINIMAL + "  - name: [unclosed\n    url: x\n"))
    assert len(found) == 1
    line, field, message = found[0]
    assert (line, field) == (7, "yaml")
    assert "check indentation" in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_bytes(MINIMAL.encode() + b"# caf\xe9\n")
    assert problems(path) == [(6, "file", "is not UTF-8 text (save it as UTF-8)")]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: file: no such file (create it, or pass --sources)"


def test_alert_urls_expand_environment_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NTFY_TOPIC", "my-shows")
    monkeypatch.setenv("HOOK_URL", "json://localhost:9000/hook")
    path = write(tmp_path, MINIMAL + "alerts:\n  - ntfy://ntfy.sh/${NTFY_TOPIC}\n  - ${HOOK_URL}\n")
    assert load_config(path).alert_urls == ("ntfy://ntfy.sh/my-shows", "json://localhost:9000/hook")


def test_missing_environment_variable_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCRAPER_TEST_UNSET", raising=False)
    monkeypatch.setenv("SECRET", "hunter2")
    path = write(
        tmp_path,
        MINIMAL + "alerts:\n  - discord://${SCRAPER_TEST_UNSET}/x\n  - ${SECRET}\n  - 42\n",
    )
    found = problems(path)
    assert found == [
        (
            7,
            "alerts[0]",
            "environment variable SCRAPER_TEST_UNSET is not set (export it, or write the value)",
        ),
        (8, "alerts[1]", "'${SECRET}' is not an Apprise URL (try mailto://, json://, ntfy://)"),
        (9, "alerts[2]", "'42' is not an Apprise URL (try mailto://, json://, ntfy://)"),
    ]
    assert "hunter2" not in str(found)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30),
        ("10m", 600),
        ("2h", 7200),
        ("1d", 86400),
        ("90", 90),
        (45, 45),
        ("1.5h", 5400),
        (" 2H ", 7200),
        ("0.5s", 0.5),
    ],
)
def test_parse_duration(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["5x", "", "m", "-5m", "1h30m", "ten minutes"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="is not a duration"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("500KB", 500_000),
        ("5MB", 5_000_000),
        ("1MiB", 1_048_576),
        ("2kib", 2048),
        ("1024", 1024),
        (1024, 1024),
        ("1.5 MB", 1_500_000),
        ("10b", 10),
    ],
)
def test_parse_size(text: str | int, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["lots", "", "5TB", "-1KB", "MB"])
def test_parse_size_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="is not a size"):
        parse_size(text)


def test_alerts_mapping_form_with_rules_and_scheduled_channels(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(
        """\
watchlist: [All of Us Are Dead]
alerts:
  timezone: Asia/Seoul
  rules:
    on: [release_date, renewal]
    accept: reported
    trust: official
    alone: headline
    unwatched: true
  channels:
    - json://localhost:8080/hook
    - url: mailto://localhost:2525?from=a@example.org&to=b@example.org
      digest: "08:00"
      quiet_hours: "22:00-07:00"
sources:
  - name: Blog
    url: https://fans.example.org/feed
    outlet: blog
"""
    )
    config = load_config(path)
    assert config.rules == AlertRules(
        kinds=("release_date", "renewal"),
        accept="reported",
        trust="official",
        alone="headline",
        unwatched=True,
        timezone="Asia/Seoul",
    )
    assert [c.digest_at for c in config.channel_settings] == [None, "08:00"]
    assert config.channel_settings[1].quiet_hours == "22:00-07:00"
    assert config.sources[0].outlet == "blog"


def test_alerts_mapping_form_reports_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(
        """\
watchlist: [All of Us Are Dead]
alerts:
  timezone: Mars/Olympus
  rules:
    accept: maybe
    alone: title
  channels:
    - url: json://localhost/hook
      digest: "8 in the morning"
sources:
  - name: Blog
    url: https://fans.example.org/feed
    outlet: fanzine
"""
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    fields = [(problem.line, problem.field) for problem in caught.value.problems]
    assert fields == [
        (3, "alerts.timezone"),
        (5, "alerts.rules.accept"),
        (6, "alerts.rules.alone"),
        (9, "alerts.channels[0].digest"),
        (13, "sources[0].outlet"),
    ]
