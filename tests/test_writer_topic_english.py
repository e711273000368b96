"""topic_english: the gate's reading of a topic slot, a role and a company as the recipient
reads them (writer.notes-words). Each class with should-flag and should-pass examples; the
pass examples are from drafts read as sendable on the development batches."""

from __future__ import annotations

import pytest

from followup.writer import topic_english as te
from tests.test_gate_rules import PANEL, model_draft


def reasons(slot: str) -> list[str]:
    return [why for _, _, why in [*te.slot_faults(slot), *te.word_faults(slot)]]


@pytest.mark.parametrize("word", ["regs", "chem", "mech", "div", "mtg", "yr", "pt", "wk"])
def test_shorthand_words_are_found_by_the_lexicon(word: str) -> None:
    assert te.is_shorthand(word)


@pytest.mark.parametrize(
    "word",
    # jargon and modern words a reader in the field knows: not clipped common words
    [
        "backhaul",
        "bentgrass",
        "onboarding",
        "resurfacers",
        "linework",
        "tech",
        "app",
        "cafes",
        "myth",
        "sync",
        "dry",
        "devs",
        "nigiri",
        "soundcheck",
        "uptime",
        "training",
        "KQL",
        "Censitrac",
    ],
)
def test_jargon_and_plain_words_are_no_shorthand(word: str) -> None:
    assert not te.is_shorthand(word)


@pytest.mark.parametrize(
    ("slot", "says"),
    [
        ("Quorum land and div orders", "'div' is the notes' shorthand"),
        ("your plans to build regs", "'regs' is the notes' shorthand"),
        ("shrimp gotta be iced proper", "'gotta' is spoken"),
        ("lots of nervous patients", "'lots' is spoken"),
        ("working saturdays", "a day or month"),
        ("inspect every return", "bare verb with its object"),
        ("problem-solve the barrier", "bare verb with its object"),
        ("only sold to UK from Tampere", "clause without its subject"),
        ("told her I can start in May", "clause without its subject"),
        ("tied in SRT", "clause without its subject"),
        ("two persons", "a tally from your notes"),
        ("two resurfacers", "a tally from your notes"),
        ("forty-odd white cupping bowls", "a tally from your notes"),
    ],
)
def test_notes_words_in_a_topic_slot_are_flagged(slot: str, says: str) -> None:
    assert any(says in why for why in reasons(slot)), reasons(slot)


@pytest.mark.parametrize(
    "slot",
    [
        "the rental program for skis and snowshoes",
        "training growers",
        "how I would prioritize",
        "whether I can read React",
        "the tracker course you're doing in Kruger this winter",
        "the clinic group I won back at my current job",
        "travel to Germany 4 times a year",
        "scheduling 8 part-timers",
        "the caseload of 350 students",
        "3-way match",
        "hard bid versus negotiated/CMAR",
        "all the night shifts",
        "reading a customer's posture at the first baste",
        "real-ear measurement",
        "your plans for a 2nd trainer",
    ],
)
def test_english_topic_slots_pass(slot: str) -> None:
    assert reasons(slot) == []


def test_especially_opens_a_topic_only_after_a_comma() -> None:
    text = "I especially enjoyed our talk, especially the lease. I was especially interested to"
    assert [text[a:b] for a, b in te.slots(text)] == ["the lease"]


def test_links_and_name_particles_are_no_shorthand() -> None:
    said = "I came across (https://www.example.org/reports/x) and met Nurul binti Kamarudin."
    assert not list(te.word_faults(said))


def test_a_surname_with_two_particles_is_no_shorthand() -> None:
    """'der' in 'Liezl van der Merwe' (a sign-off) is part of the name, as 'binti' is; the
    same word in a sentence is still the notes' shorthand."""
    assert list(te.word_faults("Best,\nLiezl van der Merwe\n")) == []
    assert list(te.word_faults("Thanks, Ana de la Cruz")) == []
    assert [f[2][:5] for f in te.word_faults("about the der thing here")] == ["'der'"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("our conversation about recorder's office ≠ live courtroom.", True),
        ("our conversation about the waterflood for your brownfield in OML-xx.", True),
        ("Subject: A guidance you might find useful", True),
        ("The decision is TBD.", True),
        ("I came across (https://example.org/a?b=c~d) and thought of you.", False),
        ("Subject: A guide you might find useful", False),
        ("your plans to build a research repository in Dovetail", False),
        ("the Senior PT>EN Translator role", False),
        ("the Hollis & Daughters Funeral Home", False),
    ],
)
def test_symbols_placeholders_and_uncounted_nouns(text: str, flagged: bool) -> None:
    assert bool(list(te.mark_faults(text))) is flagged


def test_a_country_that_takes_the_is_flagged_without_it() -> None:
    assert list(te.country_faults("We only sold to UK last year."))
    assert list(te.country_faults("She moved in from Netherlands."))
    assert not list(te.country_faults("We only sold to the UK last year."))
    assert not list(te.country_faults("I led the UK team."))


@pytest.mark.parametrize(
    ("role", "flagged"),
    [
        ("Stunt Coordinator Mtg", True),
        ("2nd Yr Apprentice Plumber", True),
        ("Lead Mech/Service Manager", True),
        ("Fraud Analyst Interview", True),
        ("Commercial Pool Service Tech", False),
        ("Senior Producer", False),
        ("8th Grade Science Teacher", False),
        ("SPD Technician", False),
        ("Sous Chef - Banquet Kitchen", False),
    ],
)
def test_a_role_in_the_notes_shorthand_is_flagged(role: str, flagged: bool) -> None:
    assert (te.role_fault(role) is not None) is flagged


@pytest.mark.parametrize(
    ("company", "notes", "flagged"),
    [
        ("Wktr", "", True),
        ("Kxrv 97.3 The River", "", True),
        ("Whispering Oaks Cc", "", True),
        ("Jen", "Hi Ray! It's Jen from Cordell Aviation.", True),
        ("Vantec Precision Sdn Bhd", "", False),
        ("Harrow & Pike Precision Ltd", "", False),
        ("Mt Kaiwaka Alpine Resort", "", False),
        ("Kessler Antriebstechnik GmbH", "", False),
        ("Scoil Naomh Bríd NS", "", False),
        ("Cordell Aviation", "Hi Ray! It's Jen from Cordell Aviation.", False),
    ],
)
def test_a_company_that_is_no_name_as_written_is_flagged(
    company: str, notes: str, flagged: bool
) -> None:
    assert (te.company_fault(company, "", notes) is not None) is flagged


def test_a_role_that_opens_the_company_name_is_no_role() -> None:
    assert te.role_inside_company("Tidewater", "Tidewater Community Birth Partners")
    assert not te.role_inside_company("Doula", "Tidewater Community Birth Partners")


def test_a_draft_with_a_notes_verb_phrase_is_review_not_ready() -> None:
    body = (
        "Hi Maria,\n\nThank you for meeting me about the Product Analyst role at Northwind "
        "Analytics. I enjoyed our conversation about moving the weekly revenue review to "
        "dashboards. I keep coming back to what we discussed about inspect every return.\n\n"
        "Best regards,\nSam Rivera"
    )
    draft = model_draft(PANEL, body, to="Maria Chen")
    ids = [f.rule_id for f in draft.findings]  # type: ignore[attr-defined]
    assert "writer.notes-words" in ids
    assert draft.status == "review"  # type: ignore[attr-defined]


def test_a_sendable_draft_gets_no_notes_words_finding() -> None:
    body = (
        "Hi Maria,\n\nThank you for meeting me about the Product Analyst role at Northwind "
        "Analytics. I enjoyed our conversation about moving the weekly revenue review to "
        "dashboards.\n\nBest regards,\nSam Rivera"
    )
    draft = model_draft(PANEL, body, to="Maria Chen")
    ids = [f.rule_id for f in draft.findings]  # type: ignore[attr-defined]
    assert "writer.notes-words" not in ids


def test_a_tool_named_in_lower_case_is_no_shorthand() -> None:
    """'dbt', 'npm', 'git' are written in lower case by the people who use them; 'mtg' is
    still the notes' shorthand."""
    assert not te.is_shorthand("dbt") and not te.is_shorthand("npm")
    assert te.is_shorthand("mtg")
