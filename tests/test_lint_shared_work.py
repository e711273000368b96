"""The checker's shared work (session 15, perf15): figures computed once per message and
reused must equal what each caller computed for itself before."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.checker.document import Document
from followup.checker.engine import Checker
from followup.checker.kind_doubt import doubtful_rival
from followup.checker.kinds import KindGuess, infer_kind
from followup.checker.rules.scorer import KIND_PREFIX, ScorerRule
from followup.core import MessageKind
from followup.evaluation.lintset import load_lint_set

LINT = Path(__file__).resolve().parents[1] / "eval" / "lint"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [m.text for m in load_lint_set(LINT)]


def test_a_guess_reuses_its_scores_and_leads_as_when_summed_again(texts: list[str]) -> None:
    near = 0
    for text in texts[::3]:
        guess = infer_kind(Document(text, MessageKind.THANK_YOU))
        fresh = KindGuess(guess.kind, guess._model, guess._present, guess._best)  # no scores
        assert guess._scores is not None
        for kind in MessageKind:
            assert guess.lead_over(kind) == fresh.lead_over(kind)
        near += doubtful_rival(guess) is not None
    assert near > 0  # some near ties, so the rival's choice was exercised


def _drivers_as_sorted(parts: dict[str, float], top: int) -> list[str]:
    """The scorer's drivers as they were chosen before: every positive one sorted."""
    positive = (g for g, w in parts.items() if w > 0 and not g.startswith(KIND_PREFIX))
    return sorted(positive, key=lambda g: -parts[g])[:top]


def test_the_scorer_names_the_drivers_a_full_sort_would(texts: list[str]) -> None:
    checker = Checker.from_settings()
    [rule] = [r for r in checker.rules if isinstance(r, ScorerRule)]
    named = 0
    for text in texts[::2]:
        doc = Document(text, MessageKind.THANK_YOU)
        _, _, parts = rule.scorer.assess(doc)
        found = list(rule.matches(doc))
        if not found:
            continue
        drivers = _drivers_as_sorted(parts, rule.top)
        assert found[0].detail is not None
        assert found[0].detail.endswith("driven by " + ", ".join(f"'{g}'" for g in drivers))
        named += 1
    assert named > 20
