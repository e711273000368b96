"""Two checkers over the labelled set, held to the same findings: every labelled message under
its own kind and under `--kind auto`, and mixed messages like the bench's. Shared by the
fast-path tests (triggers, anchors, lower-cased forms) and the Hyperscan pass's."""

from __future__ import annotations

from followup.checker.engine import Checker
from followup.evaluation.lintset import load_lint_set
from tests.conftest import REPO


def assert_same_on_the_lint_set(fast: Checker, slow: Checker) -> list[str]:
    """Assert equal kinds and findings for every message; return the texts checked under
    `--kind auto` (the labelled ones, then the mixed ones)."""
    labelled = load_lint_set(REPO / "eval" / "lint")
    texts = [m.text for m in labelled]
    mixed = [" ".join(texts[i : i + 4]) for i in range(0, len(texts), 4)]
    for message in labelled:
        assert fast.check(message.text, message.kind).findings == (
            slow.check(message.text, message.kind).findings
        ), message.text[:60]
    for text in [*texts, *mixed]:
        quick, plain = fast.check(text), slow.check(text)
        assert (quick.kind, quick.findings) == (plain.kind, plain.findings), text[:60]
    return [*texts, *mixed]
