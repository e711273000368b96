"""The letters after a person's name: one reader for every place that reads the writer's name.

People sign with their qualifications after their name, after a comma or a space: "Imogen
Hart, MLIS", "Dr. Farah Haddad, PharmD", "Aisha Kamara RVN", "Hannah Bright BSc(Hons)
MCOptom", "Renata Vasquez, R.N.". The name is what a message is signed with as read; the
letters are kept or dropped by the caller (the "me:" label keeps them for the signature,
candidateplace.py reads the name alone). A word is letters after a name by its form (two
capitals in one word: "RN", "MLIS", "BSc(Hons)", "EdD"; capitals with full stops: "R.N.";
"Ph.D.") or because the lexicon of qualifications knows it, written with capitals
(notenames.CREDENTIALS: "PharmD"). Anything else after a comma ("Yelena Sokolova-Price,
Russian/Ukrainian", "Ethan Marsh, 2,300 TT") is not letters, and the caller decides what
the name is.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile
from followup.notenames import CREDENTIALS

# a word of letters by its form: two capitals ("RN", "BSc(Hons)", "MCOptom"), a capital, one
# or two small letters and a capital ("EdD", "PsyD", "RPh"), capitals with stops ("R.N."),
# or a qualification the lexicon knows written with two capitals ("PharmD"; never "Do" or
# "Ma", surnames as often); a pattern other patterns build on
LETTER_WORD = (
    r"(?:[A-Z]{2}[\w().&/-]*|[A-Z][a-z]{1,2}[A-Z](?:\([A-Za-z]+\))?|Ph\.?D\.?|(?:[A-Z]\.){2,}|"
    r"(?=[^\W\d_]*[A-Z][^\W\d_]*[A-Z])(?i:"
    + "|".join(sorted(map(re.escape, CREDENTIALS), key=lambda c: (-len(c), c)))
    + r")(?!\w))"
)
_LETTER_WORD = lazy_compile(LETTER_WORD)
_SEPARATOR = lazy_compile(r",?[ \t]+|,")  # between a name and its letters, and between letters


def letter_word(word: str) -> bool:
    """Whether one word is letters after a name (see above)."""
    return bool(_LETTER_WORD.fullmatch(word.strip()))


def is_letters(part: str) -> bool:
    """Whether every word of the part is letters after a name ("PharmD", "BSc(Hons) MCOptom")."""
    words = [w for w in _SEPARATOR.split(part.strip()) if w]
    return bool(words) and all(letter_word(w) for w in words)


def split_letters(value: str) -> tuple[str, str]:
    """The name and the letters after it: ("Imogen Hart", "MLIS") from "Imogen Hart, MLIS";
    (value, "") when no letters close it. The name keeps at least its first word."""
    pieces = re.split(r"(,?[ \t]+|,)", value.rstrip())  # words at even places
    cut = len(pieces)
    while cut > 2 and letter_word(pieces[cut - 1]):
        cut -= 2  # a word of letters and the separator before it
    return "".join(pieces[:cut]).rstrip(" \t,"), "".join(pieces[cut + 1 :]).strip(" \t,")
