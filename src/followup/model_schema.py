"""The pydantic twins of the writer's data types (models.py), for what needs pydantic: the
JSON schema a model is asked to fill (the extract prompt's Brief, a draft's MessageText),
and validating values that are not already exactly of their field's type (front-matter
people, a model's answer). Imported only then: the offline write path never loads pydantic's
model machinery (about a fifth of that command's start-up, measured).

The classes keep the names, fields, descriptions and docstrings they had when they were the
writer's own types, so the JSON schema a model sees is unchanged.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from followup.core import Finding, MessageKind


class Interviewer(BaseModel):
    """A person the candidate met, with what was discussed with them."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="full name as written in the notes")
    title: str | None = Field(default=None, description="job title, if the notes give one")
    honorific: str | None = Field(default=None, description="Dr., Prof., Ms., Mr., Mx., if used")
    email: str | None = None
    topics: list[str] = Field(
        default_factory=list, description="specific things discussed with this person"
    )
    interests: list[str] = Field(
        default_factory=list, description="subjects this person cares about (for check-ins)"
    )
    concerns: list[str] = Field(
        default_factory=list, description="concerns this person raised about the candidate"
    )


class Notes(BaseModel):
    """Interview notes as the candidate wrote them: front matter and free text."""

    front_matter: dict[str, object] = Field(default_factory=dict)
    text: str
    source: str = "<stdin>"


class Brief(BaseModel):
    """The facts a message is built from, extracted from notes."""

    model_config = ConfigDict(extra="ignore")

    candidate: str | None = Field(default=None, description="the candidate's own name")
    company: str | None = Field(default=None, description="the employer's name")
    role: str | None = Field(default=None, description="the job title applied for")
    interview_date: dt.date | None = Field(default=None, description="YYYY-MM-DD")
    decision_date: dt.date | None = Field(
        default=None, description="when the employer said they would decide, YYYY-MM-DD"
    )
    interviewers: list[Interviewer] = Field(default_factory=list)
    topics: list[str] = Field(
        default_factory=list, description="things discussed that are not tied to one interviewer"
    )
    highlights: list[str] = Field(default_factory=list, description="what went well")
    qualifications: list[str] = Field(
        default_factory=list, description="why the candidate fits, in their words"
    )
    forgot_to_mention: str | None = Field(
        default=None, description="a point the candidate forgot to make"
    )
    next_steps: str | None = None


class Draft(BaseModel):
    """One message for one recipient: subject and body, with its kind and its check."""

    kind: MessageKind
    recipient: Interviewer | None = None
    subject: str
    body: str
    findings: list[Finding] = Field(default_factory=list)
    blocked: bool = False
    writer: str = "offline"
    rounds: int = 0


class MessageText(BaseModel):
    """What the model writes: a subject line and a plain-text body."""

    subject: str = Field(description="the email subject line, under 70 characters")
    body: str = Field(description="the email body: greeting, 2-4 short paragraphs, sign-off")
