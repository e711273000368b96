"""A rule's own should-flag and should-pass examples, run against the rule.

The loader runs them when it validates a style folder (so a user's rule that misses its
own example fails at load, with one line naming the file and the example), and the
meta-test runs them for the built-in style. An example is a string, or a mapping with
`text` and the facts a context rule needs (kind, recipient, company, ...).
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (Context's annotations name it; Example resolves them here)
from dataclasses import dataclass, field, fields, make_dataclass
from typing import Any

from followup.checker.document import Context
from followup.core import MessageKind


@dataclass(kw_only=True)
class SentEntry:
    """One message of an example's sent history: its kind and the day after the interview."""

    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    kind: MessageKind
    days: int


# Context fields whose YAML form differs from the runtime one.
_YAML_TYPES = {"history": "list[SentEntry] | None"}

# Example keys that are facts for the context: every field of Context (but its catch-all).
CONTEXT_KEYS = tuple(f.name for f in fields(Context) if f.name != "extra")

# The shape of an example given as a mapping, derived from Context so the facts are
# declared once; checker/spec.py validates examples against it (unknown keys rejected).
Example: Any = make_dataclass(
    "Example",
    [
        ("text", str),
        ("kind", "MessageKind | None", field(default=None)),
        *(
            (f.name, _YAML_TYPES.get(f.name, f.type), field(default=None))
            for f in fields(Context)
            if f.name != "extra"
        ),
    ],
    kw_only=True,
    namespace={"__pydantic_config__": {"extra": "forbid"}, "__module__": __name__},
)


def example_case(
    example: str | dict[str, Any], kinds: list[MessageKind] | None
) -> tuple[str, MessageKind, Context]:
    """The text, kind and context an example stands for. Without a kind of its own, an
    example is checked as the rule's first kind, or as a thank-you note."""
    if isinstance(example, str):
        example = {"text": example}
    kind = example.get("kind")
    default = kinds[0] if kinds else MessageKind.THANK_YOU
    facts = {key: example[key] for key in CONTEXT_KEYS if example.get(key) is not None}
    if "history" in facts:  # [{kind, days}, ...] in YAML; (kind, day) pairs at run time
        facts["history"] = tuple((MessageKind(e["kind"]), int(e["days"])) for e in facts["history"])
    return str(example["text"]), MessageKind(kind) if kind else default, Context(**facts)


def example_failure(rule: Any) -> str | None:
    """The first example the rule gets wrong, described in one line; None when all hold."""
    from followup.checker.engine import Checker

    checker = Checker([rule])
    for side, should_flag in (("flag", True), ("pass", False)):
        for example in rule.examples.get(side, []):
            text, kind, context = example_case(example, rule.kinds)
            flagged = any(f.rule_id == rule.id for f in checker.check(text, kind, context).findings)
            if flagged != should_flag:
                verb = "is not flagged" if should_flag else "is flagged"
                return f"should-{side} example {text!r} {verb} by this rule"
    return None
