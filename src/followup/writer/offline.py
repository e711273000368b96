"""The offline composer: builds each message from the understood parts of the notes.

Every sentence is a frame filled with a phrase the notes reader marked as sure (notelines.py):
a noun phrase already in the recipient's perspective ("your plans to roll out a new HRIS"),
a question ("how I would track RFIs"), or the candidate's own first-person point, and only
when phrases.settle says a message can say it as it stands. A note line without a sure phrase
is left out; nothing is pasted. Each recipient gets the lines about
them (never a colleague's), and the frames vary by recipient so notes to colleagues differ.
It never invents anything: names, dates and topics all come from the notes or the flags.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.checker.rules.slots import with_event_article
from followup.core import MessageKind
from followup.errors import InputError
from followup.greetingname import family_first, given_name, titled_surname
from followup.lazyre import lazy_compile
from followup.models import Draft, Interviewer
from followup.newsline import congratulation_on_news
from followup.noteheader import same_person
from followup.notelines import LineKind, NoteLine, PhraseKind, to_recipient
from followup.notes import Reading
from followup.otherlanguage import mostly_other_language
from followup.whogetsanote import gave_the_decision
from followup.writer import grammarcheck
from followup.writer.checkinvalue import congratulation_in_notes
from followup.writer.compose import ComposeJob, when_phrase
from followup.writer.concerns import Concern, concerns_for, content_words, is_doubt
from followup.writer.eventshare import AttendedEvent, attended_event
from followup.writer.factshape import (
    greeting_words,
    job_terms,
    leading_job_word,
    sure_job_names,
    sure_topic,
)
from followup.writer.gate import (
    NAME_PARTICLES,
    has_honorific,
    in_capitals,
    name_parts,
    needs_article,
    people_words,
    preferred_name,
    recipient_title,
    said_names,
    surname,
)
from followup.writer.kind_choice import says_declined
from followup.writer.phrases import as_written, has_finite_verb, label_or_next_step, settle
from followup.writer.share import advice_taken, noted_in, nothing_to_offer

__all__ = ["OfflineComposer", "when_phrase"]
MIN_WORDS = 50
MAX_WORDS = 120  # the etiquette length rule warns at 130, counting the greeting and sign-off


def _pick(options: list[str], index: int) -> str:
    return options[index % len(options)]


def _lower_first(phrase: str) -> str:
    """'The Oak Hill renovation' -> 'the Oak Hill renovation'; 'ESG report' stays; a bare
    singular noun gets its article ('review notes workflow' -> 'the review notes workflow')."""
    if needs_article(phrase):
        return f"the {phrase}"
    first = phrase.split(" ", 1)[0]
    if first.isupper() or any(c.isupper() for c in first[1:]) or not first[:1].isupper():
        return phrase
    if first.lower() in {"the", "a", "an", "your", "my", "how", "what", "whether", "our"}:
        return first.lower() + phrase[len(first) :]
    return phrase


# "didn't talk abt what happens when Redis is down": a line about what was not discussed
_NOT_TALKED = lazy_compile(
    r"\b(?:didn['’]?t|did not|never|not|no time to)\s+(?:talk|discuss|get to|cover|mention)",
    re.I,
)
_BARE_THE = lazy_compile(r"the\s+[a-z][\w-]*")
# "I offered my elbow, described the step down": what the candidate did in the interview is
# no subject the two of them talked about ("our conversation about the step down")
_MY_ACT = lazy_compile(
    r"(?:I|I['’]ve)\s+(?:also\s+|then\s+)?(?!(?:talked|discussed|spoke|chatted|asked|"
    r"mentioned|raised|brought|learned|learnt|heard|covered|went|liked|loved|enjoyed|"
    r"appreciated|wondered)\b)[a-z]+ed\b"
)


# "screening basically": a hedge at a phrase's end is the notes talking, not a subject
_NOTES_TALK = lazy_compile(
    r"\s(?:basically|mostly|really|honestly|actually|literally|apparently|obviously|"
    r"probably|anyway|lol|tbh|I think)\W*$",
    re.I,
)
# "attach the PDF", "mention the IOSH course": a note to self, not a subject
_TO_DO = lazy_compile(
    r"(?:attach|send|mention|ask|e-?mail|bring|check|remind|add|put|tell|say|include|"
    r"forward|print|book|look up)\s+(?:the|a|an|my|it|them|him|her|that|this)\b",
    re.I,
)
# "her view: mostly native ...": a possessive and one noun labelling what follows the colon
_POSSESSIVE_LABEL = lazy_compile(r"(?:his|her|their|my|your)\s+(?P<noun>[\w-]+)\s*:", re.I)


def _is_label(phrase: str, text: str) -> bool:
    """Whether the phrase is the label itself ('your view' from 'her view: mostly native'),
    not the subject after it ('guest reviews' from 'her priority: guest reviews slipped')."""
    m = _POSSESSIVE_LABEL.match(text)
    return m is not None and phrase.lower().split()[-1:] == [m["noun"].lower()]


class Material:
    """What the notes give for one recipient, sorted by how a message may use it."""

    def __init__(
        self, reading: Reading, person: Interviewer, avoid: frozenset[str] = frozenset()
    ) -> None:
        # a line in another language than the message's is never used, whatever its phrase
        usable = [ln for ln in reading.lines if ln.usable and not mostly_other_language(ln.text)]
        mine = [ln for ln in usable if ln.about and same_person(ln.about, person.name)]
        single = len(reading.brief.interviewers) <= 1
        team = [ln for ln in usable if ln.about is None and single]
        self.concerns = concerns_for(reading, person)
        # a doubt about the candidate is answered (see answers) or left out, never a topic
        doubts = {c.line.text for c in self.concerns if is_doubt(c)}
        answered = {c.line.text for c in self.concerns if c.point}
        lines = [
            ln for ln in mine + team if ln.text not in doubts and not _NOT_TALKED.search(ln.text)
        ]
        # a concern's phrase is said with its answer, not as a topic as well
        lines = [ln for ln in lines if ln.text not in answered]
        doubted = [content_words(c.topic or c.that or "") for c in self.concerns if is_doubt(c)]
        # "guide dog owner": a person's title is who they are, not what you talked about
        avoid = avoid | frozenset(p.title for p in reading.brief.interviewers if p.title)
        avoid = avoid | frozenset(  # a front matter topic that only restates a doubt
            t for t in person.topics if any(w and content_words(t) <= w for w in doubted)
        )
        # "RS focus": a person named by initials is the notes' shorthand, never said
        initials = {
            "".join(w[0] for w in p.name.split() if w[:1].isupper())
            for p in reading.brief.interviewers
        }
        avoid = avoid | frozenset(
            ln.phrase
            for ln in lines
            if ln.phrase
            and any(len(i) >= 2 and re.search(rf"\b{i}\b", ln.phrase) for i in initials)
        )
        self.lines = lines
        self.replies: dict[str, str] = {}
        for ln, nxt in zip(reading.lines, reading.lines[1:], strict=False):
            if (
                ln in lines
                and ln.phrase_kind is PhraseKind.QUESTION
                and ln.phrase
                and nxt.usable
                and nxt.about == ln.about
                and nxt.phrase_kind is PhraseKind.MINE
                and nxt.phrase
                and nxt.phrase not in avoid
                and (reply := settle(nxt.phrase)) is not None
            ):
                self.replies[ln.phrase] = reply
                said_as = settle(ln.phrase)  # the question as the message says it
                if said_as:
                    self.replies[as_written(said_as, reading.all_text)] = reply
        self.liked = [p for p in map(_well_received, lines) if p and p not in avoid][:1]
        self.seeking = _phrases(lines, PhraseKind.SEEKING, avoid)
        self.questions = _phrases(lines, PhraseKind.QUESTION, avoid)
        self.mine = _phrases(lines, PhraseKind.MINE, avoid)
        from_lines = {ln.phrase for ln in reading.lines if ln.phrase}
        # front matter topics are the user's own summary: they rank first
        ranked: list[tuple[int, PhraseKind, str]] = [
            (0, PhraseKind.TOPIC, _with_article(to_recipient(t)))
            for t in map(settle, person.topics)
            # a line's phrase as the notes write it ("ex-cellar vs FOB", said "versus")
            if t
            and t not in from_lines
            and t.replace(" versus ", " vs ") not in from_lines
            and t not in avoid
            and _usable_topic(t)
        ]
        ranked += [
            (_strength(ln), ln.phrase_kind, _with_article(phrase))
            for ln in lines
            if ln.phrase
            and ln.phrase not in avoid
            and ln.phrase_kind in (PhraseKind.TOPIC, PhraseKind.PLAN)
            and not label_or_next_step(ln.text, ln.phrase)
            and not _MY_ACT.match(ln.text)
            and not _NOTES_TALK.search(ln.phrase)
            and not _TO_DO.match(ln.phrase)
            and not _is_label(ln.phrase, ln.text)
            and (phrase := settle(with_event_article(ln.phrase))) is not None
        ]
        ranked += [
            (2, PhraseKind.TOPIC, to_recipient(t))
            for t in map(settle, person.interests)
            if t and t not in avoid and _usable_topic(t)
        ]
        # "get some federal experience" is advice they gave, not a subject: said as advice
        self.advice = [p for _, _, p in ranked if _ADVICE.match(p)]
        ranked = [item for item in ranked if not _ADVICE.match(item[2])]
        ranked.sort(key=lambda item: item[0])
        seen = _dedupe([phrase for _, _, phrase in ranked])
        self.ranked = [(kind, phrase) for _, kind, phrase in ranked if phrase in seen]
        self.ranked = list(dict.fromkeys(self.ranked))
        # each word as the notes write it ("playwright or Selenium": the notes' "Playwright")
        notes = reading.all_text
        names = people_words(reading.brief)
        self.ranked = [(kind, as_written(p, notes, names)) for kind, p in self.ranked]
        # "lead Interpreter (Deaf)" from "Ty Nakamura, CDI — lead interpreter (Deaf)": part
        # of a person's title, in any case, is who they are, not a subject
        titles = [p.title.lower() for p in reading.brief.interviewers if p.title]
        self.ranked = [(k, p) for k, p in self.ranked if not any(p.lower() in t for t in titles)]
        self.questions = [as_written(q, notes, names) for q in self.questions]
        # "the threshold": the notes' own thing, which the reader cannot place
        self.mine = [as_written(m, notes, names) for m in self.mine if not _BARE_THE.fullmatch(m)]
        # a phrase of the wrong shape for its frame is left out (factshape.py), and so is a
        # person's name alone ("our conversation about Keoni Kahananui", the candidate's own)
        self.ranked = [
            (k, s) for k, p in self.ranked if (s := sure_topic(p)) and not _only_names(s, names)
        ]
        self.questions = [s for q in self.questions if (s := sure_topic(q))]
        self.topics = [p for k, p in self.ranked if k is PhraseKind.TOPIC]
        self.plans = [p for k, p in self.ranked if k is PhraseKind.PLAN]

    def reply_to(self, question: str) -> str | None:
        """What the candidate said to this question, when the notes give it on the next line
        ("- how I'd track RFIs" then "- told him about the Procore log I set up")."""
        return self.replies.get(question)

    def answers(self) -> list[Concern]:
        """The concerns this person raised that the notes answer, doubts first."""
        return sorted((c for c in self.concerns if c.point), key=lambda c: not is_doubt(c))

    def details(self) -> list[tuple[PhraseKind, str]]:
        """Up to three things this person raised, the strongest first."""
        first = self.ranked[:2]
        # with nothing they raised, two of their questions ("Sam asked about X ... and Y")
        # a question on the topic already chosen says it twice ("asked about recall calls")
        fresh = [q for q in self.questions if not any(said(q, p) for _, p in first)]
        second = [(PhraseKind.QUESTION, q) for q in fresh[: 1 if first else 2]]
        second += [(PhraseKind.SEEKING, s) for s in self.seeking[:1]]
        out = first[:1] + second[:1] + first[1:] + second[1:]
        return out[:3]

    def first_topic(self) -> str | None:
        """One thing discussed, as a noun phrase."""
        if self.ranked:
            return self.ranked[0][1]
        return self.questions[0] if self.questions else None


_STRENGTH = [
    re.compile(
        r"\b(?:big on|cares?|cared|focused|interested|passionate|keen|into|worry|"
        r"most of|mostly|big(?:gest)? (?:topic|thing|focus|priority))\b",
        re.I,
    ),
    re.compile(r"\b(?:talked|spoke|conversation|discussion|discussed|went deep)\b", re.I),
    re.compile(r"\b(?:walked me through|showed me|described|explained)\b", re.I),
]


_LIKED = lazy_compile(
    r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[Ss]he|[Hh]e|"
    r"[Tt]hey)\s+(?:really |especially |also |definitely |seemed to |both )*"
    r"(?:liked|loved|like|love|(?:was|were|seemed) (?:really |very |quite )?(?:interested in|"
    r"excited about|keen on|impressed by|into|taken with)|responded well to|appreciated)\s+"
    r"(?P<x>my\s[^.;:!?,()\[\]]+?)\s*(?:[.;!,(]|\s+--|\s+-(?:\s|$)|$)"
)
_NOT_SURE = lazy_compile(r"\b(?:he|she|they|them|him|her|his|their|thing|stuff)\b|\d+\s?k\b|\$")


def _well_received(line: NoteLine) -> str | None:
    """'Dr. Ruiz liked my idea for a recall text reminder system' -> 'my idea for a recall
    text reminder system': something of the candidate's the interviewer took to. Only a
    clean phrase (no shorthand, no arrow, no pronoun, no lower-case name) is kept."""
    m = _LIKED.match(line.text)
    if m is None:
        return None
    phrase = re.sub(r"\s+(?:a lot|too|so much|very much|a bunch)$", "", m.group("x").strip())
    if not 3 <= len(phrase.split()) <= 12 or _NOT_SURE.search(phrase):
        return None
    return settle(phrase)


def _liked_sentence(phrase: str, variant: int) -> str:
    frames = [
        f"I was glad that {phrase} resonated with you.",
        f"It was encouraging to hear that {phrase} resonated with you.",
    ]
    return _pick(frames, variant)


_ADVICE = lazy_compile(
    r"(?:get|make|take|do|go|build|find|keep|try|start|apply|join|consider|look into|sign up|"
    r"reach out|talk to|learn|read)\s+(?:some|a|an|the|more|my|it|up|in|on|to|for)\b"
)


def _strength(line: NoteLine) -> int:
    """How strongly the line says the person cares about its topic (0 strongest)."""
    return next((n for n, p in enumerate(_STRENGTH) if p.search(line.text)), len(_STRENGTH))


def _phrases(lines: list[NoteLine], kind: PhraseKind, avoid: frozenset[str]) -> list[str]:
    chosen = [ln for ln in lines if ln.phrase and ln.phrase_kind is kind]
    chosen.sort(key=_strength)
    settled = [settle(ln.phrase) for ln in chosen if ln.phrase and ln.phrase not in avoid]
    return _dedupe([p for p in settled if p])


_COUNT_NOUNS = frozenset(
    [
        "report",
        "plan",
        "program",
        "programme",
        "project",
        "pilot",
        "system",
        "migration",
        "caseload",
        "rollout",
        "redesign",
        "review",
        "renovation",
        "launch",
        "study",
        "initiative",
        "policy",
        "dashboard",
        "protocol",
        "standard",
        "overhaul",
        "conversion",
        "replacement",
        "expansion",
        "budget",
        "rotation",
        "backlog",
        "schedule",
        "process",
        "workshop",
        "series",
        "portal",
        "newsletter",
        "podcast",
        "campaign",
        "period",
        "refresh",
        "audit",
        "suite",
        "pipeline",
        "transition",
        "upgrade",
        "checklist",
        "framework",
        "scenario",
        "exercise",
        "presentation",
        "task",
        "session",
        "demo",
        "interview",
        "assignment",
        "case study",
        "list",
        "ordinance",
        "bylaw",
        "contract",
        "grant",
        "tender",
        "side",
        "role",
        "cabin",
        "test",
    ]
)


def said(phrase: str, other: str) -> bool:
    """Whether two note phrases say the same thing ('recall calls and reactivating overdue
    patients' twice, 'the pewter catalogue' in 'my work on the pewter catalogue'): a message
    names a thing once."""
    a, b = (
        re.sub(r"^(?:the|a|an|your|my|our)\s+", "", x.lower().strip(" .")) for x in (phrase, other)
    )
    if not (a and b):
        return False
    short, long = sorted((a, b), key=len)
    return re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", long) is not None


def _with_article(phrase: str) -> str:
    """'ESG report' -> 'the ESG report', 'review notes workflow' -> 'the review notes
    workflow': a bare singular count noun needs one (the gate's writer.missing-article)."""
    if needs_article(phrase):
        return f"the {phrase}"
    first = phrase.split(" ", 1)[0].lower()
    if first in {"the", "a", "an", "your", "my", "our", "how", "what", "whether", "why"}:
        return phrase
    # the head noun ends where a modifier or a second item starts: "on-call rotation every 4th
    # week", "permitting backlog and crew scheduling"
    segment = re.split(  # ... or a participle: "new OCR scanning system going live in August"
        r"\s+(?:of|for|in|on|at|with|and|every|each|next|last|this|per)\s+|\s+\d|"
        r"\s+(?:going|coming|starting|launching|opening|due)\b",
        phrase,
    )[0].split()
    head = segment[-1].lower()
    gerund_verb = first.endswith("ing") and (
        len(segment) < 2 or any(w.lower() in {"the", "a", "an", "your", "my"} for w in segment)
    )  # "building the dashboard" is a verb phrase; "permitting backlog" is a noun phrase
    if len(phrase.split()) > 1 and head in _COUNT_NOUNS and not gerund_verb:
        return f"the {phrase}"
    if _BARE_SINGULAR.match(phrase) and not _MASS_ENDING.search(head):
        return f"the {phrase}"  # "photo of the Mappleton houses", "card sort on processes"
    return phrase


# A phrase of ordinary lower-case words whose head noun comes before "of"/"on"/...: it reads
# as a count noun that needs "the" unless its ending says it is plural or a mass noun.
_BARE_SINGULAR = lazy_compile(
    r"(?!(?:how|what|why|which|whether|who|when|where|this|that|these|those|some|any|each|"
    r"every|all|more|most|no|one|two|three|her|his|its|their)\b)[a-z][a-z-]*(?: [a-z][a-z-]*)?"
    r" (?:of|on|for|from|about) \S"
)
_MASS_ENDING = lazy_compile(r"(?:s|ing|y|ion|ment|ance|ence|ity|ics|ness|ship|ism|age|ure|ed)$")


def _only_names(phrase: str, names: frozenset[str]) -> bool:
    """Whether every word of a phrase is a word of a person's name (the notes' people)."""
    words = re.findall(r"[\w'’-]+", phrase)
    low = {n.lower() for n in names}
    return bool(words) and all(w.lower() in low for w in words if w.lower() != "the")


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen and not any(key in s or s in key for s in seen):
            seen.add(key)
            out.append(item)
    return out


def _usable_topic(topic: str) -> bool:
    from followup.notelines import sure_phrase

    return sure_phrase(topic, PhraseKind.TOPIC) and not re.search(r"\bI\b|\bshe\b|\bhe\b", topic)


def salutation(person: Interviewer, reading: Reading, index: int, formal: bool = False) -> str:
    """'Dear Dr. Moreno,' whenever the notes give a title (unless the person asked to be
    called something: 'call me Siobhán'); else 'Hi Lan,' with the name the notes call them by
    ('Lan' for Nguyễn Thị Lan)."""
    parts = name_parts(person.name)
    text = reading.all_text.replace(" ".join(parts), "")  # count names used on their own
    counts = Counter(
        {p: len(re.findall(rf"(?<![\w’']){re.escape(p)}(?![\w’'])", text)) for p in parts}
    )
    greeting = "Dear" if formal else _pick(["Hi", "Hello", "Dear"], index)
    if kin := greeting_words(person.name):  # "Uncle Trevor": the respect word and the name
        return f"Dear {kin[0]} {kin[1]},"
    if preferred := preferred_name(parts, reading.all_text):
        # "Zaki Bey", "Chef Liam": the name as people use it, honorific and all, said formally
        return f"{'Dear' if has_honorific(preferred) else greeting} {preferred},"
    # one rule: the title stays; greetingname.py: which words follow it ("Mr. Lim" of Lim
    # Chhay, "Mr. Iron Shell")
    if title := recipient_title(person, reading.all_text):
        return f"Dear {title} {titled_surname(parts, reading.all_text, surname(parts))},"
    if leading_job_word(person.name):  # "PILOT Ray Hudak": a heading's job word, unsure
        return f"Dear {' '.join(parts[1:])},"
    called = parts[0]
    sure_family_first = family_first(parts, reading.all_text) is True  # "Mr. Lim", "-ovich"
    if counts[parts[0]] == 0 and len(parts) > 2 and any(counts.values()) and not sure_family_first:
        called = max(parts, key=lambda p: (counts[p], -parts.index(p)))  # "Nguyễn Thị Lan": Lan
    elif given := given_name(parts, reading.all_text):  # "Tam" of Big Tam Reid, "Lim Chhay"
        called = given
        greeting = "Dear" if " " in given else greeting  # the full name: "Dear Lim Chhay,"
    return f"{greeting} {called},"


def _detail_sentence(kind: PhraseKind, phrase: str, variant: int) -> str:
    p = _lower_first(phrase)
    if kind is PhraseKind.TOPIC:
        frames = [
            f"I especially enjoyed our conversation about {p}.",
            f"I enjoyed talking with you about {p}.",
            f"Our conversation about {p} has stayed with me.",
            f"I keep coming back to what we discussed about {p}.",
        ]
    elif kind is PhraseKind.PLAN:
        frames = [
            f"It was exciting to hear about {p}.",
            f"I enjoyed hearing about {p}.",
            f"I was glad to learn about {p}.",
            f"I was especially interested to hear about {p}.",
        ]
    elif kind is PhraseKind.QUESTION:
        wh = re.match(r"(?:how|what|whether|why|which|who|when|where)\b", p) is not None
        asking = f"asking {p}" if wh else f"asking about {p}"
        frames = [
            f"I appreciated your question about {p}.",
            f"Thank you for {asking}.",
            f"I enjoyed your question about {p}.",
            f"I was glad you asked about {p}.",
        ]
    else:  # SEEKING
        if p.startswith("help "):
            return f"I understand you are looking for {p}, and I would be glad to pitch in."
        plural = re.match(r"(?:\w+s|people)\b", p) and not p.startswith(("someone", "a ", "an "))
        one = "one of them" if plural else "that person"
        return f"I understand you are looking for {p}, and I would welcome the chance to be {one}."
    return _pick(frames, variant)


def _opening(sentence: str) -> tuple[str, ...]:
    """A sentence's first two words: two sentences in a row that open alike ("I enjoyed
    ... I enjoyed ...") read as a form."""
    return tuple(w.lower() for w in sentence.split()[:2])


def _varied(make: Callable[[int], str], variant: int, before: list[str]) -> str:
    """The sentence `make` gives for `variant`, or for the next variant whose opening differs
    from the sentence before it (four frames at most are tried)."""
    first = make(variant)
    if not before:
        return first
    for v in range(variant, variant + 4):
        candidate = make(v)
        if not _alike(candidate, before[-1]):
            return candidate
    return first


# the small words two frames share without reading alike
_FRAME_GLUE_WORDS = (
    "i you we me my your our the a an to with about of on for and also especially really "
    "was am were it this that"
)
_FRAME_GLUE = frozenset(_FRAME_GLUE_WORDS.split())


def _alike(sentence: str, before: str) -> bool:
    """Whether two sentences in a row read as a form: the same opening, or a word of the
    frame said again near the start ("I especially enjoyed ... I enjoyed talking ...", "Our
    conversation about ... Our conversation about ...")."""
    if _opening(sentence) == _opening(before):
        return True

    def head(text: str) -> set[str]:
        words = [w.lower().strip(".,;:") for w in text.split()[:5]]
        return {w for w in words if w not in _FRAME_GLUE}

    return bool(head(sentence) & head(before))


def _question_and_reply(question: str, reply: str, variant: int) -> str:
    """'When you asked how I would track RFIs, I was glad to tell you about the Procore log I
    set up.': the question and the candidate's own answer, in one sentence."""
    q, r = _lower_first(question), _lower_first(reply)
    asked = q if re.match(r"(?:how|what|whether|why|which|who|when|where)\b", q) else f"about {q}"
    if variant % 2:
        return f"I was glad your question about {q} gave me the chance to describe {r}."
    return f"When you asked {asked}, I was glad to tell you about {r}."


def _words(lines: list[str]) -> int:
    return len(" ".join(lines).split())


def thank_you(job: ComposeJob) -> Draft:
    """A thank-you note for one interviewer, about what that person raised."""
    person, i = job.person, job.index
    material = Material(job.reading, person, job.avoid)
    when = when_phrase(job.reading.day_met(person.name), job.today)
    when_sp = f" {when}" if when else ""
    job_ = JobNames.of(job.reading)
    role, at = job_.the("role"), job_.at()
    lines = [
        _pick(
            [
                f"Thank you for taking the time to meet with me{when_sp} about {role}{at}.",
                f"Thank you for speaking with me{when_sp} about {job_.the('position')}{at}.",
                f"I appreciated the time you spent with me{when_sp} talking about {role}{at}.",
                f"It was a pleasure to meet you{when_sp} and talk about {role}{at}.",
            ],
            i,
        )
    ]
    answers = material.answers()
    details = material.details()[: 1 if answers else 2]
    told = None
    for n, (kind, phrase) in enumerate(details):
        reply = material.reply_to(phrase) if kind is PhraseKind.QUESTION else None
        if reply and told is None:
            told = reply
            lines.append(_question_and_reply(phrase, reply, i))
        else:
            lines.append(_varied(functools.partial(_detail_sentence, kind, phrase), i + n, lines))
    used = [phrase for _, phrase in details]
    if (
        material.liked
        and (not details or _words(lines) < 60)
        and not any(said(material.liked[0], p) for p in used)
    ):
        lines.append(_liked_sentence(material.liked[0], i))
    for concern in answers[:1]:  # one concern, answered in one confident sentence
        lines.append(concern.sentence(i) or "")
    if (
        material.mine
        and material.mine[0] != told
        and not any(said(material.mine[0], p) for p in used)
        and _words(lines) < 75
        and not any(material.mine[0].lower() in (c.point or "").lower() for c in answers)
    ):
        mine = _lower_first(material.mine[0])
        told_frames = [
            f"I was glad to have the chance to tell you about {mine}.",
            f"I also enjoyed telling you about {mine}.",
        ]
        lines.append(_varied(lambda v: _pick(told_frames, v), i, lines))
    forgot = _forgot(job)
    if forgot and not any(_same_point(forgot, c.point) for c in answers[:1]):
        if _opening(forgot) == _opening(lines[-1]):
            forgot = forgot.replace("I also wanted to mention", "I should also mention", 1)
        lines.append(forgot)
    lines.append(
        _pick(
            [
                f"I'm excited about the chance to join {job_.team()}.",
                "I'd welcome the chance to contribute to your team in this role.",
                f"The prospect of working with {job_.team()} is exciting.",
                f"I would be glad to bring my experience to {job_.company or 'your team'}.",
            ],
            i,
        )
    )
    if _words(lines) < MIN_WORDS - 6:
        lines.append(
            _pick(
                [
                    "Our conversation gave me a clear picture of the work and the team.",
                    "I came away with a much clearer picture of the role and its priorities.",
                    "It was good to learn more about how your team works day to day.",
                ],
                i,
            )
        )
    lines.append(
        _pick(
            [
                "Thank you again for your time.",
                "Thanks again for a great conversation.",
                "I appreciate your time and your thoughtful questions.",
                "Thank you for a conversation I enjoyed.",
            ],
            i,
        )
    )
    subject = _pick(
        [
            f"Thank you for our conversation about {role}",
            f"Thank you for your time{when_sp}",
            f"Following up on our conversation{when_sp}",
            f"Our conversation about {role}",
        ],
        i,
    )
    closing = _pick(["Best regards,", "Best,", "Warm regards,", "Kind regards,"], i)
    return _draft(job, subject, lines, closing)


def _same_point(sentence: str, point: str | None) -> bool:
    """Whether a sentence already says the point (the forgotten point is the answer)."""
    if not point:
        return False
    words = set(re.findall(r"[a-z]{4,}", point.lower()))
    return len(words & set(re.findall(r"[a-z]{4,}", sentence.lower()))) * 2 >= len(words)


_FORGOT_LABEL = lazy_compile(
    r"^(?:I\s+)?(?:(?:forgot|forget)\s+(?:entirely\s+|completely\s+|totally\s+)?to\s+"
    r"(?:say|mention|tell (?:\w+|them|her|him))|"
    # "I didn't mention I've done Terraform", "never got to say that ..."
    r"(?:didn['’]?t|did not|never)\s+(?:get\s+to\s+)?(?:mention|say|tell (?:\w+|them|her|him))"
    r"(?:ed)?|should\s+have\s+(?:mentioned|said))"
    r"(?:\s+that)?\s*[:,-]?\s*",
    re.I,
)

# the same label after the point: "I cleared the exam in March, forgot to mention" (the notes'
# own reminder, not the point)
_FORGOT_REMINDER = lazy_compile(
    r"[,;]?\s*(?:(?:I|and)\s+)?forgot to (?:mention|say)(?:\s+(?:it|this|that))?\W*$|"
    # the note to self after the point: "... for 2 years - should add that"
    r"\s*(?:[,;]|\s-+|–|—)\s*(?:I\s+)?(?:should|must|need to|will)\s+(?:add|mention|say)"
    r"(?:\s+(?:it|this|that))?\W*$",
    re.I,
)


def _forgot(job: ComposeJob) -> str | None:
    """The point the candidate forgot to make, once: to the person it concerns, or the first."""
    reading, person = job.reading, job.person
    lines = [ln for ln in reading.lines if ln.kind is LineKind.FORGOT and ln.phrase]
    chosen = next((ln for ln in lines if ln.about and same_person(ln.about, person.name)), None)
    if chosen is None and job.index == 0:
        chosen = next(
            (ln for ln in lines if ln.about is None or len(reading.brief.interviewers) == 1), None
        )
        if (
            chosen is None
            and lines
            and not any(
                ln.about
                and any(same_person(ln.about, p.name) for p in reading.brief.interviewers[1:])
                for ln in lines
            )
        ):
            chosen = lines[0]
    if chosen is None or chosen.phrase is None:
        return None
    point = settle(_FORGOT_LABEL.sub("", chosen.phrase))
    if point is None:
        return None
    point = _FORGOT_REMINDER.sub("", point)
    point = point.rstrip(" ,;:-")  # "... issues to 0, + ran ...": the cut leaves its comma
    if re.match(r"[Mm]y\s", point) and not has_finite_verb(point):
        # "my OSHA 10 card", "my Power BI dashboard for pick rates": a noun phrase, no clause
        return f"I also wanted to mention {point[0].lower()}{point[1:]}."
    if point.startswith(("I ", "I'", "My ", "my ", "at ")) and has_finite_verb(point):
        if point.startswith("My "):
            point = "m" + point[1:]
        return f"I also wanted to mention that {point}."
    return None


def inquiry(job: ComposeJob) -> Draft:
    """A first follow-up inquiry: restate interest, one question about the timeline."""
    person = job.person
    material = Material(job.reading, person, job.avoid)
    date = job.reading.day_met(person.name)
    on = f" on {date.strftime('%B')} {date.day}" if date else ""
    topic = _inquiry_topic(material)
    job_ = JobNames.of(job.reading)
    lines = [
        "I hope your week is going well.",
        f"I'm writing to follow up on my interview{on} for {job_.the('role')}{job_.at()}.",
    ]
    heard = None if topic or material.seeking else _colleagues_topic(job)
    asked = None if topic or material.seeking or heard else _colleagues_question(job)
    if asked:
        lines.append(f"I remain very interested in the position, especially after {asked}.")
    elif heard:  # the contact (HR, the recruiter) raised nothing: what the team said, as heard
        lines.append(
            f"I remain very interested in the position, especially after hearing about "
            f"{_lower_first(heard)}."
        )
    elif topic:
        lines.append(
            f"I remain very interested in {'the position' if job_.role else 'joining your team'}"
            f", and I have kept thinking about our conversation about {_lower_first(topic)}."
        )
    else:
        lines.append(
            f"I remain very interested in the position and in the work your team does{job_.at()}."
        )
        if material.seeking:  # the one thing they raised is who they want to hire
            lines.append(_detail_sentence(PhraseKind.SEEKING, material.seeking[0], 0))
    lines.append("Could you share the expected timeline for next steps?")
    lines.append("Thank you for your time and for considering my application.")
    subject = f"Following up on {job_.the('role')}"
    return _draft(job, subject, lines, "Best regards,")


def _inquiry_topic(material: Material) -> str | None:
    """The first thing discussed that an inquiry may recall: not the job's terms ("especially
    after our conversation about notice period"), factshape.job_terms."""
    said = [p for _, p in material.ranked] + material.questions
    return next((p for p in said if job_terms(p) is None), None)


def _colleagues_topic(job: ComposeJob) -> str | None:
    """A topic or plan another interviewer raised, for an inquiry to someone who raised none
    (the process belongs to the whole panel, so an inquiry may name what the team said)."""
    for other in job.reading.brief.interviewers:
        if same_person(other.name, job.person.name):
            continue
        ranked = Material(job.reading, other, job.avoid).ranked
        heard = [p for k, p in ranked if k in (PhraseKind.TOPIC, PhraseKind.PLAN)]
        if heard:
            return heard[0]
    return None


def _colleagues_question(job: ComposeJob) -> str | None:
    """'my conversation with Hollis about taking feedback': a question another interviewer
    asked, named as theirs, for an inquiry when nobody raised a topic (the question is the one
    specific part of the process the notes hold)."""
    for other in job.reading.brief.interviewers:
        if same_person(other.name, job.person.name):
            continue
        questions = Material(job.reading, other, job.avoid).questions
        if questions:
            return f"my conversation with {other.first_name} about {_lower_first(questions[0])}"
    return None


def second_inquiry(job: ComposeJob) -> Draft:
    """The second and last inquiry: brief, warm, no pressure."""
    person = job.person
    topic = _inquiry_topic(Material(job.reading, person, job.avoid))
    focus = f", especially after our conversation about {_lower_first(topic)}" if topic else ""
    if not topic and (heard := _colleagues_topic(job)):
        focus = f", especially after hearing about {_lower_first(heard)}"
    elif not topic and (asked := _colleagues_question(job)):
        focus = f", especially after {asked}"
    job_ = JobNames.of(job.reading)
    lines = [
        "I hope you are doing well.",
        f"I'm following up once more on {job_.the('role')}.",
        f"I remain very interested in joining {job_.company or 'your team'}{focus}.",
        "I understand that hiring decisions take time.",
        "If the timeline has changed, I would be grateful to know what to expect.",
        "Thank you again for considering me.",
    ]
    subject = job_.the("role").capitalize() if not job_.role else f"The {job_.role} role"
    return _draft(job, subject, lines, "Best regards,")


_CONGRATS_END = r"(?:\s*(?:->|=>|→|--|—|\()|[.,;!]|$)"  # where the news stops in a note line
_CONGRATS = [
    (
        re.compile(rf"\bpromoted to (?P<x>[A-Z][\w ,&'-]+?){_CONGRATS_END}"),
        "your promotion to {x}",
    ),
    (  # "Sandra's plant passed the IATF surveillance audit w/ zero majors"
        re.compile(
            r"(?<!\bI )\bpassed (?:the |their |its |an? )?(?P<x>[A-Z][\w&' -]*?"
            r"\b(?:audit|inspection|accreditation|certification|assessment|review))\b"
        ),
        "passing the {x}",
    ),
    (
        re.compile(
            r"\b(?:received|won|got|was given) (?:the |an? )(?P<x>[A-Z][\w ,&'’-]+?)"
            r"(?:\s+--|\s*\(|[.;!]|$)"
        ),
        "the {x}",
    ),
    (  # "Kerrera 12yo got Double Gold at the San Francisco World Spirits Competition"
        re.compile(
            r"(?<!\bI )\b(?:got|won|received|took|earned|picked up|(?:was|were) awarded) "
            r"(?:the |an? )?(?P<x>(?:[A-Z][\w'’-]*\s+){0,4}(?:Gold|Silver|Bronze|Award|Prize|"
            r"Medal|Cup|Trophy)\b(?: (?:at|from|in) (?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*)?)"
        ),
        "the {x}",
    ),
    (  # "the Bellmont CC 2+2 agreement was signed on July 1"
        re.compile(
            r"(?P<x>\bthe [A-Z0-9][\w+&'’-]*\s+(?:(?!(?:that|which|who|news|when)\b)[\w+&'’-]+"
            r"\s+){0,5}(?:agreement|partnership|contract|"
            r"merger|grant|accreditation|designation|redesignation))\s+"
            r"(?:was|were|has been|got|just)\s+"
            r"(?:signed|approved|finali[sz]ed|announced|awarded|renewed|granted)\b"
        ),
        "{x}",
    ),
    (
        re.compile(r"(?P<x>the [\w -]+?(?: spot| location| store| restaurant)?) opened\b", re.I),
        "the opening of {x}",
    ),
]


def _congratulation(reading: Reading) -> str | None:
    """'Congratulations on your promotion to Director of Revenue Cycle.' from the notes."""
    # news is an outcome line, or any public line when the notes mean to congratulate
    meant = any(ln.usable and re.search(r"\bcongrat", ln.text, re.I) for ln in reading.lines)
    for ln in reading.lines:
        if ln.kind is not LineKind.OUTCOME and not (meant and ln.usable):
            continue
        for pattern, frame in _CONGRATS:
            m = pattern.search(ln.text)
            if m:
                what = m.group("x").strip()
                if re.search(r"\b(?:I|we|they|lol)\b", what):
                    continue
                what = re.sub(r"\s+spot$", " location", what)
                return "Congratulations on " + frame.format(x=to_recipient(what)) + "."
    # newsline.py: "News: X closed its Series A"; checkinvalue.py: "Congrats to Dana on her
    # promotion", "their new Eastside warehouse opened"
    return congratulation_on_news(reading) or congratulation_in_notes(reading)


_ADVISED = lazy_compile(
    r"\bsuggested (?:that )?I (?P<x>[^.;]+)|\b(?:encouraged|advised|urged) me to (?P<m>[^.;—–(]+)"
    # their own words, pasted: "I'd encourage you to finish your Trails Guide qualification"
    r"|\b(?:I['’]d|I would) (?:encourage|suggest|advise|recommend) (?:that )?you (?:to )?"
    r"(?P<y>[^.;—–(]+)"
)
# what the candidate did since, in a line of their own: "PASSED the Trails Guide assessment"
_DONE = lazy_compile(
    r"^(?:\d[\d/.-]*\s+(?:[A-Z][a-z]{2,8}\s+)?[-—–:]?\s*)?"  # a dated line: "11/20 passed ..."
    r"(?:[A-Z][^:.!?]{3,60}:\s+)?"  # after a lead-in: "Took her point seriously: finished ..."
    r"(?:I\s+)?(?:have\s+)?(?P<v>(?i:passed|finished|completed|earned|got|signed up for|"
    r"enrolled in|registered for|booked))\s+"
    r"(?P<x>(?:the|my|a|an)\s[^.!;,]*(?:assessment|qualification|certificate|certification|"
    r"course|exam|licen[cs]e|degree|module|workshop|training))\b"
    # "started volunteering Saturdays at the raptor rehab center in Sherwood"
    r"|^(?:I\s+)?(?:have\s+)?(?P<v2>(?i:started|began))\s+(?P<x2>volunteering\s[^.!;,()]{6,80})"
)


# "I actually ran the newsletter test she suggested: 0 → 640 subscribers in 4 weeks"
_TRIED = lazy_compile(
    r"(?:\bI |^(?:[\d/.-]+\s*[:—–-]?\s*)?)(?:actually |already |have |finally )?"
    r"(?P<v>(?i:ran|did|tried|took|finished|completed|"
    r"started|joined|read|built|launched)) (?P<x>(?:the|that) [\w -]{3,60}?) (?:she|he|they|you) "
    r"(?P<s>suggested|recommended|mentioned)\b(?:[:,—–-]\s*(?P<a>\d[\d,]*)\s*(?:→|->|to)\s*"
    r"(?P<b>\d[\d,]*\s+[a-z]+(?: in \d+ (?:days|weeks|months))?))?"
)


def _tried(text: str) -> str | None:
    """'ran the newsletter test, and it went from 0 to 640 subscribers in 4 weeks': what the
    candidate did with the advice, and the result when the notes give it as figures."""
    m = _TRIED.search(text)
    if m is None or settle(m["x"]) is None:
        return None
    done = f"{m['v'].lower()} {m['x']}"
    if m["a"] and m["b"]:
        done += f", and it went from {m['a']} to {m['b']}"
    return done


def _advice(reading: Reading) -> tuple[str, str | None] | None:
    """The advice the interviewer gave and what the candidate did with it."""
    for n, ln in enumerate(reading.lines):
        m = _ADVISED.search(ln.text)
        if not m or not ln.usable:
            continue
        if m["y"]:  # "you" in their words is the candidate
            said = re.sub(r"\s*\([^)]*\)", "", m["y"]).strip()  # "(not a test, just advice)"
            advice = re.sub(r"\byour\b", "my", re.sub(r"\byou\b", "me", said))
        else:
            said = re.sub(r"\s*\([^)]*\)", "", m["x"] or m["m"]).strip()
            advice = to_recipient(re.split(r"\s+to build\b", said)[0].strip())
        advice = re.sub(r"\s+by (?:[A-Z]\.?\s?)+$", "", advice)  # a book's author cut at "M."
        advice = re.sub(r'"([^"]+)"', r"“\1”", advice)  # a title's quotes as a letter has them
        if settle(advice) is None:
            continue
        did = None
        # what they did since: later in the same line (a pasted quote runs on) or on a later one
        rest = re.split(r"[.!?][\"”]?\s+", ln.text[m.end() :])[1:]
        for later in rest + [x.text for x in reading.lines[n + 1 :] if x.usable]:
            later = later.lstrip('"“” ')
            d = re.match(r"I did (?:both|it|that)[:,]\s*(?P<x>.+)", later)
            if d:
                did = re.sub(r"\s*\([^)]*\)", "", d.group("x")).rstrip(". ")
                break
            d = _DONE.match(later)
            if d and d["v"] and settle(d["x"]) is not None:
                did = f"{d['v'].lower()} {d['x']}"
                break
            if did := _tried(later):
                break
        return advice.strip(), did
    return advice_taken([ln.text for ln in reading.lines if ln.usable])


def has_value(reading: Reading) -> bool:
    """Whether the notes give a check-in something to offer without --share."""
    return any(f(reading) is not None for f in (_congratulation, _advice, noted_in, _attended))


def _attended(reading: Reading) -> AttendedEvent | None:
    """An event the candidate went to and brought material back from (eventshare.py)."""
    return attended_event([ln.text for ln in reading.lines if ln.usable])


def _value_from_notes(job: ComposeJob, material: Material) -> tuple[list[str], str] | None:
    """What a check-in offers when no link is given, each from the notes: congratulations on
    their news, a piece the notes name (its title, its publisher, the reason noted), thanks for
    advice the candidate acted on. The sentences and a subject; None when there is nothing."""
    sentences: list[str] = []
    subjects: list[str] = []
    if (congrats := _congratulation(job.reading)) is not None:
        sentences.append(congrats)
        subjects.append("Congratulations")
    if (item := noted_in(job.reading)) is not None:
        near = None if item.reason else _nearest_topic(material, f"{item.title} {item.what}")
        sentences.append(item.sentence(near and _lower_first(near)))
        sentences.append(_HOPE_USEFUL)
        subjects.append(
            f"{'an' if item.kind[0] in 'aeiou' else 'a'} {item.kind} you might find useful"
        )
    if not sentences and (event := _attended(job.reading)) is not None:
        near = _nearest_topic(material, f"{event.event} {event.about}")
        sentences += event.sentences(near and _lower_first(near))
        subjects.append(f"notes from {event.event}")
    if (advice := _advice(job.reading)) is not None:
        what, did = advice
        sentences.append(f"Thank you again for your advice to {what}.")
        if did:
            sentences.append(f"I took it to heart: I {did[0].lower() + did[1:]}.")
        sentences.append(_ADVICE_MATTERED)
        subjects.append("thank you for your advice")
    if not sentences:
        return None
    subject = ", and ".join(subjects[:2])
    return sentences, subject[0].upper() + subject[1:]


_HOPE_USEFUL = "I hope it is useful to you and the team."
_ADVICE_MATTERED = "Your advice made a real difference, and I wanted you to know."
_THOUGHT_OFTEN = "I have thought often about what we discussed, especially"
# what a check-in can do without when it runs long, the least needed first
_FILLERS = (_THOUGHT_OFTEN, _HOPE_USEFUL, _ADVICE_MATTERED)


def _nearest_topic(material: Material, title: str) -> str | None:
    """The topic of the conversation a shared piece bears on: the one sharing the most words
    with its title; None when no topic shares a word with it, or it has no title (a piece on
    hop creep is not "since we talked about your new canning line")."""
    words = content_words(title)
    candidates = [p for _, p in material.ranked] + material.questions
    scored = [(len(content_words(p) & words), -n, p) for n, p in enumerate(candidates)]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] > 0 else None


def check_in(job: ComposeJob) -> Draft:
    """A value-adding check-in that asks for nothing: something to share, congratulations,
    or thanks for advice the candidate acted on."""
    person, share = job.person, job.share
    when = when_phrase(job.reading.day_met(person.name), job.today) or "recently"
    material = Material(job.reading, person, job.avoid)
    topic = material.first_topic()
    if share is not None:  # the subject the piece bears on, or none: never a stray question
        topic = _nearest_topic(material, share.title)
    job_ = JobNames.of(job.reading)
    position = job_.the("position")
    lines = [f"We spoke {when} about {position}{job_.at()}."]
    subject: str
    if share is not None and _own_news(share.title, job_.company):
        # "Bluefin wins Orsted inspection contract" sent to Bluefin: their news, congratulated,
        # never offered to them as reading
        lines = [
            f"I saw the news, “{share.title}” ({share.url}), and wanted to say congratulations "
            "to you and the team.",
            f"I enjoyed our conversation {when} about {position}.",
            f"It is great news for everyone{job_.at()}.",
        ]
        subject = "Congratulations"
    elif share is not None:
        title = share.said()  # "the TransitCenter report on ...": a description, unquoted
        if topic:
            lines.append(
                f"Since we talked about {_lower_first(topic)}, I thought you might like "
                f"{title} ({share.url})."
            )
        else:
            lines.append(f"I came across {title} ({share.url}) and thought of our conversation.")
        lines.append("I hope it is useful to you and the team.")
        lines.append(f"I enjoyed learning about your work{job_.at()}.")
        subject = f"Something you might find useful: {share.title or 'an article'}"
    else:
        value = _value_from_notes(job, material)
        if not value:
            interest = (person.interests or ["something they care about"])[0]
            raise InputError(nothing_to_offer(interest))
        sentences, subject = value
        if sentences[0].startswith("Congratulations"):  # the news first, then the reminder
            lines = [sentences[0], f"I enjoyed our conversation {when} about {position}."]
            sentences = sentences[1:]
        lines += sentences
        if topic and not any("our conversation about" in x for x in lines):
            lines.append(f"{_THOUGHT_OFTEN} {_lower_first(topic)}.")
        if subject == "Congratulations" and len(sentences) == 0:
            lines.append(f"It is great news for you and for everyone{job_.at()}.")
        if _words(lines) < MIN_WORDS - 6:
            lines.append("I am grateful for the time you gave me and for your candor.")
    lines.append("No response is necessary.")
    lines.append("I hope the rest of your month goes well.")
    for filler in _FILLERS:  # brief: a check-in is short
        if _words([subject, *lines]) > MAX_WORDS:
            lines = [x for x in lines if not x.startswith(filler)]
    return _draft(job, subject, lines, "Best,")


# What a headline says an organisation did that earns congratulations
_NEWS_VERB = lazy_compile(
    r"\b(?:wins?|won|awarded|named|secures?|secured|lands?|landed|launch(?:es|ed)?|opens?|"
    r"opened|raises?|raised|expands?|expanded|celebrates?|earns?|earned|receives?|received|"
    r"signs?|signed|acquires?|acquired|completes?|completed|marks?)\b",
    re.I,
)


def _own_news(title: str, company: str | None) -> bool:
    """Whether a shared headline is the recipient's own organisation's news ('Bluefin wins
    Orsted inspection contract' to someone at Bluefin Robotics)."""
    if not title or not company:
        return False
    words = [w for w in re.findall(r"[\w'’&-]+", company) if len(w) >= 3 and w.lower() != "the"]
    if not words:
        return False
    named = re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", title, re.I)
    return named is not None and _NEWS_VERB.search(title) is not None


def _future(reading: Reading) -> str | None:
    """An invitation the interviewer made ('invited me to their game jam', 'call on me for the
    advisory group'), accepted gladly."""
    for ln in reading.lines:
        if not ln.usable:
            continue
        m = re.search(r"\binvited me to (?P<x>(?:their|the|your) [^.;]+)", ln.text)
        if m:
            what = to_recipient(m.group("x"))
            return f"Thank you for the invitation to {what}, and I hope to see you there."
        m = re.search(
            r"\b(?:call on me|involve me|include me) (?:for|in) (?P<x>the [\w -]+?)"
            r"(?:\s+later|\s+this|\s+next|[.;]|$)",
            ln.text,
        )
        if m:
            return f"I would be glad to help with {m.group('x')}, and I hope you will call on me."
    return None


_MENTION = lazy_compile(
    r"\bmention (?:that )?(?P<x>I (?:already |just |have )?[a-z]+ed\b[^.;!?()]*)", re.I
)


def _done_since(reading: Reading) -> str | None:
    """What the candidate did since, which the notes mean to mention ('maybe mention I already
    registered as a reviewer'), as a clause: 'I have already registered as a reviewer'."""
    for ln in reading.lines:
        m = _MENTION.search(ln.text) if ln.usable else None
        if m:
            clause = m.group("x").strip(" ,")
            clause = re.sub(r"^I (?:already|just) (?=[a-z]+ed\b)", "I have already ", clause)
            if len(clause.split()) <= 14 and not re.search(r"\b(?:lol|he|she|they)\b", clause):
                return clause
    return None


_PRESENTED = lazy_compile(
    r"^(?:\d[\d/.-]*\s+)?(?:I\s+)?(?P<v>(?i:presented|spoke on|gave a talk on))\s+"
    r"[\"“](?P<t>[^\"”]{6,120})[\"”]\s+at\s+(?P<at>the [^,.;()]{4,80})"
)


def _since(reading: Reading) -> list[str]:
    """What the candidate has done since the interview, as first-person clauses a keep-in-touch
    note can say: a course or an exam finished ('I finished the Slate Configuration
    Fundamentals course'), what they tried on the interviewer's suggestion ('I took the course
    you suggested'), a talk given ('I presented “...” at the regional ACAC spring workshop')."""
    done: list[str] = []
    for ln in reading.lines:
        if not ln.usable or ln.kind is LineKind.QUESTION:
            continue
        clause = None
        if (m := _TRIED.search(ln.text)) and (tried := _tried(ln.text)):
            clause = f"I {m['v'].lower()} {m['x']} you {m['s']}" + tried[len(m["v"] + m["x"]) + 1 :]
        elif m := _DONE.match(ln.text):
            verb, what = (m["v"], m["x"]) if m["v"] else (m["v2"], m["x2"])
            clause = f"I {verb.lower()} {what.strip()}" if settle(what.strip()) else None
        elif m := _PRESENTED.match(ln.text):
            title = m["t"].strip().rstrip(".,")
            if settle(title.replace(":", " -")) and settle(m["at"]):
                clause = f"I {m['v'].lower()} “{title}” at {m['at'].strip()}"
        if clause and clause != "I " and clause not in done:
            done.append(clause)
    return done[:2]


def keep_in_touch(job: ComposeJob) -> Draft:
    """After a decision: gracious, keeps the contact, asks for nothing."""
    person = job.person
    material = Material(job.reading, person, job.avoid)
    topic = material.first_topic()
    plans = [p for p in material.plans if p != topic]
    learned = f" and talking about {_lower_first(topic)}" if topic else ""
    job_ = JobNames.of(job.reading)
    about = f" on the {job_.role} role" if job_.role else ""
    people = [p.name for p in job.reading.brief.interviewers]  # whogetsanote.py: the one
    told = gave_the_decision(job.reading.all_text, people, person.name)  # who gave the no
    if (job.status == "rejected" or says_declined(job.reading.all_text)) and told:
        opening = f"Thank you for letting me know about your decision{about}."
    else:  # no decision on record: never thank them for one
        when = when_phrase(job.reading.day_met(person.name), job.today)
        position = f"the {job_.role} role" if job_.role else "the role"
        opening = f"I wanted to reach out after our conversation {when} about {position}"
        opening = opening.replace("conversation  about", "conversation about") + f"{job_.at()}."
    lines = [
        opening,
        f"I enjoyed meeting you{learned}, and I would be glad to stay in touch.",
    ]
    if not topic and material.liked:
        lines.append(_liked_sentence(material.liked[0], job.index))
    if material.advice:
        done = _done_since(job.reading)
        thanks = f"Thank you also for your advice to {material.advice[0]}"
        lines.append(f"{thanks}; {done}." if done else f"{thanks}.")
    elif (advice := _advice(job.reading)) is not None:
        what, did = advice
        thanks = f"Thank you also for your advice to {what}"
        lines.append(f"{thanks}; I took it to heart, and I {did}." if did else f"{thanks}.")
    elif since := _since(job.reading):
        lines.append("Since we spoke, " + ", and ".join(since) + ".")
    if (congrats := _congratulation(job.reading)) is not None:
        lines.insert(1, congrats)
    if job.share is not None and not _own_news(job.share.title, job_.company):
        # the piece the candidate means to pass on (--share, or a link in the notes): offered,
        # nothing asked for it
        near = _nearest_topic(material, job.share.title)
        piece = f"{job.share.said()} ({job.share.url})"
        lines.append(
            f"Since we talked about {_lower_first(near)}, I thought you might like {piece}."
            if near
            else f"I came across {piece} and thought you might find it useful."
        )
    future = _future(job.reading)
    if future:
        lines.append(future)
    if plans:
        lines.append(f"I wish you and the team the best with {_lower_first(plans[0])}.")
    else:
        lines.append(
            f"I wish you and everyone at {job_.company} the very best."
            if job_.company
            else "I wish you and your team the very best."
        )
    kind_words = re.search(
        r"\b(?:nice|kind|impressed|strong candidate|close second|enjoyed|wished me|one of the best|"
        r"generous|keep (?:me )?in mind|keep in touch|apply again)\b",
        " ".join(ln.text for ln in job.reading.lines if ln.usable),
        re.I,
    )
    if kind_words:
        lines.append("Thank you again for your time and your kind words.")
    else:
        lines.append("Thank you again for your time and for considering me.")
    if _words(lines) < MIN_WORDS - 6:
        lines.append(f"I have a lot of respect for the work you do{job_.at()}.")
    subject = "Thank you, and let's stay in touch"
    return _draft(job, subject, lines, "All the best,")


class JobNames:
    """The role and the company as a message may say them; one the notes reader misread (a
    date, a place, the two swapped: gate.said_names) is left unsaid, never guessed: 'the
    position', 'your team'."""

    def __init__(self, role: str | None, company: str | None) -> None:
        self.role, self.company = role, company

    @classmethod
    def of(cls, reading: Reading) -> JobNames:
        role, org = sure_job_names(*said_names(reading))  # each of a frame's shape
        return cls(proper_name(role), proper_name(org))

    def the(self, word: str) -> str:
        """'the Buyer role', or 'the position' with no role to say."""
        return f"the {self.role} {word}" if self.role else "the position"

    def at(self) -> str:
        """' at Acme', or nothing with no company to say."""
        return f" at {self.company}" if self.company else ""

    def team(self) -> str:
        return f"your team{self.at()}"


_NAME_PARTICLES = NAME_PARTICLES  # one list with the gate's: "of", "and", "do", "della"


def proper_name(name: str | None) -> str | None:
    """A company or role as a name is written: 'Northgate garage' -> 'Northgate Garage' (the
    gate's writer.lower-case); particles ('of', 'and', 'to the') and a lower-case first word
    (a brand written so) stay."""
    if name:
        name = _posting_words(name)
    if name and in_capitals(name):  # "LANTERN HILL PICTURES", a heading's capitals
        name = " ".join(
            w.lower() if w.lower() in _NAME_PARTICLES and n else w if len(w) <= 3 else w.title()
            for n, w in enumerate(name.split(" "))
        )
    if not name or not name[:1].isupper():
        return name
    if not in_capitals(name):  # "Pennine Oatcake CO. LTD": the heading's capitals left on
        name = _SHOUTED_SUFFIX.sub(lambda m: m.group().capitalize(), name)
    words = name.split(" ")
    return " ".join(
        [words[0]]
        + [
            w[:1].upper() + w[1:]
            if w[:1].islower() and w.lower() not in _NAME_PARTICLES and w != "plc"
            else w
            for w in words[1:]
        ]
    )


# a posting's terms in brackets ("(R&D, Full Time)", "(pediatric Outpatient, Full Time)"):
# the posting's, not the name a person gives the job
_POSTING_BRACKET = lazy_compile(
    r"\s*\((?=[^()]*\b(?:full[- ]?time|part[- ]?time|FT|PT|permanent|temporary|temp|contract|"
    r"fixed[- ]term|remote|hybrid|on-?site|\d+(?:\.\d+)?\s*FTE|locum|maternity cover|"
    # the scheme's terms: "(supported pathway, 2 yrs)", "(graduate scheme)", "(12 months)"
    r"\d+[- ]?(?:yrs?|years?|months?|mos?)|pathway|scheme|traineeship|apprenticeship)\b)"
    r"[^()]*\)",
    re.I,
)
# the notes' bullet before a name ("- Granite Peak Builders"); "Position" after a job title
# ("Family Nurse Practitioner Position"), which the message's "role" would double
_BULLET = lazy_compile(r"^[-–—*•·]+\s*")
# a posting's terms after a comma ("..., 0.8 FTE", "..., Full Time")
_POSTING_TAIL = lazy_compile(
    r",\s*(?:\d+(?:\.\d+)?\s*FTE|full[- ]?time|part[- ]?time|permanent|temporary|"
    r"fixed[- ]term|maternity cover|locum)\s*$",
    re.I,
)
# a company's suffix typed in capitals after a name in mixed case: "Pennine Oatcake CO. LTD"
_SHOUTED_SUFFIX = lazy_compile(r"(?<= )(?:CO|LTD|INC|CORP|BROS|PTY|LTDA)\b")
# an article typed in capitals before a name written in mixed case: "THE Marlow Singapore"
_SHOUTED_ARTICLE = lazy_compile(r"^(?:THE|A|AN)(?= [A-Z][a-z])")
_JOB_WORD_AFTER = lazy_compile(r"(?<=\w)\s+(?:position|role|job|vacancy|opening)$", re.I)


def _posting_words(name: str) -> str:
    """'Research Scientist (R&D, Full Time)' -> 'Research Scientist'; '- Granite Peak' ->
    'Granite Peak'; 'Family Nurse Practitioner Position' -> 'Family Nurse Practitioner'."""
    name = _BULLET.sub("", _POSTING_BRACKET.sub("", name)).strip()
    name = _POSTING_TAIL.sub("", name)  # "Music Therapist (NICU), 0.8 FTE"
    name = _SHOUTED_ARTICLE.sub(lambda m: m.group().capitalize(), name)  # "THE Halyard"
    return _JOB_WORD_AFTER.sub("", name) if len(name.split()) > 1 else name


# an organisation named "X of Y" takes "the" after a preposition: "at the University of Leeds"
_OF_ORGANISATION = lazy_compile(
    r"\b(at|to|join|joining|with|for|about|from) (?=(?:Office|Ministry|Department|University|"
    r"Bureau|Institute|Council|Museum|Board|Royal College|National Institute|State Department)"
    r"\s+(?:of|for)\s+[A-Z])"
)


def _draft(job: ComposeJob, subject: str, lines: list[str], closing: str) -> Draft:
    formal = job.kind is not MessageKind.THANK_YOU
    greeting = salutation(job.person, job.reading, job.index, formal=formal)
    name = job.reading.brief.candidate
    sign = f"{closing}\n{name}" if name else closing
    said = grammarcheck.mend(" ".join(line for line in lines if line))  # "about the new store"
    body = f"{greeting}\n\n{said}\n\n{sign}\n"
    body = re.sub(r" {2,}", " ", body)
    body = _OF_ORGANISATION.sub(r"\1 the ", body)  # "at the Office of Rail Standards"
    body = re.sub(r"(?<=\w)\.\.(?!\.)", ".", body)  # "Kestrel Outdoor Co." ends a sentence
    subject = re.sub(r"(?<=\w)\.\.(?!\.)", ".", subject)
    return Draft(kind=job.kind, recipient=job.person, subject=subject, body=body, writer="offline")


_BY_KIND = {
    MessageKind.THANK_YOU: thank_you,
    MessageKind.INQUIRY: inquiry,
    MessageKind.SECOND_INQUIRY: second_inquiry,
    MessageKind.CHECK_IN: check_in,
    MessageKind.KEEP_IN_TOUCH: keep_in_touch,
}


class OfflineComposer:
    """The Composer that needs no model."""

    name = "offline"

    def compose(self, job: ComposeJob) -> Draft:
        """One draft for one recipient."""
        return _BY_KIND[job.kind](job)

    def revise(self, job: ComposeJob, draft: Draft) -> Draft | None:
        """Write the draft again without the note phrases whose sentences the checker
        flagged; None when no flagged sentence came from the notes (nothing to leave out)."""
        from followup.core import Severity

        flagged = [
            draft.text[_sentence_bounds(draft.text, f.start)]
            for f in draft.findings
            if f.severity is not Severity.SUGGESTION and f.line > 3
        ]
        phrases = {ln.phrase for ln in job.reading.lines if ln.phrase}
        phrases |= {t for t in job.person.topics + job.person.interests}
        found = {
            p
            for p in phrases
            if any(
                p.lower() in s.lower()
                or _with_article(to_recipient(p)).lower() in s.lower()
                or grammarcheck.mend(p).lower() in s.lower()  # said as the composer mended it
                for s in flagged
            )
        }
        if not found or found <= job.avoid:
            return None
        job.avoid = job.avoid | frozenset(found)
        revised = self.compose(job)
        return revised.model_copy(update={"rounds": draft.rounds + 1})


def _sentence_bounds(text: str, at: int) -> slice:
    """The sentence of the text that holds offset `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return slice(start, len(text) if end < 0 else end + 1)
