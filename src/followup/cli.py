"""The command line: argument parsing, output and exit codes. Nothing else.

Domain code raises FollowupError subclasses; `main` alone turns them (and click's usage
errors) into one printed line and an exit code.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from followup import __version__
from followup.cli_history import register as register_history_commands
from followup.core import MessageKind, Severity
from followup.errors import ExitCode, FollowupError, InputError, describe, describe_os_error


class KindOption(StrEnum):
    """--kind values: auto, or one of the message kinds."""

    AUTO = "auto"
    THANK_YOU = "thank-you"
    INQUIRY = "inquiry"
    SECOND_INQUIRY = "second-inquiry"
    CHECK_IN = "check-in"
    KEEP_IN_TOUCH = "keep-in-touch"

    def to_kind(self) -> MessageKind | None:
        """None for auto, else the message kind."""
        return None if self is KindOption.AUTO else MessageKind(self.value)


class LintFormat(StrEnum):
    """--format values for lint."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


app = typer.Typer(
    name="followup",
    help="Turn interview notes into a brief follow-up message, and lint drafts for "
    "desperate or pesky wording.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(help="List the etiquette rules, or show one with its examples.")
app.add_typer(rules_app, name="rules")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"followup {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """followup: interview notes in, a checked follow-up message out."""


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="A .followup.toml or pyproject.toml to use instead of searching upward.",
        envvar="FOLLOWUP_CONFIG",
    ),
]


@app.command(
    epilog="Examples:\n\n"
    "  followup lint draft.txt\n\n"
    "  followup lint --kind check-in --format json note.md\n\n"
    "  pbpaste | followup lint -\n\n"
    "  followup lint --fix draft.txt      (writes draft.txt, keeps draft.txt.bak)\n\n"
    "  followup lint --to maria.chen@northwind.example inquiry.txt   (cadence from the history)"
    "\n\n"
    "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error."
)
def lint(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Drafts to check (.txt, .md, .eml); '-' or nothing reads stdin."),
    ] = None,
    kind: Annotated[
        KindOption,
        typer.Option(help="The message kind; auto infers it from the text and says so."),
    ] = KindOption.AUTO,
    output_format: Annotated[
        LintFormat, typer.Option("--format", "-f", help="Output format.")
    ] = LintFormat.TEXT,
    fail_on: Annotated[
        Severity | None,
        typer.Option(help="Exit 1 when a finding is at or above this level [default: warning]."),
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply safe fixes; the original is kept as FILE.bak.")
    ] = False,
    stdout: Annotated[
        bool, typer.Option("--stdout", help="With --fix: print the fixed text, change no file.")
    ] = False,
    config: ConfigOption = None,
    to: Annotated[
        str | None,
        typer.Option(help="The recipient's email or name: adds cadence rules from the history."),
    ] = None,
    today: Annotated[
        str | None, typer.Option(help="Check as of this date (YYYY-MM-DD) instead of today.")
    ] = None,
) -> None:
    """Check drafts for desperate, pesky or pushy wording before you send them."""
    from followup.checker.runner import run_lint

    outcome = run_lint(
        files or [],
        kind=kind.to_kind(),
        output_format=output_format.value,
        fail_on=fail_on,
        fix=fix,
        to_stdout=stdout,
        config=config,
        to=to,
        today=today,
    )
    sys.stdout.write("".join(outcome.stdout))
    sys.stdout.flush()
    for line in outcome.stderr:
        print(line, file=sys.stderr)
    raise typer.Exit(outcome.code)


class WriteFormat(StrEnum):
    """--format values for write."""

    TEXT = "text"
    JSON = "json"


class WriteKind(StrEnum):
    """--kind values for write."""

    THANK_YOU = "thank-you"
    INQUIRY = "inquiry"
    SECOND_INQUIRY = "second-inquiry"
    CHECK_IN = "check-in"
    KEEP_IN_TOUCH = "keep-in-touch"


@app.command(
    epilog="Examples:\n\n"
    "  followup write notes.md\n\n"
    "  pbpaste | followup write --kind inquiry --to Maria\n\n"
    "  followup write notes.md --base-url http://127.0.0.1:8080/v1 --model smollm2\n\n"
    "  followup write notes.md --kind check-in --share 'https://example.org/report Report'\n\n"
    "  followup write notes.md --eml drafts/\n\n"
    "Without a configured model the offline writer composes the message from your notes. "
    "Each draft is ready, review (warnings shown) or BLOCKED. "
    "Exit codes: 0 no draft blocked, 1 a draft is BLOCKED, 2 bad input, 3 model failure."
)
def write(
    notes_file: Annotated[
        str | None, typer.Argument(help="Interview notes (.md/.txt); '-' or nothing: stdin.")
    ] = None,
    kind: Annotated[
        WriteKind | None,
        typer.Option(
            help="Which message to write (default: the one due, from the sent history, "
            "or from the dates and the notes)."
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(help="The recipient: first name, full name (default: everyone met)."),
    ] = None,
    new_contact: Annotated[
        bool, typer.Option("--new-contact", help="--to names someone the notes do not.")
    ] = False,
    me: Annotated[str | None, typer.Option(help="Your name, if the notes don't say.")] = None,
    company: Annotated[
        str | None, typer.Option(help="The company, if the notes don't say.")
    ] = None,
    role: Annotated[str | None, typer.Option(help="The role, if the notes don't say.")] = None,
    share: Annotated[
        str | None, typer.Option(help="For a check-in: 'URL Title' of something to share.")
    ] = None,
    output_format: Annotated[WriteFormat, typer.Option("--format", "-f")] = WriteFormat.TEXT,
    eml: Annotated[
        Path | None, typer.Option(help="Also write one .eml draft per recipient into this folder.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Model name.", envvar="FOLLOWUP_MODEL")] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="An OpenAI-compatible server (Ollama, vLLM, llama.cpp).",
            envvar="FOLLOWUP_BASE_URL",
        ),
    ] = None,
    gguf: Annotated[
        Path | None, typer.Option(help="Run a local GGUF file in-process (needs [local]).")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each model call.")] = 60.0,
    retries: Annotated[
        int, typer.Option(min=0, max=10, help="Retries (with backoff) for timeouts, 429 and 5xx.")
    ] = 3,
    max_rounds: Annotated[int, typer.Option(min=0, max=5, help="Revision rounds.")] = 2,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Skip the model-call cache.")
    ] = False,
    show_prompt: Annotated[
        bool, typer.Option("--show-prompt", help="Print the rendered prompts; call no model.")
    ] = False,
    today: Annotated[
        str | None, typer.Option(help="Write as of this date (YYYY-MM-DD) instead of today.")
    ] = None,
    config: ConfigOption = None,
    record: Annotated[
        bool, typer.Option("--record", help="Ask on the terminal whether to record it as sent.")
    ] = False,
) -> None:
    """Turn interview notes into a brief follow-up message that has passed the checker."""
    from followup import writing

    if record and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError(
            "--record asks before recording, so it needs a terminal; "
            "record later with `followup log sent FILE`"
        )
    if eml is not None and eml.exists() and not eml.is_dir():
        raise InputError(f"{eml}: --eml needs a folder, and this is a file")
    request = writing.WriteOptions(
        notes_file=notes_file,
        kind=MessageKind(kind.value) if kind is not None else None,
        to=to,
        new_contact=new_contact,
        me=me,
        company=company,
        role=role,
        share=share,
        model=model,
        base_url=base_url,
        gguf=gguf,
        timeout=timeout,
        retries=retries,
        max_rounds=max_rounds,
        cache=not no_cache,
        show_prompt=show_prompt,
        today=today,
        config=config,
    )
    outcome = writing.run_write(request, notice=lambda line: typer.echo(line, err=True))
    if show_prompt:
        for call in outcome.result.calls:
            typer.echo(f"=== prompt: {call.name} (system) ===\n{call.system}")
            typer.echo(f"=== prompt: {call.name} (user) ===\n{call.user}")
        raise typer.Exit(0)
    if output_format is WriteFormat.JSON:
        from followup.writer.output import format_json

        typer.echo(format_json(outcome.result.drafts, outcome.writer))
    else:
        from followup.writer.output import format_text

        typer.echo(format_text(outcome.result.drafts), nl=False)
    if eml is not None:
        from followup.writer.output import write_eml

        for path, blocked in write_eml(outcome.result.drafts, eml):
            if blocked:
                typer.echo(f"BLOCKED, not written as a message: {path}", err=True)
            else:
                typer.echo(f"wrote {path}", err=True)
    if record:
        from followup.cli_history import offer_to_record

        offer_to_record(outcome.result.drafts, outcome.result.brief, writing.parse_today(today))
    blocked = any(d.blocked for d in outcome.result.drafts)
    raise typer.Exit(ExitCode.FINDINGS if blocked else ExitCode.OK)


@app.command(
    "eval",
    epilog="Examples:\n\n"
    "  followup eval                                  (every case in eval/cases, offline)\n\n"
    "  followup eval eval/cases --baseline eval/baseline --min-pass 0\n\n"
    "  followup eval --filter panel --base-url http://127.0.0.1:8080/v1 --concurrency 8\n\n"
    "  followup eval --resume RUN_FOLDER             (finish an interrupted run)\n\n"
    "  followup eval --model gpt-4o-mini --out RUN --export-batch round1.jsonl\n\n"
    "  followup eval --resume RUN --import-batch out1.jsonl --export-batch round2.jsonl\n\n"
    "  followup eval --lint                           (score the checker on eval/lint)\n\n"
    "Exit codes: 0 passed, 1 pass rate below --min-pass or a regression against --baseline, "
    "2 bad case file or option, 3 model failure.",
)
def eval_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Case files or folders (default eval/cases); with --lint, labelled sets "
            "(default eval/lint).",
            show_default=False,
        ),
    ] = None,
    lint_only: Annotated[
        bool, typer.Option("--lint", help="Score the checker alone on labelled message sets.")
    ] = False,
    model: Annotated[str | None, typer.Option(help="Model name.", envvar="FOLLOWUP_MODEL")] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="An OpenAI-compatible server.", envvar="FOLLOWUP_BASE_URL"),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="Cases in flight at once.")] = 4,
    filter_text: Annotated[
        str | None,
        typer.Option("--filter", help="Only cases whose id, file or description holds this."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Run folder (default: a new folder under the data folder)."),
    ] = None,
    resume: Annotated[
        Path | None, typer.Option(help="Finish an interrupted run in its folder.")
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(help="A run folder, results.json or baseline.json to compare with."),
    ] = None,
    update_baseline: Annotated[
        Path | None, typer.Option(help="Write this run's outcomes as DIR/baseline.json.")
    ] = None,
    min_pass: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Exit 1 below this pass rate.")
    ] = 1.0,
    judge_model: Annotated[
        str | None, typer.Option(help="A model that grades llm-rubric assertions.")
    ] = None,
    judge_base_url: Annotated[
        str | None, typer.Option(help="The judge's OpenAI-compatible server.")
    ] = None,
    repeat: Annotated[
        int, typer.Option(min=1, max=20, help="Times each llm-rubric is graded.")
    ] = 1,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each model call.")] = 60.0,
    retries: Annotated[int, typer.Option(min=0, max=10, help="Retries for model calls.")] = 3,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Skip the model-call cache.")
    ] = False,
    export_batch: Annotated[
        Path | None,
        typer.Option(
            help="Write the model requests no imported file answers as an OpenAI Batch API "
            "input file (also read by vLLM's run_batch); the run goes on after the next round."
        ),
    ] = None,
    import_batch: Annotated[
        list[Path] | None,
        typer.Option(
            help="A Batch API / run_batch output file whose answers finish the run "
            "(kept in the run folder; repeatable)."
        ),
    ] = None,
    output_format: Annotated[WriteFormat, typer.Option("--format", "-f")] = WriteFormat.TEXT,
    config: ConfigOption = None,
) -> None:
    """Run sample cases through the writer and the checker; report, compare, gate."""
    from followup.evaluation import command

    if lint_only:
        code = command.lint_eval(paths or [Path("eval/lint")], output_format.value, config)
        raise typer.Exit(code)
    from followup.evaluation.session import EvalOptions

    options = EvalOptions(
        paths=paths or [Path("eval/cases")],
        model=model,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        cache=not no_cache,
        concurrency=concurrency,
        filter=filter_text,
        out=out,
        resume=resume,
        baseline=baseline,
        update_baseline=update_baseline,
        min_pass=min_pass,
        judge_model=judge_model,
        judge_base_url=judge_base_url,
        repeat=repeat,
        config=config,
        export_batch=export_batch,
        import_batch=import_batch or [],
    )
    raise typer.Exit(command.writer_eval(options, output_format.value))


@app.command(epilog="Examples:\n\n  followup new\n\n  followup new notes/acme-2026-11-24.md")
def new(
    path: Annotated[
        Path | None, typer.Argument(help="Where to write (default: notes-YYYY-MM-DD.md).")
    ] = None,
) -> None:
    """Write a notes template with the headings to fill in after an interview."""
    import datetime as dt
    import os
    import shlex
    import subprocess

    from followup.writer.template import render_template

    today = dt.date.today()
    target = path or Path(f"notes-{today.isoformat()}.md")
    if target.exists():
        raise InputError(f"{target}: already exists; choose another name (nothing was changed)")
    if target.parent and not target.parent.exists():
        raise InputError(f"{target.parent}: no such folder")
    target.write_text(render_template(today), encoding="utf-8")
    typer.echo(f"wrote {target}")
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if editor and sys.stdin.isatty() and sys.stdout.isatty():
        subprocess.run([*shlex.split(editor), str(target)], check=False)
    else:
        typer.echo(f"fill it in, then: followup write {target}")


@rules_app.callback(invoke_without_command=True)
def rules_list(ctx: typer.Context, config: ConfigOption = None) -> None:
    """List every rule: id, severity, type, kinds, and what it catches."""
    if ctx.invoked_subcommand is not None:
        return
    from followup.checker.engine import Checker
    from followup.config import discover_settings

    checker = Checker.from_settings(discover_settings(explicit=config))
    width = max(len(r.id) for r in checker.rules)
    for r in checker.rules:
        kinds = ",".join(k.value for k in r.kinds) if r.kinds else "all"
        typer.echo(f"{r.id:<{width}}  {r.severity.value:<10}  {r.extends:<14}  {kinds:<14}  ")
        if r.description:
            typer.echo(f"{'':<{width}}  {r.description}")
    typer.echo(f"{len(checker.rules)} rules. `followup rules show ID` prints one with examples.")


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="A rule id, full or short (begging).")],
    config: ConfigOption = None,
) -> None:
    """Print one rule: its file, settings, message and examples."""
    from followup.checker.engine import Checker
    from followup.config import discover_settings

    checker = Checker.from_settings(discover_settings(explicit=config))
    matches = [r for r in checker.rules if rule_id in (r.id, r.id.split(".", 1)[-1])]
    if not matches:
        raise InputError(f"unknown rule {rule_id!r}; `followup rules` lists them")
    r = matches[0]
    typer.echo(f"{r.id}  ({r.extends}, {r.severity.value})")
    typer.echo(f"file:     {r.source}")
    typer.echo(f"kinds:    {', '.join(k.value for k in r.kinds) if r.kinds else 'all'}")
    if r.description:
        typer.echo(f"catches:  {r.description}")
    typer.echo(f"message:  {r.message}")
    for label, items in (("flags", r.examples["flag"]), ("passes", r.examples["pass"])):
        typer.echo(f"{label}:")
        for ex in items:
            text = ex["text"] if isinstance(ex, dict) else ex
            typer.echo(f"  - {text}")


register_history_commands(app)  # plan, log, due, export, import: cli_history.py


def main(argv: list[str] | None = None) -> int:
    """Run the app; turn every expected failure into one line on stderr and an exit code."""
    try:
        result = app(args=argv, prog_name="followup", standalone_mode=False)
    except typer.TyperException as exc:  # click's usage errors (typer vendors click)
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message())
            return ExitCode.OK
        command = ctx.command_path if ctx is not None else "followup"
        typer.echo(f"followup: error: {exc.format_message()} (see '{command} --help')", err=True)
        return ExitCode.USAGE
    except typer.Abort:
        typer.echo("followup: aborted", err=True)
        return ExitCode.USAGE
    except FollowupError as exc:
        typer.echo(describe(exc), err=True)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("followup: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except OSError as exc:  # a path the user gave cannot be written or read
        typer.echo(describe_os_error(exc), err=True)
        return ExitCode.USAGE
    return int(result) if isinstance(result, int) else ExitCode.OK
