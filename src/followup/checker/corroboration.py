"""Weak rules: a finding that is a warning only when a second signal agrees.

A rule file may say `weak: 0.2`. When such a rule's finding is the only warning on a message
(no other rule reports a warning or an error), it stays a warning only if the style's scorer
(the `extends: scorer` rule's model) reads the message at that probability or more; else it
is shown as a suggestion, which does not count as flagged and does not fail a run. Two weak
rules on one message agree with each other, and any other rule's warning agrees with them.

Why: on the independent batches, each checked by the checker it first met
(tools/first_seen.py), the rules whose lone hits were more often on clean messages than on
flagged ones were these rules' false alarms: an acronym read as shouting, "It's been a week
since" read as counting days, a date for a meeting's arrangements read as a demand. Those
messages were plain to the scorer (probabilities 0.00-0.15), and the same rules' lone catches
were not (0.2-0.9), so the scorer is the second signal. Nothing else reads a finding list
after the rules: the engine calls `settle` once per message, and it returns at once when no
weak rule fired.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from followup.core import Finding, Severity

if TYPE_CHECKING:
    from followup.checker.document import Document
    from followup.checker.rules import Rule

ALONE = " (A suggestion: nothing else in the message reads as pushy.)"


def weak_floors(rules: list[Rule]) -> dict[str, float]:
    """Rule id -> the scorer probability its lone finding needs to stay a warning."""
    return {r.id: r.weak for r in rules if r.weak is not None}


def settle(
    findings: list[Finding], doc: Document, floors: dict[str, float], scorer: Rule | None
) -> list[Finding]:
    """The findings with a weak rule's lone warnings turned into suggestions, unless the
    scorer rule (`scorer`, None when it is disabled) reads the message at its floor."""
    warned = {f.rule_id for f in findings if f.severity.rank >= Severity.WARNING.rank}
    if len(warned) != 1:
        return findings  # none, or a second rule agrees
    (rule_id,) = warned
    floor = floors.get(rule_id)
    if floor is None or (scorer is not None and probability(scorer, doc) >= floor):
        return findings
    return [
        replace(f, severity=Severity.SUGGESTION, message=f.message + ALONE)
        if f.rule_id == rule_id
        else f
        for f in findings
    ]


def probability(scorer: Rule, doc: Document) -> float:
    """The scorer rule's reading of the message (its model is read once per document)."""
    model = scorer.scorer  # type: ignore[attr-defined]
    value = float(model.kindless_probability(doc))
    model.forget()
    return value
