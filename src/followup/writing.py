"""`followup write` end to end: read the notes, pick the writer, run the pipeline.

The CLI calls `run_write` and prints what it returns; `notice` receives the one-line
statements meant for the user's terminal (which writer was used).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.config import discover_settings
from followup.core import MessageKind
from followup.errors import InputError, MissingFactsError
from followup.inputs import SourceText, read_source
from followup.notes import parse_notes, understand_notes
from followup.writer.backend import ModelOptions, build_model, describe
from followup.writer.kind_choice import choose_kind
from followup.writer.pipeline import Pipeline, WriteRequest, WriteResult

# Each fact the notes may lack: the flag that gives it and the question asked on a terminal.
FACT_FLAGS = {
    "company": ("--company", "Company"),
    "role": ("--role", "Role"),
    "candidate": ("--me", "Your name"),
    "interviewer": ("--to", "Who did you meet (name)"),
}


@dataclass
class WriteOptions:
    """Everything `followup write` accepts."""

    notes_file: str | None = None
    kind: MessageKind | None = None  # None: picked from the dates and the notes
    to: str | None = None
    new_contact: bool = False
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


@dataclass
class WriteOutcome:
    """The pipeline's result and the writer that produced it."""

    result: WriteResult
    writer: str


def data_home() -> Path:
    """$FOLLOWUP_HOME, or the user data folder."""
    home = os.environ.get("FOLLOWUP_HOME")
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("followup"))


def read_notes(arg: str | None) -> SourceText:
    """Notes from a file, or from stdin (prompting on a terminal)."""
    if arg in (None, "-") and sys.stdin.isatty():
        print("paste your notes, then Ctrl-D", file=sys.stderr)
    return read_source(arg or "-")


def _terminal() -> Any:
    """The user's terminal for questions, even after the notes were pasted into stdin and
    ended with Ctrl-D (the terminal device is opened afresh); None off a terminal."""
    if not (sys.stdin.isatty() or sys.stderr.isatty()):
        return None
    try:
        return open("/dev/tty", encoding="utf-8")  # closed by ask_for_facts
    except OSError:
        return sys.stdin if sys.stdin.isatty() else None


def ask_for_facts(missing: list[str], source: str) -> dict[str, str] | None:
    """Ask on the terminal for each missing fact (the pasted notes are kept); None when there
    is no terminal or the user gives no answer."""
    tty = _terminal()
    if tty is None:
        return None
    answers = {}
    try:
        for fact in missing:
            print(f"{FACT_FLAGS[fact][1]}: ", end="", file=sys.stderr, flush=True)
            answer = tty.readline().strip()
            if not answer:
                return None
            answers[fact] = answer
    finally:
        if tty is not sys.stdin:
            tty.close()
    return answers


def parse_today(value: str | None) -> dt.date:
    """--today, or the real date."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--today {value!r} is not a YYYY-MM-DD date") from None


def _progress_on_terminal() -> Callable[[int, int, str], None] | None:
    """A one-line progress report on stderr while the model writes, when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int, name: str) -> None:
        end = "\n" if done + 1 == total else ""
        print(f"\r[{done + 1}/{total}] writing to {name}...", end=end, file=sys.stderr, flush=True)

    return report


def run_write(options: WriteOptions, notice: Callable[[str], None]) -> WriteOutcome:
    """Run the writer; raise FollowupError subclasses for anything the user must fix."""
    today = parse_today(options.today)
    settings = discover_settings(explicit=options.config)
    source = read_notes(options.notes_file)
    notes = parse_notes(source)
    model_options = ModelOptions(
        model=options.model or (settings.model if settings else None),
        base_url=options.base_url or (settings.base_url if settings else None),
        gguf=options.gguf,
        timeout=options.timeout,
        max_retries=options.retries,
        cache_path=data_home() / "llm-cache.sqlite" if options.cache else None,
    )
    backend = describe(model_options)
    model = None if options.show_prompt and backend is None else build_model(model_options)
    checker = Checker.from_settings(settings)
    pipeline = Pipeline(
        checker,
        model,
        model_name=backend or "offline",
        max_rounds=options.max_rounds,
        dry_run=options.show_prompt,
        progress=_progress_on_terminal(),
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
    reading = understand_notes(notes, today)
    # Said only once the drafts exist, so that a refusal stays one line on stderr.
    notices = [f"warning: {warning}" for warning in reading.warnings]
    kind = options.kind
    if kind is None:
        choice = choose_kind(reading.brief, notes, today)
        kind = choice.kind
        notices.append(f"Writing {kind.value}: {choice.reason} (pass --kind to choose another).")
    request = WriteRequest(
        notes=notes,
        kind=kind,
        to=options.to,
        share=options.share,
        today=today,
        overrides=overrides,
        new_contact=options.new_contact,
    )
    try:
        result = pipeline.run(request)
    except MissingFactsError as exc:
        answers = ask_for_facts(exc.missing, source.name)
        if answers is None:
            flags = ", ".join(FACT_FLAGS[fact][0] for fact in exc.missing)
            raise InputError(f"{exc}; pass {flags}") from None
        request.to = answers.pop("interviewer", None) or request.to
        request.overrides = {**overrides, **answers}
        result = pipeline.run(request)
    for line in notices:
        notice(line)
    if backend is None and not options.show_prompt:
        notice("Using the offline writer (no model configured; set OPENAI_API_KEY or --base-url).")
    elif backend is not None:
        notice(f"Using {backend}.")
    return WriteOutcome(result, backend or "offline")
