"""Money in the work, and the one clause of a line that is about pay.

Interview notes hold two kinds of money. The candidate's own (a salary, a rate, an offer,
what they ask for) is private and never reaches a message or a model. The work's money (a
part's cost, a saving, a budget, sales, a grant: "the injection molded housing at Vexo,
saved $4/unit") is the candidate's achievement or the employer's problem, and is often the
note's best detail. A figure is the work's money by its place in the sentence, not by a
list of notes' phrases:

- a price per thing: the figure is divided by a unit that is not time ("$4/unit", "$2 per
  part", "$30 a seat"); per hour, per year or per shift it is a rate of pay;
- the amount of a change the work made: the figure right after a verb of saving, cutting,
  growing or bringing in ("saved $40k", "cut costs by $1.2M", "grew sales to $3M");
- the size of a thing in the work: the figure with a noun of the work's money right before
  or after it ("a $2M budget", "budget of $2M", "$50k grant", "$3M in sales").

A sentence with a pay word in it ("saved $4/unit, base is 145k") is never the work's alone:
`work_money` answers only when no figure in it reads as pay (privacy.pay_evidence decides).

`private_from(sentence, is_private)` and `public_head`: where one clause of a line is about
pay ("talked abt the WMS rollout - pay is 52k"), the clauses before it stay and the rest of
the line goes. The
clauses kept hold no figure at all (a figure beside pay is read as pay: "i want 95"), and
the remark goes on to the end of the line ("pay is 52k, need to negotiate"). Standard
library only: privacy.py, on the lint path, asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from followup.lazyre import lazy_compile

_I = re.IGNORECASE
_FIGURE = r"(?:[$£€¥₹₱]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|million|thousand|bn|billion)\b)?)"
_TIME = r"(?:hr|hrs|hour|hours|h|yr|year|years|annum|month|months|mo|week|weeks|wk|day|days|shift)"
_PER_THING = lazy_compile(
    rf"{_FIGURE}\s?(?:/\s?|\bper\s+|\ban?\s+)(?!{_TIME}\b)(?:[a-z][\w-]*)", _I
)
_CHANGE_VERB = (
    r"sav(?:e|ed|es|ing|ings)|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|lower(?:ed|ing)?|"
    r"trimm?(?:ed|ing)?|shav(?:e|ed|ing)|grew|grow(?:n|ing|s)?|increas(?:e|ed|ing)|"
    r"boost(?:ed|ing)?|generat(?:e|ed|ing)|brought in|bring in|recover(?:ed|ing)?|"
    r"won|closed|sold|manag(?:e|ed|ing)|oversaw|ran|own(?:ed|s)?|secured|avoided"
)
_CHANGED = lazy_compile(
    rf"\b(?:{_CHANGE_VERB})\b(?:\s+[\w-]+){{0,3}}?\s+(?:by\s+|to\s+|over\s+|about\s+|~)?{_FIGURE}",
    _I,
)
_WORK_NOUN = (
    r"budgets?|revenue|sales|costs?|spend|capex|opex|funding|grants?|contracts?|deals?|"
    r"projects?|savings|margin|p&l|portfolio|fund|raise(?= from)|round|claims?|inventory|"
    r"write-?offs?|losses|fines?|penalt(?:y|ies)|donations?|bookings|pipeline|arr|mrr|gmv"
)
_SIZED = lazy_compile(
    rf"{_FIGURE}\s+(?:(?:in|of)\s+)?(?:[\w-]+\s+)?(?:{_WORK_NOUN})\b|"
    rf"\b(?:{_WORK_NOUN})\s+(?:of|at|was|is|were|around|about|over|under|~)?\s*{_FIGURE}",
    _I,
)
_ANY_FIGURE = lazy_compile(_FIGURE, _I)
_K_FIGURE = lazy_compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?\s?k\b", _I)  # "145k", "52 k"


def work_money(sentence: str) -> bool:
    """Whether every money figure in the sentence ("$4", "145k") is the work's money (the
    module docstring) and no pay word or salary-like range is in it. False for a sentence
    with no figure."""
    from followup.privacy import PAY_WORD_RE, pay_range

    if PAY_WORD_RE.search(sentence) or pay_range(sentence):
        return False  # "saved $4/unit, base pay is 145k"
    figures = [*_ANY_FIGURE.finditer(sentence), *_K_FIGURE.finditer(sentence)]
    if not figures:
        return False
    work = [
        (m.start(), m.end())
        for pattern in (_PER_THING, _CHANGED, _SIZED)
        for m in pattern.finditer(sentence)
    ]
    return all(any(a <= f.start() < b for a, b in work) for f in figures)


_CLAUSE_BREAK = lazy_compile(r"\s+[-–—]\s+|;\s+|,\s+")
# a figure in a clause kept beside pay: money, or a small bare number ("i want 95"); a year
# ("targets for 2027") or a code ("Q3", "S4") is none
_NUMBER = lazy_compile(r"[$£€¥₹₱]\s?\d|(?<![\w.])\d{1,3}(?:[.,]\d+)?(?:\s?k)?(?![\w.,]*\d)")


def private_from(sentence: str, is_private: Callable[[str], bool]) -> int:
    """Where the private part of a line starts: the first private clause, when the clauses
    before it hold no figure (the module docstring); 0 when the line goes whole. `is_private`
    is asked of each clause in turn."""
    pos = 0
    for m in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = m.start() if m else len(sentence)
        clause = sentence[pos:end].strip()
        if clause and is_private(clause):
            head = sentence[:pos]
            if not head.strip(" ,;-–—") or _NUMBER.search(head):
                return 0
            return pos + len(sentence[pos:end]) - len(sentence[pos:end].lstrip())
        if m:
            pos = m.end()
    return 0


def public_head(sentence: str, is_private: Callable[[str], bool]) -> str | None:
    """The clauses before a line's first private clause (`private_from`), or None when the
    line goes whole."""
    at = private_from(sentence, is_private)
    return sentence[:at].rstrip(" ,;-–—") if at else None
