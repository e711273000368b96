"""The shape of each fact the offline composer slots into a sentence frame, checked first.

A frame reads well only with a fact of the right shape in it: "the ___ role" wants a job
title, "at ___" a firm, "our conversation about ___" a noun phrase, "Hi ___," a name. The
notes reader can take the wrong span ("the 2. Post: Programme Officer role", "our
conversation about most of interview", "Hello Uncle,"); this module says why a fact has the
wrong shape, from the fact's own words and their parts of speech (wordclass.py, the English
lexicon built from lemminflect) and the job and label words the readers already share
(gate._JOB_WORDS, labelwords.py), never from a list of bad strings:

- a role is a job-title noun phrase: no list numbering ("2."), no label ("Post:"), no
  trailing dash or colon, no verb phrase ("restate interest in ..."), no part cut to an
  initial ("PILOT LOG - C"), its head a noun the lexicon knows, a job word or an acronym;
- a firm is not a role phrase ("Senior Ranger": a rank word and a job word): with a role
  that names no job, the two were swapped, and the firm's words are the role;
- a topic is a noun phrase that fits "our conversation about ___": no doubled word, no
  quantity of something ("most of interview"), no determiner before a pronoun ("the
  someone who ..."), no bare clause ("shoplifting up loads this year"), no question cut
  before its complement ("whether I would be comfy");
- a name the greeting uses is not a kinship or respect word ("Uncle" of Uncle Trevor
  Bedford: "Dear Uncle Trevor,") nor a job word typed before it ("PILOT Ray Hudak").

The offline composer leaves a fact of the wrong shape out ("the position", or no sentence);
`shape_findings` (writer.fact-shape, a warning) holds at review any draft, a model's too,
that says one. Standard library and the project's lexicon only.

Measured (session 15, offline eval against eval/baseline): 385 -> 386/674 passed, 0 regressed;
batch AA 2 -> 3/22; validation N..S 49/132 passed and 114/155 drafts ready, unchanged.
"""

from __future__ import annotations

import itertools

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.core import Finding, Severity
from followup.labelwords import COMPANY_LABEL, ROLE_LABEL
from followup.lazyre import lazy_compile
from followup.models import Draft
from followup.wordclass import (
    ADJ,
    ADV,
    DET,
    NOUN,
    PREP,
    PRON,
    VERB,
    lexicon_classes,
    word_classes,
)

RULE = "writer.fact-shape"

# list numbering before a value: "2. Post: ...", "b) Sous Chef", "(3) Analyst"
_NUMBERING = lazy_compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)])\s+")
_LABEL = lazy_compile(rf"(?:^|\s)(?i:{ROLE_LABEL}|{COMPANY_LABEL})\s*:|\w\s*:\s+\w")
_TRAILING_MARK = lazy_compile(r"\s*[-–—:;,/|+&]\s*$")
_PARTS = lazy_compile(r"\s+[-–—|/]\s+")
_ACRONYM = lazy_compile(r"^[A-Z][A-Z0-9&]{1,5}$")
# rank words a job title opens with ("Senior Ranger", "Chief Pilot", "Deputy Head")
_RANK_WORD_LIST = """
senior junior lead chief head deputy assistant associate principal trainee graduate acting
interim staff
"""
_RANK_WORDS = frozenset(_RANK_WORD_LIST.split())


def _job_words() -> frozenset[str]:
    from followup.writer.gate import _JOB_WORDS, _POSTING_WORDS  # one vocabulary, the gate's

    return _JOB_WORDS | _POSTING_WORDS


# the endings of a noun for a person who does the work ("ranger", "surveyor", "chemist",
# "librarian", "engineer", "trainee", "attendant"); not "-ment" or "-ive" ("Management")
_AGENT_ENDING = lazy_compile(r"(?:er|or|ist|ian|eer|ee|ant)$")


def _is_job_word(word: str) -> bool:
    """A job word: the gate's list, or a noun the lexicon knows with a doer's ending."""
    low = word.lower().strip(".,()")
    if low in _job_words() or low in _PERSON_NOUNS_ALSO:
        return True
    return len(low) > 4 and bool(_AGENT_ENDING.search(low)) and NOUN in lexicon_classes(low)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’.&-]*", text)


def _job_like(word: str) -> bool:
    """A word that names a doer: a job word, an acronym among them ('CTO'), or a word of five
    letters or more with a doer's ending, known to the lexicon or not ('Sommelier',
    'Audiologist', 'Signaller': the lexicon holds the common nouns only); each part of a
    hyphenated word counts ('Pharmacist-in-Charge')."""
    parts = [p for p in word.strip(".,()").split("-") if p]
    for part in parts:
        low = part.lower()
        if low in _job_words() or low in _PERSON_NOUNS_ALSO:
            return True
        if len(low) >= 5 and _DOER_ENDING.search(low) and not lexicon_classes(low) - {NOUN}:
            return True
        if len(low) >= 6 and _OTHER_DOER_ENDING.search(low) and not lexicon_classes(low):
            return True  # a title in its own language: "Directeur", "Superintendente"
    return False


def _head_known(word: str) -> bool:
    """A role's last word: a noun the lexicon knows, a doer, or an acronym ('RN', 'IT')."""
    w = word.strip(".,()")
    if _ACRONYM.match(w) and len(w) >= 2:
        return True
    return _job_like(w) or NOUN in lexicon_classes(w.lower())


# a doer's ending, for a word the lexicon may not know ("Generalist", "Luthier", "Stillman")
_DOER_ENDING = lazy_compile(r"(?:er|or|ist|ian|eer|ee|ant|ier|man|woman|keeper|smith|wright)$")
# a doer's ending in the Romance and Nordic languages notes are written in, for a word the
# English lexicon does not know ("Technicien", "Veterinaria", "Bagare", "Directeur")
_OTHER_DOER_ENDING = lazy_compile(
    r"(?:eur|euse|ista|ero|era|ente|ario|aria|iste|ien|ienne|ore|trice|are|ador|adora|ante)$"
)
_BRACKETED = lazy_compile(r"\s*\([^()]*\)")


_CONTRACTED = lazy_compile(r"(?i)\b[^\W\d_]+['’](?:ll|d|re|ve|m)\b|\b(?:he|she|it|that)['’]s\b")


def role_shape(role: str) -> str | None:
    """Why a role read from the notes cannot fill 'the ___ role', or None."""
    text = role.strip()
    if not text:
        return None
    if _NUMBERING.match(text):
        return "opens with a list number"
    if _LABEL.search(text):
        return "holds a label and its value"
    if _TRAILING_MARK.search(text):
        return "ends with a dash or a colon, cut from a longer line"
    if _CONTRACTED.search(text):
        return "holds a contraction ('he'd'), a sentence of the notes, not a job title"
    words = _words(text)
    if not words:
        return "holds no word"
    first = words[0]
    if first[:1].islower():
        classes = lexicon_classes(first)
        if VERB in classes and not classes & {NOUN, ADJ}:
            return "is a verb phrase, not a job title"
    after_preposition = False  # "Executive Assistant to the CEO": a determiner may follow one
    for w in words[1:]:
        classes = word_classes(w) if w.islower() else frozenset()
        if PRON in classes or (DET in classes and not after_preposition):
            return "reads as a sentence, not a job title"
        after_preposition = PREP in classes
    parts = _PARTS.split(_BRACKETED.sub("", text))
    for part in parts:
        part_words = _words(part)
        if not part_words:
            return "ends with a dash, cut from a longer line"
        if len(part_words) == 1 and len(part_words[0].strip(".")) == 1:
            return "holds a part cut to one letter (an initial)"
        if not re.search(r"[^\W\d_]{2}", part):
            return "holds a part that is a number, not a title"
    # the title is the first part; one of two alternatives ("Kaiāwhina / Teaching Assistant")
    alternatives = re.split(r"\s+/\s+", _BRACKETED.sub("", text))
    if not any(_names_work(_words(_PARTS.split(alt)[0])) for alt in alternatives):
        return f"ends in '{_words(parts[0])[-1]}' and names no job"
    return None


def _names_work(head_words: list[str]) -> bool:
    """A title's words name a job: one is a doer, its last is a noun, or it opens with a
    rank word ("Senior Backend Dev")."""
    if not head_words:
        return True
    ranked = len(head_words) >= 2 and head_words[0].lower() in _RANK_WORDS
    return ranked or _head_known(head_words[-1]) or any(map(_job_like, head_words))


def mend_role(role: str | None) -> str | None:
    """A role with only a trailing dash or colon left on ('Day Shift Security Supervisor -'):
    the title before it, when that has a job title's shape."""
    if not role:
        return role
    mended = _TRAILING_MARK.sub("", role.strip())
    return mended if mended != role.strip() and role_shape(mended) is None else role


def reads_as_role(firm: str) -> bool:
    """A firm that is a job title: a rank word and a job word ('Senior Ranger')."""
    words = [w.lower().strip(".,") for w in _words(firm)]
    return len(words) >= 2 and words[0] in _RANK_WORDS and _is_job_word(words[-1])


def names_a_job(role: str) -> bool:
    """Whether the role's head is a job word ('Officer', 'Ranger'; not 'Visitor Services',
    'Joint Management')."""
    words = _words(_PARTS.split(role.strip())[0])
    return bool(words) and _is_job_word(words[-1])


def sure_job_names(role: str | None, company: str | None) -> tuple[str | None, str | None]:
    """The role and the firm as the composer may say them: one of the wrong shape is None;
    a firm that is a job title with a role that names no job were swapped ('the Joint
    Management role at Senior Ranger': the role is Senior Ranger, the firm unsaid)."""
    if company and reads_as_role(company):
        if not role or not names_a_job(role):
            return (company if role_shape(company) is None else None), None
        company = None
    role = mend_role(role)
    if role and role_shape(role) is not None:
        role = None
    return role, company


# --- topics -------------------------------------------------------------------------------

# a quantity of something, not the thing: "most of interview", "half of the call"
_QUANTITY_OF = lazy_compile(r"^(?i:most|much|half|part|some|all|lots|loads|bits?|rest)\s+of\b")
_DOUBLED = lazy_compile(r"\b(\w+)\s+\1\b", re.I)
# an amount said to go up or down: "shoplifting up loads this year" (a clause, no verb)
_UP_OR_DOWN = lazy_compile(
    r"\b[a-z]\w+\s+(?:up|down)\s+(?:loads|lots|a\s+lot|a\s+bit|massively|again|by\b|\d|"
    r"this\b|last\b|since\b)|\b[a-z]\w+\s+(?:up|down)$"
)
# adjectives of ease that say "with what": a question cut before it ("if I'd be comfy")
_EASE_WORDS = "comfy comfortable ok okay fine happy alright cool good sure easy"
_EASE = frozenset(_EASE_WORDS.split())
_BE_WORDS = "be is are was were am being been"
_BE = frozenset(_BE_WORDS.split())


# the commonest verbs of English, which never head a noun compound ("sales team" is a noun
# phrase, "all follow-ups go" a clause), and the modals and forms of "be"/"do" that follow a
# subject: after a noun, each opens the predicate of a clause
_PREDICATE_WORDS = (
    "go come get need want take know think say seem tend happen feel "
    "can can't cannot will won't would should must could might may do don't does doesn't "
    "did didn't is are was were has have had"
)
_PREDICATE = frozenset(_PREDICATE_WORDS.split())
_OPENS_CLAUSE_WORDS = "how what why when where whether if who which that"
_OPENS_CLAUSE = frozenset(_OPENS_CLAUSE_WORDS.split())


def _clause_after_subject(words: list[str]) -> str | None:
    """The verb of a subject-and-verb clause read as a noun phrase ("all follow-ups go",
    "the team is migrating to Kafka", "new hires need more shadowing"): a predicate word
    after a noun the lexicon knows, the noun a plural for a verb's base form; None for a
    noun phrase, or a phrase a question word or a relative pronoun opens."""
    low = [w.lower().strip(",.;:") for w in words]
    if not low or low[0] in _OPENS_CLAUSE:
        return None
    for n in range(1, len(low)):
        verb, before = low[n], low[n - 1]
        if verb not in _PREDICATE or before in _OPENS_CLAUSE:
            continue
        classes = word_classes(before) | word_classes(before.rstrip("s"))
        if NOUN not in classes and not (classes <= {"UNKNOWN"} and before.isalpha()):
            continue  # a noun the lexicon knows, or a word it does not ("rollout")
        plural = before.endswith("s") and not before.endswith("ss")
        if verb in _BE or verb in {"has", "does", "doesn't", "can", "can't", "cannot"}:
            return verb
        if verb in {"will", "won't", "would", "should", "must", "could", "might", "may"}:
            return verb
        if plural:  # "follow-ups go", "customers need": a base form agrees with a plural
            return verb
    return None


# when, not what: a day ("today 22/5", "from April"), clock hours ("shift timings 8 to 5",
# "9am"), a span of time ("notice 1 month", "6 week induction"): the logistics of the job,
# never the subject a note recalls ("the 90-day plan", hyphenated, is a thing)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_WHEN = lazy_compile(
    r"(?<![\w/.-])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/.-])|(?<![\w/.-])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    r"|(?<![\w/.-])\d{1,2}\.0[1-9](?![\w/.-])"  # "now 19.09": a day, its month with a 0
    r"|\b(?i:today|tomorrow|yesterday|tonight)\b"
    r"|(?<![\w.,-])\d{1,2}(?::\d\d)?\s?(?i:am|pm)?\s?(?:to|-|–)\s?\d{1,2}(?::\d\d)?"
    r"(?![\w.,%-])(?!\s?(?i:years?|months?|weeks?|days?|-day))"
    r"|(?<![\w-])\d+\s(?i:days?|weeks?|months?|years?|yrs?|hours?|hrs?)\b(?!\s+(?:of\b|[a-z]))"
    rf"|\b(?i:from|until|till|by|starting|before|after)\s+(?i:{_MONTHS})\b"
)


# the job's terms, not its work: what an offer settles (pay and benefits, hours and leave,
# the notice and the start, the checks before hiring), never the subject a note recalls
_TERMS = lazy_compile(
    r"\b(?i:benefits?(?:\s+package)?(?!\s+of\b)|notice(?:\s+period)|start(?:ing)?\s+date|"
    r"drug\s+(?:test|screen)(?:ing)?|(?:dot|medical)\s+physical|physical\s+exam|"
    r"background\s+checks?|probation(?:ary)?(?:\s+period)?|pto|paid\s+time\s+off|"
    r"vacation\s+days|annual\s+leave|holiday\s+(?:pay|entitlement)|sick\s+(?:pay|leave|days)|"
    r"overtime\s+(?:pay|rates?)|shift\s+(?:timings?|times|hours|pattern)|working\s+hours|"
    r"relocation\s+(?:package|allowance|support)|401\s?\(?k\)?|pension(?:\s+scheme)?|"
    r"sign(?:ing)?[- ]on\s+bonus|bonus(?:es)?(?:\s+structure)?|contract\s+(?:length|terms)|"
    r"(?:hybrid|remote|flexible)\s+(?:work(?:ing)?\s+)?(?:arrangements?|schedule|policy))\b"
    r"(?![\w-])"
)


def job_terms(topic: str) -> str | None:
    """The words that make a topic the job's terms ('notice period', 'state benefits'), or
    None: an inquiry's "especially after our conversation about ___" never recalls them (a
    thank-you to the HR partner who explained them may)."""
    m = _TERMS.search(topic)
    return m.group() if m else None


def mend_topic(topic: str) -> str:
    """'about lone working' -> 'lone working': the frame says 'about' itself."""
    return re.sub(r"^(?i:about|regarding|re:?)\s+", "", topic.strip())


def topic_shape(topic: str) -> str | None:
    """Why a topic cannot fill 'our conversation about ___', or None."""
    text = topic.strip()
    if not text:
        return None
    words = text.split()
    if _QUANTITY_OF.match(text):
        return "names a quantity of something ('most of'), not a subject"
    if (m := _DOUBLED.search(text)) is not None and not m.group(1).isdigit():
        return f"doubles the word '{m.group(1)}'"
    if word_classes(words[0], first=True) == {PREP} and words[0].lower() != "with":
        return f"opens with '{words[0]}', which the frame already says"
    for a, b in itertools.pairwise(words):
        if word_classes(a, first=a is words[0]) == {DET} and word_classes(b) == {PRON}:
            return f"puts a determiner before the pronoun '{b}'"
    if _UP_OR_DOWN.search(text):
        return "is a clause (something going up or down), not a noun phrase"
    if (when := _WHEN.search(text)) is not None:
        return f"says when ('{when.group()}'), not what was discussed"
    if (verb := _clause_after_subject(words)) is not None:
        return f"is a clause (a subject and its verb '{verb}'), not a noun phrase"
    low = [w.lower().strip(",.") for w in words]
    if len(low) >= 2 and low[-1] in _EASE and (low[-2] in _BE or low[-2].endswith("'d")):
        return f"stops at '{low[-1]}' with nothing it is said of"
    if (
        len(low) >= 3
        and low[-2] in _BE
        and word_classes(low[-1]) <= {ADJ, ADV}
        and (low[-1] in _EASE)
    ):
        return f"stops at '{low[-1]}' with nothing it is said of"
    return None


def sure_topic(topic: str | None) -> str | None:
    """The topic as a frame may say it, or None when its shape is wrong."""
    if not topic:
        return topic
    mended = mend_topic(topic)
    return None if topic_shape(mended) is not None else mended


# --- names --------------------------------------------------------------------------------

# kinship and respect words said before a given name ("Uncle Trevor", "Aunty May", "Pak
# Budi"): with the name, never instead of it. A closed class, like the lexicon's pronouns.
_KIN_WORD_LIST = """
uncle aunty auntie aunt nana granny grandma grandpa grandad grandfather grandmother brother
sister cousin pak ibu bapak mbak abang kakak akka amma appa didi bhaiya
"""
_KIN_WORDS = frozenset(_KIN_WORD_LIST.split())


def kin_word(word: str) -> bool:
    """A kinship or respect word said before a name ('Uncle', 'Aunty', 'Pak')."""
    return word.lower().strip(".,") in _KIN_WORDS


def leading_job_word(name: str) -> str | None:
    """'PILOT' of 'PILOT Ray Hudak': a job word in capitals read into a person's name (the
    end of a heading 'CHIEF PILOT Ray Hudak'), or None."""
    words = name.split()
    if len(words) < 3 or not words[0].isupper() or len(words[0]) < 3:
        return None
    low = words[0].lower()
    return words[0] if low in _job_words() or low in _PERSON_NOUNS_ALSO else None


# job nouns the gate's list leaves to its -er/-or ending test, which a name in capitals
# ("MARLENE") must not pass: the ones a heading puts before a name
_PERSON_NOUN_LIST = "pilot captain guard ranger skipper foreman purser"
_PERSON_NOUNS_ALSO = frozenset(_PERSON_NOUN_LIST.split())


def greeting_words(name: str) -> tuple[str, str] | None:
    """('Uncle', 'Trevor') of 'Uncle Trevor Bedford': a kinship or respect word and the
    given name after it, which a greeting says together; None for another name."""
    words = name.split()
    if len(words) >= 2 and kin_word(words[0]) and words[1][:1].isupper():
        return words[0][:1].upper() + words[0][1:], words[1]
    return None


# --- the gate's safety net ----------------------------------------------------------------

_FIRM_SAID = lazy_compile(
    r"\b(?:at|join|joining)\s+(?P<f>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’.-]*){1,4})(?=[.,;!?]|\s|$)"
)
_TOPIC_SAID = lazy_compile(
    r"\b(?:conversation about|talking (?:with you )?about|talked about|discussing|"
    r"asked about|hearing about|discussion (?:of|about))\s+(?P<t>[^.;!?\n]+?)"
    r"(?=[.;!?\n]|,\s|\s+has stayed\b|\s+and I\b|$)"
)
_GREETING = lazy_compile(r"^(?:Hi|Hello|Dear|Hey)\s+(?P<n>[^,\n]+),", re.M)


def shape_findings(draft: Draft, role: str | None = None) -> list[Finding]:
    """writer.fact-shape: a role, firm, topic or greeting name of the wrong shape said in the
    draft (see the module docstring). `role` is the role as read, checked where the draft
    says it; every 'the ___ role' and 'our conversation about ___' the draft writes is
    checked too, so a model's draft meets the same test."""
    text = draft.text
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, message: str) -> None:
        if (start, end) not in seen:
            seen.add((start, end))
            out.append(draft.finding_at(RULE, start, end, message, Severity.WARNING))

    why = role_shape(role) if role else None
    if role and why:  # the role as read, where the draft says it as the job
        for m in re.finditer(rf"{re.escape(role)}(?=\s+(?:role|position|job)\b)", text):
            add(m.start(), m.end(), f"the role '{role}' {why}; say the job title, or pass --role")
    for m in _FIRM_SAID.finditer(text):
        if reads_as_role(m["f"]):
            add(
                m.start("f"),
                m.end("f"),
                f"'{m['f']}' is said as the employer but reads as a job title (role and firm "
                "swapped?); pass --company and --role",
            )
    for m in _TOPIC_SAID.finditer(text):
        phrase = m["t"]
        why = topic_shape(phrase)
        if why is None and (d := _DOUBLED.search(text[m.start() : m.end("t")])) is not None:
            why = f"doubles the word '{d.group(1)}'"
        if why:
            add(
                m.start("t"),
                m.end("t"),
                f"the topic '{phrase}' {why}; leave it out or say it as a noun phrase",
            )
    g = _GREETING.search(text)
    if g:
        said = g["n"].split()
        if len(said) == 1 and kin_word(said[0]):
            add(
                g.start("n"),
                g.end("n"),
                f"'{said[0]}' is a kinship or respect word, not a "
                "name: greet with the name after it",
            )
        elif said and said[0].isupper() and _is_job_word(said[0]) and len(said[0]) >= 3:
            add(g.start("n"), g.end("n"), f"'{said[0]}' is a job word, not a name")
    return out
