"""Validate a rule file against its rule type: the type's dataclass is the schema.

Each rule type (checker/rules/) declares its fields and defaults once, as a dataclass.
pydantic validates the raw YAML data against that dataclass (field types, kebab-case keys
such as `min-letters`, unknown keys rejected), then the type's own `validate` checks what
types cannot say (patterns compile, a bound is given). This runs only when a style folder
changes; the validated rules are cached as plain data (see styles.py), so a warm
`followup lint` never imports pydantic.
"""

from __future__ import annotations

import re
from dataclasses import fields
from typing import Any

from pydantic import ConfigDict, TypeAdapter, ValidationError

from followup.checker.examples import CONTEXT_KEYS, Example
from followup.checker.rules import RULE_TYPES, Rule
from followup.errors import RuleError

# Fields a rule file may not set: the loader fills them in.
LOADER_FIELDS = frozenset({"source", "triggers", "anchors", "exception_triggers"})


def yaml_key(name: str) -> str:
    """A field's key in a rule file: min_letters -> min-letters."""
    return name.replace("_", "-")


_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


def _adapter(cls: type[Rule]) -> TypeAdapter[Any]:
    """pydantic's validator for a rule type's dataclass, built once."""
    if cls.extends not in _ADAPTERS:
        # Compiled state (init=False fields) needs no schema: allow its types as they are.
        config = ConfigDict(extra="forbid", alias_generator=yaml_key, arbitrary_types_allowed=True)
        setattr(cls, "__pydantic_config__", config)  # noqa: B010  (read by pydantic)
        _ADAPTERS[cls.extends] = TypeAdapter(cls)
    return _ADAPTERS[cls.extends]


_EXAMPLES: TypeAdapter[Any] | None = None


def validate_rule(data: dict[str, Any], source: str = "") -> Rule:
    """The rule a file's data describes; ValueError or ValidationError when it is wrong.
    `source` is the rule file's path (a rule may name files next to it)."""
    global _EXAMPLES
    cls = RULE_TYPES[data.pop("extends")]
    for key in LOADER_FIELDS & set(data):
        raise ValueError(f"field '{key}': is set by the loader, not in a rule file")
    if _EXAMPLES is None:
        _EXAMPLES = TypeAdapter(dict[str, list[str | Example]])
    try:
        _EXAMPLES.validate_python(data.get("examples", {}))  # the facts of each example
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc, cls, prefix="examples")) from None
    rule: Rule = _adapter(cls).validate_python({**data, "source": source} if source else data)
    rule.validate()
    return rule


def known_keys(cls: type[Rule]) -> list[str]:
    """The keys a rule file of this type may have."""
    return [yaml_key(f.name) for f in fields(cls) if f.init and f.name not in LOADER_FIELDS]


def describe_validation_error(exc: ValidationError, cls: type[Rule], prefix: str = "") -> str:
    """One line naming the first bad field and why. Of the alternatives an example may be
    (a string or a mapping), the mapping's complaint is the telling one."""
    errors = exc.errors()
    err = next((e for e in errors if "Example" in e["loc"]), errors[0])
    parts = [prefix] if prefix else []
    parts += [str(p) for p in err["loc"] if p != "Example"]
    loc = ".".join(parts) or "(top level)"
    msg = re.sub(r"^Value error, ", "", err["msg"])
    if err["type"] == "unexpected_keyword_argument" and prefix:
        msg = f"unknown fact; an example may have: text, kind, {', '.join(CONTEXT_KEYS)}"
    elif err["type"] == "unexpected_keyword_argument":
        msg = f"unknown field; {cls.extends} rules have: {', '.join(known_keys(cls))}"
    elif err["type"] == "missing_keyword_argument":
        msg = "required"
    return f"field '{loc}': {msg}"


def check_rule_data(path: str, data: dict[str, Any]) -> Rule:
    """validate_rule, with any problem as a RuleError naming the file and field."""
    cls = RULE_TYPES[data["extends"]]
    try:
        return validate_rule(data, source=path)
    except ValidationError as exc:
        raise RuleError(f"{path}: {describe_validation_error(exc, cls)}") from None
    except ValueError as exc:
        raise RuleError(f"{path}: {exc}") from None
