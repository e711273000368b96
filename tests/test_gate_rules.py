"""The gate's context rules on whole drafts: the writer's drafts and a model's drafts are held
to the same checks, and a false "ready" becomes review or blocked (never the reverse)."""

from __future__ import annotations

import datetime as dt

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.models import Notes
from followup.writer.pipeline import Pipeline, WriteRequest
from tests.fakes import scripted, tool_reply

TODAY = dt.date(2026, 11, 25)
PANEL = {
    "candidate": "Sam Rivera",
    "company": "Northwind Analytics",
    "role": "Product Analyst",
    "interview_date": "2026-11-24",
    "interviewers": [
        {"name": "Maria Chen", "topics": ["moving the weekly revenue review to dashboards"]},
        {"name": "Devon Park", "topics": ["the dbt migration planned for the spring"]},
    ],
}


def rule_ids(checker: Checker, text: str, **context: object) -> list[str]:
    result = checker.check(text, MessageKind.THANK_YOU, Context(**context))  # type: ignore[arg-type]
    return [f.rule_id for f in result.findings]


def offline(front: dict[str, object], text: str = "", **request: object) -> list[object]:
    notes = Notes(front_matter=front, text=text, source="n.md")
    pipeline = Pipeline(Checker.from_settings(), None)
    return pipeline.run(WriteRequest(notes, today=TODAY, **request)).drafts  # type: ignore[arg-type]


def model_draft(front: dict[str, object], body: str, text: str = "", **request: object) -> object:
    """One draft a (scripted) model wrote, gated with no revision round."""
    notes = Notes(front_matter=front, text=text, source="n.md")
    model = scripted(tool_reply("MessageText", subject="Thank you", body=body))
    pipeline = Pipeline(Checker.from_settings(), model, max_rounds=0, backoff=0)
    [draft] = pipeline.run(WriteRequest(notes, today=TODAY, **request)).drafts  # type: ignore[arg-type]
    return draft


def test_a_note_to_someone_not_in_the_notes_is_blocked_for_borrowing_topics() -> None:
    body = (
        "Hi Jordan,\n\nThank you for meeting me about the Product Analyst role at Northwind "
        "Analytics. I enjoyed hearing about the dbt migration planned for the spring.\n\n"
        "Best regards,\nSam Rivera"
    )
    draft = model_draft(PANEL, body, to="Jordan Blake", new_contact=True)
    ids = [f.rule_id for f in draft.findings]  # type: ignore[attr-defined]
    assert "etiquette.wrong-interviewer-topic" in ids
    assert draft.blocked  # type: ignore[attr-defined]


def test_each_panelist_gets_their_own_topics_and_stays_ready() -> None:
    drafts = offline(PANEL)
    assert len(drafts) == 2
    for draft in drafts:
        ids = [f.rule_id for f in draft.findings]  # type: ignore[attr-defined]
        assert "etiquette.wrong-interviewer-topic" not in ids
        assert not draft.blocked  # type: ignore[attr-defined]


def test_a_private_topic_pasted_into_a_draft_blocks_it() -> None:
    front = {
        **PANEL,
        "interviewers": [
            {
                "name": "Maria Chen",
                "topics": ["the pay band of 95-105k", "moving the revenue review to dashboards"],
            }
        ],
    }
    [offline_draft] = offline(front)
    assert "95-105k" not in offline_draft.body  # type: ignore[attr-defined]  # the writer never pastes it
    body = (
        "Hi Maria,\n\nThank you for meeting me about the Product Analyst role at Northwind "
        "Analytics. I enjoyed our talk about the pay band of 95-105k and moving the revenue "
        "review to dashboards.\n\nBest regards,\nSam Rivera"
    )
    draft = model_draft(front, body)
    private = [f for f in draft.findings if f.rule_id == "etiquette.private-leak"]  # type: ignore[attr-defined]
    assert private and private[0].severity is Severity.ERROR
    assert draft.blocked  # type: ignore[attr-defined]


def test_a_model_draft_repeating_a_private_remark_is_sent_back_and_blocked() -> None:
    notes = Notes(
        front_matter=PANEL | {"interviewers": PANEL["interviewers"][:1]},  # type: ignore[index]
        text="- SALARY: they offered 85k, i want 95. don't mention.\n",
        source="n.md",
    )
    leak = (
        "Hi Maria,\n\nThank you for meeting with me yesterday about the Product Analyst role at "
        "Northwind Analytics. I enjoyed our talk about moving the weekly revenue review to "
        "dashboards, and I am glad the offer of $85,000 is on the table.\n\nBest regards,\n"
        "Sam Rivera"
    )
    model = scripted(*[tool_reply("MessageText", subject="Thank you", body=leak)] * 3)
    pipeline = Pipeline(Checker.from_settings(), model, backoff=0)  # type: ignore[arg-type]
    [draft] = pipeline.run(WriteRequest(notes, MessageKind.THANK_YOU, today=TODAY)).drafts
    assert draft.rounds == 2 and draft.blocked
    assert "etiquette.private-leak" in [f.rule_id for f in draft.findings]


def test_specific_detail_falls_back_to_the_notes_words(checker: Checker) -> None:
    facts = (
        "Interview at Fig & Thistle with Lena (gm). Lena was excited about the new brunch "
        "service and the staff retention plan."
    )
    generic = (
        "Hi Lena,\n\nThank you for meeting with me about the sous chef role at Fig & Thistle. "
        "I enjoyed our conversation and I'm excited about the opportunity.\n\nBest,\nMarco Diaz"
    )
    specific = generic.replace(
        "I enjoyed our conversation", "I enjoyed hearing about the brunch service you are planning"
    )
    context = {"known_facts": facts, "company": "Fig & Thistle", "recipient": "Lena"}
    assert "etiquette.specific-detail" in rule_ids(checker, generic, **context)
    assert "etiquette.specific-detail" not in rule_ids(checker, specific, **context)
    # without notes the rule has nothing to go on and stays quiet, as before
    assert "etiquette.specific-detail" not in rule_ids(checker, generic)


def test_private_leak_ignores_figures_the_notes_state_in_public(checker: Checker) -> None:
    facts = "- their budget grew 30% this year\n- (private) they offered 30% more than my job\n"
    text = "Hi Ana,\n\nThank you for explaining how the budget grew 30% this year.\n\nBest,\nSam"
    assert "etiquette.private-leak" not in rule_ids(checker, text, known_facts=facts)
    leak = text.replace("budget grew 30% this year", "offer is 30% more than my job")
    assert "etiquette.private-leak" in rule_ids(checker, leak, known_facts=facts)
