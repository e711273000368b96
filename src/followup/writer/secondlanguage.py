"""Two word orders of notes written in a second language, rewritten as English writes them.

Notes in a second English keep the grammar of the writer's first language, and a phrase
pasted from them reads as the notes, not as a letter. Two such forms have one English
rewrite whatever the words, so the writer makes it (anything else is left to the gate's
fragment and notes-words checks):

- a name or code after its noun: "the certificate CSWP", "the exam PMP", "the course
  PRINCE2" (Romance and Slavic order) -> "the CSWP certificate": in English a code that
  names the kind of thing comes before the noun. The code is a token with two capitals or
  more (letters and digits), and the noun one that names a credential (a certificate, a
  licence, an exam, a course, a degree...): before any other noun a code makes an English
  compound ("the operations VP", "a photo ID"), and an adjective never moves ("a new TMS");
- a definite article where English says whose: a question the interviewer asked the
  candidate "about the experience with SolidWorks" -> "about my experience with SolidWorks".
  Only the candidate's own experience, background, knowledge, training or skills, and only
  in a question asked of the candidate (`own_attribute` is called for those phrases).
"""

from __future__ import annotations

import re

from followup.wordclass import lexicon_classes

_CODE = r"(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z0-9])[A-Z][A-Z0-9-]+"
# "the certificate CSWP" (not "the standard ISO 9001": a code and its number stay in order)
# Only a noun that names a credential, whose name is a code: a noun before a code is
# otherwise an English compound ("the operations VP", "a photo ID", "our hotel HACCP plan")
_CREDENTIAL = (
    r"certificate|certification|certifications|certificates|licen[cs]e|licen[cs]es|exam|"
    r"examination|course|degree|diploma|qualification|credential|accreditation|designation|"
    r"ticket|endorsement|rating"
)
_NOUN_THEN_CODE = re.compile(
    rf"\b(?P<det>the|a|an|my|our|your)\s+(?P<noun>{_CREDENTIAL})\s+(?P<code>{_CODE})"
    r"(?![\w-]|\s+\d|\s+[A-Z0-9]{2,})"
)
_ATTRIBUTE = re.compile(
    # "the experience of the guests" is theirs: "of" only after "knowledge"
    r"^the\s+(?=(?:experience|background|training|skills?)\s+(?:with|in|using)\b"
    r"|knowledge\s+(?:of|in|about)\b)",
    re.I,
)


def code_before_noun(phrase: str) -> str:
    """'the certificate CSWP' -> 'the CSWP certificate' (the module docstring)."""

    def swap(m: re.Match[str]) -> str:
        classes = lexicon_classes(m["noun"])
        if "NOUN" not in classes or "ADJ" in classes:
            return m.group()  # "a new TMS", "the standard ISO": an adjective before a name
        det = m["det"]
        if det.lower() in ("a", "an"):  # the article follows the code's sound: "an MBA"
            det = det[0] + ("n" if m["code"][0] in "AEFHILMNORSX" else "")
        return f"{det} {m['code']} {m['noun']}"

    return _NOUN_THEN_CODE.sub(swap, phrase)


def own_attribute(question: str) -> str:
    """A question asked of the candidate: 'the experience with X' -> 'my experience with X'."""
    return _ATTRIBUTE.sub("my ", question)
