"""Forms batches F and G wrote facts in that the reader missed (round 9): an organisation's name
before "- interview", a "me" label in another language and a name in two scripts, ", that's
me", "Panel was A, Title, and B, Title", people by their initials ("GA:", "Dr B-M"), a pasted
mail (quoted, in bold, the recipient by name alone, the company in its signature, its Date: no
interview date), "interviewed by A, Title, and B, Title", the contact said by "NOT to Tom".
Made-up notes in other names and layouts; each form has a should-read and a should-not-read
example."""

from __future__ import annotations

import datetime as dt

from followup.models import Notes
from followup.noteheader import read_header, read_mail_headers
from followup.notenames import initials_match
from followup.notes import understand_notes
from followup.notetext import normalize_notes
from followup.privacy import pay_evidence

TODAY = dt.date(2026, 6, 20)


def _reading(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    brief = understand_notes(Notes(text=text, source="t.txt"), TODAY).brief
    return (
        brief.candidate,
        brief.company,
        brief.role,
        [i.name for i in brief.interviewers],
    )


def _about(notes: str, words: str) -> str | None:
    """Whom the reader ties the first line holding these words to."""
    reading = understand_notes(Notes(text=notes, source="t.txt"), TODAY)
    return next((ln.about for ln in reading.lines if words in ln.text), "no such line")


# -- an organisation's name, then "- interview" ------------------------------------------------


def test_an_organisation_before_interview_on_the_title_line_is_the_company() -> None:
    for org in ("BrightPath Roofing & Siding", "Tallow & Thyme Catering", "Norbeck Freight Ltd"):
        header = read_header(f"{org} - interview\nJob: Estimator\nme - Ada Quist\n")
        assert header.company == org


def test_a_person_or_a_job_before_interview_is_no_company() -> None:
    assert read_header("Ada Quist - interview\nJob: Estimator\n").company is None
    header = read_header("senior roofing estimator - interview\n")
    assert header.company is None
    assert header.role is not None and "Estimator" in header.role


# -- "me" in another language, a name in two scripts -------------------------------------------


def test_a_korean_me_label_with_the_name_in_two_scripts_gives_the_latin_one() -> None:
    header = read_header("# 면접 노트 — Hanbit Logistics\n나: 김지호 / Jiho Kim\n포지션: Buyer\n")
    assert header.candidate == "Jiho Kim"
    assert header.company == "Hanbit Logistics"
    assert header.role == "Buyer"
    header = read_header("나: Mina Cho / 조민아 (in mail: Mina)\n")
    assert header.candidate == "Mina Cho"


def test_a_me_label_with_two_latin_parts_is_not_cut_to_one() -> None:
    header = read_header("Me: Ana Ruiz / ana@example.com\nCompany: Tallow Foods\n")
    assert header.candidate != "ana@example.com"


def test_a_role_label_keeps_the_job_and_drops_the_team_after_a_dash() -> None:
    assert read_header("Role: Payroll Officer — Finance team\n").role == "Payroll Officer"
    assert read_header("Role: Account Executive — Mid-Market\n").role == (
        "Account Executive — Mid-Market"
    )


# -- ", that's me"; "Panel was A, Title, and B, Title" -----------------------------------------


def test_a_name_then_thats_me_after_a_comma_is_the_writer() -> None:
    for line in ("Rhona Baxter, that's me, writing on the bus.", "Idris Vale, this is me."):
        assert read_header(f"Interview diary\n\n{line}\n").candidate == line.split(",")[0]


def test_a_name_then_a_comma_and_a_sentence_about_me_is_not_the_writer() -> None:
    header = read_header("Interview diary\n\nRhona Baxter, that's who told me about it.\n")
    assert header.candidate is None


def test_a_panel_said_in_prose_after_the_opening_paragraphs_names_its_people() -> None:
    notes = (
        "Interview diary, 3 March\n\nHarbour Arts Trust. Gallery Assistant.\n\n"
        "Rhona Baxter, that's me.\n\n"
        "Panel was Dr. Mairi Lennox, Head of Collections, and Tam Orr, Visitor Services Lead. "
        "Both kind.\n"
    )
    candidate, company, _, people = _reading(notes)
    assert candidate == "Rhona Baxter"
    assert company == "Harbour Arts Trust"
    assert people == ["Mairi Lennox", "Tam Orr"] or sorted(people) == ["Mairi Lennox", "Tam Orr"]


def test_a_panel_word_in_a_sentence_is_no_list_of_people() -> None:
    header = read_header("Notes\n\nThe panel was friendly, and Tam Orr, the lead, asked most.\n")
    assert "Friendly" not in [p.name for p in header.people]


# -- people by their initials --------------------------------------------------------------------


def test_initials_name_the_person_whose_name_they_abbreviate() -> None:
    assert initials_match("TBS", "Tunde Bakare-Sloane")
    assert initials_match("Dr B-M", "Fionnuala Baird-Menzies")
    assert initials_match("R O-G", "Rebecca Oduya-Grant")
    assert initials_match("HTW", "Hamish Te Whare")
    assert initials_match("GA", "Gillian Achterberg")


def test_words_in_capitals_and_one_letter_are_no_initials() -> None:
    assert not initials_match("HR", "Helen Reyes")  # "HR said ..." is the department
    assert not initials_match("PM", "Priya Mehta")
    assert not initials_match("G", "Gillian Achterberg")
    assert not initials_match("GB", "Gillian Achterberg")
    assert not initials_match("GA", "Gillian")


def test_a_part_headed_by_initials_is_that_persons() -> None:
    notes = (
        "Interview - Brightwater Ltd - Planner\nme: Ada Quist\n\npanel:\n"
        "- Mrs Gillian Achterberg - Transport Services Manager\n"
        "- Olu Dare-Benson - Flow Lead\n\n"
        "ODB:\n- asked about the discharge lounge delays\n"
    )
    assert _about(notes, "discharge lounge") == "Olu Dare-Benson"


def test_the_contact_named_by_initials_goes_first() -> None:
    notes = (
        "Interview diary\n\nRhona Baxter, that's me.\n\nHarbour Arts Trust. Gallery Assistant.\n\n"
        "Panel was Tam Orr, Visitor Services Lead, and Dr. Mairi Lennox-Reid, Head of "
        "Collections.\n\nNext steps: Dr L-R will be in touch by email.\n"
    )
    assert _reading(notes)[3][0] == "Mairi Lennox-Reid"


# -- a pasted mail ---------------------------------------------------------------------------


def test_a_quoted_mail_in_bold_names_the_writer_its_company_and_people() -> None:
    notes = (
        "> **From:** Careers Team <careers@tallowfoods.co.uk>\n"
        "> **Sent:** 2 March 2026 09:10\n"
        "> **To:** Ines Albrecht\n"
        "> **Subject:** Interview – Quality Technician\n>\n"
        "> Dear Ines,\n>\n"
        "> We are pleased to invite you to interview on **9 March 2026 at 10:00**. You will be "
        "interviewed by Ms Ruth Kemp, Quality Manager, and Obi Nwosu, Shift Lead.\n>\n"
        "> Kind regards,\n> Careers Team\n> Tallow Foods Ltd\n\n---\n\nnotes after\n"
        "- Kemp asked about HACCP audits\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.md"), TODAY)
    brief = reading.brief
    assert brief.candidate == "Ines Albrecht"
    assert brief.company == "Tallow Foods Ltd"
    assert [i.name for i in brief.interviewers] == ["Ruth Kemp", "Obi Nwosu"]
    assert brief.interview_date == dt.date(2026, 3, 9)  # not the Sent: date


def test_a_mail_to_a_name_that_it_does_not_greet_names_no_writer() -> None:
    header = read_header("Notes\n")
    read_mail_headers(
        "From: Ruth Kemp <ruth@tallowfoods.co.uk>\nTo: Obi Nwosu\nSubject: shifts\n\nHi team,\n",
        header,
    )
    assert header.candidate is None


def test_a_mails_date_line_is_dropped_but_a_notes_date_label_is_kept() -> None:
    mail = "From: A B <a@x.com>\nDate: Mon, Nov 23, 2026\nSubject: Interview\n\nHi,\n"
    assert "Nov 23" not in normalize_notes(mail)
    assert "Date: 2026-11-20" in normalize_notes("Company: Acme\nDate: 2026-11-20\n")


def test_a_signature_with_a_bar_gives_the_company_and_the_employer_is_no_person() -> None:
    notes = (
        "---------- Forwarded message ---------\n"
        "From: Lise Moreau <lmoreau@northfcu.org>\n"
        "Date: Thu, Apr 16, 2026 at 3:02 PM\n"
        "Subject: Interview Confirmation - Loan Officer\n"
        "To: Sam Beck <sam.beck@gmail.com>\n\n"
        "Hi Sam,\n\nThanks for your interest in the Loan Officer position with North Federal "
        "Credit Union. You're confirmed for Tuesday, April 21, 2026.\n\n"
        "Best,\nLise Moreau\nTalent Partner | North Federal Credit Union\n\n---\nmy notes\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.txt"), TODAY)
    assert reading.brief.company == "North Federal Credit Union"
    assert "North Federal Credit Union" not in [i.name for i in reading.brief.interviewers]
    assert reading.brief.interview_date == dt.date(2026, 4, 21)


def test_a_team_mailbox_is_no_person_met() -> None:
    header = read_header("Notes\n")
    read_mail_headers("From: Graduate Recruitment <grad@firm.co.uk>\nTo: Ines Albrecht\n", header)
    assert header.people == []


# -- who the next message goes to --------------------------------------------------------------


def test_the_contact_said_with_not_to_the_other_goes_first() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Tom Hale (VP), Lise Moreau (Talent Partner)\n\n"
        "Tom asked about turn times.\n"
        "5/2 - nothing yet. Send a short note to LISE today, NOT to Tom.\n"
    )
    assert _reading(notes)[3][0] == "Lise Moreau"


def test_not_to_alone_makes_no_one_the_contact() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Tom Hale (VP), Lise Moreau (Talent Partner)\n\n"
        "Tom asked about turn times.\nwrite a note but not to Lise.\n"
    )
    assert _reading(notes)[3] == ["Tom Hale", "Lise Moreau"]


def test_a_forgotten_point_goes_to_whose_concern_it_answers() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Ruth Kemp (Quality Manager), Obi Nwosu (Shift Lead)\n\n"
        "Ruth Kemp:\n- asked about audits\n\nObi Nwosu:\n- asked about the night shift rota\n"
        "- Forgot to say: I ran the BRC audit prep at Fenwick for two years.\n"
        "- That answers RK's concern.\n"
    )
    assert _about(notes, "BRC audit") == "Ruth Kemp"


def test_a_surname_cut_short_after_the_first_name_is_that_person() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Ruth Kemp (Quality Manager), Ciarán O'Donoghue (Senior Associate)\n\n"
        "Ciarán O'D\n- asked about the TUPE transfer\n"
    )
    assert _about(notes, "TUPE") == "Ciarán O'Donoghue"


# -- pay words that are the work's subject -----------------------------------------------------


def test_unpaid_wages_as_a_case_is_no_pay_remark() -> None:
    assert pay_evidence("I represented a claimant at a hearing (won on unpaid wages).") is None
    assert pay_evidence("We handle wage theft claims for hospitality workers.") is None


def test_wages_as_pay_stay_private() -> None:
    assert pay_evidence("the wages are better than my current job") is not None
    assert pay_evidence("wage is 19 an hour") is not None


# -- the writer's name said in passing ---------------------------------------------------------


def test_a_dash_byline_alone_near_the_top_is_the_writer() -> None:
    notes = "harbor ferries - deckhand\nintvw 4/14/26\n\n-Marta Ilves\n\nmet capt. Ruiz\n"
    assert read_header(notes).candidate == "Marta Ilves"


def test_a_dashed_name_in_a_list_of_people_is_no_byline() -> None:
    notes = "Harbor Ferries - Deckhand\nMet with:\n- Marta Ilves\n- Joe Pak\n\nMarta asked a lot.\n"
    assert read_header(notes).candidate is None


def test_me_then_a_name_in_a_run_on_sentence_is_the_writer() -> None:
    notes = "ok so interview today at the depot, me dana kowalczyk, been driving 8 yrs, went ok\n"
    assert read_header(notes).candidate == "Dana Kowalczyk"


def test_me_then_ordinary_words_names_no_one() -> None:
    assert read_header("interview today, me and sam went in together, ok\n").candidate is None
    assert read_header("it went well, me too happy, whatever\n").candidate is None


def test_a_name_and_title_line_above_a_panel_label_is_the_writer() -> None:
    notes = (
        "Hillcrest Arts Alliance -- Program Coordinator\nApril 3rd 2026\n"
        "Ines Calder-Ruiz, choir director, Westfield HS\n\n"
        "Panel: Dr. Omar Haddad (Executive Director) + Lu Chen (Grants Manager)\n\n"
        "Q (Dr. H): why leave teaching?\n"
    )
    header = read_header(notes)
    assert header.candidate == "Ines Calder-Ruiz"
    assert "Ines Calder-Ruiz" not in [p.name for p in header.people]


def test_a_person_line_whose_name_the_notes_use_again_is_no_byline() -> None:
    notes = (
        "Hillcrest Arts Alliance -- Program Coordinator\n"
        "Omar Haddad, executive director\n\n"
        "Panel: Omar Haddad + Lu Chen (Grants Manager)\n\nOmar asked why I left teaching.\n"
    )
    assert read_header(notes).candidate != "Omar Haddad"


def test_a_who_label_with_me_names_the_writer_not_a_person_met() -> None:
    header = read_header("SLUG: KXRA INTERVIEW // NIGHT PRODUCER\nWHO: LENA MARSH (me)\n")
    assert header.candidate == "Lena Marsh"
    assert header.people == []
    assert header.role == "Night Producer"


# -- people in the forms batches F and G wrote them ------------------------------------------


def test_an_honorific_and_surname_then_the_full_name_in_brackets_is_that_person() -> None:
    notes = "ms okafor the owner (Adaeze Okafor, she started the bakery) ran it\n"
    people = read_header(notes).people
    assert [(p.name, p.honorific, p.title) for p in people] == [("Adaeze Okafor", "Ms.", "owner")]
    header = read_header("Mr Brandt (the super - Otto Brandt, CGCS) walked me round\n")
    assert [p.name for p in header.people] == ["Otto Brandt"]


def test_brackets_that_hold_another_name_or_a_thing_are_no_person() -> None:
    people = [p.name for p in read_header("Mr Brandt (my old boss Otto Klein) said hi\n").people]
    assert "Otto Klein" not in people and "Otto Brandt" not in people
    notes = "Primavera P6 vs MS Project (I know P6, used it for the range construction project)\n"
    assert read_header(notes).people == []


def test_a_first_name_then_the_full_name_and_title_in_brackets_is_that_person() -> None:
    notes = "So it was mostly Priya (Priya Raman, clinic manager) for 40 minutes.\n"
    assert [(p.name, p.title) for p in read_header(notes).people] == [
        ("Priya Raman", "clinic manager")
    ]
    assert read_header("mostly Priya (Priya said she was new)\n").people == []


def test_a_name_is_the_title_opening_a_line_is_a_person() -> None:
    notes = "Diner GM interview\nmarta ilves is the district manager, all numbers\n"
    assert [(p.name, p.title) for p in read_header(notes).people] == [
        ("Marta Ilves", "district manager")
    ]
    assert read_header("Diner GM interview\nthe pie program is the main thing\n").people == []


def test_a_title_joined_by_and_is_one_title_not_a_second_person() -> None:
    from followup.noteheader import parse_people

    people = parse_people("Mr Dev Ramgoolam, Payroll & Pensions Manager")
    assert [(p.name, p.title) for p in people] == [("Dev Ramgoolam", "Payroll & Pensions Manager")]
    people = parse_people("Marjorie Fenn, Director of Patient & Family Services")
    assert [p.name for p in people] == ["Marjorie Fenn"]
    people = parse_people("Denise Yarborough, RHIA, CCS — Coding Manager, Outpatient & Pro Fee")
    assert [p.name for p in people] == ["Denise Yarborough"]


def test_two_people_joined_by_and_stay_two() -> None:
    from followup.noteheader import parse_people

    assert [p.name for p in parse_people("Sara Lind & Mike Tran")] == ["Sara Lind", "Mike Tran"]
    assert [p.name for p in parse_people("Ana Ruiz — Ops Lead, and Tom Hale")] == [
        "Ana Ruiz",
        "Tom Hale",
    ]


def test_a_list_of_faiths_or_groups_after_with_is_no_people() -> None:
    notes = "I met Dr. Amos Reid.\nI have sat with Muslim, Sikh and humanist families.\n"
    assert [p.name for p in read_header(notes).people] == ["Amos Reid"]


def test_a_timed_rundown_in_capitals_names_its_people() -> None:
    notes = (
        "RUNDOWN\n10:00 -- GIL RANSOM (News Director)\n  - breaking news\n"
        "10:45 -- TAMSIN OAKES (Asst. News Director)\n"
        "11:30 -- ROAD TEST (Diaz)\n"
    )
    assert [p.name for p in read_header(notes).people] == ["Gil Ransom", "Tamsin Oakes"]


def test_a_panel_heading_with_a_count_lists_its_people() -> None:
    notes = (
        "PANEL (3):\n Capt. Ray Hollis — Manager\n Ms. Dee Fair — Coordinator\n"
        " Tomás Ibarra — CPC\n"
    )
    assert [p.name for p in read_header(notes).people] == ["Ray Hollis", "Dee Fair", "Tomás Ibarra"]


def test_a_numbered_present_label_with_a_person_a_sentence() -> None:
    notes = "4. Present: Ms Ola Price, Director of Facilities. Gareth Lyle, Head of Safety.\n"
    assert [p.name for p in read_header(notes).people] == ["Ola Price", "Gareth Lyle"]
    notes = "Present: Ms Ola Price, Director of Facilities. She was kind.\n"
    assert [p.name for p in read_header(notes).people] == ["Ola Price"]


def test_people_after_a_panel_sentence_joined_by_and_are_each_read() -> None:
    notes = (
        "Two of them. Mr. Ade Blum, Director of Finance, and Yesenia Ruiz, Front Office Manager.\n"
    )
    assert [p.name for p in read_header(notes).people] == ["Ade Blum", "Yesenia Ruiz"]


def test_an_initial_then_the_called_name_in_brackets_is_the_writer() -> None:
    assert read_header("Candidate: R. Achterberg (Roz), CPC, CCS\n").candidate == "Roz Achterberg"
    assert read_header("Candidate: C. Ashdown, Ph.D. (Caroline)\n").candidate == "Caroline Ashdown"
    # a bracket that is no first name of that initial: the initial stays
    assert read_header("Candidate: R. Achterberg (remote)\n").candidate == "R. Achterberg"


# -- company and role --------------------------------------------------------------------------


def test_a_company_ends_where_lower_case_words_describe_it() -> None:
    notes = "interview today at the Crossroads Fuel & Diner corporate office in north platte\n"
    assert read_header(notes).company == "Crossroads Fuel & Diner"
    assert read_header("Interview at Bank of the West.\n").company == "Bank of the West"


def test_a_date_then_the_company_on_the_title_line() -> None:
    header = read_header("Mon 1st June — Northgate Fertility Clinic (Elm St)\nFront Desk Rep\n")
    assert header.company == "Northgate Fertility Clinic"
    header = read_header("12-Mar-2025 (Wed) — interviewed at Pellucid Insurance\n")
    assert header.company == "Pellucid Insurance"


def test_the_company_before_a_job_with_a_county_in_it_is_kept() -> None:
    header = read_header(
        "Stillwater Hospice & Palliative Care — Staff Chaplain, east county team\n"
    )
    assert header.company == "Stillwater Hospice & Palliative Care"
    assert header.role == "Staff Chaplain"
    header = read_header("Paralegal (litigation) -- Brennan, Achterberg & Moreau LLP\n")
    assert header.company == "Brennan, Achterberg & Moreau LLP"


def test_words_of_another_script_are_never_a_sure_phrase() -> None:
    from followup.notelines import PhraseKind, sure_phrase

    assert not sure_phrase("weekly hiring report 한글/영문 둘 다 필요", PhraseKind.TOPIC)
    assert sure_phrase("the weekly hiring report", PhraseKind.TOPIC)


def test_my_contact_for_names_who_the_next_message_goes_to() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Tom Hale (VP), Lise Moreau (Talent Partner)\n\n"
        "Tom asked about turn times.\nLise is my contact for everything.\n"
    )
    assert _reading(notes)[3][0] == "Lise Moreau"


# -- a date in words, people in prose, calendar events, a private heading ---------------------


def test_a_day_in_words_is_a_date() -> None:
    from followup.notes import parse_date

    assert parse_date("Thursday, the twenty-third of April, 2026", TODAY) == dt.date(2026, 4, 23)
    assert parse_date("the first of May 2026 — evening", TODAY) == dt.date(2026, 5, 1)
    assert parse_date("first round, second panel", TODAY) is None


def test_a_date_in_words_on_the_title_line_is_no_company() -> None:
    notes = (
        "Monday, the second of March, 2026 — evening, at the kitchen table\n\n"
        "So. Harrow Valley Growers Cooperative. The job is Field Coordinator.\n"
    )
    header = read_header(notes)
    assert header.company != "Monday, the second of March, 2026"


def test_paragraphs_that_open_with_a_person_in_prose_about_a_panel_name_the_panel() -> None:
    notes = (
        "Interview diary\n\nThree of them across a folding table.\n\n"
        "Mina Okoro chairs the board and grows pears. She ran it.\n\n"
        "Tobi Lind, cherries mostly, was the skeptic.\n"
    )
    assert [p.name for p in read_header(notes).people] == ["Mina Okoro", "Tobi Lind"]


def test_a_paragraph_that_opens_with_a_name_without_a_panel_names_no_one() -> None:
    notes = "Interview diary\n\nGerber Apiaries runs 600 colonies, I worked there two seasons.\n"
    assert read_header(notes).people == []


def test_an_icalendar_event_names_the_writer_the_people_the_job_and_the_company() -> None:
    notes = (
        "BEGIN:VEVENT\nSUMMARY:Interview – Lift Operations Supervisor (Ana Roe)\n"
        "LOCATION:Coronet Peak Resort – Base Building\n"
        "ORGANIZER;CN=Mere Tane:mailto:people@coronet.co.nz\n"
        "ATTENDEE;CN=Hugh Blair;ROLE=REQ-PARTICIPANT:mailto:hugh.blair@coronet.co.nz\n"
        "ATTENDEE;CN=Ana Roe;ROLE=REQ-PARTICIPANT:mailto:ana.roe@gmail.com\n"
        "END:VEVENT\n\nmy notes\nme: standby list first, then privates\n"
    )
    header = read_header(notes)
    assert header.candidate == "Ana Roe"
    assert [p.name for p in header.people] == ["Mere Tane", "Hugh Blair"]
    assert header.role == "Lift Operations Supervisor"
    assert header.company == "Coronet Peak Resort"


def test_an_outlook_invitation_titled_with_the_interviewee_names_the_writer() -> None:
    notes = (
        "Interview: Finance Manager (Group Reporting) – Arjun Mehta\n"
        "Where: Harbour Shipping Holdings Pte Ltd, 80 Robinson Road\n"
        "Required attendees: Lee Mei Ling (CFO); Mehta, Arjun\n"
    )
    header = read_header(notes)
    assert header.candidate == "Arjun Mehta"
    assert header.company == "Harbour Shipping Holdings Pte Ltd"
    notes = "Interview: Finance Manager – Lee Mei Ling\nRequired attendees: Arjun Mehta\n"
    assert read_header(notes).candidate is None  # the one named is not among the attendees


def test_a_heading_that_keeps_a_part_out_of_the_mail_is_private() -> None:
    from followup.privacy import marks_private

    assert marks_private("---- personal, not for email ----")
    assert marks_private("dont put in the email")
    assert marks_private("Not for the note")
    assert not marks_private("the email")
    assert not marks_private("Notes for the email")


# -- private words that are the work's subject; whom a forgotten point is for ------------------


def test_private_as_a_kind_of_thing_marks_nothing_private() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\nWith: Ruth Kemp (Manager)\n\n"
        "FORGOT: my private pilot licence.\n"
        "private: the pay is low\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.txt"), TODAY)
    usable = {ln.text: ln.usable for ln in reading.lines}
    assert usable["FORGOT: my private pilot licence."]
    assert not any("pay is low" in t and ok for t, ok in usable.items())


def test_a_pregnant_patient_is_no_health_remark_but_my_pregnancy_is() -> None:
    from followup.privacy import classify_sentence

    assert classify_sentence("He asked how I'd greet a visibly pregnant patient.") is None
    assert classify_sentence("I'm pregnant and due in March.") is not None


def test_he_mentioned_a_subject_is_a_topic() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\nWith: Ruth Kemp (Manager)\n\n"
        "Ruth Kemp:\n- She also mentioned the new intake system\n- she mentioned that I was late\n"
    )
    reading = understand_notes(Notes(text=notes, source="t.txt"), TODAY)
    phrases = [ln.phrase for ln in reading.lines if ln.phrase]
    assert "the new intake system" in phrases
    assert not any("late" in p for p in phrases)


def test_a_forgotten_point_goes_to_whom_the_next_remark_names() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "With: Ruth Kemp (Manager), Obi Nwosu (Shift Lead)\n\n"
        "Ruth Kemp:\n- asked about audits\n\nObi Nwosu:\n- asked about rotas\n\n"
        "FORGOT: my forklift licence. I renewed it in May. that's the angle Ruth wanted!\n"
    )
    assert _about(notes, "forklift") == "Ruth Kemp"


def test_a_long_heading_with_initials_in_brackets_opens_that_persons_part() -> None:
    notes = (
        "Company: Brightwater Ltd\nRole: Planner\nMe: Ada Quist\n"
        "Present: Ms Ola Adebayo-Price, Director. Gareth Lyle, Head of Safety.\n\n"
        "Points raised by Ms Adebayo-Price (OAP):\n- asked about contract guarding\n"
        "Points raised by Gareth Lyle (GL):\n- asked about protest days\n"
    )
    assert _about(notes, "contract guarding") == "Ola Adebayo-Price"
    assert _about(notes, "protest days") == "Gareth Lyle"
