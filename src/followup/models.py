"""The models the whole product shares: kinds, severities and findings (from core.py),
and the pydantic models of the writer: notes, interviewers, briefs and drafts."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from followup.core import Finding, MessageKind, Severity

__all__ = [
    "Brief",
    "Draft",
    "Finding",
    "Interviewer",
    "MessageKind",
    "Notes",
    "Severity",
]


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
