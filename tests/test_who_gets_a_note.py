"""Who gets a note, read by the role of each line in the notes (whogetsanote.py), and what a
check-in offers from an event the candidate went to (writer/eventshare.py).

The notes here are made up for these tests; none is an eval case.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import understand_notes
from followup.whogetsanote import contact_named, not_met, parallel_people, title_not_person
from followup.writer.eventshare import attended_event

TODAY = dt.date(2026, 6, 2)


def met(text: str) -> list[str]:
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)
    return [p.name for p in reading.brief.interviewers]


# -- a person's block makes that person an interviewer -------------------------------------------
CAPS_BLOCKS = """Larchmont Boatworks - Marine Electrician, 2nd shift
interview mon 6/1/26 at the yard
me = Tomas Reyes

OLIVE HARTWELL - electrical foreman. all the wiring qs
 - 24V DC systems on the workboats, how i'd trace a ground fault
 - she said they're short on people who can read the old schematics

DEREK MALLOY - yard manager. hands on guy
 - walked the sheds, two hulls on the hard
 - his concern = never done shore power installs

private: pay $31/hr
"""


def test_a_block_in_a_known_persons_form_names_another_person_met() -> None:
    assert met(CAPS_BLOCKS) == ["Olive Hartwell", "Derek Malloy"]


def test_a_short_name_heading_a_block_is_the_full_name_the_notes_give() -> None:
    text = (
        "Quarry Lane Insurance - claims assistant\n"
        "tues 6/1/26 10am\n"
        "me: Priti Shah\n\n"
        "mrs ogden - team lead (Mrs. Carol Ogden)\n"
        "bo - systems guy (Bo Strand)\n\n"
        "ogden:\n"
        "-typing test, she said good\n"
        "-asked abt a gap in 2024\n\n"
        "bo:\n"
        "-new scanning system going live in sept\n"
        "-asked if i'm ok w/ software changing a lot\n\n"
        "forgot: i can do weekends\n"
        "next: mrs ogden - end of next week\n"
    )
    names = met(text)
    assert "Bo Strand" in names
    assert not any(n.lower().startswith(("forgot", "next")) for n in names)


def test_parallel_people_needs_a_known_person_and_a_persons_name() -> None:
    text = "Anna Berg:\n- asked about X\nForgot:\n- the Y thing\nNext steps:\n- a call\n"
    assert parallel_people(text, []) == []
    assert parallel_people(text, [("Anna Berg", None)]) == []  # parts of the notes, no people


def test_a_table_column_of_people_gives_each_person() -> None:
    text = (
        "| # | who | topic |\n|---|---|---|\n"
        "| 1 | Ruth Alder — Staff Engineer | caching |\n"
        "| 2 | Omar Haddad — Eng Manager | on-call |\n"
    )
    found = parallel_people(text, [("Ruth Alder", None)])
    assert [f.name for f in found] == ["Omar Haddad"]


# -- who is not a recipient ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Recruiter: Lena Fox (not an interviewer, she'll call Fri)",
        "their recruiter is Lena Fox (don't need to thank her, she wasn't in the room)",
    ],
)
def test_someone_the_notes_say_was_not_met_gets_no_note(line: str) -> None:
    assert not_met("Lena Fox", line)


def test_someone_met_is_not_dropped() -> None:
    assert not not_met("Lena Fox", "met: Lena Fox (HR, 10 min screen at the start)")


@pytest.mark.parametrize(
    "name", ["Sterile Processing Tech", "Education Department", "HR Harbour Freight"]
)
def test_a_title_or_a_department_is_never_a_person(name: str) -> None:
    assert title_not_person(name, f"{name}\nsome notes")


@pytest.mark.parametrize("name", ["Mike Baker", "Ana Head", "Dr. Ruth Manager"])
def test_a_persons_name_is_kept(name: str) -> None:
    assert not title_not_person(name, f"met {name}")


# -- the one the next message goes to ------------------------------------------------------------
NAMES = [["Kai", "Wolfe"], ["Felicity", "Armstrong", "Flick"]]


@pytest.mark.parametrize(
    "text",
    [
        "27 Mar — nothing. Sending Flick the 2nd (and LAST) follow-up today.",
        "Felicity Armstrong, casting: she's the one to contact about the contract.",
        "Flick said to email her directly with anything.",
    ],
)
def test_the_plan_or_the_employers_instruction_names_the_contact(text: str) -> None:
    assert contact_named(text, NAMES) == 1


def test_a_record_of_what_was_sent_names_no_contact() -> None:
    assert contact_named("19 Mar — sent Flick a follow-up email", NAMES) is None


# -- a check-in's value: an event the candidate went to ------------------------------------------
def test_an_event_with_material_to_pass_on_is_something_to_offer() -> None:
    lines = [
        "went to the Growers Guild field day on drip irrigation last week.",
        "Took notes",
        "Offer to send her my notes / the handout.",
    ]
    event = attended_event(lines)
    assert event is not None
    assert event.event == "the Growers Guild field day" and event.about == "drip irrigation"
    text = " ".join(event.sentences("the new drip lines"))
    assert "the Growers Guild field day on drip irrigation" in text
    assert "notes" in text and "handout" in text


def test_an_event_with_nothing_brought_back_offers_nothing() -> None:
    assert attended_event(["went to the Growers Guild field day on drip irrigation."]) is None


def test_an_event_watched_then_named_is_read_too() -> None:
    event = attended_event(
        ["the webinar I watched on seasonal onboarding (Harbour Ops), offer my notes"]
    )
    assert event is not None and event.about == "seasonal onboarding"
    assert event.sentences(None)[0].startswith("I recently attended the webinar")


# -- a check-in's value: their news, a piece by its title ----------------------------------------
FRONT = {
    "candidate": "Noor Ahmadi",
    "company": "Skarholm Logistics",
    "role": "Operations Lead",
    "interview_date": "2026-04-01",
    "interviewers": [{"name": "Dana Pike", "title": "Director of Operations"}],
}
BASE = "Dana Pike, Director of Operations\n- asked about the new warehouse layout\n\nPlan:\n- "


def check_in(line: str) -> str:
    from followup.checker.engine import Checker
    from followup.core import MessageKind
    from followup.writer.pipeline import Pipeline, WriteRequest

    notes = Notes(front_matter=FRONT, text=BASE + line + "\n- no asks\n", source="n.md")
    pipeline = Pipeline(Checker.from_settings(), None)
    request = WriteRequest(notes, MessageKind.CHECK_IN, today=dt.date(2026, 5, 10))
    [draft] = pipeline.run(request).drafts
    return draft.body


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Congrats to Dana on her promotion to VP!", "Congratulations on your promotion to VP."),
        (
            "their new Eastside warehouse opened last week",
            "Congratulations on the opening of your new Eastside warehouse.",
        ),
        (
            "read a great article in HBR, 'The Quiet Cost of Context Switching'",
            "“The Quiet Cost of Context Switching,”",
        ),
        ('Book rec for her: "The Goal" by Goldratt', "a book, “The Goal”"),
        ("send her the 2026 State of Logistics report", "the 2026 State of Logistics report"),
    ],
)
def test_a_check_in_takes_what_the_notes_offer(line: str, said: str) -> None:
    assert said in check_in(line)


def test_a_check_in_with_nothing_to_offer_is_refused_with_an_example() -> None:
    from followup.errors import InputError

    with pytest.raises(InputError, match=r"something of value.*--share 'https://example\.org"):
        check_in("just saying hi")


def test_a_one_word_name_takes_the_first_name_the_notes_write_with_a_title() -> None:
    from followup.whogetsanote import fuller_name

    text = "## 1:1 — Dr. Ines Roth, Lab Director\n- backlog\nRoth said late April\n"
    assert fuller_name("Roth", text) == "Ines Roth"
    assert fuller_name("Roth", "Roth said late April\nSaw Roth today") is None


def test_each_one_to_one_part_is_its_persons() -> None:
    text = (
        "# Caldwell Labs — Analyst II\n**Lena Ortiz** · Thu 9 Apr 2026\n"
        "Panel: Dr. Ines Roth (Lab Director), Dr. Omar Qadir (Quality Lead)\n\n"
        "## 1:1 — Dr. Ines Roth, Lab Director\n- backlog triage by case type\n\n"
        "## 1:1 — Dr. Omar Qadir, Quality Lead\n- ISO 17025 reassessment in November\n"
    )
    reading = understand_notes(Notes(front_matter={}, text=text, source="n.md"), TODAY)
    topics = {p.name: " ".join(p.topics) for p in reading.brief.interviewers}
    assert "ISO 17025" in topics.get("Omar Qadir", "")
    assert "ISO 17025" not in topics.get("Ines Roth", "")


@pytest.mark.parametrize(
    ("line", "parts", "called"),
    [
        ('Mr. Omar Lind (Head of Risk), said "just Omar please"', ["Omar", "Lind"], "Omar"),
        ('- Felicity Ames, casting — told me "Flick is fine!"', ["Felicity", "Ames"], "Flick"),
    ],
)
def test_the_name_a_person_asks_to_be_called_is_the_greeting(
    line: str, parts: list[str], called: str
) -> None:
    from followup.writer.gate import preferred_name

    assert preferred_name(parts, line) == called


def test_a_part_headed_by_the_name_a_person_goes_by_is_theirs() -> None:
    from followup.noteheader import Person
    from followup.notelines import _match_person
    from followup.whogetsanote import called_by

    text = '- Felicity Ames, casting coordinator — told me "Flick is fine!"\nFlick:\n- paperwork'
    assert called_by("Felicity Ames", text) == ("Flick",)
    people = [Person("Felicity Ames", aliases=called_by("Felicity Ames", text)), Person("Kai Lo")]
    assert _match_person("Flick", people) == "Felicity Ames"
    assert _match_person("Flick", [Person("Felicity Ames"), Person("Kai Lo")]) is None


def test_a_heading_in_a_persons_form_is_no_person() -> None:
    text = (
        "Dana Pike:\n- asked about the layout\n"
        "Salary Talk:\n- they floated a range\n"
        "Salary was discussed at the end.\n"
    )
    assert parallel_people(text, [("Dana Pike", None)]) == []
    assert [
        f.name
        for f in parallel_people(
            text + "Rob Lin:\n- forklifts\ntell Rob I have it", [("Dana Pike", None)]
        )
    ] == ["Rob Lin"]


# -- a person the notes know by one name, in a known person's form -------------------------------
ONE_NAME = """# Entrevue — Studio Nordet — sound engineer
moi : Luc Bergeron

## Julie Tremblay — directrice de production
- la tournée d'automne, 32 dates

## Marc-André — directeur technique (no surname given)
- Dante networking, DiGiCo SD12

## Budget — tight
- they rent local systems
"""


def test_a_one_word_name_in_a_known_persons_form_is_a_person() -> None:
    assert met(ONE_NAME) == ["Julie Tremblay", "Marc-André"]  # "Budget" is an English word


def test_a_plan_to_send_it_to_him_goes_to_the_person_the_sentence_before_names() -> None:
    text = (
        "Read a piece about signature quilts. It made me think of Alan at once. "
        "I'd like to send it to him, just to share it.\n"
    )
    assert contact_named(text, [["Dorothy", "Finch"], ["Alan", "Pryce"]]) == 1
    assert contact_named("The weather was grim. I'd like to send it to him.", [["Alan"]]) is None


def test_letters_after_a_name_are_no_one_word_person() -> None:
    from followup.whogetsanote import _first_name_only

    text = "**Dr. Hannah Lowry, OTD** — clinical director\nTOLU (creative lead)\n"
    assert not _first_name_only("OTD", "** — clinical director", text, set(), True)
    assert _first_name_only("TOLU", " (creative lead)", text, set(), False)
