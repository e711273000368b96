"""The engine: build the rule set from styles and settings, then check texts against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from followup.checker.document import Context, Document
from followup.checker.kinds import infer_kind
from followup.checker.rules import Rule
from followup.checker.rules.metric import Limits, MetricRule
from followup.checker.rules.occurrence import OccurrenceRule
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.checker.suppression import mask_and_regions
from followup.config import Settings
from followup.errors import ConfigError
from followup.models import Finding, MessageKind


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The findings for one text, with the kind it was checked as."""

    kind: MessageKind
    kind_source: str  # "option", "front-matter", "auto" or "caller"
    findings: list[Finding]


class Checker:
    """Checks texts against a fixed, validated list of rules."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.by_id = {r.id: r for r in rules}

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Checker:
        """The built-in etiquette style plus the user's styles, adjusted by the settings."""
        settings = settings or Settings()
        rules = load_style(DEFAULT_STYLE)
        for folder in settings.styles:
            rules.extend(load_style(folder))
        known = {r.id: r for r in rules}
        _check_ids(settings, known)
        disabled = {_resolve(i, known) for i in settings.disable}
        selected: list[Rule] = []
        for rule in rules:
            if rule.id in disabled:
                continue
            override = {_resolve(k, known): v for k, v in settings.severity.items()}
            if rule.id in override:
                rule = rule.model_copy(update={"severity": override[rule.id]})
            selected.append(_apply_limits(rule, settings))
        return cls(selected)

    def check(
        self,
        text: str,
        kind: MessageKind | None = None,
        context: Context | None = None,
        *,
        kind_source: str = "caller",
    ) -> CheckResult:
        """Run every rule that applies to the kind; infer the kind when none is given."""
        masked, regions = mask_and_regions(text)
        if kind is None:
            kind, kind_source = infer_kind(masked), "auto"
        doc = Document(masked, kind, context)
        findings: list[Finding] = []
        for rule in self.rules:
            if not rule.applies_to(kind):
                continue
            for match in rule.matches(doc):
                if regions and any(r.covers(match.start, rule.id) for r in regions):
                    continue
                line, column = doc.position(match.start)
                findings.append(
                    Finding(
                        rule_id=rule.id,
                        severity=rule.severity,
                        message=rule.render_message(doc, match),
                        start=match.start,
                        end=match.end,
                        line=line,
                        column=column,
                        match=text[match.start : match.end],
                        fix=match.fix,
                        fix_is_safe=match.fix is not None and getattr(rule, "safe", False),
                    )
                )
        findings.sort(key=Finding.sort_key)
        return CheckResult(kind, kind_source, findings)


def _resolve(rule_id: str, known: dict[str, Rule]) -> str:
    """Accept a full id (etiquette.begging) or a short one (begging)."""
    if rule_id in known:
        return rule_id
    for full in known:
        if full.split(".", 1)[-1] == rule_id:
            return full
    return rule_id


def _check_ids(settings: Settings, known: dict[str, Rule]) -> None:
    where = settings.source or Path("settings")
    for rule_id in [*settings.disable, *settings.severity]:
        if _resolve(rule_id, known) not in known:
            raise ConfigError(f"{where}: unknown rule id {rule_id!r} (see `followup rules`)")


def _apply_limits(rule: Rule, settings: Settings) -> Rule:
    """Fold the user's per-kind limits into the word-count and question-count rules."""
    if not settings.limits:
        return rule
    if isinstance(rule, MetricRule) and rule.metric == "words":
        per_kind = dict(rule.per_kind)
        for kind, limits in settings.limits.items():
            if limits.max_words is not None:
                old = per_kind.get(kind, Limits())
                per_kind[kind] = Limits(min=old.min, max=limits.max_words)
        return rule.model_copy(update={"per_kind": per_kind})
    if isinstance(rule, OccurrenceRule) and rule.config_limit == "max-questions":
        max_per_kind = dict(rule.max_per_kind)
        for kind, limits in settings.limits.items():
            if limits.max_questions is not None:
                max_per_kind[kind] = limits.max_questions
        return rule.model_copy(update={"max_per_kind": max_per_kind})
    return rule
