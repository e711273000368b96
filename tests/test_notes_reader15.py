"""Session 15's reading faults (issue 7), each read by place, grammar or the lexicon: an
interview title's comma list, one-letter shorthand and a pasted invitation's label read as
people, someone the candidate will meet thanked as met, a role with its sentence's lead-in.
Made-up notes in voices of their own; each test has notes that should be read and notes that
should not."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notes import Reading, understand_notes
from followup.notpeople import label_not_person, shorthand_name
from followup.roleplace import without_lead_in
from followup.titleparts import title_parts
from followup.tobemet import to_be_met

TODAY = dt.date(2026, 11, 28)


def read(text: str) -> Reading:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), TODAY)


def met(text: str) -> list[str]:
    return [p.name for p in read(text).brief.interviewers]


# (1) "Interview: ROLE, FIRM, TOWN": each part read by what it is


def test_a_title_list_gives_the_firm_between_the_job_and_the_town() -> None:
    brief = read(
        "Interview: Range Technician, WY BLM Rawlins Field Office, Rawlins\n"
        "Applicant: Tess Ogle\n\n0800 Panel start.\n  - Bram Kessler, Field Manager\n"
        "0805 Bram: grazing permits, drought plans.\n"
    ).brief
    assert brief.company == "WY BLM Rawlins Field Office"
    assert brief.role == "Range Technician"


def test_a_title_list_after_a_log_stamp() -> None:
    brief = read(
        "SHIFT LOG — 2 DEC 26 — Interview: Fire Lookout Technician, ID DNR Clearwater Unit "
        "Office, Orofino\nApplicant: Tess Ogle\n\n0800 Panel start.\n"
        "  - Bram Kessler, Unit Manager\n0805 Bram: radio logs.\n"
    ).brief
    assert brief.company == "ID DNR Clearwater Unit Office"


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (
            "Interview: Ranch Foreman, Tall Grass Cattle Co, Abilene",
            ("Ranch Foreman", "Tall Grass Cattle Co"),
        ),
        (
            "Interview: Deli Supervisor, Millbrook Farm Shop",
            ("Deli Supervisor", "Millbrook Farm Shop"),
        ),
        ("Entrevista - Analista de Datos - Grupo Ribera", ("Analista de Datos", "Grupo Ribera")),
        ("Interview: Line Cook, Saltmarsh Grill, Savannah, GA", ("Line Cook", "Saltmarsh Grill")),
    ],
)
def test_title_parts_by_what_each_part_is(line: str, found: tuple[str, str]) -> None:
    assert title_parts(line) == found


@pytest.mark.parametrize(
    "line",
    [
        "Interview: Line Cook, Saltmarsh, Savannah, Pooler",  # three parts left: no guess
        "Interview notes from the call",  # no list
        "Interview: Tuesday 10:00",  # no job
    ],
)
def test_title_parts_left_unread_when_the_parts_cannot_be_told(line: str) -> None:
    assert title_parts(line) is None


def test_a_person_in_the_title_list_is_never_the_firm() -> None:
    assert title_parts("Interview: Nadia Okoro, Barista", ("Nadia Okoro",)) is None


# (2) shorthand and a pasted invitation's label are no people


def test_one_letter_shorthand_before_an_adjective_is_no_person() -> None:
    names = met(
        "onsite at Quillfeather Games, 11/24, tools programmer\n"
        "met Ines Farrow (eng mgr), asked about build pipelines\n"
        "- coffee with Theo (QA lead), V Helpful, said the team is eight people\nme: Cal Brody\n"
    )
    assert "Ines Farrow" in names
    assert not any(n.startswith("V ") for n in names)


@pytest.mark.parametrize(
    ("name", "text", "shorthand"),
    [
        ("V Friendly", "lunch w/ Sam, V Friendly", True),
        ("V Good", "v good chat with Sam", True),  # lower case in the notes: shorthand
        ("J Young", "met J Young (HR)", False),  # a surname that is a noun too
        ("K Brown", "K Brown, HR", False),
        ("Sam Keen", "Sam Keen (HR)", False),  # a full first name
    ],
)
def test_shorthand_by_the_lexicon(name: str, text: str, shorthand: bool) -> None:
    assert shorthand_name(name, text) is shorthand


def test_a_pasted_invitations_id_line_is_no_person() -> None:
    names = met(
        "Panel interview: Payroll Systems Analyst – Dana Whitcombe\n"
        "Tuesday, November 24, 2026 · 10:00 – 11:00\nOrganizer: Gemma Lowe\n"
        "Required: Gemma Lowe; Rhys Aldous; dana.whitcombe@gmail.com\n______________\n"
        "Microsoft Teams Need help?\nJoin the meeting now\nMeeting ID: 845 221 907 33\n"
        "Passcode: Xr8kq\n______________\n\nCompany: Brightpath Freight Ltd\n\n"
        "Gemma Lowe – Payroll Manager\n- asked about year-end close\n\n"
        "Rhys Aldous – HR Director\n- asked about the SAP rollout\n"
    )
    assert names == ["Gemma Lowe", "Rhys Aldous"]


@pytest.mark.parametrize(
    ("name", "title", "label"),
    [
        ("Meeting ID", "845 221 907", True),
        ("Webinar Code", "+1 (555) 010-2000", True),  # a title that is only figures
        ("Gemma Lowe", "site manager", False),
        ("Gemma Lowe", None, False),
    ],
)
def test_label_not_person(name: str, title: str | None, label: bool) -> None:
    assert label_not_person(name, title) is label


# (3) someone the candidate will meet gets no thank-you


def test_someone_named_as_the_next_meeting_is_not_met() -> None:
    names = met(
        "[2:10 PM] Call with Hana Ilves (recruiter, Tallgrass Bio)\n"
        "[2:11 PM] Hana: this is for the Lab Operations Lead role\n"
        "[2:14 PM] Hana: the site director is Piotr Lasko, you'll meet him on the onsite\n"
        "[2:20 PM] Hana: I'll send times for Piotr by Friday\n"
    )
    assert "Hana Ilves" in names
    assert "Piotr Lasko" not in names


def test_the_reading_keeps_who_is_still_to_be_met() -> None:
    reading = read(
        "Call with Hana Ilves (recruiter, Tallgrass Bio) for the Lab Operations Lead role\n"
        "- the site director is Piotr Lasko, you'll meet him on the onsite\nme: Ada Wren\n"
    )
    assert reading.not_yet_met == ["Piotr Lasko"]


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Next I'd speak with Dr. Ruth Amsel, the director", True),
        ("Met Ruth Amsel (HR); I will meet her team next week", False),  # her team: possessive
        ("Met Ruth Amsel (HR). I'll meet her again on Friday", False),  # met before
        ("Ruth Amsel: asked about audits. Would meet her boss next", False),  # her own line
    ],
)
def test_to_be_met_by_the_verbs_grammar(text: str, later: bool) -> None:
    assert to_be_met("Ruth Amsel", text) is later


# (4) a role with its sentence's lead-in


def test_the_role_loses_the_sentences_lead_in() -> None:
    brief = read(
        "Interview at Holmfirth Data AG, for position Platform Engineer (Go)\n"
        "Date: 12 November 2026\nPersons: Mr. Lars Vik (CTO)\nme: Ana Petrov\n"
    ).brief
    assert brief.role == "Platform Engineer"


@pytest.mark.parametrize(
    ("role", "plain"),
    [
        ("for position Backend Developer", "Backend Developer"),
        ("as a Sous Chef", "Sous Chef"),
        ("for the role of Analyst", "Analyst"),
        ("Head of Sales", "Head of Sales"),
        ("on-call nurse", "on-call nurse"),
        ("for the team", "for the team"),  # nothing capitalised is left to be the job
    ],
)
def test_without_lead_in(role: str, plain: str) -> None:
    assert without_lead_in(role) == plain


# (5) a job in a dash-separated title is the job, and names no candidate


def test_the_job_in_a_dashed_title_is_not_the_candidates_name() -> None:
    brief = read(
        "Entrevista - Analista de Calidad - Conservas Ribera\nMarta Gil (RRHH)\n"
        "- APPCC y auditorías IFS\n"
    ).brief
    assert brief.role == "Analista de Calidad"
    assert brief.candidate is None


def test_a_team_alone_after_the_job_is_no_firm() -> None:
    assert title_parts("Interview: Claims Handler, Motor") is None
    assert title_parts("Interview: Claims Handler, Motor, Leeds") is None


# (6) the writer's name: a short form in brackets, and the writer addressed in a quoted reply


def test_a_bracketed_short_form_after_a_name_is_a_nickname_not_a_title() -> None:
    from followup.nicknames import quoted_nicknames, without_nicknames

    text = "Valentina Moretti (Vale)\nMet Tom Hardy (Head)\n"
    assert quoted_nicknames(text) == {"Valentina Moretti": "Vale"}
    assert without_nicknames(text) == "Valentina Moretti\nMet Tom Hardy (Head)\n"


def test_the_writers_name_under_the_title_with_a_short_form() -> None:
    brief = read(
        "03.05.2025 — Orrin & Vale, Bond St. — Watch Technician\nValentina Moretti (Vale)\n\n"
        "Interview 1 — Ms. Priya Anand, Store Director\n- asked about servicing turnaround\n"
    ).brief
    assert brief.candidate == "Valentina Moretti"
    assert "Valentina Moretti" not in [p.name for p in brief.interviewers]


def test_the_writer_addressed_in_a_quoted_reply_is_still_the_writer() -> None:
    brief = read(
        "BRIGHTWELL FOODS — Route Sales Rep\nnotas — Marisol Ybarra, Sol Bakery, 18th St"
        "\n\nTue 3/4/2025, 11am, office on S Halsted\nMs. Dana Kirk - Sales Director\n"
        " - asked about lost accounts\n\n"
        '3/14 - she answered: "Thanks Marisol, we are still finishing interviews."\n'
    ).brief
    assert brief.candidate == "Marisol Ybarra"


def test_a_nickname_inside_a_name_with_particles_and_an_i_label() -> None:
    from followup.nicknames import quoted_nicknames

    assert quoted_nicknames("Pieter (Piet) de la Rey") == {"Pieter de la Rey": "Piet"}
    brief = read(
        "Interview — Karoo Wol Koöperasie, Graaff-Reinet\nPos: Wolklasser\nEk: Pieter (Piet) "
        "de la Rey\n\nMnr. Jan Botha — Bestuurder\n- asked about wool grading\n"
    ).brief
    assert brief.candidate == "Pieter de la Rey"


def test_a_candidate_label_with_initials_before_the_names() -> None:
    brief = read(
        "INTERVIEW RECORD\n\nCandidate  : K. P. Nadeesha Wickramasinghe\n"
        "Position   : Quality Assurance Executive\nCompany    : Kelani Textiles (Pvt) Ltd\n\n"
        "Mr. Fernando - Factory Manager\n- asked about AQL sampling\n"
    ).brief
    assert brief.candidate == "K. P. Nadeesha Wickramasinghe"


def test_a_slovenian_i_label_and_job_label_and_meeting_word() -> None:
    brief = read(
        "Zavod za gozdove Slovenije – razgovor / interview\n10. 3. 2025, 9:00, Ljubljana\n"
        "delovno mesto: revirni gozdar (district forester)\njaz: Luka Zupančič, Bohinj\n\n"
        "Komisija:\n- mag. Ana Kovač, vodja območne enote\n  - asked about felling plans\n"
    ).brief
    assert brief.candidate == "Luka Zupančič"
    assert brief.role is not None and "razgovor" not in brief.role.lower()


def test_a_sign_off_with_the_writers_address_after_the_name() -> None:
    brief = read(
        "Tue 4/03/25 - Interview, Eryri Woodland Trust, Betws-y-Coed\nPost: Woodland Officer\n\n"
        "Panel: Dr Mari Huws, head of conservation, and Owain Rees, estates.\n"
        "Mari asked about ash dieback. Owain asked about fencing.\n\n"
        "Private: the pay is low\n\nIfan Prys Jones, Bryn Teg, Penmachno\n"
    ).brief
    assert brief.candidate == "Ifan Prys Jones"
    # a last line naming someone with a job title is no sign-off with an address
    other = read(
        "Tue 4/03/25 - Interview, Eryri Woodland Trust\nPost: Woodland Officer\n\n"
        "Mari asked about ash dieback.\n\nMari Huws, Head of Conservation\n"
    ).brief
    assert other.candidate != "Mari Huws"


def test_the_writers_bullet_line_with_a_nickname_under_a_when_and_where_line() -> None:
    brief = read(
        "Metrolinx interview - Yard Supervisor (Rail Ops)\n"
        "Wed Nov 19 2025, 10am, Kingsway Complex, Islington & Bloor\n"
        '- Winston "Winnie" Clarke\n\nPanel\n1. Mrs. Joan Baptiste - Superintendent\n'
        "2. Mr. Paul Novak - Training\n\nMrs Baptiste\n- asked about shunting safety\n"
    ).brief
    assert brief.candidate == "Winston Clarke"
