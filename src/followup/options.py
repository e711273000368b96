"""The options of `followup lint` and `followup write` (and the fact flags `followup plan`
shares with write), defined once: flags, help,
metavar, choices, range, default and environment variable.

Both front ends are built from these definitions: the typer commands (cli.py) and the
argparse fast path (fastpath.py), so they accept the same options and read the same
environment, and the same functions (`lint_arguments`, `write_arguments`) turn the parsed
values into what the command runs with. Standard library only, so the fast path can
import it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    default: Any = None
    envvar: str | None = None
    convert: Callable[[str], Any] = str  # the value's type, for the fast path
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, text: str) -> Any:
        """The value from its text, or ValueError (also when out of range)."""
        value = self.convert(text)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{text} is below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{text} is above {self.maximum}")
        return value

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
# how every date option is read (timeline.parse_day)
DATE_FORMS = "(YYYY-MM-DD, or a phrase like 'yesterday')"

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
    "stdout": Opt(
        ("--stdout",),
        "With --fix: print the fixed text (with the file's line endings and BOM), change no file.",
    ),
    "config": CONFIG,
    "to": Opt(
        ("--to",),
        "The recipient's email or name: adds the timing rules from the sent history.",
        "EMAIL",
    ),
    "today": Opt(("--today",), f"Check as of this date instead of today {DATE_FORMS}.", "DATE"),
}


# Facts the notes may leave out, for every command that reads notes (write, plan): read
# the same way by both, so the candidate `--me` names is never a contact (trial 10).
FACTS: dict[str, Opt] = {
    "me": Opt(("--me",), "Your name, if the notes don't say.", "NAME"),
    "company": Opt(("--company",), "The company, if the notes don't say.", "NAME"),
    "role": Opt(("--role",), "The role, if the notes don't say.", "TITLE"),
}

WRITE: dict[str, Opt] = {
    "kind": Opt(
        ("--kind",),
        "Which message to write (default: the one due, from the sent history, or from the "
        "dates and the notes, said in one line).",
        metavar="KIND",
        choices=kind_choices(),
    ),
    "to": Opt(("--to",), "The recipient: first name or full name (default: everyone met).", "NAME"),
    "new_contact": Opt(("--new-contact",), "--to names someone the notes do not."),
    **FACTS,
    "share": Opt(
        ("--share",), "For a check-in: the link and title of something to share.", "'URL TITLE'"
    ),
    "output_format": Opt(
        ("--format", "-f"), "Output format.", "FORMAT", choices=("text", "json"), default="text"
    ),
    "eml": Opt(("--eml",), "Also write one .eml draft per recipient into DIR.", "DIR"),
    "model": Opt(("--model",), "Model name.", "NAME", envvar="FOLLOWUP_MODEL"),
    "base_url": Opt(
        ("--base-url",),
        "An OpenAI-compatible server (Ollama, vLLM, llama.cpp).",
        "URL",
        envvar="FOLLOWUP_BASE_URL",
    ),
    "gguf": Opt(
        ("--gguf",),
        "Run a local GGUF model file in-process (needs the local extra: "
        "pip install '.[local]' in a followup checkout).",
        "FILE",
    ),
    "timeout": Opt(
        ("--timeout",),
        "Seconds to wait for each whole model reply.",
        "SECONDS",
        default=60.0,
        convert=float,
    ),
    "retries": Opt(
        ("--retries",),
        "Tries after a failed model call (timeout, 429, 5xx, unreadable reply), with backoff; "
        "0: one try, no retry.",
        "N",
        default=3,
        convert=int,
        minimum=0,
        maximum=10,
    ),
    "max_rounds": Opt(
        ("--max-rounds",), "Revision rounds.", "N", default=2, convert=int, minimum=0, maximum=5
    ),
    "no_cache": Opt(("--no-cache",), "Skip the model-call cache."),
    "show_prompt": Opt(("--show-prompt",), "Print the rendered prompts; call no model."),
    "today": Opt(("--today",), f"Write as of this date instead of today {DATE_FORMS}.", "DATE"),
    "record": Opt(
        ("--record",), "Ask on the terminal whether to record each draft as sent (history)."
    ),
    "config": CONFIG,
}


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
        "to": values.get("to") or None,
        "today": values.get("today") or None,
    }


def write_arguments(notes_file: str | None, values: Mapping[str, Any]) -> dict[str, Any]:
    """writing.WriteOptions' fields from the parsed option values, the same whichever front
    end parsed them."""
    paths = ("eml", "gguf", "config")
    out = {k: v for k, v in values.items() if k not in ("no_cache", "show_prompt", *paths)}
    out.update({k: Path(values[k]) if values[k] else None for k in paths})
    out["kind"] = MessageKind(values["kind"]) if values["kind"] else None
    out["new_contact"] = bool(values.get("new_contact"))
    out["record"] = bool(values.get("record"))
    out["cache"] = not values["no_cache"]
    out["show_prompt"] = bool(values["show_prompt"])
    out["notes_file"] = notes_file
    return out
