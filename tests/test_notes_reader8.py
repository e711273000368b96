"""Forms a new user's trial notes were misread in (round 8): a line that opens with meeting
someone is not a "Company — Role" title, a team ("from HR") is not the company, and a full
name typed in lower case with a bracketed title is a person. Made-up notes; each form has a
should-read and a should-not-read example."""

from __future__ import annotations

from followup.noteheader import read_header, read_mail_headers


def test_a_met_line_under_a_lower_case_opener_is_a_person_not_the_company() -> None:
    notes = (
        "panel 3/9/26 @ larchwood maps (leeds office) — gis analyst role\n"
        "me: ada quist\n"
        "met tadhg ó ceallaigh (data lead) — he asked about raster tiling\n"
        "then bríd walsh (qa eng) — she asked how i test projections\n"
    )
    header = read_header(notes)
    assert header.company == "Larchwood Maps"
    assert header.role == "GIS Analyst"
    assert [p.name for p in header.people] == ["Tadhg Ó Ceallaigh", "Bríd Walsh"]


def test_a_company_role_title_line_is_still_read() -> None:
    header = read_header("Larchwood Maps — GIS Analyst\nmet Tadhg Kelly (data lead)\n")
    assert header.company == "Larchwood Maps"
    assert header.role == "GIS Analyst"


def test_a_team_after_from_is_not_the_company() -> None:
    for team in ("HR", "the recruiting team", "People Ops"):
        header = read_header(f"Call at Brackwater Dairy\n- spoke to Una Felder from {team}\n")
        assert header.company == "Brackwater Dairy"
    header = read_header("- spoke to Una Felder from HR about the shifts\n")
    assert header.company is None  # no company said: a refusal names it, nothing made up


def test_from_a_company_is_still_the_company() -> None:
    header = read_header("- spoke to Una Felder from Brackwater Dairy\n")
    assert header.company == "Brackwater Dairy"


def test_a_lower_case_full_name_with_a_title_is_a_person_in_capitalised_notes() -> None:
    header = read_header(
        "Interview at Brackwater Dairy\n"
        "- talked to otto lind (plant manager) + Una Felder from Sales\n"
    )
    assert [p.name for p in header.people] == ["Otto Lind", "Una Felder"]


def test_lower_case_words_in_brackets_without_a_job_are_no_person() -> None:
    header = read_header(
        "Interview at Brackwater Dairy\n- talked to Una Felder about night shifts (mostly)\n"
    )
    assert [p.name for p in header.people] == ["Una Felder"]


def test_meeting_with_a_company_then_the_job_when_others_are_the_people_met() -> None:
    notes = (
        "call w/ Brackwater Dairy - night shift supervisor\n"
        "- talked to otto lind (plant manager)\n"
        "- otto asked about the pasteuriser logs\n"
    )
    header = read_header(notes)
    assert header.company == "Brackwater Dairy"
    assert header.role == "Night Shift Supervisor"
    assert [p.name for p in header.people] == ["Otto Lind"]


def test_meeting_with_a_person_then_their_title_stays_a_person() -> None:
    notes = (
        "call w/ Otto Lind - plant manager\n"
        "- also talked to Una Felder (recruiter)\n"
        "- otto asked about the pasteuriser logs\n"
    )
    header = read_header(notes)
    assert "Otto Lind" in [p.name for p in header.people]
    assert header.company != "Otto Lind"


BODY = "Interview at Brackwater Dairy\n- talked to Otto Lind (plant manager)\n"


def test_a_name_beside_a_me_cue_is_the_candidate() -> None:
    forms = {
        "Petra Valdane — that's me, jotting this on the train.\n": "Petra Valdane",
        "colm ferris (me)\n": "Colm Ferris",
        "ines duarte - me - 4 yrs on the line\n": "Ines Duarte",
        'P. (me — Petra "Pip" Valdane) went second.\n': "Petra Valdane",
        "me - Colm Ferris, 9 yrs in dairy\n": "Colm Ferris",
        "I'm Petra — Dr. Petra Valdane-Hoyt, PhD\n": "Petra Valdane-Hoyt",
        "Petra (me!) met Otto first.\n": "Petra",
        "The applicant (C. Ferris — that is, me, Colm) was early.\n": "Colm Ferris",
    }
    for line, name in forms.items():
        assert read_header(BODY + line).candidate == name, line


def test_me_without_a_name_beside_it_names_no_candidate() -> None:
    for line in (
        "- Otto told me - the plant runs nights\n",
        "- asked me — what about the rota?\n",
        "- Otto Lind (me too, I thought) liked the plan\n",
    ):
        assert read_header(BODY + line).candidate is None, line


def test_people_listed_after_a_colon_in_a_sentence_of_prose_are_met() -> None:
    notes = (
        "Today I had the interview at Fenmoor Museum for the Learning Officer job. It was a "
        "panel: Ruth Adeyemi, the head of learning, and Callum Pryor, who runs the volunteers. "
        "Ruth asked about school visits.\n"
    )
    assert [p.name for p in read_header(notes).people] == ["Ruth Adeyemi", "Callum Pryor"]


def test_a_colon_after_panel_with_no_names_lists_no_one() -> None:
    notes = (
        "Today I had the interview at Fenmoor Museum. It was a panel: three of them, all kind, "
        "and the questions were about school visits.\n"
    )
    assert read_header(notes).people == []


MAIL = (
    "From: Ilse Marrow <ilse.marrow@quaywise.com>\n"
    "Date: Tue, Mar 3, 2026 at 9:02 AM\n"
    "Subject: Re: Your visit - Junior Data Analyst\n"
    "To: Oren Pike <oren.pike@gmail.com>\n\n"
    "Hi Oren,\n\nSeeing you on Thursday with me and Dov Arkin (Analytics Lead).\n\n"
    "Best,\nIlse Marrow\n{signature}\n\n---\nmy notes: Dov asked about SQL window functions.\n"
)


def test_a_mail_subject_part_that_is_a_job_and_a_full_name_signature() -> None:
    header = read_header(MAIL.format(signature="Talent Partner, Quaywise"))
    read_mail_headers(MAIL.format(signature="Talent Partner, Quaywise"), header)
    assert header.role == "Junior Data Analyst"
    assert header.company == "Quaywise"


def test_a_signature_line_that_is_no_title_names_no_company() -> None:
    raw = MAIL.format(signature="Sent from my phone, sorry for typos")
    header = read_header(raw)
    read_mail_headers(raw, header)
    assert header.company is None  # a refusal names the company, nothing is made up
