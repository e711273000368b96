"""The pydantic models the whole product shares: kinds, findings, notes, briefs and drafts."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class MessageKind(StrEnum):
    """The kinds of follow-up message, in the order the timeline sends them."""

    THANK_YOU = "thank-you"
    INQUIRY = "inquiry"
    SECOND_INQUIRY = "second-inquiry"
    CHECK_IN = "check-in"
    KEEP_IN_TOUCH = "keep-in-touch"


class Severity(StrEnum):
    """How much a finding hurts the candidate; ordered suggestion < warning < error."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for suggestion, 1 for warning, 2 for error."""
        return _RANK[self]


_RANK = {Severity.SUGGESTION: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Finding(BaseModel):
    """One alert: a rule matched a span of the checked text."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    severity: Severity
    message: str
    start: int = Field(ge=0, description="character offset where the span starts")
    end: int = Field(ge=0, description="character offset just past the span")
    line: int = Field(ge=1)
    column: int = Field(ge=1, description="1-based, in characters")
    match: str
    fix: str | None = Field(default=None, description="suggested replacement for the span")
    fix_is_safe: bool = False

    def sort_key(self) -> tuple[int, int, str]:
        """Findings sort by position, then rule id."""
        return (self.start, self.end, self.rule_id)


class Interviewer(BaseModel):
    """A person the candidate met, with what was discussed with them."""

    model_config = ConfigDict(extra="forbid")

    name: str
    title: str | None = None
    email: str | None = None
    topics: list[str] = Field(default_factory=list)
    interests: list[str] = Field(default_factory=list)


class Notes(BaseModel):
    """Interview notes as the candidate wrote them: front matter and free text."""

    front_matter: dict[str, object] = Field(default_factory=dict)
    text: str
    source: str = "<stdin>"


class Brief(BaseModel):
    """The facts a message is built from, extracted from notes."""

    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    interview_date: dt.date | None = None
    decision_date: dt.date | None = None
    interviewers: list[Interviewer] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)
    qualifications: list[str] = Field(default_factory=list)
    forgot_to_mention: str | None = None
    concerns: list[str] = Field(default_factory=list)
    next_steps: str | None = None


class Draft(BaseModel):
    """One message for one recipient: subject and body, with its kind."""

    kind: MessageKind
    recipient: Interviewer | None = None
    subject: str
    body: str
    findings: list[Finding] = Field(default_factory=list)
    blocked: bool = False
    writer: str = "offline"
