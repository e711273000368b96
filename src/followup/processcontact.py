"""The process contact: the person the notes name, by the role of a line, as the one to write
to about the process ("Contacto para el proceso: Frau Nina Sommer", "follow up w/ KAREN, not
Greg", "Renée Castillo (Research Operations Manager, my contact)", "Rückfragen an Frau
Sommer", "Questions → Hannah").

An inquiry goes to that person, not to the interviewer the notes name first. The line's role
is read from three places a contact word takes, in any of the languages notes are written in
(the word lists below, one role each):

- a label that opens the line, over the name after it: "contact: Gloria Haines", "POC for
  follow-up: Karen Whitlock", "Ansprechpartnerin – Frau Kühn";
- a verb of getting in touch, with the name as its object: "follow up w/ KAREN", "reach out
  to Dana", "contact Priya", "escribir a Lucía", "Rückfragen an Frau Sommer"; a pronoun
  object ("contact her", "he said contact him") is the person the line names before it;
- a noun phrase beside the name that says what the person is: "(hiring manager, my contact)",
  "Mr. Stefan Brandl, HR Manager. Contact person for process.", "is my point of contact";
  it belongs to the person the line names nearest before it.

A person after "not" ("follow up w/ KAREN, not Greg") and a negated verb ("don't contact
Greg") name no contact; a past tense ("followed up with Dana 3/2") is the log's, not a plan.

Hand-written: the role words are a small lexicon of one meaning across languages; no
library tags a note line's role.
"""

from __future__ import annotations

from followup import keptre as re
from followup.lazyre import lazy_compile
from followup.notenames import HON_PREFIX

# the noun "contact" and its kin: the person one writes to (English, Spanish, Portuguese,
# Italian, French, German, Dutch, Scandinavian, Polish, Czech, Indonesian, Finnish, Turkish)
CONTACT_NOUNS: tuple[str, ...] = (
    "point of contact",
    "contact person",
    "contact",
    "poc",
    "liaison",
    "persona de contacto",
    "contacto",
    "pessoa de contato",
    "contato",
    "contatto",
    "referente",
    "interlocuteur",
    "interlocutrice",
    "ansprechpartnerin",
    "ansprechpartner",
    "ansprechperson",
    "kontaktperson",
    "kontakt",
    "contactpersoon",
    "osoba kontaktowa",
    "kontaktní osoba",
    "narahubung",
    "kontak",
    "yhteyshenkilö",
    "irtibat",
)
# a verb of getting in touch, base form, with the word before its object
CONTACT_VERBS: tuple[str, ...] = (
    r"follow[ -]?up\s+(?:with|w/|w)",
    r"reach\s+out\s+to",
    r"get\s+in\s+touch\s+with",
    r"check\s+in\s+with",
    r"contact",
    r"(?:questions|queries)\s+(?:to|for|→|->)",
    r"contactar(?:\s+(?:a|con))?",
    r"escribir(?:le)?\s+a",
    r"dirigirse\s+a",
    r"(?:preguntas|dudas)\s+(?:a|para|→|->)",
    r"contatar",
    r"falar\s+com",
    r"escrever\s+(?:para|a)",
    r"(?:perguntas|dúvidas)\s+(?:para|a|→|->)",
    r"contacter",
    r"écrire\s+à",
    r"s['’]adresser\s+à",
    r"contattare",
    r"scrivere\s+a",
    r"kontaktieren",
    r"(?:rück)?fragen\s+(?:bitte\s+)?an",
    r"wenden\s+an",
    r"contact\s+opnemen\s+met",
    r"hubungi",
    r"kontakta",
    r"kontakte",
)
_NOUN = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in CONTACT_NOUNS)
# a label at the line's head: the contact word and up to four words, then a colon, a dash or
# an arrow ("Contacto para el proceso:", "Follow-up contact:", "POC for follow-up:")
_LABEL = lazy_compile(
    rf"^[\s\-*•>#]*(?:\*\*)?(?:[\w’'-]+\s+){{0,2}}(?i:{_NOUN})(?:\s+[\w’'-]+){{0,4}}?"
    r"(?:\*\*)?\s*(?::|→|->|—|–|\s-\s)"
)
_VERB = lazy_compile(r"(?<![\w-])(?i:" + "|".join(CONTACT_VERBS) + r")(?![\w’'-])")
# the noun beside a name: "my contact", "main contact", "contact person", "point of contact"
_APPOSITION = lazy_compile(
    rf"(?i:\b(?:my|main|primary|the|our|hr|process|recruiting)\s+(?:[\w-]+\s+)?(?:{_NOUN})\b"
    rf"|\b(?:contact\s+person|point\s+of\s+contact|poc|ansprechpartner(?:in)?|"
    rf"kontaktperson|persona\s+de\s+contacto|referente)\b)"
)
_NEGATED = lazy_compile(r"\b(?:not|don['’]?t|do\s+not|never|no|nicht|kein|pas|nunca)\s+$", re.I)
_NOT_BEFORE = lazy_compile(r"\b(?:not|nicht|no|non|pas)\s*$", re.I)
_DETERMINED = lazy_compile(
    r"\b(?:my|main|primary|the|a|an|our|your|of|hr|process|her|his|their|mi|su|meu|mon|ma)\s+$",
    re.I,
)
_PRONOUN = lazy_compile(r"^\s*(?:him|her|them|ihn|ihr|sie|ella|él|elle|lui|dia)\b", re.I)
_WORD = lazy_compile(r"[^\W\d_][\w’'-]*")
# words a capitalised run after a label may hold that are no name ("HR Team", "The Office")
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "hr",
        "team",
        "office",
        "department",
        "dept",
        "desk",
        "recruiting",
        "talent",
        "people",
        "careers",
        "front",
        "reception",
        "via",
        "by",
        "email",
        "e-mail",
        "phone",
    ]
)
_LOOK_AHEAD = 6  # words after a label or a verb in which its name stands


def _people_at(line: str, names: list[list[str]]) -> list[tuple[int, int]]:
    """(offset, person) for each word of the line that is one of a person's names."""
    out = []
    for m in _WORD.finditer(line):
        word = m.group().lower().strip("’'")
        word = re.sub(r"['’]s$", "", word)
        for n, parts in enumerate(names):
            if any(p.lower() == word for p in parts):
                out.append((m.start(), n))
                break
    return out


def _named_after(
    line: str, at: int, found: list[tuple[int, int]], *, object_: bool = False
) -> int | None:
    """The first person named within a few words after an offset, unless "not" comes first
    (a verb's object: with no punctuation between)."""
    window = line[at:]
    words = list(_WORD.finditer(window))[:_LOOK_AHEAD]
    end = at + (words[-1].end() if words else 0)
    for offset, person in found:
        if at <= offset <= end:
            if _NOT_BEFORE.search(line[at:offset]):
                return None
            if re.search(r"[.;!?]\s", line[at:offset]):
                return None  # another sentence
            if object_ and re.search(r"[,;:()\[\]\"]", line[at:offset]):
                return None  # "(recruiter, my contact), and ... Hollis Grant": no object
            return person
    return None


def _named_before(line: str, at: int, found: list[tuple[int, int]]) -> int | None:
    """The person named nearest before an offset (not one after "not")."""
    before = [(o, p) for o, p in found if o < at and not _NOT_BEFORE.search(line[:o])]
    return before[-1][1] if before else None


def contact_of_line(line: str, names: list[list[str]]) -> int | None:
    """The person (by index) this line names as the process contact, or None."""
    flat = line.replace("’", "'")
    found = _people_at(flat, names)
    if not found:
        return None
    if (label := _LABEL.match(flat)) is not None:
        person = _named_after(flat, label.end(), found)
        if person is not None:
            return person
    for verb in _VERB.finditer(flat):
        if _DETERMINED.search(flat[: verb.start()]):
            continue  # "my contact", "point of contact": the noun, read below
        if _NEGATED.search(flat[: verb.start()]) and "hesitate" not in flat[: verb.start()]:
            continue
        if _PRONOUN.match(flat[verb.end() :]):
            person = _named_before(flat, verb.start(), found)
        else:
            person = _named_after(flat, verb.end(), found, object_=True)
        if person is not None:
            return person
    for noun in _APPOSITION.finditer(flat):
        if _NEGATED.search(flat[: noun.start()]):
            continue
        person = _named_before(flat, noun.start(), found)
        if person is not None:
            return person
    return None


# a person's name after the role word: an honorific, then two or three capitalised words
_NEW_NAME = lazy_compile(
    rf"^[\s\-–—:→>]*(?P<hon>{HON_PREFIX})?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})(?![\w’'-])"
)


def unnamed_contact(text: str, names: list[list[str]]) -> str | None:
    """The full name (with its honorific) a line gives the process contact when that person
    is none of `names` ("Contacto para el proceso: Frau Nina Sommer" where the notes met only
    the interviewers); the last such line deciding, and none when a known person is named."""
    from followup.notenames import split_honorific

    if process_contact(text, names) is not None:
        return None
    chosen = None
    for line in text.replace("’", "'").splitlines():
        starts = []
        if (label := _LABEL.match(line)) is not None:
            starts.append(label.end())
        starts += [
            v.end()
            for v in _VERB.finditer(line)
            if not _DETERMINED.search(line[: v.start()]) and not _NEGATED.search(line[: v.start()])
        ]
        for at in starts:
            m = _NEW_NAME.match(line[at:])
            if m is None:
                continue
            words = m["name"].split()
            if any(w.lower() in _NOT_NAME_WORDS for w in words):
                continue
            honorific = split_honorific((m["hon"] or "") + "x")[0] if m["hon"] else None
            chosen = f"{honorific} {m['name']}" if honorific else m["name"]
            break
    return chosen


def process_contact(text: str, names: list[list[str]]) -> int | None:
    """The person (by index; each person as the words they are called by) the notes' lines
    name as the contact for the process, the last such line deciding; None when none does."""
    chosen = None
    for line in text.splitlines():
        person = contact_of_line(line, names)
        if person is not None:
            chosen = person
    return chosen
