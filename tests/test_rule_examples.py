"""Meta-test: every rule has should-flag and should-pass examples, and they hold."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from followup.checker.engine import Checker
from followup.checker.examples import Example, example_case
from followup.checker.rules import Rule
from followup.checker.styles import DEFAULT_STYLE, load_style

RULES = load_style(DEFAULT_STYLE)


def _run(checker: Checker, rule: Rule, example: str | dict[str, object]) -> list[str]:
    if isinstance(example, dict):
        TypeAdapter(Example).validate_python(example)  # the schema accepts it
    text, kind, context = example_case(example, rule.kinds)
    return [f.rule_id for f in checker.check(text, kind, context).findings]


def test_style_has_the_rule_files() -> None:
    files = {p.stem for p in DEFAULT_STYLE.glob("*.yml")}
    assert files == {r.id.split(".", 1)[1] for r in RULES}
    assert len(RULES) >= 25


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_examples_of_both_sides(rule: Rule) -> None:
    assert rule.examples.get("flag"), f"{rule.id} has no should-flag example"
    assert rule.examples.get("pass"), f"{rule.id} has no should-pass example"
    assert rule.id == f"etiquette.{rule.source.rsplit('/', 1)[-1].removesuffix('.yml')}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_flags_its_flag_examples(rule: Rule, checker: Checker) -> None:
    for example in rule.examples["flag"]:
        assert rule.id in _run(checker, rule, example), f"{rule.id} missed: {example}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_passes_its_pass_examples(rule: Rule, checker: Checker) -> None:
    for example in rule.examples["pass"]:
        assert rule.id not in _run(checker, rule, example), f"{rule.id} flagged: {example}"
