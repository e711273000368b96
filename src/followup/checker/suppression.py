"""Inline suppression (`<!-- followup-disable ID -->` ... `<!-- followup-enable -->`, and
`followup-disable-line ID` / `followup-disable-next-line ID` for one line) and masking.

Masking blanks comments and front matter to spaces, keeping newlines, so rules never see
them and every offset still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE = re.compile(
    r"^\s*followup-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*?)\s*$", re.S
)
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True, slots=True)
class Region:
    """Rules (None = all) switched off from start to end."""

    start: int
    end: int
    rules: frozenset[str] | None

    def covers(self, offset: int, rule_id: str) -> bool:
        """True when this region silences the rule at that offset."""
        if not self.start <= offset < self.end:
            return False
        if self.rules is None:
            return True
        short = rule_id.split(".", 1)[-1]
        return rule_id in self.rules or short in self.rules


def named_ids(text: str) -> list[tuple[int, str, str]]:
    """(offset of the comment, "disable" or "enable", rule id) for every id a suppression
    comment names."""
    named: list[tuple[int, str, str]] = []
    for m in _COMMENT.finditer(text):
        d = _DIRECTIVE.match(m.group(1))
        if d:
            ids = re.findall(r"[\w.\-]+", d.group(2))
            named.extend((m.start(), d.group(1), rule_id) for rule_id in ids)
    return named


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with spaces, keeping newlines."""
    return text[:start] + _NOT_NEWLINE.sub(" ", text[start:end]) + text[end:]


def _line_of(text: str, m: re.Match[str], next_line: bool) -> tuple[int, int]:
    """The span of the comment's own line, or of the line after it."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if next_line:
        start = min(end + 1, len(text))
        following = text.find("\n", start)
        end = len(text) if following < 0 else following
    return start, end


def mask_and_regions(text: str) -> tuple[str, list[Region]]:
    """Blank out HTML comments and collect the suppression regions they declare."""
    if "<!--" not in text:
        return text, []
    regions: list[Region] = []
    open_regions: list[tuple[int, frozenset[str] | None]] = []
    masked = text
    for m in _COMMENT.finditer(text):
        masked = blank(masked, m.start(), m.end())
        d = _DIRECTIVE.match(m.group(1))
        if not d:
            continue
        ids = frozenset(re.findall(r"[\w.\-]+", d.group(2))) or None
        if d.group(1) in ("disable-line", "disable-next-line"):
            regions.append(Region(*_line_of(text, m, d.group(1) == "disable-next-line"), ids))
        elif d.group(1) == "disable":
            open_regions.append((m.end(), ids))
        else:
            for start, rules in open_regions:
                if ids is None or rules is None or rules & ids:
                    regions.append(Region(start, m.start(), rules))
            open_regions = [
                (s, r) for s, r in open_regions if not (ids is None or r is None or r & ids)
            ]
    regions.extend(Region(s, len(text), r) for s, r in open_regions)
    return masked, regions
