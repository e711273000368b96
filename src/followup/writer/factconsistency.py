"""writer.fact-conflict: the draft's facts checked against each other and against the notes.

Each reader checks, if at all, the fact it produced; a wrong fact then reaches a "ready"
draft with "Checker: no findings". This is the second line of defence: it holds the facts a
draft says (the role, the company, the recipient, the signature, who sent a decision) to the
other facts of the brief and to where each value sits in the notes, whichever reader (or
model, or flag) produced them. One line per fault, naming the flag that fixes it:

- the role is an interviewer's job title: the notes write it only where a person's title
  stands ("Greg Holloway, Head of Sales at ... (Account Executive role)"), or the reader gave
  the same words as a person's title (warning: a peer may share the candidate's title);
- the company is a person: the candidate's or an interviewer's name, a name that shares the
  candidate's surname, or the name on a line with the person's own e-mail address ("Mimi:
  Kevin Mwangi Kariuki - kevo.mwangi@..."); or it opens with a sentence's lower-case words
  before the name ("applied to Fernwood Studios") (warning);
- the recipient named in the third person in their own note ("I enjoyed talking with you
  about lunch with Dana", to Dana): error, a note cannot speak of its reader so;
- the signature is a phrase of the notes, not a name: its words are written in the notes
  only in lower case ("## Esqueci-me de dizer" -> "De Dizer", "tast mi teži" -> "Tast Mi
  Teži") (warning);
- a note that thanks its recipient for "your decision" when the notes' line that records the
  decision names another person the candidate dealt with, and not the recipient ("got
  rejection email from Kim", in a note to Leo) (warning).

Values given by a flag (--me, --company, --role) are the user's and are not second-guessed.
Standard library only; the words compared are the brief's own and the notes'.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.core import Finding, MessageKind, Severity
from followup.lazyre import lazy_compile
from followup.models import Brief, Draft, Interviewer
from followup.notenames import MONTH_NAMES, ORG_SUFFIXES
from followup.notes import Reading
from followup.writer.kind_choice import says_declined
from followup.writer.phrases import common_words

RULE = "writer.fact-conflict"

# the lower-case words a person's or a firm's name may hold ("Ana de la Cruz", "the Body
# Shop"): not a sentence's words before a name
_PARTICLES_TEXT = (
    "de da das do dos du del della der den di la le van von ten ter y e bin binti bint ibn al "
    "el ap mac nic ni the of and & für und et"
)
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_EMAIL = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# what may stand between a person's name and their title in the notes: "Name, Title",
# "Name - Title", "Name (Title", "Name is Title", "Name as Title", or nothing
_BETWEEN_NAME_AND_TITLE = lazy_compile(
    r"[ \t]*(?:[,(–—-]|\bis\b(?:[ \t]+the\b)?|\bas\b(?:[ \t]+the\b)?)?[ \t]*(?:the[ \t]+)?$",
    re.I,
)
_BETWEEN_TITLE_AND_NAME = lazy_compile(r"^[ \t]*[,:–—-]?[ \t]*$")


def _finding(draft: Draft, start: int, end: int, message: str, severity: Severity) -> Finding:
    return draft.finding_at(RULE, start, end, message, severity)


def _said_at(draft: Draft, value: str) -> tuple[int, int] | None:
    """Where the draft says the value (subject or body), or None."""
    m = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", draft.text)
    return (m.start(), m.end()) if m else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _given(value: str | None, supplied: list[str]) -> bool:
    """A value the user gave by a flag, as given."""
    key = (value or "").strip().casefold()
    return bool(key) and any(key == s.strip().casefold() for s in supplied if s)


# -- the role ----------------------------------------------------------------------------------


def _name_forms(person: Interviewer) -> list[str]:
    """The ways the notes write a person: the full name, and its first and last words."""
    words = person.name.split()
    forms = [person.name, *(w for w in (words[:1] + words[-1:]) if len(w) > 2)]
    return list(dict.fromkeys(f for f in forms if f))


def _as_a_title(notes: str, start: int, end: int, people: list[Interviewer]) -> str | None:
    """The person whose title the notes' words at [start, end) are, by place: right after
    their name ("Greg Holloway, Head of Sales") or right before it ("Head of Sales Greg
    Holloway"), on the same line."""
    line_start = notes.rfind("\n", 0, start) + 1
    line_end = notes.find("\n", end)
    line_end = len(notes) if line_end < 0 else line_end
    before, after = notes[line_start:start], notes[end:line_end]
    for person in people:
        for form in _name_forms(person):
            said = re.escape(form)
            m = re.search(rf"(?<!\w){said}(?!\w)(?P<gap>[^\n]*)$", before)
            if m and _BETWEEN_NAME_AND_TITLE.match(m.group("gap")) and len(m.group("gap")) <= 8:
                return person.name
            m = re.match(rf"(?P<gap>[^\n]*?)(?<!\w){said}(?!\w)", after)
            if m and _BETWEEN_TITLE_AND_NAME.match(m.group("gap")):
                return person.name
    return None


def role_is_a_title(role: str, brief: Brief, notes: str) -> str | None:
    """The person whose job title the role is, or None: the reader gave the person the same
    title, or the notes write the role's words only where a person's title stands. A role the
    notes also write anywhere else ("Role: Head of Sales") may be right, and passes."""
    key = role.strip().casefold()
    if not key or not brief.interviewers:
        return None
    places = [
        m.span() for m in re.finditer(rf"(?<!\w){re.escape(role.strip())}(?!\w)", notes, re.I)
    ]
    owners = [_as_a_title(notes, a, b, brief.interviewers) for a, b in places]
    if places and all(owners):
        return owners[0]
    if places:
        return None  # written also where no person's title stands
    same = [p.name for p in brief.interviewers if (p.title or "").strip().casefold() == key]
    return same[0] if same else None


def _role_findings(draft: Draft, brief: Brief, notes: str, supplied: list[str]) -> list[Finding]:
    role = brief.role or ""
    if not role.strip() or _given(role, supplied) or (at := _said_at(draft, role)) is None:
        return []
    owner = role_is_a_title(role, brief, notes)
    if owner is None:
        return []
    return [
        _finding(
            draft,
            *at,
            f"the role '{role}' is {owner}'s title in the notes, not the job you applied for: "
            "check --role",
            Severity.WARNING,
        )
    ]


# -- the company -------------------------------------------------------------------------------


def _person_name_parts(name: str | None) -> set[str]:
    return {w.casefold() for w in _words(name or "") if len(w) > 2}


def company_is_a_person(company: str, brief: Brief, notes: str) -> str | None:
    """Why the company is a person's name or holds a sentence's words, or None."""
    key = company.strip().casefold()
    words = _words(company)
    if not key or not words:
        return None
    if key == (brief.candidate or "").strip().casefold():
        return "is also your name as read (the signature): check --me or"
    for person in brief.interviewers:
        if key == person.name.strip().casefold():
            return f"is {person.name}'s name, a person you met"
    own = _person_name_parts(brief.candidate)
    parts = {w.casefold() for w in words}
    if own and len(words) >= 2 and all(w[:1].isupper() for w in words) and parts & own:
        return f"shares a name with you ({brief.candidate}), as a person's name does"
    # the line the notes write the company on holds an e-mail address whose own part holds
    # the company's words: a person's contact line ("Kevin Mwangi Kariuki - kevo.mwangi@...")
    # a firm's words (a legal form, an ordinary word: "Acme Careers") are no person's name
    firm = any(w.casefold() in ORG_SUFFIXES or w.casefold() in common_words() for w in words)
    for line in notes.splitlines():
        if firm or company.strip() not in line:
            continue
        for mail in _EMAIL.findall(line):
            local, domain = mail.casefold().split("@", 1)
            own_part = {w for w in re.split(r"[._+-]", local) if len(w) > 2}
            if own_part & parts and not any(w in domain for w in parts):
                return f"is written with the e-mail address {mail}, as a person's name is"
    lead = []
    for w in words:
        if not w.islower():  # a capital, or a script with none ("泡泡巷 Boba Lane")
            break
        lead.append(w)
    if lead and len(lead) < len(words) and any(w.casefold() not in _PARTICLES for w in lead):
        rest = company[company.find(words[len(lead)]) :]
        return f"opens with the words '{' '.join(lead)}' of a sentence before the name '{rest}'"
    return None


def _company_findings(draft: Draft, brief: Brief, notes: str, supplied: list[str]) -> list[Finding]:
    company = brief.company or ""
    if not company.strip() or _given(company, supplied):
        return []
    at = _said_at(draft, company)
    if at is None:
        return []
    why = company_is_a_person(company, brief, notes)
    if why is None:
        return []
    return [
        _finding(
            draft,
            *at,
            f"the company '{company}' {why}: check --company".replace("or: check", "or"),
            Severity.WARNING,
        )
    ]


# -- the recipient in the third person ----------------------------------------------------------


def _body_span(draft: Draft) -> tuple[int, int]:
    """The body between the greeting line and the closing (the sign-off's line before the
    name), in draft.text's offsets; the subject line is included."""
    text = draft.text
    body_at = text.find("\n\n") + 2
    greeting_end = text.find("\n", body_at)
    end = len(text.rstrip())
    closing = text.rfind("\n\n", 0, end)
    if closing > greeting_end:
        end = closing
    return greeting_end if greeting_end > 0 else body_at, end


def third_person_mentions(draft: Draft, brief: Brief) -> list[tuple[int, int, str]]:
    """Where the draft names its own recipient as someone else (not as the greeting, the
    signature, or a vocative ", Dana."): (start, end, the name)."""
    person = draft.recipient
    if person is None:
        return []
    others = [brief.candidate or "", brief.company or "", brief.role or ""]
    others += [p.name for p in brief.interviewers if p.name != person.name]
    taken = {w.casefold() for o in others for w in _words(o)}
    firm = (brief.company or "").casefold()
    # a recipient read from the company's name is no person: the company is said as itself
    forms = [
        f for f in _name_forms(person) if f.casefold() not in taken and f.casefold() not in firm
    ]
    forms = [f for f in forms if f.casefold() not in MONTH_NAMES]  # "May", "June": a date too
    if not forms:
        return []
    text = draft.text
    start, end = _body_span(draft)
    subject_end = text.find("\n")
    out = []
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for region in ((len("Subject: "), subject_end), (start, end)):
        for m in re.finditer(rf"(?<![\w@.])(?:{pattern})(?![\w@])", text[: region[1]]):
            if m.start() < region[0]:
                continue
            before = text[region[0] : m.start()].rstrip(" ")
            after = text[m.end() : region[1]]
            vocative = (before.endswith(",") or before == "" or before.endswith("\n")) and (
                re.match(r"[ \t]*[,.!?:;]|[ \t]*$", after) is not None
            )
            if not vocative:
                out.append((m.start(), m.end(), m.group()))
    return out


def _third_person_findings(draft: Draft, brief: Brief) -> list[Finding]:
    person = draft.recipient
    return [
        _finding(
            draft,
            a,
            b,
            f"'{name}' is this note's own recipient, named here in the third person: a note "
            f"to {person.name if person else name} says 'you'; check the sentence",
            Severity.ERROR,
        )
        for a, b, name in third_person_mentions(draft, brief)
    ]


# -- the signature ------------------------------------------------------------------------------


def signed_phrase(candidate: str, notes: str) -> str | None:
    """The notes' lower-case words the candidate's name was title-cased from, or None: every
    word of the name the notes hold is written there only in lower case ("de dizer", "tast mi
    teži"), and never where a name stands (below)."""
    words = [w for w in _words(candidate) if w.casefold() not in _PARTICLES or len(w) > 3]
    if not words:
        return None
    found = 0
    for w in words:
        said = re.findall(rf"(?<![\w@.]){re.escape(w)}(?![\w@])(?![.+-]?[\w.+-]*@)", notes, re.I)
        if not said:
            continue
        found += 1
        if any(s[:1].isupper() for s in said):
            return None
    if found < len(words) or found == 0:
        return None  # a word from elsewhere (an e-mail address): no place to compare
    # by place: a name typed in lower case stands at its line's head ("dee pruitt (me)",
    # "ken morimoto - itamae position", "name: jane doe"); a phrase sits inside a line
    # ("## Esqueci-me de dizer") or opens a sentence that goes on ("tast mi teži, da naj ...")
    phrase = " ".join(_words(candidate)).lower()
    for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", notes.lower()):
        head = notes[: m.start()].rsplit("\n", 1)[-1]
        rest = notes[m.end() :].split("\n", 1)[0]
        at_head = re.fullmatch(r"[ \t#>*•\d.)-]*(?:[^\W\d_][\w ]{0,20}:[ \t]*)?", head) is not None
        # or after the writer's own introduction ("..., me bobbie jo truitt, been running")
        if re.search(r"(?i:(?<![\w-])(?:me|i'm|i am|name is|this is))[ \t,:-]*$", head):
            return None
        goes_on = re.match(r",[ \t]*(?!me\b)[^\W\d_]", rest) is not None  # not ", me"
        if at_head and not goes_on:
            return None
    return phrase


def _sign_off_findings(
    draft: Draft, brief: Brief, notes: str, supplied: list[str]
) -> list[Finding]:
    candidate = brief.candidate or ""
    if not candidate.strip() or _given(candidate, supplied):
        return []
    text = draft.text.rstrip()
    start = text.rfind("\n") + 1
    last = text[start:]
    if not any(w in last for w in _words(candidate)):
        return []
    phrase = signed_phrase(candidate, notes)
    if phrase is None:
        return []
    return [
        _finding(
            draft,
            start,
            len(text),
            f"the message is signed '{last.strip()}', but the notes write '{phrase}' only in "
            "lower case: a phrase of the notes, not your name; sign with --me NAME",
            Severity.WARNING,
        )
    ]


# -- who sent the decision ----------------------------------------------------------------------

_YOUR_DECISION = lazy_compile(r"\byour decision\b|\bletting me know\b", re.I)


def decision_sender(reading: Reading, person: Interviewer) -> str | None:
    """Another person the notes' decision lines name, when none names this recipient."""
    forms = {f.casefold() for f in _name_forms(person)}
    senders = []
    for line in reading.all_text.splitlines():
        if not says_declined(line):
            continue
        words = {w.casefold() for w in _words(line)}
        if words & forms:
            return None
        for other in reading.brief.interviewers:
            if other.name != person.name and words & {f.casefold() for f in _name_forms(other)}:
                senders.append(other.name)
    return senders[0] if senders else None


def _decision_findings(draft: Draft, reading: Reading) -> list[Finding]:
    if draft.kind not in (MessageKind.KEEP_IN_TOUCH, MessageKind.CHECK_IN):
        return []
    person = draft.recipient
    if person is None:
        return []
    m = _YOUR_DECISION.search(draft.text)
    if m is None:
        return []
    sender = decision_sender(reading, person)
    if sender is None:
        return []
    return [
        _finding(
            draft,
            m.start(),
            m.end(),
            f"'{m.group()}': the notes say the decision came from {sender}, not from "
            f"{person.name}; thank {person.name} for the conversation instead",
            Severity.WARNING,
        )
    ]


# the verbs that report what someone said or thought of the candidate (a lexicon of saying)
_SAID = (
    r"said|says|told|tells|wrote|writes|praised|complimented|called|replied|e-?mailed|texted|"
    r"thanked|encouraged|mentioned|added|wished|liked|loved|enjoyed|was|were"  # "Gloria was kind"
)
_QUOTE = lazy_compile(r"[\"“”]([^\"“”\n]+)[\"“”]")
_THANK_YOU = lazy_compile(r"\bthank(?:s|ing)?[- ]?you\b", re.I)
_YOUR_WORDS = lazy_compile(r"\byour kind words\b", re.I)


def words_on_record(reading: Reading, person: Interviewer) -> bool:
    """Whether the notes report words from this person: a line that names no one else and
    reports speech ("she said ...", a quotation of three words or more, a pasted message's
    "> " line or its words to the candidate, "you"). What another person said ("got rejection
    email from Kim. '...'") is not."""
    own = {f.casefold() for f in _name_forms(person)}
    others = {
        f.casefold()
        for p in reading.brief.interviewers
        if p.name != person.name
        for f in _name_forms(p)
    } - own
    names = "|".join(re.escape(f) for f in sorted(own, key=len, reverse=True))
    subject = rf"\b(?:he|she|they|{names})\b" if names else r"\b(?:he|she|they)\b"
    reported = re.compile(rf"{subject}[^.;\n]{{0,40}}?\b(?:{_SAID})\b", re.I)
    for line in reading.public_text().splitlines() or reading.all_text.splitlines():
        words = {w.casefold() for w in _words(line)}
        if words & others:
            continue
        quoted = any(len(_words(q)) >= 3 for q in _QUOTE.findall(line))
        # a message's words to the candidate ("you"), not the name of a note ("thank-you")
        addressed = re.search(r"\b(?:you|your)\b", _THANK_YOU.sub("", line), re.I)
        if line.lstrip().startswith(">") or quoted or addressed or reported.search(line):
            return True
    return False


def _kind_words_findings(draft: Draft, reading: Reading) -> list[Finding]:
    person = draft.recipient
    m = _YOUR_WORDS.search(draft.text)
    if person is None or m is None or words_on_record(reading, person):
        return []
    return [
        _finding(
            draft,
            m.start(),
            m.end(),
            f"'{m.group()}': the notes record no words from {person.name}; thank them for "
            "what the notes hold",
            Severity.WARNING,
        )
    ]


def consistency_findings(draft: Draft, reading: Reading, supplied: list[str]) -> list[Finding]:
    """The draft's facts against each other and the notes (the module's doc)."""
    brief, notes = reading.brief, reading.all_text
    return (
        _role_findings(draft, brief, notes, supplied)
        + _company_findings(draft, brief, notes, supplied)
        + _third_person_findings(draft, brief)
        + _sign_off_findings(draft, brief, notes, supplied)
        + _decision_findings(draft, reading)
        + _kind_words_findings(draft, reading)
    )
