"""The job and the employer on one line (jobline.py), and a part of the heading read as the
role that names no job (notefacts.py), issue 7 round 15. Words of their own, none copied from
eval/; each form with the nearest misreading, which should not be read."""

from __future__ import annotations

import datetime as dt

from followup.models import Brief, Notes
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 26)


def brief(text: str) -> Brief:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY).brief


def test_prose_that_says_what_the_interview_was_for_and_where() -> None:
    text = (
        "Diary - Tue 3 Nov 2026\n\nInterview this morning for Ticket Office Assistant at "
        "Carrow Road Theatre (the old one). Me: Dermot Hale. Panel was Mrs Iris Gold, Box "
        "Office Manager.\nMrs Gold asked about refunds and the new booking system.\n"
    )
    b = brief(text)
    assert (b.role, b.company) == ("Ticket Office Assistant", "Carrow Road Theatre")


def test_a_former_employer_in_prose_is_no_company() -> None:
    text = (
        "Diary - Tue 3 Nov 2026\n\nMe: Dermot Hale. I worked for ten years at Carrow Road "
        "Theatre before it closed. Panel was Mrs Iris Gold, Box Office Manager.\n"
    )
    assert brief(text).company != "Carrow Road Theatre"


def test_the_job_at_the_employer_in_lower_case() -> None:
    text = (
        "notes • kiln & co\nmon 2 nov 2026 · 10:00\n\n"
        "studio assistant @ kiln & co (hebden bridge)\nme: ada marsh\n\n"
        "met tess rowe (studio manager)\n- tess asked about glaze mixing\n"
    )
    b = brief(text)
    assert (b.role, b.company) == ("Studio Assistant", "Kiln & Co")


def test_the_employer_then_the_jobs_interview_in_a_joke_heading() -> None:
    text = (
        "RACE REPORT (ha) — Fenland Rowing Association, Club Development Officer interview\n"
        "Cox: Mia Brandt (me)\nStart: Mon 2/11/26 @ 10:00\n\n"
        "CREW\n - Ruth Lamb — Chair\n\nRuth asked about junior sessions.\n"
    )
    b = brief(text)
    assert (b.company, b.role) == ("Fenland Rowing Association", "Club Development Officer")


def test_a_job_read_with_its_employer_after_at() -> None:
    text = (
        "Crateful interview notes!! mon 2nd nov\n\nMe: Lola Ibe\n"
        "Job: night shift picker (10pm-6am) at Crateful, the Wakefield depot\n"
        "Met: Sam Orr, warehouse manager\n- he asked about pick rates\n"
    )
    b = brief(text)
    assert (b.role, b.company) == ("Night Shift Picker", "Crateful")


def test_an_organisations_own_line_in_lower_case() -> None:
    text = (
        "interview - ward clerk (band 2)\n"
        "north fell community health nhs trust, outpatients office\n"
        "mon 2/11/2026, 10am\n\nme: Pat Rowe\n\npanel:\n- Mrs Ann Lowe - Outpatients Manager\n"
    )
    assert brief(text).company == "North Fell Community Health NHS Trust"


def test_a_lower_case_line_that_is_a_place_of_work_not_an_organisation() -> None:
    text = (
        "interview - ward clerk (band 2)\nthe outpatients office by the old boiler house\n"
        "mon 2/11/2026, 10am\n\nme: Pat Rowe\n\npanel:\n- Mrs Ann Lowe - Outpatients Manager\n"
    )
    assert brief(text).company != "The Outpatients Office by the Old Boiler House"


def test_a_town_in_the_heading_is_no_role_when_the_job_has_its_own_line() -> None:
    text = (
        "brackenridge scaffolding - dundee\nadvanced scaffolder (commercial + industrial)\n"
        "tue 3/11/26 0900 - yard\n\nme: rab kerr\nmet w/ Ian Todd (contracts manager)\n"
        "- Ian asked about tube and fitting inspections\n"
    )
    assert brief(text).role == "Advanced Scaffolder"


def test_a_meeting_in_the_heading_is_no_role_when_the_job_has_its_own_line() -> None:
    text = (
        "fernside bank — onsite (virtual) round 3\nsenior data engineer, payments\n"
        "thu 5/11/26\nme: lee chan\n\n1. ruth ames — eng manager, data platform\n"
        "- ruth asked about late-arriving events\n"
    )
    b = brief(text)
    assert b.role == "Senior Data Engineer"
    assert "Ruth Ames" in [p.name for p in b.interviewers]


def test_a_one_word_job_stays_when_no_line_is_a_job() -> None:
    text = (
        "sora izakaya tryout 11/3/26 (tues)\n\naiko tanaka - itamae position\n\n"
        "hiro (chef/owner, Hiroshi Sato)\n- hiro asked me to cut aji\n"
    )
    assert brief(text).role == "Itamae"


def test_a_day_is_no_role() -> None:
    text = (
        "Brackenfell - Thurs 5th Nov\n\nMe: Rab Kerr. Went up for the ghillie job, met Ian "
        "Todd the head ghillie who asked about boats.\n"
    )
    role = brief(text).role
    assert role is None or "Thurs" not in role


def test_a_person_who_met_me_mid_sentence() -> None:
    text = (
        "rab kerr - fernside rfc kit manager - mon 2 nov 2026\n\n"
        "got there at 6 and Moira Dunn (Club Secretary) met me at the gate, she asked about "
        "washing kit for 3 teams\n"
    )
    b = brief(text)
    assert [(p.name, p.title) for p in b.interviewers] == [("Moira Dunn", "Club Secretary")]


def test_a_writer_with_an_initial_beside_me() -> None:
    text = (
        "Ravensworth Minster – Works Dept – Stone Carver\nTue 3 Nov 2026.\n"
        "R. Oyelowo (me)\n\nPRACTICAL – with Mr Colin Ames, Master Mason\n"
        " - he asked about lime mortar\n"
    )
    assert brief(text).candidate == "R. Oyelowo"


def test_someone_named_only_in_an_arrangement_is_no_one_met() -> None:
    text = (
        "interview - stores assistant (band 3)\nmon 2/11/2026, 10am, got a lift with dana\n\n"
        "me: Pat Rowe\n\npanel:\n- Mrs Ann Lowe - Stores Manager\n- Ann asked about stock takes\n"
    )
    assert [p.name for p in brief(text).interviewers] == ["Ann Lowe"]


def test_someone_in_an_arrangement_who_is_also_met_stays() -> None:
    text = (
        "interview - stores assistant (band 3)\nmon 2/11/2026, got a lift with Dana Bell\n\n"
        "me: Pat Rowe\n\npanel:\n- Dana Bell - Stores Manager\n- Dana asked about stock takes\n"
    )
    assert "Dana Bell" in [p.name for p in brief(text).interviewers]


def test_the_job_said_in_a_sentence_of_its_own() -> None:
    text = (
        "Tue 3rd Nov 2026 — interview at Riverside Advice Centre (Salford)\n\n"
        "Job is Welfare Rights Caseworker, 35 hrs a week. I'm Ada Marsh. Interview was with "
        "Mrs Joan Hale, the Centre Manager.\nShe asked about benefit appeals.\n"
    )
    assert brief(text).role == "Welfare Rights Caseworker"


def test_a_job_spoken_of_in_passing_is_no_role() -> None:
    text = (
        "Tue 3rd Nov 2026 — interview at Riverside Advice Centre (Salford)\n\n"
        "I'm Ada Marsh. Interview was with Mrs Joan Hale, the Centre Manager. She said the "
        "job is hard some days.\n"
    )
    role = brief(text).role
    assert role is None or "Hard" not in role


def test_an_institution_label_names_the_employer_without_its_town() -> None:
    text = (
        "INTERVIEW NOTES\nPost: Medical Records Clerk\n"
        "Institution: Kisoro District Hospital, Kisoro\n"
        "Date: 3rd/11/2026 (Tuesday), 10.00am\nCandidate: Okello James\n\n"
        "Panel members:\n1. Mrs. Auma Grace — Records Manager\n"
    )
    b = brief(text)
    assert (b.company, b.interview_date) == ("Kisoro District Hospital", dt.date(2026, 11, 3))


def test_names_written_surname_first_when_the_writer_writes_their_own_so() -> None:
    text = (
        "INTERVIEW NOTES\nPost: Records Clerk\nInstitution: Kisoro District Hospital\n"
        "Date: 3rd/11/2026 (Tuesday)\nCandidate: OKELLO James\n\n"
        "Panel members:\n1. Dr. Auma Grace — Medical Superintendent\n\n"
        "Dr. Auma asked about the new registers.\n"
    )
    assert [p.name for p in brief(text).interviewers] == ["Grace Auma"]


def test_a_first_name_with_a_title_stays_when_names_are_written_given_name_first() -> None:
    text = (
        "INTERVIEW NOTES\nPost: Records Clerk\nInstitution: Nile Delta Clinic\n"
        "Candidate: James Okello\n\nPanel members:\n1. Mr. Tarek Zaki — Clinic Manager\n\n"
        "Mr. Tarek asked about the new registers.\n"
    )
    assert [p.name for p in brief(text).interviewers] == ["Tarek Zaki"]


def test_a_sentence_that_is_a_person_and_their_title() -> None:
    text = (
        "FENWICK COUNTY HOSPITAL — Porter (Band 2)\nMe: Ola Ade\n\n"
        "3 Nov 2026: interview, 20 min, in the estates office. Ivan Petrov, Estates Manager. "
        "just him. he asked about manual handling\n"
    )
    assert [(p.name, p.title) for p in brief(text).interviewers] == [
        ("Ivan Petrov", "Estates Manager")
    ]


def test_a_sentence_naming_a_place_and_its_kind_is_no_person() -> None:
    text = (
        "FENWICK COUNTY HOSPITAL — Porter (Band 2)\nMe: Ola Ade\n\n"
        "3 Nov 2026: interview. Fenwick Estates, Main Office. he asked about manual handling\n"
    )
    assert "Fenwick Estates" not in [p.name for p in brief(text).interviewers]
