"""The pipeline with fake chat models: calls, revision rounds, the gate, failures."""

from __future__ import annotations

import datetime as dt

import httpx
import openai
import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.errors import InputError, MissingFactsError, ModelError
from followup.models import Draft, Notes
from followup.writer.compose import ComposeJob
from followup.writer.pipeline import Pipeline, WriteRequest
from tests.fakes import scripted, tool_reply

TODAY = dt.date(2026, 11, 25)
FRONT = {
    "candidate": "Sam Rivera",
    "company": "Northwind Analytics",
    "role": "Product Analyst",
    "interview_date": "2026-11-24",
    "interviewers": [
        {"name": "Maria Chen", "topics": ["moving the weekly revenue review to dashboards"]}
    ],
}
NOTES = Notes(front_matter=FRONT, text="Maria liked the cohort chart idea.", source="n.md")
GOOD = (
    "Hi Maria,\n\nThank you for meeting with me yesterday about the Product Analyst role at "
    "Northwind Analytics. I enjoyed our talk about moving the weekly revenue review to "
    "dashboards, and I'm excited about the role.\n\nBest regards,\nSam Rivera"
)
BAD = "Hi Maria,\n\nI really need this job. Did I get the job?\n\nSam Rivera"
MADE_UP = (
    "Hi Maria,\n\nThank you for the interview about the Product Analyst role at Northwind "
    "Analytics. I enjoyed meeting Greg and talking about moving the weekly revenue review to "
    "dashboards.\n\nSam Rivera"
)


def message(body: str, subject: str = "Thank you") -> object:
    return tool_reply("MessageText", subject=subject, body=body)


def run(model: object, **kw: object) -> object:
    pipeline = Pipeline(Checker.from_settings(), model, backoff=0, **kw)  # type: ignore[arg-type]
    return pipeline.run(WriteRequest(NOTES, MessageKind.THANK_YOU, today=TODAY))


def test_front_matter_and_a_clean_draft_take_one_call() -> None:
    model = scripted(message(GOOD))
    result = run(model)
    assert len(model.prompts) == 1
    [draft] = result.drafts
    assert not draft.blocked and draft.rounds == 0
    assert not [f for f in draft.findings if f.severity is Severity.ERROR]


def test_errors_are_sent_back_for_revision() -> None:
    model = scripted(message(BAD), message(GOOD))
    result = run(model)
    [draft] = result.drafts
    assert len(model.prompts) == 2 and draft.rounds == 1 and not draft.blocked
    revise_prompt = model.prompts[1][1].content
    assert "Did I get the job" in revise_prompt  # the draft goes back...
    assert "Saying you need the job" in revise_prompt  # ...with the findings to fix


def test_still_failing_after_the_rounds_is_blocked() -> None:
    model = scripted(message(BAD), message(BAD), message(MADE_UP))
    result = run(model, max_rounds=2)
    [draft] = result.drafts
    assert draft.blocked and draft.rounds == 2 and len(model.prompts) == 3
    assert "etiquette.grounding" in {f.rule_id for f in draft.findings}


def test_malformed_output_is_retried_then_reported() -> None:
    from langchain_core.messages import AIMessage

    model = scripted(AIMessage(content="sure!"), AIMessage(content="here you go"), message(GOOD))
    assert not run(model, output_retries=2).drafts[0].blocked
    model = scripted(*[AIMessage(content="no tools today")] * 3)
    with pytest.raises(ModelError, match="could not be read as a MessageText after 3 tries"):
        run(model, output_retries=2)


def test_transport_failures_become_model_errors() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    rate_limited = openai.RateLimitError(
        "slow down", response=httpx.Response(429, request=request), body=None
    )
    with pytest.raises(ModelError, match=r"rate limited \(HTTP 429\)"):
        run(scripted(rate_limited))
    with pytest.raises(ModelError, match="timed out"):
        run(scripted(openai.APITimeoutError(request)))


def test_free_text_is_extracted_with_a_tool_call() -> None:
    notes = Notes(text="Chat today with the design lead about a designer opening.", source="n")
    extracted = tool_reply(
        "Brief",
        candidate="Sam Rivera",
        company="Acme Studio",
        role="Product Designer",
        interviewers=[{"name": "Ana Lima", "topics": ["the onboarding flow redesign"]}],
    )
    model = scripted(extracted)
    pipeline = Pipeline(Checker.from_settings(), model, backoff=0)
    calls: list[object] = []
    brief = pipeline.brief(WriteRequest(notes, today=TODAY), calls)  # type: ignore[arg-type]
    assert (brief.company, brief.role, brief.interviewers[0].name) == (
        "Acme Studio",
        "Product Designer",
        "Ana Lima",
    )
    assert len(model.prompts) == 1


def test_show_prompt_renders_without_calling() -> None:
    model = scripted()
    pipeline = Pipeline(Checker.from_settings(), model, dry_run=True)
    result = pipeline.run(WriteRequest(NOTES, MessageKind.INQUIRY, today=TODAY))
    assert [c.name for c in result.calls] == ["inquiry"]
    assert "<notes>\nMaria liked the cohort chart idea.\n</notes>" in result.calls[0].user
    assert model.prompts == []


def test_offline_writer_is_used_without_a_model() -> None:
    result = run(None)
    [draft] = result.drafts
    assert draft.writer == "offline" and not draft.blocked
    assert "Maria" in draft.body and "weekly revenue review" in draft.body


def test_missing_facts_are_data() -> None:
    notes = Notes(front_matter={"interviewers": ["Ana Lima"]}, text="We talked.", source="n")
    with pytest.raises(MissingFactsError) as caught:
        Pipeline(Checker.from_settings()).run(WriteRequest(notes, today=TODAY))
    assert caught.value.missing == ["company", "role", "candidate"]


def test_check_in_needs_something_to_share() -> None:
    with pytest.raises(InputError, match="--share"):
        Pipeline(Checker.from_settings()).run(
            WriteRequest(NOTES, MessageKind.CHECK_IN, today=TODAY)
        )


def test_near_copies_for_colleagues_are_flagged() -> None:
    front = dict(FRONT)
    front["interviewers"] = [
        {"name": "Maria Chen", "topics": ["moving the weekly revenue review to dashboards"]},
        {"name": "Devon Park", "topics": ["moving the weekly revenue review to dashboards"]},
    ]
    notes = Notes(front_matter=front, text="Good day.", source="n.md")
    model = scripted(message(GOOD), message(GOOD.replace("Hi Maria", "Hi Devon")))
    pipeline = Pipeline(Checker.from_settings(), model, backoff=0)
    first, second = pipeline.run(WriteRequest(notes, today=TODAY)).drafts
    assert "writer.similar-notes" not in {f.rule_id for f in first.findings}
    [copy] = [f for f in second.findings if f.rule_id == "writer.similar-notes"]
    assert "the same as the note to Maria Chen" in copy.message
    assert copy.severity is Severity.WARNING and not second.blocked


def test_the_model_is_given_the_topics_the_check_will_ask_for() -> None:
    notes = Notes(
        front_matter={"candidate": "Sam Rivera", "company": "Acme", "role": "Designer"},
        text="Talked with the design lead about the onboarding flow redesign.",
        source="n.md",
    )
    pipeline = Pipeline(Checker.from_settings(), scripted(), dry_run=True)
    result = pipeline.run(WriteRequest(notes, to="Ana Lima", today=TODAY))
    [compose] = [c for c in result.calls if c.name == "thank-you"]
    assert "Topics discussed with them: the onboarding flow redesign" in compose.user


def test_the_model_is_never_given_another_interviewers_topics() -> None:
    front = {
        **FRONT,
        "interviewers": [
            {"name": "Maria Chen", "topics": ["moving the weekly revenue review to dashboards"]},
            {"name": "Devon Park"},
        ],
    }
    notes = Notes(front_matter=front, text="Good day.", source="n.md")
    pipeline = Pipeline(Checker.from_settings(), scripted(), dry_run=True)
    result = pipeline.run(WriteRequest(notes, today=TODAY))
    users = {
        c.user.split("Write to: ")[1].split(" (")[0]: c.user
        for c in result.calls
        if c.name == "thank-you"
    }
    assert "revenue review" in users["Maria Chen"]
    assert "Topics discussed with them: (none noted)" in users["Devon Park"]
    assert "revenue review" not in users["Devon Park"].split("<notes>")[0]


def test_extraction_fills_the_topics_of_a_person_the_notes_name_without_any() -> None:
    from followup.models import Brief, Interviewer
    from followup.writer.pipeline import _merge

    base = Brief(company="Orbital Freight", interviewers=[Interviewer(name="Dana Whitfield")])
    extracted = Brief(
        interviewers=[
            Interviewer(name="Dana Whitfield", title="Analytics Lead", topics=["routes"]),
            Interviewer(name="Sam Oke"),
        ]
    )
    merged = _merge(base, extracted)
    assert [(p.name, p.title, p.topics) for p in merged.interviewers] == [
        ("Dana Whitfield", "Analytics Lead", ["routes"]),
        ("Sam Oke", None, []),
    ]
    assert merged.company == "Orbital Freight"


class _WorseOnRevision:
    """A composer whose first draft has a warning and whose revision has errors."""

    name = "stub"

    def compose(self, job: ComposeJob) -> Draft:
        body = GOOD.replace("about the role.", "about the role 😀😀😀.")
        return Draft(kind=job.kind, recipient=job.person, subject="Thank you", body=body)

    def revise(self, job: ComposeJob, draft: Draft) -> Draft:
        return Draft(
            kind=job.kind,
            recipient=job.person,
            subject="Thank you",
            body=BAD,
            rounds=draft.rounds + 1,
        )


def test_a_revision_that_makes_the_draft_worse_is_dropped() -> None:
    pipeline = Pipeline(Checker.from_settings(), max_rounds=2)
    pipeline.composer = _WorseOnRevision()
    [draft] = pipeline.run(WriteRequest(NOTES, MessageKind.THANK_YOU, today=TODAY)).drafts
    assert draft.status == "review" and "😀" in draft.body and "need this job" not in draft.body
