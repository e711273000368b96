"""The writer's own name by the place it stands (writerplace.py), and the facts the reader
took from that place undone (issue 7, round 15). Every form is written here in words of its
own, none copied from eval/; each has notes that should be read and the nearest misreading,
which should not."""

from __future__ import annotations

import datetime as dt

from followup.models import Brief, Notes
from followup.notefacts import _company_not_the_job, _corrected_names
from followup.noteheader import Header, Person, _signed_org
from followup.notes import understand_notes

TODAY = dt.date(2026, 11, 26)


def brief(text: str) -> Brief:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY).brief


def met(b: Brief) -> list[str]:
    return [p.name for p in b.interviewers]


# (1) a name in the heading the notes never use again, above the people met

_PILOTS = (
    "Wexford Harbour Pilots — Marine Pilot Trainee, 3 Nov\n"
    "{line}\n\n"
    "PANEL:\n"
    "- Aoife Doyle — Chief Pilot\n"
    "- Ruairi Kehoe — Training Officer\n\n"
    "Aoife asked about passage planning in fog and the new VTS rules.\n"
    "Ruairi asked how I keep my logbook and about the boarding ladder checks.\n"
)


def test_a_name_in_the_heading_never_used_again_over_a_panel_is_the_writer() -> None:
    b = brief(_PILOTS.format(line="Tomasz Brennan (MSc Nautical Science, final year)"))
    assert b.candidate == "Tomasz Brennan"
    assert "Tomasz Brennan" not in met(b)
    assert sorted(met(b)) == ["Aoife Doyle", "Ruairi Kehoe"]


def test_a_heading_name_the_notes_speak_of_again_is_someone_met() -> None:
    text = _PILOTS.format(line="Declan Furlong (Harbour Master)") + "Declan showed me the tugs.\n"
    b = brief(text)
    assert b.candidate != "Declan Furlong"


def test_the_employers_own_heading_is_no_writer() -> None:
    b = brief(
        _PILOTS.replace("Wexford Harbour Pilots — Marine Pilot Trainee, 3 Nov", "Harbour").format(
            line="Wexford Harbour Pilots — Marine Pilot Trainee"
        )
    )
    assert b.candidate is None


def test_the_writers_line_under_a_my_notes_rule_after_a_pasted_invitation() -> None:
    text = (
        "> From: Port Recruitment <jobs@portexample.org>\n"
        "> Subject: Interview - Harbour Clerk\n"
        "> Dear Deirdre, you are invited to interview with Mrs Kinsella and Owen Furlong.\n\n"
        "------- my notes, on the bus -------\n"
        "Dee Roche - Harbour Clerk, Port of Rosslare - 3/11\n\n"
        "Panel: Mrs Kinsella (chair) + Owen Furlong (Ops Lead)\n"
        "- Owen asked about berth bookings and the pilot rota\n"
        "- Mrs Kinsella asked about dealing with hauliers at the gate\n"
    )
    b = brief(text)
    assert b.candidate == "Dee Roche"
    assert "Dee Roche" not in met(b)
    assert b.role == "Harbour Clerk"


def test_a_name_then_the_job_at_the_employer_is_the_writer_and_names_both() -> None:
    text = (
        "Thornleigh tues 3rd march\n\n"
        "Orla Fenwick - assistant yard manager job at Thornleigh Livery Stables, Malton\n"
        "Saw Mrs Pike (the owner, Hilary Pike) in the tack room\n"
        "- she asked about the turnout rota and worming plans\n"
    )
    b = brief(text)
    assert (b.candidate, b.company) == ("Orla Fenwick", "Thornleigh Livery Stables")
    assert b.role is not None and b.role.lower() == "assistant yard manager"


# (2) one part of a heading typed in lower case


def test_a_lower_case_name_part_beside_the_club_and_the_job() -> None:
    text = (
        "saoirse quinn - dunmore fc kit coordinator - sat 7 march 2026\n\n"
        "met w/ Pat Dolan (club secretary) in the clubhouse, pat asked about laundry for the "
        "u14s and match day kit and i said i ran it for the camogie team\n"
    )
    b = brief(text)
    assert (b.candidate, b.company, b.role) == ("Saoirse Quinn", "Dunmore FC", "Kit Coordinator")


def test_a_lower_case_part_the_notes_speak_of_again_is_no_writer() -> None:
    text = (
        "pat dolan - dunmore fc kit coordinator - sat 7 march 2026\n\n"
        "pat asked about laundry for the u14s and match day kit\n"
    )
    assert brief(text).candidate is None


def test_a_company_then_its_job_in_lower_case_is_no_name() -> None:
    text = "kestrel lifts — service engineer\nmon 4/6 at the depot\n\nasked about LOLER\n"
    assert brief(text).candidate is None


def test_the_company_and_the_notes_word_then_the_writer() -> None:
    text = (
        "amber & finch notes — tobias wren\n\n"
        "2 march, went to Amber & Finch in Hexham for the bench jeweller job, Clara Finch the "
        "owner asked about stone setting and I said I did pavé at Cartwrights\n"
    )
    b = brief(text)
    assert (b.candidate, b.company) == ("Tobias Wren", "Amber & Finch")


def test_a_name_then_notes_under_a_mail_that_greets_the_writer() -> None:
    text = (
        "From: Ines Hartley <ines.hartley@fellsidecamps.org>\n"
        "Subject: Camp Warden\n\n"
        "Dear Bram,\n\nThank you for coming to Fellside Camps. We chose another candidate.\n\n"
        "Best wishes,\nInes Hartley\nCamp Director, Fellside Camps\n\n"
        "bram oduya - notes\n\n"
        "- Ines: how i'd run the volunteer rota, i talked about the scout camp\n"
    )
    b = brief(text)
    assert b.candidate == "Bram Oduya"
    assert met(b) == ["Ines Hartley"]


# (3) a heading that says it is the candidate's file


def test_a_heading_labelled_as_the_applicants_record() -> None:
    text = (
        "APPLICANT RECORD — Matthias Oyelaran (BSL interpreter)\n\n"
        "Interviewer: Ms Yvonne Carr, Service Manager\n"
        "- Yvonne asked about booking medical appointments\n"
    )
    b = brief(text)
    assert b.candidate == "Matthias Oyelaran"
    assert b.company != "Applicant Record"


def test_a_candidate_label_beside_a_job_names_no_one() -> None:
    text = (
        "Candidate notes — Senior Buyer\n\nInterviewer: Ms Yvonne Carr, Head of Buying\n"
        "- Yvonne asked about supplier audits\n"
    )
    assert brief(text).candidate is None


# (4) the name, then "me" beside it


def test_a_name_with_me_beside_it() -> None:
    text = (
        "Diary - Tue 3 Nov\n\nInterview for Ticket Office Assistant at Carrow Road Theatre. "
        "Dermot Hale, me, 41 and nervous. Panel was Mrs Iris Gold, Box Office Manager.\n"
        "Mrs Gold asked about refunds.\n"
    )
    assert brief(text).candidate == "Dermot Hale"


def test_a_name_in_a_list_with_me_is_not_the_writer() -> None:
    text = (
        "Diary - Tue 3 Nov\n\nInterview for Ticket Office Assistant at Carrow Road Theatre. "
        "Mrs Gold asked Dermot Hale, me and Sinead about refunds.\n"
    )
    assert brief(text).candidate != "Dermot Hale"


# (5) a pasted invitation


_TO_OWN = (
    "---------- Forwarded message ---------\n"
    "From: {sender}\n"
    "Subject: Interview invitation – Studio Potter\n"
    "To: {to}\n\n"
    "Dear {greeted},\n\nWe are pleased to invite you to interview with Bruno Ferri, Studio "
    "Manager.\n\nKind regards,\nKilnworth Pottery\n\n"
    "my notes\n- Bruno asked about glaze testing\n"
)


def test_an_invitation_to_the_writers_own_address_that_greets_them() -> None:
    text = _TO_OWN.format(
        sender="Kilnworth Pottery <jobs@kilnworth.co.uk>",
        to="<ines.varga.makes@gmail.com>",
        greeted="Ines",
    )
    assert brief(text).candidate == "Ines Varga"


def test_a_mail_the_writer_sent_from_their_own_address_is_read_the_other_way() -> None:
    text = _TO_OWN.format(
        sender="Ines Varga <ines.varga@gmail.com>", to="<tom.hale@gmail.com>", greeted="Tom"
    )
    assert brief(text).candidate != "Tom Hale"


_TITLED = (
    "Interview: Pastry Chef – {name}\n"
    "Thursday, 5 November 2026 09:00-10:00\n"
    "Organizer: Bruno Ferri\n"
    "Required: Nadia Kowal; Elsa Berg\n\n"
    "-- my notes --\n"
    "Bruno = Head Chef, Elsa = Pastry Lead\n"
    "- Bruno asked about lamination and the croissant yield\n"
    "- Elsa asked about allergens on the dessert menu\n"
)


def test_an_invitation_titled_with_the_guest_whose_interview_it_is() -> None:
    b = brief(_TITLED.format(name="Nadia Kowal"))
    assert b.candidate == "Nadia Kowal"
    assert "Nadia Kowal" not in met(b)


def test_an_invitation_titled_with_its_organiser_names_no_writer() -> None:
    assert brief(_TITLED.format(name="Bruno Ferri")).candidate != "Bruno Ferri"


# (6) a name alone in lower case under a heading in capitals


def test_a_lower_case_name_alone_under_a_heading_in_capitals() -> None:
    text = (
        "KESTREL HAULAGE - class 1 driver (nights)\nniamh doyle\n\n"
        "mon 02/11 video call\n- Brian Walsh, Transport Manager - asked about tachographs\n"
        "1405 - walk-round checks\nBrian said they'd call by friday\n"
    )
    assert brief(text).candidate == "Niamh Doyle"


def test_a_lower_case_name_under_capitals_spoken_of_again_is_someone_met() -> None:
    text = (
        "KESTREL HAULAGE - class 1 driver (nights)\nbrian walsh\n\n"
        "mon 02/11 video call\nbrian asked about tachographs\n"
    )
    assert brief(text).candidate != "Brian Walsh"


# facts the reader took wrongly, undone


def test_a_company_that_is_the_jobs_opening_words_gives_way_to_the_mails_sender() -> None:
    header = Header(company="Head Pastry", role="Head Pastry Chef")
    raw = (
        "From: Brackenfell Hotel HR <people@brackenfellhotel.co.uk>\n\nThe Brackenfell Hotel & Spa"
    )
    _company_not_the_job(header, raw)
    assert header.company == "Brackenfell Hotel"


def test_a_company_that_only_shares_a_word_with_the_job_stays() -> None:
    header = Header(company="Pastry Lab", role="Head Pastry Chef")
    _company_not_the_job(header, "From: A <a@pastrylab.co>\n")
    assert header.company == "Pastry Lab"


def test_a_signatures_region_is_no_company() -> None:
    mail = "Kind regards,\nIfeoma Danso\nArea Lead, South West\n"
    assert _signed_org(mail) is None
    assert _signed_org("Kind regards,\nIfeoma Danso\nArea Lead, Brightwell Foods\n") == (
        "Brightwell Foods"
    )


def test_a_name_corrected_in_its_own_aside() -> None:
    text = (
        "Thornleigh Livery - yard hand - 3 Nov\n\n"
        "Saw Mrs Pike + Collum Ward the head lad (COLM not collum autocorrect)\n"
        "Colm:\n- asked about mucking out 12 boxes before 8\n\nMe: Orla Fenwick\n"
    )
    b = brief(text)
    assert "Colm Ward" in met(b) and "Collum Ward" not in met(b)


def test_an_aside_that_corrects_no_word_of_the_name_is_kept() -> None:
    header = Header(people=[Person("Colm Ward", "yard lead not trainee")])
    _corrected_names(header)
    assert (header.people[0].name, header.people[0].title) == ("Colm Ward", "yard lead not trainee")


# (7) a heading set off by decorations


def test_a_decorated_heading_holds_the_company_then_the_writer_and_job() -> None:
    text = (
        "=== BRAMBLE & BIRCH BAKEHOUSE ===   Ilse Maartens — Head Baker\n\n"
        "met Tobi Fane, owner. Tobi asked about the sourdough schedule and the deck oven\n"
    )
    b = brief(text)
    assert (b.candidate, b.company, b.role) == (
        "Ilse Maartens",
        "Bramble & Birch Bakehouse",
        "Head Baker",
    )


def test_a_decorated_heading_over_the_person_met_names_no_writer() -> None:
    text = (
        "=== BRAMBLE & BIRCH BAKEHOUSE ===   Tobi Fane — Owner\n\n"
        "Tobi asked about the sourdough schedule and the deck oven\n"
    )
    assert brief(text).candidate != "Tobi Fane"


# (8) the company and role where the writer's name had been read for them


def test_the_role_under_a_position_applied_label_once_the_name_is_undone() -> None:
    text = (
        "INTERVIEW REPORT - 03/11/2026\n\nName: Kojo Asante-Mensah\n"
        "Position applied: Fleet Maintenance Supervisor\n"
        "Organisation: Volta River Haulage Ltd, Tema\n\n"
        "Panel:\n1. Mrs. Ama Boateng - Head, Fleet Services\n\n"
        "Mrs. Boateng asked about preventive maintenance schedules.\n"
    )
    b = brief(text)
    assert (b.candidate, b.role) == ("Kojo Asante-Mensah", "Fleet Maintenance Supervisor")


def test_a_tryout_heading_names_the_restaurant_not_the_writer() -> None:
    text = (
        "sora izakaya tryout 11/3/26 (tues) 3pm\n\n"
        "aiko tanaka - yakitori cook position\n\n"
        "hiro (chef/owner, Hiroshi Sato)\n- hiro asked me to skewer + grill tsukune\n"
    )
    b = brief(text)
    assert b.company == "Sora Izakaya"
    assert b.candidate == "Aiko Tanaka"


def test_a_calendar_guest_on_the_employers_domain_names_the_company() -> None:
    text = (
        "Interview – Colourist – Pia Lindqvist\n"
        "Tuesday, 3 November · 14:00 – 15:00\n"
        "Organiser: Marek Nowak\n"
        "Guests:\n"
        "Marek Nowak - organiser\n"
        "pia.lindqvist.grade@gmail.com\n"
        "people@coldharbourpost.co.uk\n\n"
        "Coldharbour Post (Soho). Marek = Head of Picture\n"
        "- Marek asked about ACES workflows and HDR trims\n"
    )
    b = brief(text)
    assert (b.candidate, b.company) == ("Pia Lindqvist", "Coldharbour Post")
    assert met(b) == ["Marek Nowak"]


def test_the_company_opening_the_line_under_the_notes_rule() -> None:
    text = (
        "Interview: Rigging Lead – Sam Oduya\n"
        "Organizer: Petra Holm\nRequired: Sam Oduya; Petra Holm\n\n"
        "-- my notes --\n"
        "Gantry Works Ltd, Leeds (by the arena). Petra = Head of Production\n"
        "- Petra asked about load calcs and hoist inspections\n"
    )
    b = brief(text)
    assert (b.candidate, b.company) == ("Sam Oduya", "Gantry Works Ltd")


# (9) a run-on that opens with the writer's name and their own clause; an initial sign-off


def test_a_paragraph_opening_with_the_name_then_the_writers_own_clause() -> None:
    text = (
        "Glenmuick - Tues 3rd Nov\n\n"
        "Ruaridh Sinclair, went up to Glenmuick Estate for the stalker job, met Fiona Grant "
        "the factor at the lodge and Fiona asked about deer counts and the cull plan\n"
    )
    b = brief(text)
    assert (b.candidate, b.role) == ("Ruaridh Sinclair", "Stalker")


def test_an_opening_name_the_notes_speak_of_again_is_someone_met() -> None:
    text = (
        "Glenmuick - Tues 3rd Nov\n\n"
        "Fiona Grant, went up the hill with her in the Argo, Fiona asked about deer counts\n"
    )
    assert brief(text).candidate != "Fiona Grant"


def test_an_initial_sign_off_picks_the_name_with_letters_after_it() -> None:
    text = (
        "Tuesday, 3 November 2026\n\nDear diary,\n\nInterview for the permanent Grade Two "
        "position at Larchfield Public School. Tomas Reyes, OCT, in a room at last! Mrs. Ines "
        "Holt, the principal, asked about play-based learning.\n\nFingers crossed.\n— T.\n"
    )
    b = brief(text)
    assert (b.candidate, b.company) == ("Tomas Reyes", "Larchfield Public School")


def test_an_initial_sign_off_with_no_such_name_reads_no_one() -> None:
    text = (
        "Tuesday, 3 November 2026\n\nInterview at Larchfield Public School. Mrs. Ines Holt, "
        "OCT, the principal, asked about play-based learning.\n— T.\n"
    )
    assert brief(text).candidate is None


def test_a_panel_written_with_arrows() -> None:
    text = (
        "# Brookside Dental — interview 3/11/2026\n\nMe: Tara Quinn\n\nPanel:\n"
        "- Dr Omar Haddad → principal dentist (very calm)\n- Lucy Fenn → practice manager\n\n"
        "## Dr H\n- → asked about infection control\n## Lucy\n- → asked about the rota\n"
    )
    assert [(p.name, p.title) for p in brief(text).interviewers] == [
        ("Omar Haddad", "principal dentist"),
        ("Lucy Fenn", "practice manager"),
    ]


def test_an_arrow_in_a_topic_line_names_no_one() -> None:
    text = (
        "# Brookside Dental — interview 3/11/2026\n\nMe: Tara Quinn\n\nPanel:\n"
        "- Lucy Fenn → practice manager\n\n## Lucy\n- Infection Control → she asked about it\n"
    )
    assert [p.name for p in brief(text).interviewers] == ["Lucy Fenn"]
