"""The scorer rule's exceptions are blanked only where their triggers hold (perf13): the gate
changes no answer of `_exempted`, and the style cache carries the triggers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from followup.checker.document import Document
from followup.checker.engine import Checker
from followup.checker.prefilter import dump_trigger, trigger_for
from followup.checker.rules.scorer import ScorerRule
from followup.core import MessageKind
from followup.evaluation.lintset import load_lint_set

ROOT = Path(__file__).resolve().parents[1]


def _scorer_rule() -> ScorerRule:
    rule = Checker.from_settings()._scorer
    assert isinstance(rule, ScorerRule) and rule.exceptions
    return rule


def _ungated(rule: ScorerRule, doc: Document) -> bool:
    """`_exempted` as it was: the exceptions blanked in every message."""
    document = Document(doc.text, doc.kind, None, use_triggers=False)
    assert document.index is None  # no index: the gate is never asked
    return rule._exempted(document)


def test_the_gate_changes_no_answer_on_the_labelled_set() -> None:
    rule = _scorer_rule()
    messages = load_lint_set(ROOT / "eval" / "lint")
    gated = 0
    for message in messages:
        doc = Document(message.text, message.kind, None, use_triggers=True)
        assert doc.index is not None
        assert rule._exempted(doc) == _ungated(rule, doc), message.text
        gated += not any(t is None or all(map(doc.index.holds, t)) for t in rule._exception_gate())
    assert gated > len(messages) // 2  # the gate does spare most messages the blanking


def test_an_exception_that_occurs_is_still_blanked() -> None:
    rule = _scorer_rule()
    # pushy-tone.yml's own pass example: a question about the writer's paperwork
    text = (
        "Thank you again for the offer call. Could you let me know by Friday whether you'd "
        "like the documents as scanned PDFs or originals? I can bring them in or post them."
    )
    doc = Document(text, MessageKind.INQUIRY, None, use_triggers=True)
    assert doc.index is not None
    assert any(all(map(doc.index.holds, t)) for t in rule._exception_gate() if t is not None)
    assert rule._exempted(doc) is True
    assert _ungated(rule, doc) is True


def test_the_style_cache_carries_the_exception_triggers() -> None:
    rule = _scorer_rule()
    data = rule.cache_data()
    assert data["exception_triggers"] == [dump_trigger(trigger_for(p)) for p in rule.exceptions]
    rebuilt = replace(rule, exception_triggers=data["exception_triggers"])
    assert rebuilt._exempt_gate is None  # not analysed yet: read from the cached data
    assert rebuilt._exception_gate() == [trigger_for(p) for p in rule.exceptions]
    fresh = replace(rule, exception_triggers=None)
    assert fresh._exception_gate() == rebuilt._exception_gate()
