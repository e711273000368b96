"""What a new user's first `followup write` runs turned up, held for the writer and the gate:
template placeholders are missing facts (never topics) and a note with nothing specific is
never ready; privacy placeholders are never topic words; a typed arrow and a name typed in
lower case never reach a draft as ready; a title in the notes is kept in the greeting; a
keep-in-touch note thanks for a decision only when one is on record; the last sentence and the
sign-off do not both say thank you.

The notes are written for these tests, several phrasings of each fault; none is an eval case.
"""

from __future__ import annotations

import pytest

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.checker.rules.context import detail_words
from followup.core import MessageKind
from followup.models import Draft, Notes
from followup.writer.concerns import content_words
from followup.writer.pipeline import Pipeline, WriteRequest
from followup.writer.template import TEMPLATE, is_template_text
from tests.fakes import scripted, tool_reply
from tests.test_writer_composer import FACTS, TODAY, ids, offline

CLINIC = {
    "candidate": "Ines Bakker",
    "company": "Harbourview Physio",
    "role": "Clinic Coordinator",
    "interview_date": "2026-11-24",
}
TOPIC_PLACEHOLDER = "something specific you discussed with them"


def modelled(
    text: str, body: str, front: dict[str, object], kind: MessageKind, **request: object
) -> Draft:
    """A model's draft (scripted), gated with no revision round."""
    notes = Notes(front_matter=front, text=text, source="n.md")
    model = scripted(tool_reply("MessageText", subject="Hello", body=body))
    pipeline = Pipeline(Checker.from_settings(), model, max_rounds=0, backoff=0)
    run = pipeline.run(WriteRequest(notes, kind, today=TODAY, **request))  # type: ignore[arg-type]
    return run.drafts[0]


def to_marta(sentence: str, sign_off: str = "Best regards,") -> str:
    """A model's thank-you to Marta about data quality, ending with `sentence`."""
    return (
        "Hi Marta,\n\nThank you for meeting with me about the Data Platform Engineer role at "
        f"Pellworth Analytics. I enjoyed our talk about data quality. {sentence}\n\n"
        f"{sign_off}\nNoor Ahmadi"
    )


def person(name: str, template: bool) -> dict[str, object]:
    """An interviewer as `followup new` leaves them when only the name was filled in."""
    if not template:
        return {"name": name, "title": "Practice Owner"}
    return {
        "name": name,
        "title": "Practice Owner",
        "topics": [TOPIC_PLACEHOLDER],
        "interests": ["a subject they care about (for a later check-in)"],
        "concerns": ["a concern they raised about your candidacy"],
    }


# -- 1. template placeholders are missing facts; nothing specific is never ready -------------


def test_the_template_values_come_from_the_template_itself() -> None:
    assert TOPIC_PLACEHOLDER in TEMPLATE and is_template_text(f"      - {TOPIC_PLACEHOLDER}")
    assert is_template_text("Company Name") and is_template_text("title: Their title")
    assert not is_template_text("the spring intake backlog") and not is_template_text("-")


LIKED = [
    (
        "- Dr. Okafor liked my idea for a recall text reminder system.",
        "my idea for a recall text reminder system",
    ),
    ("- she loved my plan to text patients the day before", "my plan to text patients the day"),
    (
        "- Femi was really impressed by my proposal for a shared equipment log.",
        "my proposal for a shared equipment log",
    ),
    (  # the template's empty bullet after it is read onto the line: "... weekly -"
        "- Harriet was keen on my suggestion to batch the supply orders weekly\n-",
        "my suggestion to batch the supply orders weekly resonated",
    ),
    (
        "- He seemed to like my suggestion of a weekly front desk huddle",
        "my suggestion of a weekly front desk huddle",
    ),
]


@pytest.mark.parametrize(("line", "said"), LIKED)
@pytest.mark.parametrize("template", [True, False], ids=["placeholders-left", "deleted"])
def test_a_half_filled_template_uses_its_one_real_detail(
    line: str, said: str, template: bool
) -> None:
    front = {**CLINIC, "interviewers": [person("Dr. Femi Okafor", template)]}
    [draft] = offline(f"## What went well\n{line}\n\n## Next steps\n-\n", front)
    assert said in draft.body, draft.body
    assert "something specific" not in draft.body and "a subject they" not in draft.body
    assert draft.status == "ready", (draft.body, draft.findings)


def test_placeholders_left_or_deleted_give_the_same_draft() -> None:
    notes = "## What went well\n- she loved my plan to text patients the day before\n"
    left = offline(notes, {**CLINIC, "interviewers": [person("Dr. Femi Okafor", True)]})
    gone = offline(notes, {**CLINIC, "interviewers": [person("Dr. Femi Okafor", False)]})
    assert left[0].body == gone[0].body and left[0].status == gone[0].status


@pytest.mark.parametrize(
    "notes",
    [
        "## What went well\n-\n\n## Next steps\n-\n",
        "## What went well\n- she liked my idea for their kiosk thing lol\n",  # unsure: left out
        "## What went well\n- she liked my idea at lumen\n",  # a name in lower case: left out
    ],
)
def test_a_placeholder_topic_and_nothing_else_is_never_ready(notes: str) -> None:
    front = {**CLINIC, "interviewers": [person("Dr. Femi Okafor", True)]}
    [draft] = offline(notes, front)
    assert draft.status != "ready", draft.body
    [finding] = [f for f in draft.findings if f.rule_id == "writer.no-detail"]
    assert "placeholder" in finding.message
    assert "kiosk" not in draft.body and "lumen" not in draft.body


# -- 2. privacy placeholders are never topic or detail words ---------------------------------


def test_privacy_placeholders_are_never_detail_words() -> None:
    assert detail_words("[private line removed] [private remark removed]") == set()
    assert content_words("- [private line removed]") == set()
    assert detail_words("[private remark removed] the ferry timetable") == {"ferry", "timet"}


@pytest.mark.parametrize(
    "private",
    [
        "- pay is 31/hr, i asked for 34\n- honestly she seemed distracted\n"
        "- my mom's surgery is mon\n",
        "- PRIVATE: they offered 58k\n- one of 4 finalists\n- he was 20 min late\n",
    ],
)
def test_the_specific_detail_finding_never_names_placeholder_words(
    private: str,
) -> None:
    notes = "call w/ Dana Whitlock, teller lead\n" + private + "- next: panel w/ branch mgr\n"
    generic = (
        "Hi Dana,\n\nThank you for your time today. I enjoyed our conversation and I'm excited "
        "about the role.\n\nBest regards,\nIrene Ola"
    )
    context = Context(recipient="Dana Whitlock", known_facts=notes)
    findings = Checker.from_settings().check(generic, MessageKind.THANK_YOU, context).findings
    [finding] = [f for f in findings if f.rule_id == "etiquette.specific-detail"]
    assert "private" not in finding.message and "removed" not in finding.message, finding.message


def test_a_new_contact_note_never_takes_placeholder_words_as_topics() -> None:
    notes = (
        "phone screen w/ priya from Lakeside Credit\n- pay is 24/hr, i asked for 27\n"
        "- she's super nice, way better than the last recruiter\n- next: panel w/ branch mgr\n"
    )
    [draft] = offline(notes, FACTS, to="Odile Marchetti", new_contact=True)
    text = " ".join(f.message for f in draft.findings)
    assert "private" not in text and "removed" not in text, text


# -- 3. an arrow and a name typed in lower case ----------------------------------------------

ARROWS = [
    "- forgot to mention my airflow -> dagster migration at cartwheel!!",
    "- forgot to mention my jenkins => github actions switch at copperline",
    "- should have mentioned my sql server → postgres port at lumen",
]


@pytest.mark.parametrize("line", ARROWS)
def test_the_offline_writer_leaves_out_a_typed_arrow(line: str) -> None:
    notes = "Interviewer: Marta Lindgren\n\n- she's big on data quality\n" + line + "\n"
    [draft] = offline(notes)
    assert not any(a in draft.body for a in ("->", "=>", "→")), draft.body
    assert not any(w in draft.body for w in ("cartwheel", "copperline", "lumen")), draft.body
    assert "data quality" in draft.body and draft.status == "ready"


def test_an_arrow_between_names_written_as_names_is_said_in_words() -> None:
    notes = (
        "Interviewer: Marta Lindgren\n\n- she's big on data quality\n"
        "- Forgot to mention my Airflow -> Dagster migration at Cartwheel\n"
    )
    [draft] = offline(notes)
    # (the reader, merged alongside, leaves out "at Cartwheel": a former employer's name)
    assert "my migration from Airflow to Dagster" in draft.body, draft.body
    assert "->" not in draft.body and "cartwheel" not in draft.body
    assert draft.status == "ready"


NOTES_WITH_ARROW = "Interviewer: Marta Lindgren\n\n- she's big on data quality\n" + ARROWS[0] + "\n"


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("I also wanted to mention my airflow -> dagster migration at cartwheel.", "wording"),
        ("I also wanted to mention my Airflow → Dagster migration at Cartwheel.", "wording"),
        ("I also led a migration from Airflow to Dagster at cartwheel.", "lower-case"),
        ("I also wanted to mention my airflow to dagster migration.", "lower-case"),
    ],
)
def test_the_gate_flags_an_arrow_and_a_lower_case_name(sentence: str, rule: str) -> None:
    body = to_marta(sentence)
    draft = modelled(NOTES_WITH_ARROW, body, FACTS, MessageKind.THANK_YOU)
    assert f"writer.{rule}" in ids(draft) and draft.status != "ready", draft.findings
    fixed = body.replace(sentence, "I also moved our pipelines from Airflow to Dagster.")
    capitalised = NOTES_WITH_ARROW.replace("airflow -> dagster", "Airflow -> Dagster")
    assert modelled(capitalised, fixed, FACTS, MessageKind.THANK_YOU).status == "ready"


# -- 4. a title in the notes means "Dear Dr. Surname," ----------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "greeting"),
    [
        ("Dr. Anika Sharma", "- Anika asked how I would plan a launch on a small budget", "Sharma"),
        ("Prof. Lena Ostrowski", "- Lena asked how I would run the lab's onboarding", "Ostrowski"),
        ("Elena Ruiz", "- Dr. Ruiz asked how I would cut the recall backlog", "Ruiz"),
    ],
)
def test_a_title_in_the_notes_is_kept_in_the_greeting(name: str, line: str, greeting: str) -> None:
    front = {**CLINIC, "interviewers": [{"name": name}]}
    [draft] = offline(line + "\n", front)
    title = "Prof." if name.startswith("Prof") else "Dr."
    assert draft.body.startswith(f"Dear {title} {greeting},"), draft.body


def test_the_gate_flags_a_first_name_greeting_to_someone_with_a_title() -> None:
    front = {**CLINIC, "interviewers": [{"name": "Dr. Anika Sharma"}]}
    notes = "- Anika asked how I would plan a launch on a small budget\n"
    body = (
        "Hi Anika,\n\nThank you for meeting with me about the Clinic Coordinator role at "
        "Harbourview Physio. I enjoyed your question about how I would plan a launch on a "
        "small budget.\n\nBest regards,\nInes Bakker"
    )
    assert "writer.honorific" in ids(modelled(notes, body, front, MessageKind.THANK_YOU))
    titled = body.replace("Hi Anika,", "Dear Dr. Sharma,")
    assert "writer.honorific" not in ids(modelled(notes, titled, front, MessageKind.THANK_YOU))


# -- 5. a decision is thanked for only when one is on record ---------------------------------

NO_DECISION = [
    "Interviewer: Marta Lindgren\n\n- she's big on data quality\n",
    "Interviewer: Marta Lindgren\n\n- Marta walked me through the nightly batch jobs\n"
    "- next steps: she'll be in touch after the holidays\n",
]


@pytest.mark.parametrize("notes", NO_DECISION)
def test_a_keep_in_touch_note_without_a_decision_does_not_mention_one(notes: str) -> None:
    [draft] = offline(notes, kind=MessageKind.KEEP_IN_TOUCH)
    assert "decision" not in draft.body, draft.body
    assert draft.status == "ready", draft.findings


@pytest.mark.parametrize(
    ("notes", "status"),
    [
        (NO_DECISION[0] + "- Marta called: they went with an internal candidate\n", None),
        (NO_DECISION[0] + "- got the no by email on friday\n", None),
        (
            NO_DECISION[0] + "Email from Marta: Unfortunately, we have decided to move forward "
            "with another candidate.\n",
            None,
        ),
        (NO_DECISION[0], "rejected"),
    ],
)
def test_a_decision_on_record_is_thanked_for(notes: str, status: str | None) -> None:
    [draft] = offline(notes, kind=MessageKind.KEEP_IN_TOUCH, status=status)
    assert "letting me know about your decision" in draft.body, draft.body


def test_the_gate_flags_a_decision_that_is_not_on_record() -> None:
    body = (
        "Dear Marta,\n\nThank you for letting me know about your decision on the Data Platform "
        "Engineer role. I enjoyed our talk about data quality, and I would be glad to stay in "
        "touch.\n\nAll the best,\nNoor Ahmadi"
    )
    draft = modelled(NO_DECISION[0], body, FACTS, MessageKind.KEEP_IN_TOUCH)
    assert "writer.unrecorded-decision" in ids(draft) and draft.status != "ready"
    on_record = modelled(NO_DECISION[0], body, FACTS, MessageKind.KEEP_IN_TOUCH, status="rejected")
    assert "writer.unrecorded-decision" not in ids(on_record)


# -- 6. no repeated closing --------------------------------------------------------------------


@pytest.mark.parametrize("kind", [MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY])
def test_an_inquiry_does_not_sign_off_with_the_thanks_it_just_gave(kind: MessageKind) -> None:
    [draft] = offline(NO_DECISION[0], kind=kind, to="Marta")
    *body, sign_off = draft.body.rstrip().split("\n\n")
    last = body[-1].rsplit(". ", 1)[-1]
    assert not ("Thank" in last and "Thank" in sign_off), draft.body
    assert "writer.wording" not in ids(draft)


@pytest.mark.parametrize(
    ("last", "sign_off"),
    [
        ("Thank you again for considering me.", "Thank you again,"),
        ("Thanks again for your time.", "Thanks,"),
        ("Thank you for your time and for considering my application.", "Thank you,"),
    ],
)
def test_the_gate_flags_a_sign_off_that_repeats_the_thanks(last: str, sign_off: str) -> None:
    body = to_marta(last, sign_off)
    draft = modelled(NO_DECISION[0], body, FACTS, MessageKind.THANK_YOU)
    assert any(f.rule_id == "writer.wording" and f.match == sign_off for f in draft.findings)
    plain = body.replace(sign_off, "Best regards,")
    assert "writer.wording" not in ids(
        modelled(NO_DECISION[0], plain, FACTS, MessageKind.THANK_YOU)
    )
