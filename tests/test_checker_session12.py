"""Session 12's checker round (issue 9): what new users sent that passed, and what was flagged
that should not be, each read by structure (a rule's own examples are checked at load; these
are whole messages, as a user writes them)."""

from __future__ import annotations

from followup.checker.engine import Checker
from followup.models import MessageKind, Severity

FLATTERY = (
    "Dear Ms. Ortega,\n\nMeeting you on Tuesday was truly the greatest honour of my career. You "
    "are a visionary leader, and the best manager I have ever had the privilege to speak with. "
    "Please know that working under such a leader would be a dream come true.\n\nBest regards,\nSam"
)
WARM = (
    "Dear Ms. Ortega,\n\nThank you for Tuesday's conversation about the logistics role. Your "
    "team's approach to the night routes has stayed with me all week, and it was a privilege to "
    "meet you. I'm very keen on this role.\n\nBest regards,\nSam"
)
CURT_REPLY = (
    "Mr. Caldwell,\n\nReceived your email regarding the Operations Supervisor position. "
    "Understood.\n\nI suppose twenty-two years of leading soldiers through three deployments "
    "wasn't quite enough experience to run a night shift of forklift drivers. Lesson learned.\n\n"
    "Regardless, I appreciate your time. If anything else opens up, I'd be glad to stay in "
    "touch.\n\nRespectfully,\nDwayne"
)
GRACIOUS_REPLY = (
    "Hi Mette,\n\nThanks for letting me know. I suppose the best thing now is to keep building "
    "my portfolio, and I'd be glad to stay in touch.\n\nBest,\nJonas"
)
SECOND_INQUIRY = (
    "Kia ora Mereana,\n\nI hope you and the team are well. I'm just following up again on the "
    "Rangatahi Coordinator role I interviewed for on the 3rd.\n\nIf you're able to share where "
    "things are at, that would be great.\n\nNgā mihi,\nTane"
)


def rules(checker: Checker, text: str, kind: MessageKind | None) -> dict[str, Severity]:
    """The rules that fired, with their severities (None: the kind inferred)."""
    return {f.rule_id: f.severity for f in checker.check(text, kind).findings}


def test_piled_up_praise_is_flagged_and_one_sincere_compliment_is_not(checker: Checker) -> None:
    assert rules(checker, FLATTERY, MessageKind.THANK_YOU).get("etiquette.flattery") is (
        Severity.WARNING
    )
    assert "etiquette.flattery" not in rules(checker, WARM, MessageKind.THANK_YOU)


def test_flattery_is_caught_whatever_kind_is_inferred(checker: Checker) -> None:
    assert "etiquette.flattery" in rules(checker, FLATTERY, None)


def test_calling_the_reader_foolish_for_passing_on_you_is_entitlement(checker: Checker) -> None:
    text = (
        "Thanks for Monday's interview for the sales role. Honestly, you'd be crazy not to hire me."
    )
    assert "etiquette.entitlement" in rules(checker, text, MessageKind.THANK_YOU)
    calm = "Thanks for Monday's interview. You'd be crazy not to try the ferry to Skye in June."
    assert "etiquette.entitlement" not in rules(checker, calm, MessageKind.THANK_YOU)


def test_a_formal_self_evident_candidacy_is_entitlement(checker: Checker) -> None:
    text = (
        "Permit me to add that I consider my candidature to be the evident choice, and I trust "
        "the committee will not require much deliberation."
    )
    assert "etiquette.entitlement" in rules(checker, text, MessageKind.THANK_YOU)


def test_taking_up_the_readers_time_is_an_apologetic_opener(checker: Checker) -> None:
    text = "I know you're incredibly busy, so I hate to take up more of your time."
    assert "etiquette.apologetic-opener" in rules(checker, text, MessageKind.THANK_YOU)
    busy = "I realise you have a lot on, but I wanted to follow up on the designer role."
    assert "etiquette.apologetic-opener" not in rules(checker, busy, MessageKind.INQUIRY)


def test_a_grudging_concession_after_a_rejection_is_sarcasm(checker: Checker) -> None:
    found = rules(checker, CURT_REPLY, MessageKind.KEEP_IN_TOUCH)
    assert found.get("etiquette.sarcastic-concession") is Severity.ERROR
    assert "etiquette.sarcastic-concession" not in rules(
        checker, GRACIOUS_REPLY, MessageKind.KEEP_IN_TOUCH
    )


def test_a_second_inquiry_that_names_its_topic_is_not_pestering(checker: Checker) -> None:
    assert "etiquette.pestering" not in rules(checker, SECOND_INQUIRY, MessageKind.SECOND_INQUIRY)
    bare = "Just following up again. Any news?"
    assert "etiquette.pestering" in rules(checker, bare, MessageKind.SECOND_INQUIRY)


def test_promising_more_notes_on_a_schedule_is_pestering(checker: Checker) -> None:
    text = (
        "I'm writing about the QA Lead position. If there is no news, I will write again next "
        "Monday and then the Monday after."
    )
    assert "etiquette.pestering" in rules(checker, text, MessageKind.SECOND_INQUIRY)


def test_a_first_review_of_an_application_is_no_pushback(checker: Checker) -> None:
    text = (
        "I interviewed for the data engineer role on 3 May. Could you let me know when the team "
        "expects to review my application and share next steps?"
    )
    assert "etiquette.rejection-pushback" not in rules(checker, text, MessageKind.INQUIRY)
    again = "Thanks for letting me know. Could you review my application again before you decide?"
    assert "etiquette.rejection-pushback" in rules(checker, again, MessageKind.KEEP_IN_TOUCH)


def test_the_unpaid_work_message_quotes_what_the_user_wrote(checker: Checker) -> None:
    text = "I'd be happy to work for less than the posted salary for the first six months."
    [finding] = [
        f
        for f in checker.check(text, MessageKind.THANK_YOU).findings
        if f.rule_id == "etiquette.unpaid-work"
    ]
    assert "'work for less'" in finding.message
    assert "nothing" not in finding.message and "unpaid" not in finding.message
