"""The options of `followup lint` (and the shared --config and --kind), defined once:
flags, help, metavar, choices, default and environment variable.

Both front ends are built from these definitions: the typer command (cli.py) and the
argparse fast path (fastlint.py), so they accept the same options and read the same
environment. Standard library only, so the fast path can import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followup.core import AUTO_KIND, MessageKind, Severity, kind_choices


@dataclass(frozen=True)
class Opt:
    """One command-line option."""

    flags: tuple[str, ...]
    help: str
    metavar: str | None = None  # None: a flag that takes no value
    choices: tuple[str, ...] = ()
    default: str | None = None
    envvar: str | None = None

    @property
    def is_flag(self) -> bool:
        """Whether the option takes no value."""
        return self.metavar is None

    def from_env(self, environ: Mapping[str, str]) -> str | None:
        """The value the environment gives, if any (an empty variable counts as unset)."""
        return (environ.get(self.envvar) or None) if self.envvar else None


CONFIG = Opt(
    ("--config",),
    "A .followup.toml or pyproject.toml to use instead of searching upward.",
    metavar="FILE",
    envvar="FOLLOWUP_CONFIG",
)

LINT_FORMATS = ("text", "json", "sarif", "github")

LINT: dict[str, Opt] = {
    "kind": Opt(
        ("--kind",),
        "The message kind; auto infers it from the text and says so.",
        metavar="KIND",
        choices=kind_choices(auto=True),
        default=AUTO_KIND,
    ),
    "output_format": Opt(
        ("--format", "-f"), "Output format.", metavar="FORMAT", choices=LINT_FORMATS, default="text"
    ),
    "fail_on": Opt(
        ("--fail-on",),
        "Exit 1 when a finding is at or above this level (default: fail-on in the config, "
        "else warning).",
        metavar="LEVEL",
        choices=tuple(s.value for s in Severity),
    ),
    "fix": Opt(("--fix",), "Apply safe fixes; the original is kept as FILE.bak."),
    "stdout": Opt(("--stdout",), "With --fix: print the fixed text, change no file."),
    "config": CONFIG,
}


WRITE_KIND = Opt(
    ("--kind",),
    "Which message to write.",
    metavar="KIND",
    choices=kind_choices(),
    default=MessageKind.THANK_YOU.value,
)


def lint_arguments(files: list[str], values: Mapping[str, Any]) -> dict[str, Any]:
    """run_lint's arguments from the parsed option values (strings, booleans or None),
    the same whichever front end parsed them."""
    kind = values["kind"]
    return {
        "files": list(files),
        "kind": None if kind in (None, AUTO_KIND) else MessageKind(kind),
        "output_format": values["output_format"],
        "fail_on": Severity(values["fail_on"]) if values["fail_on"] else None,
        "fix": bool(values["fix"]),
        "to_stdout": bool(values["stdout"]),
        "config": Path(values["config"]) if values["config"] else None,
    }
