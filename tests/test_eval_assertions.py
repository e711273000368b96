"""Every assertion type on a passing and a failing output, negation, and `to:` scoping."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.evaluation.assertions import (
    REGISTRY,
    CaseOutput,
    DraftOutput,
    evaluate,
    parse_assertion,
)

GOOD_BODY = (
    "Hi Priya,\n\nThank you for meeting me on Tuesday about the buyer role at Acme. I enjoyed "
    "our talk about compostable packaging and how your team picks suppliers.\n\nBest,\nAlex\n"
)
TOM_BODY = (
    "Hello Tom,\n\nThanks for the system design round. Working through the idempotency key on "
    "the whiteboard was the best part of my day.\n\nBest,\nAlex\n"
)


def draft(
    to: str,
    body: str,
    status: str = "ready",
    findings: tuple[dict, ...] = (),  # type: ignore[type-arg]
    subject: str = "Thank you",
) -> DraftOutput:
    return DraftOutput(to, subject, body, status, findings)


GOOD = CaseOutput(
    kind="thank-you", drafts=(draft("Priya Nair", GOOD_BODY), draft("Tom Becker", TOM_BODY))
)
FINDING = {
    "rule_id": "etiquette.grounding",
    "severity": "error",
    "message": "not in the notes",
    "line": 3,
    "column": 1,
    "match": "Zanzibar",
}
BAD = CaseOutput(
    kind="inquiry",
    drafts=(
        draft(
            "Priya Nair",
            "Hi there,\n\nDid I get the job? They offered 85k. Could you let me know?\n",
            "blocked",
            (FINDING,),
            "Any news?",
        ),
        draft(
            "Tom Becker",
            "Hi there,\n\nDid I get the job? They offered 85k.\n",
            "review",
            subject="Any news?",
        ),
    ),
)
REFUSED = CaseOutput(kind="thank-you", error="the notes do not say: company")


def run(item: dict, output: CaseOutput, base: Path = Path()) -> tuple[bool | None, str]:  # type: ignore[type-arg]
    result = evaluate(parse_assertion(item, base), output)
    return result.passed, result.reason


CASES: list[tuple[dict, CaseOutput, CaseOutput]] = [  # type: ignore[type-arg]
    ({"type": "contains", "value": "Alex"}, GOOD, BAD),
    ({"type": "icontains", "value": "THANK"}, GOOD, BAD),
    ({"type": "mentions-any", "value": ["packaging", "whiteboard"]}, GOOD, BAD),
    ({"type": "mentions-all", "value": ["thank", "alex"]}, GOOD, BAD),
    ({"type": "regex", "value": r"(?m)^(Hi|Hello) (Priya|Tom),"}, GOOD, BAD),
    ({"type": "words", "min": 20, "max": 150}, GOOD, BAD),
    ({"type": "lint-clean", "level": "warning"}, GOOD, BAD),
    ({"type": "grounded"}, GOOD, BAD),
    ({"type": "addressed-to", "value": ["Priya", "Tom"]}, GOOD, BAD),
    ({"type": "distinct", "max": 0.6}, GOOD, BAD),
    ({"type": "asks-nothing"}, GOOD, BAD),
    ({"type": "kind", "value": "thank-you"}, GOOD, BAD),
    ({"type": "status", "value": "ready"}, GOOD, BAD),
    ({"type": "leaks-nothing", "value": ["85k", "seemed distracted"]}, GOOD, BAD),
]


def test_every_type_but_python_and_rubric_is_covered() -> None:
    covered = {item["type"] for item, _, _ in CASES}
    assert covered | {"python", "llm-rubric"} == set(REGISTRY)


@pytest.mark.parametrize(("item", "good", "bad"), CASES, ids=[c[0]["type"] for c in CASES])
def test_passes_on_good_output_and_fails_on_bad(
    item: dict,  # type: ignore[type-arg]
    good: CaseOutput,
    bad: CaseOutput,
) -> None:
    passed, reason = run(item, good)
    assert passed is True, reason
    failed, reason = run(item, bad)
    assert failed is False, reason
    assert reason


@pytest.mark.parametrize(("item", "good", "bad"), CASES, ids=[c[0]["type"] for c in CASES])
def test_not_prefix_negates(item: dict, good: CaseOutput, bad: CaseOutput) -> None:  # type: ignore[type-arg]
    negated = {**item, "type": "not-" + item["type"]}
    assert run(negated, good)[0] is False
    assert run(negated, bad)[0] is True


def test_status_refused_and_content_assertions_on_a_refusal() -> None:
    assert run({"type": "status", "value": "refused"}, REFUSED)[0] is True
    assert run({"type": "status", "value": ["ready", "review"]}, REFUSED)[0] is False
    passed, reason = run({"type": "not-contains", "value": "Did I get the job"}, REFUSED)
    assert passed is False and "refused" in reason  # no draft is not a pass, even negated


def test_to_limits_an_assertion_to_one_draft() -> None:
    assert run({"type": "mentions-any", "value": ["idempotency"], "to": "Tom"}, GOOD)[0] is True
    assert run({"type": "mentions-any", "value": ["idempotency"]}, GOOD)[0] is False
    passed, reason = run({"type": "contains", "value": "x", "to": "Maria"}, GOOD)
    assert passed is False and "Maria" in reason


def test_addressed_to_matches_titles_and_curly_apostrophes() -> None:
    out = CaseOutput(
        kind="thank-you", drafts=(draft("Aoife O'Brien", "Dear Dr. O’Brien,\n\nThanks.\n"),)
    )
    assert run({"type": "addressed-to", "value": "Dr. O'Brien"}, out)[0] is True
    assert run({"type": "addressed-to", "value": ["Aoife O'Brien", "Tom"]}, out)[0] is False


def test_partial_scores_are_shares_of_drafts() -> None:
    result = evaluate(
        parse_assertion({"type": "mentions-any", "value": ["whiteboard"]}, Path()), GOOD
    )
    assert result.passed is False and result.score == pytest.approx(0.5)


def test_python_assertion(tmp_path: Path) -> None:
    (tmp_path / "checks.py").write_text(
        "def short(output):\n"
        "    n = max(len(d['body'].split()) for d in output['drafts'])\n"
        "    return {'pass': n < 40, 'score': 1.0 if n < 40 else 0.0, 'reason': f'{n} words'}\n",
        encoding="utf-8",
    )
    item = {"type": "python", "value": "checks.py:short"}
    assert run(item, GOOD, tmp_path)[0] is True
    long_body = CaseOutput(kind="thank-you", drafts=(draft("Priya", "word " * 60),))
    passed, reason = run(item, long_body, tmp_path)
    assert passed is False and reason == "60 words"


def test_llm_rubric_is_skipped_without_a_judge() -> None:
    result = evaluate(parse_assertion({"type": "llm-rubric", "value": "warm"}, Path()), GOOD)
    assert result.passed is None and "skipped" in result.reason


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"type": "containz", "value": "x"}, "unknown assertion type 'containz'"),
        ({"type": "contains"}, "needs a 'value'"),
        ({"type": "status", "value": "sent"}, "'sent' is not one of"),
        ({"type": "regex", "value": "(unclosed"}, "invalid regular expression"),
        ({"type": "words", "min": 1, "maxx": 3}, "unknown key 'maxx'"),
        ({"type": "python", "value": "missing.py:f"}, "must be an existing file.py:function"),
        ({"value": "x"}, "expected a mapping with a 'type'"),
    ],
)
def test_malformed_assertions_say_what_is_wrong(item: dict, problem: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValueError, match=problem.replace("(", r"\(")):
        parse_assertion(item, Path())


def test_addressed_to_accepts_the_name_the_greeting_uses() -> None:
    """The notes call him "Rafi"; the stored name is Rafael Duarte-Silva: a draft greeting
    "Hi Rafi," is to the wanted person, one greeting "Hi Rafael," or someone else is not."""
    to_rafi = CaseOutput(
        kind="thank-you", drafts=(draft("Rafael Duarte-Silva", "Hi Rafi,\n\nThanks.\n"),)
    )
    assert run({"type": "addressed-to", "value": "Rafi"}, to_rafi)[0] is True
    formal = CaseOutput(
        kind="thank-you", drafts=(draft("Rafael Duarte-Silva", "Hi Rafael,\n\nThanks.\n"),)
    )
    passed, reason = run({"type": "addressed-to", "value": "Rafi"}, formal)
    assert passed is False and "no draft to Rafi" in reason
    titled = CaseOutput(
        kind="thank-you", drafts=(draft("Isla Drummond", "Dear Captain Drummond,\n\nThanks.\n"),)
    )
    assert run({"type": "addressed-to", "value": "Drummond"}, titled)[0] is True
    other = CaseOutput(kind="thank-you", drafts=(draft("Kai Wolfe", "Hi Kai,\n\nThanks.\n"),))
    assert run({"type": "addressed-to", "value": "Rafi"}, other)[0] is False


def test_a_to_filter_finds_the_draft_by_the_name_its_greeting_uses() -> None:
    """`to: Bea` picks the draft greeting "Hi Bea," stored as Beatrix Lund (as addressed-to
    does), and never a draft greeting someone else."""
    drafts = (
        draft("Beatrix Lund", "Hi Bea,\n\nI enjoyed our talk about the glaze kiln.\n"),
        draft("Oskar Lind", "Hi Oskar,\n\nI enjoyed our talk about the pugmill.\n"),
    )
    out = CaseOutput(kind="thank-you", drafts=drafts)
    assert run({"type": "mentions-any", "value": ["glaze kiln"], "to": "Bea"}, out)[0] is True
    passed, _ = run({"type": "mentions-any", "value": ["pugmill"], "to": "Bea"}, out)
    assert passed is False


def test_a_greeting_by_title_and_surname_greets_the_person_by_name() -> None:
    """The case names her "Claire"; the draft to Claire Whitmore opens "Dear Ms. Whitmore,":
    greeted by name. A greeting with no word of her name is not."""
    formal = CaseOutput(
        kind="inquiry", drafts=(draft("Claire Whitmore", "Dear Ms. Whitmore,\n\nThanks.\n"),)
    )
    assert run({"type": "addressed-to", "value": "Claire"}, formal)[0] is True
    nameless = CaseOutput(
        kind="inquiry", drafts=(draft("Claire Whitmore", "Dear Hiring Manager,\n\nThanks.\n"),)
    )
    passed, reason = run({"type": "addressed-to", "value": "Claire"}, nameless)
    assert passed is False and "does not greet them by name" in reason
