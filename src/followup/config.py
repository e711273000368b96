"""Settings from `[tool.followup]` in pyproject.toml or `.followup.toml`, found upward.

The first folder (from the current one up to the root) that has a `.followup.toml`, or a
`pyproject.toml` with a `[tool.followup]` table, supplies the settings. Relative style paths
are resolved against that file's folder.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from followup.errors import ConfigError
from followup.models import MessageKind, Severity


class KindLimits(BaseModel):
    """Per-kind limits a user may tighten or loosen."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    max_words: int | None = Field(default=None, ge=1, alias="max-words")
    max_questions: int | None = Field(default=None, ge=0, alias="max-questions")


class Settings(BaseModel):
    """Everything a user can configure."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fail_on: Severity = Field(default=Severity.WARNING, alias="fail-on")
    disable: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    styles: list[Path] = Field(default_factory=list)
    limits: dict[MessageKind, KindLimits] = Field(default_factory=dict)
    model: str | None = None
    base_url: str | None = Field(default=None, alias="base-url")
    revise_rounds: int = Field(default=2, ge=0, le=5, alias="revise-rounds")
    source: Path | None = None


def find_config(start: Path) -> Path | None:
    """The nearest `.followup.toml`, or `pyproject.toml` with a followup table, upward."""
    for folder in [start, *start.parents]:
        dot = folder / ".followup.toml"
        if dot.is_file():
            return dot
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_followup_table(pyproject):
            return pyproject
    return None


def _has_followup_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.followup" in text


def load_settings(path: Path | None) -> Settings:
    """Parse settings from a file (or defaults when None); ConfigError names file and field."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("followup", {})
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: field '{loc}': {err['msg']}") from None
    settings.styles = [(path.parent / s).resolve() for s in settings.styles]
    settings.source = path
    return settings


def discover_settings(start: Path | None = None, explicit: Path | None = None) -> Settings:
    """Settings from an explicit file, or the nearest one upward from `start`."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return load_settings(explicit)
    return load_settings(find_config((start or Path.cwd()).resolve()))
