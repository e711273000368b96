"""One fault, named once (checker/samespan.py): two rules on the same words at one severity
give one finding; a fix, a whole-message finding and another severity are kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.checker.samespan import one_per_span
from followup.core import Finding, MessageKind, Severity


def finding(
    rule: str, start: int, end: int, sev: Severity = Severity.ERROR, fix: str | None = None
) -> Finding:
    return Finding(rule, sev, rule, start, end, 1, start + 1, "x" * (end - start), fix)


def test_a_span_nested_in_another_of_the_same_severity_is_dropped() -> None:
    kept = one_per_span([finding("b", 10, 20), finding("a", 5, 25), finding("c", 30, 40)])
    assert [f.rule_id for f in kept] == ["a", "c"]


def test_equal_spans_keep_the_one_with_a_fix_else_the_first_rule() -> None:
    assert [f.rule_id for f in one_per_span([finding("z", 0, 9), finding("y", 0, 9)])] == ["y"]
    with_fix = one_per_span([finding("a", 0, 9), finding("p", 0, 9, fix="following up")])
    assert [f.rule_id for f in with_fix] == ["p"]


def test_other_severities_fixes_and_whole_messages_are_kept() -> None:
    mixed = [finding("e", 0, 20), finding("w", 5, 10, Severity.WARNING)]
    assert len(one_per_span(mixed)) == 2
    fixes = [finding("e", 0, 20), finding("f", 5, 10, fix="I wanted to")]
    assert len(one_per_span(fixes)) == 2
    whole = [finding("length", 0, 900), finding("demands", 100, 120)]
    assert len(one_per_span(whole)) == 2


def test_begging_and_need_the_job_on_one_phrase_are_one_error(cli: Any, tmp_path: Path) -> None:
    # new-user trial 16L (m02): both rules on "I'll take any position" padded the error count
    path = tmp_path / "m.txt"
    path.write_text(
        "Hi Dana,\n\nI really need this job. I'll take any position you have, whatever it"
        " takes.\n\nSam\n",
        encoding="utf-8",
    )
    r = cli("lint", "--format", "json", "--kind", "inquiry", str(path))
    findings = json.loads(r.out)["files"][0]["findings"]
    spans = [(f["line"], f["column"], f["match"]) for f in findings if f["severity"] == "error"]
    assert len(spans) == 3 and len(set(spans)) == 3, findings


def test_the_engine_keeps_every_rules_finding() -> None:
    """Each rule's own examples, the writer's gate and the evaluator see both rules."""
    text = "Hi Dana,\n\nI'll take any position you have.\n\nSam\n"
    ids = [f.rule_id for f in Checker.from_settings().check(text, MessageKind.INQUIRY).findings]
    assert "etiquette.begging" in ids and "etiquette.need-the-job" in ids, ids
