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


# -- the grammar of a second language, read as the recipient reads it -----------------------
# Three general shapes, each read by the lexicon's word classes (wordclass.py), not by the
# words of one note:
# - "there is not historical data": English negates a noun phrase with "no" ("there is no
#   historical data"); repaired when the words after "not" are adjectives and then a noun;
# - a clause after "when", "if", "because" ... whose subject has no verb ("when payment
#   late", "because the price different"): the verb is missing, and nothing says which;
# - a clause where a noun phrase belongs: a quantifier and a plural noun, then a verb with its
#   object ("few branches report anything"), read after "about" as "our conversation about
#   few branches report anything";
# - "same" with no determiner ("is not same like", "at same time").
_THERE_IS_NOT = re.compile(
    r"\b(?P<be>there\s+(?:is|are|was|were))\s+not\s+(?P<rest>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)
_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|if|because|while|although|though|unless|once)\s+(?P<clause>[^,.;:!?()]+)",
    re.I,
)
_CLAUSE_STOP = re.compile(r"\s+(?:and|but|or|so|then|who|which|that)\s+", re.I)
_QUANTIFIER_WORDS = "few many most some several all both no the our their your"
_QUANTIFIER = frozenset(_QUANTIFIER_WORDS.split())
_OBJECT_WORDS = """
the a an any anything something nothing everything it them their our your his her its this
that these those every each all some no
"""
_OBJECT_START = frozenset(_OBJECT_WORDS.split())
_BARE_SAME = re.compile(
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bthese )(?<!\bthose )(?<!\bits )(?<!\bvery )"
    r"(?<!\bthe very )(?<!\bexact )(?<!\bsame )\bsame\b(?!-)",
    re.I,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*", text)


def _classes(word: str) -> frozenset[str]:
    from followup.wordclass import word_classes

    return word_classes(word)


def negate_noun(phrase: str) -> str:
    """'there is not historical data' -> 'there is no historical data' (adjectives, then a
    noun, after 'not'; 'there is not much data' and 'there is not a ...' stay)."""

    def sub(m: re.Match[str]) -> str:
        for word in m["rest"].split():
            classes = _classes(word)
            if classes & {"ADV", "DET", "NUM", "PRON", "PREP", "AUX", "UNKNOWN"}:
                return m.group()
            if "NOUN" in classes:
                return f"{m['be']} no {m['rest']}"
            if "ADJ" not in classes:
                return m.group()
        return m.group()

    return _THERE_IS_NOT.sub(sub, phrase)


def _verbless(clause: str) -> bool:
    """A subject with no verb: its first word opens a noun phrase, and no word can be a verb."""
    clause = _CLAUSE_STOP.split(clause, maxsplit=1)[0]
    words = _words(clause)
    if len(words) < 2:
        return False
    first = _classes(words[0])
    if not first & {"NOUN", "DET", "POSS", "PROPN"} or first & {"PREP", "ADJ", "ADV"}:
        return False  # "if successful", "when possible", "because of", "once again"
    if words[0].lower() in ("there", "it") or (words[0][:1].isupper() and len(words) < 3):
        return False
    after_det = True  # the first word is the subject's: "when repair late" (no imperative)
    for word in words:
        if re.search(r"['’](?:m|re|s|ve|d|ll)$|n['’]t$", word, re.I):
            return False  # "when I'm", "if it's"
        classes = _classes(word)
        if after_det and "NOUN" in classes:
            classes = frozenset({"NOUN"})  # "the budget": a noun after its determiner
        if classes & {"VERB", "AUX", "GERUND", "PARTICIPLE", "UNKNOWN", "NUM", "PRON"}:
            return False
        after_det = bool(classes & {"DET", "POSS"})
        if re.fullmatch(r"[a-z]+ed", word):
            return False
    return True


def _clause_for_noun(phrase: str) -> bool:
    """'few branches report anything': a quantifier, a plural noun, a verb, its object."""
    words = _words(phrase)
    if len(words) < 4 or words[0].lower() not in _QUANTIFIER:
        return False
    for i in (1, 2):
        if i + 2 >= len(words):
            break
        noun, verb, obj = words[i], words[i + 1], words[i + 2]
        if not (noun.islower() and noun.endswith("s") and "NOUN" in _classes(noun)):
            continue
        if not (verb.islower() and "VERB" in _classes(verb) and not verb.endswith("s")):
            continue
        if obj.lower() in _OBJECT_START:
            return True
    return False


_PLURAL_QUANTIFIER = re.compile(
    r"\b(?:many|several|few|various|numerous|both|these|those)\s+(?P<run>[a-z][\w-]*(?:\s+[a-z][\w-]*)*)"
)


def _plural_on_singular(phrase: str) -> str | None:
    """'many nail salon customer': a plural quantifier before a singular count noun, the head
    of the run of nouns after it (wordclass.countable: 'many data' is no fault)."""
    from followup.wordclass import countable

    for m in _PLURAL_QUANTIFIER.finditer(phrase):
        head = None
        for word in m["run"].split():
            classes = _classes(word)
            if word in ("and", "or"):
                head = None  # "both kitchen and bar": two things, each one
                break
            if not classes & {"NOUN", "ADJ"} or classes & {"DET", "PREP", "PRON", "AUX"}:
                break
            head = word
        if head and countable(head) and "ADJ" not in _classes(head):
            return f"'{m.group()}' counts a singular noun (the notes' grammar)"
    return None


def grammar_fault(phrase: str) -> str | None:
    """Why a phrase holds a second language's grammar a message cannot echo, or None."""
    if _THERE_IS_NOT.search(negate_noun(phrase)) and negate_noun(phrase) == phrase:
        m = _THERE_IS_NOT.search(phrase)
        if m and not re.match(r"(?:a|an|any|much|many|enough|only|just|always|yet)\b", m["rest"]):
            return f"'{m.group()}': English says 'there is no ...' or 'there isn't any ...'"
    for m in _SUBORDINATE.finditer(phrase):
        if _verbless(m["clause"]):
            return f"'{m.group().strip()}' has no verb (the notes' grammar)"
    if _clause_for_noun(phrase):
        return f"'{phrase}' is a whole clause where a topic belongs"
    m = _BARE_SAME.search(phrase)
    if m:
        return "'same' without 'the' (the notes' grammar)"
    return _plural_on_singular(phrase)


def draft_faults(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """The gate's question of a whole draft (writer.notes-words): each sentence that still
    holds a second language's grammar (`grammar_fault`), and each lower-case word no lexicon
    knows ('wi', 'tae': plainwords.py), with a one-line reason."""
    from followup.writer.plainwords import unknown_words

    found = []
    for m in re.finditer(r"[^.!?\n]+", text[start:]):
        why = grammar_fault(m.group())
        if why:
            found.append((start + m.start(), start + m.end(), f"{why}; reword it or leave it out"))
    from followup.writer.topic_english import slots

    for a, b in slots(text, start):  # "our conversation about few branches report anything"
        if _clause_for_noun(text[a:b]):
            why = f"'{text[a:b]}' is a whole clause where a topic belongs"
            found.append((a, b, f"{why}; name the topic or leave it out"))
    for a, b in unknown_words(text[start:]):
        word = text[start + a : start + b]
        why = f"'{word}' is no English word a reader knows (the notes' dialect or shorthand)"
        found.append((start + a, start + b, f"{why}; write the word out or leave it out"))
    return found


# -- articles a second language leaves out, put back where English has one answer ----------
# - an ordinal after a preposition takes "the" whatever the noun: "on 3rd floor" -> "on the
#   3rd floor", "in 2nd round" -> "in the 2nd round" (a figure's ordinal: the word ordinals
#   have idioms, "at first sight", "on second thought", so they stay as written);
# - "lot of" with no article opening a topic is "a lot of" said without its "a": the amount
#   is speech's, the topic is what follows ("lot of Creole speaking residents" -> "Creole
#   speaking residents"), as settle drops "heaps about" before a topic.
_ORDINAL_NO_ARTICLE = re.compile(
    r"\b(?P<prep>on|in|at|to|from|for|of|by|during|after|before)\s+(?=\d{1,3}(?:st|nd|rd|th)\s+[a-z])",
    re.I,
)
_BARE_AMOUNT = re.compile(r"^(?:a\s+)?lots?\s+of\s+(?=[\w-])", re.I)


def put_articles(phrase: str) -> str:
    """'lot of Creole speaking residents on 3rd floor' -> 'Creole speaking residents on the
    3rd floor' (the comment above)."""
    phrase = _BARE_AMOUNT.sub("", phrase)
    return _ORDINAL_NO_ARTICLE.sub(lambda m: f"{m['prep']} the ", phrase)
