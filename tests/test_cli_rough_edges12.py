"""Trial 12's CLI rough edges (P6, P8), each reproduced before it was fixed: `plan` on hold
gave a check-in row a week after `Next:` said it was welcome and listed a second-inquiry
row under "no more inquiries"; `role: [QA,` was reported with PyYAML's message on the line
after; `log status Coastlin` changed an application silently; `lint --kind check-in` on a
thank-you found nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from followup.core import MessageKind
from followup.timeline import advise, schedule, sending_day

K = MessageKind

CHECKIN = """Oakridge Analytics – Data Scientist – interview Oct 20, 2026
Me: Kenji Watanabe
Met: Laura Mbeki (Head of Data)

Laura talked about their churn model for subscription boxes and how the features go stale.
She asked how I would monitor drift in production. I talked about PSI dashboards.
Thank-you sent Oct 21. Inquiry sent Oct 29, Laura replied Nov 2: "hiring is on hold until
January, I'll keep you posted".
Want to share: https://example.org/feature-drift-2026 "Catching feature drift" – it's exactly
their stale features problem.
"""


def test_plan_on_hold_gives_one_window_for_the_check_in(cli: Any, tmp_path: Path) -> None:
    notes = tmp_path / "07-checkin.txt"
    notes.write_text(CHECKIN, encoding="utf-8")
    r = cli("plan", str(notes), "--today", "2026-11-30")
    assert r.code == 0, r.err
    rows = [line for line in r.out.splitlines() if line.startswith("  ")]
    assert not any("second-inquiry" in row for row in rows), r.out  # on hold: no inquiry
    check_in = next(row for row in rows if "check-in" in row)
    assert check_in.strip().startswith("Thu 26 Nov to"), check_in
    assert "welcome since Thu 26 Nov" in r.out.splitlines()[-1]
    assert not any("third inquiry" in row for row in rows)


@pytest.mark.parametrize(
    "sent",
    [
        [(K.THANK_YOU, 1)],
        [(K.THANK_YOU, 1), (K.INQUIRY, 9)],
        [(K.INQUIRY, 8)],
        [],
        [(K.THANK_YOU, 1), (K.INQUIRY, 8), (K.SECOND_INQUIRY, 9)],  # before their date
    ],
)
@pytest.mark.parametrize("said", [12, 45])  # their decision date, before or after a month
def test_the_schedule_on_hold_opens_the_check_in_when_advise_says(
    sent: list[tuple[MessageKind, int]], said: int
) -> None:
    """On every day of two months, the first check-in row of the on-hold schedule opens on
    the day advise gives, and no inquiry row is planned."""
    interview = dt.date(2026, 10, 20)
    decision = interview + dt.timedelta(days=said)
    steps = schedule(interview, decision, sent, on_hold=True)
    assert all(s.sent for s in steps if s.kind in (K.INQUIRY, K.SECOND_INQUIRY))
    first = next(s for s in steps if s.kind is K.CHECK_IN)
    for days in range(0, 61):
        today = interview + dt.timedelta(days=days)
        advice = advise(interview, sent, today, decision=decision, status="on-hold")
        assert advice.kind is not K.INQUIRY and advice.kind is not K.SECOND_INQUIRY, days
        if advice.kind is K.CHECK_IN and sent:
            assert advice.welcome == first.start == sending_day(first.start), days


@pytest.mark.parametrize(
    ("front", "line", "opened"),
    [
        ("company: Acme\nrole: [QA,\n", 3, "the list '['"),
        ("company: Acme\nrole: [QA, [x,\n", 3, "the list '['"),
        ("interviewers: {name: Ann,\ncompany: Acme\n", 2, "the mapping '{'"),
    ],
)
def test_a_list_left_open_after_a_comma_is_reported_where_it_opens(
    cli: Any, tmp_path: Path, front: str, line: int, opened: str
) -> None:
    path = tmp_path / "badfm3.md"
    path.write_text(f"---\n{front}---\nmet Jo Smith\n", encoding="utf-8")
    r = cli("write", str(path), "--today", "2026-11-28")
    r.assert_input_error(f"malformed front matter (line {line}): {opened} that opens here")


@pytest.fixture
def tracked(cli: Any, tmp_path: Path) -> Any:
    """Two applications tracked: 1 Coastline Credit Union, 2 Coastal Freight."""
    for n, (company, name) in enumerate(
        [("Coastline Credit Union", "Dana Fox"), ("Coastal Freight", "Sam Lee")]
    ):
        notes = tmp_path / f"n{n}.md"
        notes.write_text(
            f"---\ncompany: {company}\nrole: Analyst\ndate: 2026-11-02\n---\n"
            f"Me: Kim Park\nMet {name} (manager). {name.split()[0]} asked about SQL.\n",
            encoding="utf-8",
        )
        assert cli("plan", str(notes), "--today", "2026-11-03").code == 0
    return cli


def test_log_status_by_a_shortened_name_says_which_application(tracked: Any) -> None:
    r = tracked("log", "status", "Coastlin", "rejected")
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "'Coastlin' is the start of application 1's company:",
        "Coastline Credit Union, Analyst: active -> rejected",
    ]
    whole = tracked("log", "status", "coastal freight", "on-hold")
    assert whole.out == "Coastal Freight, Analyst: active -> on-hold\n"  # the whole name


@pytest.mark.parametrize(
    ("ref", "said"),
    [
        ("Credit Union", "did you mean 1 (Coastline Credit Union, Analyst)?"),  # not its start
        ("Coastlime", "did you mean 1 (Coastline Credit Union, Analyst)?"),  # a typo
        ("Coast", "'Coast' matches several applications: 1 ("),  # ambiguous
        ("Zephyr", "no application matches 'Zephyr'; `followup log list` shows them"),
    ],
)
def test_log_status_refuses_what_is_not_the_start_of_one_name(
    tracked: Any, ref: str, said: str
) -> None:
    r = tracked("log", "status", ref, "rejected")
    r.assert_input_error(said)
    assert "[rejected]" not in tracked("log", "list").out  # nothing was changed


THANKS = """Subject: Thank you for today's conversation

Hi Maria,

Thank you for meeting with me today about the Product Analyst role. I enjoyed hearing how
your team moved the weekly revenue review to dashboards, and it made me even more excited
about the position.

Best regards,
Sam Lee
"""

CHECK_IN = """Hi Laura,

When we spoke in October you mentioned how your churn model's features go stale. I came
across this article on catching feature drift (https://example.org/feature-drift-2026) and
thought it might be useful. No response is necessary.

Best,
Kenji
"""


def test_lint_check_in_that_offers_nothing_is_a_warning(cli: Any, tmp_path: Path) -> None:
    """As `write` refuses a check-in that offers nothing, lint warns about one."""
    thanks = tmp_path / "thanks.txt"
    thanks.write_text(THANKS, encoding="utf-8")
    r = cli("lint", "--kind", "check-in", str(thanks))
    assert r.code == 1, r.out
    assert "warning etiquette.check-in-offer This check-in offers nothing" in r.out
    offer = tmp_path / "offer.txt"
    offer.write_text(CHECK_IN, encoding="utf-8")
    clean = cli("lint", "--kind", "check-in", str(offer))
    assert clean.code == 0 and "check-in-offer" not in clean.out, clean.out
    assert "check-in-offer" not in cli("lint", "--kind", "thank-you", str(thanks)).out


def test_kind_given_that_the_message_does_not_read_as_is_said_in_one_line(
    cli: Any, tmp_path: Path
) -> None:
    thanks = tmp_path / "thanks.txt"
    thanks.write_text(THANKS, encoding="utf-8")
    head = cli("lint", "--kind", "check-in", str(thanks)).out.splitlines()[0]
    assert head.startswith(f"# {thanks}: checked as check-in (--kind; but it reads as a thank-you")
    assert "'thank you'" in head
    same = cli("lint", "--kind", "thank-you", str(thanks)).out.splitlines()[0]
    assert same == f"# {thanks}: checked as thank-you (--kind)"
    data = json.loads(cli("lint", "--kind", "check-in", "-f", "json", str(thanks)).out)
    assert data["files"][0]["kind_reads_as"] == "thank-you"
    auto = json.loads(cli("lint", "-f", "json", str(thanks)).out)
    assert auto["files"][0]["kind_reads_as"] is None  # inferred: nothing to contrast


def test_the_two_inquiries_are_one_kind_for_the_note() -> None:
    from followup.checker.kind_mismatch import reads_as_other

    inquiry = (
        "Hi Maria, I'm following up on the Product Analyst role we discussed on the 3rd. "
        "Is there an update on the timeline for a decision? Best, Sam"
    )
    assert reads_as_other(inquiry, K.SECOND_INQUIRY) is None
    assert reads_as_other(inquiry, K.INQUIRY) is None
    guess = reads_as_other(THANKS, K.CHECK_IN)
    assert guess is not None and guess.kind is K.THANK_YOU


@pytest.mark.parametrize("path", ["clean", "flagged"])
def test_labelled_check_ins_offer_something(path: str) -> None:
    """The labelled clean check-ins all offer something (the rule adds no false positive
    there), and most labelled thank-you notes offer nothing."""
    import yaml

    from followup.checker.rules.checkin_offer import offers

    labelled = Path(__file__).parents[1] / "eval" / "lint" / f"{path}.yaml"
    messages = yaml.safe_load(labelled.read_text(encoding="utf-8"))
    thanks = [m["text"] for m in messages if m["kind"] == "thank-you"]
    assert sum(not offers(t) for t in thanks) > 0.75 * len(thanks)
    if path == "clean":
        assert all(offers(m["text"]) for m in messages if m["kind"] == "check-in")


def test_plan_reads_a_hold_set_with_log_status(cli: Any, tmp_path: Path) -> None:
    """The hold may come from the history (`log status N on-hold`), not the notes: the
    table then plans no inquiry either, as `due` and `write` (advise) say."""
    notes = tmp_path / "acme.md"
    notes.write_text(
        "---\ncompany: Acme\nrole: Analyst\ndate: 2026-11-02\n---\nMe: Kim Park\n"
        "Met Dana Fox (manager). Dana asked about SQL. Thank-you sent 11/3.\n",
        encoding="utf-8",
    )
    before = cli("plan", str(notes), "--today", "2026-11-05")
    assert "inquiry " in before.out and "on hold" not in before.out
    assert cli("log", "status", "1", "on-hold").code == 0
    r = cli("plan", str(notes), "--today", "2026-11-05")
    assert "You marked the hire on hold: no more inquiries" in r.out, r.out
    rows = [line for line in r.out.splitlines() if line.startswith("  ")]
    assert not any(" inquiry " in row or "second-inquiry" in row for row in rows[:-1]), rows
    check_in = next(row for row in rows if "check-in" in row)
    assert check_in.strip().startswith("Tue 1 Dec"), check_in  # a month after the thank-you
    assert "welcome from Tue 1 Dec" in r.out.splitlines()[-1], r.out


def test_an_offer_to_send_notes_is_an_offer() -> None:
    """The writer's own check-in (heldout-m, dairy farm): notes and a handout offered."""
    from followup.checker.rules.checkin_offer import offers

    draft = (
        "I recently attended the DairyNZ field day on OAD milking, and it made me think of our "
        "conversation. I took notes there and kept the handout; I would be glad to send them "
        "to you. No response is necessary."
    )
    assert offers(draft)
    assert not offers("Thank you again for the interview. I enjoyed our conversation.")
