"""`--kind auto`: accuracy on the labelled set, a stale-model guard, and the rules that must
not depend on the kind at all."""

from __future__ import annotations

import json

import pytest

from followup.checker.engine import Checker
from followup.checker.kinds import MODEL_FILE
from followup.core import MessageKind
from followup.evaluation.kinds import score_kind_inference, training_digest
from followup.evaluation.lintset import load_lint_set
from tests.conftest import REPO

MIN_KIND_ACCURACY = 0.95
# The rules that matter most (issue 9): harassment questions, demands and ultimatums, needing
# the job, accusing the reader of silence, presuming the offer. Each must flag its examples
# whatever the kind is.
KIND_FREE_RULES = [
    "harassment-questions",
    "demands",
    "need-the-job",
    "havent-heard-back",
    "presumption",
]


def test_kind_inference_on_the_labelled_set(checker: Checker) -> None:
    score = score_kind_inference(checker, load_lint_set(REPO / "eval" / "lint"))
    print(f"\n--kind auto: {score.right}/{score.total} right ({score.accuracy:.3f})")
    print(score.matrix())
    wrong = "\n".join(f"{m.kind} -> {g}: {m.text[:100]!r}" for m, g in score.wrong)
    assert score.accuracy >= MIN_KIND_ACCURACY, f"wrong kinds:\n{wrong}"


def test_the_kind_model_was_trained_on_the_current_labelled_set() -> None:
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    current = training_digest(load_lint_set(REPO / "eval" / "lint"))
    assert shipped["set_digest"] == current, "eval/lint changed: run `make kind-model`"


def test_a_harassment_question_is_read_as_an_inquiry(checker: Checker) -> None:
    result = checker.check("Did I get the job? I haven't heard back since the interview.")
    assert result.kind is MessageKind.INQUIRY and result.kind_source == "auto"


@pytest.mark.parametrize("short_id", KIND_FREE_RULES)
def test_the_rules_that_matter_most_flag_under_every_kind(checker: Checker, short_id: str) -> None:
    rule = checker.by_id[f"etiquette.{short_id}"]
    assert rule.kinds is None
    for example in rule.examples["flag"]:
        text = example if isinstance(example, str) else example["text"]
        for kind in [None, *MessageKind]:
            found = {f.rule_id for f in checker.check(text, kind).findings}
            assert rule.id in found, (kind, text)
