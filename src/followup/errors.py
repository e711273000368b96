"""The domain exceptions. Only cli.py turns them into printed lines and exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes shared by every command."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    MODEL = 3


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
