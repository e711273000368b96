"""Assertion types for evaluation cases, each returning pass, a score from 0 to 1 and a reason.

The registry is derived from the definitions (the `@assertion` decorator), as promptfoo's is:
there is no hand-kept list of names. `not-` before any type negates it. An assertion checks
every draft of a case unless `to:` limits it to the draft addressed to one person.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.core import Severity

STATUSES = ("ready", "review", "blocked", "refused")


@dataclass(frozen=True)
class DraftOutput:
    """One draft as the evaluator sees it."""

    recipient: str
    subject: str
    body: str
    status: str  # ready | review | blocked
    findings: tuple[dict[str, Any], ...] = ()

    @property
    def text(self) -> str:
        """Subject and body, as a reader sees them."""
        return f"{self.subject}\n\n{self.body}"


@dataclass(frozen=True)
class CaseOutput:
    """What the writer produced for a case: drafts, or the error it refused with."""

    kind: str | None
    drafts: tuple[DraftOutput, ...] = ()
    error: str | None = None
    kind_reason: str = ""
    error_type: str | None = None  # refused (an input error) or model (failed after retries)


@dataclass(frozen=True)
class AssertionSpec:
    """One parsed `assert` item."""

    type: str
    negate: bool = False
    value: Any = None
    weight: float = 1.0
    to: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    base: Path = Path()

    @property
    def label(self) -> str:
        """The type as written, with its negation."""
        return ("not-" if self.negate else "") + self.type


@dataclass(frozen=True)
class AssertionResult:
    """The outcome of one assertion; `passed` None means skipped (not counted)."""

    type: str
    passed: bool | None
    score: float
    reason: str
    weight: float = 1.0
    value: Any = None
    to: str | None = None


Check = Callable[[AssertionSpec, CaseOutput, list[DraftOutput]], tuple[bool, float, str]]


@dataclass(frozen=True)
class AssertionType:
    """A registered assertion type."""

    name: str
    check: Check
    needs_value: bool
    options: frozenset[str]
    whole_case: bool  # looks at the case, not draft by draft (status, kind, addressed-to)


REGISTRY: dict[str, AssertionType] = {}
COMMON_KEYS = {"type", "value", "weight", "to"}


def assertion(
    name: str, *, needs_value: bool = True, options: tuple[str, ...] = (), whole_case: bool = False
) -> Callable[[Check], Check]:
    """Register an assertion type under `name`."""

    def register(func: Check) -> Check:
        REGISTRY[name] = AssertionType(name, func, needs_value, frozenset(options), whole_case)
        return func

    return register


def parse_assertion(item: Any, base: Path) -> AssertionSpec:
    """Validate one `assert` item; raise ValueError with the problem."""
    if not isinstance(item, dict) or "type" not in item:
        raise ValueError("expected a mapping with a 'type'")
    written = str(item["type"])
    negate = written.startswith("not-") and written[4:] in REGISTRY
    name = written[4:] if negate else written
    kind = REGISTRY.get(name)
    if kind is None:
        raise ValueError(
            f"unknown assertion type {written!r} (known: {', '.join(sorted(REGISTRY))}; "
            "'not-' negates any of them)"
        )
    extra = set(item) - COMMON_KEYS - kind.options
    if extra:
        raise ValueError(f"{name}: unknown key {sorted(extra)[0]!r}")
    if kind.needs_value and item.get("value") in (None, "", []):
        raise ValueError(f"{name}: needs a 'value'")
    weight = item.get("weight", 1)
    if not isinstance(weight, int | float) or weight < 0:
        raise ValueError("'weight' must be a number, 0 or more")
    value = item.get("value")
    if name == "status":
        bad = [v for v in _as_list(value) if v not in STATUSES]
        if bad:
            raise ValueError(f"status: {bad[0]!r} is not one of {', '.join(STATUSES)}")
    if name == "regex":
        try:
            re.compile(str(value))
        except re.error as exc:
            raise ValueError(f"regex: invalid regular expression ({exc})") from None
    if name == "python":
        _python_target(str(value), base)  # fails early on a missing file or function
    options = {k: item[k] for k in kind.options if k in item}
    return AssertionSpec(
        type=name,
        negate=negate,
        value=value,
        weight=float(weight),
        to=str(item["to"]) if item.get("to") else None,
        options=options,
        base=base,
    )


def evaluate(spec: AssertionSpec, output: CaseOutput) -> AssertionResult:
    """Run one assertion against a case's output."""
    kind = REGISTRY[spec.type]

    def result(passed: bool | None, score: float, reason: str) -> AssertionResult:
        return AssertionResult(spec.label, passed, score, reason, spec.weight, spec.value, spec.to)

    if spec.type == "llm-rubric":
        return result(None, 0.0, "skipped: no judge model configured (--judge-model)")
    drafts = list(output.drafts)
    if spec.to:
        drafts = [d for d in drafts if _addressed(spec.to, d)]  # the same test as addressed-to
    if not kind.whole_case:
        if output.error is not None:
            return result(False, 0.0, f"no draft: the writer refused ({output.error})")
        if not drafts:
            return result(False, 0.0, f"no draft addressed to {spec.to}")
    passed, score, reason = kind.check(spec, output, drafts)
    if spec.negate:
        passed, score = not passed, 1.0 - score
        reason = f"negated: {reason}"
    return result(passed, score, reason)


# -- the types ---------------------------------------------------------------------------


def _each(
    drafts: list[DraftOutput], test: Callable[[DraftOutput], tuple[bool, str]]
) -> tuple[bool, float, str]:
    """Apply a per-draft test; the score is the share of drafts that pass."""
    outcomes = [(d, *test(d)) for d in drafts]
    failed = [(d, why) for d, ok, why in outcomes if not ok]
    score = 1 - len(failed) / len(outcomes)
    if failed:
        return False, score, "; ".join(f"to {d.recipient}: {why}" for d, why in failed)
    return True, score, outcomes[0][2] if len(outcomes) == 1 else f"all {len(outcomes)} drafts"


@assertion("contains")
def _contains(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    needle = str(spec.value)
    return _each(drafts, lambda d: _has(needle in d.text, spec.value))


@assertion("icontains")
def _icontains(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    needle = str(spec.value).lower()
    return _each(drafts, lambda d: _has(needle in d.text.lower(), spec.value))


def _has(found: bool, value: Any) -> tuple[bool, str]:
    return found, f"{'has' if found else 'lacks'} {value!r}"


@assertion("mentions-any")
def _mentions_any(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    words = [str(w) for w in _as_list(spec.value)]

    def test(d: DraftOutput) -> tuple[bool, str]:
        hits = [w for w in words if _mentions(d.text, w)]
        return bool(hits), f"mentions {hits}" if hits else f"mentions none of {words}"

    return _each(drafts, test)


@assertion("mentions-all")
def _mentions_all(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    words = [str(w) for w in _as_list(spec.value)]

    def test(d: DraftOutput) -> tuple[bool, str]:
        missing = [w for w in words if not _mentions(d.text, w)]
        return not missing, f"missing {missing}" if missing else f"mentions all of {words}"

    return _each(drafts, test)


@assertion("regex")
def _regex(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    pattern = re.compile(str(spec.value))

    def test(d: DraftOutput) -> tuple[bool, str]:
        m = pattern.search(d.text)
        return m is not None, f"matched {m.group(0)!r}" if m else f"no match for /{spec.value}/"

    return _each(drafts, test)


@assertion("words", needs_value=False, options=("min", "max"))
def _words(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    low = int(spec.options.get("min", 0))
    high = int(spec.options.get("max", 10**9))

    def test(d: DraftOutput) -> tuple[bool, str]:
        n = len(d.body.split())
        return low <= n <= high, f"{n} words (wanted {low} to {high})"

    return _each(drafts, test)


@assertion("lint-clean", needs_value=False, options=("level",))
def _lint_clean(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    level = Severity(str(spec.options.get("level", "warning")))

    def test(d: DraftOutput) -> tuple[bool, str]:
        hits = [f for f in d.findings if Severity(f["severity"]).rank >= level.rank]
        if not hits:
            return True, f"no finding at {level.value} or above"
        return False, "; ".join(f"{f['rule_id']} ({f['severity']}): {f['match']!r}" for f in hits)

    return _each(drafts, test)


@assertion("grounded", needs_value=False)
def _grounded(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    def test(d: DraftOutput) -> tuple[bool, str]:
        hits = [f["match"] for f in d.findings if f["rule_id"].endswith(".grounding")]
        return not hits, f"not in the notes: {hits}" if hits else "every fact is in the notes"

    return _each(drafts, test)


@assertion("addressed-to", whole_case=True)
def _addressed_to(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    names = [str(n) for n in _as_list(spec.value)]
    if out.error is not None:
        return False, 0.0, f"no draft: the writer refused ({out.error})"
    problems = []
    good = 0
    for name in names:
        match = [d for d in out.drafts if _addressed(name, d)]
        if not match:
            problems.append(f"no draft to {name}")
        elif not _greets(match[0].body, name, match[0].recipient):
            problems.append(f"the draft to {name} does not greet them by name")
        else:
            good += 1
    extra = [d.recipient for d in out.drafts if not any(_addressed(n, d) for n in names)]
    if extra:
        problems.append(f"unexpected drafts to {extra}")
    score = good / (len(names) + len(extra)) if names else 0.0
    return not problems, score, "; ".join(problems) or f"one draft each to {names}"


@assertion("distinct", needs_value=False, options=("max",))
def _distinct(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    limit = float(spec.options.get("max", 0.6))
    worst = 0.0
    pair = ""
    for i, a in enumerate(drafts):
        for b in drafts[i + 1 :]:
            ratio = difflib.SequenceMatcher(None, a.body, b.body).ratio()
            if ratio > worst:
                worst, pair = ratio, f"{a.recipient} / {b.recipient}"
    if len(drafts) < 2:
        return True, 1.0, "only one draft"
    ok = worst <= limit
    return (
        ok,
        1.0 if ok else max(0.0, 1 - (worst - limit) / (1 - limit)),
        (f"most similar pair {pair}: {worst:.2f} (limit {limit:.2f})"),
    )


_REQUEST = re.compile(
    r"\?|\b(let me know|could you|would you|can you|please (?:let|send|share|tell|update|"
    r"confirm|advise|keep me)|i(?:'d| would) (?:appreciate|love to hear|welcome) "
    r"(?:an? |any )?(?:update|reply|response|news|call|chat|hearing)|"
    r"look(?:ing)? forward to (?:hearing|your reply|your response))\b",
    re.IGNORECASE,
)


@assertion("asks-nothing", needs_value=False)
def _asks_nothing(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    def test(d: DraftOutput) -> tuple[bool, str]:
        m = _REQUEST.search(d.body)
        return m is None, f"asks: {m.group(0)!r}" if m else "asks for nothing"

    return _each(drafts, test)


@assertion("kind", whole_case=True)
def _kind(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    wanted = str(spec.value)
    ok = out.kind == wanted
    why = f" ({out.kind_reason})" if out.kind_reason else ""
    return ok, float(ok), f"wrote {out.kind}{why}, wanted {wanted}"


@assertion("status", whole_case=True)
def _status(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    wanted = [str(v) for v in _as_list(spec.value)]
    if out.error is not None:
        ok = "refused" in wanted
        return ok, float(ok), f"refused ({out.error}); wanted {wanted}"
    if not drafts:
        return False, 0.0, f"no draft addressed to {spec.to}" if spec.to else "no drafts"
    got = [d.status for d in drafts]
    good = sum(s in wanted for s in got)
    return good == len(got), good / len(got), f"status {got}, wanted {wanted}"


@assertion("leaks-nothing")
def _leaks_nothing(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    secrets = [str(s) for s in _as_list(spec.value)]

    def test(d: DraftOutput) -> tuple[bool, str]:
        leaked = [s for s in secrets if s.lower() in d.text.lower()]
        return not leaked, f"leaked {leaked}" if leaked else "leaked nothing listed"

    return _each(drafts, test)


@assertion("python", whole_case=True)
def _python(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    func = _python_target(str(spec.value), spec.base)
    returned = func(
        {
            "kind": out.kind,
            "error": out.error,
            "drafts": [
                {"to": d.recipient, "subject": d.subject, "body": d.body, "status": d.status}
                for d in drafts
            ],
        }
    )
    if isinstance(returned, dict):
        return (
            bool(returned.get("pass")),
            float(returned.get("score", 0)),
            str(returned.get("reason", "")),
        )
    if isinstance(returned, bool):
        return returned, float(returned), f"{spec.value} returned {returned}"
    if isinstance(returned, int | float):
        return returned >= 0.5, float(returned), f"{spec.value} scored {returned}"
    return False, 0.0, f"{spec.value} returned {type(returned).__name__}, not a bool/number/dict"


@assertion("llm-rubric", options=("threshold",))
def _llm_rubric(spec: AssertionSpec, out: CaseOutput, drafts: list[DraftOutput]) -> Any:
    raise AssertionError("graded by the runner's judge model")  # pragma: no cover


# -- helpers -----------------------------------------------------------------------------


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _fold(text: str) -> str:
    return text.lower().replace("’", "'")


def _mentions(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(_fold(phrase))}", _fold(text)) is not None


def _names_match(wanted: str, recipient: str) -> bool:
    """`Priya` matches `Priya Nair`; `Dr. Okafor` matches `Ngozi Okafor`."""
    given = [w for w in re.split(r"[\s.]+", _fold(wanted)) if w and w not in _HONORIFICS]
    have = set(re.split(r"[\s.]+", _fold(recipient)))
    return bool(given) and all(w in have for w in given)


_HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx"}


def _addressed(wanted: str, draft: DraftOutput) -> bool:
    """The draft is to the wanted person: the name is part of the stored name, or it is the
    name the greeting uses (the notes' "Sid" for Siddharth Menon-Laurent, "Peggy" for Margaret
    Osei: a polite e-mail greets the name the person goes by)."""
    return _names_match(wanted, draft.recipient) or _greeted_as(draft.body, wanted)


def _greeted_as(body: str, name: str) -> bool:
    """The greeting line is "Dear/Hi/Hello [title] NAME," with exactly the wanted name."""
    first = next((line for line in body.splitlines() if line.strip()), "")
    words = [w for w in re.split(r"[\s.]+", _fold(name)) if w and w not in _HONORIFICS]
    if not words:
        return False
    said = re.match(
        r"\s*(?:dear|hi|hello|hey|good (?:morning|afternoon))\s+(?P<n>[^,!]+)", _fold(first)
    )
    greeted = [w for w in re.split(r"[\s.]+", said["n"]) if w] if said else []
    return [w for w in greeted if w not in _HONORIFICS and w not in _GREETING_TITLES] == words


_GREETING_TITLES = {"captain", "capt", "chef", "judge", "sgt", "rev", "engr"}


def _greets(body: str, name: str, recipient: str = "") -> bool:
    """The greeting (the first non-empty line) names the person: by a word of the case's name
    or of the full name the draft is addressed to ("Dear Ms. Whitmore" to Claire Whitmore)."""
    first = next((line for line in body.splitlines() if line.strip()), "")
    words = [
        w for w in re.split(r"[\s.]+", _fold(f"{name} {recipient}")) if w and w not in _HONORIFICS
    ]
    return any(re.search(rf"\b{re.escape(w)}\b", _fold(first)) for w in words)


def _python_target(value: str, base: Path) -> Callable[[dict[str, Any]], Any]:
    """Load `file.py:function`, relative to the case file's folder."""
    file_name, _, func_name = value.partition(":")
    path = (base / file_name).resolve()
    if not func_name or not path.is_file():
        raise ValueError(f"python: {value!r} must be an existing file.py:function")
    module_spec = importlib.util.spec_from_file_location(f"followup_case_{path.stem}", path)
    if module_spec is None or module_spec.loader is None:
        raise ValueError(f"python: cannot load {path}")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    func = getattr(module, func_name, None)
    if not callable(func):
        raise ValueError(f"python: {path.name} has no function {func_name!r}")
    return func  # type: ignore[no-any-return]
