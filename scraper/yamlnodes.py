"""A composed YAML node tree -> checked values, each problem recorded with its line and field.

The primitives `config.py` reads sources.yaml with: shapes (mappings with known keys,
lists), scalars (text, whole numbers, fractions, durations, sizes, times of day, choices)
and uniqueness; every problem is collected, none stops the reading.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scraper.errors import ConfigProblem

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.IGNORECASE)
_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]b|[km]ib|b)?", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20}
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_NULL_TAG = "tag:yaml.org,2002:null"
_INT_TAG = "tag:yaml.org,2002:int"


def parse_duration(text: str | int) -> float:
    """'30s', '0.5s', '10m', '2h', '1d' or a bare number of seconds -> seconds; ValueError
    otherwise. Fractions are kept: a 0.5 s delay between requests is a real setting."""
    match = _DURATION.fullmatch(str(text).strip())
    if match is None:
        raise ValueError(f"{text!r} is not a duration (try 30m, 2h)")
    return float(match[1]) * _DURATION_UNITS[match[2].lower()]


def parse_size(text: str | int) -> int:
    """'500KB', '5MB' (decimal), '1MiB' (binary) or a bare number of bytes -> bytes."""
    match = _SIZE.fullmatch(str(text).strip())
    if match is None:
        raise ValueError(f"{text!r} is not a size (try 500KB, 5MB)")
    return round(float(match[1]) * _SIZE_UNITS[(match[2] or "").lower()])


def syntax_problem(path: str, exc: yaml.YAMLError) -> ConfigProblem:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc)
    return ConfigProblem(path, line, "yaml", f"{what} (check indentation, colons and quoting)")


def join_field(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def describe(node: Node | None) -> str:
    if node is None or is_null(node):
        return "nothing"
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    return repr(node.value)


def is_null(node: Node | None) -> bool:
    return node is None or (isinstance(node, ScalarNode) and node.tag == _NULL_TAG)


class NodeReader:
    """Walks the composed node tree, collecting problems instead of stopping at the first."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ConfigProblem] = []
        self._constructor = SafeConstructor()

    def problem(self, node: Node | None, field: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(ConfigProblem(self.path, line, field, message))

    # -- shapes ------------------------------------------------------------------------------

    def mapping(
        self, node: Node, field: str, known: tuple[str, ...], what: str
    ) -> dict[str, Node] | None:
        """Key -> value node; reports a non-mapping, unknown keys and keys given twice."""
        if not isinstance(node, MappingNode):
            self.problem(node, field or "file", f"expected {what}, got {describe(node)}")
            return None
        values: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in values:
                # YAML itself would silently keep the last one
                self.problem(key_node, join_field(field, key), f"'{key}' is given twice (keep one)")
            elif key in known:
                values[key] = value_node
            else:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(known)
                self.problem(key_node, join_field(field, key), f"unknown key '{key}' ({hint})")
        return values

    def sequence(self, node: Node, field: str, what: str) -> list[Node] | None:
        if not isinstance(node, SequenceNode):
            self.problem(node, field, f"expected {what}, got {describe(node)}")
            return None
        return list(node.value)

    # -- scalars -----------------------------------------------------------------------------

    def text(self, node: Node, field: str, example: str) -> str | None:
        """The scalar as written (so a show called 1899 stays '1899'); non-empty."""
        if not isinstance(node, ScalarNode) or is_null(node) or not str(node.value).strip():
            self.problem(node, field, f"expected text such as {example}, got {describe(node)}")
            return None
        return str(node.value).strip()

    def integer(self, node: Node, field: str, minimum: int) -> int | None:
        value = None
        if isinstance(node, ScalarNode) and node.tag == _INT_TAG:
            value = self._constructor.construct_object(node)
        if not isinstance(value, int):
            self.problem(node, field, f"{describe(node)} is not a whole number")
            return None
        if value < minimum:
            self.problem(node, field, f"{value} is too small (use {minimum} or more)")
            return None
        return value

    def fraction(self, node: Node, field: str) -> float | None:
        written = str(node.value) if isinstance(node, ScalarNode) else ""
        try:
            value = float(written)
        except ValueError:
            value = -1.0
        if not 0 <= value <= 10:
            self.problem(node, field, f"{written!r} is not a fraction (try 0.5: up to 50% more)")
            return None
        return value

    def measure(
        self, node: Node, field: str, parse: Callable[[str], float], minimum: str
    ) -> float | None:
        """A duration or a size (as `parse` reads them), no less than `minimum`."""
        written = str(node.value) if isinstance(node, ScalarNode) and not is_null(node) else ""
        try:
            value = parse(written)
        except ValueError as exc:
            self.problem(node, field, str(exc))
            return None
        if value < parse(minimum):
            self.problem(node, field, f"{written!r} is below the minimum of {minimum}")
            return None
        return value

    def unique(
        self, seen: dict[str, tuple[str, int]], name: str, owner: str, node: Node, field: str
    ) -> None:
        """Report `name` if another owner (a show, a source) already has it."""
        key = " ".join(name.split()).casefold()
        if key not in seen:
            seen[key] = (owner, node.start_mark.line + 1)
            return
        other, line = seen[key]
        where = "the same show" if other == owner else other
        self.problem(
            node, field, f"{name!r} is already used by {where} (line {line}); use each name once"
        )

    def choice(self, node: Node, field: str, allowed: tuple[str, ...]) -> str | None:
        value = self.text(node, field, repr(allowed[0]))
        if value is not None and value not in allowed:
            self.problem(node, field, f"{value!r} is not one of {', '.join(allowed)}")
            return None
        return value

    def clock(self, node: Node, field: str, example: str) -> str | None:
        value = self.text(node, field, example)
        if value is not None and not _CLOCK.fullmatch(value):
            self.problem(node, field, f"{value!r} is not a time of day (try {example})")
            return None
        return value

    def hours(self, node: Node, field: str) -> str | None:
        value = self.text(node, field, "'22:00-07:00'")
        start, _, end = (value or "").partition("-")
        if value is not None and not (_CLOCK.fullmatch(start) and _CLOCK.fullmatch(end)):
            self.problem(node, field, f"{value!r} is not a span of hours (try '22:00-07:00')")
            return None
        return value
