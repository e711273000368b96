"""Load a style: a folder of YAML rule files, each validated by its rule type on load."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from followup.checker.rules import RULE_TYPES, Rule
from followup.errors import RuleError
from followup.yamlio import load_yaml

BUILTIN_STYLES = Path(__file__).parent / "styles"
DEFAULT_STYLE = BUILTIN_STYLES / "etiquette"


def describe_validation_error(exc: ValidationError) -> str:
    """One line naming the first bad field and why."""
    err = exc.errors()[0]
    loc = ".".join(str(part) for part in err["loc"]) or "(top level)"
    msg = err["msg"].removeprefix("Value error, ")
    return f"field '{loc}': {msg}"


def load_rule(path: Path, style: str) -> Rule:
    """Parse and validate one rule file; raise RuleError naming the file and field."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise RuleError(f"{path}: not valid YAML{at}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of fields")
    kind = data.get("extends")
    if kind not in RULE_TYPES:
        valid = ", ".join(RULE_TYPES)
        raise RuleError(f"{path}: field 'extends': unknown rule type {kind!r}; valid: {valid}")
    rule_id = f"{style}.{path.stem}"
    if "id" in data and data["id"] != rule_id:
        raise RuleError(f"{path}: field 'id': {data['id']!r} does not match the file ({rule_id})")
    data["id"] = rule_id
    data["source"] = str(path)
    try:
        return RULE_TYPES[kind].model_validate(data)
    except ValidationError as exc:
        raise RuleError(f"{path}: {describe_validation_error(exc)}") from None


def load_style(folder: Path) -> list[Rule]:
    """Every *.yml / *.yaml rule in a style folder, sorted by id."""
    if not folder.is_dir():
        raise RuleError(f"{folder}: style folder not found")
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    if not files:
        raise RuleError(f"{folder}: style folder has no .yml rule files")
    return [load_rule(f, folder.name) for f in files]
