"""Forms in which the reader read a WRONG fact that then went out in a "ready" draft (round 12,
trial 8 and batch L): a pasted mail from the employer read backwards, a heading with a typo
of "interview" or a struck-out guess, a form's label read as the role, people named only
where the lines say what they asked, a numbered list's labels read as surnames, names in
capitals, a place after a company's legal form, a role and the writer's name said in prose,
Italian and Thai forms of address, a front matter role with an aside. Made-up notes in other
names and wordings than the trial's and the batch's; each form has a should-read and a
should-not-read (or should-refuse) example."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from followup.models import Brief, Notes
from followup.notefacts import plain_heading
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 27)


def _brief(text: str, front_matter: dict[str, object] | None = None) -> Brief:
    notes = Notes(front_matter=front_matter or {}, text=text, source="t.txt")
    return understand_notes(notes, TODAY).brief


def _people(brief: Brief) -> dict[str, tuple[str | None, list[str], list[str]]]:
    return {i.name: (i.honorific, i.topics, i.concerns) for i in brief.interviewers}


# -- a pasted mail the employer sent -----------------------------------------------------------

_RECEIVED = (
    "From: Hanna Berg <hanna.berg@kestrelmill.example>\n"
    "To: Omar Said <omar.s@post.example>\n"
    "Subject: Mill Supervisor - your application\n"
    "\n"
    "Dear Omar,\n"
    "\n"
    "Thanks for visiting the mill. We have offered the post to someone else this time.\n"
    "\n"
    "Best regards,\n"
    "Hanna Berg\n"
    "People Partner, Kestrel Mill\n"
    "\n"
    "---\n"
    "my own notes: Hanna (HR) and Rui Costa (head miller) on the day. Rui asked about the "
    "moisture logs for the flour silos. want to stay in touch with Rui.\n"
)


def test_a_mail_the_employer_sent_is_read_with_its_reader_as_the_candidate() -> None:
    brief = _brief(_RECEIVED)
    assert brief.candidate == "Omar Said"
    assert brief.company == "Kestrel Mill"  # the signature's organisation is the mail domain's
    names = [i.name for i in brief.interviewers]
    assert "Hanna Berg" in names and "Omar Said" not in names
    assert "Rui Costa" in names  # named in full once, then as the one who asked


def test_the_one_the_candidate_wants_to_stay_in_touch_with_comes_first() -> None:
    brief = _brief(_RECEIVED)
    assert brief.interviewers[0].name == "Rui Costa"
    unsaid = _RECEIVED.replace("want to stay in touch with Rui.", "")
    assert _brief(unsaid).interviewers[0].name == "Hanna Berg"


def test_a_mail_the_candidate_sent_is_not_turned_round() -> None:
    sent = (
        "From: Omar Said <omar.s@post.example>\n"
        "To: Hanna Berg <hanna.berg@kestrelmill.example>\n"
        "Subject: Mill Supervisor - thank you\n\n"
        "Dear Hanna,\n\nThank you for showing me round Kestrel Mill on Monday.\n\n"
        "Best regards,\nOmar Said\n"
    )
    brief = _brief(sent)
    assert brief.candidate == "Omar Said"  # the signature's domain is not the organisation's
    assert [i.name for i in brief.interviewers] == ["Hanna Berg"]


def _write(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    """`followup write` on these notes, as a user runs it."""
    notes = tmp_path / "notes.txt"
    notes.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "followup", "write", str(notes), "--today", "2026-11-27"],
        capture_output=True,
        text=True,
        env={"FOLLOWUP_HOME": str(tmp_path), "PATH": ""},
        check=False,
    )


def test_a_mail_signed_over_the_senders_organisation_names_the_company_not_the_candidate() -> None:
    mail = (
        "From: Dev Rana <dev.rana@harbourpilots-ops.example>\n"
        "To: mira.santos77@webmail.example\n"
        "Subject: RE: Marine Dispatcher - interview\n\n"
        "Mira,\nThursday 5/7 at 0900 suits us. The ops room is at 14 Quay Road, ring the bell by "
        "the gate. Allow about two hours - interview, then the radio test.\n"
        "Dev Rana\nShift Manager, Operations\nHarbourpilots Marine Services\n\n"
        "----\nnotes: Dev asked about VHF radio logs.\n"
    )
    brief = _brief(mail)
    assert (brief.company, brief.candidate) == ("Harbourpilots Marine Services", "Mira Santos")
    other = mail.replace("harbourpilots-ops", "quayside-group")  # the line is not the domain's
    assert _brief(other).company != "Harbourpilots Marine Services"


def test_the_writer_signs_and_greets_the_right_way_round(tmp_path: Path) -> None:
    out = _write(tmp_path, _RECEIVED).stdout
    assert "Dear Omar" not in out and "To: Omar Said" not in out
    assert "Omar Said" in out  # the signature
    assert "\nHanna Berg\n" not in out.split("===")[-1]  # never signed by the one who wrote


# -- the heading ---------------------------------------------------------------------------


def test_a_near_typo_of_interview_in_the_heading_is_the_meeting_not_the_company() -> None:
    text = "residency intervw - Hillcrest General Hospital\nwith Dr. Mona Adeyemi\nme: Sam Ortiz\n"
    assert plain_heading(text).splitlines()[0] == "residency interview - Hillcrest General Hospital"
    assert _brief(text).company == "Hillcrest General Hospital"
    assert plain_heading("Intervention notes\n") == "Intervention notes\n"  # another word


def test_a_guess_struck_out_in_the_heading_is_no_fact() -> None:
    text = (
        "call notes — Brightwave? no — Solent Analytics, Data Engineer\n"
        "Me: Ines Duarte\nInterviewer: Kofi Mensah (Head of Data)\n"
        "Kofi asked about the ingestion jobs.\n"
    )
    brief = _brief(text)
    assert (brief.company, brief.role) == ("Solent Analytics", "Data Engineer")
    asked = "is it Brightwave? maybe — Solent Analytics, Data Engineer\nMe: Ines Duarte\n"
    assert "Brightwave" in plain_heading(asked)  # not struck out ("maybe"): kept as written


def test_a_company_read_as_a_question_is_refused_with_the_flag(tmp_path: Path) -> None:
    done = _write(
        tmp_path,
        "Brightwave? — Data Engineer interview\nMe: Ines Duarte\n"
        "Interviewer: Kofi Mensah (Head of Data)\nKofi asked about the ingestion jobs.\n",
    )
    assert "Brightwave?" not in done.stdout
    assert done.returncode == 2 and "--company" in done.stderr


def test_a_heading_that_names_the_kind_of_notes_gives_way_to_the_next_line() -> None:
    text = (
        "# audition notes — me again\n"
        "Larkspur Opera / Chorus Master (season contract) · Fri 6 Mar 2026 · rehearsal hall\n"
        "Dina Rowe\n\n"
        "### Felix Marr, Music Director\n- asked about the Verdi Requiem chorus\n"
    )
    brief = _brief(text)
    assert (brief.company, brief.role) == ("Larkspur Opera", "Chorus Master")


# -- a labelled form -------------------------------------------------------------------------


def test_a_form_label_is_never_the_role_and_post_labels_the_role() -> None:
    form = (
        "Firm : Ashgrove Surveyors Ltd, Leeds\n"
        "Post : Building Surveyor\n"
        "Date of meeting : 03-02-2026\n"
        "Applicant : Ravi Menon\n"
        "Panel : Mrs. Joan Pike (Partner)\n"
    )
    brief = _brief(form)
    assert (brief.company, brief.role) == ("Ashgrove Surveyors Ltd", "Building Surveyor")
    unlabelled = _brief(form.replace("Post : Building Surveyor\n", ""))
    assert unlabelled.role is None  # "Date of" from "Date of meeting :" is no role: asked for


def test_a_post_label_with_the_employer_after_a_comma_gives_both() -> None:
    text = (
        "Notes typed up on the train home, for my own record.\n\n"
        "Candidate: Femi Ade\n"
        "Post: Estates & Facilities Coordinator, Harrowgate Community Health NHS Trust\n"
        "Panel: Ms. Joy Lamb (Head of Estates)\n"
    )
    brief = _brief(text)
    assert brief.role == "Estates & Facilities Coordinator"
    assert brief.company == "Harrowgate Community Health NHS Trust"  # not "Notes typed up ..."


def test_a_company_read_as_a_sentence_is_the_one_it_names_after_at_or_none() -> None:
    text = "Notes from the trial shift at Copper Kettle Bakery. Job = Head Baker\nMe: Ali Reza\n"
    assert _brief(text).company == "Copper Kettle Bakery"
    text = "Notes written on the bus by A.R. that evening\nMe: Ali Reza\nWith: Jo Park (owner)\n"
    assert _brief(text).company is None  # no employer named: the user is asked (--company)


def test_a_quoted_joke_in_the_heading_is_no_role() -> None:
    text = (
        'ALDER PLAYHOUSE — "DEBRIEF LOG #2" (formatting this like a show report)\n'
        "Date: 2026-05-04\nme: Kit Moss\nWith: Rhea Vance (Production Manager)\n"
    )
    assert _brief(text).role is None
    under = text.replace("\nDate:", "\nAssistant Stage Manager, summer season\nDate:")
    assert _brief(under).role == "Assistant Stage Manager"  # the job on a line of its own


# -- people named where the lines say what they asked ----------------------------------------


def test_a_person_named_in_full_once_and_then_by_first_name_is_someone_met() -> None:
    text = (
        "Depot Coordinator interview - Fernway Couriers\n"
        "Me: Lily Tan\n"
        "Spoke with Marta Quinn (Head of Operations) and, for a few minutes, the founder "
        "Idris Vale and the CFO Noor Aziz.\n"
        "Marta asked about rota planning for the night shift.\n"
        "Idris talked about the new depot in Swindon.\n"
        "Marta's worry: I have not run a team of drivers.\n"
        "Noor asked about fuel cards.\n"
    )
    people = _people(_brief(text))
    assert set(people) == {"Marta Quinn", "Idris Vale", "Noor Aziz"}
    assert any("depot" in t for t in people["Idris Vale"][1])
    assert not any("depot" in t for t in people["Marta Quinn"][1])  # not the other person's
    assert people["Marta Quinn"][2] and not people["Idris Vale"][2]  # "Marta's worry"


def test_a_first_name_never_named_in_full_adds_no_one() -> None:
    text = (
        "Depot Coordinator interview - Fernway Couriers\nMe: Lily Tan\n"
        "With: Marta Quinn (Head of Operations)\nIdris talked about the new depot.\n"
    )
    assert set(_people(_brief(text))) == {"Marta Quinn"}


def test_a_numbered_lists_labels_are_not_surnames() -> None:
    text = (
        "Northgate Clinic - Staff Nurse\n"
        "1. Me: Grace Obi\n"
        "2. Interviewers: Ms Adaeze Okafor (Head of Nursing) + Tom Reid (Ward Manager)\n"
        "3. Ms Okafor Q1 - talk me through a sepsis escalation.\n"
        "4. Ms Okafor CONCERN - no ICU experience yet.\n"
        "5. Tom Q1 - how I'd handle a short-staffed night.\n"
    )
    assert set(_people(_brief(text))) == {"Adaeze Okafor", "Tom Reid"}


def test_names_in_capitals_are_written_in_name_case() -> None:
    text = (
        "GREYSTONE BUILD — SITE ESTIMATOR\n"
        "ME: PRIYA NAIR\n\n"
        "TOMAS REYES – site lead\n"
        " - asked how I price groundworks\n\n"
        "JUNE PARK – commercial director\n"
        " - the tender for the Leeds school job\n"
    )
    brief = _brief(text)
    assert brief.candidate == "Priya Nair"
    assert {i.name for i in brief.interviewers} == {"Tomas Reyes", "June Park"}


def test_a_heading_in_the_same_form_as_a_persons_heading_is_a_person_too() -> None:
    text = (
        "ORCHID HALL TOUR — LIGHTING DESIGNER\nme: Ben Ash\n\n"
        "SARA VOSS – production manager\n - the rig budget\n\n"
        "MILO GRANT – drums, MD\n - how the band wants the choruses lit\n"
    )
    assert {i.name for i in _brief(text).interviewers} == {"Sara Voss", "Milo Grant"}
    agenda = (
        "Orchid Hall - Lighting Designer\nme: Ben Ash\nWith: Sara Voss (PM)\n\nTHE RIG – budget\n"
    )
    assert {i.name for i in _brief(agenda).interviewers} == {"Sara Voss"}


# -- a role and the writer's name said in prose ----------------------------------------------


def test_a_role_and_the_writers_name_said_in_a_paragraph() -> None:
    text = (
        "On Monday I went to the Tidewater Maritime Museum for the position of Collections "
        "Registrar. I met Mr. Owen Pryce, the head of collections, who asked about loan "
        "agreements. My name to sign with: Ana Duarte. They will decide next week.\n"
    )
    brief = _brief(text)
    assert (brief.role, brief.candidate) == ("Collections Registrar", "Ana Duarte")
    vague = text.replace("for the position of Collections Registrar", "about a job")
    assert _brief(vague).role is None


# -- forms of address --------------------------------------------------------------------------


def test_italian_titles_are_titles_and_khun_goes_with_the_first_name() -> None:
    brief = _brief(
        "Archivio di Stato - Archivist\nMe: Paolo Neri\n"
        "With: Prof.ssa Elena Galli (director)\nElena asked about the parish registers.\n"
    )
    assert [(i.honorific, i.name) for i in brief.interviewers] == [("Prof.", "Elena Galli")]
    brief = _brief(
        "Siam Table - Head Chef\nMe: Dara Lee\nWith: Khun Somchai Rattana (owner)\n"
        "he asked about the curry pastes\n"
    )
    assert [(i.honorific, i.name) for i in brief.interviewers] == [(None, "Somchai Rattana")]


# -- front matter ------------------------------------------------------------------------------


def test_a_front_matter_role_and_company_without_their_asides() -> None:
    front: dict[str, object] = {
        "me": "Ola Berg",
        "company": "Harbour Group (Harbour Kitchen)",
        "role": "Head Chef – new Leith site",
        "interviewers": ["Ruth Ames (owner)"],
    }
    brief = _brief("Ruth asked about the menu.", front)
    assert (brief.company, brief.role) == ("Harbour Group", "Head Chef")
    front["role"] = "Kitchen – Leith"  # no job title before the dash: left as written
    assert _brief("Ruth asked about the menu.", front).role == "Kitchen – Leith"


# -- a mailed calendar invitation ------------------------------------------------------------


def test_the_calendar_an_invitation_came_to_names_the_candidate_among_its_guests() -> None:
    invite = (
        "Invitation: Interview - Sound Editor @ Wed Mar 4, 2026 10am - 11am (GMT) "
        "(maeve.doyle@postbox.example)\n\n"
        "Organizer: Tom Reilly <tom.reilly@northsound.example>\n"
        "Guests:\n  Tom Reilly - organizer\n  Asha Kapoor\n  Maeve Doyle\n\n"
        "--- notes ---\nAsha (supervising editor) asked about dialogue cleanup.\n"
    )
    brief = _brief(invite)
    assert brief.candidate == "Maeve Doyle"
    assert "Maeve Doyle" not in [i.name for i in brief.interviewers]
    other = invite.replace("maeve.doyle@postbox.example", "calendar@postbox.example")
    assert _brief(other).candidate is None  # no guest is that address: the writer is asked
