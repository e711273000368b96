"""Every number a draft states is a number the notes give, as written.

A number is a fact: "1,200 kids", "$4,500", "3.5 years", "a team of two" in digits. A draft
that says "to 1" where the notes say "to 1,200" states a wrong fact, and a sentence cut
there runs on ("roll out Chromebooks to 1, and I would be glad ..."). The gate holds each
number of a draft (its subject and body) against the notes and the facts the user gave:

- writer.number-cut (an error): the draft's number is the start of a longer number in the
  notes, cut at its thousands comma or its decimal point ("1" of "1,200", "3" of "3.5");
- writer.number-unknown (a warning): a number the notes never write.

What a message writes for a date is the writer's own form of the notes' date ("on Tuesday,
March 3" from "3/3"), so a day or a year next to a month's or a weekday's name is a date,
not a count, and so are ordinals ("3rd") and clock times ("9:30"). A link's digits are the
link's.
"""

from __future__ import annotations

import re

from followup.core import Finding, Severity

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
# a number as a draft writes one: "1,200", "3.5", "4,500,000", "80" (a decimal comma too)
_NUMBER = re.compile(r"(?<![\w.,/:-])\d+(?:[.,]\d+)*(?![\w/:]|[.,]\d)")
_DATE_AROUND = re.compile(
    rf"(?:\b{_MONTH}\.?,?[ \t]+(?:the[ \t]+)?$)"
    rf"|(?:^(?:st|nd|rd|th)?,?[ \t]+(?:of[ \t]+)?{_MONTH}\b)",
    re.I,
)
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _written(number: str, facts: str) -> bool:
    """Whether facts write this number whole (not as part of a longer one)."""
    return (
        re.search(rf"(?<![\d])(?<![\d][.,]){re.escape(number)}(?![\d]|[.,]\d)", facts) is not None
    )


def _cut_from(number: str, facts: str) -> str | None:
    """The longer number of the facts that this one is the start of ("1" of "1,200")."""
    m = re.search(
        rf"(?<![\d.,]){re.escape(number)}[.,]\d[\d.,]*\d|(?<![\d.,]){re.escape(number)}[.,]\d",
        facts,
    )
    return m.group() if m else None


def _is_date_part(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start]
    after = text[end : end + 16]
    return bool(_DATE_AROUND.search(before)) or bool(_DATE_AROUND.match(after))


def number_faults(text: str, facts: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, why, is_error) for each number of text the facts do not write."""
    links = [m.span() for m in _URL.finditer(text)]
    out = []
    for m in _NUMBER.finditer(text):
        number = m.group()
        if any(a <= m.start() < b for a, b in links) or _is_date_part(text, m.start(), m.end()):
            continue
        if _YEAR.fullmatch(number) or _written(number, facts):
            continue
        cut = _cut_from(number, facts)
        if cut is not None:
            why = f"'{number}' is cut from '{cut}' in your notes; say the whole number"
            out.append((m.start(), m.end(), why, True))
        else:
            why = f"'{number}': your notes never give this number; check it"
            out.append((m.start(), m.end(), why, False))
    return out


def number_findings(text: str, facts: str) -> list[Finding]:
    """The draft's numbers held against the notes (see the module docstring)."""
    out = []
    for start, end, why, is_error in number_faults(text, facts):
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        out.append(
            Finding(
                rule_id="writer.number-cut" if is_error else "writer.number-unknown",
                severity=Severity.ERROR if is_error else Severity.WARNING,
                message=why,
                start=start,
                end=end,
                line=line,
                column=column,
                match=text[start:end],
            )
        )
    return out
