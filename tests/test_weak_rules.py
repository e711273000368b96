"""Weak rules (checker/corroboration.py): a lone finding is a suggestion unless the scorer or
another rule agrees."""

from __future__ import annotations

import pytest

from followup.checker.corroboration import ALONE, weak_floors
from followup.checker.engine import Checker
from followup.checker.spec import validate_rule
from followup.models import MessageKind, Severity

CALM = "It has been a week since my interview for the analyst role. Could you share the timeline?"


def found(checker: Checker, text: str, kind: MessageKind = MessageKind.INQUIRY) -> dict[str, str]:
    return {f.rule_id: f.severity.value for f in checker.check(text, kind).findings}


def test_a_lone_weak_finding_on_a_calm_message_is_a_suggestion(checker: Checker) -> None:
    [finding] = checker.check(CALM, MessageKind.INQUIRY).findings
    assert finding.rule_id == "etiquette.counting-days"
    assert finding.severity is Severity.SUGGESTION
    assert finding.message.endswith(ALONE)


def test_another_rules_warning_keeps_a_weak_finding_a_warning(checker: Checker) -> None:
    text = CALM + " I really need this job."
    assert found(checker, text) == {
        "etiquette.counting-days": "warning",
        "etiquette.need-the-job": "error",
    }


def test_the_scorer_reading_the_message_as_pushy_keeps_it(checker: Checker) -> None:
    text = "It has been a week since my interview. Still nothing? I keep refreshing my inbox."
    findings = found(checker, text)
    assert findings["etiquette.counting-days"] == "warning"


def test_without_the_scorer_a_lone_weak_finding_is_a_suggestion(checker: Checker) -> None:
    rules = [r for r in checker.rules if r.extends != "scorer"]
    text = "It has been a week since my interview. Still nothing? I keep refreshing my inbox."
    assert found(Checker(rules), text)["etiquette.counting-days"] == "suggestion"


def test_the_shipped_weak_rules_are_the_first_seen_calibration(checker: Checker) -> None:
    floors = weak_floors(checker.rules)
    assert floors["etiquette.counting-days"] == 0.2
    assert floors["etiquette.demands"] == 0.2
    assert "etiquette.need-the-job" not in floors  # its lone hits were catches, not alarms
    # mended by structure instead (acronyms; a last "one more time" note), see the README
    assert "etiquette.shouting" not in floors and "etiquette.pestering" not in floors
    assert "etiquette.pushy-tone" not in floors


def test_a_weak_floor_out_of_range_is_refused() -> None:
    data = {
        "extends": "existence",
        "id": "x.y",
        "message": "m",
        "weak": 1.5,
        "tokens": ["foo"],
        "examples": {"flag": ["foo"], "pass": ["bar"]},
    }
    with pytest.raises(ValueError, match="field 'weak'"):
        validate_rule(data)


def test_a_severity_set_in_the_settings_makes_a_weak_rule_stand_alone() -> None:
    from followup.settings import Settings

    checker = Checker.from_settings(Settings(severity={"counting-days": "error"}))
    assert found(checker, CALM) == {"etiquette.counting-days": "error"}
