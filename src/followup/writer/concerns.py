"""Concerns an interviewer raised, and the candidate's own answer to each, from the notes.

A thank-you note answers a concern only with the candidate's own point that addresses it
(ETIQUETTE.md: "addresses concerns the interviewer raised, with a confident answer"). The
notes give that point right after the concern: "My answer: ...", "I said I'd ...", "should
have said ...", "I described taking close from 12 to 5 days ...", or in the concern line
itself ("..., I told her I volunteer with ..."). This module pairs the two and turns the
point into a first-person clause the writer can send; when it cannot, the concern has no
answer and a message leaves it out.

The offline composer writes the answer sentence from here, and the gate (gate.py) uses the
same pairing to hold any draft, a model's too, to it: a concern brought up without the answer
is flagged, and so is a thank-you that leaves out an answer the notes hold. Hand-written
patterns, like the notes reader (notelines.py), for the same reasons given there.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.checker.rules.slots import clause_fault, slot_fault
from followup.lazyre import lazy_compile
from followup.models import Interviewer
from followup.noteheader import same_person
from followup.notelines import LineKind, NoteLine, to_recipient
from followup.notes import Reading
from followup.otherlanguage import in_other_language, mostly_other_language
from followup.privacy import PLACEHOLDER_RE
from followup.writer.phrases import has_shorthand, in_english, month_names, spell_out, unshout


@dataclass(frozen=True)
class Concern:
    """A concern about the candidate one interviewer raised, and the answer if the notes
    hold one."""

    line: NoteLine
    topic: str | None  # "staff morale at Oak Hill", for "your concern about ..."; or None
    probe: bool  # "pushed on X": a question about a subject, not a doubt about the candidate
    point: str | None = None  # "I led the S-1 finance workstream on a deal ..."
    forgot: bool = False  # the candidate meant to say it and did not (say it now)
    that: str | None = None  # "I've mostly done Unity", for "your concern that ..."

    @property
    def sayable(self) -> str | None:
        """The point as a message can say it: whole, or its first clause when only the second
        is in the notes' voice ("I'm registered for the NICU-MT training in May, and I'd be
        under supervision of their senior MT" -> "I'm registered for the NICU-MT training in
        May"); None when neither can be sent."""
        if self.point is None:
            return None
        first = _SECOND_POINT.split(self.point, maxsplit=1)[0].strip(" ,")
        for point in dict.fromkeys((self.point, first)):
            if not (
                len(point.split()) < 4
                or " & " in point
                or slot_fault(point, clause=True)
                or clause_fault(point)
                or _NOTES_VOICE.search(point)
                or _ENDS_ON_A_PRONOUN.search(point)
            ):
                return point
        return None  # "the snow's different, & I'll learn ...": the notes' own sentence

    def sentence(self, variant: int = 0) -> str | None:
        """The one confident sentence that answers it, or None without an answer."""
        if self.sayable is None:
            return None
        if self.topic and not _NOTES_VOICE.search(self.topic):
            intro = f"your {'question' if self.probe else 'concern'} about {self.topic}"
        elif (
            self.that
            and not _SECOND_CLAUSE.search(self.that)
            and not _THEIR_WORDS.search(self.that)
            and not slot_fault(self.that, clause=True)  # "that never supervised ...": no subject
        ):
            intro = f"your concern that {self.that}"
        else:
            intro = "the concern you raised"
        opener = ["On", "As for"][variant % 2]
        point = month_names(self.sayable)
        if self.forgot:
            return f"{opener} {intro}, I also wanted to add that {point}."
        return f"{opener} {intro}, {point}."


# "I'm keen to learn it": a point whose object is the notes' line before it, not said
_ENDS_ON_A_PRONOUN = lazy_compile(r"\b(?:it|them|this|that|those|these)\W*$")

# Where a point's second clause starts: "..., and I'd be under supervision of ..."
_SECOND_POINT = lazy_compile(r",?\s+and\s+(?=I\b|I['’](?:d|m|ve|ll)\b)")

# The notes' voice in a point or a topic, which a message to the person cannot keep: their
# side called "their"/"they" ("the mentoring their lead nurse does"), a spaced slash between
# two words ("the rota / on-call app")
_NOTES_VOICE = lazy_compile(r"\b(?:their|they|they['’](?:re|ve|d|ll))\b|\w \/ \w", re.I)

# The interviewer's own words in the concern, addressed to the candidate ('CONCERN: "you've
# mostly worked for yourself - how will you ..."'): "your concern that "you've mostly ..." would
# quote them half-way, in the wrong person; the concern is said as "the concern you raised"
_THEIR_WORDS = lazy_compile(r"[\"“”]|\byou(?:['’](?:ve|re|d|ll))?\b|\byour(?:self)?\b", re.I)

_CONCERN_TOPIC = lazy_compile(
    r"\b(?:concerned|worried|worry|nervous|skeptical|unsure|hesitant)\s+"
    r"(?:about|of|with|re:?|regarding|around)\s+"
    r"(?P<x>[^,;.!?]+)",
    re.I,
)
_PUSHED = lazy_compile(r"\bpushed (?:me |hard )?on\s+(?P<x>[^,;.!?]+)", re.I)
_TOPIC_END = lazy_compile(
    r"\s+(?:after|because|since|when|if|but|and (?:I|she|he|they|we)|--|—|–|->|→)\b.*$|"
    r"\s+(?:--|—|–|->|→).*$"
)
_NOT_A_TOPIC = lazy_compile(r"^(?:it|this|that|them|me|him|her)$|\b(?:I|I'm|I've|I'd)\b", re.I)

# What marks the candidate's answer, in the lines after a concern. Group "f": a point the
# candidate forgot or wants to say better (say it now); otherwise what they said.
_ANSWER = lazy_compile(
    r"^(?:(?P<f>(?:I\s+)?(?:should(?:'ve| have)? (?:also )?(?:said|mentioned|added|led with)|"
    r"should (?:also )?(?:say|add|mention)|forgot(?: to (?:say|mention))?|"
    r"forg[eo]t to (?:say|mention)|better answer|could (?:also )?have said))"
    r"|(?:my |the )?answer(?: I gave| for (?:the |my )?(?:follow[- ]?up|e-?mail|note|"
    r"thank[- ]?you))?|(?:I\s+)?(?:said|told (?:him|her|them)|say))"
    r"\s*:?\s*(?:more about\s+)?(?:that\s+)?(?P<x>.+)$",
    re.I,
)
_INLINE_ANSWER = lazy_compile(
    r"[,;]\s+(?:I|and I)\s+(?:told (?:him|her|them)|said|say|explained)\s+(?:that\s+)?"
    r"(?P<x>I\b(?:\S+\s+){2,14}\S+?)[.!]?$"
)
_REPORTED = lazy_compile(
    r"^I\s+(?P<v>described|mentioned|talked about|told (?:him|her|them) about|explained)\s+"
    r"(?P<x>[a-z]+ing\b.+)$"
)
_IRREGULAR_PAST = {
    "taking": "took",
    "building": "built",
    "running": "ran",
    "leading": "led",
    "making": "made",
    "getting": "got",
    "bringing": "brought",
    "writing": "wrote",
    "teaching": "taught",
    "growing": "grew",
    "cutting": "cut",
    "setting": "set",
    "putting": "put",
    "winning": "won",
    "keeping": "kept",
    "holding": "held",
    "selling": "sold",
    "doing": "did",
    "giving": "gave",
    "finding": "found",
    "driving": "drove",
    "sending": "sent",
    "spending": "spent",
    "shipping": "shipped",
    "planning": "planned",
    "studying": "studied",
    "applying": "applied",
    "going": "went",
    "paying": "paid",
    "beginning": "began",
}
_GERUND_AFTER_AND = lazy_compile(r"\band ([a-z]+ing)\b")
_UNSURE = lazy_compile(
    r"\b(?:he|she|they|them|him|her|his|we|us|lol|stuff|thing|things|kinda|sorta|gonna|tbh|"
    r"should|want to|email|mail|note|weak|better|honestly|ok|okay|idk|yes|no|gr|yrs|hrs|mins|"
    r"w)\b|[?!@→/]|->|"
    r"\$|\d+\s?k\b|\.\.",
    re.I,
)
_FINITE = lazy_compile(
    r"\b(?:am|is|are|was|were|have|has|had|do|did|would|will|can|could|[a-z]{3,}ed|built|led|"
    r"ran|run|took|made|got|taught|grew|cut|set|put|won|kept|held|sold|gave|found|drove|sent|"
    r"spent|speak|volunteer|hold|work|teach|know|own|use|manage|lead|coordinate|done|been|"
    r"taught|loses|gets|takes|needs|makes|lacks|used|\w+n['’]t)\b"
)


# "the 2 LiDAR missions I did with ...": a count of things the candidate did, fronted
_FRONTED = lazy_compile(
    r"^the (?P<np>\d+ [^,]+?) I (?P<v>did|ran|flew|led|built|made|wrote|taught|delivered|"
    r"completed|handled|managed|trained|supervised)\b(?P<rest>.*)$"
)

# A relative clause inside a noun phrase ("the 6 months I covered"): its verb is not the
# phrase's own
_RELATIVE = lazy_compile(r"\b(?:I|we|you|they|he|she)\s+\S+")
# Two clauses joined by a comma alone ("I run a salon, I know what owners want")
_SPLICE = lazy_compile(r",\s+(?:I|we|I'm|I've)\s")
# A second clause after a comma in what they said ("I'm only a sophomore, most interns are
# juniors"): the notes' run-on, which "your concern that ..." cannot carry
_SECOND_CLAUSE = lazy_compile(
    r",\s+(?:\w+\s){0,2}(?:are|is|was|were|have|has|had|do|does|did|will|would|can)\b"
)
# A singular noun with a plural verb ("how salon owner think"), or "I am" before a bare
# singular noun ("I am salon owner"): English a message cannot send as it stands
_DISAGREES = lazy_compile(
    r"\b(?:how|what|why|when|where|because|if)\s+(?:\w+\s)?\w+(?:er|or|ist|ant|ent)\s+"
    r"(?:think|know|want|need|like|feel|say|buy|do|have)\b"
    r"|\bI am\s+(?!a\b|an\b|the\b|my\b|not\b|also\b|very\b|still\b)\w+\s+"
    r"\w+(?:er|or|ist|ant|ent)\b(?!\s+(?:of|at|in|for|with|and|to)\b)"
    # a comparative and a singular noun with no article ("mobile is smaller part of role")
    r"|\b(?:is|was)\s+(?:a\s+)?[a-z]{3,}er\s+(?!than\b)[a-z]+[^\Ws]\s+of\s+"
    r"(?!(?:the|a|an|my|your|our|it|them|this|that)\b)[a-z]+[^\Ws]\b(?!['’])"
)


# The candidate conceding the doubt rather than answering it: "I have never testified in
# court", "I've only done a la carte", "my experience is mostly 200mm"
_CONCEDES = lazy_compile(
    r"(?:I|I['’]ve|I['’]m|I['’]d|I have|I had|I am|my [\w-]+(?: [\w-]+)? (?:is|was|has been))"
    r"\s+(?:\w+\s+)?(?:never|not|no|only|mostly|barely|hardly)\b"
    r"|I\s+(?:haven['’]t|hadn['’]t|didn['’]t|don['’]t|can['’]t|cannot|wasn['’]t|lack)\b"
    # the limit after what was done: "I have done JMeter only, not k6", "I've used Acuitas,
    # not Optisoft"
    r"|(?:I|I['’]ve|I have|I['’]d)\s+(?:\w+\s+)?(?:done|used|worked|run|had|fired|been)\b"
    r"[^,.;]*?(?:\bonly\b|,\s*(?:but\s+)?not\b)",
    re.I,
)


# Where a sentence answers a concern: "On the concern you raised, ...", "As for your concern
# that ..., ..."; the answer is what follows the first comma after it
_ANSWERING = lazy_compile(
    r"\b(?:on|as for|regarding|about)\s+(?:the|your)\s+(?:concern|worry|doubt|question)\b"
    r"[^,.!?]*,\s*(?P<a>[^.!?]+)",
    re.I,
)


def unanswered(sentence: str, notes: str) -> str | None:
    """Why a sentence that answers a concern does not answer it, or None: the weakness said
    again ('On the concern you raised, I have never testified in court'), or a claim in the
    notes' own words that is not the candidate's point ('..., the toasting is the same hands,
    different recipe'). The test the offline composer's answers pass (Concern.sentence)."""
    m = _ANSWERING.search(sentence)
    if m is None:
        return None
    answer = m["a"].strip()
    if _CONCEDES.match(answer):
        return "answers the concern with the weakness itself"
    own = re.match(r"(?:I|I['’](?:m|ve|d|ll)|my|we)\b", answer, re.I)
    if not own and len(answer.split()) >= 4 and answer.lower() in notes.lower():
        return "answers the concern with a claim in the notes' own words, not your own point"
    return None


def concerns_for(reading: Reading, person: Interviewer) -> list[Concern]:
    """The concerns this person raised, each with the candidate's answer when the notes hold
    one. Untied concerns count when there is one interviewer."""
    single = len(reading.brief.interviewers) <= 1
    out: list[Concern] = []
    lines = reading.lines
    for i, ln in enumerate(lines):
        if ln.kind is not LineKind.CONCERN or not ln.usable or mostly_other_language(ln.text):
            continue  # a line in another language is never said in an English message
        if not (ln.about and same_person(ln.about, person.name)) and not (
            ln.about is None and single
        ):
            continue
        if _NOT_THEIRS.search(ln.text):
            continue  # "a case study (neglect concerns, school refusal)": no doubt of theirs
        owner = _OWNER.match(ln.text)
        if (
            owner
            and not same_person(owner.group("name"), person.name)
            and any(same_person(owner.group("name"), p.name) for p in reading.brief.interviewers)
        ):
            continue  # "Greg's concern: ..." in Wendy's part of the notes is Greg's
        if out and _same_concern(out[-1].line, ln):
            continue  # "She seemed worried about it." goes with the concern before it
        topic, probe = _topic(ln.text)
        point, forgot = _answer(ln, lines[i + 1 : i + 4])
        if point and in_other_language(point):
            point = None  # "le dije yeso agrícola": the answer is not said in English
        that = None if topic else _that_clause(ln.text)
        if that:
            that = in_english(that)  # "I've not done owt with budgets": said in English
        out.append(Concern(ln, topic, probe, point, forgot, that))
    return out


_NOT_THEIRS = lazy_compile(
    r"\b(?!(?:her|his|their|main|big|only|any|the|some|no|few|two|my)\b)[a-z]+ concerns\b"
)
_OWNER = lazy_compile(r"^(?P<name>[A-Z][\w'’-]+)['’]s (?:concern|worry)\b")
_THAT = lazy_compile(
    r"(?:\b(?:worry|concern)(?: (?:she|he|they) raised| raised)?\s*(?::|\bis\b)\s*|"
    r"\b(?:concerned|worried|nervous|unsure|hesitant)\s+(?:that\s+)?)(?P<x>.+)",
    re.I,
)


# who voiced the concern, before what it is: "Mrs Pryce noted (that) ...", "she said ..."
_REPORTER = lazy_compile(
    r"^(?:(?:he|she|they)|(?:(?:Mrs|Mr|Ms|Dr|Prof|Mx)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+(?:noted|said|says|thinks|thought|felt|feels|mentioned|pointed out|flagged|raised|"
    r"worried|wondered|asked whether)\s+(?:that\s+)?(?=\S)"
)


def _that_clause(text: str) -> str | None:
    """'Concern she raised: I haven't led a team bigger than 3' -> 'I haven't led a team
    bigger than 3', for "your concern that ..."; None unless it is a short, clean clause."""
    m = _THAT.search(text)
    if m is None:
        return None
    cut = r"\s+(?:--|—|–|->|→)\s+|;|,\s+(?:here|but|and|so|which)\b|\s+\("
    clause = re.split(cut, m.group("x"))[0]
    clause = clause.strip(" .,:")
    clause = _REPORTER.sub("", clause)  # "Mrs Pryce noted I've not ..." -> "I've not ..."
    clause = re.sub(r"^you(?=['’]ve\b|\s)", "I", clause)
    clause = re.sub(r"\byour\b", "my", clause)
    if not 3 <= len(clause.split()) <= 14 or _UNSURE.search(clause):
        return None
    if re.match(r"(?:about|of|with|it|that)\b", clause, re.I) or not _FINITE.search(clause):
        return None
    return clause


def _same_concern(before: NoteLine, line: NoteLine) -> bool:
    return re.search(r"\b(?:about|of) (?:it|that|this)\b", line.text, re.I) is not None


def _topic(text: str) -> tuple[str | None, bool]:
    """What the concern is about, as a noun phrase for "your concern about ..."."""
    probe = False
    m = _CONCERN_TOPIC.search(text)
    if m is None:
        m = _PUSHED.search(text)
        probe = m is not None
    if m is None:
        return None, False
    topic = _TOPIC_END.sub("", m.group("x")).strip(" .,:")
    topic = re.sub(r"^my lack of\s+", "", topic)
    topic = re.sub(r"\s*\([^)]*\)", "", topic)
    if not topic or _NOT_A_TOPIC.search(topic) or len(topic.split()) > 9:
        return None, probe
    if probe and re.match(r"my\b", topic) is None and not re.search(r"experience\b", topic):
        return to_recipient(topic), True  # a subject they probed, not a doubt about the candidate
    return to_recipient(topic), probe


def is_doubt(concern: Concern) -> bool:
    """Whether the concern is a doubt about the candidate (to be answered or left out), not a
    subject the interviewer probed ("pushed on offline/online metric mismatch")."""
    if not concern.probe:
        return True
    return concern.topic is None or bool(re.search(r"\bexperience\b", concern.topic))


def _answer(concern: NoteLine, after: list[NoteLine]) -> tuple[str | None, bool]:
    """The candidate's answer to the concern: a forgotten point first (the candidate wants it
    said), then what they said; None when the notes hold no answer this module is sure of."""
    said: str | None = None
    about_me = re.search(r"\b(?:I|my|I've|I'd|I'm|me)\b", concern.text) is not None
    inline = _INLINE_ANSWER.search(concern.text)
    if inline:
        said = _clause(inline.group("x"), concern)
    arrow = re.search(r"\s(?:->|→|—|--)\s+(?P<x>I\s.+)$", concern.text)
    if said is None and arrow:  # "skeptical of my Siemens experience -> I explained porting ..."
        reported = _REPORTED.match(arrow.group("x"))
        if reported:
            said = _reported(reported.group("v"), reported.group("x"), concern, about_me)
    for ln in after:
        if not ln.usable or ln.about != concern.about:
            break
        if ln.kind is LineKind.CONCERN and _same_concern(concern, ln):
            continue  # "She seemed worried about it."
        text = re.sub(r"^(?:but|though|however|yet)[,:]?\s+(?=I\b)", "", ln.text, flags=re.I)
        labelled = re.match(r"(?:my |the |better )?answer\b", text, re.I) is not None
        stop = (LineKind.TOPIC, LineKind.QUESTION, LineKind.NEXT_STEPS, LineKind.CONCERN)
        if ln.kind in stop and not labelled:
            break
        m = _ANSWER.match(text)
        reported = _REPORTED.match(text)
        point: str | None = None
        forgot = False
        if reported:
            point = _reported(reported.group("v"), reported.group("x"), ln, about_me)
        elif m:
            point = _clause(m.group("x"), ln)
            forgot = m.group("f") is not None
            if forgot and re.match(r"(?:I\s+)?forg", text, re.I) and not _shared(concern, point):
                point = None  # a point forgotten on another subject ("forgot: I can run ...")
        elif re.match(r"I\s+(?!think|guess|was|felt|got|forgot|talked|mentioned)", text):
            point = _clause(text, ln)
        if point and forgot:
            return point, True
        if point and not re.match(r"(?:I|my)\b", point, re.I):
            point = None  # "the toasting is the same hands": a claim in the notes' words
        said = said or point
    return said, False


_STOP_WORDS = """
that this with have been from they them their there about which would could should also
just very really what when where your into over more most some such than then those these
while will never only mostly worried concerned concern worry nervous
basically actually literally honestly totally definitely probably pretty quite
"""
_STOP = frozenset(_STOP_WORDS.split())


def content_words(text: str) -> set[str]:
    """The words of a text that carry its meaning (five-letter stems, no stop words); a
    privacy placeholder ("[private line removed]") carries none."""
    text = PLACEHOLDER_RE.sub(" ", text)
    return {w[:5] for w in re.findall(r"[a-z][a-z'-]{3,}", text.lower()) if w not in _STOP}


def _shared(concern: NoteLine, point: str | None) -> bool:
    return point is not None and bool(content_words(concern.text) & content_words(point))


def _reported(verb: str, rest: str, line: NoteLine, about_me: bool = True) -> str | None:
    """'I described taking close from 12 to 5 days' -> 'I took close from 12 to 5 days';
    'I explained pairing POS data with ...' -> 'I would handle it by pairing POS data ...'
    when the concern is a problem of theirs (not about the candidate's experience)."""
    if verb == "explained" and not about_me:
        return _clause(f"I would handle it by {rest}", line)
    words = rest.split(" ", 1)
    past = _past(words[0])
    if past is None:
        return None
    clause = f"I {past} {words[1] if len(words) > 1 else ''}".strip()
    clause = _GERUND_AFTER_AND.sub(lambda m: "and " + (_past(m.group(1)) or m.group(1)), clause)
    return _clause(clause, line)


def _past(gerund: str) -> str | None:
    """The past tense of a verb's -ing form, for regular verbs and a few common irregular
    ones ('training' -> 'trained', 'taking' -> 'took')."""
    if gerund in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[gerund]
    stem = gerund[:-3]
    if len(stem) < 3 or not gerund.endswith("ing"):
        return None
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"
    if re.search(r"(.)\1$", stem) and not stem.endswith(("ll", "ss", "ff", "zz")):
        return stem + "ed"  # planning -> planned (its doubled consonant kept)
    return stem + "ed"  # training -> trained, reducing -> reduced, handling -> handled


def _clause(text: str, line: NoteLine) -> str | None:
    """The point as a first-person clause the writer can send, or None when unsure. A
    concession ("I have never testified in court") is the weakness itself, no answer; a
    point's "but never ..." is cut ("I tracked the spending for 2 years but never owned a
    budget line")."""
    point = re.split(
        r"\s+(?:--|—|–)\s+|;\s*|,\s+(?:just|but|which|so|and honestly|same|similar|like|"
        r"basically|kind of|sort of|its|it's|it is|that's|thats)\b|"
        r",?\s+and (?:we|they|he|she|it)\b|\s+but\s+|,?\s+\+\s+|"
        # "..., and live taught me to be fast": a second point with a subject of its own
        r",\s+and (?!I\b|I['’]|also\b|then\b)"
        r"(?=(?:[a-z]+ ){1,2}(?:[a-z]+ed|taught|made|gave|showed)\b)|"
        # a second clause with a subject of its own: "I learn fast and mobile is ..."
        r",?\s+and (?!(?:I|will|would|can|could|should|may|might|must|also|still|now|then|"
        r"so|it|we|they|he|she)\b)[a-z]+ (?:is|are|was|were|has|have)\b",
        text,
    )[0]
    point = re.sub(r"\s*\([^)]*\)", "", point).strip(" .,:!")
    point = re.sub(r"^Said\s+(?:that\s+)?", "", point)
    # "I said I'd shadowed the gibbon team": "'d" before a past participle is "had", and the
    # reported past is said as the plain past ("I shadowed the gibbon team")
    point = re.sub(r"^(?:I said )?I['’]?d\s+(?=[a-z]+ed\b|been\b|done\b|worked\b)", "I ", point)
    point = re.sub(r"^I been\b", "I have been", point)
    point = re.sub(r"^I done\b", "I have done", point)
    point = re.sub(r",?\s+and that\s+I\b.*$", "", point)  # "... and that I'm careful": one point
    point = re.sub(r"^I'd\b", "I would", point)
    point = re.sub(r"^I said I'?d\b", "I would", point)
    point = re.sub(r"^I\s+(?:also|already)\s+", "I ", point)
    # "the 2 LiDAR missions I did with the L1": the thing done, said with its doer first
    point = _FRONTED.sub(lambda m: f"I {m['v']} {m['np']}{m['rest']}", point)
    if not re.match(r"(?:I|I'm|I've|I'd|My|my|the)\b", point):
        return None
    if re.match(r"I (?:answered|replied|responded|said|argued|explained)(?: that)?\b", point):
        return None  # "I answered that the physics remain the same": a report, not the point
    if re.match(r"I told (?!(?:him|her|them|you)\b)", point):
        return None  # "I told HIPAA training I will complete": the notes' grammar, unsure
    if _CONCEDES.match(point):
        return None  # "I have never testified in court": the doubt, said again
    if point.startswith("My "):
        point = "my" + point[2:]
    point = unshout(spell_out(point))  # "the program WITH Ridgeview": emphasis, said plainly
    if re.search(r"\b(?:of|in|on|for|the|to|with)\s+(?:[A-Z]\.?){1,3}$", point):
        return None  # "a course of U.S.": the notes' sentence cut at an abbreviation's dot
    if not 4 <= len(point.split()) <= 28 or _UNSURE.search(point) or has_shorthand(point):
        return None
    if not _FINITE.search(point):
        return None
    if point.startswith("the ") and not _FINITE.search(_RELATIVE.sub("", point)):
        return None  # "the 6 months I covered the TL desk": a noun phrase, no clause to send
    if _SPLICE.search(point) or _DISAGREES.search(point):
        return None  # "I am salon owner, I know how salon owner think": the notes' English
    typed_lower = re.search(r"(?:^|\s)i(?:\s|'|’)", line.raw) is not None or line.raw[:1].islower()
    if typed_lower and re.search(
        r"\b(?:at|for the|with the)\s+(?!(?:my|the|a|an|our|your|work|home|least)\b)[a-z]{2,}",
        point,
    ):
        return None  # "at lupo", "for the cdc": a name typed in lower case, unsure
    return point
