"""Rule types, one small module each, and the registry that maps `extends:` to a class."""

from __future__ import annotations

from followup.checker.rules.base import Match, Rule
from followup.checker.rules.capitalization import CapitalizationRule
from followup.checker.rules.context import ContextRule
from followup.checker.rules.existence import ExistenceRule
from followup.checker.rules.metric import MetricRule
from followup.checker.rules.occurrence import OccurrenceRule
from followup.checker.rules.scorer import ScorerRule
from followup.checker.rules.substitution import SubstitutionRule

RULE_TYPES: dict[str, type[Rule]] = {
    cls.extends: cls
    for cls in (
        ExistenceRule,
        SubstitutionRule,
        OccurrenceRule,
        MetricRule,
        CapitalizationRule,
        ContextRule,
        ScorerRule,
    )
}

__all__ = ["RULE_TYPES", "Match", "Rule"]
