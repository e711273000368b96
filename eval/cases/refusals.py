"""Checks for refusal cases: the refusal names the fact the notes leave out."""

from __future__ import annotations

from typing import Any


def names_candidate(output: dict[str, Any]) -> dict[str, Any]:
    """The writer refused because the notes never give the writer's own name, and says so."""
    error = output.get("error") or ""
    ok = "candidate" in error and not output.get("drafts")
    return {"pass": ok, "score": float(ok), "reason": error or "no refusal"}
