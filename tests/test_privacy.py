"""Private remarks in notes: what is found, what is left alone, and how redact() removes it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.privacy import (
    LINE_PLACEHOLDER,
    REMARK_PLACEHOLDER,
    Reason,
    is_placeholder,
    private_lines,
    redact,
)
from tests.conftest import REPO

# (a note line, why it is private)
PRIVATE = [
    # an opinion of the interviewer in shorthand (trial 13: it reached a model's prompt)
    ("- she's v sharp", Reason.OPINION),
    ("- he's so nice, and very calm", Reason.OPINION),
    # pay and salary
    ("- they pay 58k, i want 62 at least", Reason.PAY),
    ("- they offered 85k", Reason.PAY),
    ("- the salary is $95,000 plus benefits", Reason.PAY),
    ("- range on the posting was 95-105k", Reason.PAY),
    ("- she said 95-105k", Reason.PAY),
    ("- comp is lower than I hoped", Reason.PAY),
    ("- asked about salary expectations", Reason.PAY),
    ("- the pay band tops out at 70k", Reason.PAY),
    ("- band tops at $70,000", Reason.PAY),
    ("- Q: Salary expectations?", Reason.PAY),
    ("- base pay is fine but no signing bonus", Reason.PAY),
    ("- I make 72k now, asking for 80k", Reason.PAY),
    ("- hourly rate would be $31 an hour", Reason.PAY),
    ("- Pay is lower than my current job by about 6k.", Reason.PAY),
    ("- total comp around $140k with stock options", Reason.PAY),
    ("- hourly is 28/hr", Reason.PAY),
    ("- ask about PTO later", Reason.PAY),
    ("- they said they pay 110 to 125 for this level", Reason.PAY),
    # other candidates and the job search
    ("- I'm one of 3 finalists (recruiter told me)", Reason.OTHER_CANDIDATES),
    ("- they went w/ an internal candidate", Reason.OTHER_CANDIDATES),
    ("- she's interviewing two other people this week", Reason.OTHER_CANDIDATES),
    ("- probably a long list of candidates", Reason.OTHER_CANDIDATES),
    ("- I made the shortlist", Reason.OTHER_CANDIDATES),
    ("- they're also talking to 2 other people", Reason.OTHER_CANDIDATES),
    ("- felt like she'd already picked someone", Reason.OTHER_CANDIDATES),
    ("- I have a competing offer from Corbel", Reason.JOB_SEARCH),
    ("- my boss doesn't know I'm looking", Reason.JOB_SEARCH),
    # opinions of the interviewer
    ("- Martin was 15 min late", Reason.OPINION),
    ("- the studio seemed disorganized", Reason.OPINION),
    ("- he seemed totally checked out", Reason.OPINION),
    ("- kept checking his phone the whole time", Reason.OPINION),
    ("- kind of rude honestly", Reason.OPINION),
    ("- Elise was much nicer than Martin", Reason.OPINION),
    ("- she seemed rushed, like she had a quota of calls", Reason.OPINION),
    ("- he didn't read my resume", Reason.OPINION),
    ("- weird vibe from the panel", Reason.OPINION),
    ("My take: the team seems stretched and the manager is a bit much.", Reason.OPINION),
    ("- pay offered, currently more elsewhere lol. tom talks a LOT", Reason.OPINION),
    ("- nice enough but full of himself", Reason.OPINION),
    ("- mom keeps asking if I heard back", Reason.HEALTH_FAMILY),
    # health and family
    ("- kid was sick so I was up all night", Reason.HEALTH_FAMILY),
    ("- the week got away from me (kids were sick)", Reason.HEALTH_FAMILY),
    ("- dad's surgery is on the 30th", Reason.HEALTH_FAMILY),
    ("- need to move my MRI appointment", Reason.HEALTH_FAMILY),
    ("- I'm pregnant and not ready to say", Reason.HEALTH_FAMILY),
    ("- on parental leave until March", Reason.HEALTH_FAMILY),
    ("- mom's in hospice so I need a late start", Reason.HEALTH_FAMILY),
    ("- going through a divorce, need flexibility", Reason.HEALTH_FAMILY),
    ("- shared custody so no travel on weekends", Reason.HEALTH_FAMILY),
    ("Mum thinks I should take it anyway.", Reason.HEALTH_FAMILY),
    ("- boyfriend hates the idea of 6 months away", Reason.HEALTH_FAMILY),
    ("- my wife doesn't want me commuting", Reason.HEALTH_FAMILY),
    ("- told him my father died in the spring, hence the move", Reason.HEALTH_FAMILY),
    ("- since losing my brother I want work that matters", Reason.HEALTH_FAMILY),
    ("- I'm still grieving, hard to focus", Reason.HEALTH_FAMILY),
    # immigration status is the candidate's own business too
    ("- Priya asked about my work permit (fine till 2028)", Reason.PROTECTED),
    ("- she asked whether I'd need sponsorship", Reason.PROTECTED),
    ("- I'm on a Tier-2 visa so timing matters", Reason.PROTECTED),
    ("- my visa expires in June", Reason.PROTECTED),
    # marked private
    ("- PRIVATE: the commute is 90 minutes", Reason.MARKED),
    ("- (private) I might move to Denver", Reason.MARKED),
    ("- note to self: buy a new suit", Reason.MARKED),
    ("Private: she hinted at a reorg", Reason.MARKED),
    ("- reorg coming in Q3, don't mention.", Reason.MARKED),
    ("- [private] the hiring manager is leaving", Reason.MARKED),
    ("- personal: need Fridays off for the move", Reason.MARKED),
    ("- the team is moving offices (private)", Reason.MARKED),
]

# Note lines a follow-up may well use: nothing private in them.
PUBLIC = [
    "- she's cool with remote work two days a week",
    "- she's great at explaining the roadmap, asked about my FEA work",
    "- she walked me through the team's budget for next year",
    "- the brief said the campaign goes on and on until March",
    "- she talked a lot abt the rental program being their busiest thing",
    "- Q: how do you handle a client who talks a lot in meetings? said I summarise and steer",
    "- they're running a pricing experiment on the annual plan",
    "- the grant was $180k over 3 years, funded",
    "- toured the Reno DC, 600k sq ft, adding a second sort line",
    "- their Discord has 90k members",
    "- churn dropped 4% after the onboarding change",
    "- she wants the rental program to grow 30% this winter",
    "- 120-140 open files at my last job",
    "- talked about payroll migration to Workday",
    "- she asked about the pay-per-click budget",
    "- they're redesigning the candidate experience for applicants",
    "- we talked about health equity in the county programs",
    "- Dr. Okafor asked about escalating a deteriorating patient",
    "- the MRI scheduling backlog is their biggest problem",
    "- My grandmother used their mobile pantry in Eastfield.",
    "- she was excited about the passive house standard",
    "- the late shift is short-staffed in the fall",
    "- we checked out the new warehouse together",
    "- they don't share data across teams yet",
    "- I should mention the dashboard I built",
    "- the offer letter template is being rewritten by legal",
    "- Lena talked about staff retention, they lost 3 line cooks since jan",
    "- he asked how I'd handle a rushed release",
    "- the board wants better outcome reporting",
    "- she's worried about the grantee reporting burden",
    "- caseload range 40-60 students",
    "- the team grew from 40 to 60 people",
    "- she runs the 401k plan rollout",
    "- Rowan asked about sample chain of custody for the biobank",
    "- Q: any hospice experience? A: my practicum was in hospice",
    "- the role supports families after a patient has died",
    "- she runs the bereavement support team",
    "- they handle visa applications for international students",
    "- he asked about my experience with work permit applications for clients",
]


@pytest.mark.parametrize(("line", "reason"), PRIVATE, ids=[p[0][:40] for p in PRIVATE])
def test_finds_private_line(line: str, reason: Reason) -> None:
    remarks = private_lines(f"Interview with Ana at Acme.\n{line}\n- Next step: a call.\n")
    assert [r.reason for r in remarks] == [reason], remarks
    assert (remarks[0].first_line, remarks[0].last_line) == (2, 2)


@pytest.mark.parametrize("line", PUBLIC, ids=[p[:40] for p in PUBLIC])
def test_leaves_public_line(line: str) -> None:
    text = f"Interview with Ana at Acme.\n{line}\n"
    assert private_lines(text) == []
    assert redact(text) == text


def test_only_the_private_sentence_of_a_paragraph_goes() -> None:
    text = (
        "Martin Cole -- was 15 min late and seemed distracted. Kind of\n"
        "rude honestly. But he asked good questions about mass timber\n"
        "and the passive house standard.\n"
    )
    remarks = private_lines(text)
    assert [(r.first_line, r.last_line, r.reason) for r in remarks] == [
        (1, 1, Reason.OPINION),
        (1, 2, Reason.OPINION),
    ]
    assert not any(r.whole_item for r in remarks)
    out = redact(text)
    # the name before the dash is who the paragraph is about, not the remark: it stays, so
    # the notes reader still ties "But he asked ..." to Martin once the remark is gone
    assert out.splitlines() == [
        f"Martin Cole -- {REMARK_PLACEHOLDER}",
        f"{REMARK_PLACEHOLDER} But he asked good questions about mass timber",
        "and the passive house standard.",
    ]


def test_a_wrapped_bullet_goes_whole_when_marked() -> None:
    text = (
        "- talked about the pilot\n"
        "- personal: need to move my MRI appointment if they want a 2nd round.\n"
        "  also dad's surgery is on the 30th.\n"
        "- decision in early November\n"
    )
    (remark,) = private_lines(text)
    assert (remark.first_line, remark.last_line, remark.whole_item) == (2, 3, True)
    assert redact(text).splitlines() == [
        "- talked about the pilot",
        f"- {LINE_PLACEHOLDER}",
        f"  {LINE_PLACEHOLDER}",
        "- decision in early November",
    ]


def test_a_private_heading_covers_its_block_only() -> None:
    text = (
        "- she wants someone who can support siblings\n"
        "\n"
        "## Private\n"
        "Pay is lower by about 6k. Linda mentioned two other people\n"
        "interviewing this week.\n"
        "\n"
        "Next step: shadow day, she'll email to schedule.\n"
    )
    remarks = private_lines(text)
    assert {r.reason for r in remarks} == {Reason.MARKED}
    assert [(r.first_line, r.last_line) for r in remarks] == [(3, 3), (4, 5)]
    out = redact(text)
    assert "6k" not in out and "other people" not in out
    assert "Next step: shadow day" in out and "support siblings" in out


def test_redact_keeps_line_count_and_endings() -> None:
    text = "Q: Salary expectations?\r\nA: said 68-72k.\r\nQ: Travel?\r\nA: fine\r\n"
    out = redact(text)
    assert out.count("\r\n") == 4
    assert out.splitlines() == [LINE_PLACEHOLDER, LINE_PLACEHOLDER, "Q: Travel?", "A: fine"]
    assert redact("") == ""
    assert redact("they offered 85k, no newline at the end") == LINE_PLACEHOLDER


def test_is_placeholder() -> None:
    assert is_placeholder(f"- {LINE_PLACEHOLDER}")
    assert is_placeholder(f"  {REMARK_PLACEHOLDER} ")
    assert not is_placeholder(f"{REMARK_PLACEHOLDER} But he asked about mass timber")
    assert not is_placeholder("- talked about the pilot")


def test_the_eval_notes_lose_every_private_fact_and_keep_their_topics() -> None:
    notes = REPO / "eval" / "cases" / "notes"
    cases = {
        "private-salary-ranges.txt": (["85k", "78-90k", "want 95"], ["rental program"]),
        "qa-private-mixed.txt": (
            ["68-72k", "70k", "rushed", "list of"],
            ["Xactimate", "120-140 open files", "next Friday"],
        ),
        "private-marked-lines.md": (
            ["pregnant", "boss", "6k", "two other people"],
            ["pediatric hospice", "shadow day"],
        ),
        "private-opinions-interviewer.md": (
            ["15 min late", "distracted", "rude", "nicer than", "disorganized"],
            ["mass timber", "Revit template overhaul", "Decision in ~2 weeks"],
        ),
        "private-finalists-health.txt": (
            ["finalists", "MRI", "surgery"],
            ["participatory grantmaking", "decision in early November"],
        ),
        "vantage-analytics-competing-offer.md": (["Corbel", "$118k"], ["Tableau to Looker"]),
        "fig-thistle-sous-chef.txt": (["58k", "62 at least"], ["butchery", "staff retention"]),
    }
    for name, (gone, kept) in cases.items():
        text = (notes / name).read_text()
        out = redact(text)
        assert out.count("\n") == text.count("\n"), name
        for word in gone:
            assert word.lower() not in out.lower(), (name, word)
        for word in kept:
            assert word in out, (name, word)


_NOTE_LINES = st.sampled_from(
    [line for line, _ in PRIVATE] + PUBLIC + ["", "  ", "## Private", "Q: Travel?", "A: fine"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_NOTE_LINES, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_redact_keeps_every_line_and_every_public_line(lines: list[str], newline: str) -> None:
    text = newline.join(lines) + newline
    out = redact(text)
    assert out.count("\n") == text.count("\n")
    private = {n for r in private_lines(text) for n in range(r.first_line, r.last_line + 1)}
    for number, (before, after) in enumerate(
        zip(text.splitlines(), out.splitlines(), strict=True), 1
    ):
        if number not in private:
            assert after == before
        elif before.strip():
            assert LINE_PLACEHOLDER in after or REMARK_PLACEHOLDER in after


def test_the_tell_is_what_would_give_a_remark_away() -> None:
    text = (
        "- Martin was 15 min late\n- I'm one of 3 finalists\n- PRIVATE: moving to Denver\n"
        "My take: she seemed rushed.\n"
    )
    tells = [r.tell() for r in private_lines(text)]
    assert tells == ["15 min late", "finalists", None, "rushed"]
    assert private_lines("My take: good team.\n")[0].tell() is None


@pytest.mark.parametrize(
    "heading",
    [
        "notes to self, NOT for anyone",
        "----- me only -----",
        "Private / do not share",
        "do not send",
    ],
)
def test_a_heading_of_one_or_more_marks_makes_its_block_private(heading: str) -> None:
    text = (
        "[x] next steps: he's seeing 2 more people this week\n"
        "\n"
        f"{heading}\n"
        "- car inspection due the 20th\n"
        "- don't tell work I'm looking\n"
        "\n"
        "-Dee\n"
    )
    out = redact(text)
    assert "car inspection" not in out and "tell work" not in out
    assert "-Dee" in out


def test_a_heading_that_only_mentions_a_private_topic_stays_public() -> None:
    text = "Private sector experience\n- six years at a regional bank\n"
    assert redact(text) == text


def test_a_line_opening_with_a_mark_is_its_own_item_under_a_labelled_line() -> None:
    text = "concern: she asked about B2B.\nprivate - the range is low. not impressed.\n"
    (remark,) = private_lines(text)
    assert remark.whole_item and remark.text.startswith("private -")
    assert remark.text.endswith("not impressed.")
    assert redact(text).splitlines()[0] == "concern: she asked about B2B."
