"""Every line of the notes, understood before it is used: what it is and who it is about.

A note line is one of: a topic the interviewer raised or cares about, a question they asked,
something the candidate said or did, a concern, something the candidate forgot to say, next
steps, an outcome (a decision, a hold, news), something to share, logistics or a log entry,
the candidate's own intent ("want to thank him"), a private remark, or an instruction aimed at
a model. Private remarks and instructions are never used by any writer.

For the lines a message may use, `phrase` holds what the offline writer may say: a noun
phrase in the recipient's perspective ("your plans to roll out a new HRIS", "how I would
track RFIs and submittals"), or a first-person clause for a forgotten point. A line whose
phrase is not clearly a noun phrase or a clean clause gets none and is left out.

Hand-written patterns, no NLP library: spaCy's English models are only on the package index
as third-party re-uploads, NLTK's tagger downloads its data at run time, and note lines are
short and formulaic enough that a closed word list decides what is sure.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from enum import StrEnum

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.clausecomma import first_clause
from followup.compoundsubject import WITH_ME as _WITH_ME
from followup.compoundsubject import whole_subjects
from followup.healthsubject import private_health_word
from followup.lazyre import LazyPattern, lazy_compile
from followup.noteheader import ENTRY_PREFIX, LOG_STAMP, Person, same_person
from followup.notenames import (
    COMMON_WORDS,
    HON,
    HON_PREFIX,
    MONTH_NAMES,
    NOT_NAMES,
    ORG_SUFFIXES,
    WEEKDAYS,
    initials_match,
)
from followup.panelblocks import panel_entry
from followup.privacy import (
    COUNT_NOUNS,
    RUN_ON_BREAK,
    RUN_ON_WORDS,
    Reason,
    classify_sentence,
    marks_private,
)
from followup.privacy import is_placeholder as is_private_placeholder
from followup.timeline import REPLY_BY_CUE
from followup.whogetsanote import address_off
from followup.workmoney import private_from, work_money
from followup.writer.secondlanguage import own_attribute


class LineKind(StrEnum):
    """What a note line is."""

    TOPIC = "topic"  # something the interviewer raised, plans, or cares about
    QUESTION = "question"  # a question they asked
    CANDIDATE = "candidate"  # something the candidate said or did
    CONCERN = "concern"
    FORGOT = "forgot"  # a point the candidate forgot to make
    NEXT_STEPS = "next-steps"
    OUTCOME = "outcome"  # a decision, a hold, news about the person or the company
    SHARE = "share"  # something to send (a URL, an article)
    INTENT = "intent"  # what the candidate wants this message to do
    LOGISTICS = "logistics"  # logs, places, durations, labels
    PRIVATE = "private"
    INSTRUCTION = "instruction"  # text aimed at a model; never used
    OTHER = "other"


class PhraseKind(StrEnum):
    """How the offline writer may use a line's phrase."""

    LEADING = "leading"  # read as a TOPIC: "the sepsis rollout you are leading"
    WON = "won"  # read as a TOPIC: "the Riverside Bank account you just won"
    TOPIC = "topic"  # "our conversation about {phrase}"
    PLAN = "plan"  # "hearing about {phrase}" (your plans to ...)
    SEEKING = "seeking"  # "you are looking for {phrase}"
    QUESTION = "question"  # "your question about {phrase}"
    MINE = "mine"  # "I was glad to tell you about {phrase}"
    CLAUSE = "clause"  # a first-person clause: "I also wanted to mention that {phrase}"


@dataclass(frozen=True)
class NoteLine:
    """One sentence of the notes, classified."""

    text: str  # shorthand expanded
    kind: LineKind
    about: str | None = None  # the interviewer it is about; None for the team or nobody
    phrase: str | None = None
    phrase_kind: PhraseKind | None = None
    raw: str = ""  # the words as typed (what is cut from the notes a model reads)
    # read from a weaker form (a label, a subject typed as a sentence, what they said of a
    # thing): its phrase is kept only for a person the notes give nothing surer for
    fallback: bool = False

    @property
    def usable(self) -> bool:
        """Whether a message may draw on this line at all."""
        return self.kind not in (LineKind.PRIVATE, LineKind.INSTRUCTION)


INSTRUCTION = lazy_compile(
    r"ignore (?:all|the|any|previous|above|prior)|disregard|system prompt|you are now|"
    r"instead,? write|new instructions|\b(?:system|assistant|developer)\s*:|note to the ai|"
    r"</?notes>|\bP\.S\.|"
    r"\b(?:now |please )?write (?:the|an|a|this) (?:email|message|note|letter)\b|"
    r"\bin all caps\b",
    re.I,
)
_PRIVATE_MARK = lazy_compile(
    # "private" as a kind of thing is no mark: "my private pilot cert", "the private room"
    r"\bprivate\b(?!\s+(?:pilot|practice|sector|equity|school|schools|clients?|banking|"
    r"label|jets?|hospitals?|clinics?|tutor\w*|investigator|security|cloud|key|lessons?|chef|"
    r"dining|events?|members?|patients?|insurance|compan(?:y|ies)|firms?|offices?|hire|"
    r"contractors?|transport|duty|nurse|nursing|care|land|property|prosecution|client)\b)|"
    r"don'?t mention|do not mention|not telling|me only|for me only|"
    r"(?:keep|it's a|my) secret|"
    r"off the record|don'?t say",
    re.I,
)
_PRIVATE_WORDS = lazy_compile(
    r"\b(?:salary|salaries|pay(?:s|ing)?|(?:get|gets|got|be|is|are|was|were)\s+paid|"
    r"paid\s+(?:\$|\d|more|less|well|better|hourly|weekly|monthly|per|overtime)|compensation|"
    r"(?:the|my|total|base|their)\s+comp\b|comp(?=\s*(?:[$£€\d~]|range|band|package|is\b|was\b|:))|"
    r"raise|bonus|offer(?:ed)?\s+\$?\d|"
    r"commission|base (?:is|pay|salary)|OTE|(?:less|more) than I (?:make|earn|get)|"
    r"first year is (?:around |about |like )?\$?\d|"
    r"CTC|LPA|sueldo|salario|salário|Gehalt|"
    r"(?:someone|somebody|a candidate|a person) (?:internal|from inside)|"
    r"\$\s?\d|range|band|finalists?|other (?:candidates?|people|offers?)|"
    r"another offer|competing (?:offer|candidate)s?|mri|surgery|"
    r"sick|"  # whose: healthsubject.py ("if the sous calls in sick" is no one's health)
    r"pregnan\w*+(?!\s+(?:patients?|women|clients?|people|mothers))|"
    r"(?:doctor'?s?|medical|dentist|mri|my) appointment|"
    r"my (?:kids?|son|daughter|children|dad|mom|wife|husband|partner|family)|dad'?s|mom'?s|"
    r"kids? (?:were|was|are) sick|childcare|after-school care|divorce|therapy|my health|"
    r"family (?:matter|reasons|emergency|stuff)|personal reasons|"  # why the CV has a gap
    r"health (?:issue|problem|condition)s?|diagnos\w*|"
    r"my (?:current )?boss|fired|embezzle\w*|vented|gossip|rude|distracted|late and|"
    r"(?:min|minutes) late|checking (?:his|her|their) phone|disorganized|nicer than|"
    r"holding it together|annoying|boring|arrogant|my (?:take|impression)|honestly|"
    r"seemed (?:rushed|bored|annoyed|distracted)|quota|long list|bummed|ugh|desperate)\b|"
    # what the candidate earns now: "im at 21.50 now", "currently on 31k", "current ko 31k"
    r"\b(?:i['’]?m|i am)\s+(?:at|on)\s+\d|\bcurrent(?:ly)?\s+(?:\w+\s+)?(?:at\s+|on\s+)?\d+"
    r"(?:[.,]\d+)?\s?k?\b|"
    # a remark on the person, not the work: "smelled like smoke", "nice guy", "seemed weird"
    r"\bsmel(?:t|led|ls?)\b|\b(?:nice|great|sweet|cool|odd)\s+(?:guy|lady|man|woman|bloke)\b|"
    r"\b(?:seemed|was|looked)\s+(?:\w+\s+){0,2}(?:weird|grumpy|moody|cold|cranky|hungover|tired)\b",
    re.I,
)
# a figure in thousands, not one that counts things ("migrating 9k records")
_MONEY_K = lazy_compile(rf"\$\s?\d|\d+(?:\.\d+)?\s?k\b(?!\s*(?i:{COUNT_NOUNS})\b)")
_CURRENCY_FIGURE = lazy_compile(r"(?<![\w$])[$£€₱₹]\s?\d")  # "\b" never comes before "$"
_MONEY_CONTEXT = lazy_compile(
    r"\b(?:pay|paid|salary|offer\w*|want|ask\w*|band|range|comp|said)\b", re.I
)
_LOG = lazy_compile(
    r"\b(?:sent (?:a |the |my )?(?:thank[- ]?you|ty|follow[- ]?up|email|note)|"
    r"(?:thank[- ]?you|ty|follow[- ]?up|inquiry)(?: email| note)? sent|no reply yet|"
    r"follow-up log|thank-yous?)\b",
    re.I,
)
# a task's deadline, a line of its own: "test page due 30 nov", "portfolio due by Friday",
# "call was 25 nov" (what happened when, no subject anyone raised)
_DEADLINE = lazy_compile(
    r"^[\w' -]{1,40}?\b(?:due|deadline)\s*(?:by\s+|on\s+|is\s+|:\s*)?"
    r"(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b|tomorrow|next\b|end\b)|^(?:the\s+)?(?:call|interview|meeting)\s+was\s+"
    r"(?:on\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b)[^,;]*$",
    re.I,
)
_INTENT = lazy_compile(
    r"^(?:want(?:ed)? to|i'?d like to|i want to|reply to|send (?:something|a)|maybe mention|"
    r"no asks?|not asking|just useful|should i|going to send|plan to)\b|"
    r"\b(?:want to (?:send|thank|congratulate|reply|say)|not asking (?:for|about))\b",
    re.I,
)
_OUTCOME = lazy_compile(
    r"\b(?:went with|hired (?:someone|a)|chose (?:an?|someone)|picked someone|not selected|"
    r"got the no|on hold|paused|hiring freeze|freeze|promoted|award|opened|launched|"
    r"position was filled|turned (?:me )?down|rejected|close second|apply again|keep in touch|"
    r"keep me in mind)\b",
    re.I,
)
# the cues of a reply by a time are timeline.REPLY_BY_CUE's, one list for the decision date and
# the next-steps line: "let me know", "answer will be in two weeks", "result will be informed"
_NEXT = lazy_compile(
    r"\b(?:decid\w*|decision|next steps?|timeline|hear back|get back|be in touch|"
    rf"{REPLY_BY_CUE}|"
    r"will follow up|follow up within|second (?:round|interview)|shadow day|"
    r"ride-along|references|eligible list|will email|she'll email|he'll email|call by)\b",
    re.I,
)
_NEWS_LABEL = lazy_compile(
    r"(?:(?:company|their|big|latest|recent|good|some)\s+)?(?:news|update|announcement|"
    r"press release)s?",
    re.I,
)
_ANNOUNCED = lazy_compile(  # "(announced 24 Nov)", "announced on Monday", "per their press release"
    r"\(\s*announced\b|\bannounced (?:on |this |last |yesterday|today|\d)|\bpress release\b",
    re.I,
)
_FORGOT = lazy_compile(
    r"\b(?:forgot(?: to (?:mention|say|bring up|tell \w+))?|forget to (?:mention|say|tell)|"
    r"should (?:also |really |definitely )?have (?:said|mentioned|led|brought up|told)|"
    r"should (?:say|mention|bring up)|didn'?t (?:get to|mention)|want to answer this better|"
    r"should bring up)\b",
    re.I,
)
_CONCERN = lazy_compile(  # not a noun in a list ("neglect concerns, school refusal")
    # a label naming whose: "CONCERN nya:", "Concern (Lee):", "concerns hers:"
    r"^\W*concerns?(?:\s+(?!here\b|there\b|re\b)[^\W\d_]{1,5}|\s*\([^)\n]*\))?\s*:|"
    r"\bconcerns?\s+(?:he|she|they)\s+(?:had|raised|voiced|mentioned|brought up)\b|"
    r"(?<![\w-])(?:concerned|(?:her|his|its|one|big|main|only|had|has|raised|voiced)\s+"
    r"concerns?|concerns?(?=\s*(?:about|that|re\b|:|over|with|was|is))|worr(?:y|ied|ies)|"
    r"skeptical|hesitant|unsure|pushed on|doubts?)\b|"
    # not "two nervous adult riders": the word before a noun describes someone else
    r"\bnervous(?=\s*(?:$|about|that|re\b|of\b|because|abt\b|[,.;:!?)]))",
    re.I,
)
_URL = lazy_compile(  # "https://x.org/a", and a site with a path written bare: "slj.com/story/x"
    r"https?://\S+|(?<![\w@./-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|org|net|edu|gov|io|co|uk|ca|au|ie|nz|de|fr|info)/[\w/.%?=&#+-]*[\w/]"
)

_SHORTHAND = [
    (r"\bw/o\b", "without"),
    (r"\bw/\s*", "with "),
    (r"\babt\b", "about"),
    (r"\bb/c\b|(?-i:\bbc\b)", "because"),
    (r"\bmgr\b", "manager"),
    (r"\bmgmt\b", "management"),
    (r"\bcmte\b", "committee"),
    (r"\bgr\b(?=\s+(?:units?|grade|class|students))", "grade"),
    (r"\byrs\b", "years"),
    (r"(?<=\d )hrs\b|(?<=\d)hrs\b", "hours"),
    (r"\byr\b", "year"),
    (r"\bwks\b", "weeks"),
    (r"\bwk\b", "week"),
    (r"\bppl\b", "people"),
    (r"\bthru\b", "through"),
    (r"\bexp\b", "experience"),
    (r"\bdept\b", "department"),
    (r"\bgovt\b", "government"),
    (r"\bbiz\b", "business"),
    (r"\bcert\b", "certification"),
    (r"\b(?:um+|uh+)\b,?\s*", ""),
    (r",\s+like\s+", ", "),
    (r"\bfri/sat\b", "Fridays and Saturdays"),
    (r"\bsat/sun\b", "weekends"),
    (r"\bsq ft\b", "square feet"),
    (r"(?<=\w) \+ (?=\w)", " and "),
    (r"(?<=\w) @ (?=\w)", " at "),
    (r"\blol\b|:\(|:\)|\bugh\b", ""),
    (r"([!?])\1+", r"\1"),
    (r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]+\ufe0f?(?:\u200d\S)?\s*", "; "),  # emoji
    (r"\bi(?=\b|['’])", "I"),
    # phone notes drop the apostrophe: "asked what id do", "if im ok w/ on-call", "they r buying"
    (r"\b(what|how|where|when|if|that|said|think) id\b", r"\1 I'd"),
    (r"\bim\b", "I'm"),
    (r"\b(they|we|you) r\b", r"\1 are"),
]
# a month shortened after a preposition: "in jan" (alone, "Jan" may be a name)
_SHORT_MONTH = lazy_compile(
    r"\b(?P<pre>in|by|from|until|since|early|late|mid)[ -](?P<m>jan|feb|mar|apr|jun|jul|aug|"
    r"sept?|oct|nov|dec)\b(?!['’])",
    re.I,
)
_MONTHS_SPELLED = {m[:3]: m.capitalize() for m in MONTH_NAMES}


def expand_shorthand(text: str) -> str:
    """Notes shorthand spelled out: w/ -> with, abt -> about, i -> I, !! -> !."""
    text = text.replace("’", "'")
    for pattern, repl in _SHORTHAND:
        text = re.sub(pattern, repl, text)
    text = _SHORT_MONTH.sub(lambda m: f"{m['pre']} {_MONTHS_SPELLED[m['m'].lower()[:3]]}", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


_ABBREV = lazy_compile(
    rf"\b(?:{HON}|St|vs|e\.g|i\.e|N\.D|Ill|approx|Jr|Sr|incl|etc|approx|Asst|Assoc|Dept)\.$"
)


def split_sentences(text: str) -> list[str]:
    """Sentences, not split after Dr., Mr., e.g. and the like."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?]+(?=\s+[\"(A-Za-z0-9]|\s*$)", text):
        piece = text[start : m.end()]
        if _ABBREV.search(piece):
            continue
        if piece.strip():
            out.append(piece.strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


_BULLET = lazy_compile(r"^\s*(?:[-*•]\s+|[-*•](?=[^\W\d_])|\d+[.)]\s+)")  # "-spring backlog" too
_QA = lazy_compile(r"^\s*(?P<qa>Q|A)\s*[:.]\s*", re.I)
_LABEL_LINE = lazy_compile(
    r"^\s*[*_]*(?P<label>[A-Za-z][\w ()/'’,-]{0,30}?)[*_]*\s*:[*_]*(?:\s+(?P<rest>.*))?$"
)
_DASHED_SECTION = lazy_compile(
    r"^[*_]*(?P<label>[^\W\d_][\w ()/'’,]{0,30}?)[*_]*\s*(?:[—–]|--?)\s*$"
)
# a short line that only names a part of the notes, with no colon: "Private / do not release"
_BARE_SECTION = lazy_compile(
    r"^[*_]*(?P<label>[^\W\d_][\w ()/'’,&-]{0,40}?)[*_]*(?:\s*[!.]+|\s*\W{1,3})?\s*$"
)  # "PRIVATE !!", "Private 🔒"
_SECTION_KINDS = {
    "forgot": LineKind.FORGOT,
    "didn't say": LineKind.FORGOT,
    "esqueci": LineKind.FORGOT,  # Portuguese, Spanish, French, German: "I forgot"
    "olvidé": LineKind.FORGOT,
    "oublié": LineKind.FORGOT,
    "vergessen": LineKind.FORGOT,
    "private": LineKind.PRIVATE,
    "privé": LineKind.PRIVATE,
    "privado": LineKind.PRIVATE,
    "confidentiel": LineKind.PRIVATE,
    "pas pour": LineKind.PRIVATE,  # "PERSO (pas pour les mails !!)": not for the e-mails
    "personal": LineKind.PRIVATE,
    "not for mail": LineKind.PRIVATE,
    "not for the e": LineKind.PRIVATE,
    "confidential": LineKind.PRIVATE,
    "just for me": LineKind.PRIVATE,
    "asked": LineKind.QUESTION,  # "things she asked:", "what they asked"
    "questions": LineKind.QUESTION,
    "ask me": LineKind.QUESTION,  # "What he ask me:"
    "no compartir": LineKind.PRIVATE,
    "para mí": LineKind.PRIVATE,
    "para mim": LineKind.PRIVATE,
    "não partilhar": LineKind.PRIVATE,
    "não compartilhar": LineKind.PRIVATE,
    "nicht teilen": LineKind.PRIVATE,
    "privat": LineKind.PRIVATE,
    "vertraulich": LineKind.PRIVATE,
    "pessoal": LineKind.PRIVATE,
    "not to share": LineKind.PRIVATE,
    "don't share": LineKind.PRIVATE,
    "do not share": LineKind.PRIVATE,
    "for my eyes": LineKind.PRIVATE,
    "only me": LineKind.PRIVATE,
    " qs": LineKind.QUESTION,  # "GARY Qs"
    "next step": LineKind.NEXT_STEPS,
    "timeline": LineKind.NEXT_STEPS,
    "follow-up log": LineKind.LOGISTICS,
    "what i've sent": LineKind.LOGISTICS,
    "sent so far": LineKind.LOGISTICS,
    "actions taken": LineKind.LOGISTICS,
    "do not release": LineKind.PRIVATE,
    "not for them": LineKind.PRIVATE,
    "went well": LineKind.OTHER,
    "could have been better": LineKind.OTHER,
    "improve": LineKind.OTHER,
    "feedback": LineKind.OTHER,
}
_FACT_LABELS = {
    "company",
    "organization",
    "organisation",
    "employer",
    "role",
    "position",
    "job",
    "interviewer",
    "interviewers",
    "interviewer(s)",
    "with",
    "panel",
    "date",
    "interview date",
    "me",
    "my name",
    "candidate",
    "where",
    "for",
    "applied for",
    "met",
    "personnel met",
    "people met",
    "moi",
}


@dataclass
class _Unit:
    text: str
    section: LineKind | None
    person: str | None
    qa: str | None = None
    instruction: bool = False  # the line as typed reads as an instruction to a model
    scoped: bool = False  # "Topics — Helen: ..." names its person for this line only
    opens_block: bool = False  # the first unit after a blank line: a new paragraph or group


def classify_notes(text: str, people: list[Person], header_region: str = "") -> list[NoteLine]:
    """Every sentence of the notes, classified and tied to a person where it can be."""
    stamped = [bool(LOG_STAMP.match(ln)) for ln in text.splitlines()]
    if sum(stamped) >= 3:  # a log, each entry opened by its time ("1140  Bev: the rota"): the
        text = "\n".join(LOG_STAMP.sub("", ln) for ln in text.splitlines())  # entries alone
    units = _units(text, people)
    lines: list[NoteLine] = []
    current: str | None = people[0].name if len(people) == 1 else None
    single = people[0].name if len(people) == 1 else None
    for unit in units:
        before = current
        unit_start = len(lines)
        if unit.person is not None:
            current = unit.person
        elif unit.section is not None or unit.opens_block:
            # a new paragraph or bullet group is nobody's until it names someone: a line is
            # never given to a person merely named earlier in the file
            current = single
        for sentence in _exclaimed(_run_on(split_sentences(unit.text))):
            named = _named_person(sentence, people) or _met_person(sentence, people)
            if named is None and unit.person is None and unit.qa is None:
                named = _joined_person(sentence, people) or _only_person_named(sentence, people)
            if named is None and unit.qa is None:
                named = _met_someone_else(sentence, people)
            if named is not None:
                current = named
            whole = _classify(sentence, unit, people, current or single)
            rest = None
            if whole.kind is LineKind.PRIVATE and not unit.instruction:
                # "talked abt the WMS rollout - pay is 52k": the pay clause goes, not the line
                sentence, rest = _pay_clause_apart(sentence, unit, people, current or single)
                if rest is not None:
                    lines.append(NoteLine(rest, LineKind.PRIVATE, whole.about, raw=rest))
                    whole = _classify(sentence, unit, people, current or single)
            if unit.instruction or whole.kind in (LineKind.INSTRUCTION, LineKind.PRIVATE):
                kind = LineKind.INSTRUCTION if unit.instruction else whole.kind
                lines.append(NoteLine(whole.text, kind, whole.about, raw=sentence))
                continue
            clauses = _clauses(sentence)
            for clause in clauses:
                asked = bool(lines) and (
                    (lines[-1].kind is LineKind.QUESTION and lines[-1].about == current)
                    or (  # "guest recovery: asked about X. the wedding block at the Hyatt"
                        len(lines) > unit_start
                        and re.search(r"\basked\b", lines[-1].text) is not None
                    )
                )
                if len(clauses) > 1 and (named := _only_person_named(clause, people)):
                    current = named  # "..., and then her yard manager Pip Dawson came over"
                line = _classify(clause, unit, people, current or single, after_question=asked)
                if (
                    lines
                    and lines[-1].kind is LineKind.QUESTION
                    and line.phrase_kind is PhraseKind.TOPIC
                    and re.match(r"(?:talked|discussed)\b", line.text, re.I)
                    and not re.search(r"\byour\b", line.phrase or "")  # their AMR fleet
                ):
                    # "He asked how I'd X. Talked about Y." -- Y is the candidate's answer
                    line = NoteLine(
                        line.text, LineKind.CANDIDATE, line.about, line.phrase, PhraseKind.MINE
                    )
                if line.kind is LineKind.TOPIC and _UNSURE_STATEMENT.search(sentence):
                    # "they just won the Columbia account? or pitching it": not sure, not said
                    line = dataclasses.replace(line, phrase=None, phrase_kind=None)
                after_concern = (  # the concern's own run-on sentence goes on
                    len(lines) > unit_start
                    and lines[-1].kind is LineKind.CONCERN
                    and not lines[-1].raw.rstrip().endswith((".", "!", "?"))
                )
                if (
                    (whole.kind is LineKind.CONCERN or after_concern)
                    and line.kind is LineKind.TOPIC
                    and line.phrase_kind in (PhraseKind.PLAN, PhraseKind.SEEKING)
                ):
                    # "her concern: I only hold a C licence and they want a B licence holder":
                    # what they want is the doubt's measure, not a plan to admire
                    line = dataclasses.replace(line, phrase=None, phrase_kind=None)
                lines.append(dataclasses.replace(line, raw=clause))
        if unit.scoped:
            current = before
    return _forgot_addressed(_surest(lines), people)


def _pay_clause_apart(
    sentence: str, unit: _Unit, people: list[Person], person: str | None
) -> tuple[str, str | None]:
    """A private line whose privacy is pay, cut where its first private clause starts
    (workmoney.private_from): (the clauses before, the rest); (the line, None) when it goes
    whole. Only pay: privacy.py cuts a pay remark the same way, and keeps other remarks
    whole, so the two readers of the notes agree."""
    found = classify_sentence(" ".join(sentence.split()))
    figure = _CURRENCY_FIGURE.search(sentence) or _MONEY_K.search(sentence)
    if (found[0] is not Reason.PAY) if found else not figure:
        return sentence, None  # an opinion, health, or a pay word without a figure: whole
    at = private_from(
        sentence, lambda c: _classify(c, unit, people, person).kind is LineKind.PRIVATE
    )
    if not at:
        return sentence, None
    return sentence[:at].rstrip(" ,;-–—"), sentence[at:]


def _surest(lines: list[NoteLine]) -> list[NoteLine]:
    """A fallback phrase ('Accessibility: ...', 'Guest complaints.') only for a person whose
    lines give no surer topic (a question they asked is theirs too, but says what they asked
    the candidate, not what they raised): a note names what they plainly raised first."""
    sure = {
        ln.about
        for ln in lines
        if ln.phrase
        and not ln.fallback
        and ln.usable
        and ln.kind in (LineKind.TOPIC, LineKind.CONCERN)
        and ln.phrase_kind in (PhraseKind.TOPIC, PhraseKind.PLAN, PhraseKind.SEEKING)
    }
    out: list[NoteLine] = []
    for ln in lines:
        before = next((b for b in reversed(out) if b.usable), None)
        # "middle school is a different beast" after their concern: the concern's own words
        in_concern = (
            before is not None and before.kind is LineKind.CONCERN and before.about == ln.about
        )
        if ln.fallback and (ln.about in sure or in_concern):
            ln = dataclasses.replace(ln, kind=LineKind.OTHER, phrase=None, phrase_kind=None)
        out.append(ln)
    return out


def _exclaimed(sentences: list[str]) -> list[str]:
    """'attrition!!' then 'his biggest problem, ...': the exclamation names what the next
    words say of it, so the two are read as one sentence."""
    out: list[str] = []
    for sentence in sentences:
        if (
            out
            and re.fullmatch(r"[^\W\d_][\w'’ /&-]{1,40}!+", out[-1])
            and re.match(r"(?:his|her|their)\s", sentence, re.I)
        ):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


# a forgotten point marked for one person: "tell Tomás", "should have said to Hana when she
# asked", "put this in Clara's note", "should mention to beth since its water"
_FOR_PERSON = lazy_compile(
    r"\b(?:tell|told|to|for|in|mention to|say to|said to)\s+(?P<who>[^\W\d_][\w-]*)"
    r"(?:['’]s\s+(?:note|email|mail))?|"
    # "that answers PCL's concern", "it's the answer to Dale's question": whose point it meets
    r"\b(?P<whose>[^\W\d_][\w-]*)['’]s\s+(?:concern|question|worry|doubt)|"
    # "the live-traffic angle Holloway wanted", "which Courtney said half their patients need"
    r"\b(?P<wanted>[A-Z][\w-]*)\s+(?:wanted|said|mentioned|asked about|was worried)\b",
    re.I,
)


def _forgot_addressed(lines: list[NoteLine], people: list[Person]) -> list[NoteLine]:
    """The forgotten point goes to the person a nearby forgot line names."""
    out = list(lines)
    for i, ln in enumerate(out):
        if ln.kind is not LineKind.FORGOT:
            continue
        said = " ".join(  # the line and the remarks after it: "That answers PCL's concern."
            [ln.text]
            + [
                after.text
                for after in itertools.takewhile(  # "I'm a pilot ...", "that's what X wanted"
                    lambda after: after.kind in (LineKind.OTHER, LineKind.CANDIDATE),
                    out[i + 1 : i + 4],
                )
            ]
        )
        named = next(
            (
                hit
                for m in _FOR_PERSON.finditer(said)
                if (
                    hit := _match_person(
                        m.group("who") or m.group("whose") or m.group("wanted"), people
                    )
                )
                is not None
            ),
            None,
        )
        if named is None:
            continue
        for j in range(i, max(-1, i - 4), -1):  # this line or the points just before it
            if out[j].kind is not LineKind.FORGOT:
                break
            if out[j].about is None or j == i:  # the line that names them: over its section's
                out[j] = dataclasses.replace(out[j], about=named)
    return out


def _run_on(sentences: list[str]) -> list[str]:
    """Long spoken sentences cut into their thoughts, so one private aside ("the base is
    65 plus commission") does not hide the rest, and each thought is read on its own (where
    the privacy reader cuts them too)."""
    out = []
    for sentence in sentences:
        if len(sentence.split()) < RUN_ON_WORDS:
            out.append(sentence)
            continue
        out += [part.strip() for part in RUN_ON_BREAK.split(sentence) if part.strip()]
    return out


# a statement the candidate is not sure of: it ends in "?" without being a question, or says so
_UNSURE_STATEMENT = lazy_compile(
    r"^(?!\s*(?:how|what|why|when|where|who|which|whether|if|do|does|did|is|are|can|could|would|"
    r"will|should|tell)\b)(?!.*\basked\b).*\w\s*\?+\s*$|\b(?:not sure|I think|maybe|or something|"
    r"something like that|if I remember|IIRC)\b",
    re.I,
)
_CLAUSE_BREAK = lazy_compile(
    r",?\s+and\s+(?:then\s+|afterwards\s+|after that\s+|later\s+)?"
    r"(?=(?:he|she|they|I)\s+(?!(?:was|were|am|is)\b))|"
    # "..., and Sarah-Jane said she'd let me know": a named person's own clause
    r",\s+and\s+(?=(?-i:[A-Z])[\w’'-]+\s+(?:said|asked|told|mentioned|talked|wants|wanted)\b)|"
    r",\s+(?=(?:he|she|they|they're|they'll|he's|she's|asked|wants|cares)\b)|"
    r"\s+and\s+(?=(?:(?:he|she|they)\s+)?(?:asked|wants|said|cares|talked)\b)|;\s+|"
    r"\s+[-–—]\s+",
    re.I,
)


def _clauses(sentence: str) -> list[str]:
    """Shorthand packs clauses into one line ('pairing on a dbt model, he cares about
    testing, asked how I'd catch schema drift'); each is read on its own."""
    if len(sentence.split()) < 6:
        return [sentence]
    parts = [p.strip() for p in _CLAUSE_BREAK.split(sentence) if p.strip()]
    return whole_subjects(parts) or [sentence]  # compoundsubject.py: "Jonah and I talked"


def _units(text: str, people: list[Person]) -> list[_Unit]:
    """Bullets with their wrapped lines, prose sentences, Q/A turns; headings set context."""
    units: list[_Unit] = []
    section: LineKind | None = None
    person: str | None = None
    for block in re.split(r"\n[ \t]*\n", text):
        block_start = len(units)
        opening = block.strip().split("\n", 1)[0].strip()
        opener = _known(_OPENS_WITH.match(opening), people) if opening else None
        if opener is not None and opener != person:
            person = None  # "Becky - all about learning" after Matron's part: no longer hers
        current: list[str] = []
        current_qa: str | None = None

        previous_indented = False
        in_instruction = False
        listed = 0  # person lines in a row: two or more are a list of the people met
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            if listed >= 2 and _header_person(line, people) is None:
                _flush(units, current, section, person, current_qa)  # what the last one said
                person = None  # after "Mr A, title / Ms B, title": nobody's part yet
            listed = listed if _header_person(line, people) is not None else 0
            indented = raw[:1] in (" ", "\t")
            if (
                (previous_indented and not indented)
                or _NEW_MEETING.match(line)
                or (current and _ENDS_THOUGHT.search(current[-1]))
                or (current and _opens_new_thought(current[-1], line))
                or is_private_placeholder(line)  # a removed private line stands alone
                or (current and is_private_placeholder(current[-1]))
                or (
                    current
                    and not current[-1].rstrip().endswith((",", "and"))
                    and _known(_OPENS_WITH.match(line), people)
                )  # "amara asked about ..." after the long opening line: her own thought
            ):
                _flush(units, current, section, person, current_qa)
            previous_indented = indented and bool(current)
            heading = re.match(r"^#{1,6}\s*(?P<title>.+)$", line) or re.match(
                r"^={2,}\s*(?P<title>.+?)\s*={2,}$",
                line,  # "== Dr Rahul Sethi (Clinical Director) =="
            )
            if heading:
                _flush(units, current, section, person, current_qa)
                title = heading.group("title").strip()
                section = _section_kind(title)
                who = _header_person(title, people)
                person = who
                continue
            per_person = _PER_PERSON_LABEL.match(line)
            if per_person and _match_person(per_person.group("who"), people):
                # "Topics — Helen: apportionment; staffing", "Questions (Victor): ..."
                _flush(units, current, section, person, current_qa)
                who = _match_person(per_person.group("who"), people)
                if re.fullmatch(r"(?i:q|question)\s*\d*\s*", per_person.group("label")):
                    # "Q (Ferreira): ...": their question, and the answer after it, are theirs
                    person, current_qa = who, "Q"
                    current.append(per_person.group("rest"))
                    continue
                kind = _section_kind(per_person.group("label"))
                if re.match(r"(?i:concerns?|worry|worries|doubts?)\s*$", per_person.group("label")):
                    kind = LineKind.CONCERN  # "Concern (Lee): I have not led a team"
                units.append(_Unit(per_person.group("rest"), kind, who, "-", scoped=True))
                continue
            who = _header_person(line, people)
            if who is not None:
                _flush(units, current, section, person, current_qa)
                listed = listed + 1 if not _after_header(line) or listed else 1
                person = who
                asked_head = re.search(r"\b(?:asked\s*:|(?i:qs|questions)\s*:?)\s*$", line)
                section = LineKind.QUESTION if asked_head else None
                rest = _without_title(_after_header(panel_entry(line, people) or line), who, people)
                if rest:
                    current.append(rest)
                continue
            label = _LABEL_LINE.match(line)
            dashed = _DASHED_SECTION.match(line)  # "private —", "Not for the email -"
            bare = _BARE_SECTION.match(line)  # "Private / do not release", "Actions taken"
            if bare and _section_kind(bare.group("label")) in (
                LineKind.PRIVATE,
                LineKind.LOGISTICS,
            ):
                dashed = bare
            if dashed and _section_kind(dashed.group("label")) is not None:
                _flush(units, current, section, person, current_qa)
                section = _section_kind(dashed.group("label"))
                continue
            if (
                label
                and _section_kind(label.group("label")) is not None
                and not label.group("rest")
            ):
                _flush(units, current, section, person, current_qa)
                section = _section_kind(label.group("label"))
                continue
            if INSTRUCTION.search(line) or (in_instruction and not _BULLET.match(line)):
                # an injected instruction runs on until the paragraph ends, a bullet starts,
                # or a reopened <notes> tag
                _flush(units, current, section, person, current_qa)
                units.append(_Unit(line, section, person, instruction=True))
                in_instruction = not re.search(r"^<notes>$", line.strip(), re.I)
                continue
            in_instruction = False
            qa = _QA.match(line) or _QA.match(_BULLET.sub("", line))  # "- Q: ..." too
            if label and label.group("label").lower().strip() in _FACT_LABELS:
                _flush(units, current, section, person, current_qa)
                units.append(_Unit(line, section, person))
                continue
            if _BULLET.match(line) or qa or (label and not raw.startswith((" ", "\t"))):
                _flush(units, current, section, person, current_qa)
                current_qa = (
                    qa.group("qa").upper() if qa else ("-" if _BULLET.match(line) else None)
                )
                line = _BULLET.sub("", line)
                line = _QA.sub("", line)
            current.append(line)
        _flush(units, current, section, person, current_qa)
        if len(units) > block_start:
            units[block_start].opens_block = True
        if listed >= 2:
            person = None
        if section in (LineKind.FORGOT, LineKind.NEXT_STEPS) and not text.startswith("#"):
            pass
    return units


# a label that names whose part follows: "Topics — Helen: ...", "Questions (Victor): ..."
_PER_PERSON_LABEL = lazy_compile(
    r"^[-*•]?\s*(?P<label>[A-Za-z][\w ]{1,25}?)\s*(?:[—–]|--|\s-\s|\(|\bfrom\b|\bwith\b)\s*"
    rf"{HON_PREFIX}?"  # "Q (Ms. Calder): ..."
    r"(?P<who>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)"
    r"(?:,[^():\n]{1,40}(?=\)))?"  # "Q (Anneliese Fuchs, GM): ...": the title after the name
    r"\)?\s*:\s*(?P<rest>\S.*)$"
)

# A short line with no end mark is a thought of its own in phone notes ("jordan asked about
# my portfolio" then "kim cares about accessibility"), not a wrapped line of prose; so is a
# labelled header line of any length ("Interview: 2026-11-10 with Owen Fraser (Docs Lead)").
_ENDS_THOUGHT = lazy_compile(
    r"^(?:(?=.{1,50}$)|(?i:interview|interviewers?|company|role|position|date|candidate)\s*:).*[^,&+/\s](?<!\band)(?<!\babout)(?<!\bwith)(?<!\bw/)(?<!\bthe)$"
)

# A line of any length ends a thought when the next one opens a clause of its own ("she's
# worried I haven't used X", "asked about Y", "he said ...") and the line does not break off
# in mid-phrase ("..., and", "... the", "... about"): a phone paste puts one thought on a line
# however long, where wrapped prose breaks anywhere.
_OPENS_CLAUSE = lazy_compile(
    r"^(?:(?:she|he|they|we|i)(?:['’](?:s|re|ve|d|ll|m))?\s+[a-z]|"
    r"(?:asked|asks|wants|wanted|worried|concerned|said|says|told|talked|mentioned|likes|liked|"
    r"cares|forgot|explained|showed|described)\b)",
    re.I,
)
_BREAKS_OFF = lazy_compile(
    r"(?:[,&+/(:;-]|\b(?:and|or|but|then|the|a|an|of|to|with|about|that|which|who|her|his|"
    r"their|my|our|your|its|in|on|at|for|from|by|think|thought|because|so|when|while|if|as|"
    r"like|than|is|was|were|are|be|said|says|how|what|why|where|whether))\s*$",
    re.I,
)


def _opens_new_thought(previous: str, line: str) -> bool:
    """Whether `line` starts a thought of its own after `previous` (see _OPENS_CLAUSE)."""
    return _OPENS_CLAUSE.match(line) is not None and _BREAKS_OFF.search(previous) is None


# a line that starts a new meeting ("3pm w/ Tom Reyes (CTO) - ...") starts a new unit
_NEW_MEETING = lazy_compile(
    r"^(?:(?i:\d{1,2}(?::\d\d)?\s*(?:am|pm)|day \d+|then)\b|.{0,30}\b(?:w/|with)\s+[A-Z])"
)


def _flush(
    units: list[_Unit],
    current: list[str],
    section: LineKind | None,
    person: str | None,
    qa: str | None,
) -> None:
    """End the unit being collected."""
    if current:
        units.append(_Unit(" ".join(current), section, person, qa))
        current.clear()


def _section_kind(title: str) -> LineKind | None:
    if marks_private(title):  # the privacy reader's marks: "notes to self, NOT for anyone"
        return LineKind.PRIVATE
    low = title.lower()
    return next((kind for key, kind in _SECTION_KINDS.items() if key in low), None)


def _header_person(line: str, people: list[Person]) -> str | None:
    """'Kessler:', 'hana:', '## Priya Raman (Director)', 'Elena Varga (CEO)', 'Dr. Moreno: ...',
    'Martin Cole -- was late', 'then 45 min with Theo Park (lead tools)'."""
    text = re.sub(r"[!?]+$", "", line.strip())  # "PHIL!!"
    text = ENTRY_PREFIX.sub("", text).lstrip("#").strip()  # "#1 Dr. A B", "ITEM 2  A B - X"
    text = panel_entry(text, people) or text  # panelblocks.py: "Interviewer 2: Ana Ruiz, Lead"
    text = re.sub(r"^\d{1,2}[.)]\s+(?=\D)", "", text)  # "### 1. Olivia Chen — Design Lead"
    text = re.sub(r"^(?:1:1|1-on-1|(?i:one[- ]on[- ]one))\s*(?::|[-–—])\s*", "", text)  # "1:1 — "
    # a numbered part of the day before the person: "block 1: Ana Ruiz, Lead", "Round 2 — Ana"
    text = re.sub(
        r"^(?i:block|round|part|session|interview|stage|step)\s*\d+\s*(?::|[-–—])\s*", "", text
    )
    if re.match(r"^(?i:chef|coach)\s+\w+\s*(?::|$)", text):  # "Chef Dana:", as they are called
        text = text.split(None, 1)[1]
    part = re.match(r"^[^():]{1,50}\((?P<who>[^),]+)[^)]*\)\s*:\s*$", text) or re.match(
        r"^(?![-*•\d])[^():.,;!?]{2,40}\((?P<who>[^),]+)[^)]*\)\s*$", text
    )  # or a heading with no colon: "Delivering at Pace (Sandhu)", "Strengths (Kemp)"
    if part is None:  # "GARY Qs", "beth stuff", "Dev's questions:": whose part follows
        part = re.match(
            r"^(?P<who>[^\W\d_][\w-]*)(?:['’]s)?\s+(?i:qs|questions|stuff|notes|part|section|"
            r"bit|round|interview|panel)\s*:?\s*$",
            text,
        )
    if part:
        # a part of the day headed by who ran it: "SIM (Silva):", "PANEL (Ortiz, Lee sat in):"
        named = re.sub(rf"^{HON_PREFIX}", "", part.group("who").strip(), flags=re.I)
        if hit := _match_person(named, people):
            return hit
    if by_title := _titled_part(text, people):  # "Matron - clinical + scenarios"
        return by_title
    for p in people:  # "Tom Whitfield, board chair. First names." opens Tom's part
        full = re.sub(r"['’]", "['’]", re.escape(p.name))  # either apostrophe
        if re.match(rf"^{HON_PREFIX}?{full}\s*(?:,|\(|[-–—:])", text):
            return p.name
    m = re.match(
        rf"^(?:then\s+[^,]*?\b(?:with|w/)\s+|met\s+|then\s+)?(?P<who>{HON_PREFIX}?"
        r"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)\s*(?:\([^)]*\))?\s*(?:asked)?\s*"
        r"(?::|--|[—–]|$)",
        text,
    )
    if not m:
        m = re.match(r"^(?:then\s+)?.*?\b(?:with|w/)\s+(?P<who>[^(,]+?)\s*\(", text)
        if not m or not text.lower().startswith(("then", "pairing", "portfolio", "lunch")):
            if not re.match(r"^(?:pairing|portfolio|then|lunch|tour)\b", text, re.I):
                return None
            m = re.search(r"\b(?:with|w/)\s+(?P<who>[^(,.]+?)\s*(?:\(|\.|,|$)", text)
            if not m:
                return None
    who = re.sub(rf"^{HON_PREFIX}", "", m.group("who").strip(), flags=re.I)
    return _match_person(who, people)


_PART_TITLE = lazy_compile(r"^(?P<title>[A-Za-z][\w &/'’-]{2,40}?)\s*(?:[-–—:]|\s-\s|$)")


def _titled_part(text: str, people: list[Person]) -> str | None:
    """A part of the notes headed by the title of the one person who holds it ("Matron -
    clinical + scenarios" under "Mrs A. Okafor - Matron, Birth Centre"), or None."""
    m = _PART_TITLE.match(text)
    if m is None:
        return None
    said = m.group("title").strip().lower()
    holders = [
        p.name
        for p in people
        if p.title and re.split(r"\s*[,(;]\s*", p.title)[0].strip().lower() == said
    ]
    return holders[0] if len(holders) == 1 else None


def _after_header(line: str) -> str:
    # the person and their title end at the first ':', dash, or full stop: "Gary Lindqvist -
    # training director, ex-foreman. asked why ...", "Prof. Ada Okafor (chair). Talked ...";
    # a title in brackets ends at the dash after it: "Tasha Greene (Leasing Lead) - reviews ..."
    m = re.match(
        rf"^(?:\d+[.)]\s*)?(?:(?:{HON})\.\s+)?[^.:—–(]*?(?:\([^)]*\)\s*)*(?:asked)?\s*"
        r"(?::|--|[—–]|(?<=\)\s)-\s|\.(?=\s|$)|\s-\s[^.:]*?\.(?=\s|$)|"
        # "Mrs Katie Lam, practice mgr - asked how I calm ...": a dash, then what they did
        r"\s-\s(?=(?:asked|wanted|said|talked|told|showed|mentioned|explained|went)\b))"
        r"\s*(?P<rest>.*)$",
        line,
    )
    if not m:
        return ""
    rest = m.group("rest").strip()
    if rest.lower().startswith(("pairing", "whiteboard")):
        return rest
    return rest


def _without_title(rest: str, who: str, people: list[Person]) -> str:
    """What follows a person on their line, without their own title ("beth sorensen - senior
    hydrogeologist, she leads the groundwater team" goes on with "she leads ...")."""
    title = next((p.title for p in people if p.name == who and p.title), None)
    if title and rest.lower().startswith(title.lower()):
        return rest[len(title) :].lstrip(" ,;.-—–")
    return rest


def _cut_surname(text: str, name: str) -> bool:
    """'ciarán o'd' for Ciarán O'Donoghue, 'tom w.' for Tom Witherspoon: the first name, then
    the surname cut short (the lower-cased text)."""
    words, parts = text.split(), name.lower().replace("’", "'").split()
    if len(words) != 2 or len(parts) < 2 or words[0] != parts[0]:
        return False
    cut = words[1].rstrip(".")
    return 0 < len(cut) < len(parts[-1]) and parts[-1].startswith(cut)


def _match_person(text: str, people: list[Person]) -> str | None:
    low = text.lower().replace("’", "'").strip()
    if not low:
        return None
    for p in people:
        parts = p.name.lower().replace("’", "'").split()
        if low == p.name.lower().replace("’", "'") or low in parts:
            return p.name
        if low in (a.lower() for a in p.aliases):  # "Flick:" heads Felicity Armstrong's part
            return p.name
    hits = [p.name for p in people if initials_match(text, p.name) or _cut_surname(low, p.name)]
    if not hits and (bare := address_off(low)) != low:  # "YOSHIDA-SAN", "chị Hoa"
        return _match_person(bare, people)
    return hits[0] if len(hits) == 1 else None


_WHO = rf"{HON_PREFIX}?(?P<who>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)"
_MET_WITH = lazy_compile(rf"\b(?:with|w/)\s+{_WHO}")
_OPENS_WITH = lazy_compile(rf"^{_WHO}")


# prose that hands the conversation to someone: "Thereafter Prof. Lüdke joined.", "Then Sam
# came in", "the last part was with Mr. Meier" (after "with", _met_person reads it)
_MONTH_DAY_STEMS = frozenset(w[:3] for w in [*MONTH_NAMES, *WEEKDAYS])
_JOINED = lazy_compile(
    r"\b(?:joined|came in|took over|arrived|stepped in|sat down|jumped on|dropped in)\b", re.I
)


def _joined_person(sentence: str, people: list[Person]) -> str | None:
    """The one person a prose sentence says joined the conversation, or None."""
    return _only_person_named(sentence, people) if _JOINED.search(sentence) else None


def mentions_name(text: str, name: str) -> bool:
    """Whether the text names the person by a word of their name (of three letters or more)."""
    return any(
        len(part) > 2 and re.search(rf"(?<![\w’'-]){re.escape(part)}(?![\w’'-])", text)
        for part in name.split()
    )


def _only_person_named(sentence: str, people: list[Person]) -> str | None:
    """The one known person a prose sentence names anywhere ("the guy Raj Patel was really
    nice", "then Gwen Lloyd-Price joined"): what follows in the paragraph is theirs."""
    label = _LEADING_LABEL.match(sentence)
    if label and re.sub(r"\s*\d+$", "", label.group("label").lower()) in _FACT_LABELS:
        return None  # "Interviewer 2: Omar Said" lists a person; it opens no one's part
    named = {p.name for p in people if mentions_name(sentence, p.name)}
    return named.pop() if len(named) == 1 else None


# "also met Tyler (design manager) briefly": someone the notes do not list as a person met
_MET_SOMEONE = lazy_compile(
    rf"\bmet(?:\s+with)?\s+{HON_PREFIX}?(?P<who>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
    r"\s*(?:\(|,|\s+(?:from|briefly|who|too|as well)\b)"
)


def _met_someone_else(sentence: str, people: list[Person]) -> str | None:
    """The name of someone else the candidate met ("also met Tyler (design manager)"): what
    follows ("he asked about diary studies") is theirs, not the last person listed's."""
    m = _MET_SOMEONE.search(sentence)
    if m is None or _known(m, people) is not None:
        return None
    who = m.group("who")
    first = who.split()[0].lower()
    if first in COMMON_WORDS or first in NOT_NAMES or first[:3] in _MONTH_DAY_STEMS:
        return None
    return who


def _met_person(sentence: str, people: list[Person]) -> str | None:
    """The person a line says the candidate met ('onsite w/ Victor Adeyemi (manager)')."""
    return _known(_MET_WITH.search(sentence), people)


def _named_person(sentence: str, people: list[Person]) -> str | None:
    """The interviewer a sentence opens with ('Marcus asked ...', 'Dr. Moreno: ...'), also
    after a label ('Panel concern: Mrs Pryce noted ...')."""
    if hit := _known(_OPENS_WITH.match(sentence), people):
        return hit
    label = _LEADING_LABEL.match(sentence)
    if label is None or re.sub(r"\s*\d+$", "", label.group("label").lower()) in _FACT_LABELS:
        return None  # "Interviewer 2: Omar Said" lists a person; it opens no one's part
    return _known(_OPENS_WITH.match(sentence[label.end() :]), people)


_LEADING_LABEL = lazy_compile(r"^(?P<label>[A-Za-z][\w ]{0,25}):\s+(?=\S)")


def _known(m: re.Match[str] | None, people: list[Person]) -> str | None:
    """The known person whose name (two words or one) the match captured."""
    if m is None:
        return None
    words = [re.sub(r"['’]s$", "", w) for w in m.group("who").split()]  # "Fenella's worry:"
    for n in (2, 1):
        if len(words) >= n and (hit := _match_person(" ".join(words[:n]), people)):
            return hit
    return None


_SUBJ_PERSON = rf"(?:he|she|they|{HON_PREFIX}[A-Z][\w’'-]+|[A-Z][\w’'-]+)"
_TEAM = (
    r"(?:they|the team|the firm|the company|the studio|the branch|the store|the lab|"
    r"the city|the unit|the board|the school|the hospital|the clinic|the museum|the station|"
    r"the restaurant|the plant|the district|the library|the university|the office|the agency|"
    r"the foundation|the bank|the practice|the department)"
)
_ING_BASE = {
    "moving": "move",
    "migrating": "migrate",
    "rolling": "roll",
    "launching": "launch",
    "starting": "start",
    "building": "build",
    "adding": "add",
    "expanding": "expand",
    "opening": "open",
    "bidding": "bid",
    "rebuilding": "rebuild",
    "digitizing": "digitize",
    "hiring": "hire",
    "planning": "plan",
    "growing": "grow",
    "publishing": "publish",
    "creating": "create",
    "running": "run",
    "doing": "do",
    "introducing": "introduce",
    "developing": "develop",
    "exploring": "explore",
    "switching": "switch",
    "transitioning": "transition",
    "adopting": "adopt",
    "overhauling": "overhaul",
    "presenting": "present",
    "speaking": "speak",
    "recruiting": "recruit",
    "piloting": "pilot",
    "redesigning": "redesign",
    "replacing": "replace",
    "upgrading": "upgrade",
    "redoing": "redo",
    "reworking": "rework",
    "revamping": "revamp",
    "refreshing": "refresh",
    "consolidating": "consolidate",
    "modernizing": "modernize",
    "modernising": "modernise",
    "automating": "automate",
    "centralizing": "centralize",
    "centralising": "centralise",
    "restructuring": "restructure",
    "merging": "merge",
    "relaunching": "relaunch",
    "standardizing": "standardize",
    "standardising": "standardise",
    "implementing": "implement",
    "trialling": "trial",
    "trialing": "trial",
    "testing": "test",
    "entering": "enter",
    "setting": "set",
}
_NOT_PLAN_VERBS = {"be", "have", "know", "see", "hear", "talk", "ask", "get", "make", "do"}
_PRESENT_BASE = {
    "publish": "publish",
    "run": "run",
    "use": "use",
    "process": "process",
    "do": "do",
}


def _classify(
    sentence: str,
    unit: _Unit,
    people: list[Person],
    person: str | None,
    *,
    after_question: bool = False,
) -> NoteLine:
    text = expand_shorthand(re.sub(r"\*\*|__", "", sentence))  # Markdown bold is no word
    text = re.sub(r"^notes? to self\s*:\s*", "", text, flags=re.I)
    for p in people:  # restore the case of names typed in lower case
        for part in p.name.split():
            # not a letter of a word ("I'm" is no initial "M", of "Luis M.")
            text = re.sub(rf"(?<![\w'’-]){re.escape(part.lower())}(?![\w'’-])", part, text)
            # "Tomasz he ask me ...": a name then its pronoun is one subject
            text = re.sub(rf"^({re.escape(part)})\s+(?:he|she|they)\s+(?=[a-z])", r"\1 ", text)
        # "jess: open rates tanked": the name before the colon only says whose line it is
        speaker = rf"^{HON_PREFIX}?(?:{'|'.join(re.escape(w) for w in p.name.split())})"
        # ... or an equals sign or a dash: "Paula = permitting backlog + crew scheduling"
        unlabelled = re.sub(speaker + r"(?:\s+[A-Z][\w’'-]+)?\s*(?::|=|\s[-–—])\s+(?=\S)", "", text)
        if unlabelled != text and p.title and unlabelled.lower().startswith(p.title.lower()):
            # "beth sorensen - senior hydrogeologist, she leads ...": their title is no topic
            unlabelled = unlabelled[len(p.title) :].lstrip(" ,;.-—–")
        text = unlabelled
    typed_lower = sentence[:1].islower() or re.search(r"(?:^|\s)i(?:\s|'|’)", sentence) is not None
    low = text.lower()
    if any(p.title and low.strip(" .,;") == p.title.lower() for p in people):
        return NoteLine(text, LineKind.OTHER, person)  # "senior hydrogeologist": a title
    kind: LineKind
    if INSTRUCTION.search(text):
        return NoteLine(text, LineKind.INSTRUCTION)
    # "$27/hr?", "£78k", "offered 85k" are pay; "saved $4/unit" is the work's (workmoney.py)
    money = bool(
        (_CURRENCY_FIGURE.search(text) or (_MONEY_K.search(text) and _MONEY_CONTEXT.search(text)))
        and not work_money(text)
    )
    if (
        unit.section is LineKind.PRIVATE
        or money
        or _PRIVATE_MARK.search(text)
        or any(private_health_word(text, m) for m in _PRIVATE_WORDS.finditer(text))
    ):
        return NoteLine(text, LineKind.PRIVATE, person)
    label = _LABEL_LINE.match(text)
    if label and label.group("label").lower().strip() in _FACT_LABELS:
        return NoteLine(text, LineKind.LOGISTICS)
    if _LOG.search(text) or _DEADLINE.search(text):
        return NoteLine(text, LineKind.LOGISTICS)  # a log, or "test page due 30 nov": no topic
    if (label and _NEWS_LABEL.fullmatch(label.group("label").strip())) or _ANNOUNCED.search(text):
        # "News: they won the X contract (announced 24 Nov)": the company's news since the
        # talk, nobody's topic; a check-in may congratulate them on it
        return NoteLine(text, LineKind.OUTCOME)
    if _URL.search(text):
        return NoteLine(text, LineKind.SHARE, person)
    if unit.section is LineKind.FORGOT or _FORGOT.search(text):
        phrase = _forgot_phrase(text)
        return NoteLine(
            text, LineKind.FORGOT, person, phrase, PhraseKind.CLAUSE if phrase else None
        )
    if fav := _FAVOURITE.search(text):  # "she said the academy is her favorite thing"
        phrase = _checked(_trim(fav.group("x")), PhraseKind.TOPIC)
        if phrase:
            return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC)
    if _OUTCOME.search(text) and not re.match(r"(?:q|a)\b", low):
        return NoteLine(text, LineKind.OUTCOME, person)
    if _INTENT.search(text):
        return NoteLine(text, LineKind.INTENT, person)
    numbered_q = re.match(
        r"(?:[\w -]{0,20}\b(?:Q\d*|question)\s*:\s*)?[\"“']?"
        r"(?P<q>(?:how|what|why|tell (?:me|us)|describe)\b[^?\"”]*)(?:\?|[\"”]\s*(?:->|→|$))",
        text,
        re.I,
    )
    if numbered_q and unit.qa in (None, "-"):
        phrase = _question_from_q(numbered_q.group("q"))
        return NoteLine(
            text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION if phrase else None
        )
    label_q = re.match(r"(?i:[\w -]{0,20}\b(?:Q\d*|questions?)\s*:\s*)(?P<q>.+)", text)
    if label_q:  # "questions : how do I X, what do I do when Y": the first one asked
        label_q = re.match(
            r"(?P<q>.+?)(?:,\s+(?=(?i:what|how|why|when|where|which)\b)|$)", label_q["q"]
        )
    if label_q and (phrase := _question_from_q(label_q.group("q"))):
        return NoteLine(text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION)
    asked = re.match(rf"(?:(?:he|she|they|{_SUBJ_PERSON})\s+)?asked\b", text)
    if unit.section is LineKind.NEXT_STEPS or (_NEXT.search(text) and not asked):
        return NoteLine(text, LineKind.NEXT_STEPS, person)
    if _CONCERN.search(text):
        # "he pushed on offline/online metric mismatch": what they probed is a topic too
        probed = re.search(r"\bpushed (?:me |hard )?on\s+(?P<x>[^,;]+)", text, re.I)
        phrase = _checked(_trim(probed.group("x")), PhraseKind.TOPIC) if probed else None
        return NoteLine(
            text, LineKind.CONCERN, person, phrase, PhraseKind.TOPIC if phrase else None
        )
    if re.match(r"tell me about\b", text, re.I) and unit.qa != "A":
        # "tell me abt a time you disagreed with X": their question, in the candidate's words
        phrase = _question_from_q(text)
        return NoteLine(
            text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION if phrase else None
        )
    if unit.qa == "Q" or (unit.section is LineKind.QUESTION and not _BULLET.match(text)):
        if unit.qa != "Q" and not _question_from_q(text):
            pass
        elif unit.qa != "Q":
            phrase = _question_from_q(text)
            return NoteLine(text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION)
    if unit.qa == "Q":
        phrase = _question_from_q(text) or _asked_subject(text)
        return NoteLine(
            text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION if phrase else None
        )
    asked = re.match(r"(?:I\s+)?asked (?:about|after) (?P<x>.+)", text, re.I)
    if unit.qa == "A" and asked:  # the candidate's own question: what they talked about
        phrase = _checked(_trim(asked.group("x")), PhraseKind.TOPIC)
        return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC if phrase else None)
    if unit.qa == "A" and not re.match(r"(?:she|he|they)\b", text, re.I):
        return NoteLine(text, LineKind.CANDIDATE, person)
    if unit.section is LineKind.QUESTION:
        phrase = _question_from_q(text)
        if phrase:
            return NoteLine(text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION)
        if unit.qa == "-" and re.fullmatch(r"[^?]{2,60}\?", text.strip()):
            # "EPA 608?" then "universal, yes": asked, then answered; the bare words are too
            # little to say ("biggest win?", "remote?"), so the line only marks the question
            return NoteLine(text, LineKind.QUESTION, person)
        if unit.qa == "-" and not after_question and (phrase := _asked_subject(text)):
            # "Questions asked: 1. Immunizations - I'm certified", "- my experience with
            # Incoterms — I explain him ...": what they asked about, then the answer
            return NoteLine(text, LineKind.QUESTION, person, phrase, PhraseKind.QUESTION)
    elif unit.section is not None:
        return NoteLine(text, unit.section, person)
    if _MINE_MARK.search(text):  # "my answer: weekly one-on-ones", "coaching first (me)"
        return NoteLine(text, LineKind.CANDIDATE, person)
    if m := _SHOWED_MINE.match(text):
        # a bullet with the "I" left out: "walked through my learning-to-rank rebuild: ..."
        phrase = _checked(_trim(m.group("x")), PhraseKind.MINE)
        if phrase:
            return NoteLine(text, LineKind.CANDIDATE, person, phrase, PhraseKind.MINE)
    if (m := _TOPIC_IS_THEIRS.match(text)) and (
        phrase := _checked(_trim(m.group("x")), PhraseKind.TOPIC)
    ):
        return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC)
    if (m := _TOPIC_LABEL.match(text)) and person:
        # "her priority: guest reviews slipped", "his big thing: seniors' tech help"
        words = re.split(r"[,;(]|\s[—–-]\s", m.group("x"))[0].split()
        verb = next((i for i, w in enumerate(words) if i and _FINITE_VERB.fullmatch(w)), None)
        # the subject of a clause is the topic: "guest reviews slipped to 4.1" -> "guest reviews"
        phrase = _checked(_trim(" ".join(words[:verb])), PhraseKind.TOPIC)
        if phrase:
            return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC)
    if unit.person and (m := _THEY_MENTIONED.match(text)):
        # "- mentioned the new e-prescribing go-live in April" under their name: a subject
        # they raised (the candidate's own words say "I": "I mentioned my ...")
        phrase = _checked(_trim(m.group("x")), PhraseKind.TOPIC)
        if phrase:
            return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC)
    first: NoteLine | None = None
    for kind, pattern, pkind in _PATTERNS:
        m = pattern.search(text)
        if m:
            phrase = _phrase(m.groupdict().get("x"), pkind, m, typed_lower)
            about = _about(m, people, person)
            subject = (m.groupdict().get("s") or "").lower()
            if (
                pkind is PhraseKind.TOPIC
                and subject in ("", "we")
                and phrase
                and re.search(r"\b(?:I|my)\b", phrase)
            ):
                kind, pkind = LineKind.CANDIDATE, PhraseKind.MINE
            if (
                after_question
                and kind is LineKind.TOPIC
                and not subject
                and re.match(r"(?:wants?|wanted|needs?|needed|hopes?|hoped|likes?|liked)\b", text)
            ):
                # "Why independent vs chain? - wanted more time with patients": the answer
                return NoteLine(text, LineKind.CANDIDATE, about)
            stored = PhraseKind.TOPIC if pkind in (PhraseKind.LEADING, PhraseKind.WON) else pkind
            line = NoteLine(text, kind, about, phrase, stored if phrase else None)
            if phrase:
                return line
            first = first or line
    if first is not None:
        return first
    if (said := _said_about(text, people, person, bullet=unit.qa == "-")) is not None:
        return said
    if re.match(r"^(?:I|I'm|I've|I'd|My)\b", text):
        return NoteLine(text, LineKind.CANDIDATE, person)
    if unit.qa == "-" and (
        _SPOKEN_VERB.match(text) or re.search(r"\b(?:my|I)\b", _trim(text).split(",")[0])
    ):  # "- gave the example of X", "- the rollout at my last job": the candidate's
        return NoteLine(text, LineKind.CANDIDATE, person)
    listed = re.match(r"^[A-Za-z][\w -]{2,20}:\s+(?P<x>[^,;]+)[,;]", text)
    if unit.qa == "-" and person and (phrase := _bare_topic(text)):
        if after_question:  # "- asked how I'd coach" then "- coaching first": the answer
            return NoteLine(text, LineKind.CANDIDATE, person)
        # terse bullets under a person ("- capital allocation; fleet renewal vs dividend");
        # one typed as a sentence ("- Guest complaints.") is read with less certainty, and a
        # label so typed gives way to the list after it ("House style: clean vector linework,")
        typed_as_sentence = text[:1].isupper() and phrase[:1].islower()
        if not (typed_as_sentence and listed and _bare_topic(listed.group("x"))):
            return NoteLine(
                text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC, fallback=typed_as_sentence
            )
    if person and listed and (phrase := _bare_topic(listed.group("x"))):
        # "Big-picture: the new biomanufacturing building, shared instrumentation core, ..."
        typed_as_sentence = listed.group("x")[:1].isupper() and phrase[:1].islower()
        return NoteLine(
            text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC, fallback=typed_as_sentence
        )
    if person and (phrase := _label_topic(text)):
        # "Accessibility: the old centres are hard for guests ...": the label is the subject
        return NoteLine(text, LineKind.TOPIC, person, phrase, PhraseKind.TOPIC, fallback=True)
    return NoteLine(text, LineKind.OTHER, person)


# what they said of a thing, and the thing is their subject: "he says the night shifts are
# quiet", "she said the referral backlog is growing"; under their name, a bullet that only
# says it: "Revit standards are a mess"
_SAID_ABOUT = lazy_compile(
    r"^(?:(?P<who>(?i:he|she|they)|[A-Z][\w'’-]+)\s+(?:said|says|mentioned|told me)\s+"
    r"(?:that\s+)?)?"
    r"(?P<x>(?i:the|their|his|her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}|"
    r"[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){1,3})"
    r"\s+(?:is|are|was|were)\s+(?!(?:in|at|on|from|with|out|off|away|here|there)\b|[A-Z])\S"
)
# a subject too general to be what a conversation was about ("the team is small")
_GENERAL_SUBJECT = lazy_compile(
    r"(?:the|their|his|her)\s+(?:team|company|firm|role|job|position|office|place|building|"
    r"interview|people|staff|boss|manager|process|work|day|week|vibe|culture|studio|branch|"
    r"store|shop|lab|unit|clinic|practice|site|kitchen|restaurant|department|school|hospital)$|"
    r"\b(?:I|me|my|you|your|it|this|that|these|those|there|everyone|everybody|someone|"
    r"nobody|which|what|who|whose|where|when|pay|salary|rate)\b|"
    r"\b(?:team|crew|staff|job|problem|problems|issue|issues|thing|priority|topic|point|line|"
    r"target|matter|concern|focus|challenge|goal|question|answer|plan|idea|worry|headache|"
    r"deal|contract|whole \w+)$|"
    r"^(?:[a-z]+ed|mentioned|said|says|asked|told|thinks|feels)\b",
    re.I,
)


def _said_about(
    text: str, people: list[Person], person: str | None, *, bullet: bool
) -> NoteLine | None:
    """'he says the night shifts are quiet' -> a topic of his: 'the night shifts'. Without a
    speaker, only a bullet under someone's name ('Revit standards are a mess'); never the
    candidate, a pronoun, a person ('Kenji is in Vancouver') or the team as a whole."""
    m = _SAID_ABOUT.match(text)
    if m is None or (m.group("who") is None and not (bullet and person)):
        return None
    who = m.group("who")
    about = person
    if who is not None and who.lower() not in ("he", "she", "they"):
        about = _match_person(who, people)
        if about is None:
            return None  # "Mum said the drive is long": not someone met
    subject = re.sub(r"^(?:The|Their|His|Her)\b", lambda d: d.group().lower(), m.group("x"))
    if subject[:3].lower() in _MONTH_DAY_STEMS:
        return None  # "Friday pm is blocked for notes": a time, not a subject
    if _GENERAL_SUBJECT.search(subject) or _match_person(subject.split()[0], people):
        return None
    phrase = _checked(subject, PhraseKind.TOPIC)
    if phrase is None or about is None:
        return None
    return NoteLine(text, LineKind.TOPIC, about, phrase, PhraseKind.TOPIC, fallback=True)


_THEY_MENTIONED = lazy_compile(
    r"^(?:also\s+)?(?:mentioned|brought up|raised|flagged)\s+"
    r"(?P<x>(?!(?:that|how|what|why|when|if|whether|I|me|my|it|this|to)\b)[a-z][^,;]+)"
    r"(?:[,;]\s+[a-z][^;]*)?$"  # of a list ("X, Y"), the first item
)
_TOPIC_LABEL = lazy_compile(
    r"^(?:her|his|their|the team['’]s)\s+(?:top\s+|biggest\s+|main\s+|big\s+|#1\s+)?"
    r"(?:priority|priorities|pain point|focus|thing|goal|challenge|problem|issue)\s*:\s*(?P<x>.+)$",
    re.I,
)


# the same said the other way round: "driver retention is his big thing", "attrition!! his
# biggest problem", "onboarding - her main focus"
_TOPIC_IS_THEIRS = lazy_compile(
    r"^(?P<x>[^\W\d_][\w'’ /&+-]{2,50}?)(?:\s+(?:is|was|are|were)\s+|\s*[!:,;—–-]+\s*)"
    r"(?:(?:definitely|clearly|really)\s+)?(?:her|his|their|the team['’]s)\s+"
    r"(?:top\s+|biggest\s+|main\s+|big\s+|#1\s+|real\s+|number one\s+)?"
    r"(?:priority|focus|thing|goal|challenge|problem|issue|pain point|headache|passion)\b",
    re.I,
)


_SHOWED_MINE = lazy_compile(
    r"^(?:walked (?:(?:him|her|them) )?through|went through|presented|demoed|showed "
    r"(?:(?:him|her|them) )?|talked (?:(?:him|her|them) )?through)\s+(?P<x>my\s+.+)",
    re.I,
)
_FINITE_VERB = lazy_compile(
    r"(?i:\w+ed|is|are|was|were|has|have|had|keeps?|needs?|went|fell|got|gets|goes|takes?)"
)


# a clause whose subject is the topic: "email open rates tanked", "foot traffic dropped by a third"
_SUBJECT_THEN_VERB = lazy_compile(
    r"^(?P<subject>\S+(?:\s+\S+){1,5}?)\s+(?:\w+ed|fell|grew|rose|went (?:up|down)|is (?:down|up)|"
    r"are (?:down|up)|down|up)(?=$|\s+(?:by|from|to|since|in|last|this|over|after|\d))",
)
# a measure and where it stands: "occupancy at 91%", "Google reviews stuck at 3.1 stars",
# "make-ready turns avg 9 days", "work order backlog ~70"
_SUBJECT_AT_NUMBER = lazy_compile(
    r"^(?P<subject>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4}?)\s+"
    r"(?:(?:stuck|sitting|running|hovering|averaging|avg|averages|down|up)\s+)*"
    r"(?:at|avg|averaging|averages)\s+[~≈]?\s?\d"  # not "is 86 buses", "around 4/3"
)
_FAVOURITE = lazy_compile(
    r"\b(?:said|says|thinks)\s+(?:that\s+)?(?P<x>(?:the|their|our)\s[\w' -]{2,40}?)\s+"
    r"(?:is|was|are)\s+(?:her|his|their)\s+(?:favou?rite|pride|baby|pet project)\b",
    re.I,
)
# an arrow inside a noun phrase ("designer → dev handoff"), not one that leads to an answer
_ARROW_INSIDE = lazy_compile(r"\w\s*(?:->|→|=>)\s*[\w-]+\s*(?:[,;.]|$)")
# an aside or a label that marks a line as the candidate's own answer
_MINE_MARK = lazy_compile(
    r"\((?:my answer|me|mine|I said|my idea|my pitch|my take)\)|"
    r"^(?:my (?:answer|pitch|reply|response|idea|take|example|point|story)|I said|me)\s*[:=-]",
    re.I,
)
# verbs that open what the candidate did when the "I" is left out ("gave the example of X")
_SPOKEN_VERB = lazy_compile(
    r"(?:answered|explained|mentioned|shared|pitched|suggested|proposed|offered|described|"
    r"emphasi[sz]ed|highlighted|stressed|pointed|admitted|argued|recommended|noted|framed|"
    r"walked|talked|said|told|gave|showed|brought|made|took|went|did|got|spoke|wrote|ran|led|"
    r"sold|taught|kept|left|found|built|put|replied|responded|used|focused)\b",
    re.I,
)


def _asked_subject(text: str) -> str | None:
    """The subject of a listed question ('Immunizations', 'my experience with Incoterms',
    'EPA 608? universal, yes' -> 'EPA 608'), as a noun phrase; None for anything else."""
    t = re.sub(r"^\s*(?:\d+[.)]\s*)?", "", text).strip(' "“”')
    if re.match(r"[^?]{1,40}:\s+\S", t) or re.search(r"[<>\[\]{}]|__", t):
        return None  # "Excel exercise: pivot and lookup ...": a label; "[Question 1]": a blank
    t = re.split(r"\s*(?:\?|->|→)|\s+[-–—]\s+", t)[0].strip(" .!")
    words = t.split()
    if not 1 <= len(words) <= 7 or _MINE_MARK.search(t) or _SPOKEN_VERB.match(t):
        return None
    if re.match(
        r"(?i:how|what|why|when|where|which|who|whether|if|do|does|did|is|are|can|"
        r"could|would|will|should|she|he|they|we|you)\b",
        t,
    ):
        return None
    if re.search(
        r"\b(?:I|I'm|I've|I'd|me|said|asked|told|was|were|is|are|yes|no|yeah|some|"
        r"none|ok|okay)\b",
        t,
        re.I,
    ):
        return None
    if words[0][:1].isupper() and words[0][1:].islower():
        t = t[0].lower() + t[1:]  # "Immunizations" -> "immunizations"; "RTU experience" stays
    return t if sure_phrase(t, PhraseKind.QUESTION) else None


_REMARK = lazy_compile(
    r"\b(?:reaction|vibes?|energy|impression|mood|felt|feeling|love that|loved that|lol|hmm+|meh|"
    r"awkward|weird|nice|great|cool|ugh|yikes|nailed|bombed|fumbled|chewing|yawn\w*|"
    r"the whole time)\b",
    re.I,
)


# a note to self: what to do, or what did not happen ("tell Kevin", "didn't come up")
_TO_DO = lazy_compile(
    r"^(?:thank|tell|ask|send|mention|remember|write|reply|include|follow up with|don['’]?t|"
    r"didn['’]?t|need to|must|should|maybe|probably)\b",
    re.I,
)


def _bare_topic(text: str) -> str | None:
    """A bullet that is only a noun phrase ('controls after the restatement'), as a topic;
    of a list ('HSE framework bids, the new unit programme'), the first item."""
    if _MINE_MARK.search(text):
        return None  # "coaching first (my answer)": what the candidate said
    if re.match(r"\s*[\"“”]", text):
        return None  # '"different league, ..." she said': their words quoted, not a subject
    if _REMARK.search(text) or _TO_DO.match(text):
        return None  # "lukewarm reaction", "thank Paula and Kevin separately", "didn't come up"
    if _ARROW_INSIDE.search(text):
        return None  # "handoff designer → dev, he hates redlines": the phrase would be cut short
    phrase = re.split(r",\s+", _trim(text))[0]
    if _META_LABEL.fullmatch(phrase):
        return None  # "his tip: scan the pattern": the label says what kind of line follows
    if _DO_THIS.match(phrase):
        return None  # "scan the pattern, not just the strips": advice, a verb and its object
    if _NOT_A_NOUN_PHRASE.search(phrase):
        return None  # "accuracy > speed", "ebikes ebikes ebikes", "inspector shows up at ..."
    # "more about working with suppliers": what the talk was about
    phrase = re.sub(r"^(?:(?:a bit |a lot |much )?more |mostly |mainly )?about\s+", "", phrase)
    words = phrase.split()
    if re.match(r"[a-z]+s\s+(?:a|an|the|their|his|her|its|our)\b", phrase):
        return None  # "runs a team of ~40 workers": what they do, a clause without its subject
    if re.search(r"\b(?:I|me|my|mine|myself)\b", phrase) or _SPOKEN_VERB.match(phrase):
        return None  # "the icing event at my last job", "gave the example of X": the candidate's
    if _ASKED_OF_ME.search(phrase):
        return None  # "time you put the team ahead of yourself": the question as it was put
    if said := _SUBJECT_THEN_VERB.match(phrase):  # "open rates tanked since May" -> "open rates"
        phrase = said.group("subject")
    elif measured := _SUBJECT_AT_NUMBER.match(phrase):  # "occupancy at 91%" -> "occupancy"
        phrase = measured.group("subject")
    acronym = re.match(r"[A-Z]{2,}\b", phrase) is not None  # "HSE framework bids"
    longest = 8
    if not acronym and (lowered := _sentence_case_opener(phrase)):
        if re.match(r"[^:]{1,40}:\s*[\d~≈+#$£€(]", text):
            return None  # "Day plan: 08:30 simulator, 11:00 panel": a schedule's label
        phrase = lowered  # "Guest complaints.", "Training of the guides.": typed as a sentence
        longest = 10  # a whole sentence of a subject: "Framework agreements for spare parts ..."
    if not 2 <= len(words) <= longest or not (phrase[:1].islower() or acronym):
        return None
    if re.search(  # a remark on the person ("super friendly"), not a topic
        r"\b(?:min|mins|minutes|hr|hrs|names?|casual|quieter|nice|friendly|chatty|warm|funny|"
        r"super|very|really)\b",
        phrase,
        re.I,
    ):
        return None
    if re.search(  # a job title ("operations manager") introduces a person, it is no topic
        r"\b(?:manager|mgr|director|lead|chair|head|partner|recruiter|supervisor|officer|"
        r"president|founder|engineer|eng|analyst|coordinator|specialist|associate)s?$",
        phrase,
        re.I,
    ):
        return None
    task = re.match(
        r"(design|build|implement|debug|model|plan|draft|sketch|refactor)\s+(?=a|an|the)", phrase
    )
    if task:  # an exercise set ("design a rate limiter") is a topic as "designing a rate limiter"
        verb = task.group(1)
        gerund = (
            verb[:-1] + "ing"
            if verb.endswith("e")
            else verb + ("ging" if verb == "debug" else "ing")
        )
        phrase = gerund + phrase[task.end(1) :]
    return _checked(phrase, PhraseKind.TOPIC)


# a label that says what kind of line follows, not what was talked about
_META_LABEL = lazy_compile(
    r"(?:my |his |her |their |the )?(?:answer|reply|response|note|notes|update|result|"
    r"outcome|verdict|vibe|overall|impression|feedback|thoughts?|summary|status|time|date|"
    r"location|format|panel|question|questions|follow-up|todo|to do|action|reminder|tip|ps|"
    r"takeaway|reaction|mood|score|rating|tone|me|mine|us|self|idea|example|point|story|"
    r"practical stuff|other stuff|stuff|misc|extra|also|then|later|after|before|first|last|"
    r"end|start|intro|wrap-up|closing|opening|next steps|congrats|emails?|contacts?|links?|"
    r"docs|details|logistics|news|notes to self|things|questions for them|my questions|"
    r"concerns?(?: raised)?|worry|worries|better answer|answer given|since then|tags?|"
    r"give value|addresses|questions? re|stories|examples?|"
    r"(?:[a-z]+ )?(?:lead|manager|director|master|head|contact|person|chair))",
    re.I,
)


# a noun that reads whole without an article: a plural, a mass noun, a gerund
_MASS_ENDING = lazy_compile(r"(?:s|ing|ion|ment|ance|ence|ity|ics|ness|ship|ism|ure)$")


def _label_topic(text: str) -> str | None:
    """'Accessibility: the old centres ...', 'House style: clean vector linework ...' -> the
    label, when it is a noun phrase of one to three ordinary words (its first word one the
    word list knows, the others in lower case) and no label of the line's kind ('Answer:')."""
    from followup.writer.phrases import common_words

    # not "Day plan: 08:30 simulator": a label over times and figures is a schedule
    m = re.match(r"(?P<label>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,2}):\s+[^\s\d~≈+#$£€(]", text)
    if (
        m is None
        or _META_LABEL.fullmatch(m.group("label"))
        or _NOT_A_SUBJECT.search(m.group("label"))
    ):
        return None  # "Her closing line:", "Case discussion:": what kind of line, not a subject
    label = m.group("label")
    if " " not in label and not _MASS_ENDING.search(label.lower()):
        return None  # "Scenario: ...", "Next: ...": one count noun or a word of the notes' own
    if label[0].isupper() and label.split()[0].lower() not in common_words():
        return None  # "Reentry", "Ich", "Sam": a word the list does not know may be a name
    label = label[0].lower() + label[1:]
    return _checked(label, PhraseKind.TOPIC)


# what makes a sentence-case line a statement or a to-do rather than a subject
_STATED = lazy_compile(
    r"\b(?:currently|now|still|already|always|never|just|only|too)\b|\d|/|"
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|some|many|few|most)\b|"
    r"^(?:offer|bring|prepare|email|call|check|print|update|fix|send|follow)\b",
    re.I,
)


# a sentence-case line that is a remark, a verdict, a to-do or a person, not a subject: its
# first word a judgement, an adverb or a verb ("Good discussion", "Mostly API", "Please bring
# photo ID", "Exactly his Kelly Creek problem"), a verb in the past anywhere ("Series C closed
# in January", "Chef clapped"), a job ("Director of Development") or a word that only
# labels what kind of line it is ("Leadership example", "Conflict situation")
_NOT_A_SUBJECT = lazy_compile(
    r"^(?:[a-z]+ly|less|more|good|great|bad|easy|nice|nothing|none|please|think|thought|"
    r"exactly|maybe|probably|also|overall|yes|no|ok|okay|not|very|really|quite|pretty|some|"
    r"any|better|best|worst|first|last|next|then|since|add|give|look|ask|tell|talk|try|need|"
    r"want|make|keep|get|go|see|say|said|me|we|you|it|he|she|they|i|my|our|his|her|their|"
    r"director|head|manager|lead|chief|vp|president|contact|person|officer|chair|owner|"
    r"notice)\b|"
    r"\b[a-z]{3,}ed\b|"
    r"\b(?:example|examples|answer|discussion|point|idea|stuff|things?|question|bit|part|"
    r"situation|re|everything|anything|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec)$",
    re.I,
)


# a verb in its base form and its object: what to do, not a subject ("scan the pattern");
# "design a rate limiter" and the other tasks of an exercise are read before this (_bare_topic)
_DO_THIS = lazy_compile(
    r"(?!(?:design|build|implement|debug|model|plan|draft|sketch|refactor)\b)"
    r"[a-z]+(?<!ing)(?<!s)\s+(?:the|a|an|your|their|my|our|his|her|it|them|everything)\b"
)


# what a terse bullet holds when it is no noun phrase: a comparison sign, a word said three
# times, a verb with its particle ("the inspector shows up"), a contraction typed without its
# apostrophe ("theyre at 2.5 weeks")
_NOT_A_NOUN_PHRASE = lazy_compile(
    r"[<>=]|\b(\w+)\s+\1\b|\b[a-z]+s\s+(?:up|down|out|off|over|back)\b|"
    r"\b(?:theyre|thats|whats|theres|dont|cant|wont|didnt|doesnt|isnt|arent|wasnt|youre|"
    r"hes|shes|ive|im)\b",
    re.I,
)


def _sentence_case_opener(phrase: str) -> str | None:
    """'Guest complaints' -> 'guest complaints': a noun phrase typed as a sentence, its first
    word an ordinary English word given a capital only by its place; None when the first word
    is a name ('Revit standards', 'Kenji's team') or the phrase holds another capital word
    past the first, which may make the first part of a name ('Legal Aid Board')."""
    from followup.writer.phrases import common_words

    words = phrase.split()
    first = words[0] if words else ""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", first) or first[:3].lower() in _MONTH_DAY_STEMS:
        return None
    if _STATED.search(phrase) or _NOT_A_SUBJECT.search(phrase):
        return None  # "Consolidation currently done in Excel", "Weekend coverage 1 in 4": a note
    if any(re.match(r"[A-Z]", w) for w in words[1:2]):
        return None  # "Legal Aid Board", "Series C": the next word capitalised too, a name
    head = first.split("-")[0].lower()
    if head not in common_words():
        return None
    return first.lower() + phrase[len(first) :]


def _about(m: re.Match[str], people: list[Person], person: str | None) -> str | None:
    subject = (m.groupdict().get("s") or "").strip()
    if not subject:
        return person
    if re.fullmatch(_TEAM, subject, re.I) or subject.lower() in ("we",):
        return person
    named = _match_person(re.sub(rf"^{HON_PREFIX}", "", subject, flags=re.I), people)
    return named or person


_S = (
    rf"(?:^|[;,:]\s*|\s-\s+|\b(?:and|so|then|but|instead|later|next|finally|afterwards)"
    rf",?\s+|(?:said|mentioned|told me)\s+(?:that\s+)?)"
    rf"(?P<s>{_SUBJ_PERSON}|{_TEAM})\s+"
)
_S0 = (
    rf"(?:{_S}|^(?:also\s+)?|\b(?:and|then|also)\s+|[;,]\s*)"
    r"(?:(?:mostly|also|really|just)\s+)?"
)  # a subject, or none (the person the line is about)
_PLAN_VERBS = "|".join(_ING_BASE)


def _after_subject(subject: str, rest: str, flags: int = 0) -> LazyPattern:
    """`subject + rest`, a pattern whose long subject part (`_S`, `_S0`) costs about a
    millisecond to compile: a line where `rest` alone is not found cannot match it (every match
    holds a match of `rest` where the subject ends), so there it is neither compiled nor run."""
    return lazy_compile(subject + rest, flags, required=rest)


_PATTERNS: list[tuple[LineKind, LazyPattern, PhraseKind]] = [
    (
        LineKind.QUESTION,
        _after_subject(
            _S0,
            r"ask(?:ed|s)?(?:,\s*(?:too|also)\s*,)?(?:\s+me)?\s+"
            r"(?P<x>(?:how|what|whether|if|why|which)(?:\s+[a-z]+){0,3}\s+I\b.*)",
            re.I,
        ),
        PhraseKind.QUESTION,
    ),
    (  # a question about a subject, not the candidate: "asked what happens to X if volume drops"
        LineKind.QUESTION,
        _after_subject(
            _S0,
            r"ask(?:ed|s)?(?:\s+me)?\s+(?P<x>(?:what|how|why|which|whether)\s+"
            r"(?!.*\b(?:I|me|my|you|your)\b)[a-z].*)",
            re.I,
        ),
        PhraseKind.QUESTION,
    ),
    (
        LineKind.QUESTION,
        _after_subject(
            _S0,
            r"ask(?:ed|s)?(?:\s+(?:me|some|good|great|a lot of|a lot|lots of|many|"
            r"several|a few|tough|sharp|detailed|things|in (?:\w+\s+)?detail|at length))*"
            r"(?:\s+questions?)?\s+about\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.QUESTION,
    ),
    (  # "the team is heading into a spending review period", "they're going into peak season"
        LineKind.TOPIC,
        _after_subject(
            _S,
            r"(?:is|are|'s|'re)\s+(?:heading|going|moving)\s+into\s+(?P<into>(?:a|an|the)\s+.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (  # "He also mentioned privacy", "she mentioned the new intake system": a subject they raised
        LineKind.TOPIC,
        _after_subject(
            _S,
            r"(?:also\s+)?(?:mentioned|brought up|raised)\s+"
            r"(?P<x>(?!(?:that|how|what|why|when|if|whether|I|me|my|it|this|to)\b)[a-z][^,;]+)"
            r"(?:[,;]\s+[a-z][^;]*)?$",  # of a list ("X, Y"), the first item
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (  # "grilled me on research methods", "quizzed me about HACCP", "drilled into my SQL"
        LineKind.QUESTION,
        _after_subject(
            _S0,
            r"(?:grilled|quizzed|pressed|probed|drilled|questioned)\s+(?:me\s+)?(?:hard\s+)?"
            r"(?:on|about|into)\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.QUESTION,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S,
            rf"(?:is|are|'s|'re|was|were)?\s*(?:also\s+|really\s+|now\s+)?"
            rf"(?P<v>{_PLAN_VERBS})\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.PLAN,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:is\s+|'s\s+|was\s+)?(?:really\s+|very\s+|most\s+)?(?:big on|keen on|into|"
            r"focused on|excited about|interested (?:(?:foremost|most|mainly|mostly|chiefly|"
            r"above all|particularly|especially)\s+)?in|passionate about|obsessed with|all about|"
            r"interest(?:ed)? about)"
            r"\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        _after_subject(_S0, r"(?:cares|cared)\s+(?:a lot\s+|most\s+)?about\s+(?P<x>.+)", re.I),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:wants|wanted|needs|is looking for|values)\s+(?P<x>(?:someone|people|"
            r"a person|help|leads|supervisors|reps|associates|managers|programmers|designers|"
            r"nurses|teachers|coordinators|an? [\w-]+ who)\b.+)",
            re.I,
        ),
        PhraseKind.SEEKING,
    ),
    (  # "she wants trainers to send feedback to the roastery": what they want others to do
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:wants?|wanted|would like)\s+(?P<obj>(?:the\s+|their\s+|all\s+|more\s+)?"
            r"(?!(?:us|this|its|his|hers|yours|ours|others|theirs)\b)(?-i:[a-z])[\w-]*s)\s+to\s+"
            r"(?P<todo>[a-z]+\s+.+)",
            re.I,
        ),
        PhraseKind.PLAN,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:wants?|needs?)\s+(?P<x>(?:a|an|more|better)\s+(?!\w+\s+to\b).+|"
            r"(?-i:[A-Z])[\w-]+\s+[a-z][\w-]+(?:\s.*)?)",  # "he wants Playwright automation"
            re.I,
        ),
        PhraseKind.PLAN,
    ),
    (
        LineKind.TOPIC,
        _after_subject(_S0, r"(?:is|'s)\s+pushing\s+(?P<x>.+?)\s+hard\b", re.I),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S, r"(?:(?:is|'s|are|'re)\s+)?(?:leading|running|heading)\s+(?P<x>the .+)", re.I
        ),
        PhraseKind.LEADING,
    ),
    (
        LineKind.TOPIC,
        _after_subject(_S, r"(?:just\s+)?(?:won|landed|signed)\s+(?P<x>the .+)", re.I),
        PhraseKind.WON,
    ),
    (
        LineKind.QUESTION,
        _after_subject(
            _S0,
            r"asked me to (?:walk (?:her |him |them )?through|talk through|present|"
            r"show (?:her |him |them )?)\s*(?P<x>my .+)",
            re.I,
        ),
        PhraseKind.MINE,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:wants?|hopes?|plans?|is hoping|'s hoping)\s+to\s+(?P<v>[a-z]+)\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.PLAN,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            rf"(?:{_WITH_ME}|{_S0})",  # compoundsubject.py: "Jonah and I talked about X"
            r"(?:talk(?:ed|s)?|spoke|went deep|focused|chatted|told me|tell me|told(?= about)|"
            r"spent (?:a (?:good )?while|(?:a )?(?:long|lot of|some) time|most of the time|"
            r"\d+\s*min\w*)(?:\s+talking)?)"
            r"(?:\s+(?:with|to)\s+(?:the|a|an)\s+[a-z][\w -]{1,30}?)?\s+(?:a lot\s+|mostly\s+)?"
            r"(?:about|on)\s+(?P<x>(?!my\b).+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (  # notes half in French: "parlé beaucoup d'accessibilité", "on a parlé de Storybook"
        LineKind.TOPIC,
        lazy_compile(
            r"^(?:on a |nous avons |j'ai |il a |elle a )?parlé (?:beaucoup |longtemps |surtout )?"
            r"(?:de la |de l'|du |des |de |d')(?P<x>.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (  # feedback they gave: "she said work on flow speed", "he suggested I brush up on SQL"
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:said|told me|suggested|advised)(?:\s+(?:that\s+)?I\s+should|\s+to)?\s+"
            r"(?:work on|focus on|brush up on|practi[sc]e|improve|look at)\s+(?P<x>.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (  # "Talked with Ana Lima (Design Lead) about the onboarding flow redesign."
        LineKind.TOPIC,
        lazy_compile(
            r"^(?:I\s+)?(?i:talked|spoke|chatted|met)\s+(?i:with|to)\s+"
            r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*\([^)]{1,60}\))?"
            r"(?:,\s*[^,]{1,60},)?\s+(?i:about|on)\s+(?P<x>(?!my\b).+)"
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        lazy_compile(
            r"^(?:we\s+)?(?:also\s+)?(?:talked|discussed|chatted)\s+(?:about\s+)?(?P<x>(?!my\b).+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        lazy_compile(
            r"\b(?:conversation|discussion)\s+(?:about|on)\s+(?P<x>.+)|"
            r"^(?:most of (?:it|the (?:hour|time|interview|call|chat))|mostly|"
            r"\d+\s*(?:hr|hour|min)\w*,?\s+mostly)"
            r"\s+(?:was\s+(?:about\s+)?(?!(?:fine|good|great|ok|okay|easy|hard|tough|relaxed|"
            r"chill|casual|friendly|technical|behaviou?ral|small talk|chat|questions)\b)|"
            r"about\s+)(?P<y>.+)|"
            r"\bspent (?:most of )?(?:the|our) (?:time|hour|interview) (?:on|talking about)\s+"
            r"(?P<v>.+)|"
            r"^big topic(?:\s+for\s+\w+)?\s*:\s*(?P<z>.+)|"
            r"^(?:I\s+)?(?:enjoyed|loved|liked)\s+(?:learning|hearing)\s+about\s+(?P<w>.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        _after_subject(
            _S0,
            r"(?:walked me through|showed me|describ(?:ed|es?)|explain(?:ed|s)?)\s+"
            r"(?P<x>(?:the|their|his|her|a|an)\s.+|(?-i:[A-Z])\S+(?:\s.+)?)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.TOPIC,
        _after_subject(_S, r"(?:use|uses|'re on|are on|is on|'s on)\s+(?P<x>[A-Z].+)"),
        PhraseKind.TOPIC,
    ),
    (  # what they asked to see: "Ollie wanted my gas safe cert + fire blanket placement",
        # "Chef Rui wanted pairings for his new tasting menu" (not "wanted to", "wanted someone")
        LineKind.QUESTION,
        _after_subject(
            _S,
            r"(?:wanted|asked for|wanted to see|needed to see|requested)\s+"
            r"(?P<x>(?:my|our)\s+(?!own\b)[a-z][\w-]*(?:\s.+)?|[a-z][\w-]+s\s+for\s+.+)",
            re.I,
        ),
        PhraseKind.QUESTION,
    ),
    (  # an assessor's test: "Dr. Karim tested my Kurmanji with a short legal passage about X"
        LineKind.TOPIC,
        _after_subject(
            _S,
            r"(?:tested|assessed|checked)\s+(?:me|my\s+[\w-]+(?:\s+[\w-]+)?)\s+"
            r"(?:with|on|using)\s+(?P<x>(?:a|an|the|some)\s+.+)",
            re.I,
        ),
        PhraseKind.TOPIC,
    ),
    (
        LineKind.CANDIDATE,
        lazy_compile(
            # "walked through a claim scenario" with no subject, on the interviewer's line
            # ("Pete: walked through ..."), is what they presented: only "I walked through",
            # "walked him through" or "walked through my ..." is the candidate's
            r"(?:^|\bI\s+)(?:talked|told (?:him|her|them)|described|explained|mentioned|shared|"
            r"(?:walked|talked) (?:him|her|them) through|(?<=I )(?:walked|talked) through|"
            r"(?:walked|talked) through(?=\s+my\b))\s+(?:about\s+)?"
            r"(?P<x>(?:my|the|a|an|how)\b.+)",
            re.I,
        ),
        PhraseKind.MINE,
    ),
]


def _phrase(
    raw: str | None, pkind: PhraseKind, m: re.Match[str], typed_lower: bool = False
) -> str | None:
    groups = m.groupdict()
    if groups.get(
        "into"
    ):  # "heading into a spending review period" -> "the ... you're heading into"
        into = re.sub(r"^an?\s+", "the ", _trim(groups["into"]))
        return _checked(f"{into} you're heading into", PhraseKind.TOPIC)
    if groups.get("obj") and groups.get("todo"):
        # "wants trainers to send feedback" -> "your plan for trainers to send feedback"
        return _checked(f"your plan for {groups['obj']} to {_trim(groups['todo'])}", pkind)
    raw = raw or groups.get("y") or groups.get("z") or groups.get("w")
    if raw is None and pkind is PhraseKind.TOPIC:
        raw = groups.get("v")
    if raw is None:
        return None
    phrase = _trim(raw)
    if pkind is PhraseKind.TOPIC and _ASKED_OF_ME.search(phrase):
        return None  # "time you put the team ahead of yourself": their question to the candidate
    if "," in phrase and not re.search(r",\s+(?:and|or)\s", phrase):
        phrase = first_clause(phrase)  # "the pilot, residents on the panel"; not "1,200"
    if pkind is PhraseKind.PLAN and "v" not in groups:
        return _checked(f"your plans for {phrase}", pkind)
    if pkind is PhraseKind.LEADING:
        return _checked(f"{phrase} you are leading", PhraseKind.TOPIC)
    if pkind is PhraseKind.WON:
        return _checked(f"{phrase} you just won", PhraseKind.TOPIC)
    if pkind is PhraseKind.PLAN:
        verb = m.group("v").lower()
        base = _ING_BASE.get(verb) or (verb if verb not in _NOT_PLAN_VERBS else "")
        if not base:
            return None
        moved = _MOVED_ONTO.match(phrase)
        if moved and verb in _MOVE_NOUN:
            # "she's moving them to ISO 19650": what is moved is the line before's ("them");
            # where it goes is the subject: "your move to ISO 19650"
            return _checked(f"your {_MOVE_NOUN[verb]} to {moved.group('to')}", PhraseKind.PLAN)
        if verb == "rolling" and phrase.lower().startswith("out "):
            base, phrase = "roll out", phrase[4:]
        elif verb == "planning" and phrase.startswith("to "):
            return _checked(f"your plans {phrase}", pkind)  # "planning to move to a new WMS"
        elif verb == "planning":
            return _checked(f"your plans for {phrase}", pkind)
        phrase = f"your plans to {base} {phrase}"
    elif pkind is PhraseKind.QUESTION:
        phrase = own_attribute(re.sub(r"^if\b", "whether", phrase))  # "the experience with"
        phrase = re.sub(r"\bI'd(?=\s+(?:done|been|had|[a-z]+ed)\b)", "I had", phrase)
        phrase = re.sub(r"\bI'd\b", "I would", phrase)
        phrase = re.sub(r"\bI'm\b", "I am", phrase)
    phrase = _proper_case(phrase, typed_lower)
    if pkind is PhraseKind.MINE:
        return phrase if sure_phrase(phrase, pkind) else None
    checked = _checked(phrase, pkind)
    if checked is None and pkind is PhraseKind.TOPIC and "," in phrase:
        # "Concur, the travel vendor, and the offsite she plans": the first item is sure
        checked = _checked(phrase.split(",")[0].strip(), pkind)
    return checked


# a move whose object is a pronoun for what the line before named: "moving them to ISO 19650"
_MOVED_ONTO = lazy_compile(
    r"(?:them|it|everything|everyone|all of it|all of them)\s+(?:over\s+)?(?:to|onto)\s+"
    r"(?P<to>(?!(?:him|her|them|me|us|it)\b)\S.*)",
    re.I,
)
_MOVE_NOUN = {
    "moving": "move",
    "migrating": "migration",
    "switching": "switch",
    "transitioning": "transition",
    "upgrading": "upgrade",
}


# a note's words put to the candidate ("you", "yourself" in the notes the candidate writes are
# the interviewer's question as it was asked): no topic the interviewer raised
_ASKED_OF_ME = lazy_compile(r"\b(?:you|yourself|yourselves)\b", re.I)

_MONTH_NAMES = [m for m in MONTH_NAMES if m != "may"]  # "may" is mostly the verb
_MONTH_NAMES += [f"{day}s?" for day in WEEKDAYS]  # "someone who can do saturdays"


def _proper_case(phrase: str, typed_lower: bool) -> str:
    """Month names get their capitals back. In notes typed in lower case, a business named after
    'at' or 'from' does too, when its name shows it is one ('at rye & barrel', 'from harbor
    grill'); other words get capitals only from the notes' own evidence (notes.py), never from
    their place alone: 'mirror checks at stops' has no name in it."""
    phrase = re.sub(
        r"\b(" + "|".join(_MONTH_NAMES) + r")\b", lambda m: m.group(1).capitalize(), phrase
    )
    if not typed_lower:  # typed in sentence case: its lower-case words are not names
        return phrase

    def place(m: re.Match[str]) -> str:
        words = m.group("place").split()
        if "&" not in words and words[-1] not in ORG_SUFFIXES:
            return m.group()
        return m.group("prep") + " ".join(
            w if w in ("&", "and", "of") else w.capitalize() for w in words
        )

    return _AT_PLACE.sub(place, phrase)


_AT_PLACE = lazy_compile(
    r"(?P<prep>\b(?:at|from)\s+)(?P<place>(?!the\b|my\b|a\b|an\b|your\b|our\b|home\b|"
    r"work\b|least\b|first\b)[a-z][a-z'&-]*(?:\s+(?:&\s+)?(?!and\b|with\b|for\b|to\b|in\b|"
    r"on\b|during\b)[a-z][a-z'-]*){0,3})(?=$|[,.;]|\s+(?:and|with|for|to|in|on|during)\b)"
)


def _another_language(words: list[str]) -> bool:
    """Lower-case words with a letter English does not write (ě, ł, ș) and none of them an
    English word: a phrase in the writer's own language, never pasted into an English note;
    a name with accents (capitalised), "café au lait" among English words, or one word
    ("accessibilité", a loan the notes use for a topic) passes."""
    from followup.writer.phrases import common_words

    lower = [w.strip(".,!?;:") for w in words if w[:1].islower()]
    if len(lower) < max(2, len(words)) or all(w.isascii() for w in lower):  # one word: a loan
        return False
    english = common_words()
    return not any(w.lower() in english for w in lower)


def _checked(phrase: str, pkind: PhraseKind) -> str | None:
    phrase = to_recipient(phrase)
    return phrase if sure_phrase(phrase, pkind) else None


def _trim(text: str) -> str:
    """The phrase up to where a new clause starts; asides in brackets dropped unless they
    are a short name ("a new HRIS (Paylocity)")."""
    text = re.sub(r"\s*\((?![A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\))[^)]*\)", "", text)
    text = re.split(
        r"\s+(?:--|—|–)\s+|\s*;\s*|:\s+|\s*(?:->|=>|→)\s*|"
        r"\s+so\s+(?=(?:he|she|they|we|I|you|it)\b)|\s+being\s+|"
        r"\s+and\s+(?=(?:in|on|about|with)\s)|"  # "interested in X and in Y": X
        r"\s+(?:but|because|so that|so I|which|while|"
        r"then|and (?:I|he|she|they|we|it|wants?|needs?|has|had|likes?|hopes?|asked|said|was|is|"
        r"liked|seemed|how (?:I|he|she|they|we|that|this|it)|my|the team|remarked|noted|added|"
        r"mentioned|"
        r"explained|told|stressed|pointed out))\b|"
        r",\s+(?=(?:I|he|she|they|we|it|but|so|which|sometimes|then|and I|and he|and she|"
        r"and they|said|wants?|asked|told|lots of|mostly|not)\b)|,\s+I\b|\s+-\s+",
        text,
    )[0]
    return text.strip(" ,.!?:-\"'")


_NOT_SURE = lazy_compile(
    r"\b(?:he|she|him|they|them|we|(?-i:us)|(?-i:it)|our|theirs|yours|it's|that's|there's|what's|lol|abt|etc|stuff|thing|things|"
    r"something|somehow|kinda|sorta|gonna|wanna|idk|tbh|btw|fine|ok|okay)\b|[?!@]|\.\.|"
    r"\$|\d+\s?k\b|\bw/|\bI(?:'d|'m|'ll|'ve)\b|^I\b",
    re.I,
)
_FINITE = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|won't|can't|dropped|lost|loses|keeps?|seems?|"
    r"said|says|wants|needs|thinks|went|got|gets|did|does)\b",
    re.I,
)
_RELATIVE = lazy_compile(  # "the 6am slot nobody wants" is a relative clause without "that"
    r"\b(?:who|whose|that|which|how|what|whether|when|where|if|why|I|you|nobody|everyone|"
    r"everybody|someone|no one)\b"
)
_BAD_START = lazy_compile(
    r"^(?:is|are|was|were|be|been|has|have|had|do|does|did|said|says|asked|wants|told|that|"
    r"if|because|and|or|but|so|to|of|on|in|at|for|with|about|as|than|then|yes|no|not|"
    r"very|really|also|just|it|this|there|you're|you|we're|they're|she's|he's|could|would|"
    r"should|can|will|might|must|say|said)(?![\w'’-])",
    re.I,
)
_BAD_END = lazy_compile(
    r"\b(?:the|a|an|and|or|but|of|to|in|on|at|for|with|about|my|your|their|his|her|is|are|"
    r"was|from|by|as|that|this|I|more|most|very|it|them)$",
    re.I,
)


# what a subject of talk never holds: an opening adverb in -ly before its word ("totally
# relevant to ..."), a negation ("the overtime later not in writing"), a quoted aside in lower
# case ('outcome "within 2 weeks" by email'); a title in quotes opens with a capital
_NEVER_IN_A_SUBJECT = lazy_compile(
    r"^(?!(?:early|family|daily|weekly|monthly|quarterly|yearly|nightly|hourly|supply|assembly|"
    r"only|rally|ally|lily|holly|jelly|belly|bully)\b)(?-i:[a-z]+ly\s+[a-z])|"
    r"\bnot\b(?!-)|[\"“](?-i:[a-z])",
    re.I,
)


# a phrase that opens with a past-tense verb and its object is a clause cut loose ("walked
# through my rebuild", "stopped on the ward"), not a topic ("shared instrumentation" is one)
_PAST_VERB_START = lazy_compile(
    r"^[a-z]{3,}ed\s+(?:through|on|about|over|with|to|up|out|in|into|at|by|my|me|the|a|an|"
    r"his|her|their|our|him|them|us|it)\b",
    re.I,
)


def sure_phrase(phrase: str, pkind: PhraseKind) -> bool:
    """Whether the writer can put this phrase in a sentence without risk of nonsense."""
    words = phrase.split()
    if not 1 <= len(words) <= 18:
        return False
    if _another_language(words):
        return False  # "zapomněla jsem" (Czech: "I forgot"): the writer's own aside, not English
    body = phrase
    for prefix in ("your plans to ", "your plans for "):
        body = body.removeprefix(prefix)
    wh_clause = False  # "how I would track RFIs": the clause after "how I" may open with a verb
    if pkind is PhraseKind.QUESTION and re.match(r"(?:how|what|whether|if|why|which)\s+I\b", body):
        rest = body.split(" ", 2)
        body = rest[2] if len(rest) > 2 else ""
        if re.match(r"(?:would|could|can|will|might|should|am|do|did|have|had)?\s*$", body):
            return False
        wh_clause = True
    if _NOT_SURE.search(body) or _BAD_END.search(body):
        return False
    if not wh_clause and (_BAD_START.match(body) or _PAST_VERB_START.match(body)):
        return False
    if pkind in (PhraseKind.TOPIC, PhraseKind.PLAN) and re.match(
        r"(?i:why|where|what|when|who|how)(?:['’]s|\b)", body
    ):
        return False  # "where's the impact": a question they asked, not a subject
    if pkind in (PhraseKind.TOPIC, PhraseKind.PLAN) and _NEVER_IN_A_SUBJECT.search(body):
        return False  # "totally relevant to X", "the overtime later not in writing"
    if pkind is PhraseKind.TOPIC and _SUBORDINATE.search(body):
        return False  # "clients buy when they trust the rep": a clause, not a subject
    if _OTHER_LANGUAGE.search(body):
        return False  # "falamos um pouco de português": notes in another language, not sent
    if _OTHER_SCRIPT.search(body):
        return (
            False  # "weekly hiring report 한글/영문 둘 다 필요": words an English note cannot use
        )
    finite = _FINITE.search(body)
    if (
        finite
        and pkind is not PhraseKind.CLAUSE
        and not wh_clause
        and not _RELATIVE.search(body[: finite.start()])
    ):
        return False
    if body.count('"') % 2 or body.count("“") != body.count("”"):
        return False  # 'protect your calendar from "meeting creep': a quote cut off
    if body.count("(") != body.count(")"):
        return False  # "timeline)" from "(polite, asked about timeline)": a cut aside
    return bool(re.search(r"[a-z]{3}", body))


# Function words of the languages notes mix with English (Portuguese, Spanish, French,
# Tagalog, German) that are no English words: a phrase holding one is not English, and the
# offline writer never turns it into a sentence. Content words are not listed: a borrowed
# term ("accessibilité", "Schadensfall") may be the very subject, and stays.
_OTHER_LANGUAGE = lazy_compile(
    r"(?<![\w’'./@-])(?:de|da|dos|das|pra|para|sobre|também|muito|pouco|com|não|uma|que|"
    r"tipo|nossa|ele|ela|el|los|las|del|pero|muy|porque|por|du|avec|mais|très|aussi|une|"
    r"ang|ng|mga|po|daw|lang|nya|niya|agad|yung|und|nicht|auch|sehr|é|isso|está|estão|eles|"
    r"elas|nós)(?![\w’'-]|[./]\w)"  # not "pour", "era", "con", "est", "les", "mit": English too
)
# letters of scripts an English message is not written in: Hangul, kana, CJK ideographs,
# Cyrillic, Arabic, Hebrew, Devanagari, Thai
_OTHER_SCRIPT = lazy_compile(
    r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff"
    r"\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]"
)
# a subordinate clause with its own subject inside a phrase: the phrase is a sentence
_SUBORDINATE = lazy_compile(
    r"\b(?:when|because|since|while|unless|until|once|so that)\s+"
    r"(?:they|he|she|we|it|I|you|people|customers|clients)\b",
    re.I,
)

_PERSPECTIVE = [
    (r"\b(?:they|he|she)(?:'re| are|'s| is)\b", "you're"),
    (r"\b(?:their|his|her)\b", "your"),
    (r"\btheirs\b", "yours"),
    (r"\bthe (team|firm|company|studio|lab|store|branch|unit|city)'s\b", r"your \1's"),
    (r"\b(how|what|where|why|when) the team\b", r"\1 your team"),
    (r"\bthey\b(?=\s+[a-z]+(?:ed|e|n)?\b)", "you"),
]


def to_recipient(phrase: str) -> str:
    """A note phrase in the recipient's perspective: 'their boards' -> 'your boards', 'the
    club they're launching' -> 'the club you're launching'."""
    from followup.theirown import masked, unmasked  # "kids keeping their home language"

    phrase = masked(phrase)
    for pattern, repl in _PERSPECTIVE:
        phrase = re.sub(pattern, repl, phrase)
    return unmasked(phrase)


def _question_from_q(text: str) -> str | None:
    """'Tell me about X.' -> 'X'; 'How would you X?' -> 'how I would X'."""
    t = text.strip().strip("\"“”'").rstrip("?.")
    t = re.sub(r"^describe\s+(?=a time\b)", "tell me about ", t, flags=re.I)
    if m := re.match(r"what (?P<v>[a-z]+s) you\b(?P<x>[^?]*)", t, re.I):
        phrase = f"what {m.group('v')} me{m.group('x')}"  # "what energises you at work"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = re.match(r"what (?:would|will) you do\s+(?P<x>(?:if|when|about)\b.+)", t, re.I)
    if m and not re.search(r"\byou\b", m.group("x")):
        phrase = "what I would do " + re.sub(r"\byour\b", "my", m.group("x"))
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = re.match(r"tell (?:me|us) about\s+(?P<x>.+)", t, re.I)
    if m and re.fullmatch(r"(?:you|yourself)\W*", m.group("x"), re.I):
        return None  # "tell me about yourself" says nothing specific
    if m:
        phrase = _trim(re.sub(r"\byour\b", "my", re.sub(r"\byou\b", "I", m.group("x"))))
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    # "how I'd X", and a question listed in sentence case: "How I will use GHANEPS"
    m = re.match(
        r"(?:(?P<w>how|what|whether|why) I(?:'d| would)?|"
        r"(?P<cap>How|What|Why) I(?:'d| would|'ll| will| can| could))\s+(?P<x>.+)",
        t,
    )
    if m:
        phrase = f"{(m.group('w') or m.group('cap')).lower()} I would {_trim(m.group('x'))}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    if m := re.match(r"(?i:how) to\s+(?P<x>[a-z][\w-]*\s.+)", t):
        # "How to avoid split procurement": a question listed as its subject
        phrase = f"how to {_trim(m.group('x'))}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = re.match(  # a question listed as asked: "if I can work weekends", "why do I want X"
        r"(?P<w>if|whether|why do|why did|how do|how did|what do)\s+I\s+(?P<x>(?:can|could|have|"
        r"had|ever|would|am|was|do|did|want|like|think|handle|handled)\b.+)",
        t,
        re.I,
    )
    if m:
        w = {"if": "whether", "why do": "why", "why did": "why", "how do": "how"}.get(
            m.group("w").lower(), m.group("w").lower()
        )
        if w in ("how did", "what do"):
            return None
        phrase = f"{w} I {_trim(m.group('x'))}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = re.match(
        r"how do I\s+(?!(?:feel|know|think|look|seem|sound|come|get)\b)(?P<x>[a-z]+\s.+)", t, re.I
    )
    if m:  # "how do I set up mise en place for 120 covers": a question in the candidate's words
        phrase = f"how I {_trim(m.group('x'))}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = re.match(r"how (?P<aux>would|do|did|will|can) you\s+(?P<x>.+)", t, re.I)
    if m:
        rest = re.sub(r"\byour\b", "my", m.group("x"))
        if re.search(r"\byou\b", rest):
            return None
        aux = "would " if m.group("aux").lower() in ("would", "will", "can") else ""
        phrase = f"how I {aux}{_trim(rest)}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    if m := re.match(r"(?:walk|talk|take) (?:me|us|them) through\s+(?P<x>.+)", t, re.I):
        # "Walk me through a model you got wrong" -> "a model I got wrong"
        phrase = _trim(_first_person(m.group("x")))
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    m = _WH_YOU.match(t)  # "where do you see the biggest risk", "how comfortable are you in X"
    if (  # not "when would you use which": no subject is left to name
        m
        and not re.search(r"\byou\b", m.group("x"), re.I)
        and not re.fullmatch(r"\S+\s+(?:which|what|it|that|this)\W*", m.group("x"), re.I)
    ):
        verb = {
            "do": "",
            "does": "",
            "would": "would ",
            "will": "would ",
            "can": "can ",
            "could": "could ",
            "are": "am ",
            "have": "have ",
        }[m.group("aux").lower()]
        wh = m.group("wh").lower()
        rest = _first_person(m.group("x"))
        phrase = f"{wh} I {verb}{_trim(rest)}" if verb != "am " else f"{wh} I am {_trim(rest)}"
        return phrase if sure_phrase(phrase, PhraseKind.QUESTION) else None
    return None


# a question put to the candidate: a wh-word (and what it asks about: "how comfortable",
# "what kind of team"), a helping verb, "you", the rest
_WH_YOU = lazy_compile(
    r"(?P<wh>(?:how|what|where|which|when|why)(?:\s+[a-z-]+){0,3}?)\s+"
    r"(?P<aux>do|does|would|will|can|could|are|have)\s+you\s+(?P<x>\S.*)",
    re.I,
)


def _first_person(text: str) -> str:
    """The rest of a question put to the candidate, in their words ("your team" -> "my team")."""
    text = re.sub(r"\byourself\b", "myself", text, flags=re.I)
    text = re.sub(r"\byour\b", "my", text, flags=re.I)
    return re.sub(r"\byou\b", "I", text, flags=re.I)


_LAST_PLACE = lazy_compile(r"\s+(?:at|in|on|for|with|from|during)\s+(?:(?!\b(?:at|in|on)\b).)*$")


def _forgot_phrase(text: str) -> str | None:
    """The first-person point the candidate forgot to make, as a clause they can send."""
    m = re.search(
        r"(?:forgot\s*:|forg[eo]t to (?:mention|say|bring up)|"
        r"should (?:(?:also |really )?have (?:said|mentioned|brought up|led with)|say|mention|"
        r"bring up))"
        r"\s*:?\s+(?:that\s+)?(?P<x>.+)",  # "I should say: I sat on the committee"
        text,
        re.I,
    )
    point = m.group("x") if m else text
    point = re.sub(r"\s*\([^)]*\)", "", point)  # "(they use Gainsight)": an aside to self
    point = re.sub(r"\b(AND|OR|ALSO|TOO|BOTH)\b", lambda w: w.group().lower(), point)
    point = re.split(r"\s+(?:--|—|–|\+)\s+|;\s*|\s+so\s+(?=I\b)", point)[0]
    # "I speak Polish, many people in his team speak Polish": the aside about them goes
    point = re.split(r",\s+(?=[^,]*\b(?:his|her|their|he|she|they)\b)", point)[0]
    point = re.sub(r"^I also\b", "I", point.strip()).rstrip(".!")  # the frame says "also"
    if re.match(r"(?:that|I (?:said|told|answered|think))\b", point, re.I):
        return None
    point = re.sub(r"^(?:At|In|During|While at) ([A-Z][^,]*?),? (?=I\b)", r"at \1, ", point)
    if not re.match(r"(?:at [A-Z][^,]*, )?(?:I|I'm|I've|I'd|I am|I have|my)\b", point):
        return None
    if re.search(
        r"\b(?:he|she|they|them|him|it|lol|should|stuff|kinda|sorta|gonna|tbh)\b|[?!]|\$|"
        r"\d+\s?k\b|\b(?:this|that)$",
        point,
        re.I,
    ):
        return None
    if len(point.split()) > 30:
        return None
    while re.match(r"my\s", point, re.I) and len(point.split()) > 6:
        # a noun phrase, not a clause: short enough to say "I also wanted to mention my X"
        shorter = _LAST_PLACE.sub("", point)
        if shorter == point:
            return None
        point = shorter
    return point


def share_urls(lines: list[NoteLine]) -> list[str]:
    """URLs the notes mean to share."""
    out = []
    before: list[str] = []  # lines above: 'ran an article: "Title"' over "Link: slj.com/x"
    for ln in lines:
        if not ln.usable:
            continue
        for m in _URL.finditer(ln.text):
            url = m.group().rstrip(".,)")
            if _ELIDED.search(url):
                continue  # "lsuagcenter.com/.../drone-drift-trials": cut short, no link to give
            url = url if url.startswith("http") else "https://" + url
            title = (
                re.search(
                    r"\bsend (?:her|him|them|along)?\s*(?P<t>the [^.:]+?)\s*(?:https?://|$)",
                    ln.text,
                )
                or re.search(r"[\"“](?P<t>[^\"”]{3,120})[\"”]", ln.text)
                # the title typed after the link: "... https://x.org/study Hop creep explained"
                or re.match(r"\s+(?P<t>[A-Z][^.!?:]{5,120}?)\s*[.!]?\s*$", ln.text[m.end() :])
                # a title on a line above, only for a bare link line ("Link: slj.com/x"): a
                # line that says what its own link is ("tutorial I found on X: URL") is
                # another piece than the titled one above it
                or (
                    next((t for b in reversed(before) if (t := _TITLED.search(b))), None)
                    if _bare_link_line(ln.text)
                    else None
                )
            )
            out.append(f"{url} {title.group('t')}" if title else url)
        before = [*before[-5:], ln.text]
    return out


def _bare_link_line(text: str) -> bool:
    """A line that is a link and at most a label or a pointer back ("Link: x.org/y", "Also
    the YLE piece: https://..."), not one that says what its own piece is on ("tutorial I
    found on conformal prediction: https://...")."""
    words = re.findall(r"[^\W\d_]{2,}", _URL.sub(" ", text))
    return len(words) <= 4 and not {w.lower() for w in words} & {"on", "about", "re", "regarding"}


# a link the notes cut short: a part left out with dots ("x.com/.../y", "x.com/…")
_ELIDED = lazy_compile(r"/\.{2,}(?:/|$)|…|\.{3}")
# a work named with its title in quotes: 'ran an article this month: "Teens in Charge"'
_TITLED = lazy_compile(
    r"\b(?:article|report|guide|paper|post|piece|book|study|survey|titled|called|podcast|"
    r"episode|video|talk)\b[^\"“\n]{0,40}[\"“](?P<t>[^\"”]{3,120})[\"”]",
    re.I,
)


def lines_for(lines: list[NoteLine], person: str | None, people: list[Person]) -> list[NoteLine]:
    """The usable lines about one person, or about nobody in particular."""
    return [
        ln
        for ln in lines
        if ln.usable and (ln.about is None or person is None or same_person(ln.about, person))
    ]
