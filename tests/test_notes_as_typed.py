"""Notes as people type them, from the faults a new user met (issue 7, "Reading notes as people
write them"): each fault in several phrasings written for this file, none copied from eval/."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Brief, Notes
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)


def read(text: str, today: dt.date = TODAY, **front: object) -> Reading:
    return understand_notes(Notes(front_matter=front, text=text, source="n.txt"), today)


def brief(text: str, today: dt.date = TODAY) -> Brief:
    return read(text, today).brief


# (1) the candidate's own employer, past or present, is never the company written to


@pytest.mark.parametrize(
    "text",
    [
        "Met with Hannah Cole, Director of Finance, for the Staff Accountant job.\n"
        "At my last job at Fairway Foods I closed the books in 4 days; she liked that.\n",
        "spoke w/ Jordan Reyes about the account manager role. i came over from Acme Corp "
        "last year and left in May.\nme: Jo Park\n",
        "Phone screen w/ Sam Lee (recruiter) for the Data Analyst role.\n"
        "I left Acme Freight in May, she asked why.\n",
        "Interview with Jordan Reyes (VP Sales). My current employer is Acme Corp, but I want "
        "out.\nRole: Account Manager\n",
        "Acme Corp - where I was until May\nInterview w/ Jordan Reyes for the account mgr job\n",
        "video call w/ Li Wei for the buyer job. I worked at Acme Corp for 6 yrs so she asked "
        "about vendor terms\n",
    ],
)
def test_a_former_or_current_employer_is_not_the_company(text: str) -> None:
    assert brief(text).company is None


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Interview with Omar Haddad from Northwind Bank for the Teller role.\n"
            "I was at Fairway Credit Union for 3 years before.\n",
            "Northwind Bank",
        ),
        (
            "Call with Grace Kim, recruiter at Brightpath Health, re: the Care Coordinator "
            "role.\nTold her I'm leaving Mercy General because of the commute.\n",
            "Brightpath Health",
        ),
        (
            "final round @ Brightpath w/ Jordan Reyes for the account mgr job. Before this I "
            "worked at Acme Corp (5 yrs).\n",
            "Brightpath",
        ),
        ("phone screen with maria and tom from greenway foods\nme: jo park\n", "Greenway Foods"),
    ],
)
def test_the_company_is_read_beside_a_former_employer(text: str, company: str) -> None:
    assert brief(text).company == company


# (2) every person of a list joined by "+", "&", "and", commas or slashes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "interview w/ jordan reyes + kim @ brightpath for the ux designer job\n",
            ["Jordan Reyes", "Kim"],
        ),
        (
            "Onsite at Harbor Labs for Lab Tech. Met with Dana Ng & Luis Ortega.\n",
            ["Dana Ng", "Luis Ortega"],
        ),
        (
            "panel interview with Rachel Stone, Tim Okafor and Bea Lund at Cedar School\n",
            ["Rachel Stone", "Tim Okafor", "Bea Lund"],
        ),
        (
            "video call w/ Sara Lind / Mike Tran @ Northwind for the data engineer role\n",
            ["Sara Lind", "Mike Tran"],
        ),
        (
            "2nd round @ Tidewell w/ Amy Chu, Ben Oduya, + Carla Reyes. role: product designer\n",
            ["Amy Chu", "Ben Oduya", "Carla Reyes"],
        ),
        (
            "Interviewed with Ellen Park (HR) and then Raj Patel at Ridgeway Plastics\n",
            ["Ellen Park", "Raj Patel"],
        ),
        (
            "Interviewers: Mrs. Ada Obi (HR Partner, West) and Capt. Lee Moss (Chief Pilot)\n",
            ["Ada Obi", "Lee Moss"],
        ),
    ],
)
def test_people_joined_on_one_line_are_each_read(text: str, names: list[str]) -> None:
    assert [p.name for p in brief(text).interviewers] == names


def test_a_title_in_a_people_list_stays_with_its_person() -> None:
    people = brief("With: Nia Cole, LCSW, Clinical Director\nand Ted Ruiz, VP Ops\n").interviewers
    assert [(p.name, p.title) for p in people] == [
        ("Nia Cole", "LCSW, Clinical Director"),
        ("Ted Ruiz", "VP Operations"),
    ]
    ranked = brief("With: Mrs. Ada Obi (HR Partner) & Capt. Lee Moss\n").interviewers
    assert [(p.honorific, p.name) for p in ranked] == [("Mrs.", "Ada Obi"), ("Capt.", "Lee Moss")]


def test_words_in_lower_case_notes_are_not_people() -> None:
    people = brief("met w/ dana and then went to lunch w/ the team\n").interviewers
    assert [p.name for p in people] == ["Dana"]


# (4) what the candidate said is never read as a topic the interviewer raised

HEAD = "Company: Brightpath\nRole: Sales Manager\nInterviewer: Dana Ortiz\nMe: Jo Park\n"


@pytest.mark.parametrize(
    "line",
    [
        "- my answer: coaching first",
        "- my pitch: coaching first",
        "- coaching first (my answer)",
        "- asked how I'd turn around a rep -> I said coaching first",
        "- asked how I'd turn around a rep\n- coaching first, then metrics",
        "- gave the example of the coaching-first rollout",
        "- the coaching rollout at my last job, it worked",
        "- I said coaching first",
        "Dana asked how I would ramp reps. I said coaching first.",
    ],
)
def test_the_candidates_answer_is_not_a_topic(line: str) -> None:
    reading = read(HEAD + line + "\n")
    topics = reading.brief.all_topics()
    assert not any("coaching" in t for t in topics), topics
    assert any(
        ln.kind.value in ("candidate", "question") for ln in reading.lines if "coaching" in ln.text
    )


def test_a_topic_they_raised_is_still_read_beside_an_answer() -> None:
    reading = read(HEAD + "- she talked about the new CRM rollout\n- my answer: weekly 1:1s\n")
    assert reading.brief.interviewers[0].topics == ["the new CRM rollout"]


# (5) "interview today" / "this morning" / "yesterday" read against the day the notes were written

TUESDAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Interview today w/ Dana Ortiz at Brightpath for the analyst role", TUESDAY),
        ("phone screen this morning with Dana Ortiz from Brightpath (analyst)", TUESDAY),
        ("Had my onsite at Brightpath this afternoon. Met Dana Ortiz.", TUESDAY),
        ("interview was yesterday afternoon with Dana Ortiz @ Brightpath", dt.date(2026, 11, 23)),
        ("Onsite at Brightpath, Sat the 21st, with Dana Ortiz", dt.date(2026, 11, 21)),
        ("panel on the 30th at Brightpath w/ Dana Ortiz", dt.date(2026, 10, 30)),
        ("call w/ Dana Ortiz last thurs, Brightpath analyst role", dt.date(2026, 11, 19)),
        ("Entrevue — Brightpath — jeudi 19 novembre 2026 avec Dana Ortiz", dt.date(2026, 11, 19)),
        ("SIM CHECK — Brightpath — 19 NOV 26. Capt. Dana Ortiz", dt.date(2026, 11, 19)),
    ],
)
def test_a_day_said_in_words_is_the_interview_date(opening: str, day: dt.date) -> None:
    assert brief(opening + "\nme: Jo Park\n", TUESDAY).interview_date == day


def test_today_in_notes_is_the_day_the_file_was_saved(tmp_path: object) -> None:
    import os
    from pathlib import Path

    from followup.inputs import read_source
    from followup.notes import parse_notes

    path = Path(str(tmp_path)) / "notes.txt"
    path.write_text("Interview today w/ Dana Ortiz at Brightpath for the analyst role\n")
    saved = dt.datetime(2026, 11, 20, 18, 0).timestamp()
    os.utime(path, (saved, saved))
    notes = parse_notes(read_source(str(path)))
    assert understand_notes(notes, TUESDAY).brief.interview_date == dt.date(2026, 11, 20)
    # a file saved after the day asked for (--today in the past) does not move the date on
    assert understand_notes(notes, dt.date(2026, 11, 2)).brief.interview_date == dt.date(
        2026, 11, 2
    )


def test_a_date_the_notes_do_not_give_stays_unknown() -> None:
    said = brief("Interview w/ Dana Ortiz at Brightpath. She talked about today's market.\n")
    assert said.interview_date is None
    assert brief("Dana Ortiz at Brightpath, analyst role\nme: Jo\n").interview_date is None


def test_a_lower_case_role_gets_a_job_titles_capitals() -> None:
    assert brief("interview w/ kim @ brightpath for the ux designer job\n").role == "UX Designer"
    assert brief("onsite w/ Kim Lee at Mercy for the icu rn position\n").role == "ICU RN"


# (3) proper nouns typed in lower case get capitals only from the notes' own evidence


def test_a_word_capitalised_elsewhere_in_the_notes_gets_its_capitals() -> None:
    reading = read(
        "interview w/ jordan reyes + kim @ brightpath for the designer job\n"
        "- kim talked about the brightpath mobile app relaunch\n"
        "- forgot: i'm certified in mailchimp\n"
        "- they run every campaign in Mailchimp\n"
        "me: jo park\n"
    )
    b = reading.brief
    assert (b.candidate, b.company) == ("Jo Park", "Brightpath")
    assert [p.name for p in b.interviewers] == ["Jordan Reyes", "Kim"]
    assert b.interviewers[1].topics == ["the Brightpath mobile app relaunch"]
    assert b.forgot_to_mention == "I'm certified in Mailchimp"


def test_ordinary_words_and_title_words_keep_their_case() -> None:
    reading = read(
        "Role: Data Analyst\nCompany: Brightpath\nInterviewer: Kim Lee, Head of Growth\n"
        "- Kim is big on data pipelines\n- she talked about growth experiments\n"
        "- she talked about the salesforce migration\n"
    )
    assert reading.brief.interviewers[0].topics == [
        "data pipelines",
        "growth experiments",
        "the salesforce migration",  # no evidence in the notes: left as typed
    ]


def test_lower_case_person_lines_and_a_company_role_opener() -> None:
    reading = read(
        "riverbend bakery shift lead intvw\nsat 11/21 9am\n"
        "- marco de luca = ops mgr. super chill\n"
        "- ana (not anna) pereira, pastry lead\n"
        "- marco: weekend foot traffic dropped since the remodel\n"
        "- ana worry: can i do 4am starts\n"
        "me = Lu Chen\n"
    )
    b = reading.brief
    assert (b.company, b.role) == ("Riverbend Bakery", "Shift Lead")
    assert [(p.name, p.title) for p in b.interviewers] == [
        ("Marco De Luca", "operations manager"),
        ("Ana Pereira", "pastry lead"),
    ]
    assert b.interviewers[0].topics == ["weekend foot traffic"]
    assert b.interviewers[1].concerns == ["can I do 4am starts"]


def test_a_company_without_a_role_word_is_not_split_from_a_phrase() -> None:
    b = brief("northside co-op pickup notes\n- kim lee, buyer\n")
    assert b.company is None and b.role is None


# title lines, corrections and parts of the day, in forms the batches showed (new wordings)


@pytest.mark.parametrize(
    ("line", "company", "role"),
    [
        ("Second round — Staff Accountant — Orchard Mutual", "Orchard Mutual", "Staff Accountant"),
        ("Entrevista — Casa Verde, Oaxaca — Sous Chef (turno noche)", "Casa Verde", "Sous Chef"),
        (
            "NOTES - HARBORVIEW DENTAL GROUP (Office Manager) - north clinic",
            "Harborview Dental Group",
            "Office Manager",
        ),
        (
            "RIDE-ALONG + INTERVIEW — Metro Transit — Bus Operator, nights",
            "Metro Transit",
            "Bus Operator",
        ),
    ],
)
def test_a_title_line_in_any_order(line: str, company: str, role: str) -> None:
    b = brief(line + "\nWith: Dana Ortiz\nMe: Jo Park\n")
    assert (b.company, b.role) == (company, role)


def test_a_name_taken_back_is_not_written_to() -> None:
    b = brief(
        "Onsite — Metro Transit — Bus Operator\n"
        "— Ms. Carla Diaz? no. it was Ms. Rosa Diaz, training lead. then w/ Sam Ortiz (ops mgr)\n"
        "- ~~Tim Wu~~ Tom Wu sat in\nMe: Jo Park\n"
    )
    assert "Carla Diaz" not in [p.name for p in b.interviewers]
    assert "Tim Wu" not in [p.name for p in b.interviewers]


def test_a_part_of_the_day_headed_by_who_ran_it() -> None:
    reading = read(
        "Company: Metro Transit\nRole: Bus Operator\n"
        "With: Rosa Diaz (trainer) and Sam Ortiz (ops manager)\nMe: Jo Park\n\n"
        "ROAD TEST (Diaz):\n- she said work on mirror checks at stops\n\n"
        "PANEL (Ortiz, Diaz sat in):\n- tell me abt a time you calmed an upset rider\n"
        "- should also have mentioned my 4 years of bus routes in Fairview county\n"
    )
    rosa, sam = reading.brief.interviewers
    assert rosa.topics == ["mirror checks at stops"]
    assert sam.topics == ["a time I calmed an upset rider"]
    assert reading.brief.forgot_to_mention == "my 4 years of bus routes"


def test_a_count_of_people_is_not_a_person_and_a_numbered_panel_is_read() -> None:
    b = brief(
        "Final round — Executive Chef — Marlow Hotel\nMet three people, one after another:\n\n"
        "1) Ines Varga, Chief Operating Officer (~20 min). Walked me through Toast, the "
        "ordering system, and the banquet calendar she runs.\n"
        "2) Paul Abe, current EA (leaving in May) (~15 min). Asked how I plan menus.\n"
    )
    assert [(p.name, p.title) for p in b.interviewers] == [
        ("Ines Varga", "Chief Operating Officer"),
        ("Paul Abe", "current EA"),
    ]
    assert b.interviewers[0].topics == ["Toast"]


def test_a_company_asked_about_is_not_a_person_and_a_dated_line_names_one() -> None:
    reading = read(
        "video screen w/ Larkspur (Implementation Specialist, EMEA)\n"
        "tues (11/24/2026), 25 min, Odile Marchand — talent partner\nme: Jo Park\n\n"
        "Q: why Larkspur?\nA: the API-first product\n"
        "Q: tell me about yourself\nA: 4 yrs onboarding\n"
        "- forgot to mention I've run Pendo AND Appcues rollouts (they use Pendo)\n"
    )
    b = reading.brief
    assert (b.company, b.role) == ("Larkspur", "Implementation Specialist")
    assert [(p.name, p.title) for p in b.interviewers] == [("Odile Marchand", "talent partner")]
    assert b.forgot_to_mention == "I've run Pendo and Appcues rollouts"
    assert "yourself" not in " ".join(b.all_topics())


def test_a_person_named_mid_paragraph_and_a_first_name_beside_a_full_one() -> None:
    b = brief(
        "Harlow Trust — Support Worker\n\n"
        "Part 1 was a role play. Ines Kovac (deputy manager) observed, then asked how I'd calm "
        "a resident.\nPart 2: panel with Ruth Mbeki (registered manager) and Ines again.\n"
        "Me: Jo Park\n"
    )
    assert sorted((p.name, p.title) for p in b.interviewers) == [
        ("Ines Kovac", "deputy manager"),
        ("Ruth Mbeki", "registered manager"),
    ]


def test_notes_half_in_french_and_a_private_part_after_a_dash() -> None:
    reading = read(
        "Entrevue — Atelier Nord, Québec — Product Designer\n"
        "moi : Jo Park\n\n"
        "J'ai rencontré Élise Tremblay (directrice produit) et Marc Roy (lead dev).\n\n"
        "Élise :\n- parlé beaucoup de la recherche utilisateur\n\n"
        "privé —\n- Marc semble épuisé, team might be in trouble\n"
    )
    b = reading.brief
    assert b.candidate == "Jo Park"
    assert [p.name for p in b.interviewers] == ["Élise Tremblay", "Marc Roy"]
    assert b.interviewers[0].topics == ["recherche utilisateur"]
    assert "trouble" not in " ".join(b.all_topics())
    assert not any(ln.usable for ln in reading.lines if "trouble" in ln.text)


def test_two_roles_in_one_day_each_person_with_their_own_role() -> None:
    from followup.checker.engine import Checker
    from followup.core import MessageKind
    from followup.writer.pipeline import Pipeline, WriteRequest

    text = (
        "Lakeside Health - two interviews, one morning, Tue 11/24/2026\n\n"
        "1) 9:00 — Patient Access Representative — w/ Gail Ortiz (Access Supervisor)\n"
        "- gail talked about the new check-in kiosks\n\n"
        "2) 10:30 — Scheduling Coordinator — with Femi Adeyemi (Clinic Manager)\n"
        "- Femi is migrating the clinic to Epic next spring\n\n"
        "me: Jo Park\n"
    )
    reading = read(text)
    assert reading.roles == {
        "Gail Ortiz": "Patient Access Representative",
        "Femi Adeyemi": "Scheduling Coordinator",
    }
    assert reading.for_person("Femi Adeyemi").brief.role == "Scheduling Coordinator"
    notes = Notes(front_matter={}, text=text, source="n.txt")
    pipeline = Pipeline(Checker.from_settings())
    drafts = pipeline.run(WriteRequest(notes, MessageKind.THANK_YOU, today=TODAY)).drafts
    by_name = {d.recipient.name: d.body for d in drafts if d.recipient}
    assert "Scheduling Coordinator" in by_name["Femi Adeyemi"]
    assert "Scheduling Coordinator" not in by_name["Gail Ortiz"]
    assert "Patient Access Representative" in by_name["Gail Ortiz"]


def test_a_first_job_interview_told_as_a_story() -> None:
    reading = read(
        "first interview ever!!! Harbor Hardware on 5th St, weekend cashier/stocker\n"
        "it was sat nov 21 2026 at noon\nme = Jo Park, junior at Westview High\n\n"
        "the owner was Mr. Okafor (owner). just him.\n\n"
        "what he asked:\n- why do i want to work at harbor hardware\n"
        "- if i can work sundays\n- if i ever used a register\n\n"
        "Private / not for the email\n- pay is $13 an hour\n- my cousin works there lol\n"
    )
    b = reading.brief
    assert (b.company, b.role) == ("Harbor Hardware", "Weekend Cashier/Stocker")
    assert [(p.honorific, p.name) for p in b.interviewers] == [("Mr.", "Okafor")]
    # "why do I want to work here" is asked everywhere: no detail of this conversation
    assert b.interviewers[0].topics == [
        "whether I can work Sundays",
        "whether I ever used a register",
    ]
    assert not any(ln.usable for ln in reading.lines if "cousin" in ln.text or "$13" in ln.text)


def test_labels_people_write_for_who_was_met_and_what_for() -> None:
    b = brief(
        "Event: Interview — Grants Officer II, Fairmount Community Trust\n"
        "DTG: Tue 24 Nov 2026\n"
        "Personnel met: Ada Byrne (Director); and the finance lead, Omar Said. Maybe also an "
        "intern called Pip?\nCandidate: Jo Park\n"
    )
    assert (b.company, b.role) == ("Fairmount Community Trust", "Grants Officer II")
    assert [(p.name, p.title) for p in b.interviewers] == [
        ("Ada Byrne", "Director"),
        ("Omar Said", "finance lead"),
    ]
    yoga = brief(
        "🌿 audition class @ Juniper Barre Studio ✨ — sat nov 21 2026\n"
        "for: barre + pilates instructor, 3 classes/wk\nme: Jo Park\n"
        "met Lina Ortiz (owner) 🙏\n"
        "- talked abt the 7am slot nobody wants 😅 i said i'll take it\n"
    )
    assert (yoga.company, yoga.role) == ("Juniper Barre Studio", "Barre and Pilates Instructor")
    assert yoga.interviewers[0].topics == ["the 7am slot nobody wants"]


def test_a_role_after_the_company_aside_on_the_opening_line() -> None:
    b = brief("interview was tue nov 24 2026 @ Moss & Vine (design studio, Leeds), junior writer\n")
    assert (b.company, b.role) == ("Moss & Vine", "Junior Writer")


def test_what_the_candidate_is_unsure_of_is_not_said_as_fact() -> None:
    reading = read(
        "Company: Fenwick Labs\nRole: Lab Tech\nWith: Ana Reyes\nMe: Jo Park\n"
        "- they just bought a second sequencer? or leasing it\n"
        "- she's launching a night shift, I think\n"
        "- she talked about the sample intake backlog\n"
        "- she walked me through the process: a paid trial shift, then references\n"
        "- paid $21/hr, lower than I hoped\n"
    )
    topics = reading.brief.interviewers[0].topics
    assert "the sample intake backlog" in topics
    assert not any("sequencer" in t or "night shift" in t for t in topics)
    usable = " ".join(ln.text for ln in reading.lines if ln.usable)
    assert "paid trial shift" in usable and "$21" not in usable


def test_a_business_named_in_lower_case_after_at_and_a_place_that_is_none() -> None:
    reading = read(
        "line cook tryout @ the salt cellar 11/20 w/ ana ruiz (chef)\nme: Jo Park\n"
        "- she asked abt my brunch line at mill & anchor\n"
        "- she said work on plating speed at stations\n"
    )
    b = reading.brief
    assert b.company == "The Salt Cellar"
    assert b.interviewers[0].topics == [
        "my brunch line at Mill & Anchor",
        "plating speed at stations",
    ]


def test_a_notes_heading_is_no_role_and_a_favourite_is_a_topic() -> None:
    b = brief(
        "Notes interview - Tarn Valley Foods, Line Lead (days)\nWith: Ivo Petrov\nMe: Jo Park\n"
        "- he said the new packing line is his pet project\n"
    )
    assert (b.company, b.role) == ("Tarn Valley Foods", "Line Lead")
    assert b.interviewers[0].topics == ["the new packing line"]


def test_a_lower_case_opener_with_a_grade_and_a_former_job_in_the_answer() -> None:
    reading = read(
        "final interview yesterday with sam + alex at northpoint credit union, teller II\n"
        "sam: talked about the drive-thru remodel\n"
        "alex asked if i've done cash audits. i said yes, monthly at my old job at citywide bank\n"
        "me: jo park\n",
        TUESDAY,
    )
    b = reading.brief
    assert (b.company, b.role) == ("Northpoint Credit Union", "Teller II")
    assert b.interview_date == dt.date(2026, 11, 23)
    assert [p.name for p in b.interviewers] == ["Sam", "Alex"]
    assert b.interviewers[0].topics == ["the drive-through remodel"]


# (n) the candidate's own name on a line of its own in the header block


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        (
            "Brackenridge Dental - Front Desk Coordinator\nTue Nov 17 2026\nMarisol Quintero\n\n"
            "met Owen Blake (office manager)\n- he talked about the new scheduling system\n",
            "Marisol Quintero",
        ),
        (
            "Oakhurst Vet Clinic — Vet Tech\nWesley (Wes) Adair\n\n"
            "Interviewers:\nDr. Priya Nand — Medical Director\n"
            "- she asked about dental cleanings\n",
            "Wesley Adair",
        ),
        (
            "Pine Hollow Schools — Speech Therapist\n11/18/2026, 3pm\nRuth Ekwueme, MS, CCC-SLP\n\n"
            "Met: Carla Dunn, Special Ed Director\n- she described the caseload of 45\n",
            "Ruth Ekwueme",
        ),
    ],
)
def test_a_bare_name_line_near_the_top_is_the_candidate(text: str, candidate: str) -> None:
    b = brief(text)
    assert b.candidate == candidate
    assert candidate not in [p.name for p in b.interviewers]


@pytest.mark.parametrize(
    "text",
    [
        # the name under a heading is someone met
        "Brackenridge Dental - Front Desk Coordinator\nInterviewer:\nOwen Blake\n"
        "- he talked about the new scheduling system\n",
        # the name followed by its title line is someone met
        "Brackenridge Dental - Front Desk Coordinator\nOwen Blake\nOffice Manager\n"
        "- he talked about the new scheduling system\n",
    ],
)
def test_a_bare_name_that_is_someone_met_is_not_the_candidate(text: str) -> None:
    assert brief(text).candidate is None


@pytest.mark.parametrize(
    "listing",
    [
        "Interviewers:\n 1) Nadia Rahm, Head of Payroll — technical round (45 min)\n",
        "Panel:\n- Nadia Rahm, Head of Payroll – she would be my manager\n",
        "People:\n2. Nadia Rahm - Head of Payroll — Excel test\n",
    ],
)
def test_a_listed_person_with_a_title_then_what_the_meeting_was(listing: str) -> None:
    b = brief(
        f"Corrin Mills — Payroll Specialist\nNov 19 2026\nMe: Jo Park\n\n{listing}\n"
        "- she talked about the move to a new payroll system\n"
    )
    assert [p.name for p in b.interviewers] == ["Nadia Rahm"]
    assert (b.interviewers[0].title or "").startswith("Head of Payroll")


@pytest.mark.parametrize(
    "who",
    [
        "who: Rosa Lind - owner, head baker. her nephew said hi but didnt sit in",
        "- who = Rosa Lind (owner)",
        "Who: Rosa Lind, owner",
    ],
)
def test_who_labels_the_person_met_and_job_equals_is_the_role(who: str) -> None:
    b = brief(
        f"lind family bakery - bakers helper interview\nwed 11/18/26 5am\nme: Jo Park\n{who}\n\n"
        "job = early shift bakers helper, mostly bread + some decorating\n\n"
        "- she asked abt my sourdough starter\n"
    )
    assert [p.name for p in b.interviewers] == ["Rosa Lind"]
    assert "Job" not in [p.name for p in b.interviewers]


TRANSCRIPT = (
    "Marlow Freight call — Dispatcher\nNov 19, 2026 · 9:00 AM · 30 min\n\n"
    "Ines Barros  0:02\n{greeting} thanks for making time. Tomas is here too.\n\n"
    "Tomas Weil  0:10\nMorning.\n\n"
    "Lena Ostrowski  0:12\nMorning, glad to be here.\n\n"
    "Ines Barros  1:05\nSo tell me about your dispatch board.\n"
)


@pytest.mark.parametrize("greeting", ["Hi Lena,", "Hello, Lena —", "Welcome Lena,"])
def test_a_transcript_speaker_greeted_by_first_name_is_the_candidate(greeting: str) -> None:
    b = brief(TRANSCRIPT.format(greeting=greeting))
    assert b.candidate == "Lena Ostrowski"
    assert [p.name for p in b.interviewers] == ["Ines Barros", "Tomas Weil"]


def test_a_transcript_with_no_one_greeted_guesses_no_candidate() -> None:
    reading = read(TRANSCRIPT.format(greeting="Okay,"))
    assert reading.brief.candidate is None


@pytest.mark.parametrize(
    "people",
    [
        "## 👥 Who I met\n- **Odile Faure** — Head of Growth (hiring manager). 40 min call.\n",
        "### round 1: Odile Faure, Head of Growth (60 min)\n- she asked about churn\n",
        "## slot 2: Odile Faure - Head of Growth\n",
    ],
)
def test_a_person_in_a_bold_list_item_or_a_labelled_sub_heading(people: str) -> None:
    b = brief(f"# Interview — Tallow Analytics\nRole: Growth Marketer\nMe: Jo Park\n\n{people}")
    assert [(p.name, p.title) for p in b.interviewers] == [("Odile Faure", "Head of Growth")]


@pytest.mark.parametrize(
    "opening",
    [
        "BRACKEN COUNTY EMS - Paramedic Trainee (Cohort 2026-B)",
        "Bracken County EMS — Paramedic Trainee (cohort 26-2, nights)",
    ],
)
def test_an_opening_line_with_a_numbered_aside_after_the_role(opening: str) -> None:
    b = brief(
        f"{opening}\nMe: Jo Park\nWith: Ana Ruiz (Training Captain)\n"
        "- she asked about ride-alongs\n"
    )
    assert b.company is not None and b.company.lower() == "bracken county ems"
    assert b.role == "Paramedic Trainee"


def test_a_front_matter_name_with_its_title_in_brackets_or_after_a_dash() -> None:
    b = read(
        "- Dr. Ruiz asked about my thesis\n",
        me="Jo Park",
        company="Corrin Labs",
        role="Chemist",
        interviewers=["Dr. Ana Ruiz (Head of Assays)", "Bo Ek — Lab Manager", "Cy Moe"],
    ).brief
    got = [(p.name, p.title, p.honorific) for p in b.interviewers]
    assert got == [
        ("Ana Ruiz", "Head of Assays", "Dr."),
        ("Bo Ek", "Lab Manager", None),
        ("Cy Moe", None, None),
    ]


@pytest.mark.parametrize(
    "contact",
    [
        "- Mr. Bo Ek, HR Manager. Contact person for process.",
        "- Bo Ek — recruiter, said to send questions to him",
        "- Bo Ek, Talent Partner (point of contact)",
    ],
)
def test_the_person_named_as_the_contact_comes_first(contact: str) -> None:
    b = brief(
        "Company: Corrin Mills\nRole: Planner\nMe: Jo Park\n\nPeople:\n"
        f"- Dr. Ana Ruiz, Head of Planning\n{contact}\n\n- Ruiz asked about MRP runs\n"
    )
    assert [p.name for p in b.interviewers] == ["Bo Ek", "Ana Ruiz"]


def test_with_no_contact_named_the_order_of_the_notes_stays() -> None:
    b = brief(
        "Company: Corrin Mills\nRole: Planner\nMe: Jo Park\n\nPeople:\n"
        "- Dr. Ana Ruiz, Head of Planning\n- Bo Ek, HR Manager\n\n- Ruiz asked about MRP runs\n"
    )
    assert [p.name for p in b.interviewers] == ["Ana Ruiz", "Bo Ek"]


@pytest.mark.parametrize(
    "opening",
    [
        "VELLORA - Customer Success Manager, Mid-Market (billing SaaS)",
        "Vellora - Customer Success Manager, EMEA",
    ],
)
def test_an_opening_line_with_a_team_after_the_role(opening: str) -> None:
    b = brief(
        f"{opening}\nJo Park\n"
        "Interview: Wed 11/18/2026, 10 am, Zoom, w/ Ana Ruiz (VP Customer Success, West)\n"
    )
    assert b.company == "Vellora"
    assert b.role == "Customer Success Manager"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Date: 17/11/2026, 10:30, Teams", dt.date(2026, 11, 17)),
        ("interviewed 25/11/26 at the depot", dt.date(2026, 11, 25)),
        ("Date: 11/17/2026", dt.date(2026, 11, 17)),
    ],
)
def test_a_slashed_date_that_can_only_be_day_first(text: str, day: dt.date) -> None:
    b = brief(f"Company: Corrin Mills\nRole: Planner\nMe: Jo Park\nWith: Ana Ruiz\n{text}\n")
    assert b.interview_date == day


def test_a_quoted_calendar_attendees_line_and_me_after_a_middle_dot() -> None:
    b = brief(
        "# Tallow — Data Analyst — panel debrief\n"
        "**Mon Nov 16 2026** · 45 min · Meet · me: Jo Park\n"
        "> Attendees: Nia Cole (Analytics Lead), Sam Roy (Staff Engineer)\n\n"
        "### Nia\n- she asked about dbt tests\n"
    )
    assert b.candidate == "Jo Park"
    assert [p.name for p in b.interviewers] == ["Nia Cole", "Sam Roy"]


@pytest.mark.parametrize(
    "line",
    [
        "- lesson observed by Mrs Nia Cole, Head of Science",
        "- interviewed by Nia Cole (Head of Science) in the lab",
    ],
)
def test_a_person_met_after_observed_or_interviewed_by(line: str) -> None:
    b = brief(f"Company: Ashby School\nRole: Science Teacher\nMe: Jo Park\n\n{line}\n")
    assert [(p.name, p.title) for p in b.interviewers] == [("Nia Cole", "Head of Science")]


def test_a_question_heading_with_an_interviewer_surname_is_no_person() -> None:
    b = brief(
        "Company: Ashby Council\nRole: Policy Officer\nMe: Jo Park\n"
        "Panel: Nia Cole (Head of Policy), Sam Roy (HR Partner)\n\n"
        "Seeing the Big Picture (Cole)\n- asked about a time I balanced priorities\n"
        "Making Effective Decisions (Roy)\n- asked about a hard call\n"
    )
    assert [p.name for p in b.interviewers] == ["Nia Cole", "Sam Roy"]


@pytest.mark.parametrize(
    "text", ["The interview was in 17 of november 2026, tuesday", "interview: 17 of Nov, 10am"]
)
def test_a_day_of_month_date(text: str) -> None:
    b = brief(f"Company: Corrin Mills\nRole: Planner\nMe: Jo Park\nWith: Ana Ruiz\n{text}\n")
    assert b.interview_date == dt.date(2026, 11, 17)
