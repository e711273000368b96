"""`followup write` end to end: read the notes, pick the writer, run the pipeline.

The CLI calls `run_write` and prints what it returns; `notice` receives the one-line
statements meant for the user's terminal (which writer was used).
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.checker.engine import Checker
from followup.config import data_home, discover_settings
from followup.core import MessageKind
from followup.errors import ExitCode, FollowupError, InputError, MissingFactsError, print_out
from followup.inputs import SourceText, read_source
from followup.models import Brief, Notes
from followup.notes import Reading, parse_notes, understand_notes
from followup.timeline import timing_for_write, tracked_for, with_article
from followup.writer.backend import ModelOptions, build_model, check_options, describe
from followup.writer.kind_choice import choose_kind, notes_decide, notes_record
from followup.writer.pipeline import Pipeline, WriteRequest, WriteResult

if TYPE_CHECKING:
    from followup.spinner import Spinner

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
    kind: MessageKind | None = None  # None: picked from the sent history, or the dates and notes
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
    output_format: str = "text"
    eml: Path | None = None
    record: bool = False


@dataclass
class WriteOutcome:
    """The pipeline's result, the writer that produced it, and why the kind was chosen (None
    when --kind chose it)."""

    result: WriteResult
    writer: str
    kind_reason: str | None = None


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
    """--today (as every date option is read: YYYY-MM-DD or 'tomorrow'), or the real date."""
    from followup.timeline import as_of_day

    return as_of_day(value)


def _run(pipeline: Pipeline, request: WriteRequest, spinner: Spinner | None) -> WriteResult:
    """Run the pipeline; the spinner's line is gone before anything else is printed."""
    try:
        return pipeline.run(request)
    finally:
        if spinner is not None:
            spinner.stop()


def _brief_for_timing(reading: Reading, overrides: dict[str, str]) -> Brief:
    """The pattern-read brief (no model), enough to find the application in the history."""
    return reading.brief.model_copy(update={k: v for k, v in overrides.items() if k != "candidate"})


def _refuse_a_future_interview(
    interview: dt.date | None, today: dt.date, *, given_today: str | None
) -> None:
    """No message is written for an interview that has not happened: a typo in the notes'
    date, or a --today before it. One line naming both, exit 2 (never a blocked draft)."""
    if interview is None or interview <= today:
        return
    from followup.timeline import day_label

    as_of = f"--today {given_today}" if given_today else "today"
    raise InputError(
        f"the notes date the interview {day_label(interview)} ({interview.isoformat()}), "
        f"after {as_of} ({day_label(today)}): fix the date in the notes, or pass --today "
        "YYYY-MM-DD with the day you will send"
    )


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
        temperature=settings.temperature if settings else ModelOptions.temperature,
        seed=settings.seed if settings else None,
    )
    check_options(model_options)
    backend = describe(model_options)
    if options.show_prompt and backend is None:
        model = None
    else:
        model = build_model(model_options, warn=notice)
    if model is not None:
        gc.enable()  # the fast path turned the cycle collector off for a short run (__main__)
    spinner = None
    if model is not None:  # offline, nothing to wait for: no spinner module
        from followup.spinner import terminal_spinner

        spinner = terminal_spinner()
    checker = Checker.from_settings(settings)
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
    reading = understand_notes(notes, today)
    # Said only once the drafts exist, so that a refusal stays one line on stderr.
    notices = [f"warning: {warning}" for warning in reading.warnings]
    brief = _brief_for_timing(reading, overrides)
    _refuse_a_future_interview(brief.interview_date, today, given_today=options.today)
    kind, reason = options.kind, None
    record = notes_record(notes.all_text)
    tracked = tracked_for(brief) if kind is None else None
    if kind is None and (notes_decide(tracked, record) or _answered(notes, brief, today)):
        # the dates, the notes and what the history adds decide (timeline.advise)
        choice = choose_kind(reading.brief, notes, today, tracked)
        kind, reason = choice.kind, choice.reason
    timing = timing_for_write(brief, kind, today, declined=record.declined)
    reason = reason or timing.reason
    picked = None
    if options.kind is None and reason:
        picked = f"{with_article(timing.kind)} ({reason}; --kind chooses another)"
        notices.append(
            f"Writing {with_article(timing.kind)}: {reason} (pass --kind to choose another)."
        )
    request = WriteRequest(
        notes=notes,
        kind=timing.kind,
        sent=timing.sent,
        status=timing.status,
        to=options.to or timing.to,
        share=options.share,
        today=today,
        overrides=overrides,
        new_contact=options.new_contact,
        reading=reading,
    )
    try:
        try:
            result = _run(pipeline, request, spinner)
        except MissingFactsError as exc:
            request.reading = None  # the run added to it; the second run reads the notes afresh
            answers = ask_for_facts(exc.missing, source.name)
            if answers is None:
                flags = ", ".join(FACT_FLAGS[fact][0] for fact in exc.missing)
                raise InputError(f"{exc}; pass {flags}") from None
            request.to = answers.pop("interviewer", None) or request.to
            request.overrides = {**overrides, **answers}
            result = _run(pipeline, request, spinner)
    except InputError as exc:  # still one line, and it says which kind was picked and why
        if picked is None:
            raise
        raise InputError(f"writing {picked}: {exc}") from None
    if timing.kind is MessageKind.CHECK_IN and not options.share and not reading.share:
        notices += _link_missing(reading)
    for line in notices:
        notice(line)
    if backend is None and not options.show_prompt:
        notice("Using the offline writer (no model configured; set OPENAI_API_KEY or --base-url).")
    elif backend is not None:
        notice(f"Using {backend}.")
    kind_reason = f"{with_article(timing.kind)}: {reason}" if picked else None
    return WriteOutcome(result, backend or "offline", kind_reason)


def _answered(notes: Notes, brief: Brief, today: dt.date) -> bool:
    """Whether the notes log the employer's answer that the process is delayed: the sent
    history does not hold it, so the notes pick the kind (with what the history adds), as
    for `plan`'s `Next:` line."""
    from followup.timeline import employer_answer

    interview = brief.interview_date
    return interview is not None and employer_answer(notes.all_text, interview, today) is not None


def _link_missing(reading: Reading) -> list[str]:
    """One line when a check-in offers a piece the notes name without a link: the message
    names it so that it can be found, and --share adds the link (share.described_item)."""
    from followup.writer.share import noted_in

    item = noted_in(reading)
    if item is None:
        return []
    return [f"The check-in names {item.what} from the notes without a link: --share URL adds it."]


def eml_folder(folder: Path) -> None:
    """Make the --eml folder before any draft is written, or say in one line why it cannot
    be (trial 10: `--eml /proc/nope` printed a bare OSError after the drafts)."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: --eml needs a folder, and this is a file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the --eml folder {folder}: {exc.strerror or exc}"
        ) from None


def json_error(exc: FollowupError) -> str:
    """`write -f json`'s document when no draft could be written: no drafts, and the error
    in "errors" as `lint -f json` gives a file it could not read (trial 10: stdout was
    empty)."""
    import json

    from followup.errors import describe

    line = describe(exc).removeprefix("followup: error: ")
    doc = {"writer": None, "kind_reason": None, "drafts": [], "errors": [line]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_command(options: WriteOptions) -> int:
    """`followup write` for both front ends: run, print the drafts (or the prompts), write
    the .eml files, offer to record what was sent; the exit code."""
    if options.record and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError(
            "--record asks before recording, so it needs a terminal; "
            "record later with `followup log sent FILE`"
        )
    try:
        if options.eml is not None:
            eml_folder(options.eml)  # before anything is written: one line, exit 2
        outcome = run_write(options, notice=lambda line: print_out(f"{line}\n", err=True))
    except FollowupError as exc:
        if options.output_format == "json" and not options.show_prompt:
            print_out(json_error(exc))  # the line on stderr and the exit code as ever
        raise
    drafts = outcome.result.drafts
    if options.show_prompt:
        print_out(
            "".join(
                f"=== prompt: {call.name} (system) ===\n{call.system}\n"
                f"=== prompt: {call.name} (user) ===\n{call.user}\n"
                for call in outcome.result.calls
            )
        )
        return int(ExitCode.OK)
    from followup.writer.output import format_json, format_text, write_eml

    if options.output_format == "json":
        print_out(format_json(drafts, outcome.writer, outcome.kind_reason) + "\n")
    else:
        print_out(format_text(drafts))
    if options.eml is not None:
        written = write_eml(drafts, options.eml, today=parse_today(options.today))
        print_out(
            "".join(
                f"BLOCKED, not written as a message: {path}\n" if blocked else f"wrote {path}\n"
                for path, blocked in written
            ),
            err=True,
        )
    if options.record:
        from followup.cli_history import offer_to_record

        offer_to_record(drafts, outcome.result.brief, parse_today(options.today))
    return int(ExitCode.FINDINGS if any(d.blocked for d in drafts) else ExitCode.OK)
