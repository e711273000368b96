"""Rule types: one dataclass each is the schema and the runtime object, the registry is
derived from them, unknown keys are refused, and the README's table lists their fields."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from followup.checker.rules import RULE_TYPES, Rule
from followup.checker.spec import known_keys
from followup.checker.styles import DEFAULT_STYLE, from_cache, load_style
from tests.conftest import REPO

COMMON = set(known_keys(Rule))


def test_the_registry_is_every_rule_type_by_its_own_name() -> None:
    assert set(RULE_TYPES) == {
        "existence",
        "substitution",
        "occurrence",
        "metric",
        "capitalization",
        "context",
        "scorer",
    }
    for name, cls in RULE_TYPES.items():
        assert cls.extends == name and issubclass(cls, Rule)


def test_the_readme_table_lists_each_types_own_fields() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| type | fields |") :].split("\n\n", 1)[0]
    rows = re.findall(r"^\| `([\w-]+)` \| (.*) \|$", table, re.MULTILINE)
    assert {name for name, _ in rows} == set(RULE_TYPES)
    for name, cell in rows:
        documented = {k.split(":")[0] for k in re.findall(r"`([a-z][\w-]*(?::[^`]*)?)`", cell)}
        own = set(known_keys(RULE_TYPES[name])) - COMMON
        assert documented == own, name


def test_a_cached_rule_equals_the_validated_one() -> None:
    for rule in load_style(DEFAULT_STYLE):
        data = rule.cache_data()
        assert from_cache(data) == rule


def style_with(tmp_path: Path, text: str) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "r.yml").write_text(text, encoding="utf-8")
    (tmp_path / ".followup.toml").write_text('styles = ["mine"]\n', encoding="utf-8")


BASE = "extends: existence\nmessage: m\nexamples: {flag: [bad], pass: [good]}\ntokens: [bad]\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("tokenz: [x]\n", "field 'tokenz': unknown field; existence rules have: "),
        ("triggers: []\n", "field 'triggers': is set by the loader"),
        ("min-run: 3\n", "field 'min-run': unknown field"),
        ("severity: loud\n", "field 'severity'"),
        ("kinds: [love-letter]\n", "field 'kinds.0'"),
    ],
)
def test_unknown_or_wrong_keys_in_a_rule_file_are_refused(
    cli: Any, tmp_path: Path, extra: str, message: str
) -> None:
    style_with(tmp_path, BASE + extra)
    cli("lint", "-", stdin=b"Hello there.").assert_input_error(message)


def test_an_example_with_an_unknown_fact_is_refused(cli: Any, tmp_path: Path) -> None:
    style_with(tmp_path, BASE.replace("flag: [bad]", "flag: [{text: bad, mood: grumpy}]"))
    cli("lint", "-", stdin=b"Hello there.").assert_input_error("mood")
