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

    @property
    def first_name(self) -> str:
        """The first word of the name (what a greeting uses)."""
        return self.name.split()[0] if self.name.split() else self.name


class Notes(BaseModel):
    """Interview notes as the candidate wrote them: front matter and free text."""

    front_matter: dict[str, object] = Field(default_factory=dict)
    text: str
    source: str = "<stdin>"

    @property
    def all_text(self) -> str:
        """Every front-matter value, then the free text, for grounding checks (in this
        order: after the notes, the values would fall inside a closing "## Private" section)."""
        return _flatten_values(self.front_matter) + "\n\n" + self.text


def _flatten_values(value: object) -> str:
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_flatten_values(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(_flatten_values(v) for v in value)
    return str(value)


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

    def all_topics(self) -> list[str]:
        """Everything discussed: each interviewer's topics, then the untied ones."""
        return [t for p in self.interviewers for t in p.topics] + self.topics

    def missing(self) -> list[str]:
        """The facts every message needs that are still unknown."""
        out = [name for name in ("company", "role") if not getattr(self, name)]
        if not self.interviewers:
            out.append("interviewer")
        return out


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

    @property
    def text(self) -> str:
        """What the checker reads: the subject line, a blank line, the body."""
        return f"Subject: {self.subject}\n\n{self.body}"

    @property
    def status(self) -> str:
        """ready (nothing at warning or above), review (warnings) or blocked (errors)."""
        worst = max((f.severity.rank for f in self.findings), default=-1)
        if worst >= Severity.ERROR.rank:
            return "blocked"
        return "review" if worst >= Severity.WARNING.rank else "ready"
