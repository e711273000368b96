"""eval/gate: drafts written after the gate's rules were built, scored on first sight (README),
then kept here: every listed rule fires and no other gate rule does."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import MessageKind
from tests.conftest import REPO

GATE_RULES = {
    "fragment",
    "hearing-own-work",
    "recipient-third-person",
    "notes-shorthand",
    "private-leak",
    "title-as-name",
    "placeholder",
    "wrong-interviewer-topic",
    "specific-detail",
}
BATCHES = sorted((REPO / "eval" / "gate").glob("batch-*.yaml"))
CASES = [
    (path.stem, i, case)
    for path in BATCHES
    for i, case in enumerate(yaml.safe_load(path.read_text()))
]


def gate_findings(checker: Checker, case: dict[str, Any]) -> set[str]:
    """The gate rules that fire on one case (short ids)."""
    facts = {k: v for k, v in case.items() if k not in ("text", "flag")}
    result = checker.check(case["text"], MessageKind.THANK_YOU, Context(**facts))
    return {f.rule_id.split(".", 1)[1] for f in result.findings} & GATE_RULES


@pytest.mark.parametrize(("batch", "index", "case"), CASES, ids=[f"{b}-{i}" for b, i, _ in CASES])
def test_gate_batch(checker: Checker, batch: str, index: int, case: dict[str, Any]) -> None:
    assert gate_findings(checker, case) == set(case["flag"]), case["text"]
