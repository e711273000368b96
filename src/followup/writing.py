"""`followup write` end to end: read the notes, pick the writer, run the pipeline, print.

Both front ends (the typer command and the argparse fast path) call `write_command`;
`run_write` is the part without printing, whose `notice` receives the one-line statements
meant for the user's terminal (which writer was used, a cache moved aside).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from followup.checker.engine import Checker
from followup.config import data_home, discover_settings
from followup.core import MessageKind
from followup.errors import ExitCode, InputError, MissingFactsError
from followup.inputs import SourceText, read_source
from followup.notes import parse_notes
from followup.spinner import Spinner, terminal_spinner
from followup.writer.backend import ModelOptions, build_model, check_options, describe
from followup.writer.pipeline import Pipeline, WriteRequest, WriteResult


@dataclass
class WriteOptions:
    """Everything `followup write` accepts."""

    notes_file: str | None = None
    kind: MessageKind = MessageKind.THANK_YOU
    to: str | None = None
    me: str | None = None
    company: str | None = None
    role: str | None = None
    share: str | None = None
    model: str | None = None
    base_url: str | None = None
    gguf: Path | None = None
    timeout: float = 60.0
    retries: int = 3
    max_rounds: int = 2
    cache: bool = True
    show_prompt: bool = False
    today: str | None = None
    config: Path | None = None
    output_format: str = "text"
    eml: Path | None = None


@dataclass
class WriteOutcome:
    """The pipeline's result and the writer that produced it."""

    result: WriteResult
    writer: str


def read_notes(arg: str | None) -> SourceText:
    """Notes from a file, or from stdin (prompting on a terminal)."""
    if arg in (None, "-") and sys.stdin.isatty():
        print("paste your notes, then Ctrl-D", file=sys.stderr)
    return read_source(arg or "-")


def parse_today(value: str | None) -> dt.date:
    """--today, or the real date."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r} is not a YYYY-MM-DD date") from None


def _run(pipeline: Pipeline, request: WriteRequest, spinner: Spinner | None) -> WriteResult:
    """Run the pipeline; the spinner's line is gone before anything else is printed."""
    try:
        return pipeline.run(request)
    finally:
        if spinner is not None:
            spinner.stop()


def run_write(options: WriteOptions, notice: Callable[[str], None]) -> WriteOutcome:
    """Run the writer; raise FollowupError subclasses for anything the user must fix."""
    today = parse_today(options.today)
    settings = discover_settings(explicit=options.config)
    source = read_notes(options.notes_file)
    notes = parse_notes(source)
    model_options = ModelOptions(
        model=options.model or (settings.model if settings else None),
        base_url=options.base_url or (settings.base_url if settings else None),
        temperature=settings.temperature if settings else ModelOptions.temperature,
        seed=settings.seed if settings else None,
        gguf=options.gguf,
        timeout=options.timeout,
        max_retries=options.retries,
        cache_path=data_home() / "llm-cache.sqlite" if options.cache else None,
    )
    check_options(model_options)
    backend = describe(model_options)
    if options.show_prompt and backend is None:
        model = None
    else:
        model = build_model(model_options, warn=notice)
    checker = Checker.from_settings(settings)
    spinner = terminal_spinner() if model is not None else None
    pipeline = Pipeline(
        checker,
        model,
        model_name=backend or "offline",
        max_rounds=options.max_rounds,
        output_retries=options.retries,
        dry_run=options.show_prompt,
        status=spinner.update if spinner else None,
    )
    overrides = {
        k: v
        for k, v in {
            "candidate": options.me,
            "company": options.company,
            "role": options.role,
        }.items()
        if v
    }
    request = WriteRequest(
        notes=notes,
        kind=options.kind,
        to=options.to,
        share=options.share,
        today=today,
        overrides=overrides,
    )
    try:
        result = _run(pipeline, request, spinner)
    except MissingFactsError as exc:
        if not (sys.stdin.isatty() and options.notes_file not in (None, "-")):
            raise
        asks = (
            ("company", "Company"),
            ("role", "Role"),
            ("candidate", "Your name"),
            ("interviewer", "Who did you meet (name)"),
        )
        try:
            for key, label in asks:
                if key in str(exc) and key not in overrides:
                    answer = input(f"{label}: ").strip()
                    if key == "interviewer":
                        request.to = answer or None
                    elif answer:
                        overrides[key] = answer
        except EOFError:
            raise exc from None
        request.overrides = overrides
        result = _run(pipeline, request, spinner)
    if backend is None and not options.show_prompt:
        notice("Using the offline writer (no model configured; set OPENAI_API_KEY or --base-url).")
    elif backend is not None:
        notice(f"Using {backend}.")
    return WriteOutcome(result, backend or "offline")


def write_command(options: WriteOptions) -> int:
    """`followup write` for both front ends: run, print the drafts (or the prompts), write
    the .eml files; the exit code."""
    if options.eml is not None and options.eml.exists() and not options.eml.is_dir():
        raise InputError(f"{options.eml}: --eml needs a folder, and this is a file")
    outcome = run_write(options, notice=lambda line: print(line, file=sys.stderr, flush=True))
    drafts = outcome.result.drafts
    if options.show_prompt:
        for call in outcome.result.calls:
            print(f"=== prompt: {call.name} (system) ===\n{call.system}")
            print(f"=== prompt: {call.name} (user) ===\n{call.user}")
        return int(ExitCode.OK)
    from followup.writer.output import format_json, format_text, write_eml

    if options.output_format == "json":
        print(format_json(drafts, outcome.writer))
    else:
        sys.stdout.write(format_text(drafts))
    if options.eml is not None:
        for path in write_eml(drafts, options.eml):
            print(f"wrote {path}", file=sys.stderr)
    return int(ExitCode.FINDINGS if any(d.blocked for d in drafts) else ExitCode.OK)
