"""The README is the manual: it fails here when it drifts from the code."""

from __future__ import annotations

import re
from pathlib import Path

from scraper.cli import cli
from scraper.store import Store

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_command_table() -> None:
    listed = set(re.findall(r"^\| `scraper ([a-z-]+)", README, re.MULTILINE))
    assert listed == set(cli.commands)


def test_every_table_is_in_the_database_section(tmp_path: Path) -> None:
    store = Store(tmp_path / "scraper.db")
    tables = {name for name in store.db.table_names() if not name.startswith("_")}
    section = README[README.index("## The database") :]
    section = section[: section.index("\n## ", 1)]
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE))
    assert documented == tables


def test_the_readme_starts_with_the_two_commands_ci_runs() -> None:
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    blocks = re.findall(r"```bash\n(.+?)\n```", README, re.DOTALL)
    install_and_run, install_and_test = blocks[0], blocks[1]
    assert install_and_run.startswith("python3 -m pip install -e . &&")
    assert install_and_test in ci
