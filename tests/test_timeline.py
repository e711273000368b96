"""The schedule: windows across weekends and month ends, stated decision dates, what is
due, the writer's pick of kind, and the ICS round trip."""

from __future__ import annotations

import datetime as dt

import pytest

from followup import timeline
from followup.core import MessageKind
from followup.errors import InputError
from followup.history import history_from_list
from followup.models import Brief

K = MessageKind
TUE = dt.date(2026, 11, 24)  # a Tuesday


def windows(interview: dt.date, decision: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [
        (s.kind.value, s.start.isoformat(), s.end.isoformat())
        for s in timeline.schedule(interview, decision)
    ]


def test_schedule_from_a_tuesday() -> None:
    assert windows(TUE) == [
        ("thank-you", "2026-11-25", "2026-11-26"),
        ("inquiry", "2026-12-01", "2026-12-04"),  # day 7-10
        ("second-inquiry", "2026-12-09", "2026-12-15"),  # day 15-21
        ("check-in", "2027-01-06", "2027-01-13"),  # about monthly after the second inquiry
        ("check-in", "2027-02-03", "2027-02-10"),
    ]


def test_no_third_inquiry_in_the_schedule() -> None:
    kinds = [s.kind for s in timeline.schedule(TUE)]
    assert kinds.count(K.INQUIRY) == 1 and kinds.count(K.SECOND_INQUIRY) == 1


def test_weekends_move_to_monday() -> None:
    friday = dt.date(2026, 1, 23)
    steps = windows(friday)
    # Day 1 and 2 are Saturday and Sunday: the thank-you goes out on Monday.
    assert steps[0] == ("thank-you", "2026-01-26", "2026-01-26")
    # Day 7 is a Friday, day 10 a Monday; day 15 a Saturday, so the second starts Monday.
    assert steps[1] == ("inquiry", "2026-01-30", "2026-02-02")
    assert steps[2][1] == "2026-02-09"
    for step in timeline.schedule(friday):
        assert step.start.weekday() < 5 and step.end.weekday() < 5


def test_schedule_across_a_month_and_year_end() -> None:
    steps = windows(dt.date(2026, 12, 28))
    assert steps[0] == ("thank-you", "2026-12-29", "2026-12-30")
    assert steps[1] == ("inquiry", "2027-01-04", "2027-01-07")
    assert steps[2] == ("second-inquiry", "2027-01-12", "2027-01-18")
    jan30 = windows(dt.date(2026, 1, 30))  # a Friday; day 7 is 6 February
    assert jan30[1][1] == "2026-02-06"


def test_a_stated_decision_date_moves_the_first_inquiry() -> None:
    decision = dt.date(2026, 12, 5)  # a Saturday, day 11
    steps = timeline.schedule(TUE, decision)
    inquiry = steps[1]
    assert inquiry.start == dt.date(2026, 12, 7)  # day 13 is a Monday
    assert "after their decision date, Sat 5 Dec" in inquiry.purpose
    assert steps[2].start == dt.date(2026, 12, 14)  # a week after the first, not day 15
    early = timeline.schedule(TUE, dt.date(2026, 11, 27))  # "by Friday": day 3
    assert early[1].start == dt.date(2026, 12, 1)  # still day 7


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They expect to make a decision in two weeks.", "2026-12-08"),
        ("Priya said they'd decide by Friday.", "2026-11-27"),
        ("Decision early next month.", "2026-12-10"),
        ("They'll get back to me within two weeks.", "2026-12-08"),
        ("We should hear back by the end of next week.", "2026-12-04"),
        ("We'll let you know by the end of the month.", "2026-11-30"),
        ("They'll decide mid-December.", "2026-12-15"),
        ("Decision by Dec 5.", "2026-12-05"),
        ("Next steps: a decision in a couple of weeks", "2026-12-08"),
        ("We'll update you within 10 days", "2026-12-04"),
    ],
)
def test_decision_phrasings(sentence: str, expected: str) -> None:
    found = timeline.decision_from_text(f"Good talk.\n{sentence}\nMet Tom too.", TUE)
    assert found is not None and found.isoformat() == expected


THU = dt.date(2026, 11, 19)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("next steps: they'll get back by end of next week", dt.date(2026, 11, 27)),
        ("They will decide late next week.", dt.date(2026, 11, 27)),
        ("Decision by the end of the week.", dt.date(2026, 11, 20)),
        ("HR calls by end of next week", dt.date(2026, 11, 27)),
        ("she'll email me within 8 days", dt.date(2026, 11, 27)),
    ],
)
def test_the_end_of_a_week_is_its_friday(sentence: str, expected: dt.date) -> None:
    """From an interview on Thu 19 Nov, both readers of the notes: the plan's
    (timeline.decision_from_text) and the reader's (noteheader.decision_date)."""
    from followup.noteheader import decision_date

    assert timeline.decision_from_text(sentence, THU) == expected
    assert decision_date(sentence, THU) == expected


def test_end_of_week() -> None:
    days = [dt.date(2026, 11, 16) + dt.timedelta(days=n) for n in range(7)]  # Mon to Sun
    assert {timeline.end_of_week(day) for day in days} == {dt.date(2026, 11, 20)}


@pytest.mark.parametrize(
    "text",
    [
        "No timeline given.",
        "We may decide soon.",
        "Tom has been there two weeks.",
        "She asked me to call two references later.",
    ],
)
def test_no_decision_date_when_none_is_stated(text: str) -> None:
    assert timeline.decision_from_text(text, TUE) is None


def test_welcome_from_counts_inquiries_whatever_the_draft_calls_itself() -> None:
    assert timeline.welcome_from(K.INQUIRY, []).earliest == 7
    assert timeline.welcome_from(K.INQUIRY, [(K.INQUIRY, 8)]).earliest == 15
    assert timeline.welcome_from(K.SECOND_INQUIRY, [(K.INQUIRY, 12)]).earliest == 19
    assert timeline.welcome_from(K.INQUIRY, [(K.INQUIRY, 8), (K.INQUIRY, 16)]).earliest is None
    assert timeline.welcome_from(K.CHECK_IN, [(K.SECOND_INQUIRY, 16)]).earliest == 44
    late = timeline.welcome_from(K.INQUIRY, [], decision_day=11, interview=TUE)
    assert late.earliest == 12 and "decide by Sat 5 Dec" in late.reason


def test_advise_walks_the_schedule() -> None:
    def kind_and_due(sent: list[tuple[MessageKind, int]], day: int) -> tuple[str, bool]:
        advice = timeline.advise(TUE, sent, TUE + dt.timedelta(days=day))
        return (advice.kind.value if advice.kind else "none", advice.due)

    assert kind_and_due([], 1) == ("thank-you", True)
    assert kind_and_due([(K.THANK_YOU, 1)], 4) == ("inquiry", False)
    assert kind_and_due([(K.THANK_YOU, 1)], 7) == ("inquiry", True)
    assert kind_and_due([(K.THANK_YOU, 1), (K.INQUIRY, 8)], 12) == ("second-inquiry", False)
    assert kind_and_due([(K.THANK_YOU, 1), (K.INQUIRY, 8)], 15) == ("second-inquiry", True)
    two = [(K.THANK_YOU, 1), (K.INQUIRY, 8), (K.SECOND_INQUIRY, 16)]
    assert kind_and_due(two, 30) == ("check-in", False)
    assert kind_and_due(two, 44) == ("check-in", True)
    closed = timeline.advise(TUE, two, TUE + dt.timedelta(days=50), status="offer")
    assert closed.kind is None
    rejected = timeline.advise(TUE, two, TUE + dt.timedelta(days=20), status="rejected")
    assert rejected.kind is K.KEEP_IN_TOUCH and rejected.due


def test_a_late_thank_you_is_still_due() -> None:
    advice = timeline.advise(TUE, [], TUE + dt.timedelta(days=6))
    assert advice.kind is K.THANK_YOU and advice.due and "still beats none" in advice.reason


def test_nothing_sent_by_the_inquiry_days_means_the_first_inquiry() -> None:
    advice = timeline.advise(TUE, [], TUE + dt.timedelta(days=12))
    assert advice.kind is K.INQUIRY and advice.due and "can thank them" in advice.reason
    waiting = timeline.advise(
        TUE, [], TUE + dt.timedelta(days=12), decision=TUE + dt.timedelta(days=14)
    )
    assert waiting.kind is K.THANK_YOU and "still beats none" in waiting.reason


def brief() -> Brief:
    return Brief(company="Example Co", role="Analyst", interview_date=TUE)


@pytest.mark.parametrize(
    ("history", "day", "kind"),
    [
        ([], 1, K.THANK_YOU),
        ([{"kind": "thank-you", "days": 1}], 8, K.INQUIRY),
        ([{"kind": "thank-you", "days": 1}, {"kind": "inquiry", "days": 8}], 16, K.SECOND_INQUIRY),
        (
            [{"kind": "inquiry", "days": 8}, {"kind": "second-inquiry", "days": 16}],
            45,
            K.CHECK_IN,
        ),
    ],
)
def test_due_kind_from_an_evaluator_history(
    history: list[dict[str, object]], day: int, kind: MessageKind
) -> None:
    with history_from_list(history, interview_date=TUE) as h:
        picked, reason = timeline.due_kind(h, brief(), TUE + dt.timedelta(days=day))
    assert picked is kind, reason


def test_due_kind_writes_nothing_too_early_and_says_when() -> None:
    with history_from_list([{"kind": "thank-you", "days": 1}], interview_date=TUE) as h:
        picked, reason = timeline.due_kind(h, brief(), TUE + dt.timedelta(days=3))
    assert picked is None
    assert "thank-you (Wed 25 Nov)" in reason and "inquiry is welcome from Tue 1 Dec" in reason


def test_due_kind_never_a_second_thank_you_or_a_third_inquiry() -> None:
    sent = [{"kind": "thank-you", "days": 1}]
    with history_from_list(sent, interview_date=TUE) as h:
        assert timeline.due_kind(h, brief(), TUE + dt.timedelta(days=2))[0] is None
    sent += [{"kind": "inquiry", "days": 8}, {"kind": "second-inquiry", "days": 16}]
    with history_from_list(sent, interview_date=TUE) as h:
        picked, reason = timeline.due_kind(h, brief(), TUE + dt.timedelta(days=25))
    assert picked is None and "no third" in reason


def test_history_from_list_rejects_malformed_entries() -> None:
    with pytest.raises(InputError, match="history entry 2: needs kind"):
        history_from_list([{"kind": "inquiry", "days": 8}, {"kind": "nudge"}], interview_date=TUE)


def test_ics_round_trip() -> None:
    import icalendar

    steps = timeline.schedule(TUE, dt.date(2026, 12, 5))
    data = timeline.to_ics(steps, company="Northwind, Inc.", role="Analyst; Data", today=TUE)
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(steps)
    for event, step in zip(events, steps, strict=True):
        assert event.decoded("dtstart") == step.start
        assert str(event.get("summary")).endswith(": Northwind, Inc. (Analyst; Data)")
        assert f"--kind {step.kind.value}" in str(event.get("description"))
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0].decoded("trigger") == dt.timedelta(hours=9)
    assert len({str(e.get("uid")) for e in events}) == len(events)


def test_parse_day() -> None:
    today = dt.date(2026, 12, 2)
    assert timeline.parse_day("2026-11-30", "--date") == dt.date(2026, 11, 30)
    assert timeline.parse_day("yesterday", "--date", today=today) == dt.date(2026, 12, 1)
    assert timeline.parse_day("Nov 25", "--date", today=today) == dt.date(2026, 11, 25)
    with pytest.raises(InputError, match="--date 'someday soon' is not a date"):
        timeline.parse_day("someday soon", "--date", today=today)
    with pytest.raises(InputError, match="--today '2026-13-01' is not a date"):
        timeline.parse_day("2026-13-01", "--today")


def test_timing_for_write_with_an_evaluator_history() -> None:
    sent = [{"kind": "thank-you", "days": 1}, {"kind": "inquiry", "days": 8}]
    with history_from_list(sent, interview_date=TUE) as h:
        timing = timeline.timing_for_write(brief(), None, TUE + dt.timedelta(days=16), h)
        assert timing.kind is K.SECOND_INQUIRY and timing.reason
        assert timing.sent == ((K.THANK_YOU, 1), (K.INQUIRY, 8))
        forced = timeline.timing_for_write(brief(), K.INQUIRY, TUE + dt.timedelta(days=16), h)
        assert forced.kind is K.INQUIRY and forced.reason is None and forced.status == "active"
        h.conn.execute("SELECT 1")  # the caller's history stays open
