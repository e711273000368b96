"""Engine behaviour: positions, sorting, suppression, kinds, settings, fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.checker.document import Context, Document
from followup.checker.engine import Checker
from followup.checker.fixes import apply_safe_fixes
from followup.checker.kinds import infer_kind
from followup.errors import ConfigError
from followup.models import MessageKind, Severity
from followup.settings import KindLimits, Settings


def ids(checker: Checker, text: str, kind: MessageKind | None = MessageKind.INQUIRY) -> list[str]:
    return [f.rule_id for f in checker.check(text, kind).findings]


def test_findings_carry_line_column_and_match(checker: Checker) -> None:
    text = "Hi Ana,\n\nThanks again. I really need this job."
    [finding] = [
        f
        for f in checker.check(text, MessageKind.THANK_YOU).findings
        if f.rule_id == "etiquette.need-the-job"
    ]
    assert (finding.line, finding.column) == (3, 15)
    assert finding.match == "I really need this job"
    assert text[finding.start : finding.end] == finding.match
    assert finding.severity is Severity.ERROR


def test_findings_are_sorted_by_position(checker: Checker) -> None:
    text = "Any update?? I haven't heard back. Did I get the job?"
    starts = [f.start for f in checker.check(text, MessageKind.INQUIRY).findings]
    assert starts == sorted(starts) and len(starts) >= 3


def test_enthusiasm_is_not_desperation(checker: Checker) -> None:
    text = "Thank you for meeting me today! I'm thrilled about the role and the roadmap."
    assert ids(checker, text, MessageKind.THANK_YOU) == []


def test_inline_suppression_silences_one_rule_in_a_region(checker: Checker) -> None:
    text = (
        "<!-- followup-disable counting-days -->It's been two weeks since we met."
        "<!-- followup-enable --> It's been two weeks, I know."
    )
    found = checker.check(text, MessageKind.INQUIRY).findings
    counting = [f for f in found if f.rule_id == "etiquette.counting-days"]
    assert len(counting) == 1 and counting[0].start > text.index("followup-enable")


def test_suppression_without_ids_silences_everything_to_the_end(checker: Checker) -> None:
    text = "Fine so far. <!-- followup-disable --> I really need this job!!"
    assert ids(checker, text) == []


def test_a_one_line_suppression_silences_its_own_or_the_next_line(checker: Checker) -> None:
    # new-user trial 16L: "followup-disable-line" was read as an unknown rule id '-line'
    text = (
        "It's been two weeks since we met. <!-- followup-disable-line counting-days -->\n"
        "<!-- followup-disable-next-line -->\n"
        "It's been two weeks, I know.\n"
        "It's been two weeks again.\n"
    )
    result = checker.check(text, MessageKind.INQUIRY)
    counting = [f for f in result.findings if f.rule_id == "etiquette.counting-days"]
    assert [f.line for f in counting] == [4], result.findings
    assert result.warnings == []


def test_check_in_requests_only_apply_to_check_ins(checker: Checker) -> None:
    text = "I enjoyed our talk. Let me know if there is anything else you need."
    assert "etiquette.check-in-request" in ids(checker, text, MessageKind.CHECK_IN)
    assert "etiquette.check-in-request" not in ids(checker, text, MessageKind.INQUIRY)


def test_recipient_context_catches_a_wrong_name(checker: Checker) -> None:
    ctx = Context(recipient="Daniel Kim")
    found = checker.check("Hi Priya,\n\nThanks for Monday.", MessageKind.THANK_YOU, ctx)
    assert [f.rule_id for f in found.findings] == ["etiquette.recipient-name"]
    assert "Daniel Kim" in found.findings[0].message


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [("Dear Capt. Silva,", False), ("Dear Engr. Obi,", True), ("Dear Capt. Obi,", True)],
)
def test_a_rank_before_the_name_is_read_as_a_title(
    checker: Checker, greeting: str, flagged: bool
) -> None:
    ctx = Context(recipient="Renata Silva")  # "Dear Capt. Silva," greets her by her title
    found = checker.check(f"{greeting}\n\nThanks for Monday.", MessageKind.THANK_YOU, ctx)
    assert ("etiquette.recipient-name" in [f.rule_id for f in found.findings]) is flagged


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [
        ('Siddharth Menon-Laurent, QA Lead. He said "Sid is fine".', False),
        ("Siddharth Menon-Laurent, QA Lead.", True),  # a short form the notes never use
        ('Siddharth Menon-Laurent. "Sam is fine".', True),  # not a short form of his names
    ],
)
def test_recipient_may_be_greeted_by_the_short_form_the_notes_use(
    checker: Checker, notes: str, flagged: bool
) -> None:
    ctx = Context(recipient="Siddharth Menon-Laurent", known_facts=notes)
    text = "Hi Sid,\n\nThanks for Monday." if "Sam" not in notes else "Hi Sam,\n\nThanks."
    found = checker.check(text, MessageKind.THANK_YOU, ctx)
    rules = [f.rule_id for f in found.findings]
    assert ("etiquette.recipient-name" in rules) is flagged


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thank you for taking the time to meet with me yesterday.", MessageKind.THANK_YOU),
        (
            "I'm writing to follow up on my interview and ask about the timeline.",
            MessageKind.INQUIRY,
        ),
        ("I'm following up once more on the analyst role.", MessageKind.SECOND_INQUIRY),
        (
            "I came across this article and thought of you. No response is necessary.",
            MessageKind.CHECK_IN,
        ),
        (
            "I understand you went with another candidate; I'd like to stay in touch.",
            MessageKind.KEEP_IN_TOUCH,
        ),
    ],
)
def test_kind_inference(text: str, kind: MessageKind) -> None:
    assert infer_kind(Document(text, MessageKind.THANK_YOU)).kind is kind


def test_auto_kind_is_reported(checker: Checker) -> None:
    result = checker.check("I came across this article and thought of you.")
    assert result.kind is MessageKind.CHECK_IN and result.kind_source == "auto"


def test_settings_disable_and_override_severity() -> None:
    text = "It's been two weeks since we met. Any update??"
    settings = Settings(disable=["repeated-punctuation"], severity={"counting-days": "error"})
    result = Checker.from_settings(settings).check(text, MessageKind.INQUIRY)
    rules = {f.rule_id: f.severity for f in result.findings}
    assert "etiquette.repeated-punctuation" not in rules
    assert rules["etiquette.counting-days"] is Severity.ERROR


def test_settings_per_kind_word_limit() -> None:
    text = " ".join(["word"] * 30) + "."
    strict = Settings(limits={MessageKind.INQUIRY: KindLimits(max_words=20)})
    assert "etiquette.length" in ids(Checker.from_settings(strict), text)
    assert "etiquette.length" not in ids(Checker.from_settings(), text)


def test_unknown_rule_id_in_settings_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown rule id 'no-such-rule'"):
        Checker.from_settings(Settings(disable=["no-such-rule"]))


def test_user_style_folder_adds_rules(tmp_path: Path) -> None:
    style = tmp_path / "house"
    style.mkdir()
    (style / "synergy.yml").write_text(
        "extends: existence\nmessage: Avoid '{match}'.\ntokens: [synergy]\n"
        "examples:\n  flag: [synergy]\n  pass: [teamwork]\n",
        encoding="utf-8",
    )
    checker = Checker.from_settings(Settings(styles=[style]))
    assert "house.synergy" in ids(checker, "Great synergy on the team.")


def test_safe_fixes_apply_and_unsafe_ones_do_not(checker: Checker) -> None:
    text = "I just wanted to thank you. As per my last email, I'm interested."
    findings = checker.check(text, MessageKind.THANK_YOU).findings
    fixed, applied = apply_safe_fixes(text, findings)
    assert applied == 1
    assert fixed == "I wanted to thank you. As per my last email, I'm interested."
    unsafe = [f for f in findings if f.rule_id == "etiquette.passive-aggressive"]
    assert unsafe and unsafe[0].fix == "Following up on my earlier note"
    assert not unsafe[0].fix_is_safe


def test_settings_per_kind_question_limit() -> None:
    text = "Is the role still open? When is the next round?"
    loose = Settings(limits={MessageKind.INQUIRY: KindLimits(max_questions=2)})
    assert "etiquette.inquiry-questions" in ids(Checker.from_settings(), text)
    assert "etiquette.inquiry-questions" not in ids(Checker.from_settings(loose), text)


def test_a_second_checker_over_the_same_rules_leaves_the_first_intact(checker: Checker) -> None:
    text = "Did I get the job? I really need this job. Any update?? It's been two weeks."
    before = checker.check(text, MessageKind.INQUIRY).findings
    fresh = Checker.from_settings()
    subset = Checker(list(reversed(fresh.rules[3:])))  # other rules, other order
    assert subset.check(text, MessageKind.INQUIRY).findings
    assert fresh.check(text, MessageKind.INQUIRY).findings == before
