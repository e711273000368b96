"""writer.fact-conflict (writer/factconsistency.py): the draft's facts held against each other
and against where each value sits in the notes, whatever reader produced them. The notes and
drafts here are written for these tests (after the shapes of the session-14 trial); none is
an eval case."""

from __future__ import annotations

from followup.core import MessageKind, Severity
from followup.models import Brief, Draft, Interviewer
from followup.notes import Reading
from followup.writer.factconsistency import (
    RULE,
    company_is_a_person,
    consistency_findings,
    role_is_a_title,
    signed_phrase,
    third_person_mentions,
)


def _reading(notes: str, **brief: object) -> Reading:
    return Reading(brief=Brief(**brief), all_text=notes)  # type: ignore[arg-type]


def _draft(
    body: str,
    to: Interviewer | None = None,
    subject: str = "Thank you",
    kind: MessageKind = MessageKind.THANK_YOU,
) -> Draft:
    return Draft(kind=kind, recipient=to, subject=subject, body=body)


GREG = Interviewer(name="Greg Holloway", title="Head of Sales")
SALES_NOTES = (
    "Met with Greg Holloway, Head of Sales at Tidewater Logistics (Account Executive role)\n"
    "- their CRM switch from Salesforce to HubSpot\n"
)


# -- the role ----------------------------------------------------------------------------------


def test_role_that_is_the_interviewers_title_is_flagged() -> None:
    reading = _reading(
        SALES_NOTES,
        candidate="Alex Moreno",
        company="Tidewater Logistics",
        role="Head of Sales",
        interviewers=[GREG],
    )
    draft = _draft(
        "Hi Greg,\n\nThank you for meeting me about the Head of Sales role at Tidewater "
        "Logistics.\n\nBest regards,\nAlex Moreno\n",
        to=GREG,
    )
    found = consistency_findings(draft, reading, [])
    assert [f.rule_id for f in found] == [RULE]
    assert found[0].severity is Severity.WARNING
    assert "'Head of Sales' is Greg Holloway's title" in found[0].message
    assert "--role" in found[0].message


def test_role_written_also_as_the_job_passes() -> None:
    notes = "Role: Head of Sales\nMet with Greg Holloway, Head of Sales at Tidewater\n"
    brief = Brief(role="Head of Sales", interviewers=[GREG])
    assert role_is_a_title("Head of Sales", brief, notes) is None


def test_role_by_place_title_before_the_name() -> None:
    notes = "Panel: Head of Sales Greg Holloway and me\n"
    brief = Brief(role="Head of Sales", interviewers=[Interviewer(name="Greg Holloway")])
    assert role_is_a_title("Head of Sales", brief, notes) == "Greg Holloway"


def test_role_the_reader_gave_as_a_title_too() -> None:
    brief = Brief(
        role="Senior Engineer", interviewers=[Interviewer(name="Dana", title="senior engineer")]
    )
    assert role_is_a_title("Senior Engineer", brief, "lunch w/ Dana (sr eng)") == "Dana"


def test_role_given_by_flag_is_not_second_guessed() -> None:
    reading = _reading(SALES_NOTES, role="Head of Sales", interviewers=[GREG])
    draft = _draft("Hi Greg,\n\nAbout the Head of Sales role.\n\nBest,\nAlex\n", to=GREG)
    assert consistency_findings(draft, reading, ["Head of Sales"]) == []


def test_an_ordinary_role_passes() -> None:
    notes = "Interview for Account Executive\nMet with Greg Holloway, Head of Sales\n"
    brief = Brief(role="Account Executive", interviewers=[GREG])
    assert role_is_a_title("Account Executive", brief, notes) is None


# -- the company -------------------------------------------------------------------------------


def test_company_that_is_the_candidates_contact_line_is_flagged() -> None:
    notes = (
        "9/6/2025 - Songa Logistics interview\nRole: Dispatch Lead\n"
        "Mimi: Kevin Mwangi Kariuki - kevo.mwangi@example.com\n"
    )
    brief = Brief(candidate="Kevo Mwangi", company="Kevin Mwangi Kariuki")
    assert company_is_a_person("Kevin Mwangi Kariuki", brief, notes)
    # by the e-mail address's place alone, whatever the candidate was read as
    assert "e-mail" in (company_is_a_person("Kevin Mwangi Kariuki", Brief(), notes) or "")


def test_company_that_is_the_candidates_name_is_flagged() -> None:
    brief = Brief(candidate="Ada Obi", company="Ada Obi")
    assert "your name" in (company_is_a_person("Ada Obi", brief, "") or "")


def test_company_with_a_sentences_words_is_flagged() -> None:
    reading = _reading(
        "Mon Oct 27 - applied to Fernwood Studios, Junior Game Designer\n",
        company="applied to Fernwood Studios",
        interviewers=[Interviewer(name="Leo Tanaka")],
    )
    draft = _draft(
        "Dear Leo,\n\nI wish you and everyone at applied to Fernwood Studios the very best."
        "\n\nAll the best,\nMaya\n",
        to=reading.brief.interviewers[0],
    )
    found = consistency_findings(draft, reading, [])
    assert len(found) == 1 and "'applied to'" in found[0].message
    assert "'Fernwood Studios'" in found[0].message


def test_ordinary_companies_pass() -> None:
    brief = Brief(candidate="Ann Lee", interviewers=[Interviewer(name="Raj Patel")])
    notes = "the Body Shop interview, contact raj@bodyshop.example\n"
    for company in ("the Body Shop", "Greenleaf Foods", "eBay", "Casa de Fado Lisboa"):
        assert company_is_a_person(company, brief, notes) is None, company


# -- the recipient in the third person -----------------------------------------------------------

DANA = Interviewer(name="Dana", title="senior engineer")


def test_recipient_named_in_the_third_person_is_an_error() -> None:
    reading = _reading(
        "lunch w/ Dana (sr eng), v friendly",
        candidate="Jordan Ellis",
        interviewers=[Interviewer(name="Marcus Bell"), DANA],
    )
    draft = _draft(
        "Hello Dana,\n\nI enjoyed talking with you about lunch with Dana. Thanks again, Dana."
        "\n\nBest,\nJordan Ellis\n",
        to=DANA,
    )
    found = consistency_findings(draft, reading, [])
    assert [f.severity for f in found] == [Severity.ERROR]
    assert found[0].match == "Dana"


def test_greeting_vocative_and_signature_pass() -> None:
    brief = Brief(candidate="Dana Smith", interviewers=[GREG])
    draft = _draft(
        "Hi Greg,\n\nThank you, Greg, for your time. It was a pleasure, Greg."
        "\n\nBest,\nDana Smith\n",
        to=GREG,
        subject="Thank you, Greg",
    )
    assert third_person_mentions(draft, brief) == []


def test_a_name_shared_with_another_person_is_not_the_recipient() -> None:
    ana = Interviewer(name="Ana Ruiz")
    brief = Brief(interviewers=[ana, Interviewer(name="Ana Costa")])
    draft = _draft("Hi Ana,\n\nI enjoyed meeting Ana Costa too.\n\nBest,\nLi\n", to=ana)
    assert third_person_mentions(draft, brief) == []


# -- the signature -----------------------------------------------------------------------------


def test_signature_title_cased_from_a_lower_case_phrase_is_flagged() -> None:
    assert signed_phrase("De Dizer", "## Esqueci-me de dizer\n- that I did HACCP\n") == "de dizer"
    assert signed_phrase("Tast Mi Teži", "- tast mi teži, da naj prodam panje\n")
    reading = _reading("- tast mi teži, da naj prodam panje\n", candidate="Tast Mi Teži")
    draft = _draft("Spoštovana,\n\nHvala.\n\nLep pozdrav,\nTast Mi Teži\n")
    found = consistency_findings(draft, reading, [])
    assert len(found) == 1 and "sign with --me" in found[0].message


def test_real_names_pass() -> None:
    assert signed_phrase("Jordan Ellis", "Jordan Ellis\nonsite w/ Marcus") is None
    assert signed_phrase("Jane Doe", "name: jane doe\ninterview at Acme") is None
    assert signed_phrase("Kevo Mwangi", "Mimi: Kevin Mwangi - kevo.mwangi@example.com") is None
    reading = _reading("- tast mi teži\n", candidate="Tast Mi Teži")
    draft = _draft("Hi,\n\nThanks.\n\nBest,\nTast Mi Teži\n")
    assert consistency_findings(draft, reading, ["Tast Mi Teži"]) == []  # --me, as given


# -- who sent the decision ---------------------------------------------------------------------

DIARY = (
    "Wed Oct 29 - recruiter screen w/ Kim Alvarez, went ok\n"
    "Thu Nov 13 - final interview with Leo Tanaka (Lead Designer)\n"
    'Mon Nov 24 - got rejection email from Kim. "decided to move forward with another candidate"\n'
)
LEO = Interviewer(name="Leo Tanaka")


def test_thanking_the_wrong_person_for_the_decision_is_flagged() -> None:
    reading = _reading(DIARY, interviewers=[Interviewer(name="Kim Alvarez"), LEO])
    draft = _draft(
        "Dear Leo,\n\nThank you for letting me know about your decision.\n\nAll the best,\nMaya\n",
        to=LEO,
        kind=MessageKind.KEEP_IN_TOUCH,
    )
    found = consistency_findings(draft, reading, [])
    assert len(found) == 1 and "from Kim Alvarez, not from Leo Tanaka" in found[0].message


def test_thanking_the_sender_for_the_decision_passes() -> None:
    kim = Interviewer(name="Kim Alvarez")
    reading = _reading(DIARY, interviewers=[kim, LEO])
    draft = _draft(
        "Dear Kim,\n\nThank you for letting me know about your decision.\n\nAll the best,\nMaya\n",
        to=kim,
        kind=MessageKind.KEEP_IN_TOUCH,
    )
    assert consistency_findings(draft, reading, []) == []


def test_a_recruiting_mailbox_is_no_person() -> None:
    notes = "Acme Careers - acme.careers@gmail.com wrote to me\n"
    assert company_is_a_person("Acme Careers", Brief(), notes) is None
    notes = "Kestrel Logistics Ltd - kestrel.logistics@gmail.com\n"
    assert company_is_a_person("Kestrel Logistics Ltd", Brief(), notes) is None


def test_a_recipient_named_as_a_month_is_not_a_date() -> None:
    may = Interviewer(name="May Chen")
    draft = _draft("Hi May,\n\nThank you for our talk on May 5.\n\nBest,\nLi Wei\n", to=may)
    assert third_person_mentions(draft, Brief(interviewers=[may])) == []


def test_an_e_mail_address_is_no_lower_case_name() -> None:
    assert signed_phrase("Ana Lima", "contact me at ana.lima@example.com\n") is None


# -- kind words on record -------------------------------------------------------------------


def test_kind_words_nobody_recorded_are_flagged() -> None:
    notes = (
        DIARY
        + "Fri Nov 14 - sent thank you email to Leo\n"
        + "Today - want to send a keep in touch note to Leo\n"
    )
    reading = _reading(notes, interviewers=[Interviewer(name="Kim Alvarez"), LEO])
    draft = _draft(
        "Dear Leo,\n\nThank you again for your time and your kind words.\n\nAll the best,\nMaya\n",
        to=LEO,
        kind=MessageKind.KEEP_IN_TOUCH,
    )
    found = consistency_findings(draft, reading, [])
    assert len(found) == 1 and "no words from Leo Tanaka" in found[0].message


def test_kind_words_the_notes_report_pass() -> None:
    for line in (
        "Leo said my level doc was the best they had seen\n",
        "> Thanks so much for your time, you were a strong candidate.\n",
        'call from Leo: "very close second, keep in touch"\n',
    ):
        reading = _reading(DIARY + line, interviewers=[Interviewer(name="Kim Alvarez"), LEO])
        draft = _draft(
            "Dear Leo,\n\nThank you for your time and your kind words.\n\nBest,\nMaya\n", to=LEO
        )
        assert consistency_findings(draft, reading, []) == [], line


def test_names_typed_in_lower_case_where_a_name_stands_pass() -> None:
    for name, notes in (
        ("Dee Pruitt", "data entry interview\ndee pruitt (me)\n- asked about excel\n"),
        ("Ken Morimoto", "ken morimoto - itamae position (12 seats)\n"),
        ("Bec Townsend", "Huon orchard\n- bec townsend\n"),
        ("Bobbie Jo Truitt", "interview today, me bobbie jo truitt, been running the diner\n"),
    ):
        assert signed_phrase(name, notes) is None, name


def test_recipient_read_from_the_company_is_not_a_third_person() -> None:
    firm = Interviewer(name="Straits Maritime")
    brief = Brief(company="Straits Maritime", interviewers=[firm])
    draft = _draft(
        "Dear Straits Maritime,\n\nI enjoyed visiting Straits Maritime.\n\nBest,\nA\n", to=firm
    )
    assert third_person_mentions(draft, brief) == []


def test_a_company_in_another_script_is_no_sentence() -> None:
    assert company_is_a_person("泡泡巷 Boba Lane Franchising Co., Ltd", Brief(), "") is None
    assert company_is_a_person('rig "Havbris Fjell', Brief(), "")  # 'rig': a sentence's word


def test_a_label_read_as_a_person_does_not_own_the_role() -> None:
    notes = "Vaga: Logistics Planner - Inbound\nEntrevista com Lotte Janssens\n"
    brief = Brief(role="Logistics Planner - Inbound", interviewers=[Interviewer(name="Vaga")])
    assert role_is_a_title("Logistics Planner - Inbound", brief, notes) is None
