"""Apply the safe fix actions of a set of findings to a text, never overlapping two."""

from __future__ import annotations

from followup.core import Finding


def apply_safe_fixes(text: str, findings: list[Finding]) -> tuple[str, int]:
    """(new text, number of fixes applied). Later spans are applied first."""
    fixable = [f for f in findings if f.fix is not None and f.fix_is_safe]
    fixable.sort(key=lambda f: f.start, reverse=True)
    applied = 0
    boundary = len(text) + 1
    for f in fixable:
        if f.end > boundary or text[f.start : f.end] != f.match:
            continue  # overlaps a fix already applied, or the text changed underneath
        assert f.fix is not None
        text = text[: f.start] + f.fix + text[f.end :]
        boundary = f.start
        applied += 1
    return text, applied
