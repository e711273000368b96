"""Where a note phrase's first clause ends: at a comma that separates, not one inside a thing.

A note phrase is cut at its first comma ("the pilot, residents on the panel" -> "the pilot").
Some commas are part of what they sit in and never end a clause:

- a number's thousands separator or a decimal comma: "1,200 kids", "$4,500,000", "3,5 FTE"
  (a digit on both sides);
- a name's suffix or a company's legal form after a comma: "Smith, Jr.", "Acme, Inc.",
  "Gómez, PhD" (a short closed class of words, read by their shape: the word after the
  comma is the suffix and the phrase goes on, or ends, after it);
- an amount's range or a list of figures inside a number ("1,200-1,500").

`first_clause` returns the phrase up to its first separating comma; `separating_commas`
gives the offsets of those commas, for any caller that splits a phrase on commas.
"""

from __future__ import annotations

import re

# the words that follow a comma inside a name: a person's suffix, a company's legal form
_NAME_SUFFIX = re.compile(
    r",[ \t]*(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|M\.D|DDS|Esq|CPA|RN|Inc|Ltd|LLC|LLP|L\.L\.C|"
    r"PLC|GmbH|S\.A|N\.V|B\.V|AG|Co|Corp|PC|P\.C)\b\.?(?=$|[\s,;:)!?.])"
)


def separating_commas(text: str) -> list[int]:
    """The offsets of the commas in text that separate clauses or list items."""
    out = []
    for i, ch in enumerate(text):
        if ch != ",":
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue  # "1,200", "3,5"
        if _NAME_SUFFIX.match(text, i):
            continue  # "Smith, Jr.", "Acme, Inc."
        out.append(i)
    return out


def first_clause(text: str) -> str:
    """text up to its first separating comma, stripped ("to 1,200 kids, with two" ->
    "to 1,200 kids")."""
    commas = separating_commas(text)
    return (text[: commas[0]] if commas else text).strip()


def split_clauses(text: str) -> list[str]:
    """text split at its separating commas (each part stripped)."""
    parts, start = [], 0
    for i in separating_commas(text):
        parts.append(text[start:i].strip())
        start = i + 1
    parts.append(text[start:].strip())
    return parts
