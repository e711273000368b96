"""The pipeline: notes -> brief -> drafts -> check -> revise, with the checker as the gate.

The pipeline takes a LangChain chat model (a fake one in tests, a real one from the CLI)
or None for the offline writer, and talks to it only through `backend.ask_structured`, the
model seam; LangChain and openai are imported there, only when a model is used, so the
offline writer starts without them. A draft that still has an error-level finding after
the revision rounds is marked blocked.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, Field

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import Finding, MessageKind, Severity
from followup.errors import InputError, MissingFactsError
from followup.models import Brief, Draft, Interviewer, Notes
from followup.notes import brief_from_notes
from followup.writer import offline
from followup.writer.untrusted import grounded_facts, prompt_notes

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from followup.writer.prompts import PromptTemplate

T = TypeVar("T", bound=BaseModel)


class MessageText(BaseModel):
    """What the model writes: a subject line and a plain-text body."""

    subject: str = Field(description="the email subject line, under 70 characters")
    body: str = Field(description="the email body: greeting, 2-4 short paragraphs, sign-off")


@dataclass
class WriteRequest:
    """What the user asked for."""

    notes: Notes
    kind: MessageKind = MessageKind.THANK_YOU
    to: str | None = None
    share: str | None = None
    today: dt.date = field(default_factory=dt.date.today)
    overrides: dict[str, str] = field(default_factory=dict)  # candidate, company, role


@dataclass
class ModelCall:
    """One rendered prompt, for --show-prompt and for counting calls."""

    name: str
    system: str
    user: str


@dataclass
class WriteResult:
    """The drafts, the brief they came from, and how many model calls it took."""

    brief: Brief
    drafts: list[Draft]
    calls: list[ModelCall] = field(default_factory=list)


class Pipeline:
    """extract -> compose -> check -> revise."""

    def __init__(
        self,
        checker: Checker,
        model: BaseChatModel | None = None,
        *,
        model_name: str = "model",
        max_rounds: int = 2,
        output_retries: int = 2,
        backoff: float = 0.5,
        dry_run: bool = False,
        status: Callable[[str], None] | None = None,
    ) -> None:
        self.checker = checker
        self.model = model
        self.model_name = model_name
        self.max_rounds = max_rounds
        self.output_retries = output_retries
        self.backoff = backoff
        self.dry_run = dry_run  # --show-prompt: render prompts, call nothing
        self.status = status  # told what each model call is for, before it is made

    # -- brief ---------------------------------------------------------------------------
    def brief(self, request: WriteRequest, calls: list[ModelCall]) -> Brief:
        """Front matter and note patterns first; the model reads free text when needed."""
        notes = request.notes
        brief = brief_from_notes(notes, request.today)
        needs_model = self.model is not None and (brief.missing() or not _has_topics(brief))
        if needs_model and not notes.front_matter.get("interviewers"):
            system, user = _load_prompt("extract").render(
                today=request.today.isoformat(), notes=prompt_notes(notes)
            )
            calls.append(ModelCall("extract", system, user))
            self._tell("reading the notes")
            if not self.dry_run:
                extracted = self._structured(Brief, system, user)
                brief = _merge(brief, extracted)
        for key, value in request.overrides.items():
            if value:
                setattr(brief, key, value)
        return brief

    # -- compose -------------------------------------------------------------------------
    def run(self, request: WriteRequest) -> WriteResult:
        """Write, check and (with a model) revise one draft per recipient."""
        calls: list[ModelCall] = []
        brief = self.brief(request, calls)
        missing = brief.missing()
        if request.to:
            missing = [m for m in missing if m != "interviewer"]
        if not brief.candidate:
            missing.append("candidate")
        if missing:
            flags = {"company": "--company", "role": "--role", "candidate": "--me"}
            flags["interviewer"] = "--to"
            raise MissingFactsError(
                f"the notes do not say: {', '.join(missing)}; "
                f"pass {', '.join(flags[m] for m in missing)}"
            )
        recipients = _recipients(brief, request)
        if request.kind is MessageKind.CHECK_IN and not (request.share or _share(request)):
            interest = next((i for p in recipients for i in p.interests), "what they care about")
            raise InputError(
                "a check-in must offer something of value: pass --share 'URL Title' "
                f"(for example an article on {interest})"
            )
        share = request.share or _share(request)
        if self.model is None and not self.dry_run:
            drafts = offline.compose(brief, request.kind, recipients, request.today, share)
            for draft in drafts:
                self._check(draft, brief, request, share)
                draft.blocked = _has_errors(draft.findings)
            flag_copies(drafts)
            return WriteResult(brief, drafts, calls)
        drafts = []
        for n, person in enumerate(recipients):
            self._tell(f"drafting the note to {person.name} ({n + 1}/{len(recipients)})")
            draft = self._compose_with_model(brief, person, request, share, calls)
            drafts.append(draft)
        flag_copies(drafts)
        return WriteResult(brief, drafts, calls)

    def _compose_with_model(
        self,
        brief: Brief,
        person: Interviewer,
        request: WriteRequest,
        share: str | None,
        calls: list[ModelCall],
    ) -> Draft:
        prompt = _load_prompt(request.kind.value)
        values = _prompt_values(brief, person, request, share)
        system, user = prompt.render(**{k: v for k, v in values.items() if k in prompt.variables})
        calls.append(ModelCall(request.kind.value, system, user))
        if self.dry_run:
            return Draft(kind=request.kind, recipient=person, subject="", body="", writer="none")
        text = self._structured(MessageText, system, user)
        draft = Draft(
            kind=request.kind,
            recipient=person,
            subject=text.subject.strip(),
            body=text.body.strip() + "\n",
            writer=self.model_name,
        )
        self._check(draft, brief, request, share)
        while _has_errors(draft.findings) and draft.rounds < self.max_rounds:
            draft = self._revise(draft, brief, request, share, calls)
        draft.blocked = _has_errors(draft.findings)
        return draft

    def _revise(
        self,
        draft: Draft,
        brief: Brief,
        request: WriteRequest,
        share: str | None,
        calls: list[ModelCall],
    ) -> Draft:
        findings = "\n".join(
            f"- {f.severity.value}: {f.message} (at: {f.match!r})"
            for f in draft.findings
            if f.severity is not Severity.SUGGESTION
        )
        system, user = _load_prompt("revise").render(
            kind=draft.kind.value,
            subject=draft.subject,
            body=draft.body,
            findings=findings,
            notes=prompt_notes(request.notes),
        )
        calls.append(ModelCall("revise", system, user))
        errors = sum(1 for f in draft.findings if f.severity is Severity.ERROR)
        name = draft.recipient.name if draft.recipient else "the recipient"
        self._tell(f"revising the note to {name}: {errors} finding{'s' * (errors != 1)}")
        text = self._structured(MessageText, system, user)
        revised = draft.model_copy(
            update={
                "subject": text.subject.strip(),
                "body": text.body.strip() + "\n",
                "rounds": draft.rounds + 1,
            }
        )
        self._check(revised, brief, request, share)
        return revised

    # -- check ---------------------------------------------------------------------------
    def _check(self, draft: Draft, brief: Brief, request: WriteRequest, share: str | None) -> None:
        person = draft.recipient
        supplied = (share, request.to, *request.overrides.values())  # facts given as flags
        facts = grounded_facts(request.notes, supplied)
        topics = (person.topics + person.interests) if person else []
        if not topics:
            topics = brief.all_topics()
        if request.kind is MessageKind.CHECK_IN and share:
            topics = [*topics, share]
        days_until = (brief.decision_date - request.today).days if brief.decision_date else None
        days_since = (request.today - brief.interview_date).days if brief.interview_date else None
        context = Context(
            recipient=person.name if person else None,
            company=brief.company,
            role=brief.role,
            known_facts=facts,
            topics=topics or None,
            days_until_decision=days_until,
            days_since_interview=days_since,
        )
        draft.findings = self.checker.check(draft.text, request.kind, context).findings

    def _tell(self, what: str) -> None:
        if self.status is not None and not self.dry_run:
            self.status(what)

    # -- the model seam --------------------------------------------------------------------
    def _structured(self, schema: type[T], system: str, user: str) -> T:
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
            name=self.model_name,
        )


def _load_prompt(name: str) -> PromptTemplate:
    """prompts.load_prompt, imported on first use: the offline writer renders no prompt."""
    from followup.writer.prompts import load_prompt

    return load_prompt(name)


MAX_SIMILARITY = 0.75


def flag_copies(drafts: list[Draft]) -> None:
    """Interviewers compare notes: warn on a draft that mostly repeats an earlier one."""
    for i, later in enumerate(drafts):
        for earlier in drafts[:i]:
            ratio = difflib.SequenceMatcher(None, earlier.body, later.body).ratio()
            if ratio > MAX_SIMILARITY and earlier.recipient and later.recipient:
                first_line = later.body.split("\n", 1)[0]
                later.findings.append(
                    Finding(
                        rule_id="writer.similar-notes",
                        severity=Severity.WARNING,
                        message=(
                            f"{ratio:.0%} the same as the note to {earlier.recipient.name}; "
                            "colleagues compare notes, so make each one about your conversation "
                            "with that person"
                        ),
                        start=0,
                        end=len(first_line),
                        line=3,
                        column=1,
                        match=first_line,
                    )
                )
                break


def _has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def _has_topics(brief: Brief) -> bool:
    return any(p.topics for p in brief.interviewers)


def _share(request: WriteRequest) -> str | None:
    value = request.notes.front_matter.get("share")
    return str(value) if value else None


def _merge(base: Brief, extracted: Brief) -> Brief:
    """Fill the gaps in the pattern-read brief with what the model extracted."""
    data = base.model_dump()
    for key, value in extracted.model_dump().items():
        if key == "interviewers":
            known = {p["name"] for p in data["interviewers"]}
            data["interviewers"] += [p for p in value if p.get("name") and p["name"] not in known]
        elif not data.get(key) and value:
            data[key] = value
    return Brief.model_validate(data)


def _recipients(brief: Brief, request: WriteRequest) -> list[Interviewer]:
    """Everyone met, for thank-you notes; otherwise the one contact (--to or the first).
    run() has already refused notes that name nobody when --to is not given."""
    people = list(brief.interviewers)
    if request.to:
        match = [p for p in people if request.to.lower() in p.name.lower()]
        if match:
            return match
        return [Interviewer(name=request.to)]
    return people if request.kind is MessageKind.THANK_YOU else people[:1]


def _prompt_values(
    brief: Brief, person: Interviewer, request: WriteRequest, share: str | None
) -> dict[str, str]:
    evidence = brief.forgot_to_mention or "; ".join(brief.qualifications) or "(none)"
    topics = person.topics or brief.all_topics()
    if request.kind is MessageKind.CHECK_IN:
        topics = person.interests or topics
    return {
        "candidate": brief.candidate or "",
        "company": brief.company or "",
        "role": brief.role or "",
        "recipient": person.name,
        "recipient_title": person.title or "interviewer",
        "when": offline.when_phrase(brief.interview_date, request.today) or "recently",
        "topics": "; ".join(topics) or "(none noted)",
        "concern": "; ".join(person.concerns) or "(none)",
        "evidence": evidence,
        "share": share or "",
        "notes": prompt_notes(request.notes),
    }
