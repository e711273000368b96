"""The checker's recall and false-positive rate on the labeled set in eval/lint/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.evaluation.lintset import load_lint_set, score_lint_set
from tests.conftest import REPO

MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


def test_lint_set_is_big_and_balanced() -> None:
    messages = load_lint_set(REPO / "eval" / "lint")
    flagged = [m for m in messages if m.should_flag]
    clean = [m for m in messages if not m.should_flag]
    assert len(messages) >= 200
    assert len(flagged) >= 100 and len(clean) >= 100
    assert {m.kind for m in flagged} == {m.kind for m in clean}  # every kind on both sides


def test_recall_and_false_positive_rate(checker: Checker) -> None:
    score = score_lint_set(checker, load_lint_set(REPO / "eval" / "lint"))
    print(
        f"\nlint set: recall {score.recall:.3f} ({score.flagged_caught}/{score.flagged_total}), "
        f"false-positive rate {score.false_positive_rate:.3f} "
        f"({score.clean_flagged}/{score.clean_total})"
    )
    missed = "\n".join(m.text[:120] for m in score.misses)
    alarms = "\n".join(f"{hits}: {m.text[:100]}" for m, hits in score.false_alarms)
    assert score.recall >= MIN_RECALL, f"missed:\n{missed}"
    assert score.false_positive_rate <= MAX_FALSE_POSITIVE_RATE, f"false alarms:\n{alarms}"


def test_eval_lint_reports_both_kinds_and_the_confusion_matrix(cli: Any) -> None:
    result = cli("eval", "--lint", str(REPO / "eval" / "lint"), "--format", "json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    labelled = report["labelled_kind"]["overall"]
    score = score_lint_set(Checker.from_settings(), load_lint_set(REPO / "eval" / "lint"))
    assert labelled["caught"] == score.flagged_caught
    assert labelled["false_positives"] == score.clean_flagged
    confusion = report["auto_kind"]["confusion"]
    assert (
        sum(sum(row.values()) for row in confusion.values())
        == labelled["flagged"] + labelled["clean"]
    )
    text = cli("eval", "--lint", str(REPO / "eval" / "lint")).out
    assert "with --kind auto: recall" in text and "kind inference:" in text


def test_eval_lint_refuses_a_folder_without_a_labelled_set(cli: Any, tmp_path: Path) -> None:
    cli("eval", "--lint", str(tmp_path)).assert_input_error("needs clean.yaml and flagged.yaml")


def test_eval_lint_says_how_many_misses_the_text_summary_left_out(cli: Any, tmp_path: Path) -> None:
    # Twenty warm notes labelled "flagged": the checker passes them all, so all twenty are
    # misses, and the summary lists fifteen and says how many more there are.
    warm = "Hi Ann, thank you for talking with me about the warehouse audit. Best, Bo {n}"
    flagged = [{"kind": "thank-you", "why": "test", "text": warm.format(n=n)} for n in range(20)]
    (tmp_path / "flagged.yaml").write_text(json.dumps(flagged), encoding="utf-8")
    (tmp_path / "clean.yaml").write_text(json.dumps(flagged[:1]), encoding="utf-8")
    text = cli("eval", "--lint", str(tmp_path)).out
    assert "missed (20):" in text
    assert "... and 5 more missed (--format json lists them all)" in text
    assert "more false positives" not in text
