"""Rule types, one small module each, and the registry that maps `extends:` to a class.

The registry is derived from the classes themselves (each names itself in `extends`), so
adding a rule type is adding its module here; nothing else lists the types.
"""

from __future__ import annotations

from followup.checker.rules import (
    capitalization,
    checkin_offer,  # noqa: F401  (registers the check-in-offer context check)
    context,
    existence,
    metric,
    occurrence,
    scorer,
    substitution,
)
from followup.checker.rules.base import Match, Rule

_MODULES = (existence, substitution, occurrence, metric, capitalization, context, scorer)


def _all_types(cls: type[Rule]) -> list[type[Rule]]:
    found: list[type[Rule]] = []
    for sub in cls.__subclasses__():
        found.extend([sub, *_all_types(sub)])
    return found


RULE_TYPES: dict[str, type[Rule]] = {cls.extends: cls for cls in _all_types(Rule) if cls.extends}

__all__ = ["RULE_TYPES", "Match", "Rule"]
