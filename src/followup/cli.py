"""The typer command line: every command's parsing and help. `followup lint` and
`followup write` normally run through the fast path (fastpath.py), built from the same
option definitions (options.py); their help and usage errors come from here.

Domain code raises FollowupError subclasses; `main` turns them (through
errors.exit_code_for, shared with the fast path) and click's usage errors into one printed
line and an exit code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core

from followup import __version__
from followup.cli_history import register as register_history_commands
from followup.errors import ExitCode, FollowupError, exit_code_for, plain_message
from followup.options import CONFIG, LINT, WRITE, Opt, lint_arguments, write_arguments
from followup.typer_options import RULES, WRITING, HelpSections, examples, typer_option


def _argument_type(self: typer.core.TyperArgument, ctx: Any) -> str | None:
    """typer prints an argument's Python type (`<list[str]>`) even when it has a metavar;
    with a metavar, the metavar (already in the name column) says it."""
    if self.metavar is not None:
        return ""
    return typer.core.TyperOption.display_type(self, ctx)


typer.core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign,assignment]


# Plain help (no rich markup): rich markup would read "[local]" or "[default: ...]" in help
# text as style tags and swallow them.
app = typer.Typer(
    name="followup",
    cls=HelpSections,
    help="Turn interview notes into a brief follow-up message, and lint drafts for "
    "desperate or pesky wording.",
    epilog=examples(
        "followup new acme.md                 # a notes template to fill in",
        "followup write acme.md               # the message that is due, checked",
        "followup lint draft.txt              # check a draft before you send it",
        "followup plan acme.md --ics acme.ics # the dates, as calendar reminders",
        "followup log sent thanks.eml         # record what you sent",
        "followup due                         # what is due, across applications",
        note="'followup COMMAND --help' gives a command's options and examples.",
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
rules_app = typer.Typer(
    cls=HelpSections,
    help="List the etiquette rules, or show one with its examples.",
    epilog=examples(
        "followup rules                          # every rule, with what it catches",
        "followup rules show begging             # one rule, with its examples",
        "followup rules --config .followup.toml  # as your config leaves them",
    ),
    rich_markup_mode=None,
)
app.add_typer(rules_app, name="rules", rich_help_panel=RULES)


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


ConfigOption = Annotated[Path | None, typer_option(CONFIG)]
EVAL_FORMAT = Opt(("--format", "-f"), "Output format.", "FORMAT", ("text", "json"), "text")


@app.command(
    short_help="Check drafts for desperate, pesky or pushy wording.",
    rich_help_panel=WRITING,
    epilog=examples(
        "followup lint draft.txt",
        "followup lint drafts/               # each .txt, .md and .eml in it",
        "followup lint --kind check-in --format json note.md",
        "pbpaste | followup lint -",
        "followup lint --fix draft.txt       # writes it, keeps draft.txt.bak",
        "followup lint --fix --stdout draft.txt",
        "followup lint draft.txt --to maria@acme.example",
        note="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.",
    ),
)
def lint(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILES",
            help="Drafts to check (.txt, .md, .eml); '-' or nothing reads stdin.",
        ),
    ] = None,
    kind: Annotated[str, typer_option(LINT["kind"])] = str(LINT["kind"].default),
    output_format: Annotated[str, typer_option(LINT["output_format"])] = str(
        LINT["output_format"].default
    ),
    fail_on: Annotated[str | None, typer_option(LINT["fail_on"])] = None,
    fix: Annotated[bool, typer_option(LINT["fix"])] = False,
    stdout: Annotated[bool, typer_option(LINT["stdout"])] = False,
    config: Annotated[str | None, typer_option(LINT["config"])] = None,
    to: Annotated[str | None, typer_option(LINT["to"])] = None,
    today: Annotated[str | None, typer_option(LINT["today"])] = None,
) -> None:
    """Check drafts for desperate, pesky or pushy wording before you send them."""
    from followup.checker.runner import run_lint

    values = {
        "kind": kind,
        "output_format": output_format,
        "fail_on": fail_on,
        "fix": fix,
        "stdout": stdout,
        "config": config,
        "to": to,
        "today": today,
    }
    outcome = run_lint(**lint_arguments(files or [], values))
    outcome.print()
    raise typer.Exit(outcome.code)


@app.command(
    short_help="Notes in, a checked follow-up message out.",
    rich_help_panel=WRITING,
    epilog=examples(
        "followup write notes.md                 # the kind due today, and why",
        "pbpaste | followup write --kind inquiry --to Maria",
        "followup write notes.md --kind check-in --share 'https://x.org/r Report'",
        "followup write notes.md --eml drafts/   # also .eml drafts",
        "followup write notes.md --base-url http://127.0.0.1:8080/v1 --model smollm2",
        note="Without a configured model the offline writer composes the message from your "
        "notes. Exit codes: 0 every draft ready or for review, 1 a draft is BLOCKED by the "
        "checker, 2 bad input, 3 model failure.",
    ),
)
def write(
    notes_file: Annotated[
        str | None,
        typer.Argument(metavar="NOTES", help="Interview notes (.md/.txt); '-' or nothing: stdin."),
    ] = None,
    kind: Annotated[str | None, typer_option(WRITE["kind"])] = None,
    to: Annotated[str | None, typer_option(WRITE["to"])] = None,
    new_contact: Annotated[bool, typer_option(WRITE["new_contact"])] = False,
    me: Annotated[str | None, typer_option(WRITE["me"])] = None,
    company: Annotated[str | None, typer_option(WRITE["company"])] = None,
    role: Annotated[str | None, typer_option(WRITE["role"])] = None,
    share: Annotated[str | None, typer_option(WRITE["share"])] = None,
    output_format: Annotated[str, typer_option(WRITE["output_format"])] = "text",
    eml: Annotated[Path | None, typer_option(WRITE["eml"])] = None,
    model: Annotated[str | None, typer_option(WRITE["model"])] = None,
    base_url: Annotated[str | None, typer_option(WRITE["base_url"])] = None,
    gguf: Annotated[Path | None, typer_option(WRITE["gguf"])] = None,
    timeout: Annotated[float, typer_option(WRITE["timeout"])] = 60.0,
    retries: Annotated[int, typer_option(WRITE["retries"])] = 3,
    max_rounds: Annotated[int, typer_option(WRITE["max_rounds"])] = 2,
    no_cache: Annotated[bool, typer_option(WRITE["no_cache"])] = False,
    show_prompt: Annotated[bool, typer_option(WRITE["show_prompt"])] = False,
    today: Annotated[str | None, typer_option(WRITE["today"])] = None,
    record: Annotated[bool, typer_option(WRITE["record"])] = False,
    config: ConfigOption = None,
) -> None:
    """Turn interview notes into a brief follow-up message that has passed the checker."""
    values = dict(locals())  # every parameter above, by name
    from followup.writing import WriteOptions, write_command

    options = WriteOptions(**write_arguments(values.pop("notes_file"), values))
    raise typer.Exit(write_command(options))


@app.command(
    "eval",
    short_help="Score the writer and the checker on sample cases.",
    rich_help_panel=RULES,
    epilog=examples(
        "followup eval                                        # every case, offline",
        "followup eval --baseline eval/baseline --min-pass 0  # fail on a regression",
        "followup eval --filter panel --base-url http://127.0.0.1:8080/v1",
        "followup eval --resume RUN                           # finish a stopped run",
        "followup eval --model gpt-4o-mini --out RUN --export-batch round1.jsonl",
        "followup eval --resume RUN --import-batch out1.jsonl",
        "followup eval --lint                                 # score the checker",
        note="Exit codes: 0 passed, 1 pass rate below --min-pass or a regression against "
        "--baseline, 2 bad case file or option, 3 model failure.",
    ),
)
def eval_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATHS",
            help="Case files or folders (default eval/cases); with --lint, labelled sets "
            "(default eval/lint).",
            show_default=False,
        ),
    ] = None,
    lint_only: Annotated[
        bool, typer.Option("--lint", help="Score the checker alone on labelled message sets.")
    ] = False,
    model: Annotated[
        str | None, typer.Option(metavar="NAME", help="Model name.", envvar="FOLLOWUP_MODEL")
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            metavar="URL", help="An OpenAI-compatible server.", envvar="FOLLOWUP_BASE_URL"
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(metavar="N", min=1, max=64, help="Cases in flight at once.")
    ] = 4,
    filter_text: Annotated[
        str | None,
        typer.Option(
            "--filter", metavar="TEXT", help="Only cases whose id, file or description holds this."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR", help="Run folder (default: a new folder under the data folder)."
        ),
    ] = None,
    resume: Annotated[
        Path | None, typer.Option(metavar="RUN", help="Finish an interrupted run in its folder.")
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            metavar="PATH", help="A run folder, results.json or baseline.json to compare with."
        ),
    ] = None,
    update_baseline: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Write this run's outcomes as DIR/baseline.json."),
    ] = None,
    min_pass: Annotated[
        float, typer.Option(metavar="RATE", min=0.0, max=1.0, help="Exit 1 below this pass rate.")
    ] = 1.0,
    judge_model: Annotated[
        str | None, typer.Option(metavar="NAME", help="A model that grades llm-rubric assertions.")
    ] = None,
    judge_base_url: Annotated[
        str | None, typer.Option(metavar="URL", help="The judge's OpenAI-compatible server.")
    ] = None,
    repeat: Annotated[
        int, typer.Option(metavar="N", min=1, max=20, help="Times each llm-rubric is graded.")
    ] = 1,
    timeout: Annotated[
        float, typer.Option(metavar="SECONDS", help="Seconds to wait for each model call.")
    ] = 60.0,
    retries: Annotated[
        int, typer.Option(metavar="N", min=0, max=10, help="Retries for model calls.")
    ] = 3,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Skip the model-call cache.")
    ] = False,
    export_batch: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Write the model requests no imported file answers as an OpenAI Batch API "
            "input file (also read by vLLM's run_batch); the run goes on after the next round.",
        ),
    ] = None,
    import_batch: Annotated[
        list[Path] | None,
        typer.Option(
            metavar="FILE",
            help="A Batch API / run_batch output file whose answers finish the run "
            "(kept in the run folder; repeatable).",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer_option(Opt(("--format", "-f"), "Output format.", "FORMAT", ("text", "json"), "text")),
    ] = "text",
    config: ConfigOption = None,
) -> None:
    """Run sample cases through the writer and the checker; report, compare, gate."""
    from followup.evaluation import command

    if lint_only:
        code = command.lint_eval(paths or [Path("eval/lint")], output_format, config)
        raise typer.Exit(code)
    from followup.evaluation.session import EvalOptions

    options = EvalOptions(
        paths=paths or ([] if resume else [Path("eval/cases")]),  # --resume: the run's own
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
    raise typer.Exit(command.writer_eval(options, output_format))


@app.command(
    short_help="Write a notes template to fill in after an interview.",
    rich_help_panel=WRITING,
    epilog=examples(
        "followup new                          # notes-YYYY-MM-DD.md",
        "followup new notes/acme-2026-11-24.md",
    ),
)
def new(
    path: Annotated[
        Path | None,
        typer.Argument(metavar="FILE", help="Where to write (default: notes-YYYY-MM-DD.md)."),
    ] = None,
) -> None:
    """Write a notes template with the headings to fill in after an interview, and open it
    in $VISUAL or $EDITOR on a terminal. An existing file is never overwritten."""
    from followup.small_commands import new_notes

    new_notes(path)


@rules_app.callback(invoke_without_command=True)
def rules_list(ctx: typer.Context, config: ConfigOption = None) -> None:
    """List every rule: id, severity, type, kinds, and what it catches."""
    if ctx.invoked_subcommand is not None:
        return
    from followup.small_commands import list_rules

    list_rules(config)


@rules_app.command(
    "show",
    epilog=examples(
        "followup rules show begging              # a short id",
        "followup rules show etiquette.pestering  # a full id",
    ),
)
def rules_show(
    rule_id: Annotated[
        str, typer.Argument(metavar="RULE", help="A rule id, full or short (begging).")
    ],
    config: ConfigOption = None,
) -> None:
    """Print one rule: its file, settings, message and examples."""
    from followup.small_commands import show_rule

    show_rule(rule_id, config)


register_history_commands(app)  # plan, log, due, export, import: cli_history.py


def keep_close_suggestions(exc: Exception) -> None:
    """Click suggests any option within a 0.6 similarity ('--bogus': '--gguf'); keep only
    near typos (a ratio of 0.75 or more between the names without their dashes)."""
    possibilities = getattr(exc, "possibilities", None)
    name = getattr(exc, "option_name", None)
    if not possibilities or not name:
        return
    bare = name.lstrip("-")
    import difflib  # only for a mistyped option

    def near(option: str) -> bool:
        return difflib.SequenceMatcher(None, bare, option.lstrip("-")).ratio() >= 0.75

    exc.possibilities = [p for p in possibilities if near(p)]  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    """Run the app; turn every expected failure into one line on stderr and an exit code
    (errors.exit_code_for, shared with the fast lint path; click's usage errors here)."""
    try:
        result = app(args=argv, prog_name="followup", standalone_mode=False)
    except typer.TyperException as exc:  # click's usage errors (typer vendors click)
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message())
            return ExitCode.OK
        command = ctx.command_path if ctx is not None else "followup"
        keep_close_suggestions(exc)
        message = plain_message(exc.format_message())
        typer.echo(f"followup: error: {message} (see '{command} --help')", err=True)
        return ExitCode.USAGE
    except typer.Abort:
        typer.echo("followup: aborted", err=True)
        return ExitCode.USAGE
    except (FollowupError, OSError, KeyboardInterrupt) as exc:
        code, line = exit_code_for(exc)
        if line:
            typer.echo(line, err=True)
        return code
    if result == ExitCode.INTERRUPTED:  # typer turns Ctrl-C into Exit(130), silently
        typer.echo(exit_code_for(KeyboardInterrupt())[1], err=True)
    return int(result) if isinstance(result, int) else ExitCode.OK
