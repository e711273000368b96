"""`followup eval` end to end: load cases, pick the writer, run, write the run folder, compare.

The run folder (default: `eval-runs/<timestamp>` in the data folder) holds results.jsonl
(appended as each case finishes), results.json, junit.xml and report.html. `--resume RUN`
finishes an interrupted run in its own folder.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.config import discover_settings
from followup.errors import InputError
from followup.evaluation.cases import Case, load_cases
from followup.evaluation.results import (
    Comparison,
    ResultsLog,
    baseline_document,
    compare,
    junit_xml,
    load_baseline,
    results_document,
    write_json,
)
from followup.evaluation.runner import (
    CaseResult,
    Runner,
    existing_results,
    make_checker_pipeline_factory,
)
from followup.private import private_folder, write_private


@dataclass
class EvalOptions:
    """Everything `followup eval` accepts (for a writer run)."""

    paths: list[Path] = field(default_factory=lambda: [Path("eval/cases")])
    model: str | None = None
    base_url: str | None = None
    timeout: float = 60.0
    retries: int = 3
    cache: bool = True
    concurrency: int = 4
    filter: str | None = None
    out: Path | None = None
    resume: Path | None = None
    baseline: Path | None = None
    update_baseline: Path | None = None
    min_pass: float = 1.0
    judge_model: str | None = None
    judge_base_url: str | None = None
    repeat: int = 1
    config: Path | None = None
    export_batch: Path | None = None  # write unanswered model requests as a Batch API file
    import_batch: list[Path] = field(default_factory=list)  # Batch API output files


@dataclass
class EvalOutcome:
    """What the CLI prints and the exit code it derives."""

    folder: Path
    document: dict[str, Any]
    comparison: Comparison | None
    writer: str
    judge: str | None
    batch: Any = None  # evaluation.batch.BatchRound, in batch mode

    @property
    def pass_rate(self) -> float:
        """Share of cases that passed."""
        return float(self.document["summary"]["pass_rate"])

    @property
    def model_errors(self) -> int:
        """Cases that failed because the model failed after retries."""
        return sum(c["error_type"] == "model" for c in self.document["cases"])


def select_cases(cases: list[Case], text: str | None) -> list[Case]:
    """Cases whose id, file name or description holds the filter text."""
    if not text:
        return cases
    needle = text.lower()
    chosen = [
        c
        for c in cases
        if needle in c.id or needle in c.file.name or needle in c.description.lower()
    ]
    if not chosen:
        raise InputError(f"--filter {text!r} matches no case")
    return chosen


RUN_FILE = "run.json"  # written when a run starts: what --resume needs to go on


def run_folder(options: EvalOptions, data_home: Path) -> Path:
    """Where this run writes: --resume's folder, --out, or a new timestamped folder."""
    if options.resume is not None:
        if (
            not (options.resume / RUN_FILE).is_file()
            and not (options.resume / "results.jsonl").is_file()
        ):
            raise InputError(f"{options.resume}: no run to resume (no {RUN_FILE})")
        return options.resume
    if options.out is not None:
        folder = options.out
    else:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = data_home / "eval-runs" / stamp
        n = 1
        while folder.exists():  # two runs in the same second get their own folders
            n += 1
            folder = data_home / "eval-runs" / f"{stamp}-{n}"
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: --out needs a folder, and this is a file")
    if (folder / "results.jsonl").exists():
        raise InputError(
            f"{folder}: already holds a run; use --resume {folder} or another --out folder"
        )
    private_folder(folder)
    return folder


def run_eval(
    options: EvalOptions,
    data_home: Path,
    *,
    model: Any = None,
    model_name: str | None = None,
    judge: Any = None,
    progress: Callable[[int, int, CaseResult | None], None] | None = None,
) -> EvalOutcome:
    """Run the cases and write the run folder. `model` overrides the configured one (tests)."""
    if options.resume is not None and not options.paths:
        options = _as_recorded(options)
    cases = select_cases(load_cases(options.paths), options.filter)
    baseline = load_baseline(options.baseline) if options.baseline else None
    settings = discover_settings(explicit=options.config)
    checker = Checker.from_settings(settings)
    batch = None
    if options.export_batch is not None or options.import_batch:
        from followup.evaluation.batch import BatchRound

        batch = BatchRound.from_options(options, settings)
        model, model_name = batch.model(), batch.writer
    if model is None:
        model, model_name = _configured_model(options, settings, data_home)
    if model is not None:
        from followup.evaluation.usage import UsageCallback

        callbacks = list(model.callbacks or [])
        if not any(isinstance(c, UsageCallback) for c in callbacks):  # a model used twice
            model.callbacks = [*callbacks, UsageCallback()]  # counts each call once
    writer = model_name or "offline"
    if judge is None and options.judge_model:
        from followup.evaluation.judge import build_judge

        judge = build_judge(options, data_home)
    folder = run_folder(options, data_home)
    if options.resume is None:
        recorded = {"paths": [str(p.resolve()) for p in options.paths], "filter": options.filter}
        write_json(folder / RUN_FILE, recorded)
    if batch is not None:
        batch.open(folder)
    log = ResultsLog(folder / "results.jsonl")
    done = existing_results(log.path) if options.resume else {}
    todo = [c for c in cases if c.id not in done]
    finished: list[CaseResult] = [done[c.id] for c in cases if c.id in done]
    if progress is not None:
        progress(len(finished), len(cases), None)

    def record(result: CaseResult) -> None:
        log.append(result)
        finished.append(result)
        if progress is not None:
            progress(len(finished), len(cases), result)

    runner = (Runner if batch is None else batch.runner)(
        make_checker_pipeline_factory(checker, model, writer, retries=options.retries),
        concurrency=options.concurrency,
        judge=judge,
        on_result=record,
    )
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    try:
        asyncio.run(runner.run_all(todo))
    except KeyboardInterrupt:  # the finished cases are in results.jsonl: say how to go on
        print(
            f"\nfollowup: eval stopped with {len(finished)} of {len(cases)} cases finished, "
            f"kept in {folder}; finish the run with: followup eval --resume {folder}",
            file=sys.stderr,
            flush=True,
        )
        raise
    duration = time.perf_counter() - clock
    if batch is not None:
        batch.finish(runner, len(finished))
    order = {c.id: i for i, c in enumerate(cases)}
    finished.sort(key=lambda r: order.get(r.id, len(order)))
    run = {
        "id": folder.name,
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "writer": writer,
        "judge": getattr(judge, "name", None),
        "paths": [str(p) for p in options.paths],
        "filter": options.filter,
        "concurrency": options.concurrency,
        "duration_s": round(duration, 3),
    }
    if batch is not None and batch.waiting:  # the run goes on after the next batch round
        return EvalOutcome(folder, results_document(finished, run), None, writer, None, batch)
    comparison = compare(finished, baseline) if baseline is not None else None
    document = results_document(finished, run)
    if comparison is not None:
        document["baseline"] = {"path": str(options.baseline), **comparison.to_dict()}
    write_json(folder / "results.json", document)
    write_private(folder / "junit.xml", junit_xml(finished, duration).encode())
    _write_report(folder, document)
    if options.update_baseline is not None:
        options.update_baseline.mkdir(parents=True, exist_ok=True)
        write_json(options.update_baseline / "baseline.json", baseline_document(finished))
    judge_name = getattr(judge, "name", None)
    return EvalOutcome(folder, document, comparison, writer, judge_name, batch)


def _as_recorded(options: EvalOptions) -> EvalOptions:
    """--resume without case files: the files and filter the run was started with."""
    import json

    assert options.resume is not None
    recorded = options.resume / RUN_FILE
    if not recorded.is_file():  # a run from before run.json: its results.jsonl alone
        raise InputError(f"{options.resume}: no {RUN_FILE}; name the case files to resume with")
    try:
        run = json.loads(recorded.read_text(encoding="utf-8"))
        paths = [Path(p) for p in run["paths"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{recorded}: not a run record ({exc})") from None
    return dataclasses.replace(options, paths=paths, filter=options.filter or run.get("filter"))


def _write_report(folder: Path, document: dict[str, Any]) -> None:
    from followup.evaluation.report import render_report

    write_private(folder / "report.html", render_report(document).encode())


def _configured_model(options: EvalOptions, settings: Any, data_home: Path) -> tuple[Any, Any]:
    from followup.writer.backend import ModelOptions, build_model, check_options, describe

    model_options = ModelOptions(
        model=options.model or (settings.model if settings else None),
        base_url=options.base_url or (settings.base_url if settings else None),
        timeout=options.timeout,
        max_retries=options.retries,
        cache_path=data_home / "llm-cache.sqlite" if options.cache else None,
    )
    check_options(model_options)  # a bad URL or timeout is one line before any case runs
    return build_model(model_options), describe(model_options)
