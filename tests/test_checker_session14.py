"""Session 14's checker round (issue 9): the new-user trial's lint gaps (trial 13, L1-L3) and
what batch AQ missed on its first run, each as a whole message a user would write (a rule's own
examples are checked at load; these are messages)."""

from __future__ import annotations

import pytest

from followup.checker import engine
from followup.checker.engine import Checker
from followup.models import MessageKind, Severity

# trial 13, l03
IMPRESSION = (
    "Subject: Quick follow-up\n\nHi Mariana,\n\nI know you're busy, but I was under the impression "
    "I'd hear back by Tuesday. I've turned down another interview while waiting for your "
    "decision, so I'd appreciate knowing where things stand.\n\nThanks,\nDee"
)
# trial 13, l07
OVERFAMILIAR = (
    "Subject: hey!!\n\nhey Raj!\n\nhad a blast yesterday haha. you guys are awesome, can't wait to "
    "start working with you lol. let me know when you've made the offer official :)\n\n"
    "cheers\nchris"
)
# trial 13, l09
PASSIVE_AGGRESSIVE = (
    "Subject: Following up\n\nHello Ms. Okonkwo,\n\nAs I mentioned in my previous two emails, I am "
    "very interested in the Youth Services Librarian role. I assume you must have received my "
    "messages. I'd hate to think my application fell through the cracks. Kindly confirm receipt "
    "at your earliest convenience.\n\nSofia"
)
# batch AQ, missed on its first run
SERVICE_OWED = (
    "Dear Ms. Reynolds,\n\nThank you for interviewing me on Thursday for the Dari and Pashto court "
    "interpreter position with the county. I enjoyed learning how your team handles asylum "
    "hearings, and my eight years interpreting for U.S. forces in Helmand and Kandahar prepared me "
    "well for high-stakes, accurate work.\n\nI stood beside American soldiers when it was "
    "dangerous to do so, and I hope that this time America will not turn its back on me. I trust "
    "you will remember that when you make your decision.\n\nWith gratitude,\nFarid Noori"
)
PAPERWORK = (
    "Hello Ms. Kowalski,\n\nI hope you are well. Thank you again for meeting me on the 4th for the "
    "Assistant Store Manager position at the Scarborough Town Centre location. I enjoyed our talk "
    "about reducing shrink in the produce section, and I am still very keen on the role.\n\n"
    "I wanted to ask what day I should come in for the new-hire paperwork and orientation, so I "
    "can arrange for my nephew to cover my shop that week.\n\nThank you,\nSenthil Kumaran"
)
CASUAL_BUT_FINE = (
    "Hey Jordan, thanks for making time today, especially in a launch week. Loved hearing how the "
    "growth team runs its weekly experiment teardown. Best, Theo"
)


def rules(checker: Checker, text: str, kind: MessageKind | None) -> dict[str, Severity]:
    """The rules that fired, with their highest severities (None: the kind inferred)."""
    found: dict[str, Severity] = {}
    for f in checker.check(text, kind).findings:
        if f.rule_id not in found or f.severity.rank > found[f.rule_id].rank:
            found[f.rule_id] = f.severity
    return found


def matched(checker: Checker, text: str, kind: MessageKind, rule_id: str) -> list[str]:
    """The text each finding of one rule points at."""
    return [
        text[f.start : f.end] for f in checker.check(text, kind).findings if f.rule_id == rule_id
    ]


def test_a_recalled_date_held_against_the_reader_is_a_complaint_not_a_demand(
    checker: Checker,
) -> None:
    found = rules(checker, IMPRESSION, MessageKind.INQUIRY)
    assert "etiquette.demands" not in found
    assert found.get("etiquette.havent-heard-back") is Severity.ERROR
    neutral = IMPRESSION.replace(
        "I know you're busy, but I was under the impression I'd hear back by Tuesday. I've turned "
        "down another interview while waiting for your decision, so I'd",
        "I'd",
    )
    assert rules(checker, neutral, MessageKind.INQUIRY) == {}


def test_a_demand_for_an_acknowledgement_and_an_accusation_of_silence_are_flagged(
    checker: Checker,
) -> None:
    kind = MessageKind.SECOND_INQUIRY
    assert matched(checker, PASSIVE_AGGRESSIVE, kind, "etiquette.acknowledgement") == [
        "Kindly confirm receipt"
    ]
    assert "assume you must have received my" in " ".join(
        matched(checker, PASSIVE_AGGRESSIVE, kind, "etiquette.havent-heard-back")
    )
    plain = (
        "Hello Ms. Okonkwo,\n\nI am writing again about the Youth Services Librarian role, which I "
        "remain very interested in. Could you tell me roughly when you expect to decide?\n\nSofia"
    )
    assert rules(checker, plain, kind) == {}


def test_the_offer_made_official_and_chat_register_are_flagged_beside_it(
    checker: Checker,
) -> None:
    kind = MessageKind.THANK_YOU
    assert "when you've made the offer official" in matched(
        checker, OVERFAMILIAR, kind, "etiquette.presumption"
    )
    casual = matched(checker, OVERFAMILIAR, kind, "etiquette.casual-register")
    assert {"hey", "haha", "you guys"} <= {m.lower() for m in casual}
    assert rules(checker, OVERFAMILIAR, kind)["etiquette.casual-register"] is Severity.WARNING


def test_a_casual_greeting_alone_is_only_a_suggestion(checker: Checker) -> None:
    assert rules(checker, CASUAL_BUT_FINE, MessageKind.THANK_YOU) == {
        "etiquette.casual-register": Severity.SUGGESTION
    }


def test_service_held_over_the_decision_is_emotional_pressure(checker: Checker) -> None:
    found = rules(checker, SERVICE_OWED, MessageKind.THANK_YOU)
    assert found.get("etiquette.emotional-pressure") is Severity.ERROR
    calm = SERVICE_OWED.replace(
        "I stood beside American soldiers when it was dangerous to do so, and I hope that this "
        "time America will not turn its back on me. I trust you will remember that when you make "
        "your decision.",
        "I would be glad to interpret a sample hearing if that would help.",
    )
    assert rules(checker, calm, MessageKind.THANK_YOU) == {}


def test_asking_which_day_to_come_in_for_new_hire_paperwork_presumes_the_offer(
    checker: Checker,
) -> None:
    assert rules(checker, PAPERWORK, MessageKind.INQUIRY).get("etiquette.presumption") is (
        Severity.ERROR
    )
    after_offer = PAPERWORK.replace(
        "I wanted to ask", "Thank you for the offer, which I am glad to accept. I wanted to ask"
    )
    assert "etiquette.presumption" not in rules(checker, after_offer, MessageKind.INQUIRY)


def test_a_hard_deadline_in_a_calm_thank_you_stands_alone_as_an_error(checker: Checker) -> None:
    text = (
        "Dear Mr. Patterson,\n\nThank you very much for taking the time to meet with me on "
        "Wednesday for the Senior Powertrain Engineer position. I appreciated the tour of the "
        "Marysville line.\n\nI would be grateful if you could inform me of your decision by this "
        "Friday at the latest, so that I can plan accordingly.\n\nSincerely,\nKenji Watanabe"
    )
    found = rules(checker, text, MessageKind.THANK_YOU)
    assert found == {"etiquette.deadline": Severity.ERROR}  # once, not also as demands
    mine = text.replace(
        "I would be grateful if you could inform me of your decision by this Friday at the "
        "latest, so that I can plan accordingly.",
        "I'll send the noise report no later than Friday, as promised.",
    )
    assert "etiquette.deadline" not in rules(checker, mine, MessageKind.THANK_YOU)


def test_what_the_writer_gave_handed_to_the_reader_to_weigh_is_a_guilt_trip(
    checker: Checker,
) -> None:
    text = (
        "Dear Rebecca,\n\nThank you for your email about the Staff Interpreter role. I'm sorry it "
        "wasn't the outcome I'd hoped for, but I enjoyed meeting you and Michael.\n\nI did spend "
        "three evenings preparing the mock lecture interpretation, unpaid of course, and I'd like "
        "to think that effort counts for something when the next post comes up. I'd hope you'll "
        "bear that in mind and contact me first.\n\nKind regards,\nSiobhan Kerr"
    )
    assert "etiquette.guilt-trip" in rules(checker, text, MessageKind.KEEP_IN_TOUCH)


class NearTie:
    """A kind guess of check-in that leads thank-you by 0.03, as batch AP's Fijian thank-you
    was read on its first run ("Vinaka" was a word the kind model had never seen)."""

    kind = MessageKind.CHECK_IN

    def lead_over(self, kind: MessageKind) -> float:
        return {MessageKind.CHECK_IN: 0.0, MessageKind.THANK_YOU: 0.03}.get(kind, 2.5)

    def cues(self) -> tuple[str, ...]:
        return ("having",)


FIJIAN = (
    "Bula Sarah,\n\nVinaka for having me in yesterday and for letting me sit in on the Monday "
    "recovery session. Really liked how your team runs the return-to-play testing.\n\nCheers,\n"
    "Josaia"
)


def test_a_kinds_duty_is_not_checked_when_the_inferred_kind_is_a_near_tie(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "etiquette.check-in-offer" in rules(checker, FIJIAN, MessageKind.CHECK_IN)
    monkeypatch.setattr(engine, "infer_kind", lambda doc: NearTie())
    result = checker.check(FIJIAN, None)
    assert result.kind is MessageKind.CHECK_IN  # still named as guessed
    assert "etiquette.check-in-offer" not in {f.rule_id for f in result.findings}
    sure = NearTie()
    sure.lead_over = lambda kind: 0.0 if kind is MessageKind.CHECK_IN else 4.0  # type: ignore[method-assign]
    monkeypatch.setattr(engine, "infer_kind", lambda doc: sure)
    assert "etiquette.check-in-offer" in {f.rule_id for f in checker.check(FIJIAN, None).findings}


def test_an_offer_to_go_to_a_named_person_directly_goes_over_the_readers_head(
    checker: Checker,
) -> None:
    text = (
        "Hello Ms. Kelly,\n\nI'm checking in once more about the executive housekeeper position, "
        "following my interview on the 2nd. I remain very interested.\n\nIf it's easier, I'm "
        "happy to reach out to Mr. Fitzgerald directly, as he did say at the interview that he'd "
        "like a decision quickly. Let me know which you'd prefer.\n\nKind regards,\nPádraig"
    )
    assert "etiquette.over-their-head" in rules(checker, text, MessageKind.SECOND_INQUIRY)
    invited = text.replace(
        "If it's easier, I'm happy to reach out to Mr. Fitzgerald directly, as he did say at the "
        "interview that he'd like a decision quickly. Let me know which you'd prefer.",
        "You suggested I could contact Mr. Fitzgerald directly about the linen contract, so I "
        "have sent him my notes.",
    )
    assert "etiquette.over-their-head" not in rules(checker, invited, MessageKind.SECOND_INQUIRY)
