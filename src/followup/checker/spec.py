"""The rule-file schema: one pydantic model per rule type, used to validate YAML on load.

Validation happens once per change of a style folder; the validated rules are cached as
plain data (see styles.py), so a warm `followup lint` never imports pydantic.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from followup.checker.rules.base import compile_checked, phrase_to_regex
from followup.checker.rules.context import CONTEXT_CHECKS
from followup.core import MessageKind, Severity


def _check_patterns(patterns: list[str], *, allow_groups: bool = True) -> list[str]:
    for p in patterns:
        compiled = compile_checked(phrase_to_regex(p))
        if not allow_groups and compiled.groups:
            raise ValueError(f"pattern {p!r} has a capturing group; use (?:...)")
    return patterns


class Example(BaseModel):
    """An example message with the facts a context rule needs."""

    model_config = ConfigDict(extra="forbid")

    text: str
    kind: MessageKind | None = None
    recipient: str | None = None
    company: str | None = None
    days_since_interview: int | None = None
    inquiries_sent: int | None = None
    check_ins_last_30_days: int | None = None
    known_facts: str | None = None
    topics: list[str] | None = None
    days_until_decision: int | None = None


class Examples(BaseModel):
    """Messages this rule must flag and messages it must leave alone."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    flag: list[str | Example] = Field(min_length=1)
    pass_: list[str | Example] = Field(min_length=1, alias="pass")


class RuleSpec(BaseModel):
    """Fields every rule file has."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str
    source: str = ""
    extends: str
    message: str = Field(min_length=1)
    severity: Severity = Severity.WARNING
    kinds: list[MessageKind] | None = None
    description: str = ""
    examples: Examples


class ExistenceSpec(RuleSpec):
    """existence: tokens (word-bounded), patterns (raw), exceptions."""

    extends: Literal["existence"]
    tokens: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    exceptions: list[str] = Field(default_factory=list)
    fix: str | None = None
    ignorecase: bool = True

    @field_validator("tokens", "exceptions")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return _check_patterns(value)

    @field_validator("patterns")
    @classmethod
    def _raw_compiles(cls, value: list[str]) -> list[str]:
        for p in value:
            compile_checked(p)
        return value

    @model_validator(mode="after")
    def _has_something(self) -> ExistenceSpec:
        if not self.tokens and not self.patterns:
            raise ValueError("an existence rule needs 'tokens' or 'patterns'")
        return self


class SubstitutionSpec(RuleSpec):
    """substitution: swap (pattern -> replacement), safe."""

    extends: Literal["substitution"]
    swap: dict[str, str] = Field(min_length=1)
    safe: bool = True

    @field_validator("swap")
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        _check_patterns(list(value), allow_groups=False)
        return value


class OccurrenceSpec(RuleSpec):
    """occurrence: token, max, max-per-kind, config-limit."""

    extends: Literal["occurrence"]
    token: str = Field(min_length=1)
    max: int = Field(ge=0)
    max_per_kind: dict[MessageKind, int] = Field(default_factory=dict, alias="max-per-kind")
    config_limit: Literal["max-questions"] | None = Field(default=None, alias="config-limit")

    @field_validator("token")
    @classmethod
    def _compiles(cls, value: str) -> str:
        compile_checked(value)
        return value


class Limits(BaseModel):
    """A range: either bound may be left open."""

    model_config = ConfigDict(extra="forbid")

    min: float | None = None
    max: float | None = None


class MetricSpec(RuleSpec):
    """metric: words, sentence-words or grade, with min/max and per-kind ranges."""

    extends: Literal["metric"]
    metric: Literal["words", "sentence-words", "grade"]
    min: float | None = None
    max: float | None = None
    per_kind: dict[MessageKind, Limits] = Field(default_factory=dict, alias="per-kind")

    @model_validator(mode="after")
    def _has_bound(self) -> MetricSpec:
        if self.min is None and self.max is None and not self.per_kind:
            raise ValueError("a metric rule needs 'min', 'max' or 'per-kind'")
        return self


class CapitalizationSpec(RuleSpec):
    """capitalization: min-letters, min-run, allow."""

    extends: Literal["capitalization"]
    min_letters: int = Field(default=4, ge=2, alias="min-letters")
    min_run: int = Field(default=2, ge=2, alias="min-run")
    allow: list[str] = Field(default_factory=list)


class ContextSpec(RuleSpec):
    """context: the name of a registered check, and its parameters."""

    extends: Literal["context"]
    check: str
    params: dict[str, int | str] = Field(default_factory=dict)

    @field_validator("check")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in CONTEXT_CHECKS:
            valid = ", ".join(sorted(CONTEXT_CHECKS))
            raise ValueError(f"unknown context check {value!r}; valid: {valid}")
        return value


SPECS: dict[str, type[RuleSpec]] = {
    "existence": ExistenceSpec,
    "substitution": SubstitutionSpec,
    "occurrence": OccurrenceSpec,
    "metric": MetricSpec,
    "capitalization": CapitalizationSpec,
    "context": ContextSpec,
}


def validate_rule(data: dict[str, Any]) -> dict[str, Any]:
    """Validate raw rule data; return plain JSON-able data (python field names)."""
    spec = SPECS[data["extends"]].model_validate(data)
    dumped = spec.model_dump(mode="json", exclude_none=True)
    examples = dumped["examples"]
    examples["pass"] = examples.pop("pass_")
    return dumped


def describe_validation_error(exc: ValidationError) -> str:
    """One line naming the first bad field and why."""
    err = exc.errors()[0]
    loc = ".".join(str(part) for part in err["loc"]) or "(top level)"
    msg = re.sub(r"^Value error, ", "", err["msg"])
    return f"field '{loc}': {msg}"
