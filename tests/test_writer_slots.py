"""A draft marked ready is one a person would send as written: the notes' grammar in a topic's
slot ("about bout the rota", "whether I could ever driven a forklift", "how I coordinate crew"),
two note lines run together, a date as a topic, an immigration, health or family aside as a
topic, a role said over and over, "mention that" with no clause after it. The offline writer
leaves such a phrase out (and says so when nothing specific is left); the gate flags it in any
draft, a model's too. Also: a check-in congratulates on the recipient's own news, a role or
company read from a heading or swapped is left unsaid, the .eml has no bare-name To line and
one Subject line, and `write --format json` says why the kind was chosen.

The notes are written for these tests in several voices; none is an eval case or a trial note.
"""

from __future__ import annotations

import json
from email import message_from_bytes
from pathlib import Path

import pytest

from followup.checker.rules.slots import slot_fault
from followup.core import MessageKind
from followup.inputs import read_source
from followup.models import Draft, Interviewer
from followup.writer.gate import fact_misread, needs_article
from followup.writer.output import format_json, write_eml
from followup.writer.phrases import as_written, has_finite_verb, settle
from tests.test_writer_composer import FACTS, gated, ids, offline

# -- the notes' grammar in a topic's slot -----------------------------------------------------

SLOT_FAULTS = [
    "bout the winter rota",  # "about" typed short
    "night cover incl. BH",  # the notes' abbreviation
    "stock checks for a 3yo store",
    "I could ever driven a forklift",  # a modal without "have"
    "apprentices get the dovetail jig",  # a clause
    "drivers struggle with the new scanners",
    "check the torque settings",  # a verb
    "hard to staff",  # an adjective
    "probably the loading bay",
    "never done a stock take on nights",  # a participle without its subject
    "my thesis on peat bogs, and whether I can fly a drone survey",  # two note lines
    "onboarding, and new starters do two weeks on nights",
    "the point you made on rostering, and whether I can drive the minibus",
    "how I coordinate crew when the forecast changes",  # a bare singular after a verb
    "how we would run clinic during flu season",
    "fence down and cattle loose first",  # a state without its verb
    "the night audit tough",  # a judgement tacked on
    "the rota week before",  # a time word without its article
    "CSCS Gold Card since 2019",  # the candidate's own credential
    "culture first",  # the step of an answer
    "Playwright or Selenium, and why",  # a question word left hanging
    "the OSHA 30 yes",  # the notes' answer tacked on
    "offer a paid tune-up visit",  # a verb
    "how I would mill the pocket with angled cutter",  # a participle and a bare singular noun
    "renting in converted barn",
    "fire drill planned for spring",  # no article, an event verb and a time
    "ISO audit coming up in March",
    "how I would staff the clinic month 2",  # an ordinal tacked on without "in"
    "4 shifts weekly",  # a count with a word tacked on
    "two espressos blind",
    "cash or no cash",  # the notes' either-or
    "organic feed only",  # a restriction tacked on
    "a buddy system for new porters first 3 weeks",  # a span of time without its article
]

SLOT_WHOLE = [
    "the winter rota",
    "how I would coordinate the crew when the forecast changes",
    "whether I have ever driven a forklift",
    "easy wins for the first quarter",
    "hard hats on the mezzanine",
    "my thesis on peat bogs and the drone survey",
    "new starters and how they shadow the senior staff",
    "what to check first",
    "the changes since 2019",
    "tickets closed and reopened",
    "the day before the audit",
    "seasonal staffing, and how early scheduling could help the store",
    "your plan for the mentoring program, and the people it will serve",
    "whether the answer is no",
    "my time working with limited supervision",
    "living in shared housing",
    "the ISO audit planned for May",
    "how I would staff the clinic in month 2",
    "three espressos and a cortado",
    "whether to take cash or not",
    "a buddy system for new porters for the first 3 weeks",
]


@pytest.mark.parametrize("slot", SLOT_FAULTS)
def test_the_notes_grammar_in_a_slot_is_a_fault(slot: str) -> None:
    assert slot_fault(slot) is not None


@pytest.mark.parametrize("slot", SLOT_WHOLE)
def test_a_whole_noun_phrase_or_question_is_no_fault(slot: str) -> None:
    assert slot_fault(slot) is None


@pytest.mark.parametrize("slot", [s for s in SLOT_FAULTS if not s.startswith(("check", "offer"))])
def test_the_writer_never_says_a_phrase_with_the_notes_grammar(slot: str) -> None:
    assert settle(slot) is None


def test_advice_in_a_verb_phrase_is_still_sayable() -> None:
    # a verb at the start is a fault only where a noun phrase belongs (after "about")
    assert settle("get some hands-on time with the CNC router") is not None


def test_a_noun_after_an_acronym_still_needs_its_article() -> None:
    assert needs_article("HGV licence log and tacho register")
    assert not needs_article("SOC 2 Type II")


@pytest.mark.parametrize(
    ("text", "finite"),
    [
        ("my Excel model for shrink and waste", False),
        ("I'm a qualified first aider", True),
        ("I cut overtime 15% at the depot", True),
        ("the audit was clean", True),
    ],
)
def test_a_clause_has_a_verb_and_a_noun_phrase_has_none(text: str, finite: bool) -> None:
    assert has_finite_verb(text) is finite


# -- the gate: a model's draft is held to the same ---------------------------------------------

LINE = "Interviewer: Carys Pugh\n\n- Carys talked a lot about the depot's move to electric vans\n"


def _to_carys(sentence: str, subject_role: bool = False) -> Draft:
    body = (
        "Hi Carys,\n\nThank you for meeting with me about the Data Platform Engineer role at "
        f"Pellworth Analytics. {sentence} I enjoyed our talk about the depot's move to "
        "electric vans.\n\nBest regards,\nNoor Ahmadi"
    )
    return gated(LINE, body)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Thank you for asking whether I could ever driven a forklift.", "etiquette.fragment"),
        ("I also enjoyed our talk about bout the winter rota.", "etiquette.fragment"),
        ("Our conversation about last thurs has stayed with me.", "writer.wording"),
        ("Thank you for asking about my work permit.", "writer.private-topic"),
        ("I was glad you asked about my mum's surgery.", "writer.private-topic"),
        (
            "As for your concern that never supervised a night shift, the work is the same.",
            "etiquette.fragment",
        ),
        ("I also wanted to mention that my Excel model for shrink and waste.", "writer.wording"),
        (
            "I'd welcome the chance to contribute to your team in the Data Platform Engineer "
            "role, and the Data Platform Engineer role is one I want.",
            "writer.wording",
        ),
    ],
)
def test_the_gate_flags_the_notes_grammar_in_a_model_draft(sentence: str, rule: str) -> None:
    draft = _to_carys(sentence)
    assert rule in ids(draft)
    assert draft.status != "ready"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for asking whether I have ever driven a forklift.",
        "I also wanted to mention that I cut overtime by 15% at the depot.",
        "I also wanted to mention my Excel model for shrink and waste.",
        "I'd welcome the chance to contribute to your team in this role.",
        "It was good to talk on Thursday about the winter rota.",
        "On your concern that new drivers get lost on the estate, I drew a route card.",
        "As for your concern that I have never supervised a night shift, I ran the weekend crew.",
    ],
)
def test_the_gate_passes_the_same_said_whole(sentence: str) -> None:
    draft = _to_carys(sentence)
    found = ids(draft) & {"etiquette.fragment", "writer.wording", "writer.private-topic"}
    assert not found, draft.findings


def test_a_role_that_names_immigration_work_is_no_private_topic() -> None:
    front = {**FACTS, "role": "Immigration Caseworker"}
    body = (
        "Hi Carys,\n\nThank you for meeting with me about the Immigration Caseworker role at "
        "Pellworth Analytics. I enjoyed our talk about the depot's move to electric vans.\n\n"
        "Best regards,\nNoor Ahmadi"
    )
    assert "writer.private-topic" not in ids(gated(LINE, body, front))


# -- the offline writer: leaves the line out, or says nothing specific is left -----------------

SECOND_LANGUAGE = (
    "Interviewer: Mrs. Halvard Eik\n\n"
    "She ask me how I lead crew when forklift is broken in morning shift.\n"
    "She ask about my work permit, I say it is ok until 2028.\n"
)


def test_a_second_language_line_and_a_private_aside_never_reach_the_draft() -> None:
    [draft] = offline(SECOND_LANGUAGE)
    assert "lead crew" not in draft.body
    assert "permit" not in draft.body
    # nothing specific is left: the draft says so instead of passing as ready
    assert draft.status != "ready"
    assert {"writer.no-detail", "etiquette.specific-detail"} & ids(draft)


def test_a_sure_line_is_kept_when_a_fragment_beside_it_goes() -> None:
    text = SECOND_LANGUAGE + "She talked about the cold store extension in Drammen.\n"
    [draft] = offline(text)
    assert "cold store extension" in draft.body
    assert "lead crew" not in draft.body
    assert draft.status == "ready", draft.findings


def test_a_noun_phrase_forgotten_is_mentioned_without_that() -> None:
    text = (
        "Interviewer: Dafydd Rees\n\n- Dafydd talked about the depot's move to electric vans\n"
        "\nForgot to say: my Excel model for shrink and waste across both depots\n"
    )
    [draft] = offline(text)
    assert "I also wanted to mention my Excel model" in draft.body
    assert "mention that my" not in draft.body


def test_an_offline_draft_names_a_long_role_no_more_than_twice() -> None:
    front = {**FACTS, "role": "Senior Estimator (Civils, Band C)"}
    people = "Interviewers: Ana Reyes, Tom Hale\n\n"
    text = people + "- Ana talked about the bypass tender\n- Tom asked about my NEC4 experience\n"
    for draft in offline(text, front):
        said = (draft.subject + draft.body).count("Senior Estimator (Civils, Band C)")
        assert said <= 2, draft.text
        assert "writer.wording" not in ids(draft)


def test_a_heading_read_as_the_role_is_left_unsaid_with_one_finding() -> None:
    [draft] = offline(LINE, {**FACTS, "role": "Call Notes"})
    assert "Call Notes" not in draft.text
    found = [f for f in draft.findings if "Call Notes" in f.message]
    assert len(found) == 1 and found[0].rule_id == "writer.wording"


@pytest.mark.parametrize(
    ("fact", "which", "company", "misread"),
    [
        ("Fitted Wardrobes", "role", "Senior Joiner", True),  # a line of work, company a job
        ("Senior Joiner Job", "company", "", True),
        ("42", "company", "", True),
        ("Data Analytics", "role", "Pellworth Analytics", False),  # a plain company: no swap
        ("Head of Operations", "role", "Senior Joiner", False),
        ("Greyscale Post", "company", "", False),
    ],
)
def test_a_role_and_company_misread_from_a_heading(
    fact: str, which: str, company: str, misread: bool
) -> None:
    assert (fact_misread(fact, which, "", company) is not None) is misread


# -- a check-in on the recipient's own news congratulates -------------------------------------

NEWS = "Interviewer: Priti Shah\n\n- Priti talked about the Leeds depot rebuild\n- hiring paused\n"


@pytest.mark.parametrize(
    ("title", "congratulates"),
    [
        ("Pellworth Analytics wins NHS data platform framework", True),
        ("Pellworth named a Sunday Times best employer", True),
        ("Why data platforms fail: a field guide", False),
    ],
)
def test_a_check_in_congratulates_on_their_own_news(title: str, congratulates: bool) -> None:
    share = f"https://example.org/news/1 {title}"
    [draft] = offline(NEWS, kind=MessageKind.CHECK_IN, share=share)
    assert ("congratulations" in draft.body.lower()) is congratulates
    assert ("useful to you" in draft.body) is not congratulates
    assert draft.status == "ready", draft.findings


# -- what leaves the writer: .eml and JSON ------------------------------------------------------


def _draft(email: str | None, subject: str) -> Draft:
    person = Interviewer(name="Carys Pugh", email=email)
    return Draft(
        kind=MessageKind.THANK_YOU,
        recipient=person,
        subject=subject,
        body="Hi Carys,\n\nThank you.\n\nBest,\nNoor",
        writer="offline",
    )


def test_an_eml_without_an_address_has_no_bare_name_and_keeps_the_subject_on_one_line(
    tmp_path: Path,
) -> None:
    subject = "Thank you for our conversation about the Senior Estimator (Civils, Band C) role"
    [(path, blocked)] = write_eml([_draft(None, subject)], tmp_path)
    raw = path.read_bytes()
    assert not blocked
    assert raw.startswith(b"To: Carys Pugh:;\n")  # an empty group: a name, no address
    assert f"Subject: {subject}\n".encode() in raw
    assert message_from_bytes(raw)["Subject"] == subject
    # `followup log sent` and `followup lint` still read who it is for
    source = read_source(str(path))
    assert source.recipient_name == "Carys Pugh" and source.recipient_email is None


def test_an_eml_with_an_address_names_it(tmp_path: Path) -> None:
    [(path, _)] = write_eml([_draft("carys@example.org", "Thank you")], tmp_path)
    assert b"To: Carys Pugh <carys@example.org>" in path.read_bytes()


def test_the_json_says_why_the_kind_was_chosen() -> None:
    shown = json.loads(format_json([_draft(None, "Thank you")], "offline", "a thank-you: day 1"))
    assert shown["kind_reason"] == "a thank-you: day 1"
    assert json.loads(format_json([], "offline"))["kind_reason"] is None


@pytest.mark.parametrize(
    ("phrase", "notes", "said"),
    [
        (
            "the Cold store extension in Drammen",
            "Company: Fjordline Cold Storage\nshe talked about the cold store extension in Drammen",
            "the cold store extension in Drammen",
        ),
        ("your sketchbook for the June arch", "her sketchbook for the june arch", "June arch"),
        ("the Decorative Arts galleries", "the decorative arts galleries", "Decorative Arts"),
    ],
)
def test_a_word_the_notes_write_in_lower_case_is_not_capitalised(
    phrase: str, notes: str, said: str
) -> None:
    assert said in as_written(phrase, notes)


# -- the notes' capitals: a line's first letter, a longer name's word, a heading's suffix -----

CAPITALS_NOTES = (
    "- Retention and morale - she asked how I keep a crew together\n"
    "- Rostering: the rostering tool is old\n"
    "- we order through Northern Fuel Supplies, and the fuel budget is tight\n"
    "- Kubernetes upgrade: he asked about it; later we talked about Kubernetes again\n"
    "- pruning in sept/oct\n"
)


@pytest.mark.parametrize(
    ("phrase", "written"),
    [
        ("Retention and morale", "retention and morale"),  # an abstract noun, a line's start
        ("Rostering tool", "rostering tool"),  # written in lower case elsewhere
        ("Kubernetes upgrade", "Kubernetes upgrade"),  # a capital inside a sentence: a name
    ],
)
def test_a_line_starts_capital_is_no_name(phrase: str, written: str) -> None:
    assert as_written(phrase, CAPITALS_NOTES) == written


def test_a_word_of_a_longer_name_written_in_lower_case_elsewhere_is_no_name() -> None:
    from followup.notes import proper_nouns

    names = proper_nouns(CAPITALS_NOTES, [], "")
    assert "fuel" not in names  # "Northern Fuel Supplies" is a name; "the fuel budget" is not
    assert names["northern"] == "Northern"
    assert names["sept"] == "September" and names["oct"] == "October"


def test_a_company_suffix_in_the_headings_capitals_is_written_as_a_name() -> None:
    from followup.writer.offline import proper_name

    assert proper_name("HALDANE BISCUIT CO. LTD") == "Haldane Biscuit Co. Ltd"
    assert proper_name("Haldane Biscuit CO. LTD") == "Haldane Biscuit Co. Ltd"
    assert proper_name("Brightwater LLC") == "Brightwater LLC"


def _concern(topic: str, point: str) -> str | None:
    from followup.notelines import LineKind, NoteLine
    from followup.writer.concerns import Concern

    line = NoteLine(f"she was worried about {topic}", LineKind.CONCERN)
    return Concern(line, topic, probe=False, point=point).sentence()


def test_a_concern_answered_in_the_notes_voice_is_left_unsaid() -> None:
    # "their" is the recipient's side in the notes; a message to them cannot say so
    assert (
        _concern("my lack of IV skills", "I'd shadow their charge nurse until signed off") is None
    )
    # a topic with a spaced slash keeps the answer, under a plain intro
    said = _concern("the rota / on-call app", "I have used two rostering apps at Fernhill")
    assert said is not None and "rota / on-call" not in said and "Fernhill" in said
    said = _concern("my lack of IV skills", "I have booked the IV course for March")
    assert said is not None and "your concern about my lack of IV skills" in said


def test_a_role_joined_with_a_plus_is_a_heading() -> None:
    assert fact_misread("Tasting + Menu Review", "role") is not None
    assert fact_misread("Food & Beverage Manager", "role") is None


def test_the_header_of_a_surname_keeps_the_title_the_greeting_gives() -> None:
    from followup.writer.output import format_text

    body = "Dear Prof. Achterberg,\n\nThank you for your time.\n\nBest,\nSam\n"
    draft = Draft(
        kind=MessageKind.THANK_YOU,
        recipient=Interviewer(name="Achterberg"),
        subject="Thanks",
        body=body,
    )
    assert "=== To: Prof. Achterberg |" in format_text([draft])
    plain = Draft(
        kind=MessageKind.THANK_YOU,
        recipient=Interviewer(name="Achterberg"),
        subject="Thanks",
        body="Hi Achterberg,",
    )
    assert "=== To: Achterberg |" in format_text([plain])


def test_an_opinion_is_private_and_the_person_it_introduces_is_not() -> None:
    from followup.privacy import private_lines, public_notes

    notes = (
        "We went through the rota for ages and I showed my spreadsheet and she nodded a lot, "
        "then this man came in late, Tomas something, Tomas Okonkwo-Reyes, he's the site "
        "lead, and he asked about forklift tickets.\n"
    )
    texts = [r.text for r in private_lines(notes)]
    assert texts == ["then this man came in late"]
    assert "Tomas Okonkwo-Reyes, he's the site lead" in public_notes(notes)
