"""People, titles, topics per person and the interview date, as the ninth new-user trial found
them missed (issue 7). Each form is written here in voices of its own, none copied from the
trial's files or from eval/; each test has notes that should be read and notes that should not."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.models import Notes
from followup.notelines import LineKind, PhraseKind
from followup.notenames import split_honorific
from followup.notes import Reading, understand_notes

TODAY = dt.date(2026, 11, 26)


def read(text: str, today: dt.date = TODAY) -> Reading:
    return understand_notes(Notes(front_matter={}, text=text, source="n.txt"), today)


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.honorific, p.title) for p in read(text).brief.interviewers}


def topics(text: str) -> dict[str, list[str]]:
    return {p.name: p.topics for p in read(text).brief.interviewers}


# (1) people named in prose, by what they do, or after a rank with an aside


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Went to Millbrook Farm Shop yesterday for the deli supervisor job and met Anne-Marie "
            "Castellan who owns the place, she asked about food hygiene. Me: Rob Tate",
            "Anne-Marie Castellan",
            "owner",
        ),
        (
            "Kestrel Garage, MOT tester. Nov 24. I met Gideon Obuya who runs the workshop and he "
            "asked about EV training. Me: Sam Lowe",
            "Gideon Obuya",
            "manager",
        ),
        (
            "Kestrel Garage, MOT tester. Nov 24.\nmet w/ Jo Bell (service mgr) + a fitter called "
            "Tariq Aziz who showed me the ramps\nme: Sam Lowe",
            "Tariq Aziz",
            "fitter",
        ),
        (
            "Kestrel Garage, MOT tester. Nov 24. Met Jo Bell. Later her workshop manager Ewan "
            "Reid came over and talked about the new ramps. Me: Sam Lowe",
            "Ewan Reid",
            "workshop manager",
        ),
    ],
)
def test_a_person_met_in_prose_is_read_with_what_they_do(text: str, name: str, title: str) -> None:
    assert people(text)[name][1] == title


def test_a_rank_with_an_aside_and_a_department_are_read() -> None:
    found = people(
        "warehouse operative @ Tilbury Freight\nintervw 24/11/26\n"
        "ppl: cpl (retd) Stu Harmon, shift lead, and Meera Joshi from HR\nme: lee dunn\n"
    )
    assert found["Stu Harmon"] == (None, "shift lead")  # a rank left behind greets no one
    assert found["Meera Joshi"] == (None, "HR")
    serving = people("Interviewer: Sgt Neil Parr, custody team leader\nMe: Ana Cole\n")
    assert serving["Neil Parr"] == ("Sgt.", "custody team leader")


@pytest.mark.parametrize(
    "text",
    [
        # a company met, not a person: no one is written to
        "Kestrel Garage, MOT tester. Nov 24. I met Kestrel Garage staff at the open day. Me: Sam",
        # "met" and a name-shaped run of common words
        "Kestrel Garage, MOT tester. Nov 24. We met Monday Morning at the depot. Me: Sam Lowe",
        # a title before a thing, not a person
        "Kestrel Garage, MOT tester. Nov 24. Jo Bell said their workshop manager Role Tracker "
        "app is new. Me: Sam Lowe",
    ],
)
def test_a_name_shaped_phrase_is_not_a_person_met(text: str) -> None:
    assert not {"Kestrel Garage", "Monday Morning", "Role Tracker"} & set(people(text))


def test_a_department_is_not_taken_from_a_company_after_from() -> None:
    found = people("Phone screen with Daniel Osei from Quillfeather Press, for the editor role.")
    assert all(title != "Quillfeather Press" for _, title in found.values())


# (2) titles are titles: an engineer's "Ing.", a canon, a chef named in full


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("Ing. Tomáš Král", "Ing.", "Tomáš Král"),
        ("ing. Lucia Ferri", "Ing.", "Lucia Ferri"),
        ("Canon Rev. Dr. Ruth Abiodun", "Canon", "Ruth Abiodun"),
        ("Dipl.-Ing. Uwe Kern", None, "Uwe Kern"),
    ],
)
def test_a_title_before_a_name_is_split_off(written: str, title: str | None, name: str) -> None:
    assert split_honorific(written) == (title, name)


def test_a_name_that_only_looks_like_a_title_stays_a_name() -> None:
    assert split_honorific("Ingrid Solberg") == (None, "Ingrid Solberg")
    assert split_honorific("Canonbury Smith") == (None, "Canonbury Smith")


def test_an_engineer_is_greeted_by_title_never_as_ing() -> None:
    found = people(
        "Company: Vltava Energie a.s.\nPosition: Control Room Operator\nDate: 17.11.2026\n"
        "Interviewer: Ing. Jana Horáková (vedoucí směny)\nMe: Petr Novák\n"
        "- Ing. Horáková asked about SCADA alarms\n"
    )
    assert found == {"Jana Horáková": ("Ing.", "vedoucí směny")}
    assert read(
        "Yo: Ing. Marta Ruiz Peña\nCompany: Agro Sur\nRole: Agronomist\n"
    ).brief.candidate == ("Marta Ruiz Peña")  # a title the writer greets with, never signs with


def test_a_first_name_after_a_title_gets_the_surname_the_notes_give() -> None:
    text = (
        "Entrevista - Restaurante Mar Alto - Sous Chef\n12 Nov 2026\n"
        "Met the owner and the head chef, Chef Tiago Brandão.\n"
        "Chef Tiago wanted ideas for his new lunch menu.\nMe: Ana Reis\n"
    )
    assert people(text)["Tiago Brandão"][0] == "Chef"
    # a common word after the first name is no surname
    plain = "Sous Chef, Mar Alto. 12 Nov 2026.\nChef Tiago Wanted ideas.\nMe: Ana Reis\n"
    assert "Tiago Monday" not in people(plain)


# (3) what each person raised, by the line that names them


@pytest.mark.parametrize(
    ("text", "name", "wanted"),
    [
        (
            "Food truck pitch, Quayside Market. Nov 24.\nMet: Orla Kent (markets manager). Also "
            "Finn Doyle (safety).\nFinn wanted my PAT test certificate and extinguisher log.\n"
            "Me: Sam Vale\n",
            "Finn Doyle",
            "my PAT test certificate and extinguisher log",
        ),
        (
            "Language Partners Ltd, Polish interpreter. Nov 24.\nInterviewers: Dr. Ewa Nowak and "
            "Tom Hale\n- Dr. Nowak tested my Polish with a short court transcript about bail.\n"
            "Me: Kasia Lis\n",
            "Ewa Nowak",
            "a short court transcript about bail",
        ),
        (
            "Little Oaks Dental, dental nurse. Nov 24.\nDr. Amir Shah (dentist) - asked about "
            "x-rays\nMs Jo Penn, practice mgr - asked how I settle a nervous patient\n"
            "Me: Zoe Lin\n",
            "Jo Penn",
            "how I settle a nervous patient",
        ),
    ],
)
def test_a_line_that_names_its_person_gives_them_the_topic(
    text: str, name: str, wanted: str
) -> None:
    assert wanted in topics(text)[name]


def test_wanting_something_else_is_no_question() -> None:
    lines = read(
        "Food truck pitch, Quayside Market. Nov 24.\nMet: Orla Kent (markets manager).\n"
        "Orla wanted to know my hygiene rating.\nOrla wanted someone who can do weekends.\n"
        "Me: Sam\n"
    ).lines
    assert not any(
        ln.phrase_kind is PhraseKind.QUESTION and "someone" in (ln.phrase or "") for ln in lines
    )


def test_a_named_persons_clause_in_run_on_prose_is_theirs() -> None:
    found = topics(
        "So I went to Fernlea Stables today (Thursday 19 November) for the groom job and met "
        "Hattie Marsh who owns the yard and then her stable manager Col Byrne came over and talked "
        "about their plan to open a livery barn next spring, and Hattie said she'd ring me "
        "next week. Me: Di Pratt"
    )
    assert any("livery barn" in t for t in found["Col Byrne"])
    assert not any("livery barn" in t for t in found["Hattie Marsh"])


def test_a_nervous_rider_is_no_concern_but_a_nervous_interviewer_is() -> None:
    text = "Nov 24. Fernlea Stables, groom. Hattie asked me to lead two nervous riders. Me: Di\n"
    assert not any(ln.kind is LineKind.CONCERN for ln in read(text).lines)
    worried = (
        "Nov 24. Fernlea Stables, groom. Hattie was nervous about my lack of BHS exams. Me: Di\n"
    )
    assert any(ln.kind is LineKind.CONCERN for ln in read(worried).lines)


def test_phone_notes_without_apostrophes_still_ask_a_question() -> None:
    found = topics(
        "traffic warden @ Kent County Council\nintervw 24/11/26\n"
        "ppl: Ray Oduya, team leader, and Jen Platt from HR\n"
        "ray asked what id do if a driver gets abusive\nme: kyle moss\n"
    )
    assert found["Ray Oduya"] == ["what I would do if a driver gets abusive"]


def test_a_question_labelled_with_who_asked_it_names_a_person() -> None:
    text = (
        "Q (Chef Ines Varga): how would you cover the pass on a Saturday?\nA: told her about "
        "the 300-cover wedding I ran.\n\nQ (Bruno Ktor, GM): are you ok with early starts?\n"
        "A: yes.\n\nInterview for Sous Chef, The Salt House, Hove. Wed 18 Nov 2026.\n"
        "Me - Kit Hale\n"
    )
    assert people(text)["Bruno Ktor"][1] == "General manager"
    asked = [ln for ln in read(text).lines if ln.kind is LineKind.QUESTION]
    assert [ln.about for ln in asked] == ["Ines Varga", "Bruno Ktor"]
    assert people(text)["Ines Varga"][0] == "Chef"
    # an unlabelled question names nobody; "Q (2 min):" is no person
    plain = "Q (2 min): why this kitchen?\nA: the menu.\nInterview for Sous Chef, The Salt House.\n"
    assert people(plain) == {}


def test_a_colleague_calling_in_sick_is_no_private_remark() -> None:
    lines = read(
        "Sous Chef, The Salt House. Nov 18.\nMet Ines Varga (head chef).\n"
        "Ines asked how I'd run the pass if the sous calls in sick.\nI was off sick in May.\n"
        "Me: Kit Hale\n"
    ).lines
    kinds = {ln.text[:12]: ln.kind for ln in lines}
    assert kinds["Ines asked h"] is LineKind.QUESTION
    assert kinds["I was off si"] is LineKind.PRIVATE


@pytest.mark.parametrize(
    ("written", "title"),
    [("Herr Jens Ohlsen", "Mr."), ("Frau Dr. Ute Marx", "Ms."), ("Herrmann Weiss", None)],
)
def test_german_forms_of_address_are_titles(written: str, title: str | None) -> None:
    assert split_honorific(written)[0] == title


def test_a_pronoun_after_a_line_naming_herr_x_is_his() -> None:
    found = topics(
        "Company: Nordhafen Chemie GmbH\nPosition: Process Operator\nDatum: 17.11.2026\n"
        "Interviewer: Ing. Jan Pohl und Frau Dr. Eva Roth\nIch: Ali Demir\n\n"
        "- Herr Pohl fragte nach meiner Erfahrung\n- he asked about the shutdown in 2024\n"
        "- Dr. Roth asked about permit to work\n"
    )
    assert found["Jan Pohl"] == ["the shutdown in 2024"]


# (4) the interview date: the meeting's line over a deadline, other languages, the last round


def test_the_meeting_date_is_read_over_a_deadline_in_the_opening_lines() -> None:
    text = (
        "hey notes from the call w/ Inkwell Press about the junior colourist job\n"
        "- talked to Dana Holt (art director)\n- sample page due 30 nov\n- call was 25 nov\n"
        "- me: Jo Frey\n"
    )
    assert read(text).brief.interview_date == dt.date(2026, 11, 25)
    # one dated line is read as before, whatever it says
    single = "Inkwell Press, junior colourist. Interview Nov 20, sample page due after.\n"
    assert read(single).brief.interview_date == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("quinta-feira, 12 de novembro de 2026", dt.date(2026, 11, 12)),
        ("jueves 12 de noviembre de 2026", dt.date(2026, 11, 12)),
        ("Dienstag, 17. November 2026", dt.date(2026, 11, 17)),
        ("giovedì 12 novembre 2026", dt.date(2026, 11, 12)),
        ("donderdag 12 november 2026", dt.date(2026, 11, 12)),
        ("torsdag 12. november 2026", dt.date(2026, 11, 12)),
        ("3 maart 2026", dt.date(2026, 3, 3)),
        ("sexta-feira, 6 de março", dt.date(2026, 3, 6)),
    ],
)
def test_a_date_in_another_language_is_read(line: str, day: dt.date) -> None:
    text = f"Entrevista - Hotel Mar Azul, Lisboa - Sommelier\n{line}\nEu: Ana Reis\n"
    assert read(text).brief.interview_date == day


def test_a_weekday_in_another_language_picks_the_year() -> None:
    from followup.notes import parse_date

    # 12 November fell on a Thursday in 2026 and on a Wednesday in 2025
    assert parse_date("quinta-feira, 12 de novembro", dt.date(2026, 12, 1)) == dt.date(2026, 11, 12)
    assert parse_date("mercredi 12 novembre", dt.date(2026, 12, 1)) == dt.date(2025, 11, 12)


def test_the_last_round_held_is_the_interview() -> None:
    text = (
        "Round 1 (phone, 2 Nov) - Holy Trinity Abbey, Organist\nspoke to Canon Rev. Dr. Ruth "
        "Abiodun. she asked about Advent.\n\nRound 2 (in person, 12 Nov) - audition + panel\n"
        "Dr. Ivo Marsh asked about the choir tour\n\nRound 3 - not yet, they decide 26 Nov.\n"
        "Me = Sam Holt\n"
    )
    reading = read(text, dt.date(2026, 12, 1))
    assert reading.brief.interview_date == dt.date(2026, 11, 12)
    assert people(text)["Ruth Abiodun"][0] == "Canon"
    one_round = "Round 1 (phone, 2 Nov) - Holy Trinity Abbey, Organist\nMet Ivo Marsh.\n"
    assert read(one_round, dt.date(2026, 12, 1)).brief.interview_date == dt.date(2026, 11, 2)


# (5) the keep-in-touch note goes to the person who gave the news and asked them back


def test_who_gave_the_news_and_asked_them_back_is_written_to_first() -> None:
    base = (
        "Interview recap - Staff Nurse, Ward 4\nRoyal Elm Hospital\nFri 20 Nov 2026\n\n"
        "Panel: Mr. Tom Vance (consultant), Ms. Ruth Gale (ward manager)\nCandidate: Ada Moss\n\n"
        "Mr Vance asked about sepsis screening.\nRuth asked about night shifts.\n\n"
    )
    told = base + "UPDATE 2 Dec: got the no. Ruth said I should reapply in the spring.\n"
    assert next(p.name for p in read(told).brief.interviewers) == "Ruth Gale"
    plain = base + "UPDATE 2 Dec: got the no.\n"
    assert next(p.name for p in read(plain).brief.interviewers) == "Tom Vance"


# (6) the small words of a company's name stay as the notes write them


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Hotel Palácio do Tejo", "Hotel Palácio do Tejo"),
        ("QUINTA DAS FLORES", "Quinta das Flores"),
        ("Casa de los Vientos", "Casa de los Vientos"),
        ("Huis ten Bosch", "Huis ten Bosch"),
        ("Northgate garage", "Northgate Garage"),  # an English word gets its capital
        ("Do Good Foundation", "Do Good Foundation"),  # a first word stays as written
    ],
)
def test_particles_in_a_company_name_stay_lower_case(written: str, said: str) -> None:
    from followup.writer.offline import proper_name

    assert proper_name(written) == said


def test_a_deadline_line_is_no_topic_and_a_short_month_is_spelled_out() -> None:
    reading = read(
        "notes from the call w/ Inkwell Press about the junior colourist job\n"
        "Met Dana Holt (art director).\n- Dana asked about my flatting process\n"
        "- sample page due 30 nov\n- call was 25 nov\n- me: Jo Frey\n"
    )
    assert all("due" not in t for t in reading.brief.interviewers[0].topics)
    kinds = {ln.text: ln.kind for ln in reading.lines}
    assert kinds["sample page due 30 nov"] is LineKind.LOGISTICS
    # "due" in a subject someone raised is no deadline
    raised = read(
        "Inkwell Press, colourist. Nov 24.\nMet Dana Holt (art director).\n"
        "Dana asked about due diligence.\n"
    )
    assert raised.brief.interviewers[0].topics == ["due diligence"]


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("moving to tablets in jan.", "moving to tablets in January."),
        ("launching mid-mar", "launching mid March"),
        ("talked w/ Jan about rotas", "talked with Jan about rotas"),  # a name, no month
        ("in Jan's team", "in Jan's team"),
    ],
)
def test_a_short_month_after_a_preposition_is_spelled_out(typed: str, spelled: str) -> None:
    from followup.notelines import expand_shorthand

    assert expand_shorthand(typed) == spelled


def test_a_person_typed_in_lower_case_after_their_title_is_read() -> None:
    found = people(
        "hey so notes from the call about the junior letterer job\n"
        "- talked to their managing editor josé luis romero and the art director\n"
        "- josé asked about my lettering fonts\n- me: Sam Reid\n"
    )
    assert found["José Luis Romero"][1] == "managing editor"
    # a thing after the title is no person: "the art director about the new line"
    plain = people(
        "hey so notes from the call about the junior letterer job\n"
        "- talked to their art director about the new line\n- me: Sam Reid\n"
    )
    assert not any("About" in name for name in plain)
