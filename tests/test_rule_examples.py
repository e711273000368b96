"""Meta-test: every rule has should-flag and should-pass examples, and they hold."""

from __future__ import annotations

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.rules import Rule
from followup.checker.spec import Example
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.core import MessageKind

RULES = load_style(DEFAULT_STYLE)


def _run(checker: Checker, rule: Rule, example: str | dict[str, object]) -> list[str]:
    ex = Example.model_validate(example) if isinstance(example, dict) else Example(text=example)
    kind = ex.kind or (rule.kinds[0] if rule.kinds else MessageKind.THANK_YOU)
    context = Context(
        recipient=ex.recipient,
        company=ex.company,
        days_since_interview=ex.days_since_interview,
        inquiries_sent=ex.inquiries_sent,
        check_ins_last_30_days=ex.check_ins_last_30_days,
        known_facts=ex.known_facts,
        topics=ex.topics,
        days_until_decision=ex.days_until_decision,
        history=tuple((e.kind, e.days) for e in ex.history) if ex.history is not None else None,
        status=ex.status,
    )
    result = checker.check(ex.text, kind, context)
    return [f.rule_id for f in result.findings]


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
