"""Forms trial 7 and batch J wrote people, places and jobs in that the reader missed (round 10):
a spelled-out title before a name (Captain, Chef, Judge), a people label whose first guest has
a title, a mailed calendar invitation ("Invitation: ... @ date"), an accent lost to an e-mail
address, "Interview transcript - Company, Role", a nickname in quotes, an agency recruiter
"recruiting for" the employer, "NAME, she's the TITLE", "the guy NAME (TITLE)", a pasted chat,
"title = Name" pairs and "Company, job typed in lower case". Made-up notes in other names and
wordings than the trial's; each form has a should-read and a should-not-read example."""

from __future__ import annotations

import datetime as dt

from followup.checker.document import Context
from followup.checker.engine import Checker
from followup.core import MessageKind
from followup.models import Notes
from followup.noteheader import as_written, read_header
from followup.notes import unchat, understand_notes

TODAY = dt.date(2026, 11, 27)


def _reading(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    brief = understand_notes(Notes(text=text, source="t.txt"), TODAY).brief
    return brief.candidate, brief.company, brief.role, [i.name for i in brief.interviewers]


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    brief = understand_notes(Notes(text=text, source="t.txt"), TODAY).brief
    return {i.name: (i.honorific, i.title) for i in brief.interviewers}


# -- a spelled-out title before a name -------------------------------------------------------


def test_captain_chef_and_judge_before_a_name_are_titles_kept_for_the_greeting() -> None:
    notes = (
        "Port of Tain Pilots - Marine Pilot\n"
        "Interviewer: Captain Isla Drummond\n"
        "Me: Ewan Ross\n"
        "Captain Drummond asked about berthing in a crosswind.\n"
    )
    assert _people(notes) == {"Isla Drummond": ("Captain", None)}
    notes = "Ferrante's - Line Cook\nWith: Chef Paolo Ruggeri\nMe: Ana Lima\nwe did knife work\n"
    assert _people(notes) == {"Paolo Ruggeri": ("Chef", None)}


def test_a_chef_as_the_job_is_no_title_of_a_person() -> None:
    _, company, role, people = _reading(
        "Lantern Bistro - Sous Chef\nWith: Nadia Rahimi (owner)\nMe: Theo Park\nshe asked\n"
    )
    assert (company, role, people) == ("Lantern Bistro", "Sous Chef", ["Nadia Rahimi"])


def test_a_guest_list_is_people_not_one_person_titled_by_the_next() -> None:
    header = read_header("Guests: Chef Ana Souza, Liam Byrne (HR), me (x.y@gmail.com)\n")
    titles = {p.name: p.title for p in header.people}
    assert titles == {"Ana Souza": None, "Liam Byrne": "HR"}
    header = read_header("Chair - Mrs Angela Pryce, Grade 7 Policy Lead\n")
    assert [(p.name, p.title) for p in header.people] == [("Angela Pryce", "Grade 7 Policy Lead")]


# -- a mailed calendar invitation ------------------------------------------------------------


INVITE = (
    "Invitation: Interview - Pastry Chef @ Thu Nov 19, 2026 2pm - 3pm (GMT)\n"
    "\n"
    "Organizer: jobs@saltandember.co.uk\n"
    "Guests: Chef Rosa Quintero, Liam Byrne (Operations), me (kamil.wojcik@gmail.com)\n"
    "Location: Salt & Ember, 2 Quay Road, Cork\n"
    "\n"
    "From: Liam Byrne\n"
    "To: Kamil Wójcik\n"
    "Hi Kamil, see you Thursday.\n"
    "\n"
    "my notes:\n"
    "- Rosa had me laminate croissant dough, said my butter block was too cold\n"
)


def test_an_invitation_gives_the_job_the_place_and_the_people_not_invitation() -> None:
    candidate, company, role, people = _reading(INVITE)
    assert company == "Salt & Ember"
    assert role == "Pastry Chef"
    assert people == ["Rosa Quintero", "Liam Byrne"]
    assert candidate == "Kamil Wójcik"  # the accent kept, not "Kamil Wojcik" from the address


def test_an_invitation_place_not_named_by_the_sender_is_no_company() -> None:
    text = INVITE.replace("jobs@saltandember.co.uk", "jobs@hospitalityhire.com")
    _, company, role, _ = _reading(text)
    assert company != "Invitation"
    assert company != "Salt & Ember"
    assert role == "Pastry Chef"


def test_as_written_restores_accents_only_for_the_same_letters() -> None:
    assert as_written("Zoe Lefevre", "met Zoë Lefèvre at 9") == "Zoë Lefèvre"
    assert as_written("Zoe Lefevre", "met Zora Lefevre at 9") == "Zoe Lefevre"
    assert as_written("Zoë Lefèvre", "zoe lefevre") == "Zoë Lefèvre"


# -- a transcript's title line ---------------------------------------------------------------


def test_interview_transcript_before_the_company_is_no_company() -> None:
    header = read_header(
        "Interview transcript (Fireflies) - Brackwater Dredging, Survey Technician\n"
        "Interviewer: Moira Kent\n"
    )
    assert (header.company, header.role) == ("Brackwater Dredging", "Survey Technician")
    header = read_header("Interview - Brackwater Dredging, Survey Technician\n")
    assert header.company == "Brackwater Dredging"


# -- a nickname in quotes --------------------------------------------------------------------


def test_a_quoted_nickname_between_first_name_and_surname_is_no_part_of_the_name() -> None:
    notes = "company: Kiln Yard Pottery\nrole: Studio Tech\ninterviewer: Rob 'Tiny' Okoye (owner)\n"
    assert _people(notes + "me: Jan Bell\n") == {"Rob Okoye": (None, "owner")}
    quoted = 'interviewer: Margaret "Peg" Hollins, head potter\nme: Jan Bell\n'
    assert list(_people("company: Kiln Yard Pottery\nrole: Studio Tech\n" + quoted)) == [
        "Margaret Hollins"
    ]


# -- an agency's recruiter, recruiting for the employer --------------------------------------


def test_the_employer_is_the_one_recruited_for_and_the_recruiter_is_the_contact() -> None:
    notes = (
        "phone call, monday\n"
        "Tomas Berg at Northstar Talent, recruiting for Halden Water Trust\n"
        "role: Catchment Officer\n"
        "me: Ruth Ames\n"
        "he asked about my river survey work\n"
    )
    candidate, company, role, _ = _reading(notes)
    assert (candidate, company, role) == ("Ruth Ames", "Halden Water Trust", "Catchment Officer")
    assert _people(notes) == {"Tomas Berg": (None, "recruiter, Northstar Talent")}


def test_an_in_house_recruiter_leaves_the_company_as_it_is() -> None:
    notes = "Halden Water Trust - Catchment Officer\nTomas Berg from HR called\nme: Ruth Ames\n"
    assert _reading(notes)[1] == "Halden Water Trust"


# -- a person and what they are, in a run of prose -------------------------------------------


def test_name_then_she_is_the_title_and_the_guy_name_in_brackets() -> None:
    header = read_header(
        "Out of the interview at Pell & Marsh Surveyors for the graduate job. The guy Omar "
        "Haddad (associate director I reckon?) was kind, and later Jo Whitcombe-Lane, she's "
        "the head of valuations, asked about my dissertation.\n"
    )
    titles = {p.name: p.title for p in header.people}
    assert titles["Jo Whitcombe-Lane"] == "head of valuations"
    assert "Omar Haddad" in titles


def test_she_is_the_without_a_job_is_no_person() -> None:
    header = read_header("Spoke about Lisbon Harbour, she's the best city for it.\n")
    assert header.people == []
    header = read_header("the guy Fixed It quickly\n")
    assert header.people == []


# -- a pasted chat ---------------------------------------------------------------------------


CHAT = (
    "[03/12/26, 19:40] Sam: how did it go??\n"
    "[03/12/26, 19:41] Me: Larchfield Nursing Home, weekend support worker\n"
    "[03/12/26, 19:41] Me: head of care = Nia Evans, deputy = Dominik\n"
    "[03/12/26, 19:42] Me: Nia asked about moving and handling\n"
    "[03/12/26, 19:43] Me: decision friday\n"
    "[03/12/26, 19:44] Me: - Precious Ndlovu (me)\n"
)


def test_a_pasted_chat_is_read_as_its_messages() -> None:
    candidate, company, role, people = _reading(CHAT)
    assert candidate == "Precious Ndlovu"
    assert company == "Larchfield Nursing Home"
    assert role == "Weekend Support Worker"
    assert people == ["Nia Evans", "Dominik"]


def test_unchat_leaves_notes_with_a_time_or_two_alone() -> None:
    notes = "[10:00] intro\n[10:15] panel\nAcme Ltd - Buyer\nmet Ann Lee\n"
    assert unchat(notes) == notes
    assert unchat(CHAT).splitlines()[:2] == ["Date: 03/12/26", "how did it go??"]


def test_title_equals_name_pairs_need_a_job_on_the_left() -> None:
    assert read_header("job = Sam Reyes, shift = Nights\n").people == []
    header = read_header("Acme Ltd\nowner = Kat Sims, foreman = Ole\n")
    assert [(p.name, p.title) for p in header.people] == [("Kat Sims", "owner"), ("Ole", "foreman")]


# -- lower-case notes, bare names, lines that open with the people ---------------------------


def test_a_lower_case_thing_after_w_slash_is_no_person_in_notes_typed_with_capitals() -> None:
    notes = (
        "Mr. Hale (deputy head) - Brookfield Primary\n"
        "Job: Reception Teacher\n"
        "Interview: monday, read a story w/ puppet animals\n"
        "Me: Ada Price\n"
    )
    candidate, company, _, people = _reading(notes)
    assert (candidate, company, people) == ("Ada Price", "Brookfield Primary", ["Hale"])
    lower = "met w/ tomás ruiz (site lead) at kestrel build\nme: ada price\n"
    assert _reading(lower)[3] == ["Tomás Ruiz"]


def test_a_one_line_note_with_the_place_in_brackets_and_the_writer_signed_after() -> None:
    notes = (
        "saw priya at the cafe (Bean & Gone) for the shift lead job tues, talked latte art "
        "and the rota, she said she'll call. -- me, Tom Ashby"
    )
    candidate, company, _, people = _reading(notes)
    assert (candidate, company, people) == ("Tom Ashby", "Bean & Gone", [])
    notes = notes.replace("saw priya", "met priya")
    assert _reading(notes)[3] == ["Priya"]
    assert _reading("lunch at the pub (my treat) -- me, Tom Ashby\n")[1] != "my treat"


def test_a_lower_case_person_with_a_title_in_brackets_opens_a_line() -> None:
    notes = (
        "quillon books — shop assistant\ninterviewed weds\nme: Ama Boateng\n\n"
        "josie marr (manager) — on her own\n - asked about the till\n"
    )
    assert _people(notes) == {"Josie Marr": (None, "manager")}
    notes = notes.replace("josie marr (manager)", "book club (monthly)")
    assert _people(notes) == {}


def test_a_bare_lower_case_name_under_the_opening_lines_is_the_writer() -> None:
    notes = "hollin lifts — lift engineer\nmon 4/6 at the depot on Mill st\nkofi mensah\n\nasked\n"
    assert _reading(notes)[0] == "Kofi Mensah"
    notes = "hollin lifts — lift engineer\nmon 4/6 at the depot on Mill st\nroute planning\n"
    assert _reading(notes)[0] is None


def test_a_vietnamese_name_label_and_letters_before_the_company_name() -> None:
    notes = "SLT - Saigon Link Transport Co.\nRole: Freight Clerk\nTên tôi: Trần Minh Anh\n"
    candidate, company, _, _ = _reading(notes)
    assert (candidate, company) == ("Trần Minh Anh", "Saigon Link Transport Co")
    assert read_header("ABC - Project Manager\n").company != "Project Manager"


def test_notes_interview_before_the_company_and_a_date() -> None:
    header = read_header("Notes interview Larkspur Travel — 3 May 2026, by Zoom\n")
    assert header.company == "Larkspur Travel"


def test_university_then_its_department_is_the_university() -> None:
    header = read_header("Role: Lecturer\nUniversity of Keswick, School of Law\nFri 2 Oct\n")
    assert header.company == "University of Keswick"
    header = read_header("Role: Lecturer\nUniversity of Keswick, Chris Bell\n")
    assert header.company != "University of Keswick, Chris Bell"


def test_a_text_message_says_who_writes_from_where_and_the_writer_says_the_job() -> None:
    notes = (
        "Hi Sam, it's Bo w/ Fernhill Garden Design. Can you come Friday?\n"
        "ok!\n\n"
        "Sam Kerr (me) - landscape gardener / team leader\n"
        "BJ = Bartholomew Jones, site foreman. wants to see a dry stone wall\n"
    )
    candidate, company, role, people = _reading(notes)
    assert (candidate, company) == ("Sam Kerr", "Fernhill Garden Design")
    assert role == "Landscape Gardener / Team Leader"
    assert "Bartholomew Jones" in people
    assert _reading("it's me with Bad News.\n")[1] is None


def test_the_writers_name_then_notes_under_a_pasted_invitation() -> None:
    notes = (
        ">>> from calendar:\nInterview - Rigger - Northgate Lifting\n"
        "Mon Jun 8, 2026 7:00am\n<<<\n\n"
        "Petra Novak - my notes from the yard\n\nsam okoro - site mgr. asked about slings\n"
    )
    assert _reading(notes)[0] == "Petra Novak"
    assert _reading(notes.replace("my notes from the yard", "site manager"))[0] != "Petra Novak"


def test_notes_typed_without_capitals_a_business_then_the_day_and_a_who_label() -> None:
    notes = (
        "HALVORSEN PIPE & VALVE. WEDS 3/4. 8AM.\nJOB: PIPEFITTER.\nME: ROSA DIAZ.\n\n"
        "WHO: INGRID HALVORSEN. OWNER.\nSHE ASKED ABOUT ORBITAL WELDING.\n"
    )
    candidate, company, role, people = _reading(notes)
    assert (candidate, company, people) == (
        "Rosa Diaz",
        "Halvorsen Pipe & Valve",
        ["Ingrid Halvorsen"],
    )
    assert role == "Pipefitter"
    assert _reading(notes.replace("HALVORSEN PIPE & VALVE.", "GOT THERE EARLY."))[1] is None


def test_applying_for_labels_the_job() -> None:
    notes = (
        "inkwell studio - portfolio review\nme: Ola Berg\napplying for: junior designer, print\n"
    )
    assert _reading(notes)[2] == "Junior Designer"


def test_an_aside_about_what_a_person_is_called_is_no_title() -> None:
    notes = 'brightvale vets - nurse\nmet w/ dr. adebayo (tunde? goes by "tee") + mo (reception)\n'
    people = _people(notes + "me: Ana Lima\n")
    assert people["Adebayo"] == ("Dr.", None)
    assert _people("Acme Ltd - Buyer\nWith: Ann Lee (head buyer)\nMe: Bo Ek\n") == {
        "Ann Lee": (None, "head buyer")
    }


APPOINTMENT = (
    "-----Original Appointment-----\n"
    "From: Careers <hiring@ashgrove-water.co.uk>\n"
    "Sent: 02 March 2026 09:10\n"
    "To: Mairi Lennox\n"
    "Subject: Interview: Asset Planner - Loch Ard Treatment Works\n"
    "When: Monday, 9 March 2026 14:00-15:00\n"
    "Where: Ashgrove Stirling depot, Unit 4\n"
    "Panel: Duncan Reid (Asset Manager), Ola Nowak (Planning Lead)\n"
    "____\n\n"
    "notes on the bus. Duncan asked about the sludge dewatering programme\n"
)


def test_a_forwarded_appointment_gives_its_guest_the_job_and_the_senders_company() -> None:
    candidate, company, role, people = _reading(APPOINTMENT)
    assert (candidate, company, role) == ("Mairi Lennox", "Ashgrove Water", "Asset Planner")
    assert people == ["Duncan Reid", "Ola Nowak"]
    elsewhere = APPOINTMENT.replace("Ashgrove Stirling depot", "Stirling Business Park")
    assert _reading(elsewhere)[1] != "Ashgrove Water"


def test_the_specific_detail_finding_never_lists_names_as_topics() -> None:
    """Notes typed in lower case name the candidate and a colleague as often as any topic:
    the finding lists what was discussed, not "marta, okoye" (the signer and a colleague)."""
    notes = (
        "me: marta kowal. met w/ dr okoye + lena from reception\n"
        "okoye asked abt dental radiographs, okoye liked my radiographs answer\n"
        "lena asked if marta can do weekend rota, marta said yes. marta marta marta\n"
    )
    generic = (
        "Hi Lena,\n\nThank you for your time today. I enjoyed our conversation and I'm excited "
        "about the role.\n\nBest regards,\nMarta Kowal"
    )
    context = Context(recipient="Lena", known_facts=notes, other_topics={"Okoye": ["x"]})
    findings = Checker.from_settings().check(generic, MessageKind.THANK_YOU, context).findings
    [finding] = [f for f in findings if f.rule_id == "etiquette.specific-detail"]
    assert "marta" not in finding.message and "okoye" not in finding.message, finding.message
    assert "radiographs" in finding.message
