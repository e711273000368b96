"""The candidate's own name read by its place in the notes and by elimination
(candidateplace.py): notes written for this file, none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.candidateplace import candidate_by_place, day_by_place
from followup.models import Notes
from followup.notes import parse_date, understand_notes

TODAY = dt.date(2026, 11, 26)

BODY = (
    "Met Priya Shah (ops manager) at Larkfield Freight for the dispatcher job, Tue 24 Nov.\n"
    "- she asked how I handle a driver who is late twice\n"
    "- she cares about the new routing software rollout\n"
    "- next: they decide by Friday\n"
)
PEOPLE = ["Priya Shah"]


def place(text: str, people: list[str] | None = None) -> str | None:
    return candidate_by_place(text, PEOPLE if people is None else people, "Larkfield", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dana Whitaker - interview debrief\n" + BODY, "Dana Whitaker"),
        ("INTERVIEW NOTES - DANA WHITAKER\n" + BODY, "Dana Whitaker"),
        ("Lena Marsh - interview debrief\n" + BODY, "Lena Marsh"),  # a first name in no lexicon
        (BODY + "Hey Wes\n", None),
        ("Dana Whitaker – notes after the panel, 24 Nov\n" + BODY, "Dana Whitaker"),
        ("Tomasz Wróbel's interview notes\n" + BODY, "Tomasz Wróbel"),
        ("Larkfield Freight\nGwen Okafor-Bell\n" + BODY, "Gwen Okafor-Bell"),
        ("Imogen Hart, MLIS\n" + BODY, "Imogen Hart"),
        ("B. McAllister RVN\n" + BODY, "B. McAllister"),
        (BODY + "- Dean", "Dean"),
        (BODY + "— D. Hollis", "D. Hollis"),
        (BODY + "— D. Hollis, 24 Nov", "D. Hollis"),
        (BODY + "— Dean\nPS ask about parking later", "Dean"),
        ("Interview debrief: Dana Whitaker\n" + BODY, "Dana Whitaker"),
        (
            "From: Gwen Ames <gwen@larkfield.com>\nTo: Dana Whitaker <dw@example.org>\n" + BODY,
            "Dana Whitaker",
        ),
        (BODY + "Cheers,\nRuairí", "Ruairí"),
        (
            "From: Dana Whitaker <dana.w@example.org>\nTo: Priya Shah <ps@larkfield.com>\n" + BODY,
            "Dana Whitaker",
        ),
        (BODY + "- reply to dana.whitaker@example.org\n", "Dana Whitaker"),
        ("Moi : Élodie Brun\n" + BODY, "Élodie Brun"),
        ("Ja: Zofia Nowak\n" + BODY, "Zofia Nowak"),
        ("Tue 24 Nov · phone · me: Hana Seo, 3 yrs dispatch\n" + BODY, "Hana Seo"),
        ("Kayleigh Brandt (me) and Priya Shah\n" + BODY, "Kayleigh Brandt"),
        ("Messages — Me (Jasmine Moreno)\n" + BODY, "Jasmine Moreno"),
        ("me = Dylan Park, final year\n" + BODY, "Dylan Park"),  # "park" names no place here
        ("- my name: Alek Nowak — sign as Alek\n" + BODY, "Alek Nowak"),
        (
            "Notes - Sipho\n" + BODY + '> "Sipho, thank you for your time"\nSipho Mahlangu',
            "Sipho Mahlangu",
        ),
        (
            "Dana Whitaker - notes\n" + BODY + "> Hi Dana, thanks for coming in today\n",
            "Dana Whitaker",
        ),
        (
            "Dana Whitaker - notes\n" + BODY + "- I said I'm Dana and I run nights\n",
            "Dana Whitaker",
        ),
    ],
)
def test_the_name_in_a_writers_place(text: str, name: str | None) -> None:
    assert place(text) == name


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # no name of the writer anywhere: asked for, never guessed
        "Priya Shah - interview debrief\n" + BODY,  # the interviewer
        "Larkfield Freight - interview notes\n" + BODY,  # the company
        "Grand Canal Dock - interview notes\n" + BODY,  # a place
        "Google Meet - interview notes\n" + BODY,  # a product
        "Dispatch Planner - interview notes\n" + BODY,  # the job
        "Marco Lindqvist - interview notes\n" + BODY + "- Marco said the shifts rotate\n",
        "Dana Whitaker - interview notes\n" + BODY + "- Gwen",  # two people in the places
        BODY + "- Later",  # an ordinary word signs nothing
        "Interview notes - Denver\n" + BODY,  # one word in a heading: a place, maybe
        "Dana Whitaker - notes\n" + BODY + "Dana, the shift lead, showed me round\n",
        "Notes, Tue 24 Nov (iron ore, FIFO)\n" + BODY,  # lower case in a line with capitals
        "Panel:\nDana Whitaker\n" + BODY,  # a name under a heading is someone met
        "Recruiter: Gwen Ames\n" + BODY,  # a labelled fact is no heading
        "Larkfield Freight\nGwen Ames\nOffice Manager\n" + BODY,  # a name over its title
        "Panel:\n- Gwen Ames\n- Dean Ross\n" + BODY,  # people listed, no sign-off
    ],
)
def test_nothing_else_is_taken_for_the_writer(text: str) -> None:
    assert place(text) is None


def test_notes_named_in_another_language_title_the_writer() -> None:
    """'mis notas', 'meine Notizen', 'notities': the heading says the page is the writer's
    notes in the language the notes come in, as 'interview notes' does."""
    assert place("Dana Whitaker - mis notas\n" + BODY) == "Dana Whitaker"
    assert place("Dana Whitaker – meine Notizen, 24.11.\n" + BODY) == "Dana Whitaker"
    # no word for notes: the heading reader leaves it; the name stands alone in the opening,
    # and is no one met, not the firm, not used again: the writer's (openingname.py)
    assert place("Dana Whitaker - nota bene\n" + BODY) == "Dana Whitaker"


def test_a_dated_line_of_prose_is_no_heading() -> None:
    """The first lines' dated sentence ('ENTREVISTA 10-03-2025, Santa Cruz, oficinas en la
    viña. Fui en el auto...') names the place of the meeting, not the writer."""
    text = "ENTREVISTA 10-03-2025, Santa Cruz, oficinas en la viña. Fui en el auto.\n" + BODY
    assert place(text) is None


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "Larkfield Freight, dispatcher\nDana Whitaker, Dipl.-Logistiker (2014)\n",
            "Dana Whitaker",
        ),
        ("Larkfield Freight\nDana Whitaker - dispatcher, 14 yrs, HGV licence\n", "Dana Whitaker"),
        ("Larkfield Freight\nSelf: Dana Whitaker, ex-RAF, retd. 2024\n", "Dana Whitaker"),
        ("Larkfield Freight\nme: Nurlan Serikbayev / Нурлан Серикбаев\n", "Nurlan Serikbayev"),
        ("Larkfield Freight\nDana Whitaker - dispatcher\n", None),  # no credential: someone met?
    ],
)
def test_the_writer_with_their_credentials_in_the_header_block(head: str, name: str | None) -> None:
    """The header block's line that opens with a full name and says what the writer brings
    (years, a licence, a diploma, a service left), a 'Self:' label, a name with its other
    script after a slash."""
    assert place(head + "\n" + BODY) == name


def test_the_reader_fills_the_brief_only_when_nothing_else_named_the_writer() -> None:
    notes = Notes(front_matter={}, text=BODY + "\n— D. Hollis\n", source="n.txt")
    assert understand_notes(notes, TODAY).brief.candidate == "D. Hollis"
    labelled = Notes(front_matter={}, text="me: Sam Ortiz\n" + BODY + "\n- Dean\n", source="n")
    assert understand_notes(labelled, TODAY).brief.candidate == "Sam Ortiz"
    unsigned = Notes(front_matter={}, text=BODY, source="n.txt")
    assert understand_notes(unsigned, TODAY).brief.candidate is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Larkfield Freight, dispatcher\nsat down 2026-11-20\n- she asked about rotas\n",
            "2026-11-20",
        ),
        (
            "- she asked about rotas\n- next: they decide soon\n- more\n(written 20/11/2026)",
            "2026-11-20",
        ),
        ("Larkfield Freight 20 Nov\n- she asked about rotas\nsigned 21 Nov\n", None),  # two days
        ("Larkfield Freight 2026-12-20\n- she asked about rotas\n", None),  # after today
        ("Larkfield Freight\n- she asked about rotas\n", None),
    ],
)
def test_the_interview_day_by_its_place(text: str, day: str | None) -> None:
    found = day_by_place(text, TODAY, parse_date)
    assert (found.isoformat() if found else None) == day
