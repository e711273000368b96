"""A new user's trial (checker13): two misses, an acronym read as shouting, a surname as a
kind cue; each fixed by structure, checked here on the default checker."""

from __future__ import annotations

from followup.checker.engine import Checker
from followup.checker.kinds import proper_names
from followup.models import MessageKind, Severity


def warned(checker: Checker, text: str, kind: MessageKind | None) -> list[str]:
    findings = checker.check(text, kind).findings
    return [f.rule_id for f in findings if f.severity.rank >= Severity.WARNING.rank]


def test_counted_earlier_emails_and_a_scoffed_acknowledgement_are_caught(
    checker: Checker,
) -> None:
    chaser = (
        "Dear Mr Lowe,\n\nFollowing up on my previous two emails regarding the warehouse "
        "supervisor position. Please advise at your earliest convenience.\n\nRegards,\nDev"
    )
    scoff = (
        "Hi,\n\nI sent my application for the clerk post a month ago and haven't had so much "
        "as an acknowledgement. Did it even arrive?\n\nTom"
    )
    assert "etiquette.havent-heard-back" in warned(checker, chaser, MessageKind.SECOND_INQUIRY)
    assert "etiquette.havent-heard-back" in warned(checker, scoff, MessageKind.INQUIRY)


def test_an_unknown_acronym_in_a_sentence_is_not_shouting(checker: Checker) -> None:
    text = (
        "Dear Ms Reid,\n\nThank you for showing me round the yard on Monday. I enjoyed hearing "
        "how your team plans its LOLER inspections, and my certificate is current.\n\nBest,\nSam"
    )
    findings = checker.check(text, MessageKind.THANK_YOU).findings
    assert not [f for f in findings if f.rule_id == "etiquette.shouting"]
    # shouting is still found; with pushy words around it, it is a warning (a weak rule)
    shout = "Still nothing?? I have been waiting for WEEKS. PLEASE LET ME KNOW."
    assert "etiquette.shouting" in warned(checker, shout, MessageKind.INQUIRY)


def test_a_surname_is_no_kind_cue(checker: Checker) -> None:
    text = (
        "Dear Professor Haddad,\n\nI hope this finds you well. I am writing to follow up on my "
        "application for the postdoctoral position in your group, submitted on 2 May.\n\n"
        "Best regards,\nFarah Haddad"
    )
    assert "haddad" in proper_names(text) and "may" not in proper_names(text)
    result = checker.check(text)
    assert all("haddad" not in cue for cue in result.kind_cues)
    assert result.kind is MessageKind.INQUIRY
