"""The settings schema: what `[tool.followup]` or `.followup.toml` may contain."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from followup.core import MessageKind, Severity


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
    temperature: float = Field(default=0.2, ge=0, le=2)
    seed: int | None = None
    revise_rounds: int = Field(default=2, ge=0, le=5, alias="revise-rounds")
    source: Path | None = None
