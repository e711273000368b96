"""The domain exceptions, and the one place that maps an exception to its exit code and
the one line a user sees (`exit_code_for`), used by both front ends (cli.py, fastpath.py)."""

from __future__ import annotations

import os
import sys
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    """Process exit codes shared by every command."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    MODEL = 3
    INTERRUPTED = 130


class FollowupError(Exception):
    """Base class: every error a user can cause or meet, with its exit code."""

    exit_code: ExitCode = ExitCode.USAGE


class InputError(FollowupError):
    """The input (a file, stdin, notes) cannot be used as given."""


class RuleError(FollowupError):
    """A rule file or style folder is malformed."""


class ConfigError(FollowupError):
    """A configuration file is malformed."""


class MissingFactsError(FollowupError):
    """The notes lack facts the writer needs. `missing` names them ('company', 'role',
    'interviewer', 'candidate'); the front end maps each to its flag and its question."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = list(missing)
        super().__init__(f"the notes do not say: {', '.join(self.missing)}")


class ModelError(FollowupError):
    """The model failed after retries: timeout, rate limit, server error, bad output."""

    exit_code = ExitCode.MODEL


def describe(exc: FollowupError) -> str:
    """The one line a user sees for a domain error."""
    return f"followup: error: {exc}"


def describe_os_error(exc: OSError) -> str:
    """The one line a user sees when a path they gave cannot be read or written."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"followup: error: {where}{exc.strerror or exc}"


def describe_validation_error(exc: Any) -> str:
    """One line for a pydantic ValidationError: the first bad field and why, without
    pydantic's "Value error, " prefix."""
    err = exc.errors()[0]
    loc = ".".join(str(part) for part in err["loc"]) or "(top level)"
    return f"field '{loc}': {plain_message(err['msg'])}"


def plain_message(message: str) -> str:
    """A validation message without pydantic's "Value error, " / "Assertion failed, "."""
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.replace(prefix, "")
    return message


def exit_code_for(exc: BaseException) -> tuple[int, str | None]:
    """The exit code and the stderr line (None: nothing to print) for an exception that
    ends a command; an exception not listed here is a bug and is raised again."""
    if isinstance(exc, FollowupError):
        return int(exc.exit_code), describe(exc)
    if isinstance(exc, KeyboardInterrupt):
        return int(ExitCode.INTERRUPTED), "followup: interrupted"
    if isinstance(exc, BrokenPipeError):  # the reader went away (| head): not an error
        stream_gone(sys.stdout)
        return int(ExitCode.OK), None
    if isinstance(exc, OSError):  # a path the user gave cannot be read or written
        return int(ExitCode.USAGE), describe_os_error(exc)
    raise exc


def stream_gone(stream: Any) -> None:
    """Python's advice for SIGPIPE (the signal module's "Note on SIGPIPE"): once the reader
    of stdout (or stderr) has gone (`| head`), point the stream at /dev/null, so that what
    is still written, and the interpreter's flush at exit, raise nothing more. SIGPIPE keeps
    Python's handler (SIG_DFL would end the process at any closed socket, and take the
    exit code with it)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (a captured stream)
        pass


def print_out(text: str, *, err: bool = False) -> None:
    """Write a command's output to stdout (or stderr); when its reader has gone, the
    command goes on: its lines on the other stream are still printed and its exit code
    stays its own (trial 10: `lint a.txt missing.txt b.txt | head` exited 0 in most runs and
    lost the missing file's line)."""
    stream = sys.stderr if err else sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        stream_gone(stream)
