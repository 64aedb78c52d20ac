"""The ScraperError tree: every error a stage raises on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class ScraperError(Exception):
    """Base of every error the user can act on."""


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One thing wrong with sources.yaml, located as precisely as the file allows."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.field}: {self.message}"


class ConfigError(ScraperError):
    """sources.yaml is unreadable or invalid; carries every problem found at once."""

    def __init__(self, problems: Sequence[ConfigProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class FetchError(ScraperError):
    """A URL could not be fetched: network error (status None), HTTP error, or a limit hit."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        self.url = url
        self.status = status
        super().__init__(f"{url}: {message}")


class ExtractError(ScraperError):
    """A fetched page or feed held nothing we can read (no article text, not a feed)."""

    def __init__(self, url: str | None, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}" if url else message)


class AlertError(ScraperError):
    """An alert channel refused or could not take a message."""

    def __init__(self, channel: str, message: str) -> None:
        self.channel = channel
        super().__init__(f"{channel}: {message}")
