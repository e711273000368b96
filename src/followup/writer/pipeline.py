"""The pipeline: read the notes -> brief -> one loop of compose and gate -> drafts.

`Pipeline.run` reads the notes into a `Reading` (notes.py; with a model, the extract prompt
fills gaps the patterns left), refuses with `MissingFactsError` (its `missing` list is data:
the CLI maps each fact to its flag and its question), picks the recipients (`--to` must name
someone in the notes, or a near typo gets a "did you mean"), then for each recipient asks the
composer (offline or model, one protocol) for a draft, gates it, and while errors remain asks
the composer to revise, up to `max_rounds`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.errors import InputError, MissingFactsError
from followup.fullname import full_name_in_notes
from followup.models import Brief, Draft, Interviewer, Notes
from followup.noteheader import same_person
from followup.notenames import split_honorific
from followup.notes import Reading, keep_recipients, understand_notes
from followup.processcontact import process_contact, unnamed_contact
from followup.whogetsanote import contact_named, last_correspondent
from followup.writer import offline
from followup.writer.compose import (
    ComposeJob,
    Composer,
    ModelCall,
    ModelClient,
    ModelComposer,
    lazy_prompt,
)
from followup.writer.gate import Gate, flag_copies, name_parts, preferred_name
from followup.writer.kind_choice import planned_addressee, thanked_already
from followup.writer.share import (
    Share,
    described_share,
    nothing_to_offer,
    parse_share,
    unwrapped,
)
from followup.writer.template import is_template_text
from followup.writer.untrusted import prompt_notes

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from pydantic import BaseModel

__all__ = ["MissingFactsError", "ModelCall", "Pipeline", "WriteRequest", "WriteResult"]


@dataclass
class WriteRequest:
    """What the user asked for."""

    notes: Notes
    kind: MessageKind = MessageKind.THANK_YOU
    to: str | None = None
    share: str | None = None
    today: dt.date = field(default_factory=dt.date.today)
    overrides: dict[str, str] = field(default_factory=dict)  # candidate, company, role
    new_contact: bool = False  # --to names someone the notes do not
    sent: tuple[tuple[MessageKind, int], ...] | None = None  # the history: (kind, day)
    status: str | None = None  # the application's status in the history
    # The notes already read with understand_notes(notes, today), when the caller needed
    # them first (to pick the kind): read once. The pipeline adds the overrides to it.
    reading: Reading | None = None


@dataclass
class WriteResult:
    """The drafts, the brief they came from, and how many model calls it took."""

    brief: Brief
    drafts: list[Draft]
    calls: list[ModelCall] = field(default_factory=list)
    reading: Reading | None = None


class Pipeline:
    """read -> compose -> gate -> revise, the same loop for every composer."""

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
        self.gate = Gate(checker)
        self.client = ModelClient(
            model, output_retries=output_retries, backoff=backoff, dry_run=dry_run, name=model_name
        )
        self.composer: Composer = (
            offline.OfflineComposer()
            if model is None and not dry_run
            else ModelComposer(self.client, model_name)
        )
        self.max_rounds = max_rounds
        self.dry_run = dry_run
        self.status = status  # told what each model call is for, before it is made

    # -- brief ---------------------------------------------------------------------------
    def read(self, request: WriteRequest, calls: list[ModelCall]) -> Reading:
        """The notes understood; the model reads the free text when the patterns leave gaps."""
        notes = request.notes
        reading = request.reading
        if reading is None:
            reading = understand_notes(notes, request.today)
        brief = reading.brief
        needs_model = self.client.model is not None and (
            reading.missing() or not any(p.topics for p in brief.interviewers)
        )
        if needs_model and not notes.front_matter.get("interviewers"):
            system, user = lazy_prompt("extract").render(
                today=request.today.isoformat(), notes=prompt_notes(reading)
            )
            calls.append(ModelCall("extract", system, user))
            if not self.dry_run:
                self._tell("reading the notes")
                from followup import model_schema

                extracted = self.client.structured(model_schema.Brief, system, user)
                reading.brief = _merge(brief, extracted)
        _drop_template_text(reading)
        for key, value in request.overrides.items():
            if value:
                setattr(reading.brief, key, value)
                if key in reading.placeholders:
                    reading.placeholders.remove(key)
        keep_recipients(reading)  # --me may name the "To:" of a pasted mail: never a recipient
        return reading

    def brief(self, request: WriteRequest, calls: list[ModelCall]) -> Brief:
        """The brief alone (see read)."""
        return self.read(request, calls).brief

    # -- the loop --------------------------------------------------------------------------
    def run(self, request: WriteRequest) -> WriteResult:
        """Write and gate one draft per recipient, revising while the composer can."""
        calls: list[ModelCall] = []
        reading = self.read(request, calls)
        missing = reading.missing(request.kind)
        if request.to:
            missing = [m for m in missing if m != "interviewer"]
        if missing:
            raise MissingFactsError(missing)
        recipients = pick_recipients(reading, request)
        share = _share(request, reading)
        offline_value = isinstance(self.composer, offline.OfflineComposer) and offline.has_value(
            reading
        )
        if request.kind is MessageKind.CHECK_IN and share is None and not offline_value:
            interest = next((i for p in recipients for i in p.interests), "what they care about")
            raise InputError(nothing_to_offer(interest))
        supplied = [request.to or "", *request.overrides.values()]
        drafts = []
        for n, person in enumerate(recipients):
            self._tell(f"drafting the note to {person.name} ({n + 1}/{len(recipients)})")
            own = reading if "role" in request.overrides else reading.for_person(person.name)
            job = ComposeJob(own, person, request.kind, n, request.today, share, calls)
            job.status = request.status
            draft = self.composer.compose(job)
            if self.dry_run:
                drafts.append(draft)
                continue
            self.gate.check(draft, own, request, supplied, share)
            while draft.status != "ready" and draft.rounds < self.max_rounds:
                errors = sum(1 for f in draft.findings if f.severity is Severity.ERROR)
                self._tell(
                    f"revising the note to {person.name}: {errors} finding{'s' * (errors != 1)}"
                )
                revised = self.composer.revise(job, draft)
                if revised is None:
                    break
                self.gate.check(revised, own, request, supplied, share)
                if _WORSE[revised.status] > _WORSE[draft.status]:
                    break  # a revision that makes the draft worse is dropped
                draft = revised
            drafts.append(draft)
        flag_copies(drafts)
        return WriteResult(reading.brief, drafts, calls, reading)

    def _tell(self, what: str) -> None:
        """Say what the next model call is for (the CLI's spinner); silent offline."""
        if self.status is not None and not self.dry_run and self.composer.name != "offline":
            self.status(what)


_WORSE = {"ready": 0, "review": 1, "blocked": 2}


def _drop_template_text(reading: Reading) -> None:
    """Topics, interests and concerns still as `followup new` wrote them are missing facts,
    not things discussed: drop them, and note "topics" among the placeholders (the gate says
    so when the draft ends up with nothing specific)."""
    for person in reading.brief.interviewers:
        for field_name in ("topics", "interests", "concerns"):
            values = getattr(person, field_name)
            kept = [v for v in values if not is_template_text(v)]
            if len(kept) < len(values):
                setattr(person, field_name, kept)
                if field_name == "topics" and "topics" not in reading.placeholders:
                    reading.placeholders.append("topics")


def pick_recipients(reading: Reading, request: WriteRequest) -> list[Interviewer]:
    """Everyone met, for thank-you notes; otherwise the one contact (--to or the first).
    `--to` matches a first name, a last name or a full name; a near typo is refused with a
    "did you mean"; a name not in the notes needs --new-contact (or notes that name nobody)."""
    people = list(reading.brief.interviewers)
    if not request.to:
        return _by_the_notes_plan(reading, request.kind, people)
    wanted = request.to.strip()
    honorific, bare = split_honorific(wanted)
    match = [p for p in people if same_person(bare, p.name)]
    # the name the notes call them by: "--to Hal" for 'Harold "Hal" Pruitt'
    match = match or [p for p in people if bare in _called(p, reading.all_text)[-1:]]
    full = None if match else full_name_in_notes(bare, reading.all_text)
    if full:  # "--to Karthik" for the notes' "Mr. Karthik Subramanian": that full name
        title, bare = split_honorific(full)
        honorific = honorific or title
        match = [p for p in people if same_person(bare, p.name)]
    if match:
        exact = [p for p in match if p.name.lower() == bare.lower()]
        return (exact or match)[:1]
    if request.new_contact or not people:
        return [Interviewer(name=bare, honorific=honorific)]
    names = [p.name for p in people] + [p.first_name for p in people]
    import difflib  # only for a --to that names no one in the notes

    close = difflib.get_close_matches(bare, names, n=1, cutoff=0.75)
    close = close or difflib.get_close_matches(
        bare.lower(), [n.lower() for n in names], n=1, cutoff=0.75
    )
    known = ", ".join(p.name for p in people)
    if close:
        person = next(
            p for p in people if close[0].lower() in (p.name.lower(), p.first_name.lower())
        )
        raise InputError(
            f"--to {wanted!r} is not in the notes; did you mean {person.name!r}? "
            "(pass --new-contact to write to someone the notes do not name)"
        )
    raise InputError(
        f"--to {wanted!r} is not in the notes (they name {known}); "
        "pass --new-contact to write to someone new"
    )


def _by_the_notes_plan(
    reading: Reading, kind: MessageKind, people: list[Interviewer]
) -> list[Interviewer]:
    """Thank-yous to everyone met but those the notes log as thanked already (a first
    round's contact); any other message to the one person the notes' plan names, else the
    first person (kind_choice reads the plan and the log)."""
    names = [_called(p, reading.all_text) for p in people]
    if kind is MessageKind.THANK_YOU:
        thanked = thanked_already(reading.all_text, names)
        left = [p for n, p in enumerate(people) if n not in thanked]
        return left or people
    planned = planned_addressee(reading.all_text, names)
    if planned is None and kind in (MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY):
        planned = process_contact(reading.all_text, names)  # processcontact.py: "contact: X"
        if planned is None and (new := unnamed_contact(reading.all_text, names)) is not None:
            honorific, bare = split_honorific(new)
            return [Interviewer(name=bare, honorific=honorific)]
    if planned is None:  # whogetsanote.py: "Sending Flick the 2nd", "she's the one to contact"
        planned = contact_named(reading.all_text, names)
    if planned is None:  # whogetsanote.py: the log's last exchange ("asked Jack about ...")
        planned = last_correspondent(reading.all_text, names)
    return [people[planned]] if planned is not None else people[:1]


def _called(person: Interviewer, notes: str) -> list[str]:
    """The words a person is called by: their names, and the short name the notes use."""
    parts = name_parts(person.name)
    preferred = preferred_name(parts, notes)
    return [p for p in parts if len(p) > 1] + (preferred.split()[-1:] if preferred else [])


def _share(request: WriteRequest, reading: Reading) -> Share | None:
    if request.share:
        return parse_share(request.share)
    if reading.share:  # a bare link: named by what its line says it is (share.py)
        share = unwrapped(parse_share(reading.share, source="the notes' share"), reading.text)
        return described_share(share, [ln.text for ln in reading.lines if ln.usable])
    return None


def _merge(base: Brief, extracted: Brief | BaseModel) -> Brief:
    """Fill the gaps in the pattern-read brief with what the model extracted."""
    data = base.model_dump()
    for key, value in extracted.model_dump().items():
        if key == "interviewers":
            known = {p["name"]: p for p in data["interviewers"]}
            for person in value:
                if not person.get("name"):
                    continue
                if person["name"] not in known:
                    data["interviewers"].append(person)
                    continue
                for field_name in ("title", "topics", "interests", "concerns"):
                    if not known[person["name"]].get(field_name) and person.get(field_name):
                        known[person["name"]][field_name] = person[field_name]
        elif not data.get(key) and value:
            data[key] = value
    return Brief.model_validate(data)
