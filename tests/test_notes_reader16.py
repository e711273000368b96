"""Panel blocks, a heading's firm after its department, people joined by "+", and facts the
tenth new-user trial found refused (issue 7). Each form is written here in voices of its own,
none copied from the trial's files or from eval/; each test has notes that should be read and
notes that should not (the nearest misreading)."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.core import MessageKind
from followup.errors import InputError
from followup.models import Draft, Notes
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)


def read(text: str, today: dt.date = TODAY) -> Reading:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), today)


def people(text: str) -> dict[str, tuple[str | None, list[str], list[str]]]:
    return {p.name: (p.title, p.topics, p.concerns) for p in read(text).brief.interviewers}


# (1) "Interviewer N: NAME, TITLE" opens that person's part of the notes

PANEL = """Pastry Chef — Larkspur Hotel Group
tasting day, Wed 25 November 2026
Me: Ottoline Farrage

Interviewer 1: Bastien Moreau, Executive Chef
- asked about my laminated dough, I run croissants for 300 covers at Quayside
- he was concerned I have not costed a menu myself

Panelist #2 - Ms. Hadiza Bello (Food & Beverage Director)
- talked about the new rooftop bar opening in March
- asked how I'd train two commis chefs

Interviewer C: Rupert Tallis, Sous Chef
- mostly about the allergen matrix they keep for every dish
"""


def test_each_labelled_panel_block_belongs_to_its_person() -> None:
    found = people(PANEL)
    assert set(found) == {"Bastien Moreau", "Hadiza Bello", "Rupert Tallis"}
    bastien, hadiza, rupert = found["Bastien Moreau"], found["Hadiza Bello"], found["Rupert Tallis"]
    assert bastien[0] == "Executive Chef" and hadiza[0] == "Food & Beverage Director"
    assert any("laminated dough" in t for t in bastien[1])
    assert not any("rooftop" in t or "allergen" in t for t in bastien[1])
    assert any("rooftop bar" in t for t in hadiza[1]) and not any("dough" in t for t in hadiza[1])
    assert any("allergen matrix" in t for t in rupert[1])
    assert any("costed a menu" in c for c in bastien[2])
    assert not hadiza[2] and not rupert[2]  # the concern is Bastien's alone


def test_a_label_over_the_whole_panel_opens_nobodys_part() -> None:
    # the nearest misreading: "Interviewers: A, B" names the panel, it is not A's block
    found = people(
        "Pastry Chef — Larkspur Hotel Group\nMe: Ottoline Farrage\n\n"
        "Interviewers: Bastien Moreau, Hadiza Bello\n"
        "- talked about the new rooftop bar opening in March\n"
    )
    assert set(found) == {"Bastien Moreau", "Hadiza Bello"}
    assert found["Bastien Moreau"][1] == found["Hadiza Bello"][1]  # shared, not Bastien's
    one_line = people(
        "Pastry Chef — Larkspur Hotel Group\nMe: Ottoline Farrage\n\n"
        "Interviewer 1: Bastien Moreau and Hadiza Bello\n"
        "- talked about the new rooftop bar opening in March\n"
    )
    assert one_line["Bastien Moreau"][1] == one_line["Hadiza Bello"][1]


# (2) "ROLE, DEPARTMENT — FIRM": the part after the role's comma is the team, not the firm


def test_the_firm_after_a_dash_is_the_company_not_the_team_after_the_role() -> None:
    with_suffix = read(
        "Interview: Actuarial Analyst, Pensions — Harrowgate Mutual LLP\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert (with_suffix.company, with_suffix.role) == ("Harrowgate Mutual LLP", "Actuarial Analyst")
    by_its_name = read(
        "Interview: Staff Nurse, Oncology — Kilbride Royal Infirmary\n"
        "Interviewer: Maeve Dunleavy, ward sister\nCandidate: Wren Castellano\n"
    ).brief
    assert by_its_name.company == "Kilbride Royal Infirmary"


def test_a_debrief_heading_gives_the_firm_after_the_roles_comma() -> None:
    brief = read(
        "Interview debrief — Youth Worker, Fenwick Youth Trust\nDate: Friday 20 November 2026\n"
        "Panel: Odalys Brennan (Service Lead) and Kwame Asante (Senior Youth Worker)\n"
    ).brief
    assert (brief.company, brief.role) == ("Fenwick Youth Trust", "Youth Worker")
    assert brief.company != "Interview debrief"  # the kind of notes is no firm


def test_a_firm_after_the_roles_comma_is_still_the_company() -> None:
    # the nearest misreading: with no other part, the words after the comma are the firm
    two_parts = read(
        "Interview: Actuarial Analyst, Harrowgate Mutual LLP\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert two_parts.company == "Harrowgate Mutual LLP"
    place_after = read(
        "Interview: Actuarial Analyst, Harrowgate Mutual LLP — Leeds\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert place_after.company == "Harrowgate Mutual LLP"  # the city is no firm
    team_only = read(
        "Interview: Actuarial Analyst, Pensions\n"
        "Interviewer: Idris Pemberton, head of pricing\nCandidate: Wren Castellano\n"
    ).brief
    assert team_only.company != "Pensions"  # a team alone is no company: better refused


# (4) "w/ NAME (TITLE) + NAME the TITLE": the second person is a person of their own

GROOMERS = """grooming salon interview - pawprint parlour
thurs 11/19 w/ dr. ines varga (practice owner) + tomas the head groomer
me: juniper hale

ines asked abt my hand-stripping, told her i do terriers most days
she seemed worried i've never used a hydraulic table, only manual ones
tomas asked how i'd handle a matted doodle that won't stand
"""


def test_a_first_name_then_the_job_after_a_plus_is_a_second_person() -> None:
    found = people(GROOMERS)
    assert set(found) == {"Ines Varga", "Tomas"}
    assert found["Ines Varga"][0] == "practice owner"  # nothing of Tomas in her title
    assert found["Tomas"][0] == "head groomer"
    assert any("matted doodle" in t for t in found["Tomas"][1])
    assert not any("matted doodle" in t for t in found["Ines Varga"][1])
    concern = found["Ines Varga"][2]
    assert concern and concern[0].endswith("only manual ones")  # no name glued onto it
    joined = people(GROOMERS.replace(" + tomas the", " and tomas the"))
    assert set(joined) == {"Ines Varga", "Tomas"}


def test_a_word_of_the_sentence_before_the_job_is_no_person() -> None:
    # the nearest misreading: "+ also the head groomer" names no one called "Also"
    for joined in ("+ also the head groomer", "+ later the head groomer", "+ the head groomer"):
        found = people(GROOMERS.replace("+ tomas the head groomer", joined))
        assert set(found) == {"Ines Varga"}, joined


# (3) facts the notes hold in forms read nowhere else

INVITE = """Subject: Interview - Hydrographic Surveyor (Level II) - Brackwater Marine Surveys
When: Tuesday, November 24, 2026 9:00 AM-10:00 AM (UTC+00:00) London
Where: Microsoft Teams Meeting
Organizer: Fenella Crowther <fcrowther@brackwater.co.uk>
Attendees: Fenella Crowther; Osric Pennington; Talulah Mbeki

Hi Talulah, looking forward to our conversation about the surveyor role.

my notes after:
- Fenella runs the charting team. talked about the multibeam refit on their survey launch
- Osric asked about my tide reduction workflow
"""


def test_a_pasted_invitation_gives_the_job_the_firm_and_the_one_it_greets() -> None:
    brief = read(INVITE).brief
    assert brief.role == "Hydrographic Surveyor"
    assert brief.company == "Brackwater Marine Surveys"
    assert brief.candidate == "Talulah Mbeki"
    assert {p.name for p in brief.interviewers} == {"Fenella Crowther", "Osric Pennington"}


def test_a_subject_and_a_greeting_without_an_invitations_fields_are_not_read_so() -> None:
    # the nearest misreading: a note's own "Subject:" line and a "Hi" to someone met, with no
    # When/Where/Attendees fields, is no invitation: the one greeted is not the candidate
    brief = read(
        "Subject: Interview - Hydrographic Surveyor - Brackwater Marine Surveys\n"
        "Hi Fenella, thanks for today.\n\n"
        "- Fenella Crowther runs the charting team\n"
    ).brief
    assert brief.candidate != "Fenella Crowther"
    to_everyone = read(INVITE.replace("Hi Talulah,", "Hi all,")).brief  # greets no attendee
    assert to_everyone.candidate is None
    assert to_everyone.role == "Hydrographic Surveyor"  # the subject is still the invitation's


def test_role_at_firm_as_the_first_line_and_the_post_said_in_prose() -> None:
    chat = read(
        "Line Cook @ Saltmarsh Oyster Bar -- notes from the call\n"
        "3 nov 2026\n\n[09:14] Teodora Vasquez (Head Chef): how fast are you on the grill?\n"
        "- me = Lorcan Feeney\n"
    ).brief
    assert (chat.role, chat.company) == ("Line Cook", "Saltmarsh Oyster Bar")
    prose = read(
        "Yesterday, Monday 23 November 2026, I had my interview for the Herbarium Technician "
        "post at the Whitlow Botanic Garden. I met with Dr. Aurelio Mancuso, the Keeper of "
        "Collections. My name is Solveig Arden."
    ).brief
    assert prose.role == "Herbarium Technician"
    assert prose.company == "Whitlow Botanic Garden"


def test_a_person_at_a_firm_and_a_shift_at_a_firm_are_no_role() -> None:
    # the nearest misreadings: a person before the "@", and "for the night shift" (no post)
    person = read(
        "Teodora Vasquez @ Saltmarsh Oyster Bar -- notes from the call\n- me = Lorcan Feeney\n"
    ).brief
    assert person.role != "Teodora Vasquez"
    shift = read(
        "I had my interview for the night shift at the Whitlow Botanic Garden. I met with Dr. "
        "Aurelio Mancuso. My name is Solveig Arden."
    ).brief
    assert shift.role is None or "shift" not in shift.role.lower()


def test_a_person_met_said_in_portuguese_or_italian_is_read_with_their_title() -> None:
    pt = read(
        "Entrevista - Analista de Dados, Cervejaria Pinhal Alto\nquarta 18/11/2026\n"
        "Eu: Benedita Carvalho Lobo\n\n"
        "- Conheci o Joaquim Teles Barreto (diretor de operações). Ele falou da fábrica nova\n"
        "- He asked how I'd clean the sensor data from the bottling line\n"
    ).brief
    assert [(p.name, p.title) for p in pt.interviewers] == [
        ("Joaquim Teles Barreto", "diretor de operações")
    ]
    it = read(
        "Colloquio - Data Analyst, Birrificio Valtorta\nMe: Benedita Lobo\n\n"
        "Ho conosciuto Chiara Benvenuti (responsabile qualità). She asked about SPC charts.\n"
    ).brief
    assert [p.name for p in it.interviewers] == ["Chiara Benvenuti"]


def test_meeting_the_team_or_the_firm_in_portuguese_names_no_person() -> None:
    # the nearest misreading: "conheci a equipe", "conheci a Cervejaria Pinhal Alto"
    brief = read(
        "Entrevista - Data Analyst, Cervejaria Pinhal Alto\nEu: Benedita Carvalho Lobo\n\n"
        "- Conheci a equipe toda e a Cervejaria Pinhal Alto por dentro\n"
        "- Conheci a Cervejaria Pinhal Alto.\n"
    )
    assert brief.brief.interviewers == []
    assert "interviewer" in brief.missing()


REJECTION = """From: People Team <jobs@quillmoor.io>
To: Ansel Varga <ansel.varga@gmail.com>
Subject: Your application for Motion Designer at Quillmoor

Dear Ansel,

Thank you for interviewing with us for the Motion Designer role. We have decided to move
forward with another candidate.

Kind regards,
Odile Brandt
Talent Partner, Quillmoor

---- my notes ----
interview was 12 nov w/ ruth amsel (design director) + odile
ruth loved my title sequence for the ferry campaign, we talked abt their app relaunch
"""


def test_an_employers_mail_above_the_notes_gives_the_firm_and_the_people_met() -> None:
    brief = read(REJECTION).brief
    assert brief.company == "Quillmoor"
    met = {p.name: p.title for p in brief.interviewers}
    assert met == {"Ruth Amsel": "design director", "Odile Brandt": "Talent Partner"}


def test_a_signature_whose_firm_the_senders_domain_does_not_spell_is_not_the_company() -> None:
    # the nearest misreading: a card's last part that is no firm ("Talent Partner, London"),
    # and a signer the notes never name as met
    brief = read(
        REJECTION.replace("Talent Partner, Quillmoor", "Talent Partner, London").replace(
            " + odile", ""
        )
    ).brief
    assert brief.company != "London"
    assert "Odile Brandt" not in {p.name for p in brief.interviewers}


# (3, last) a line labelled as news is the company's, and a check-in congratulates on it

ROBOTICS = {
    "candidate": "Perpetua Oyelaran",
    "company": "Tern Robotics",
    "role": "Field Service Engineer",
    "interview_date": "2026-08-03",
    "interviewers": [{"name": "Hamish Coyle", "title": "Service Director"}],
}
SPOKE = "- Hamish talked about the harvester arms they service on dairy farms\n"


def check_in(line: str) -> Draft:
    from tests.test_writer_composer import offline

    [draft] = offline(SPOKE + line + "\n", ROBOTICS, kind=MessageKind.CHECK_IN)
    return draft


def test_a_check_in_congratulates_on_the_companys_news_line() -> None:
    draft = check_in("News: Tern Robotics closed its Series A funding round in May.")
    assert "Congratulations on closing your Series A funding round." in draft.body
    assert draft.status == "ready"
    dated = check_in("News: 9/14: they announced their second assembly plant (saw it on LinkedIn)")
    assert "Congratulations on announcing your second assembly plant." in dated.body


def test_news_of_another_firm_or_of_the_candidate_is_no_congratulation() -> None:
    # the nearest misreadings: a rival's news, and the candidate's own ("I closed ...")
    for line in (
        "News: Harrowfield Agritech closed its Series A funding round in May.",
        "News: I finished my forklift licence in May.",
    ):
        with pytest.raises(InputError, match="must offer something of value"):
            check_in(line)
