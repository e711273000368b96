"""Prompt templates: one YAML file per prompt in prompts/, with declared variables.

A template that uses an undeclared variable fails when it loads; rendering with a missing
or unknown variable fails loudly. Values are inserted once (never re-parsed as templates),
so braces inside the notes stay inert text, and fenced: `<` and `>` in a value are escaped,
so notes holding `</notes>` or `<system>` cannot close or open a block of the prompt.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from followup.errors import FollowupError, describe_validation_error
from followup.yamlio import load_yaml


class PromptError(FollowupError):
    """A prompt file is malformed or rendered with the wrong variables."""


def prompts_dir() -> Path:
    """The shipped prompts (inside the wheel), or the repository's prompts/ folder."""
    packaged = Path(__file__).resolve().parents[1] / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "prompts"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class PromptTemplate(BaseModel):
    """A system and a user template over declared variables."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    variables: list[str]
    system: str
    user: str

    @model_validator(mode="after")
    def _declared(self) -> PromptTemplate:
        used = _fields(self.system) | _fields(self.user)
        undeclared = used - set(self.variables)
        if undeclared:
            raise ValueError(f"uses undeclared variables: {', '.join(sorted(undeclared))}")
        return self

    def render(self, **values: str) -> tuple[str, str]:
        """(system, user) with every declared variable filled in."""
        missing = set(self.variables) - set(values)
        unknown = set(values) - set(self.variables)
        if missing:
            raise PromptError(f"prompt {self.name}: missing variables {sorted(missing)}")
        if unknown:
            raise PromptError(f"prompt {self.name}: unknown variables {sorted(unknown)}")
        fenced = {name: fence(value) for name, value in values.items()}
        return self.system.format(**fenced), self.user.format(**fenced)


def fence(value: str) -> str:
    """A value made safe to sit between a prompt's tags: no tag can start inside it."""
    return value.replace("<", "&lt;").replace(">", "&gt;")


@cache
def load_prompt(name: str, folder: Path | None = None) -> PromptTemplate:
    """Load prompts/<name>.yaml."""
    path = (folder or prompts_dir()) / f"{name}.yaml"
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return PromptTemplate.model_validate(data)
    except OSError as exc:
        raise PromptError(f"{path}: cannot read prompt: {exc.strerror or exc}") from None
    except ValidationError as exc:
        raise PromptError(f"{path}: {describe_validation_error(exc)}") from None
