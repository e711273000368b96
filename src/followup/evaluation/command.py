"""What `followup eval` prints and the exit code it returns, for writer runs and `--lint`.

cli.py parses the options and calls these; they print to stdout (the report) and stderr
(progress, notices) and return an exit code. Errors are raised as FollowupError for cli.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.errors import ExitCode
from followup.evaluation.lintset import LintEvaluation, LintScore, evaluate_lint_set, load_lint_set
from followup.evaluation.runner import CaseResult
from followup.evaluation.session import EvalOptions, EvalOutcome, run_eval

MAX_LISTED = 15


def writer_eval(options: EvalOptions, output_format: str) -> int:
    """Run the cases; print the summary; 0, 1 (below --min-pass or regressed) or 3."""
    from followup.config import data_home

    with _progress() as progress:
        outcome = run_eval(options, data_home(), progress=progress)
    if outcome.batch is not None:
        report = outcome.batch.describe(options.paths)
        if outcome.batch.waiting:  # this round is done; the run goes on after the next one
            as_json = json.dumps(outcome.batch.to_dict(), indent=2, ensure_ascii=False)
            print(as_json if output_format == "json" else report)
            return ExitCode.OK
        print(report, file=sys.stderr)
    if output_format == "json":
        print(json.dumps(_json_summary(outcome), indent=2, ensure_ascii=False))
    else:
        print(format_summary(outcome))
    regressed = bool(outcome.comparison and outcome.comparison.regressed)
    if outcome.model_errors:
        return ExitCode.MODEL
    if outcome.pass_rate < options.min_pass or regressed:
        return ExitCode.FINDINGS
    return ExitCode.OK


def _json_summary(outcome: EvalOutcome) -> dict[str, Any]:
    doc = outcome.document
    return {
        "schema": doc["schema"],
        "folder": str(outcome.folder),
        "summary": doc["summary"],
        "baseline": doc.get("baseline"),
        "failed": [c["id"] for c in doc["cases"] if not c["passed"]],
    }


def format_summary(outcome: EvalOutcome) -> str:
    """The text report: totals, assertion types, failures, baseline, where the files are."""
    doc = outcome.document
    s = doc["summary"]
    lines = [
        f"followup eval: {s['cases']} cases, writer: {outcome.writer}"
        + (f", judge: {outcome.judge}" if outcome.judge else ""),
        f"passed {s['passed']}/{s['cases']} ({s['pass_rate'] * 100:.1f}%), "
        f"refused {s['refused']}, errors {s['errors']}",
    ]
    tokens = s["prompt_tokens"] + s["completion_tokens"]
    if s["model_calls"] or s["cached_calls"]:
        lines.append(
            f"model calls {s['model_calls']} (+{s['cached_calls']} from the cache), "
            f"tokens {tokens}{' (estimated)' if s['tokens_estimated'] else ''}"
        )
    lines.append("assertions:")
    for name, t in s["assertions"].items():
        counted = t["passed"] + t["failed"]
        skipped = f", {t['skipped']} skipped" if t["skipped"] else ""
        lines.append(f"  {name:<16} {t['passed']:>4}/{counted:<4}{skipped}")
    failed = [c for c in doc["cases"] if not c["passed"]]
    if failed:
        lines.append(f"failed cases ({len(failed)}):")
        for case in failed[:MAX_LISTED]:
            lines.append(f"  {case['id']}: {_first_failure(case)}")
        if len(failed) > MAX_LISTED:
            lines.append(f"  ... and {len(failed) - MAX_LISTED} more (see report.html)")
    comparison = outcome.comparison
    if comparison is not None:
        lines.append(
            f"against the baseline: {len(comparison.regressed)} regressed, "
            f"{len(comparison.improved)} improved, {len(comparison.new_cases)} new cases"
        )
        for label, items in (
            ("regressed", comparison.regressed),
            ("improved", comparison.improved),
        ):
            lines.extend(f"  {label}: {item}" for item in items[:MAX_LISTED])
            if len(items) > MAX_LISTED:
                lines.append(f"  ... and {len(items) - MAX_LISTED} more {label} (results.json)")
    lines.append(f"run folder: {outcome.folder} (report.html, results.json, junit.xml)")
    return "\n".join(lines)


def _first_failure(case: dict[str, Any]) -> str:
    if case["error_type"] == "model":
        return f"{case['error_type']} error: {case['error']}"
    bad = [a for a in case["assertions"] if a["pass"] is False]
    if not bad:
        return f"score {case['score']:.2f} below threshold {case['threshold']}"
    first = bad[0]
    more = f" (+{len(bad) - 1} more)" if len(bad) > 1 else ""
    return f"{first['type']}: {first['reason'][:140]}{more}"


class _progress:
    """A rich progress bar on stderr when it is a terminal; otherwise a plain line now and
    then (every PLAIN_EVERY cases or PLAIN_SECONDS seconds, and the last case), so a run in
    a pipe or a log says it is alive (trial 11: minutes of silence read as a hang)."""

    PLAIN_EVERY = 25
    PLAIN_SECONDS = 30.0

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return _plain_progress(self.PLAIN_EVERY, self.PLAIN_SECONDS)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self.bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        self.task = self.bar.add_task("cases", total=None)

        def update(done: int, total: int, result: CaseResult | None) -> None:
            label = f"cases (last: {result.id})" if result else "cases"
            self.bar.update(self.task, completed=done, total=total, description=label)

        return update

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "bar"):
            self.bar.stop()


def _plain_progress(every: int, seconds: float) -> Callable[[int, int, CaseResult | None], None]:
    """'eval: 25/454 cases (12 s)' on stderr after every `every` cases, after `seconds`
    without a line, and after the last case."""
    import time

    start = time.monotonic()
    last = [start, 0]  # when the last line was printed, and at how many cases

    def update(done: int, total: int, result: CaseResult | None) -> None:
        if result is None or done == last[1]:
            return
        now = time.monotonic()
        if done // every > last[1] // every or now - last[0] >= seconds or done == total:
            last[:] = [now, done]
            print(f"eval: {done}/{total} cases ({now - start:.0f} s)", file=sys.stderr, flush=True)

    return update


def lint_eval(paths: list[Path], output_format: str, config: Path | None) -> int:
    """Score the checker on labelled sets, with labelled kinds and with --kind auto."""
    from followup.checker.engine import Checker
    from followup.config import discover_settings

    checker = Checker.from_settings(discover_settings(explicit=config))
    messages = [m for folder in paths for m in load_lint_set(folder)]
    labelled = evaluate_lint_set(checker, messages, auto_kind=False)
    auto = evaluate_lint_set(checker, messages, auto_kind=True)
    if output_format == "json":
        print(json.dumps(lint_json(labelled, auto), indent=2, ensure_ascii=False))
    else:
        print(format_lint(paths, labelled, auto))
    return ExitCode.OK


def lint_json(labelled: LintEvaluation, auto: LintEvaluation) -> dict[str, Any]:
    """Both evaluations as one JSON document."""

    def one(ev: LintEvaluation) -> dict[str, Any]:
        return {
            "overall": ev.overall.to_dict(),
            "per_kind": {k: v.to_dict() for k, v in sorted(ev.per_kind.items())},
            "per_category": {k: v.to_dict() for k, v in sorted(ev.per_category.items())},
            "misses": [
                {"kind": m.kind.value, "why": m.why, "text": m.text} for m in ev.overall.misses
            ],
            "false_positives": [
                {"kind": m.kind.value, "text": m.text, "rules": hits}
                for m, hits in ev.overall.false_alarms
            ],
        }

    return {
        "schema": "followup-eval-lint/1",
        "labelled_kind": one(labelled),
        "auto_kind": {
            **one(auto),
            "kind_accuracy": round(auto.kind_accuracy, 4),
            "confusion": auto.confusion,
        },
    }


def _rates(score: LintScore) -> str:
    return (
        f"recall {score.recall:.3f} ({score.flagged_caught}/{score.flagged_total})  "
        f"precision {score.precision:.3f}  "
        f"false positives {score.false_positive_rate:.3f} ({score.clean_flagged}/"
        f"{score.clean_total})"
    )


def format_lint(paths: list[Path], labelled: LintEvaluation, auto: LintEvaluation) -> str:
    """The text report of `followup eval --lint`."""
    total = labelled.overall.flagged_total + labelled.overall.clean_total
    lines = [f"followup eval --lint: {total} messages from {', '.join(map(str, paths))}"]
    for title, ev in (("with the labelled kind", labelled), ("with --kind auto", auto)):
        lines.append(f"{title}: {_rates(ev.overall)}")
        for kind, score in sorted(ev.per_kind.items()):
            lines.append(f"  kind {kind:<15} {_rates(score)}")
    lines.append("per category (labelled kind):")
    for name, score in sorted(labelled.per_category.items()):
        if name == "clean":
            continue
        lines.append(
            f"  {name:<20} recall {score.recall:.3f} ({score.flagged_caught}/{score.flagged_total})"
        )
    kinds = sorted(auto.confusion)
    lines.append(f"kind inference: {auto.kind_accuracy:.3f} right (rows: labelled, columns: read)")
    short = [k[:8] for k in kinds]
    lines.append(f"  {'':<15}" + "".join(f"{s:>9}" for s in short))
    for k in kinds:
        row = auto.confusion[k]
        lines.append(f"  {k:<15}" + "".join(f"{row.get(c, 0):>9}" for c in kinds))
    if labelled.overall.misses:
        lines.append(f"missed ({len(labelled.overall.misses)}):")
        for m in labelled.overall.misses[:MAX_LISTED]:
            lines.append(f"  [{m.kind.value}] {m.text[:110]!r}")
        lines.extend(_more(len(labelled.overall.misses), "missed"))
    if labelled.overall.false_alarms:
        lines.append(f"false positives ({len(labelled.overall.false_alarms)}):")
        for m, hits in labelled.overall.false_alarms[:MAX_LISTED]:
            lines.append(f"  [{m.kind.value}] {', '.join(hits)}: {m.text[:90]!r}")
        lines.extend(_more(len(labelled.overall.false_alarms), "false positives"))
    return "\n".join(lines)


def _more(total: int, label: str) -> list[str]:
    """The line that says how many of a list were left out of the text summary."""
    if total <= MAX_LISTED:
        return []
    return [f"  ... and {total - MAX_LISTED} more {label} (--format json lists them all)"]
