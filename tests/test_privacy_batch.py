"""eval/privacy: note lines written after followup.privacy was tuned, scored on first sight
(README), then kept here: each private line is found for its reason, each public one is not."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from followup.privacy import private_lines
from tests.conftest import REPO

CASES = [
    (path.stem, case)
    for path in sorted((REPO / "eval" / "privacy").glob("batch-*.yaml"))
    for case in yaml.safe_load(path.read_text())
]


@pytest.mark.parametrize(("batch", "case"), CASES, ids=[c["line"][:40] for _, c in CASES])
def test_privacy_batch(batch: str, case: dict[str, Any]) -> None:
    found = [r.reason.value for r in private_lines(case["line"] + "\n")]
    assert found == ([case["private"]] if case["private"] else []), case["line"]
