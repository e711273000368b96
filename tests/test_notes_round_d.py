"""Notes forms read since held-out batches D and E (issue 7): each form in wordings written for
this file, none copied from eval/. Markdown emphasis, Q&A turns naming who asked, questions put
to the candidate in the second person, and clauses that are no topic."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Interviewer, Notes
from followup.notelines import PhraseKind, sure_phrase
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)


def read(text: str, **front: object) -> Reading:
    return understand_notes(Notes(front_matter=front, text=text, source="n.txt"), TODAY)


def person(reading: Reading, surname: str) -> Interviewer:
    return next(p for p in reading.brief.interviewers if p.name.endswith(surname))


PANEL = {
    "me": "Ola Brandt",
    "company": "Kestrel Foods",
    "role": "Supply Planner",
    "date": "2026-11-24",
    "interviewers": ["Ms. Ines Calder - Planning Director", "Tobias Renner - Buyer"],
}


@pytest.mark.parametrize(
    "heading",
    ["**Ms. Calder (Planning Director)**", "__Ms. Calder (Planning Director)__"],
)
def test_a_bold_person_heading_opens_their_part(heading: str) -> None:
    text = (
        f"{heading}\n- asked about the weekly S&OP cycle and the forecast bias report\n\n"
        "**Tobias Renner (Buyer)**\n- asked about supplier lead times from the port\n"
    )
    r = read(text, **PANEL)
    assert any("S&OP" in t for t in person(r, "Calder").topics)
    assert any("lead times" in t for t in person(r, "Renner").topics)
    assert not any("lead times" in t for t in person(r, "Calder").topics)


@pytest.mark.parametrize("label", ["Q (Calder):", "**Q (Calder):**", "Q (Ms. Calder):"])
def test_a_question_turn_naming_who_asked_is_theirs_with_its_answer(label: str) -> None:
    text = (
        f"{label} How would you cut the forecast error on promo weeks?\n"
        "A: Talked through the uplift model I built, with a holdout by region.\n\n"
        "Q (Renner): Where do you see the risk in single sourcing?\n"
        "A: Port strikes; I said dual sourcing for the top ten lines.\n"
    )
    r = read(text, **PANEL)
    calder, renner = person(r, "Calder"), person(r, "Renner")
    assert "how I would cut the forecast error on promo weeks" in calder.topics
    assert "where I see the risk in single sourcing" in renner.topics
    assert not any("single sourcing" in t for t in calder.topics)
    answers = [ln for ln in r.lines if "uplift model" in ln.text]
    assert answers and answers[0].about == "Ines Calder"


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("How comfortable are you with SQL?", "how comfortable I am with SQL"),
        ("Where do you see your team in two years?", "where I see my team in two years"),
        ("Walk me through a plan you had to rebuild.", "a plan I had to rebuild"),
        ("Talk us through your last launch.", "my last launch"),
        ("Why would you leave your current job?", "why I would leave my current job"),
    ],
)
def test_a_question_put_to_the_candidate_is_read_in_their_words(question: str, phrase: str) -> None:
    r = read(f"Q (Renner): {question}\nA: gave an answer\n", **PANEL)
    assert phrase in person(r, "Renner").topics


@pytest.mark.parametrize(
    "question", ["When would you use which?", "What would you do with it?", "How do you do that?"]
)
def test_a_question_with_nothing_left_to_name_gives_no_topic(question: str) -> None:
    r = read(f"Q (Renner): {question}\nA: gave an answer\n", **PANEL)
    assert person(r, "Renner").topics == []


@pytest.mark.parametrize(
    "phrase",
    [
        "buyers order early when they trust the forecast",
        "stores reorder because she changed the par levels",
        "the rota works once we hire two more",
    ],
)
def test_a_clause_is_no_topic(phrase: str) -> None:
    assert not sure_phrase(phrase, PhraseKind.TOPIC)


@pytest.mark.parametrize(
    "phrase", ["the forecast bias report", "supplier lead times from the port"]
)
def test_a_noun_phrase_stays_a_topic(phrase: str) -> None:
    assert sure_phrase(phrase, PhraseKind.TOPIC)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("1. Sir Ramil Aquino — Site Director", "Ramil Aquino"),
        ("2. Ma'am Liza Ocampo — Recruitment Lead", "Liza Ocampo"),
        ("2. Ma’am Liza Ocampo — Recruitment Lead", "Liza Ocampo"),
        ("3. Madam Chua Mei Ling — Finance Manager", "Chua Mei Ling"),
    ],
)
def test_a_word_of_respect_is_no_name_and_no_title(line: str, name: str) -> None:
    text = (
        f"Interview notes — Harbourline BPO, Team Lead\nNov 24, 2026\nMe: Dana Cruz\n\n"
        f"Panel:\n{line}\n"
    )
    people = read(text).brief.interviewers
    assert [p.name for p in people] == [name]
    assert people[0].honorific is None


def test_a_heading_with_a_word_of_respect_in_capitals_opens_that_part() -> None:
    text = (
        "Harbourline BPO, Team Lead. Nov 24, 2026. Me: Dana Cruz\n\n"
        "Panel:\n1. Sir Ramil Aquino — Site Director\n2. Ma'am Liza Ocampo — HR Lead\n\n"
        "SIR RAMIL\n- asked about the night-shift staffing plan\n\n"
        "MA'AM LIZA\n- asked about the onboarding buddy scheme\n"
    )
    r = read(text)
    assert any("staffing plan" in t for t in person(r, "Aquino").topics)
    assert any("buddy scheme" in t for t in person(r, "Ocampo").topics)


@pytest.mark.parametrize(
    "opening",
    [
        "hollow oak interview done. Hollow Oak Freight Logistics, the depot by the ring road. "
        "yard supervisor nights. talked to Wes Abara ops mgr, just him",
        "Hollow Oak Freight Logistics. yard supervisor weekends. talked to Wes Abara ops mgr",
    ],
)
def test_an_organisation_and_a_job_in_phrases_of_their_own(opening: str) -> None:
    b = read(f"Me: Ana Reyes\nNov 24 2026\n{opening}\n\nhe asked about the cross-dock plan\n").brief
    assert b.company == "Hollow Oak Freight Logistics"
    assert b.role == "Yard Supervisor"
    assert [(p.name, p.title) for p in b.interviewers] == [("Wes Abara", "operations manager")]


def test_the_candidates_own_employer_is_not_taken_by_its_form() -> None:
    text = "Me: Ana Reyes\nI worked at Fairway Foods for 6 years. talked to Wes Abara ops mgr\n"
    assert read(text).brief.company is None


@pytest.mark.parametrize(
    "line",
    [
        "- cold-chain compliance is his big thing",
        "- cold-chain compliance!! his biggest problem, they failed an audit",
        "- cold-chain compliance - his main focus this year",
    ],
)
def test_what_is_their_big_thing_said_after_it_is_a_topic(line: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    assert "cold-chain compliance" in person(read(line + "\n", **front), "Renner").topics


@pytest.mark.parametrize("label", ["CONCERN nya", "Concern (Renner)", "concern his"])
def test_a_concern_label_naming_whose_it_is_is_a_concern(label: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read(f"- {label}: I have not run a category on my own\n", **front)
    assert person(r, "Renner").concerns
    assert person(r, "Renner").topics == []


def test_their_words_in_quotes_are_no_topic() -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read('- "different league, margins, rebates, chargebacks." he said\n', **front)
    assert person(r, "Renner").topics == []


@pytest.mark.parametrize(
    "line",
    [
        "im at 19.75 now",
        "I'm on 42k at the moment",
        "current ko 31k",
        "currently on 52,000",
        "she said £80k max",
        "Tobias smelled like coffee lol",
        "nice guy though",
        "Tobias seemed a bit grumpy",
    ],
)
def test_what_the_candidate_earns_and_remarks_on_the_person_are_private(line: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read(f"- {line}\n", **front)
    assert all(not ln.usable for ln in r.lines), [(ln.text, ln.kind) for ln in r.lines]
    assert line.split()[-1].strip(".") not in r.public_text() or "lol" in line


def test_a_template_role_left_blank_is_not_guessed_from_other_lines() -> None:
    text = "Candidate: First Last\nCompany: Company Name\nRole: Job Title\nDate: MM/DD/YYYY\n"
    r = read(text)
    assert r.brief.role is None
    assert "role" in r.placeholders


@pytest.mark.parametrize("mark", ["→", "->", "▸", "»"])
def test_an_arrow_opening_a_line_is_a_bullet(mark: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read(f"Tobias Renner — buyer\n {mark} big on supplier scorecards\n", **front)
    assert "supplier scorecards" in person(r, "Renner").topics


def test_a_numbered_heading_names_its_person() -> None:
    text = (
        "### 1. Ines Calder — Planning Director\n- asked about the forecast bias report\n\n"
        "### 2. Tobias Renner — Buyer\n- asked about supplier lead times\n"
    )
    r = read(text, **PANEL)
    assert any("bias report" in t for t in person(r, "Calder").topics)
    assert not any("bias report" in t for t in person(r, "Renner").topics)


@pytest.mark.parametrize("heading", ["PRIVATE !!", "Private:", "private 🔒"])
def test_a_private_heading_with_marks_after_it_hides_what_follows(heading: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read(
        f"Tobias Renner — buyer\n- asked about lead times\n\n{heading}\n- the Oslo offer\n", **front
    )
    assert "Oslo" not in r.public_text()
    assert not any("Oslo" in t for t in person(r, "Renner").topics)


@pytest.mark.parametrize(
    ("written", "honorific", "name"),
    [
        ("Prof. Dr.-Ing. Heike Brandt", "Prof.", "Heike Brandt"),
        ("Dr.-Ing. Lars Vogt", "Dr.", "Lars Vogt"),
        ("Dipl.-Ing. Uwe Kern", None, "Uwe Kern"),
        ("Mag. Eva Huber", None, "Eva Huber"),
    ],
)
def test_german_academic_titles_are_kept_apart_from_the_name(
    written: str, honorific: str | None, name: str
) -> None:
    r = read("", **(PANEL | {"interviewers": [f"{written}, Head of Testing"]}))
    p = r.brief.interviewers[0]
    assert (p.honorific, p.name, p.title) == (honorific, name, "Head of Testing")


def test_prose_hands_the_talk_to_whoever_joined() -> None:
    text = (
        "We began with Ms. Calder. She asked about the forecast bias report. "
        "Thereafter Mr. Renner joined. He is interested above all in supplier lead times.\n"
    )
    r = read(text, **PANEL)
    assert any("lead times" in t for t in person(r, "Renner").topics)
    assert not any("lead times" in t for t in person(r, "Calder").topics)


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        (
            "Tobias asked what happens to safety stock if the port closes.",
            "what happens to safety stock if the port closes",
        ),
        ("Tobias asked in some detail about the rebate model.", "the rebate model"),
        ("Tobias asked about the S&OP cycle and remarked that it runs monthly.", "the S&OP cycle"),
    ],
)
def test_what_they_asked_about_a_subject_is_their_question(line: str, phrase: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    assert phrase in person(read(line + "\n", **front), "Renner").topics


@pytest.mark.parametrize(
    ("text", "role", "person_title"),
    [
        (
            "ok so Harbour View Rowing Club interview on sat 21 Nov 2026, the job is Head Coach "
            "Juniors and it was Priya Menon the club manager who ran it, my DBS is current",
            "Head Coach Juniors",
            ("Priya Menon", "club manager"),
        ),
    ],
)
def test_a_run_on_paragraph_gives_the_job_the_person_and_no_acronym_as_a_name(
    text: str, role: str, person_title: tuple[str, str]
) -> None:
    b = read(text + "\n\n— Sam Ortiz (sam.ortiz@example.com)\n").brief
    assert b.role == role
    assert b.company == "Harbour View Rowing Club"
    assert [(p.name, p.title) for p in b.interviewers] == [person_title]


@pytest.mark.parametrize(
    "phrase", ["falamos um pouco de português", "brasileiro também", "metrics talk agad"]
)
def test_a_phrase_in_another_language_is_not_sent(phrase: str) -> None:
    assert not sure_phrase(phrase, PhraseKind.TOPIC)


@pytest.mark.parametrize(
    "phrase",
    [
        "the Fehlerkultur in the plant",
        "plans to cut pour costs",
        "the era of paper forms",
        "your plans to move to Bill.com",
        "the de-dup step in the pipeline",
    ],
)
def test_a_borrowed_term_or_an_english_homograph_stays(phrase: str) -> None:
    assert sure_phrase(phrase, PhraseKind.TOPIC)


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        ("tue 11/24", dt.date(2026, 11, 20), dt.date(2026, 11, 24)),  # written ahead: this year
        ("tue 11/24", dt.date(2026, 11, 26), dt.date(2026, 11, 24)),
        ("Mon Nov 24", dt.date(2026, 3, 1), dt.date(2025, 11, 24)),  # a Monday last year
        ("11/24", dt.date(2026, 11, 20), dt.date(2025, 11, 24)),  # no weekday: the past one
    ],
)
def test_a_named_weekday_picks_the_year_of_a_date_without_one(
    text: str, today: dt.date, day: dt.date
) -> None:
    from followup.notes import parse_date

    assert parse_date(text, today) == day


@pytest.mark.parametrize(
    ("line", "private"),
    [
        ("- total comp is 140 with equity", True),
        ("- comp range 90-110", True),
        ("- she said comp: 95k", True),
        ("- I'd comp a month of parking after the flood, she liked that", False),
    ],
)
def test_comp_is_private_as_pay_not_as_a_verb(line: str, private: bool) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    r = read(line + "\n", **front)
    assert any(not ln.usable for ln in r.lines) is private


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("- fill rate stuck at 91%", "fill rate"),
        ("- supplier lead times avg 9 days", "supplier lead times"),
    ],
)
def test_a_measure_and_where_it_stands_gives_the_measure(line: str, topic: str) -> None:
    front = PANEL | {"interviewers": ["Tobias Renner - Buyer"]}
    assert topic in person(read(line + "\n", **front), "Renner").topics
