"""One fault, named once (checker/samespan.py): two rules on the same words at one severity
give one finding; a fix, a whole-message finding and another severity are kept."""

from __future__ import annotations

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


def test_begging_and_need_the_job_on_one_phrase_are_one_error() -> None:
    # new-user trial 16L (m02): both rules on "I'll take any position" padded the error count
    text = (
        "Hi Dana,\n\nI really need this job. I'll take any position you have, whatever it"
        " takes.\n\nSam\n"
    )
    result = Checker.from_settings().check(text, MessageKind.INQUIRY)
    spans = [(f.start, f.end) for f in result.findings if f.severity is Severity.ERROR]
    assert spans and len(spans) == len(set(spans)), result.findings
    for a in result.findings:
        for b in result.findings:
            nested = a is not b and a.start <= b.start and b.end <= a.end
            assert not (nested and a.severity is b.severity and b.fix is None), (a, b)
