"""One reading of the notes for write, plan and due: a rejection in the employer's words,
what the candidate (not the employer) sent, the stated decision date, and what comes next.

Reduced from a new user's trial (trial 7), in other words: a pasted rejection e-mail, a log
of three sends on one line, "we'll let you know in about two weeks", "after the xmas rush".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followup.core import MessageKind
from followup.models import Notes
from followup.notes import relative_date, understand_notes
from followup.timeline import decision_from_text, decision_in_notes
from followup.writer.kind_choice import (
    choose_kind,
    inquiries_logged,
    logged_sends,
    says_declined,
    thank_you_logged,
)

DAY = dt.date(2026, 3, 10)  # a Tuesday


def notes_file(tmp_path: Path, text: str, name: str = "n.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- a rejection, by its structure ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After much deliberation the committee has chosen to appoint an applicant whose "
        "background is closer to our needs.",
        "Regrettably, we will not be taking your application further at this stage.",
        "We won't be progressing your application on this occasion.",
        "I'm afraid your application was unsuccessful on this occasion.",
        "The panel has offered the role to another applicant.",
        "We've decided to go ahead with a candidate who has more clinic experience.",
        "We have decided not to proceed with your application.",
        "you were not successful this time",
        "We regret to inform you that the vacancy is closed to you.",
        "they gave up and hired someone from inside",
    ],
)
def test_the_employers_wording_of_a_rejection_is_read(sentence: str) -> None:
    assert says_declined(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If we decide not to progress your application we will write to you.",
        "I turned down the other offer.",
        "I went with another agency for my relocation.",
        "We went with a candidate-led format for the panel.",
        "We are delighted to offer the position to you.",
        "The team decided to go with another vendor for the CRM.",
        "Moving forward with the new ERP rollout next quarter.",
        "They hired two junior devs last month.",
    ],
)
def test_a_condition_or_the_candidates_own_choice_is_no_rejection(sentence: str) -> None:
    assert not says_declined(sentence)


REJECTION_MAIL = """From: Ines Garvey <igarvey@harbourlibrary.example>
To: Tom Reid <tom@mail.example>
Subject: Library Assistant - outcome

Dear Tom,

Thank you for coming in on 2 March to meet the team for the Library Assistant post at
Harbour City Library. The panel has decided to offer the post to an applicant with more
community outreach experience. We enjoyed your story-time plan and hope you will apply again.

Kind regards,
Ines Garvey
Branch Manager

my own notes: disappointed. the story-time plan was the rhyme-and-puppet session. want to stay
in touch with Ines.
"""


def test_a_pasted_rejection_mail_gives_a_keep_in_touch_note_and_no_thank_you(
    cli: Any, tmp_path: Path
) -> None:
    """The employer's "Thank you for coming in" is their thanks, not the candidate's."""
    assert not thank_you_logged(REJECTION_MAIL)
    path = notes_file(tmp_path, REJECTION_MAIL)
    write = cli("write", path, "--today", "2026-03-12")
    assert write.err.startswith("Writing a keep-in-touch: the notes say the application was"), (
        write.err
    )
    plan = cli("plan", path, "--today", "2026-03-12")
    assert "no inquiry, no check-in" in plan.out
    assert "(sent, your notes say)" not in plan.out
    assert "inquiry to" not in cli("due", "--date", "2026-03-12").out


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for your time on the 3rd, it was lovely to meet you.",
        "Thanks so much for coming in on Monday 2 March.",
        "Thank you again for interviewing with us on 2/3.",
    ],
)
def test_thanking_someone_is_no_log_of_a_thank_you(line: str) -> None:
    assert not thank_you_logged(line)


# -- what was sent, several sends on one line ---------------------------------------------


def test_a_log_of_several_sends_on_one_line_counts_each() -> None:
    log = "TY sent 3/11. Follow-up sent 3/19. 2nd follow-up sent 3/27, she said budget frozen."
    assert thank_you_logged(log)
    assert inquiries_logged(log) == 2
    sends = logged_sends(log, DAY, dt.date(2026, 4, 20))
    assert [(s.kind, s.on) for s in sends] == [
        (MessageKind.THANK_YOU, dt.date(2026, 3, 11)),
        (MessageKind.INQUIRY, dt.date(2026, 3, 19)),
        (MessageKind.SECOND_INQUIRY, dt.date(2026, 3, 27)),
    ]


def test_a_second_inquiry_logged_alone_means_two_went_out() -> None:
    assert inquiries_logged("Good talk.\n2nd follow-up sent 3/27; nothing back.") == 2


CHECKIN_NEWS = """---
company: Pellworth Marine
role: Survey Technician
date: 2026-02-02
me: Ola Brandt
---
Met Hana Sato (survey lead) and Dev Rao (ops).
Hana asked about multibeam calibration; I described the patch test I ran at Norsea.
Dev asked about travel, fine by me.
Thank-you sent 2/3. Follow-up sent 2/12. Second follow-up sent 2/24, Hana said hiring is frozen.
News: Pellworth just won the Harbour Board dredging survey contract (announced 9 Mar). Would
like to congratulate her.
"""


def test_plan_records_the_logged_sends_so_due_proposes_no_third_inquiry(
    cli: Any, tmp_path: Path
) -> None:
    path = notes_file(tmp_path, CHECKIN_NEWS, "n.md")
    plan = cli("plan", path, "--today", "2026-03-12")
    assert plan.code == 0, plan.err
    assert "Recorded from your notes, for `followup due`: thank-you (Tue 3 Feb), " in plan.out
    assert "second-inquiry (Tue 24 Feb)" in plan.out
    due = cli("due", "--date", "2026-03-12")
    assert "inquiry to" not in due.out, due.out
    assert "check-in from" in due.out and "two inquiries went out, so no third" in due.out


def test_news_in_the_notes_is_the_check_ins_congratulations(cli: Any, tmp_path: Path) -> None:
    write = cli("write", notes_file(tmp_path, CHECKIN_NEWS, "n.md"), "--today", "2026-03-12")
    assert write.err.startswith("Writing a check-in: two inquiries were sent"), write.err
    assert "Congratulations on the Harbour Board dredging survey contract." in write.out
    assert "might find useful" not in write.out  # not their own news sent back as reading


def test_a_news_line_is_the_companys_not_the_last_person_named() -> None:
    notes = Notes(front_matter={}, text=CHECKIN_NEWS.split("---\n", 2)[2], source="n")
    reading = understand_notes(notes, dt.date(2026, 3, 12))
    news = next(ln for ln in reading.lines if "dredging" in ln.text)
    assert news.kind.value == "outcome" and news.about is None


# -- the stated decision date, read once ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Recruiter: you'll hear the outcome in three weeks.", DAY + dt.timedelta(days=21)),
        ("She said the answer will be in ten days.", DAY + dt.timedelta(days=10)),
        ("He'll let me know by Thursday the 19th.", dt.date(2026, 3, 19)),
        ("decision next week sometime", DAY + dt.timedelta(days=7)),
    ],
)
def test_decision_dates_in_the_forms_people_write(line: str, expected: dt.date) -> None:
    assert decision_in_notes(line, DAY) == expected


def test_after_the_holidays_is_early_january() -> None:
    december = dt.date(2026, 12, 8)
    line = "They'll let us know once the holidays are over."
    assert decision_in_notes(line, december) == dt.date(2027, 1, 10)


@pytest.mark.parametrize(
    "line",
    [
        "if no word by the 19th I'll nudge her about the timeline",
        "3/24 emailed Pam asking about the timeline",
    ],
)
def test_the_candidates_own_plan_or_log_is_no_decision_date(line: str) -> None:
    assert decision_from_text(line, DAY) is None


TRANSCRIPT = """Company: Fernhill Rail
Role: Signalling Technician
Date: 2026-03-02
Interviewer: Mr. Colm Byrne
Me: Ada Nwosu

Colm asked how I'd fault-find a track circuit; I talked through the last one I traced.
Colm Byrne: Thanks, that's all from me. We'll let you know in about two weeks.
"""


def test_write_plan_and_the_checker_share_the_decision_date(cli: Any, tmp_path: Path) -> None:
    path = notes_file(tmp_path, TRANSCRIPT)
    plan = cli("plan", path, "--today", "2026-03-10", "--no-track")
    assert "They said they would decide by Mon 16 Mar." in plan.out
    assert "Next: a thank-you (" in plan.out and "no inquiry before then" in plan.out
    write = cli("write", path, "--today", "2026-03-10")
    assert write.err.startswith("Writing a thank-you: "), write.err
    inquiry = cli("write", path, "--today", "2026-03-10", "--kind", "inquiry")
    assert "etiquette.cadence" in inquiry.out and "| inquiry | review ===" in inquiry.out


def test_the_reason_says_what_the_notes_record_and_dates_as_the_plan_does() -> None:
    text = TRANSCRIPT + "Sent thank-you 3/3.\n"
    notes = Notes(front_matter={}, text=text, source="n")
    brief = understand_notes(notes, DAY).brief
    choice = choose_kind(brief, notes, DAY)
    assert choice.kind is MessageKind.INQUIRY
    assert choice.reason.startswith("the notes record the thank-you and they said they would")
    assert "Mon 16 Mar" in choice.reason
    bare = Notes(front_matter={}, text=TRANSCRIPT, source="n")
    assert "the thank-you" not in choose_kind(brief, bare, DAY).reason


# -- a missing interview date: one answer -----------------------------------------------------


def test_a_bare_weekday_on_the_meeting_line_dates_the_interview() -> None:
    friday = dt.date(2026, 3, 13)
    assert relative_date("met w/ ana + joe from the kitchen, wed", friday) == dt.date(2026, 3, 11)
    assert relative_date("phone screen (mon)", friday) == dt.date(2026, 3, 9)


def test_an_inquiry_without_an_interview_date_is_refused_as_plan_refuses(
    cli: Any, tmp_path: Path
) -> None:
    text = "Quarry Lane Vets - vet nurse\nmet Dr. Ruth Kemp\nme: Sam Hale\nshe asked about X-rays\n"
    path = notes_file(tmp_path, text)
    cli("write", path, "--kind", "inquiry").assert_input_error("no interview date")
    cli("plan", path).assert_input_error("no interview date")


# -- what a check-in offers, and what it is tied to ----------------------------------------------


def test_a_piece_the_notes_found_is_named_with_its_title_and_source() -> None:
    from followup.writer.share import noted_item

    line = 'came across the RHS guide "Pruning Stone Fruit Without Silver Leaf" (Garden Journal)'
    item = noted_item([line])
    assert item is not None
    assert (item.kind, item.title, item.source) == (
        "guide",
        "Pruning Stone Fruit Without Silver Leaf",
        "Garden Journal",
    )


POTTERY = """---
company: Kilnworks Studio
role: Studio Technician
date: 2026-01-20
me: Noor Haddad
---
Met Bea Lund (studio manager).
- Bea asked about glaze chemistry; I described my cone 6 test tiles.
- they're building a new kiln shed this spring
- sent thank-you 1/21
- sent follow-up 1/30, she said hiring is on hold til spring
- found this for her: https://example.org/slip-casting Slip casting for small studios
"""


def test_a_shared_piece_is_tied_to_no_topic_it_shares_no_word_with(
    cli: Any, tmp_path: Path
) -> None:
    """The title typed after the link is read; the piece is not 'since we talked about' the
    kiln shed it has nothing to do with (trial 7: hop creep tied to a canning line)."""
    write = cli("write", notes_file(tmp_path, POTTERY, "n.md"), "--today", "2026-02-24")
    assert write.err.startswith("Writing a check-in: "), write.err
    assert "“Slip casting for small studios” (https://example.org/slip-casting)" in write.out
    assert "kiln shed" not in write.out
