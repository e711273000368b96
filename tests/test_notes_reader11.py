"""Forms batch K wrote its facts in that the reader missed (round 11), read by their structure:
a printed form's dotted labels, a log's time stamps and day lines, numbered and lettered
entries ("ITEM 2", "#1", "Interviewer 2 -", a SOAP note's "S:"), labels of the notes' own
("Player:", "Game master:"), a title label over a name ("supervisor: A B"), an organisation's
line over the job's line, a heading in capitals over "interview recap", "Application of NAME",
and names: a rank before a name, "Hon." with the title they are addressed by, a surname with
its particle, a surname written first, the full name in brackets, a dash list of people on one
line; "24/7" is no date and a funeral home is no bereavement. Made-up notes in other names and
wordings than the batch's; each form has a should-read and a should-not-read example."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.noteheader import read_header
from followup.notes import parse_date, understand_notes
from followup.notetext import normalize_notes
from followup.privacy import private_lines, private_matter
from tests.test_notes_reader10 import TODAY, _people, _reading  # one way to read a brief

# -- a printed form's dotted labels -------------------------------------------------------------


def test_dotted_form_labels_are_read_as_labels_with_their_wrapped_lines() -> None:
    notes = (
        "APPLICATION REVIEW\n"
        'Applicant ......... Tobias ("Toby") Renwick\n'
        "Agency ............ Marlow Signage Works\n"
        "Position .......... Sign Installer  (vinyl, channel letters,\n"
        "                    some night work)\n"
        "Interviewer ....... Ms. Odette Kranz, Install Supervisor\n"
        "\n"
        "She asked about working at height on scissor lifts.\n"
    )
    assert _reading(notes) == (
        "Tobias Renwick",
        "Marlow Signage Works",
        "Sign Installer",
        ["Odette Kranz"],
    )
    assert normalize_notes("Chapter 3 ........ 41\n").splitlines() == ["Chapter 3: 41"]
    assert normalize_notes("and then... we left\n") == "and then... we left"


# -- a log --------------------------------------------------------------------------------------


def test_a_log_reads_its_met_sentence_and_its_first_day_line() -> None:
    notes = (
        "SHIFT LOG - my application, Kettering depot\n"
        "Applicant: Roisin Farrelly\n"
        "Employer: Nene Valley Buses\n"
        "Post: Service Controller\n"
        "\n"
        "11/02/2026 (Wed)\n"
        " 1015  Signed in at reception. Met Imran Shah, Head of Operations, and Bev Oduya, "
        "HR advisor.\n"
        " 1100  Imran asked how I would handle a route diversion at peak.\n"
        " 1230  Done. Bev said they decide by the end of February.\n"
    )
    said = _reading(notes)
    assert said[:3] == ("Roisin Farrelly", "Nene Valley Buses", "Service Controller")
    assert said[3] == ["Imran Shah", "Bev Oduya"]
    header = read_header(normalize_notes(notes))
    assert header.date_text == "11/02/2026 (Wed)"
    # a sentence that is no meeting names no one: "Signed in. Saw the new fleet."
    quiet = notes.replace(
        "Met Imran Shah, Head of Operations, and Bev Oduya, HR advisor.", "Saw the fleet."
    )
    assert _reading(quiet)[3] == []


def test_a_logs_time_stamps_do_not_hide_whose_entry_it_is() -> None:
    notes = (
        "Applicant: Roisin Farrelly\n"
        "Employer: Nene Valley Buses\n"
        "Post: Service Controller\n"
        " 0900  Met Imran Shah, Head of Operations, and Bev Oduya, HR advisor.\n"
        " 0930  Imran: the new real-time tracking screens.\n"
        " 1000  Bev: the night rota and the training course.\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.txt"), TODAY)
    about = {ln.text: ln.about for ln in reading.lines}
    assert about["the night rota and the training course."] == "Bev Oduya"
    # two stamped lines are no log: "1000  start" keeps its time
    few = "Applicant: Ana Ruiz\n 1000  start\n 1100  lunch\n"
    assert "1000 start" in [
        ln.text.strip() for ln in understand_notes(Notes(text=few, source="t"), TODAY).lines
    ]


def test_a_process_log_dates_the_interview_by_its_board_line() -> None:
    notes = (
        "COUNTY SHERIFF - Deputy Trainee\n"
        "Me: Alana Whitfield\n"
        "\n"
        "1/10 written exam - passed\n"
        "2/03/26 (Tue) - ORAL BOARD, 1400, training annex\n"
        "Told us: academy starts March 30\n"
    )
    header = read_header(normalize_notes(notes))
    assert header.date_text == "2/03/26 (Tue) - ORAL BOARD, 1400, training annex"


# -- numbered and lettered entries --------------------------------------------------------------


def test_numbered_and_soap_entries_name_their_person() -> None:
    notes = (
        "Brackwater Ferries NV - ROTTERDAM\n"
        "post: Fleet Scheduler\n"
        "candidate: Joost Verbeek\n"
        "\n"
        "ITEM 1  Capt. Maarten van Dijk - Marine Superintendent (30 yrs at sea)\n"
        "  - crew rest hours and the new rota tool\n"
        "#2 Dr. Sanne Koster, Fleet Medical Officer\n"
        "  - fatigue reporting\n"
        "S: Wim Jansen, Port Captain, ran the tour.\n"
    )
    people = _people(notes)
    assert people["Maarten van Dijk"] == ("Capt.", "Marine Superintendent")
    assert people["Sanne Koster"] == ("Dr.", "Fleet Medical Officer")
    assert "Wim Jansen" in people
    # an answer's letter opens no person: "A: Wim Jansen, Port Captain, ..." was said by me
    assert "Wim Jansen" not in _people(notes.replace("S: Wim", "A: Wim"))


# -- labels of the notes' own -------------------------------------------------------------------


def test_own_labels_give_the_writer_and_the_person_met() -> None:
    notes = (
        "# Dovecote Climbing Wall - Centre Manager - quest log\n"
        "\n"
        "**Hero:** Marta Sokol\n"
        "**Boss fight:** Callum Reid, owner & head setter\n"
        "**When:** Tue 3 March 2026\n"
        "\n"
        "- Callum wants the bouldering area reset every 6 weeks\n"
    )
    candidate, _, _, people = _reading(notes)
    assert candidate == "Marta Sokol"
    assert people == ["Callum Reid"]
    # a guest list is no writer: "Required attendees: A B"
    assert (
        read_header("Interview: Buyer – Fennel Foods\nRequired attendees: Ana Ruiz\n").candidate
        is None
    )


def test_a_title_label_over_a_name_is_that_person() -> None:
    notes = (
        "Hollyhock Care - Senior Carer\n"
        "me: Dami Adeyemi\n"
        "deputy manager: Corinne Blake (days, also does rotas)\n"
        "she asked about medication rounds\n"
    )
    assert _people(notes) == {"Corinne Blake": (None, "days, also does rotas")}
    # a label that is no job names no one met: "Reference: Corinne Blake"
    assert _reading(notes.replace("deputy manager:", "reference:"))[3] == []


# -- the organisation's line over the job's line ------------------------------------------------


def test_an_organisation_line_over_a_job_line() -> None:
    notes = (
        "0205 — wide awake, writing it down.\n"
        "Three Rivers Hospice Network\n"
        "Bereavement Coordinator — part time, some weekends\n"
        "Interview yesterday, Mon 11/23/2026\n"
        "Me: Gale Morrow\n"
        "\n"
        "#1 Rhona Bell, Director of Care\n"
        "- the new family support line\n"
    )
    candidate, company, role, people = _reading(notes)
    assert candidate == "Gale Morrow"
    assert (company, role) == ("Three Rivers Hospice Network", "Bereavement Coordinator")
    assert people == ["Rhona Bell"]
    # the first line a meeting, not an organisation: "INTERVIEW - X Pharmacy" is read elsewhere
    assert read_header("INTERVIEW - Elm Row Pharmacy\nStaff Pharmacist (full time)\n").role != (
        "Staff Pharmacist (full Time"
    )


def test_a_heading_in_capitals_over_interview_recap_names_the_company() -> None:
    notes = "SALT & STONE TILES ✨ interview recap ✨\nrole: showroom advisor\nme: Ivy Chen\n"
    assert _reading(notes)[1] == "Salt & Stone Tiles"
    assert read_header("SHOWROOM ADVISOR interview recap\nme: Ivy Chen\n").company is None


def test_application_of_names_the_candidate() -> None:
    notes = (
        "RE: Application of Desmond Achebe\nPosition: Court Usher\nPresent: Ms. Rae Lin, Clerk\n"
    )
    assert _reading(notes)[0] == "Desmond Achebe"
    assert read_header("the application of pressure to the wound\n").candidate is None


# -- names --------------------------------------------------------------------------------------


def test_a_rank_before_a_name_is_a_title_not_a_name() -> None:
    notes = (
        "Ashgrove Fire & Rescue - Firefighter\n"
        "Me: Sol Varga\n"
        "Interview panel:\n"
        "- Station Commander Iris Feld, Training\n"
        "- Ms. Joy Patel, HR Officer\n"
    )
    people = _people(notes)
    assert "Iris Feld" in people
    assert people["Iris Feld"][1] == "Station Commander, Training"
    assert "Station Commander Iris Feld" not in people


def test_hon_is_a_title_and_the_form_of_address_wins() -> None:
    notes = (
        "Kestrel County Court - Judicial Assistant\n"
        "Me: Pim Okonjo\n"
        "PRESENT:\n"
        '  Hon. Marcus Adeyemi, Circuit Judge (addressed as "Judge Adeyemi")\n'
        "  Applicant, self.\n"
    )
    assert _people(notes) == {"Marcus Adeyemi": ("Judge", "Circuit Judge")}
    plain = notes.replace(' (addressed as "Judge Adeyemi")', "")
    assert _people(plain) == {"Marcus Adeyemi": (None, "Circuit Judge")}  # never "Dear Hon. X"


def test_a_surname_written_first_is_turned_for_the_greeting() -> None:
    notes = (
        "Penang Circuits Sdn Bhd - Process Engineer\n"
        "me: Farah Idris\n"
        "**Interviewer 1 - Mr. Tan Boon Hock, Engineering Manager**\n"
        "(everyone calls him Mr Tan)\n"
        "**Interviewer 2 - Siti Aminah, HR Executive**\n"
    )
    assert _reading(notes)[3] == ["Boon Hock Tan", "Siti Aminah"]
    # a first name with a title is no surname first ("Mr. Karim" for Karim Nassar)
    two = "Delta Tours - Guide\nme: Ola Berg\nMr. Karim Nassar -- Manager (Mr. Karim to all)\n"
    assert _reading(two)[3] == ["Karim Nassar"]
    # the surname titled too ("Dr. García") keeps the order as written
    spanish = "Clinica Sol - Nurse\nme: Ola Berg\nDr. José Luis García -- Director\n"
    spanish += "Dr. José showed me the ward; Dr. García asked about triage\n"
    assert _reading(spanish)[3] == ["José Luis García"]
    # a first name typed in capitals is no surname ("DEV Patel")
    shout = "Acme - Analyst\nme: Ola Berg\nrecruiter: DEV Patel (Talent Partner)\n"
    assert "Patel Dev" not in _reading(shout)[3]


def test_the_full_name_in_brackets_and_a_dash_list_of_people() -> None:
    notes = (
        "northgate glass - glazier (commercial)\n"
        "weds 4/8 8am at the unit\n"
        "ravi m - site mgr (Ravi Mehta on his hi-vis)\n"
        "tess ong - estimator. joe bray - h&s lead. both in the cabin\n"
        "me: kit lowe\n"
    )
    people = _reading(notes)[3]
    assert "Ravi Mehta" in people
    assert {"Tess Ong", "Joe Bray"} <= set(people)
    # a bracket that names someone else is not their full name
    other = notes.replace("(Ravi Mehta on his hi-vis)", "(Joan Pike hired him)")
    assert "Ravi Mehta" not in _reading(other)[3]


# -- dates and privacy --------------------------------------------------------------------------


def test_24_7_is_no_date_and_the_first_written_date_wins() -> None:
    assert parse_date("transplant team, 24/7 on call, Tue 5/19/2026", TODAY) == dt.date(2026, 5, 19)
    assert parse_date("Thursday 9/4/2026 (9 April)", TODAY) == dt.date(2026, 4, 9)
    assert parse_date("12/5 (Tues) 2026", dt.date(2026, 5, 20)) == dt.date(2026, 5, 12)
    assert parse_date("on 24/7/2026", TODAY) == dt.date(2026, 7, 24)


def test_a_funeral_home_is_the_work_not_a_bereavement() -> None:
    work = "Calder & Sons Funeral Home - Funeral Director\nMe: Lyle Dunn\n"
    assert private_lines(work) == []
    assert _reading(work)[1] == "Calder & Sons Funeral Home"
    assert [r.reason.value for r in private_lines("Left early for my uncle's funeral.\n")] == [
        "health-or-family"
    ]


def test_private_matter_has_one_owner() -> None:
    from followup.checker.rules import slots

    assert slots.private_matter is private_matter
    assert private_matter("my visa renewal") == "visa"
    assert private_matter("the new rota tool") is None
