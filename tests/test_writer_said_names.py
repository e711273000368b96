"""The role and the company as a message says them, and a thing said once (the ready drafts
read as their recipients would, heldout cases): a role or company the notes reader misread (a
date, a place, the two swapped, a heading in capitals or quotes) is never said as read; the
offline composer leaves it unsaid or says it as what it is, and the gate holds any draft that
says it to review (writer.role-or-company). The facts here are written for these tests; none
is an eval case."""

from __future__ import annotations

import pytest

from followup.writer.gate import fact_misread, in_capitals, surname
from followup.writer.phrases import as_written, settle
from tests.test_writer_composer import FACTS, gated, offline

PANEL = "Interviewer: Dana Ellis\n\n- Dana talked a lot about the winter rota\n"


@pytest.mark.parametrize(
    ("fact", "which", "notes", "company"),
    [
        ("Mon 1st June", "company", "", ""),  # a date
        ("18.03.2026", "company", "", ""),
        ("Meridian Cold Chain Logistics", "role", "", ""),  # an organisation's name
        ("Northgate Reproductive Medicine", "role", "", ""),
        ("Staff Chaplain, 1.0 FTE, East County Team", "company", "", ""),  # a job
        ('"The Orchard Line"', "role", "", ""),  # a production's title in quotes
        ("Bayview Middle Sch.", "company", "", ""),  # the notes' abbreviation
        ("Pune", "role", "Vertexa Global Services, Pune (Phase 2)", "Vertexa Global Services"),
        ("Sandyford", "role", "the clinic in Sandyford", "Northgate Clinic"),
        ("Interview Transcript", "company", "", ""),  # the notes' own heading
        ("Call Notes", "company", "", ""),
        ("Yesterday I Have", "role", "", ""),  # a sentence of the notes
        ("School of Chemistry", "role", "", ""),  # a unit of the employer, no job
        ("Department of Planning and Building", "role", "", ""),
    ],
)
def test_should_flag_a_misread_role_or_company(
    fact: str, which: str, notes: str, company: str
) -> None:
    assert fact_misread(fact, which, notes, company) is not None


@pytest.mark.parametrize(
    ("fact", "which", "notes", "company"),
    [
        ("Director of Care", "role", "", ""),
        ("Logistics Coordinator", "role", "", ""),
        ("Vice President, Patient Care Services", "role", "", ""),
        ("Care Assistant", "role", "", ""),
        ("Northgate Logistics", "company", "", ""),
        ("Barista", "role", "Drift Coffee, Barista", "Drift Coffee"),  # a job word
        ("Sandyford", "role", "", ""),  # nothing says it is a place
        ("IBEW Local 77 / Cascade Electrical JATC", "company", "", ""),
        ("CFO", "role", "Halvorsen, CFO", "Halvorsen"),
        ("Zoom Video Communications", "company", "", ""),
        ("Screen Actors Guild", "company", "", ""),
        ("Phone Sales Representative", "role", "", ""),
        ("Today Show Producer", "role", "", ""),
        ("I-Tech Solutions", "company", "", ""),
        ("School of Nursing Clinical Instructor", "role", "", ""),  # the unit and a job
        ("Office Manager", "role", "", ""),
    ],
)
def test_should_pass_a_role_or_company_as_read(
    fact: str, which: str, notes: str, company: str
) -> None:
    assert fact_misread(fact, which, notes, company) is None


def test_a_capitalised_heading_is_no_name_as_written_but_acronyms_are() -> None:
    assert in_capitals("LANTERN HILL PICTURES")
    assert not in_capitals("IBEW Local 77 / Cascade Electrical JATC")
    assert not in_capitals("VAULT 9")


def test_a_role_that_is_the_organisation_is_said_as_the_company_and_the_draft_is_ready() -> None:
    front = {**FACTS, "role": "Meridian Cold Chain Logistics", "company": "Inbound"}
    (draft,) = offline(PANEL, front)
    assert "at Meridian Cold Chain Logistics" in draft.body
    assert "Inbound" not in draft.body and "Logistics role" not in draft.body
    assert "writer.role-or-company" not in {f.rule_id for f in draft.findings}
    assert draft.status == "ready"


def test_a_date_read_as_the_company_is_left_unsaid() -> None:
    (draft,) = offline(PANEL, {**FACTS, "company": "Mon 1st June"})
    assert "June" not in draft.body
    assert draft.status == "ready"


def test_a_heading_in_capitals_is_written_as_a_name() -> None:
    (draft,) = offline(PANEL, {**FACTS, "company": "LANTERN HILL PICTURES"})
    assert "Lantern Hill Pictures" in draft.body and "LANTERN" not in draft.body


def test_a_model_draft_that_says_a_misread_role_is_review_with_the_flag() -> None:
    front = {**FACTS, "role": "Pune", "company": "Vertexa Global Services"}
    body = (
        "Hi Dana,\n\nThank you for meeting me about the Pune role at Vertexa Global Services. "
        "I enjoyed our talk about the winter rota and how the team plans it.\n\nBest,\nNoor Ahmadi"
    )
    draft = gated("Vertexa Global Services, Pune\n" + PANEL, body, front)
    found = [f for f in draft.findings if f.rule_id == "writer.role-or-company"]
    assert found and "--role" in found[0].message
    assert draft.status == "review"


def test_a_role_that_is_the_candidates_name_is_left_unsaid() -> None:
    (draft,) = offline(PANEL, {**FACTS, "role": "Noor Ahmadi"})
    assert "Noor Ahmadi role" not in draft.body and "Noor Ahmadi position" not in draft.body
    assert "the position at Pellworth Analytics" in draft.body


@pytest.mark.parametrize(
    ("front", "said", "status"),
    [
        ({**FACTS, "role": "Noor Ahmadi"}, "the Noor Ahmadi role at Pellworth Analytics", "review"),
        # "Hi Dana" greets the job as read too: recipient-name blocks it
        (
            {**FACTS, "company": "Noor Ahmadi"},
            "the Data Platform Engineer role at Noor Ahmadi",
            "review",
        ),
        (
            {**FACTS, "role": "Dana Ellis"},
            "the Dana Ellis position at Pellworth Analytics",
            "blocked",
        ),
    ],
)
def test_a_model_draft_that_names_a_person_as_the_job_is_held(
    front: dict[str, object], said: str, status: str
) -> None:
    body = (
        f"Hi Dana,\n\nThank you for meeting me about {said}. I enjoyed our talk about the "
        "winter rota.\n\nBest,\nNoor Ahmadi"
    )
    draft = gated(PANEL, body, front)
    found = [f for f in draft.findings if f.rule_id == "writer.role-or-company"]
    assert found and "a person's name" in found[0].message
    assert draft.status == status


def test_a_persons_name_in_the_greeting_and_signature_is_no_role_finding() -> None:
    body = (
        "Hi Dana,\n\nThank you for meeting me about the position at Pellworth Analytics. I "
        "enjoyed our talk about the winter rota.\n\nBest,\nNoor Ahmadi"
    )
    draft = gated(PANEL, body, {**FACTS, "role": "Noor Ahmadi"})
    assert "writer.role-or-company" not in {f.rule_id for f in draft.findings}


def test_a_model_draft_that_names_the_job_as_read_passes_the_rule() -> None:
    body = (
        "Hi Dana,\n\nThank you for meeting me about the Data Platform Engineer role at "
        "Pellworth Analytics. I enjoyed our talk about the winter rota.\n\nBest,\nNoor Ahmadi"
    )
    draft = gated(PANEL, body)
    assert "writer.role-or-company" not in {f.rule_id for f in draft.findings}


def test_a_role_is_said_without_its_postings_terms() -> None:
    front = {**FACTS, "role": "Research Scientist, Nanophotonics (R&D, Full Time)"}
    (draft,) = offline(PANEL, front)
    assert "Research Scientist, Nanophotonics role" in draft.body
    assert "Full Time" not in draft.text


def test_a_role_ending_in_position_is_not_the_position_role() -> None:
    (draft,) = offline(PANEL, {**FACTS, "role": "Family Nurse Practitioner Position"})
    assert "Position role" not in draft.text and "Family Nurse Practitioner" in draft.body


def test_a_question_on_the_topic_already_said_is_not_said_again() -> None:
    text = (
        "Interviewer: Dana Ellis\n\n- Dana talked a lot about recall calls\n"
        "- Dana asked about recall calls\n"
    )
    (draft,) = offline(text)
    assert draft.body.lower().count("recall calls") == 1


@pytest.mark.parametrize(
    "phrase",
    [
        "SAP also in office for purchase orders",  # "also" inside a noun phrase
        "I speak also Portuguese",
        "the end of April's come and gone",  # a clause of the notes
        "one more polite email around 4/3",  # a note to oneself, with a date to act by
        "I'm a notary since January",  # the present with "since"
        "trains baristas at all your wholesale cafes",  # a verb of the notes' third person
        "VP Preconstruction",  # a job title: who, not what
        "the Director of Nursing",
        "multi-region",  # a prefix's adjective with no noun
        "fail open vs fail",  # a contrast cut before its second half
    ],
)
def test_the_notes_grammar_is_never_said(phrase: str) -> None:
    assert settle(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("FDTD sim setup for a grating coupler", "FDTD simulation setup for a grating coupler"),
        ("the ATP-CTP on the 737 sim", "the ATP-CTP on the 737 simulator"),
        ("a weekly 20-min line-up tasting", "a weekly 20-minute line-up tasting"),
        ("consistent color temp", "consistent color temperature"),
        ("trial bluetooth temp loggers", "trial bluetooth temp loggers"),  # a modifier: unsure
        ("3-WAY match", "3-way match"),
        ("will have fluid mechanics done by may", "will have fluid mechanics done by May"),
        ("the training programs for new hires", "the training programs for new hires"),
        ("the SIM card rollout", "the SIM card rollout"),  # an acronym, not shorthand
    ],
)
def test_shorthand_with_one_meaning_is_written_out(phrase: str, said: str) -> None:
    assert settle(phrase) == said


@pytest.mark.parametrize(
    ("name", "called"),
    [
        ("Úna Ní Bhriain", "Ní Bhriain"),
        ("Pádraig Ó Súilleabháin", "Ó Súilleabháin"),
        ("Ingrid van der Berg", "van der Berg"),
        ("Colm Mac Aodha", "Mac Aodha"),
        ("Dana Ellis", "Ellis"),
        ("Van Morrison", "Morrison"),  # a first name is never a particle
    ],
)
def test_a_surname_keeps_its_particles(name: str, called: str) -> None:
    assert surname(name.split()) == called


def test_a_title_greeting_keeps_the_surnames_particle() -> None:
    text = (
        "Interviewer: Mrs Úna Ní Bhriain\n\n- Mrs Ní Bhriain talked a lot about the winter rota\n"
    )
    (draft,) = offline(text)
    assert draft.body.startswith("Dear Mrs. Ní Bhriain,")
    assert "etiquette.recipient-name" not in {f.rule_id for f in draft.findings}


@pytest.mark.parametrize(
    ("phrase", "notes", "said"),
    [
        # a name the notes capitalise, lowered as a question's first word, is a name again
        ("playwright or Selenium", "- Q: Playwright or Selenium?", "Playwright or Selenium"),
        # an ordinary word stays as the phrase has it
        ("support tickets", "- Support tickets: she owns them", "support tickets"),
        # a word the notes also write in lower case was meant so
        ("mailchimp lists", "- Mailchimp\n- certified in mailchimp", "mailchimp lists"),
        # a job after an ordinary word is no name
        ("the bar Manager voiding drinks", "", "the bar manager voiding drinks"),
        ("the Senior Manager role", "", "the Senior Manager role"),
    ],
)
def test_a_word_is_written_as_the_notes_write_it(phrase: str, notes: str, said: str) -> None:
    assert as_written(phrase, notes) == said


def test_a_line_about_what_was_not_discussed_is_no_topic() -> None:
    text = (
        "Interviewer: Dana Ellis\n\n- Dana talked a lot about the winter rota\n"
        "- didn't talk abt what happens when the scanner is down. fail open vs fail closed\n"
    )
    (draft,) = offline(text)
    assert "fail open" not in draft.body and "winter rota" in draft.body


def test_a_reported_answer_is_not_said_as_the_answer_to_a_concern() -> None:
    text = (
        "Interviewer: Dana Ellis\n\n- Dana talked a lot about the winter rota\n"
        "- her concern: I have only worked on small gearboxes\n"
        "- I answered that the physics remain the same\n"
    )
    (draft,) = offline(text)
    assert "I answered that" not in draft.body
