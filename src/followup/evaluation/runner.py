"""Run evaluation cases through the same pipeline as `followup write`, with bounded concurrency.

Each case runs in a worker thread (a pool of `concurrency` threads, under a semaphore): the
pipeline and the model client are synchronous, and a thread per in-flight case is what lets N
cases wait on a slow server at once. Each finished case is appended to `results.jsonl` at
once, so a run that is interrupted (Ctrl-C, kill -9, a model failure) keeps everything it
finished, and `--resume` picks up the rest. The offline writer needs no threads to be fast;
the same path serves both.
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.errors import FollowupError, InputError, ModelError
from followup.evaluation.assertions import (
    AssertionResult,
    CaseOutput,
    DraftOutput,
    evaluate,
)
from followup.evaluation.cases import Case
from followup.evaluation.usage import CURRENT, CallStats
from followup.frontmatter import split_front_matter
from followup.inputs import SourceText
from followup.models import Draft
from followup.notes import brief_from_notes, parse_notes
from followup.writer.kind_choice import choose_kind


@dataclass
class CaseResult:
    """Everything the report and the baseline need about one case."""

    id: str
    file: str
    description: str
    notes: str
    notes_source: str
    kind_requested: str
    kind: str | None
    kind_reason: str
    today: str | None
    passed: bool
    score: float
    threshold: float
    error: str | None
    error_type: str | None  # refused (an input error) or model (failed after retries)
    drafts: list[dict[str, Any]]
    assertions: list[dict[str, Any]]
    model_calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_estimated: bool = False
    latency_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (results.jsonl and results.json)."""
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseResult:
        """Read one line of results.jsonl back."""
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


PipelineFactory = Callable[[], Any]  # returns a followup.writer.pipeline.Pipeline


@dataclass
class Runner:
    """Runs cases and scores them."""

    make_pipeline: PipelineFactory
    concurrency: int = 4
    judge: Any = None  # evaluation.judge.Judge, or None
    on_result: Callable[[CaseResult], None] | None = None
    results: list[CaseResult] = field(default_factory=list)

    async def run_all(self, cases: list[Case]) -> list[CaseResult]:
        """Run every case, at most `concurrency` at once; results in case order."""
        width = max(1, self.concurrency)
        gate = asyncio.Semaphore(width)
        loop = asyncio.get_running_loop()
        # Threads of our own: the default executor has min(32, CPUs + 4) threads, 6 on a
        # 2-core machine, which would cap --concurrency 16 at 6 cases in flight.
        pool = ThreadPoolExecutor(max_workers=width, thread_name_prefix="followup-eval")

        async def one(case: Case) -> CaseResult:
            async with gate:
                context = contextvars.copy_context()  # what asyncio.to_thread does
                result = await loop.run_in_executor(pool, context.run, self.run_case, case)
            if self.on_result is not None:
                self.on_result(result)
            return result

        try:
            return list(await asyncio.gather(*(one(c) for c in cases)))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def run_case(self, case: Case) -> CaseResult:
        """Write the case's drafts, then run its assertions."""
        stats = CallStats()
        token = CURRENT.set(stats)
        started = time.perf_counter()
        try:
            output, today = self._write(case)
        finally:
            CURRENT.reset(token)
        latency = time.perf_counter() - started
        error_type = output.error_type
        checks = [self._assert(spec, output) for spec in case.asserts]
        counted = [r for r in checks if r.passed is not None]
        total_weight = sum(r.weight for r in counted)
        score = sum(r.score * r.weight for r in counted) / total_weight if total_weight else 0.0
        if error_type == "model":
            passed = False
        elif case.threshold < 1.0:
            passed = score >= case.threshold
        else:
            passed = all(r.passed for r in counted)
        return CaseResult(
            id=case.id,
            file=case.file.name,
            description=case.description,
            notes=case.notes_text,
            notes_source=case.notes_source,
            kind_requested=case.kind.value if case.kind else "auto",
            kind=output.kind,
            kind_reason=output.kind_reason,
            today=today.isoformat() if today else None,
            passed=passed,
            score=round(score, 4),
            threshold=case.threshold,
            error=output.error,
            error_type=error_type,
            drafts=[_draft_dict(d) for d in output.drafts],
            assertions=[_assertion_dict(r) for r in checks],
            model_calls=stats.calls,
            cached_calls=stats.cached,
            prompt_tokens=stats.prompt_tokens,
            completion_tokens=stats.completion_tokens,
            tokens_estimated=stats.estimated,
            latency_s=round(latency, 4),
        )

    def _assert(self, spec: Any, output: CaseOutput) -> AssertionResult:
        if spec.type == "llm-rubric" and self.judge is not None:
            return self.judge.grade(spec, output)  # type: ignore[no-any-return]
        return evaluate(spec, output)

    def _write(self, case: Case) -> tuple[CaseOutput, dt.date | None]:
        from followup.writer.pipeline import WriteRequest

        chosen: str | None = case.kind.value if case.kind else None
        reason = ""
        try:
            notes = parse_notes(_source(case))
            today = resolve_today(case, notes)
            brief = brief_from_notes(notes, today)
            sent, status = None, None
            if case.history is not None:  # the case's own sent history, never the user's
                kind, reason, sent, status = _timing_from_history(case, brief, today)
            elif case.kind is None:
                choice = choose_kind(brief, notes, today)
                kind, reason = choice.kind, choice.reason
            else:
                kind = case.kind
            chosen = kind.value
            overrides = {
                key: case.vars[var]
                for key, var in (("candidate", "me"), ("company", "company"), ("role", "role"))
                if case.vars.get(var)
            }
            request = WriteRequest(
                notes=notes,
                kind=kind,
                to=case.vars.get("to"),
                share=case.vars.get("share"),
                today=today,
                overrides=overrides,
                sent=sent,
                status=status,
            )
            result = self.make_pipeline().run(request)
        except ModelError as exc:
            return CaseOutput(chosen, error=str(exc), kind_reason=reason, error_type="model"), None
        except FollowupError as exc:
            return CaseOutput(
                chosen, error=str(exc), kind_reason=reason, error_type="refused"
            ), None
        drafts = tuple(_draft_output(d) for d in result.drafts)
        return CaseOutput(kind=kind.value, drafts=drafts, kind_reason=reason), today


def _timing_from_history(case: Case, brief: Any, today: dt.date) -> tuple[Any, str, Any, Any]:
    """The kind (picked from the history when the case says auto), why, and what was sent,
    from an in-memory history built from the case's `history:` list."""
    from followup.history import history_from_list
    from followup.timeline import timing_for_write

    if brief.interview_date is None:
        raise InputError("a case with a history needs an interview date in the notes")
    entries = [{"kind": k.value, "days": d} for k, d in case.history or ()]
    history = history_from_list(
        entries,
        interview_date=brief.interview_date,
        company=brief.company or "Example Co",
        role=brief.role or "Analyst",
    )
    try:
        timing = timing_for_write(brief, case.kind, today, history=history)
    finally:
        history.close()
    return timing.kind, timing.reason or "", timing.sent, timing.status


def resolve_today(case: Case, notes: Any) -> dt.date:
    """The case's `today`: a date, or N days after the interview date the notes give."""
    if isinstance(case.today, dt.date):
        return case.today
    reference = dt.date.today()
    if case.today is None:
        return reference
    brief = brief_from_notes(notes, reference)
    if brief.interview_date is None:
        raise InputError(
            f"no interview date was read from the notes (the case says today: +{case.today})"
        )
    return brief.interview_date + dt.timedelta(days=case.today)


def _source(case: Case) -> SourceText:
    text = case.notes_text.replace("\r\n", "\n")
    front, body_start = split_front_matter(text, case.notes_source)
    return SourceText(case.notes_source, text, None, body_start, front)


def _draft_output(draft: Draft) -> DraftOutput:
    from followup.writer.output import finding_dict

    return DraftOutput(
        recipient=draft.recipient.name if draft.recipient else "",
        subject=draft.subject,
        body=draft.body,
        status=draft.status,
        findings=tuple(finding_dict(f) for f in draft.findings),
    )


def _draft_dict(d: DraftOutput) -> dict[str, Any]:
    return {
        "to": d.recipient,
        "subject": d.subject,
        "body": d.body,
        "status": d.status,
        "findings": list(d.findings),
    }


def _assertion_dict(r: AssertionResult) -> dict[str, Any]:
    return {
        "type": r.type,
        "value": r.value,
        "to": r.to,
        "pass": r.passed,
        "score": round(r.score, 4),
        "weight": r.weight,
        "reason": r.reason,
    }


def make_checker_pipeline_factory(
    checker: Checker, model: Any, model_name: str, max_rounds: int = 2, retries: int = 2
) -> PipelineFactory:
    """A factory of pipelines sharing one checker and one model (each case gets its own);
    `retries` is --retries, for unreadable replies as for failed calls (as `write` does)."""

    def factory() -> Any:
        from followup.writer.pipeline import Pipeline

        return Pipeline(
            checker, model, model_name=model_name, max_rounds=max_rounds, output_retries=retries
        )

    return factory


def existing_results(path: Path) -> dict[str, CaseResult]:
    """Finished cases of an interrupted run (results.jsonl), by id; a torn last line is
    skipped, and cases that failed on the model are run again."""
    import json

    done: dict[str, CaseResult] = {}
    if not path.is_file():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            result = CaseResult.from_dict(json.loads(line))
        except (ValueError, TypeError):
            continue
        if result.error_type != "model":
            done[result.id] = result
    return done
