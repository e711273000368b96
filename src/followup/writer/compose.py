"""Composing drafts: the `Composer` protocol and the model composer.

Two composers implement the protocol: `offline.OfflineComposer` (no model) and
`ModelComposer` (a LangChain chat model through `backend.ask_structured`, the model seam).
The pipeline's loop does not know which one it has: compose, check, and while errors remain
ask the composer to revise (the offline one declines). A model reads only the public part of
the notes: private remarks and instruction-like lines are left out before any prompt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from followup.core import MessageKind, Severity
from followup.models import Draft, Interviewer
from followup.notes import Reading
from followup.privacy import never_a_topic
from followup.writer.share import Share
from followup.writer.untrusted import prompt_notes

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from pydantic import BaseModel

    from followup.writer.prompts import PromptTemplate

T = TypeVar("T", bound="BaseModel")


@dataclass
class ModelCall:
    """One rendered prompt, for --show-prompt and for counting calls."""

    name: str
    system: str
    user: str


@dataclass
class ComposeJob:
    """Everything a composer needs for one draft."""

    reading: Reading
    person: Interviewer
    kind: MessageKind
    index: int
    today: dt.date
    share: Share | None = None
    calls: list[ModelCall] = field(default_factory=list)
    avoid: frozenset[str] = frozenset()  # note phrases a revision leaves out
    status: str | None = None  # the application's status in the history ("rejected", ...)


class Composer(Protocol):
    """Writes a draft for one recipient, and may revise it given the checker's findings."""

    name: str

    def compose(self, job: ComposeJob) -> Draft:
        """The first draft."""

    def revise(self, job: ComposeJob, draft: Draft) -> Draft | None:
        """A revised draft, or None when this composer does not revise."""


def when_phrase(day: dt.date | None, today: dt.date) -> str:
    """'today', 'yesterday', 'on Monday' within a week, else 'on November 20'."""
    if day is None:
        return ""
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if 1 < delta < 7:
        return f"on {day.strftime('%A')}"
    return f"on {day.strftime('%B')} {day.day}"


class ModelClient:
    """A chat model and how to ask it (retries, backoff); dry_run renders and calls nothing."""

    def __init__(
        self,
        model: BaseChatModel | None,
        *,
        output_retries: int = 2,
        backoff: float = 0.5,
        dry_run: bool = False,
        name: str = "the model",
    ) -> None:
        self.name = name
        self.model = model
        self.output_retries = output_retries
        self.backoff = backoff
        self.dry_run = dry_run

    def structured(self, schema: type[T], system: str, user: str) -> T:
        """One structured reply from the model (see backend.ask_structured)."""
        from followup.writer.backend import ask_structured

        assert self.model is not None
        return ask_structured(
            self.model,
            schema,
            system,
            user,
            retries=self.output_retries,
            backoff=self.backoff,
            name=self.name,
        )


class ModelComposer:
    """The Composer that asks a chat model, with the kind's prompt and the revise prompt."""

    def __init__(self, client: ModelClient, name: str = "model") -> None:
        self.client = client
        self.name = name

    def compose(self, job: ComposeJob) -> Draft:
        """Render the kind's prompt and ask the model (or, dry, only render it)."""
        prompt = lazy_prompt(job.kind.value)
        values = prompt_values(job)
        system, user = prompt.render(**{k: v for k, v in values.items() if k in prompt.variables})
        job.calls.append(ModelCall(job.kind.value, system, user))
        if self.client.dry_run:
            return Draft(kind=job.kind, recipient=job.person, subject="", body="", writer="none")
        from followup.model_schema import MessageText

        text = self.client.structured(MessageText, system, user)
        return Draft(
            kind=job.kind,
            recipient=job.person,
            subject=text.subject.strip(),
            body=text.body.strip() + "\n",
            writer=self.name,
        )

    def revise(self, job: ComposeJob, draft: Draft) -> Draft | None:
        """Send the error-level findings back with the draft; None when dry or when only
        warnings remain (a model call is not worth a warning)."""
        if self.client.dry_run or not any(f.severity is Severity.ERROR for f in draft.findings):
            return None
        findings = "\n".join(
            f"- {f.severity.value}: {f.message} (at: {f.match!r})"
            for f in draft.findings
            if f.severity is not Severity.SUGGESTION
        )
        system, user = lazy_prompt("revise").render(
            kind=draft.kind.value,
            subject=draft.subject,
            body=draft.body,
            findings=findings,
            notes=prompt_notes(job.reading),
        )
        job.calls.append(ModelCall("revise", system, user))
        from followup.model_schema import MessageText

        text = self.client.structured(MessageText, system, user)
        return draft.model_copy(
            update={
                "subject": text.subject.strip(),
                "body": text.body.strip() + "\n",
                "rounds": draft.rounds + 1,
            }
        )


def prompt_values(job: ComposeJob) -> dict[str, str]:
    """The variables the kind prompts may use."""
    brief, person = job.reading.brief, job.person
    evidence = brief.forgot_to_mention or "; ".join(brief.qualifications) or "(none)"
    # a person with no topic of their own gets the untied ones, never another interviewer's
    topics = person.topics or brief.topics
    if job.kind is MessageKind.CHECK_IN:
        topics = person.interests or topics
    topics = [t for t in topics if not never_a_topic(t)]  # "whether I plan to have kids"
    return {
        "candidate": brief.candidate or "",
        "company": brief.company or "",
        "role": brief.role or "",
        "recipient": person.name,
        "recipient_title": person.title or "interviewer",
        "when": when_phrase(brief.interview_date, job.today) or "recently",
        "topics": "; ".join(topics) or "(none noted)",
        "concern": "; ".join(person.concerns) or "(none)",
        "evidence": evidence,
        "share": str(job.share) if job.share else "",
        "notes": prompt_notes(job.reading),
    }


def lazy_prompt(name: str) -> PromptTemplate:
    """prompts.load_prompt, imported on first use: the offline writer renders no prompt, so
    `followup write` without a model never loads the prompt files or their YAML."""
    from followup.writer.prompts import load_prompt

    return load_prompt(name)
