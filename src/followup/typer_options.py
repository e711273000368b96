"""Typer options built from the shared option definitions (options.py), and the help's
layout (command sections, the examples that close each command's help), for cli.py and
cli_history.py alike: its own module because cli.py imports cli_history.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from followup.options import Opt

# The top-level help's sections, in order: each command names its own (rich_help_panel);
# a group's subcommands, which name none, are listed under "Commands".
WRITING, TRACKING, RULES = "Write and check", "Schedule and history", "Rules and evaluation"
SECTIONS = (WRITING, TRACKING, RULES, "Commands")


class HelpSections(typer.core.TyperGroup):
    """A group's help as typer's rich help panels lay it out, in plain text: every command
    under its section with its whole one-line summary, wrapped when the terminal is narrow
    (click cuts a summary to fit with '...'; rich would cost the help about as long again to
    import and render)."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows: dict[str, list[tuple[str, str]]] = {section: [] for section in SECTIONS}
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                section = getattr(command, "rich_help_panel", None) or "Commands"
                rows[section].append((name, command.get_short_help_str(limit=1000)))
        width = max((len(name) for listed in rows.values() for name, _ in listed), default=0)
        for section in SECTIONS:  # one name column across the sections
            if rows[section]:
                with formatter.section(section):
                    formatter.write_dl([(name.ljust(width), said) for name, said in rows[section]])


def _choice(opt: Opt) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in opt.choices:
            raise typer.BadParameter(f"{value!r} is not one of: {', '.join(opt.choices)}")
        return value

    return parse


def typer_option(opt: Opt) -> Any:
    """A typer option from a shared definition (options.py)."""
    help_text = opt.help + (f" One of: {', '.join(opt.choices)}." if opt.choices else "")
    kwargs: dict[str, Any] = {"help": help_text, "envvar": opt.envvar}
    if not opt.is_flag:
        kwargs["metavar"] = opt.metavar
    if opt.minimum is not None:
        kwargs["min"] = opt.minimum
    if opt.maximum is not None:
        kwargs["max"] = opt.maximum
    if opt.choices:
        kwargs["parser"] = _choice(opt)
    return typer.Option(*opt.flags, **kwargs)


def examples(*lines: str, note: str = "") -> str:
    """A help epilog: 'Examples:' and one command a line as typed, each comment after '#'
    lined up (click's \\b marker keeps the lines from being rewrapped), then `note`
    (exit codes, what the command does without options), wrapped."""
    commands = [line.partition("#") for line in lines]
    width = max((len(command.rstrip()) for command, _, said in commands if said), default=0)
    rows = [
        f"  {command.rstrip():<{width}}  # {comment.strip()}" if comment else f"  {command}"
        for command, _, comment in commands
    ]
    head = "Examples:" if len(lines) > 1 else "Example:"
    text = "\b\n" + head + "\n" + "\n".join(rows)
    return f"{text}\n\n{note}" if note else text
