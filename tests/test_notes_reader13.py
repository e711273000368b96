"""Session 13's reading fixes, each with lines that should be read and lines that should not:
a piece the notes describe without a title or link (share.described_item), ..."""

from __future__ import annotations

import datetime as dt

import pytest

from followup.noteheader import decision_date, read_header
from followup.notes import Reading
from followup.writer.share import advice_taken, described_item


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "3/9 -- found the LSU AgCenter write-up on drone spray drift trials (Stoneville + "
            "Crowley, 2025) -- measured drift. link: lsuagcenter.com/.../drone-drift-trials",
            "I came across the LSU AgCenter write-up on drone spray drift trials, which made "
            "me think of our conversation.",
        ),
        (
            "- the Charity Retail Association posted a short guide on raising Gift Aid "
            "sign-ups at the till (the one w/ the 3 scripts for volunteers). send her the link",
            "I saw that the Charity Retail Association has published a guide on raising Gift "
            "Aid sign-ups at the till, and it made me think of our conversation.",
        ),
        (
            "- Value: the new open-access review on **humane endpoints in cattle challenge "
            "studies** (Veterinary Sciences, March 2026) — directly on her priority.",
            "I came across a new open-access review in Veterinary Sciences on humane "
            "endpoints in cattle challenge studies, which made me think of our conversation.",
        ),
        (
            "1. That article I found — Journal of Perinatal Education, spring issue — on "
            "**doula-led postpartum screening**, a program in North Carolina",
            "I came across an article in the Journal of Perinatal Education on doula-led "
            "postpartum screening, which made me think of our conversation.",
        ),
        (
            "- Found a properly good guide: Room Escape Artist's piece on accessible room "
            "design — wheelchair turning circles. Send the link.",
            "I came across Room Escape Artist's piece on accessible room design, which made "
            "me think of our conversation.",
        ),
    ],
)
def test_a_described_piece_is_read_in_the_notes_words(line: str, sentence: str) -> None:
    item = described_item([line])
    assert item is not None
    assert item.sentence(None) == sentence
    assert "lsuagcenter.com" not in item.sentence(None)  # a cut-short link is no link


@pytest.mark.parametrize(
    "line",
    [
        "- scheduling, accommodation requests through the portal, 48-hr notice policy",
        "- EHCP outcomes, how I'd record progress, notes for the annual review",
        "5/13 - I published my own report on churn in the trade press, send it round",
        "- she wants the guide on onboarding rewritten by June",  # no sign of passing it on
        "- found my notes from the course on ensemble calibration",
    ],
)
def test_a_line_that_names_no_piece_to_pass_on_is_not_read_as_one(line: str) -> None:
    assert described_item([line]) is None


# -- the writer's name where it stands (noteheader._writer_by_place and the label readers) --------
@pytest.mark.parametrize(
    ("notes", "candidate"),
    [
        (
            "pasted from Teams chat w/ Dev - interview Tues 24 March 2026, Northbridge Events Ltd\n"
            "\nDev Anand  24/03/2026 16:58\nwell??? how did it go\n\n"
            "Jordan Pike  24/03/2026 17:01\nDONE. 90 mins, three of them on the panel\n",
            "Jordan Pike",
        ),
        (
            "Slack paste\n\nSam Okafor  5:01 PM\nhow was it\n\nRiya Desai  5:02 PM\n"
            "they asked me about the migration, I think the panel liked it\n",
            "Riya Desai",
        ),
        (
            "Halcyon Shipbrokers Ltd — Dry Cargo Broker\nΝίκος / Nikos Papadakis\n\n"
            "Interview: Wed 13/05/2026\n- Mr Giles Fairbrother, Managing Director\n",
            "Nikos Papadakis",
        ),
        (
            "kaiyo omakase tryout 4/14/26\n\nken morimoto - itamae position (12 seat counter)\n\n"
            "carla benedetti (GM)\n- he tasted the rice\n",
            "Ken Morimoto",
        ),
        (
            "ok this is ewan macrae notes for the glen corran distillery job i met fiona "
            "gillies shes the warehouse manager\n",
            "Ewan Macrae",
        ),
        (
            "Company: Nile Basin Child Health Initiative\nCandidate: OKELLO Denis Opio\n"
            "Panel: Ms. Harriet Nakato (Finance Manager)\n",
            "Denis Opio Okello",
        ),
        (
            "Meridian Prosthetics — Prosthetic Technician\n\nApril 9th. I'm writing this in "
            "the car so it's fresh. — Hana Kobayashi\n\nMet Greg Ambrose, the clinical director.\n",
            "Hana Kobayashi",
        ),
        (
            "Arena Ops Manager – North Ridge Ice Center\nShannon Dufresne — my running notes\n\n"
            "INTERVIEW: Mon April 20, 2026\n Craig Halvorsen, Director of Recreation\n",
            "Shannon Dufresne",
        ),
        (
            "SKYROW AGRONOMICS -- ops lead\n\n2/10/26 Video call w/ Lauren Becker, VP Operations.\n"
            "Wade Thibodeaux -- 22 yrs ag aviation, Air Tractor 502\n\n- she asked about drift\n",
            "Wade Thibodeaux",
        ),
    ],
)
def test_the_writers_name_is_read_where_it_stands(notes: str, candidate: str) -> None:
    assert read_header(notes).candidate == candidate


@pytest.mark.parametrize(
    "notes",
    [
        # two speakers, both telling of interviews: no guess
        "chat paste\n\nSam Okafor  5:01 PM\nI had my interview today\n\n"
        "Riya Desai  5:02 PM\nmy interview is tomorrow, they asked me for a portfolio\n",
        # a person spoken of again is not the writer
        "SKYROW -- ops lead\nLauren Becker -- 22 yrs in ag aviation\n\n- Becker asked about it\n",
        # one given name after capitals is a first name said loud, not a surname first
        "Company: Acme\nMe: KIRAN Malhotra\n",
    ],
)
def test_a_name_that_is_not_surely_the_writers_is_not_taken(notes: str) -> None:
    assert read_header(notes).candidate in (None, "KIRAN Malhotra", "Kiran Malhotra")


# -- the notes' own heading, a unit, a professional title (heldout-m's faults) --------------------
@pytest.mark.parametrize(
    ("notes", "company", "role"),
    [
        (
            "# Catatan wawancara - Seabright Hotel & Spa, Cairns QLD\n\n"
            "**Posisi:** Sous Chef - Banquet Kitchen\n**Nama saya:** Dewi Anggraini\n",
            "Seabright Hotel & Spa",
            "Sous Chef - Banquet Kitchen",
        ),
        (
            "JOB LOG — Northern Valley Health District\nVaccine Cold Chain Coordinator\n"
            "Aisha Rahman\n",
            "Northern Valley Health District",
            "Vaccine Cold Chain Coordinator",
        ),
        (
            "Job hunt log — Senior Hydrologist, Tamsett Water Consulting (Flood Risk team)\n\n"
            "INTERVIEW — Tue 3 March 2026, their office, Level 6\nme: Ines Carvalho\n",
            "Tamsett Water Consulting",
            "Senior Hydrologist",
        ),
        (
            "## TODO — Kiln & Wheel job (Studio Technician)\n\ninterview was Fri May 1. "
            "me = Frankie Dunmore\n",
            "Kiln & Wheel",
            "Studio Technician",
        ),
        (
            "BAY STATE PUBLIC DEFENSE - Dorchester Trial Office\nStaff Investigator - interview "
            "Tue 5/19/2026, 10am\nKevin Doherty (me)\n\nPanel:\n - Atty. Maureen Feeney, "
            "Attorney-in-Charge\n",
            None,  # the company's casing is not this fix's
            "Staff Investigator",
        ),
    ],
)
def test_the_notes_heading_and_a_unit_are_not_the_company_or_the_role(
    notes: str, company: str | None, role: str
) -> None:
    header = read_header(notes)
    if company is not None:
        assert header.company == company
    assert header.role == role
    assert header.company not in ("TODO", "Catatan wawancara", "JOB LOG", "Job Hunt Log")


@pytest.mark.parametrize(
    ("notes", "candidate"),
    [
        ("Notas — Bia (Beatriz Albuquerque Lima)\nentrevista Lumen — Translator\n", "Beatriz"),
        ("Entrevista AgroSierra - Field Agronomist\nYo: Ing. Rodrigo Salazar Méndez\n", "Rodrigo"),
        ("Company: Acme\nMe: Dr. Rafael Ocampo\n", "Dr. Rafael"),  # an honorific stays
    ],
)
def test_a_heading_with_the_writers_name_and_a_title_before_it(notes: str, candidate: str) -> None:
    assert (read_header(notes).candidate or "").startswith(candidate)


def test_atty_is_a_title_not_a_person_met() -> None:
    header = read_header(
        "BAY STATE PUBLIC DEFENSE - Trial Office\nInvestigator interview\nKevin Doherty (me)\n\n"
        "Panel:\n - Atty. Maureen Feeney, Attorney-in-Charge\n"
    )
    assert [p.name for p in header.people] == ["Maureen Feeney"]


def test_a_piece_the_reader_cut_at_its_dashes_is_read_whole() -> None:
    lines = [
        "What I actually have to give her:",
        "That article I found",
        "Journal of Perinatal Education, spring issue",
        "on doula-led postpartum depression screening with the EPDS, the home-visit model.",
    ]
    item = described_item(lines)
    assert item is not None
    assert item.sentence(None).startswith(
        "I came across an article in the Journal of Perinatal Education on doula-led "
        "postpartum depression screening with the EPDS"
    )
    assert described_item(["That article I found", "it was long", "on the train"]) is None


def test_advice_acted_on_in_a_later_update_naming_the_same_thing() -> None:
    lines = [
        "she suggested I do the Certified Protection Officer (CPO) course, said it would help.",
        "outcome: she called 19 Jan, budget held up",
        "finished the CPO course!",
    ]
    assert advice_taken(lines) == (
        "do the Certified Protection Officer (CPO) course",
        "finished the CPO course",
    )
    # a later course that is not the one advised is not the advice acted on
    other = [lines[0], lines[1], "finished the NIC course!"]
    assert advice_taken(other) is None


def test_a_date_line_is_not_the_company_and_the_writers_sentence_names_the_job() -> None:
    notes = (
        "journal — the Tidewater job\n\n**Thursday, March 26, 2026** — interview day\n\n"
        "I'm Amara Linwood, applying for **Community Doula** with **Tidewater Community Birth "
        "Partners** (the nonprofit one). Interviewed with Renée Baptiste, the program director.\n"
    )
    header = read_header(notes)
    assert (header.company, header.role) == (
        "Tidewater Community Birth Partners",
        "Community Doula",
    )
    # a company already read is kept: the sentence does not overrule the title line
    kept = read_header("Acme Foods — Buyer\n\nI was applying for Senior Buyer at Other Co.\n")
    assert kept.company == "Acme Foods"


# -- decision dates (noteheader.decision_date), from a Friday and from a Tuesday ------------------
@pytest.mark.parametrize(
    ("said", "friday", "tuesday"),
    [
        ("they will decide early next week", dt.date(2026, 3, 17), dt.date(2026, 3, 17)),
        ("they will decide mid next week", dt.date(2026, 3, 18), dt.date(2026, 3, 18)),
        ("we will get back to you in a day or two", dt.date(2026, 3, 15), dt.date(2026, 3, 12)),
        ("Result will be informed within 1 week", dt.date(2026, 3, 20), dt.date(2026, 3, 17)),
        ("decision in a few days", dt.date(2026, 3, 16), dt.date(2026, 3, 13)),
        (
            "Results will be communicated in 3 working days",
            dt.date(2026, 3, 18),
            dt.date(2026, 3, 13),
        ),
    ],
)
def test_a_decision_date_said_in_words(said: str, friday: dt.date, tuesday: dt.date) -> None:
    assert decision_date(said, dt.date(2026, 3, 13)) == friday
    assert decision_date(said, dt.date(2026, 3, 10)) == tuesday


@pytest.mark.parametrize(
    "said", ["early next week I start my new shift", "mid next week is my holiday", "a day or two"]
)
def test_words_of_time_without_a_decision_are_no_decision_date(said: str) -> None:
    assert decision_date(said, dt.date(2026, 3, 13)) is None


def test_one_cue_list_for_the_decision_date_and_the_next_steps_line() -> None:
    from followup import notelines, timeline

    assert timeline.REPLY_BY_CUE in notelines._NEXT.pattern
    line = "Result will be informed within 1 week"
    assert notelines._NEXT.search(line) and decision_date(line, dt.date(2026, 3, 10))


def _reading(text: str) -> Reading:
    from followup.inputs import SourceText
    from followup.notes import parse_notes, understand_notes

    source = SourceText(name="notes.txt", text=text)
    return understand_notes(parse_notes(source), dt.date(2026, 3, 12))


def test_a_link_cut_short_in_the_notes_is_no_link_and_the_piece_is_named_instead() -> None:
    text = (
        "SKYROW AGRONOMICS -- ops lead\n\n2/10/26 Video call w/ Lauren Becker, VP Operations.\n"
        "me: Wade Thibodeaux\n\n- she said nobody has good data on drone drift\n\n"
        "3/9 -- found the LSU AgCenter write-up on drone spray drift trials (Stoneville + "
        "Crowley, 2025). link: lsuagcenter.com/.../drone-drift-trials\n"
    )
    reading = _reading(text)
    assert reading.share is None  # never "https://lsuagcenter.com/.../drone-drift-trials"
    item = described_item([ln.text for ln in reading.lines if ln.usable])
    assert item is not None and item.venue == ""  # where the trials ran is no publication
    whole = _reading(text.replace("lsuagcenter.com/.../drone-drift-trials", "lsu.edu/drift"))
    assert whole.share == "https://lsu.edu/drift"


def test_where_the_notes_were_pasted_from_is_not_the_company() -> None:
    notes = (
        "pasted from Teams chat w/ Dev (so i don't lose it) - interview Tues 24 March 2026, "
        "Riverside Park Stadium, Northbridge Sports & Events Ltd\nrole = Senior Events Manager\n"
    )
    assert read_header(notes).company == "Northbridge Sports & Events Ltd"
    # a company that merely follows the words "pasted from" elsewhere is kept
    kept = read_header("Acme Foods — Buyer\n\npasted from my phone - the rest later\n")
    assert kept.company == "Acme Foods"


def test_the_job_on_the_line_under_a_company_heading_not_the_interviewers_title() -> None:
    notes = (
        "Interview notes — Northgate Sports & Spine Clinic, Sandyford\n"
        "Senior Physiotherapist (MSK / sports), permanent, 0.8–1.0 FTE\n"
        "12th May, 9.30am. Mr. Graham Ellery, Clinical Lead (only him)\n"
    )
    header = read_header(notes)
    assert (header.company, header.role) == (
        "Northgate Sports & Spine Clinic",
        "Senior Physiotherapist",
    )
    dated = read_header("Interview notes — Northgate Clinic, Sandyford\nTue 12 May, 9.30am\n")
    assert dated.role is None  # a date line is no job


def test_a_phrase_in_the_writers_own_language_is_no_topic() -> None:
    from followup.notelines import PhraseKind, sure_phrase

    assert not sure_phrase("zapomněla jsem", PhraseKind.TOPIC)  # Czech: "I forgot"
    for english in ("café au lait menu", "the José Martí festival", "PTV Visum model"):
        assert sure_phrase(english, PhraseKind.TOPIC), english
    assert sure_phrase("accessibilité", PhraseKind.TOPIC)  # one word: a loan, said as written
