"""Contractions typed without their apostrophe ("theyre moving offices", "im", "dont"),
spelled out before the notes are read.

A contraction is a closed class of English: a pronoun or an auxiliary verb, then one of the
clitics 'm, 're, 've, 'll, 'd, 's or n't. A word of the notes that is such a pair run together
is read as the contraction, unless the run-together form is an English word of its own
(the lexicon decides: "were", "well", "ill", "its", "wed", "cant", "wont", "hes" stay as
they are). "theyre" is "they're", "youve" is "you've", "doesnt" is "doesn't".

"im" is the one form that is also an abbreviation ("IM" for instant messaging): it is spelled
out only in lower case or as "Im" before a lower-case word ("im going", "Im planning").
"""

from __future__ import annotations

import functools
import re

# the words a clitic attaches to, and the clitics each takes
_PRONOUNS = ("i", "you", "we", "they", "he", "she", "it", "that", "what", "there", "who")
_PRONOUN_CLITICS = ("m", "re", "ve", "ll", "d", "s")
_AUXILIARIES = (
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "could",
    "would",
    "should",
    "must",
    "need",
    "ca",  # can't
    "wo",  # won't
)
# which clitic each pronoun takes in English ("I'm", never "you'm"; "I're" is no form)
_TAKES = {
    "m": {"i"},
    "re": {"you", "we", "they", "who", "what", "there"},
    "s": {"he", "she", "it", "that", "what", "there", "who"},
    "ve": {"i", "you", "we", "they", "who", "what", "there"},
    "ll": {"i", "you", "we", "they", "he", "she", "it", "that", "who", "there"},
    "d": {"i", "you", "we", "they", "he", "she", "it", "that", "who", "there"},
}


@functools.cache
def _fused_forms() -> dict[str, str]:
    """Each run-together form and its contraction ("theyre": "they're")."""
    forms = {}
    for pronoun in _PRONOUNS:
        for clitic in _PRONOUN_CLITICS:
            if clitic in _TAKES and pronoun not in _TAKES[clitic]:
                continue
            forms[pronoun + clitic] = f"{pronoun}'{clitic}"
    for aux in _AUXILIARIES:
        forms[aux + "nt"] = f"{aux}n't"
    return forms


def _is_word(fused: str) -> bool:
    from followup.writer.topic_english import is_english  # the lexicon, loaded on first use

    return is_english(fused)


@functools.cache
def contraction_of(word: str) -> str | None:
    """The contraction a run-together word stands for ("theyre" -> "they're"), or None when
    it is none or is an English word of its own ("were", "well", "its")."""
    lower = word.lower()
    spelled = _fused_forms().get(lower)
    if spelled is None or _is_word(lower):
        return None
    if lower.startswith("i") and spelled.startswith("i'"):
        spelled = "I" + spelled[1:]  # "I'm", "I've", "I'd", "I'll"
    elif word[:1].isupper():
        spelled = spelled[:1].upper() + spelled[1:]
    return spelled


_CANDIDATE = re.compile(r"(?<![\w'’-])[A-Za-z]{2,7}(?![\w'’-])")


def spell_out(text: str) -> str:
    """text with its run-together contractions spelled out ("theyre" -> "they're")."""

    def one(m: re.Match[str]) -> str:
        word = m.group()
        if word.isupper() and len(word) > 1:
            return word  # "IM", "DONT" in a heading: an abbreviation or a shout
        if word[0].isupper() and word[0] != "I" and len(word) < 5:
            return word  # "Wes", "Hed": a short capitalised word may be a name
        spelled = contraction_of(word)
        if spelled is None:
            return word
        if word.lower() == "im" and not re.match(r"[ \t]+[a-z]", text[m.end() : m.end() + 2]):
            return word  # "Im" before a name or a number is no "I'm"
        return spelled

    if not any(form in text.lower() for form in ("re", "ve", "ll", "nt", "im", "d ", "s ")):
        return text
    return _CANDIDATE.sub(one, text)
