"""A person in a list named by a first name and then what they do, with "the": "w/ dr. ana
ruiz (practice owner) + tomas the head groomer", "Ana Ruiz and bea the lab manager". Each one
is a person of their own: "tomas the head groomer" becomes "tomas (head groomer)", the form
the people reader (noteheader.parse_people) already splits, so that the second person is
neither folded into the first one's title nor dropped.

Only a word that can be a name stands before "the": not a word of the sentence ("+ also the
head groomer", "and then the head groomer", "+ later the head groomer" name nobody), and the
words after "the" must name a job (the caller's `is_title`, the header reader's list).

Hand-written pattern: a list of people is a few words long, and no library reads this form.
"""

from __future__ import annotations

from collections.abc import Callable

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notenames import COMMON_WORDS, NOT_NAMES

# after the start of the list or a joiner ("+", "&", "and", ","): a word, "the", a job
_NAME_THE_TITLE = lazy_compile(
    r"(?:^|(?<=[+&,])|(?<=\band))[ \t]*(?P<name>[^\W\d_][\w’'-]+)[ \t]+the[ \t]+"
    r"(?P<title>(?:[\w&-]+[ \t]+){0,3}[\w&-]+)[ \t]*(?=$|[,;+&]|[ \t]+and[ \t])"
)


def named_with_title(people: str, is_title: Callable[[str], bool]) -> str:
    """The list with each "NAME the TITLE" written "NAME (TITLE)"; other parts as they are."""

    def bracketed(m: re.Match[str]) -> str:
        name, title = m.group("name"), m.group("title")
        low = name.lower()
        if low in COMMON_WORDS or low in NOT_NAMES or low.endswith("ly") or is_title(name):
            return m.group()  # "+ also the head tech": a word of the sentence, not a name
        if not is_title(title):
            return m.group()  # "Ana and Bea the twins": no job after "the"
        space = m.group()[: m.start("name") - m.start()]
        return f"{space}{name} ({title})"

    return _NAME_THE_TITLE.sub(bracketed, people)
