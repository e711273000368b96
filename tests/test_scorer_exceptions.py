"""The scorer's exception spans: a question about the writer's own paperwork is not read."""

from __future__ import annotations

from followup.checker.engine import Checker
from followup.checker.rules.scorer import ScorerRule
from followup.models import MessageKind

PAPERWORK = (
    "Hi Sarah, thanks again for the offer. Could you let me know by Friday whether you'd like "
    "the documents as scanned PDFs or originals? I want to get everything to HR before my "
    "start date."
)
PUSHY = "Could you let me know by Friday whether I got the job? I keep refreshing my inbox."


def scorer(checker: Checker) -> ScorerRule:
    [rule] = [r for r in checker.rules if isinstance(r, ScorerRule)]
    return rule


def flagged(rule: ScorerRule, text: str) -> bool:
    return bool(Checker([rule]).check(text, MessageKind.INQUIRY).findings)


def test_a_paperwork_question_is_not_read_by_the_scorer(checker: Checker) -> None:
    rule = scorer(checker)
    assert rule.exceptions
    probability = rule.scorer.probability(PAPERWORK, "inquiry")
    # at a threshold the message reaches, it is flagged without the exceptions, not with them
    # (the sentence floor, a separate condition, tests/test_scorer_sentence_floor.py, is off)
    low = rule.replace(threshold=probability - 0.01, sentence_floor=None)
    assert flagged(low.replace(exceptions=[], _exempt=None), PAPERWORK)
    assert not flagged(low.replace(_exempt=None), PAPERWORK)


def test_a_decision_asked_by_a_date_is_still_read(checker: Checker) -> None:
    rule = scorer(checker)
    probability = rule.scorer.probability(PUSHY, "inquiry")
    low = rule.replace(threshold=min(0.99, probability - 0.01), _exempt=None)
    assert flagged(low, PUSHY)
