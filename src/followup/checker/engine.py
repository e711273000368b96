"""The engine: build the rule set from styles and settings, then check texts against it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from followup.checker import textscan
from followup.checker.corroboration import settle, weak_floors
from followup.checker.document import Context, Document
from followup.checker.kind_doubt import doubtful_rival
from followup.checker.kinds import KindGuess, infer_kind
from followup.checker.prefilter import GlobalIndex, Planned, TextIndex, Trigger, weak
from followup.checker.rules import Match, Rule
from followup.checker.rules.metric import MetricRule
from followup.checker.rules.occurrence import OccurrenceRule
from followup.checker.styles import DEFAULT_STYLE, load_style
from followup.checker.suppression import mask_and_regions, named_ids
from followup.checker.textscan import FULL_TEXT_BASE
from followup.config import cache_dir
from followup.core import Finding, MessageKind, Severity
from followup.errors import ConfigError, RuleError

if TYPE_CHECKING:
    from followup.checker.multiscan import MultiScan
    from followup.settings import Settings

# How many messages a checker checks before it loads the Hyperscan pass (multiscan.py, not
# imported before): loading it took 6 to 50 ms here, what 50 to 400 messages' checks save.
SCAN_AFTER = 100


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The findings for one text, with the kind it was checked as."""

    kind: MessageKind
    kind_source: str  # "option", "front-matter", "auto" or "caller"
    findings: list[Finding]
    guess: KindGuess | None = None  # with "auto": the inference, which can name its cues
    warnings: list[str] = field(default_factory=list)  # "LINE: problem", e.g. unknown ids
    reads_as: KindGuess | None = None  # a kind given that the message clearly does not read as

    @property
    def kind_cues(self) -> tuple[str, ...]:
        """The words the kind was inferred from; empty unless it was inferred."""
        return self.guess.cues() if self.guess is not None else ()


class Checker:
    """Checks texts against a fixed, validated list of rules."""

    def __init__(
        self,
        rules: list[Rule],
        *,
        prefilter: bool = True,
        known_ids: set[str] | None = None,
        scan: bool = False,
    ) -> None:
        """`scan`: from the SCAN_AFTER-th message on, use the Hyperscan pass (multiscan.py)
        where it is installed; a style's own checkers (its examples) do without."""
        self.rules = rules
        self.prefilter = prefilter
        self.by_id = {r.id: r for r in rules}
        # Ids a suppression comment may name: these rules, and any the settings disabled.
        known = known_ids if known_ids is not None else set(self.by_id)
        self.known_ids = known | {i.split(".", 1)[-1] for i in known}
        # One word lookup per message for every pattern set of these rules. The mapping is
        # this checker's own: the rule objects are shared, never written to.
        sets = [ps for rule in rules for ps in rule.pattern_sets()]
        self._global = GlobalIndex([(ps, ps.trigger_list) for ps in sets])
        # From the SCAN_AFTER-th message on, a Hyperscan pass may stand in for the word
        # triggers of most patterns (multiscan.py); `_scanned` are the triggers of the rest.
        self._pattern_sets = sets
        self._checked = 0 if scan and prefilter else -1  # -1: never starts the scan
        self.scan: MultiScan | None = None
        # Its twin over the text as written (textscan.py): the case-sensitive patterns and
        # the full-text patterns rules search with; `_full_text` those it holds, by number.
        self.text_scan: MultiScan | None = None
        self._full_text: dict[int, object] = {}
        self._all_blocked: frozenset[object] = frozenset()
        self._scanned: GlobalIndex | None = None
        self._first_exception = len(self._global.needs)  # the scan's numbers from here on
        self._exception_owners: list[int] = []  # id() of the rule of each exception
        self._exception_places: list[int] = []  # and its place in that rule's list
        self._settled: frozenset[int] = frozenset()
        self._plain: Callable[[str], bool] = bool  # multiscan.plain once the scan starts
        self._by_kind: dict[MessageKind, list[tuple[Rule, object | None]]] = {}
        # Weak rules and the scorer that may agree with them (checker/corroboration.py).
        self._weak = weak_floors(rules)
        self._scorer = next((r for r in rules if r.extends == "scorer"), None)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Checker:
        """The built-in etiquette style plus the user's styles, adjusted by the settings."""
        rules = load_style(DEFAULT_STYLE)
        if settings is None:
            return cls(rules, scan=True)
        known = {r.id: r for r in rules}
        for folder in settings.styles:
            for rule in load_style(folder):
                if rule.id in known:
                    raise RuleError(
                        f"{rule.source}: rule id {rule.id!r} is defined twice (also in "
                        f"{known[rule.id].source}); rename the style folder or the file"
                    )
                known[rule.id] = rule
                rules.append(rule)
        _check_ids(settings, known)
        disabled = {_resolve(i, known) for i in settings.disable}
        override = {_resolve(k, known): v for k, v in settings.severity.items()}
        selected: list[Rule] = []
        for rule in rules:
            if rule.id in disabled:
                continue
            if rule.id in override:  # the level asked for, with no second signal needed
                rule = rule.replace(severity=Severity(override[rule.id]), weak=None)
            selected.append(_apply_limits(rule, settings))
        return cls(selected, known_ids=set(known), scan=True)

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
        doc = Document(masked, kind or MessageKind.THANK_YOU, context, use_triggers=self.prefilter)
        if self.prefilter and doc.index is not None:
            doc.planned = self._plan(doc, doc.index)
        guess = None
        if kind is None:
            guess = infer_kind(doc)
            kind, kind_source = guess.kind, "auto"
            doc.kind = kind
        rival = doubtful_rival(guess)  # a near tie: one kind's duties are not checked
        findings: list[Finding] = []
        planned = doc.planned
        runs = planned.runs if planned is not None else None
        for rule, parts in self._rules_for(kind):
            if parts is not None and runs is not None and parts not in runs:
                continue  # none of its patterns can match: it has nothing to say
            if rival is not None and not rule.applies_to(rival):
                continue  # this kind's duty only, and the kind is a near tie (kind_doubt.py)
            for match in rule.matches(doc):
                if (
                    match.fix is None
                    and match.end > match.start
                    and (masked[match.start].isspace() or masked[match.end - 1].isspace())
                ):
                    match = _trimmed(masked, match)  # a span never starts on a blank line
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
                        fix_is_safe=match.fix is not None and rule.safe,
                    )
                )
        findings.sort(key=Finding.sort_key)
        if self._weak and findings:
            findings = settle(findings, doc, self._weak, self._scorer)
        result = CheckResult(kind, kind_source, findings, guess)
        if "<!--" in text:
            for offset, directive, rule_id in named_ids(text):
                if rule_id not in self.known_ids:
                    line = doc.position(offset)[0]
                    result.warnings.append(
                        f"{line}: followup-{directive} names an unknown rule id {rule_id!r} "
                        "(see `followup rules`)"
                    )
        return result

    def _rules_for(self, kind: MessageKind) -> list[tuple[Rule, object | None]]:
        """The rules that check this kind, in order, each with the pattern set whose
        candidates it needs (None: it runs whatever the trigger test found). Every pattern
        set of these rules is in the checker's word index, so a set with no candidate for a
        message means its rule would find nothing."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [
                (rule, rule.parts if rule.needs_hits else None)
                for rule in self.rules
                if rule.applies_to(kind)
            ]
        return found

    def _plan(self, doc: Document, index: TextIndex) -> Planned:
        """The patterns to run: those the Hyperscan pass finds possible plus the word
        triggers of the others, where the pass can read the text; else the word triggers."""
        scan, text_scan = self.scan, self.text_scan
        if scan is None:
            if self._checked >= 0:
                self._checked += 1
                if self._checked == SCAN_AFTER:
                    self.start_scan()
        elif (
            scan.ready
            and (text_scan is None or text_scan.ready)
            and doc.lower is not None
            and self._plain(doc.text)
        ):
            if self._scanned is None:
                self._prepare_scanned(scan, text_scan)
            assert self._scanned is not None
            hits = scan.hits(doc.lower)
            first = self._first_exception
            patterns = [n for n in hits if n < first]
            settled = self._settled
            possible: dict[int, list[int]] | None = None
            if len(patterns) < len(hits):
                owners, places = self._exception_owners, self._exception_places
                possible = {}
                for n in hits:
                    if n >= first:
                        owner = owners[n - first]
                        if owner in settled:  # the pass holds all of this rule's exceptions
                            possible.setdefault(owner, []).append(places[n - first])
                settled = settled.difference([owners[n - first] for n in hits if n >= first])
            blocked = self._all_blocked
            if text_scan is not None:
                for n in text_scan.hits(doc.text):
                    if n < FULL_TEXT_BASE:
                        patterns.append(n)  # a case-sensitive pattern that can match
                    elif blocked:
                        blocked = blocked.difference((self._full_text[n],))
            return self._scanned.candidates(index, patterns, settled, possible, blocked)
        return self._global.candidates(index)

    def start_scan(self) -> MultiScan | None:
        """Load the Hyperscan database or start compiling it (None without the wheel).

        It holds the case-insensitive patterns whose word triggers hold for many messages
        (prefilter.weak: the others' triggers already rule them out cheaply, and a smaller
        database stays in the processor's cache) or that have no anchor words (a candidate
        without them is searched through the whole message, 5 to 20 µs for the long
        alternations, where a match is tried only where its words start; the 13 such
        patterns of the etiquette style made the database 15% larger and its scan no
        slower), numbered as the GlobalIndex numbers them, and after them the rules'
        exceptions."""
        from followup.checker.multiscan import plain, scanner
        from followup.checker.rules import slots

        slots.start_scan(cache_dir())  # the fragment rule's slots get their own pass
        self._plain = plain
        numbered = [
            (number, pattern)
            for number, (ps, pattern, trigger, anchor) in enumerate(
                (ps, p, t, a)
                for ps in self._pattern_sets
                for p, t, a in zip(ps.patterns, ps.trigger_list, ps.anchors, strict=True)
            )
            if ps.ignorecase and (anchor is None or weak(trigger))
        ]
        exceptions = [
            (id(rule), place, p)
            for rule in self.rules
            for place, p in enumerate(rule.exception_patterns())
        ]
        numbered += [(self._first_exception + k, p) for k, (_, _, p) in enumerate(exceptions)]
        self._exception_owners = [owner for owner, _, _ in exceptions]
        self._exception_places = [place for _, place, _ in exceptions]
        self.scan = scanner(numbered, cache_dir(), edges=True)
        # The text as written (textscan.py): the case-sensitive patterns, by the same numbers,
        # and the full-text patterns rules search with, from FULL_TEXT_BASE on.
        as_written = [
            (number, pattern)
            for number, (ps, pattern) in enumerate(
                (ps, p) for ps in self._pattern_sets for p in ps.patterns
            )
            if not ps.ignorecase
        ]
        registered = {FULL_TEXT_BASE + k: entry for k, entry in enumerate(textscan.REGISTERED)}
        as_written += [(n, rx.pattern) for n, (rx, _) in registered.items()]
        caseless = frozenset(n for n, (_, f) in registered.items() if f & re.IGNORECASE)
        self._full_text = {n: rx for n, (rx, _) in registered.items()}
        self.text_scan = scanner(
            as_written, cache_dir(), frozenset(n for n, _ in as_written), caseless, edges=True
        )
        return self.scan

    def _prepare_scanned(self, scan: MultiScan, text_scan: MultiScan | None) -> None:
        """The word triggers of the patterns neither scan holds, the rules whose exceptions
        the scan holds all of (settled unless one of them is found), and the full-text
        patterns the text scan holds (blocked unless it finds one possible)."""
        sets: list[tuple[object, list[Trigger]]] = [
            (ps, ps.trigger_list) for ps in self._pattern_sets
        ]
        inside = scan.inside
        if text_scan is not None:
            inside = inside | text_scan.inside
            self._full_text = {n: rx for n, rx in self._full_text.items() if n in text_scan.inside}
            self._all_blocked = frozenset(self._full_text.values())
        self._scanned = GlobalIndex(sets, skip=inside)
        first, owners = self._first_exception, self._exception_owners
        numbers = [n for n, _ in scan.patterns if n >= first]
        refused = {owners[n - first] for n in numbers if n not in scan.inside}
        self._settled = frozenset(owners[n - first] for n in numbers) - refused


def _trimmed(text: str, match: Match) -> Match:
    """The match without white space at either end (when anything else is left)."""
    segment = text[match.start : match.end]
    if not segment.strip():
        return match
    start = match.start + len(segment) - len(segment.lstrip())
    return match._replace(start=start, end=start + len(segment.strip()))


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
    """Fold the user's per-kind limits into the rules that declare a config limit."""
    if isinstance(rule, MetricRule) and rule.config_limit == "max-words":
        per_kind = {k: dict(v) for k, v in rule.per_kind.items()}
        for kind, limits in settings.limits.items():
            if limits.max_words is not None:
                per_kind.setdefault(MessageKind(kind), {})["max"] = limits.max_words
        return rule.replace(per_kind=per_kind)
    if isinstance(rule, OccurrenceRule) and rule.config_limit == "max-questions":
        max_per_kind = dict(rule.max_per_kind)
        for kind, limits in settings.limits.items():
            if limits.max_questions is not None:
                max_per_kind[MessageKind(kind)] = limits.max_questions
        return rule.replace(max_per_kind=max_per_kind)
    return rule
