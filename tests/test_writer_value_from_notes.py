"""A check-in or a keep-in-touch note takes what it offers from the notes when they name it:
a published piece (its title, its publisher, why the candidate thought of them), news to
congratulate them on, advice the candidate acted on and what came of it, a talk or a course
done since. Each part is said in a sentence of the writer's own, never the note line pasted
("banging on about", "send it to her", "no asks" stay in the notes).

The notes are written for these tests in several voices; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.errors import InputError
from followup.models import Draft, Notes
from followup.writer.pipeline import Pipeline, WriteRequest
from followup.writer.share import noted_item

LATER = dt.date(2026, 4, 10)


def write(text: str, kind: MessageKind, today: dt.date = LATER) -> Draft:
    """The one offline draft for free-text notes."""
    notes = Notes(front_matter={}, text=text, source="n.txt")
    run = Pipeline(Checker.from_settings(), None).run(WriteRequest(notes, kind, today=today))
    assert len(run.drafts) == 1
    return run.drafts[0]


OPTICIAN = """Harrow & Finch Opticians - Dispensing Optician interview
Met Priya Rao (practice manager), 3 March 2026
Me: Tobias Wren

- Priya is worried about frame stock sitting unsold for months
- she asked how I'd handle a patient unhappy with progressive lenses

later:
- 20 Mar: she said hiring is paused till the new branch opens
- 2 Apr: the Association of British Dispensing Opticians published a new report: "Frame \
Inventory Turnover in Independent Practices". exactly what she was worried about for the frame \
stock problem
- send it to her, no asks
"""

THEATRE = """Company: Brightwater Theatre
Role: Box Office Supervisor
With: Joel Amadi (Front of House Manager)
Date: 12 Feb 2026
Me: Carmen Diaz

Joel talked a lot about their new membership scheme and cutting queue times at the interval.
Asked about my experience with Spektrix.

update 3/10: role on hold. Joel said keep in touch.
3/28: Brightwater won the Regional Theatre Award at the Stage Awards!! congrats to send
"""

BAKERY = """Company: Kiln Lane Bakery
Role: Production Lead
Interviewer: Sam Whitford (ops manager), 15 Jan 2026
Me: Ruth Adebayo
- Sam asked how I'd schedule the overnight shift for the wholesale orders
- He suggested I look at the book "Lean Bakery Operations" by M. Carter
- 2026-02-20: read the book he recommended: the chapter on batch sizing is great
- role frozen until spring
"""

FERRY = """Interview notes - Solway Ferries, Port Operations Coordinator
Tues 10 March 2026, with Hamish Greer (Port Manager). Me: Ana Lucas

- Hamish went on about the new booking system and turnaround times at Cairnryan
- he asked about my tide-table planning
- 25 Mar: they paused hiring

- 6 Apr: the Scottish Ports Council annual report is out (record passenger numbers). send it \
since he was going on about turnaround times
"""


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (OPTICIAN, "the Association of British Dispensing Opticians has published a new report"),
        (FERRY, "the Scottish Ports Council annual report is out"),
    ],
)
def test_a_check_in_offers_a_piece_the_notes_name_without_a_link(text: str, wanted: str) -> None:
    draft = write(text, MessageKind.CHECK_IN)
    assert wanted in draft.body
    assert draft.status == "ready", draft.findings
    for pasted in ("send it", "no asks", "going on about", "was worried", "paused"):
        assert pasted not in draft.body


def test_the_reason_the_candidate_noted_ties_the_piece_to_their_conversation() -> None:
    opt = write(OPTICIAN, MessageKind.CHECK_IN)
    assert "thought of our conversation about the frame stock problem" in opt.body
    assert "“Frame Inventory Turnover in Independent Practices,”" in opt.body
    ferry = write(FERRY, MessageKind.CHECK_IN)
    assert "our conversation about turnaround times" in ferry.body


def test_news_without_an_article_is_congratulated() -> None:
    draft = write(THEATRE, MessageKind.CHECK_IN)
    assert draft.body.split("\n\n")[1].startswith(
        "Congratulations on the Regional Theatre Award at the Stage Awards."
    )
    assert "!!" not in draft.body and "congrats to send" not in draft.body
    assert draft.status == "ready", draft.findings


def test_advice_the_candidate_acted_on_is_thanked_with_what_they_did() -> None:
    draft = write(BAKERY, MessageKind.CHECK_IN)
    assert "your advice to look at the book “Lean Bakery Operations”." in draft.body
    assert "I took it to heart: I read the book." in draft.body
    assert " by M" not in draft.body  # the author's initial, where the notes were cut
    assert draft.status == "ready", draft.findings


def test_a_check_in_with_nothing_of_value_in_the_notes_is_still_refused() -> None:
    text = FERRY.split("- 6 Apr")[0]
    with pytest.raises(InputError, match="something of value"):
        write(text, MessageKind.CHECK_IN)


def test_a_doubt_about_the_candidate_in_a_check_in_is_still_flagged() -> None:
    """Their own worry is what a check-in helps with; a doubt about the candidate is not."""
    text = OPTICIAN.replace(
        "- Priya is worried about frame stock sitting unsold for months",
        "- Priya is worried that I have never managed frame stock",
    ).replace("for the frame stock problem", "about frame stock")
    draft = write(text, MessageKind.CHECK_IN)
    assert "our conversation about frame stock." in draft.body
    assert [f.rule_id for f in draft.findings] == ["writer.unanswered-concern"]
    assert draft.status == "review"


ADVISOR = """Eastmere Housing Association -- Tenancy Officer
Interview 4 Feb 2026 with Gloria Mensah (Housing Manager)
Me: Daniel Osei

Gloria talked about their arrears prevention pilot and the new tenant app.
She asked how I'd deal with a hoarding case.

11 Feb: got the no, they went with someone internal. Gloria was kind about it.
Since: I finished the CIH Level 3 course she suggested, passed last week.
3 Mar: saw that the Eastmere tenant app partnership was signed with the council. congratulate her
"""


def test_a_keep_in_touch_note_says_the_advice_acted_on_and_congratulates() -> None:
    draft = write(ADVISOR, MessageKind.KEEP_IN_TOUCH, today=dt.date(2026, 3, 10))
    body = draft.body
    assert "I finished the CIH Level 3 course you suggested" in body
    assert "Congratulations on the Eastmere tenant app partnership." in body
    assert "someone internal" not in body and "congratulate her" not in body
    assert draft.status == "ready", draft.findings


@pytest.mark.parametrize(
    ("line", "what", "title", "source"),
    [
        (
            'NCSC (National Center for State Courts) published a new guide: "Remote Hearings '
            'in Practice." good stuff',
            "a new guide",
            "Remote Hearings in Practice",
            "the National Center for State Courts",
        ),
        (
            'share the article "Why small depots win on reliability" (Fleet Weekly, May 2026)',
            "article",
            "Why small depots win on reliability",
            "Fleet Weekly",
        ),
        ("the new Harbour Trust visitor survey came out today", "", "", ""),
        ("I published my own report on churn", "", "", ""),
    ],
)
def test_noted_item(line: str, what: str, title: str, source: str) -> None:
    item = noted_item([line])
    if not what:
        assert item is None or item.what.startswith("the new Harbour Trust")
        return
    assert item is not None
    assert (item.what, item.title, item.source) == (what, title, source)


PANEL = """Company: Ostler & Vane
Role: Junior Account Planner
Date: 2 Feb 2026
Me: Priya Natarajan
Met: Tom Keyes (recruiter, my contact) and Ines Carvalho (planning director)

- Ines asked how I would brief a creative team on a tight deadline
- told her about the two-day rebrief I ran for the cider launch
- Tom explained the next steps: a written task, then a final chat
"""


@pytest.mark.parametrize("kind", [MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY])
def test_an_inquiry_names_a_colleagues_question_as_theirs(kind: MessageKind) -> None:
    """The contact raised nothing; the one specific part of the process the notes hold is the
    planning director's question, said as hers (never as the recruiter's topic)."""
    # a second inquiry follows a first one the notes log (without one it is held for review)
    logged = "- 10 Feb: follow-up sent to Tom\n" if kind is MessageKind.SECOND_INQUIRY else ""
    draft = write(PANEL + logged, kind, today=dt.date(2026, 2, 20))
    assert draft.recipient is not None and draft.recipient.name == "Tom Keyes"
    assert (
        "especially after my conversation with Ines about how I would brief a creative team "
        "on a tight deadline." in draft.body
    )
    assert draft.status == "ready", draft.findings
