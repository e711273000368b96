"""`support:` on an existence rule: a tone rule's hit stands only when the scorer model reads
the message as pushy enough, whatever kind it is checked as, and the message is scored once
for the scorer rule and the rules it supports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.checker.document import Document
from followup.checker.engine import Checker
from followup.checker.rules.scorer import MODELS, ScorerModel, shared_model
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.core import MessageKind
from followup.errors import RuleError

# A model that knows two words: "refreshing" reads pushy, "offer" (a deadline another
# employer set) reads clean; keep-in-touch notes read cleaner than inquiries.
TINY_MODEL = {
    "format": 1,
    "max_n": 1,
    "norm": "l2",
    "intercept": 0.0,
    "threshold": 0.9,
    "support_floor": 0.3,
    "weights": {"refreshing": 4.0, "offer": -4.0, "kind=inquiry": 0.5, "kind=keep-in-touch": -8.0},
}
RULE = """extends: existence
support: tone.json
message: "deadline: {match}"
tokens: ['by Friday']
examples:
  flag: [{text: "I keep refreshing my inbox: answer by Friday.", kind: inquiry}]
  pass: [{text: "Thank you for the call.", kind: inquiry}]
"""


def _style(tmp_path: Path, rule: str = RULE, model: dict[str, object] | None = None) -> Path:
    folder = tmp_path / "house"
    folder.mkdir(parents=True)
    (folder / "deadline.yml").write_text(rule, encoding="utf-8")
    if model is not None:
        (folder / "tone.json").write_text(json.dumps(model), encoding="utf-8")
    return folder


def _flags(checker: Checker, text: str, kind: MessageKind) -> bool:
    return bool(checker.check(text, kind).findings)


def test_a_supported_hit_stands_only_when_the_model_reads_the_message_as_pushy(
    tmp_path: Path,
) -> None:
    checker = Checker(load_style(_style(tmp_path, model=TINY_MODEL)))
    assert _flags(checker, "I keep refreshing my inbox: answer by Friday.", MessageKind.INQUIRY)
    # The pattern matches, but the model reads the message as clean: no finding.
    assert not _flags(checker, "The other offer needs my answer by Friday.", MessageKind.INQUIRY)
    # Without `support:` the same pattern flags both.
    plain = _style(tmp_path / "plain", RULE.replace("support: tone.json\n", ""))
    unsupported = Checker(load_style(plain))
    assert _flags(unsupported, "The other offer needs my answer by Friday.", MessageKind.INQUIRY)


def test_the_gate_does_not_depend_on_the_kind_checked_as(tmp_path: Path) -> None:
    checker = Checker(load_style(_style(tmp_path, model=TINY_MODEL)))
    text = "I keep refreshing my inbox: answer by Friday."
    # As a keep-in-touch note the model's own probability is below the floor (the kind
    # weighs -8.0); the gate reads it as the kind that weighs most and keeps the hit.
    model = shared_model(tmp_path / "house" / "tone.json")
    doc = Document(text, MessageKind.KEEP_IN_TOUCH)
    assert model.assess(doc)[1] < model.support_floor <= model.kindless_probability(doc)
    assert all(_flags(checker, text, kind) for kind in MessageKind)


def test_a_missing_support_model_is_one_line_naming_the_rule_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError) as err:
        load_style(_style(tmp_path))  # no tone.json written
    message = str(err.value)
    assert "deadline.yml" in message and "tone.json" in message and "\n" not in message


def test_the_message_is_scored_once_for_the_scorer_and_the_rules_it_supports() -> None:
    model = shared_model(DEFAULT_STYLE / "pushy-tone.json")
    calls: list[str] = []
    original = ScorerModel.contributions

    def counted(self: ScorerModel, text: object, kind: str) -> object:
        # The whole message is read once (as its Tokens); a message that reaches the
        # threshold also has its sentences read alone, as text (the sentence floor).
        if not isinstance(text, str):
            calls.append(kind)
        return original(self, text, kind)  # type: ignore[arg-type]

    checker = Checker.from_settings()
    text = "Is there any news at all? I keep refreshing my inbox. I need an answer by Friday."
    try:
        ScorerModel.contributions = counted  # type: ignore[assignment,method-assign]
        ids = {f.rule_id for f in checker.check(text, MessageKind.INQUIRY).findings}
    finally:
        ScorerModel.contributions = original  # type: ignore[method-assign]
    assert {"etiquette.demands", "etiquette.pushy-tone"} <= ids
    assert calls == ["inquiry"]
    assert MODELS[DEFAULT_STYLE / "pushy-tone.json"] is model


def test_the_shipped_demands_rule_asks_the_shipped_scorer_and_keeps_plain_demands() -> None:
    (demands,) = [r for r in load_style(DEFAULT_STYLE) if r.id == "etiquette.demands"]
    assert getattr(demands, "support", None) == "pushy-tone.json"
    assert shared_model(DEFAULT_STYLE / "pushy-tone.json").support_floor > 0
    checker = Checker([demands])
    for kind in MessageKind:
        assert _flags(checker, "I need an answer by Friday or I will go elsewhere.", kind), kind
