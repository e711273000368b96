"""context: rules that need facts from outside the text (recipient, cadence, grounding).

Each check is a small function registered by name. A context rule names its check; a
check with no facts to work from yields nothing, so the linter runs them harmlessly on a
bare draft and the writer feeds them the brief and the history.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from followup import timeline
from followup.checker.document import Context, Document
from followup.checker.rules.base import Match, Rule
from followup.checker.rules.slots import clause_faults, slot_faults
from followup.checker.textscan import blocked_in, full_text, possible
from followup.core import MessageKind
from followup.lazyre import lazy_compile

ContextCheck = Callable[[Document, dict[str, int | str]], Iterator[Match]]
CONTEXT_CHECKS: dict[str, ContextCheck] = {}


def context_check(name: str) -> Callable[[ContextCheck], ContextCheck]:
    """Register a context check under a name rule files can use."""

    def register(func: ContextCheck) -> ContextCheck:
        CONTEXT_CHECKS[name] = func
        return func

    return register


# A name's word opens with a capital, accented ones too ("Ó Súilleabháin", "Łukasz"); a
# surname's particles before it are lower case ("Mrs. van der Berg")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)"
_PARTICLES_BEFORE = (
    r"(?:(?:van|von|de|der|den|da|di|del|della|le|la|du|dos|ter|ten|bin|ibn)[ \t]+)*"
)
_GREETING = lazy_compile(
    r"^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+|[A-Z][a-z]{1,3}\.[ \t]+)?"  # "Capt. Silva"
    rf"({_PARTICLES_BEFORE}{_NAME_WORD}(?:[ \t]+{_PARTICLES_BEFORE}{_NAME_WORD})?)",
    re.MULTILINE,
)


@context_check("recipient-name")
def recipient_name(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """The greeting must name the known recipient (first or last name)."""
    recipient = doc.context.recipient
    if not recipient:
        return
    names = {part.lower() for part in re.findall(r"[\w’'-]+", recipient)}
    company_and_job = f"{doc.context.company or ''} {doc.context.role or ''}".lower()
    m = _GREETING.search(doc.text)
    if names and names <= set(re.findall(r"[\w’'-]+", company_and_job)):
        # a misread of the notes: the company (or the job, "Dear Payroll,") taken for a person
        start, end = (m.start(1), m.end(1)) if m else (doc.words[0] if doc.words else (0, 0))
        yield Match(
            start,
            end,
            None,
            f"this is addressed to the company or the job ({recipient}), not a person",
        )
        return
    if m is not None:
        greeted = m.group(1).split()
        shouted = [g for g in greeted if len(g) >= 3 and g.isupper() and g.isalpha()]
        if shouted:  # "Hi NADIA,": the notes' capitals copied into the greeting
            yield Match(
                m.start(1),
                m.end(1),
                None,
                f"'{shouted[0]}' is in capitals; write the name as they write it",
            )
            return
        facts = doc.context.known_facts or ""
        if not any(g.lower() in names or _short_form(g, names, facts) for g in greeted):
            yield Match(m.start(1), m.end(1), None, f"this is for {recipient}, not {m.group(1)}")
        return
    words = {w.lower() for w in re.findall(r"[\w’'-]+", doc.text)}
    if not names & words and doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, f"this is for {recipient}, who is never named")


def _short_form(greeted: str, names: set[str], facts: str) -> bool:
    """'Sid' for Siddharth: a short form of one of the names, which the notes use."""
    low = greeted.lower()
    return (
        len(low) >= 3
        and any(n.startswith(low) for n in names)
        and re.search(rf"(?<![\w’']){re.escape(greeted)}(?![\w’'])", facts) is not None
    )


def _first_word(doc: Document, detail: str) -> Iterator[Match]:
    """A finding about the whole message, anchored on its first word."""
    if doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, detail)


def _inquiries_sent(ctx: Context) -> int | None:
    if ctx.history is not None:
        return len(timeline.inquiries(ctx.history))
    return ctx.inquiries_sent


@context_check("cadence")
def cadence(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Too soon: an inquiry before day 7 or before the stated decision date has passed, a
    second inquiry less than about a week after the first, a check-in less than about a
    month after the last message. The detail says when it would be welcome."""
    ctx = doc.context
    day = ctx.days_since_interview
    sent = ctx.history or ()
    if doc.kind in timeline.INQUIRY_KINDS:
        if (_inquiries_sent(ctx) or 0) >= 2:
            return  # the third-inquiry rule's finding
        if doc.kind is MessageKind.SECOND_INQUIRY and _inquiries_sent(ctx) == 0:
            yield from _first_word(
                doc,
                "a second inquiry, but neither your notes nor the sent history record a first "
                "one: a second inquiry refers back to a follow-up that was never sent; write "
                "the first inquiry (--kind inquiry), or log the one you sent",
            )
            return
        if day is None:
            if ctx.days_until_decision is not None and ctx.days_until_decision >= 0:
                days = ctx.days_until_decision
                when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
                yield from _first_word(
                    doc, f"they said they would decide {when}; wait until that date has passed"
                )
            return
        decision_day = (
            day + ctx.days_until_decision if ctx.days_until_decision is not None else None
        )
        timing = timeline.welcome_from(doc.kind, sent, decision_day, ctx.interview_date)
    elif doc.kind is MessageKind.CHECK_IN:
        if ctx.history is None or day is None:
            if ctx.check_ins_last_30_days:
                yield from _first_word(
                    doc, "a check-in went out in the last 30 days; about once a month is enough"
                )
            return
        timing = timeline.welcome_from(doc.kind, sent, None, ctx.interview_date)
    else:
        return
    if timing.earliest is not None and day < timing.earliest:
        when = timeline.when_label(ctx.interview_date, timing.earliest)
        yield from _first_word(
            doc,
            f"day {day} is too soon for this {doc.kind.value}: {timing.reason}. Wait until {when}",
        )


@context_check("third-inquiry")
def third_inquiry(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """An inquiry after two inquiries already went out."""
    ctx = doc.context
    if doc.kind not in timeline.INQUIRY_KINDS or (_inquiries_sent(ctx) or 0) < 2:
        return
    if ctx.history is None:
        yield from _first_word(doc, "two inquiries were already sent")
        return
    days = timeline.inquiries(ctx.history)
    sent_on = " and ".join(timeline.when_label(ctx.interview_date, d) for d in days[:2])
    check_in = timeline.welcome_from(MessageKind.CHECK_IN, ctx.history).earliest or 0
    when = timeline.when_label(ctx.interview_date, check_in)
    yield from _first_word(
        doc,
        f"two inquiries already went out ({sent_on}). Keep applying elsewhere; a check-in "
        f"that offers something and asks nothing is welcome from {when}",
    )


@context_check("late-thank-you")
def late_thank_you(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """A thank-you after day 3."""
    day = doc.context.days_since_interview
    if doc.kind is not MessageKind.THANK_YOU or day is None:
        return
    if day > timeline.LATE_THANK_YOU_AFTER:
        best = timeline.when_label(doc.context.interview_date, timeline.THANK_YOU_DAYS[1])
        yield from _first_word(
            doc,
            f"day {day} (it was best by {best}), but a late thank-you still beats none: "
            "send it today",
        )


@context_check("after-rejection")
def after_rejection(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Anything but a keep-in-touch note on an application marked rejected."""
    if doc.context.status == "rejected" and doc.kind is not MessageKind.KEEP_IN_TOUCH:
        yield from _first_word(
            doc,
            f"the application is marked rejected, and {timeline.with_article(doc.kind)} reads "
            "as not taking no for an answer; a keep-in-touch note fits "
            "(followup write --kind keep-in-touch)",
        )


_WEEKDAYS_MONTHS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec"
)
_ALWAYS_FINE = frozenset(_WEEKDAYS_MONTHS.split()) | {"i", "i'm", "i've", "i'd", "i'll", "ps"}
_CANDIDATE = lazy_compile(r"\b[A-Z][\w’'-]*|(?<![\w.])\d[\w,.:/%]*")
_SENTENCE_START = lazy_compile(r"(?:^|[.!?:]\s+|\n\s*)$")


@context_check("grounding")
def grounding(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Every name, number and capitalised term must appear in the notes (known_facts).

    Words that open a sentence or a line are skipped (they are capitalised anyway), as are
    weekdays, months and "I".
    """
    facts = doc.context.known_facts
    if facts is None:
        return
    known = facts.lower().replace("’", "'")
    text = doc.text
    for m in _CANDIDATE.finditer(text):
        token = m.group().replace("’", "'").rstrip("'-.,:;/%")
        if not token or token.lower() in _ALWAYS_FINE:
            continue
        if token[0].isalpha() and _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            continue
        if m.start() < 9 and text.startswith("Subject:"):
            continue
        if not re.search(rf"(?<![\w]){re.escape(token.lower())}(?![\w])", known):
            yield Match(m.start(), m.start() + len(token), None, token)


# Where a draft names the employer: "the analyst role at X", "the team at X", "join X",
# "interview at X". Names after "with" or "to" are left alone: they are usually people.
_COMPANY_MENTION = lazy_compile(
    r"\b(?:(?:the|this|your|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:role|position|job|opening|team|opportunity|vacancy|interview|internship)\s+(?:at|with)"
    r"|join(?:ing)?(?:\s+(?:the|your)\s+team\s+at)?|interview(?:ing|ed)?\s+at)"
    r"\s+([A-Z](?:[\w&’'-]|\.(?=\w))*(?:[ \t]+(?:&[ \t]+)?[A-Z](?:[\w&’'-]|\.(?=\w))*){0,3})"
)
_PAST_JOIN = lazy_compile(r"\b(?:before|since|after|when|until)\s+$", re.IGNORECASE)
_MY_PAST = lazy_compile(
    r"\bI\s+(?:also\s+)?(?:shadowed|worked (?:with|in|on)|ran|led|managed|trained|supported|"
    r"assisted|covered|volunteered with|was on|sat with)\s+$"
)
# Mail providers and common sub-domains say nothing about the employer.
_NOT_A_COMPANY_WORDS = """
gmail googlemail outlook hotmail live msn yahoo icloud me mac aol proton protonmail gmx
mail email fastmail zoho yandex hey www hr jobs careers recruiting talent co com org net
example
"""
_NOT_A_COMPANY_LABEL = frozenset(_NOT_A_COMPANY_WORDS.split())


def _name_words(name: str) -> set[str]:
    words = {
        w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w’'&-]+", name)
    }
    return {w for w in words if len(w) >= 3 and w not in _ALWAYS_FINE}


def _domain_labels(email: str | None) -> set[str]:
    """The labels of the address's domain that may name the employer (northwind.example)."""
    if not email or "@" not in email:
        return set()
    labels = email.rsplit("@", 1)[1].lower().split(".")[:-1]  # the last label is the TLD
    return {label for label in labels if len(label) >= 3 and label not in _NOT_A_COMPANY_LABEL}


@context_check("company-name")
def company_name(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """A draft that names an employer other than the one it is for: the company in front
    matter or the brief, or the recipient's mail domain. Only mentions that say where the
    role or team is ("the role at X", "join X") count; "my role at X" is the candidate's
    own employer."""
    ctx = doc.context
    known = _name_words(ctx.company or "")
    labels = _domain_labels(ctx.recipient_email)
    if not known and not labels:
        return
    for m in _COMPANY_MENTION.finditer(doc.text):
        if _PAST_JOIN.search(doc.text, max(0, m.start() - 12), m.start()):
            continue  # "before joining Fernbrook": the candidate's own story
        if _MY_PAST.search(doc.text, max(0, m.start() - 30), m.start()):
            continue  # "I shadowed the gibbon team at Ashcombe": the candidate's own past
        named = _name_words(m.group(1))
        if not named:
            continue
        squashed = "".join(sorted(named))
        if named & known or any(w in label or label in w for w in named for label in labels):
            continue
        if any(label in squashed for label in labels):
            continue
        expected = ctx.company or ctx.recipient_email.rsplit("@", 1)[1]  # type: ignore[union-attr]
        yield Match(m.start(1), m.end(1), None, f"{m.group(1)!r}, but this note is for {expected}")


_KEYWORD = lazy_compile(r"[a-z][a-z’'-]{4,}")
# What a candidate says they did: the claims rule and the hearing-own-work rule share it.
_DID = (
    r"(?:built|led|managed|created|launched|developed|designed|ran|run|shipped|grew|cut|"
    r"increased|reduced|improved|worked|working|founded|won|earned|published|wrote|taught|"
    r"trained|delivered|completed|finished|started|migrated|automated|saved|raised|hired|"
    r"mentored|presented|organized|organised|sold|closed)"
)
_CLAIM = lazy_compile(
    r"\bI(?:\s+(?:have|had|also|once|recently|personally)|['’]ve|['’]d)?(?:\s+been)?\s+"
    rf"{_DID}\b[^.!?\n]*",
    re.IGNORECASE,
)
_CONTENT = lazy_compile(r"[A-Za-z][A-Za-z’'-]{3,}")
_FILLER_WORDS = """
that this with have been from they them their there about which would could
should also just very really what when where your into over more most some
such than then those these while will years year team teams work working worked
role company experience helped help
"""
_FILLER = frozenset(_FILLER_WORDS.split())


def _stem(word: str) -> str:
    return word.lower().replace("’", "'")[:5]


@context_check("claims")
def unsupported_claims(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """A sentence where the candidate claims experience ("I built...", "I've led...") must
    reuse the notes' words: at most `max-new` content words (default 1) may be new."""
    facts = doc.context.known_facts
    if facts is None:
        return
    known = {_stem(w) for w in _CONTENT.findall(facts)}
    limit = int(params.get("max-new", 1))
    for m in _CLAIM.finditer(doc.text):
        words = [w for w in _CONTENT.findall(m.group()) if w.lower() not in _FILLER]
        new = [w for w in words[1:] if _stem(w) not in known]  # words[0] is the verb
        if len(new) > limit:
            yield Match(m.start(), m.end(), None, ", ".join(new[:4]))


_PROPER = lazy_compile(r"(?<![\w-])(?:[A-Z][a-z]*[A-Z0-9][\w-]*|[A-Z][a-z]{3,})(?![\w-])")


@context_check("specific-detail")
def specific_detail(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """At least one topic from the conversation must show up: two of its key words in one
    sentence, or two of its words side by side ("cost reviews" from "weekly cost reviews")."""
    topics = doc.context.topics
    if not topics:
        yield from _notes_detail(doc)
        return
    # the "Subject:" label is not a word of the message ('a subject they care about')
    sentences = [
        re.sub(r"^subject:\s*", "", " ".join(doc.text[s:e].lower().split()))
        for s, e in doc.sentences
    ]
    names = _name_words(
        " ".join(filter(None, (doc.context.company, doc.context.role, doc.context.recipient)))
    )
    for topic in topics:
        # a name the topic holds ("Yardi + my numbers", "the OnCore rollout") is the detail on
        # its own, written as the topic writes it (not the company, role or recipient)
        proper = {w for w in _PROPER.findall(topic) if w.lower() not in names}
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", doc.text) for w in proper):
            return
        keywords = set(_KEYWORD.findall(topic.lower()))
        needed = min(2, len(keywords))
        pairs = _word_pairs(topic)
        whole = " ".join(topic.lower().split())  # a topic of short words: "why I held the wide"
        for sentence in sentences:
            if needed and sum(1 for k in keywords if k in sentence) >= needed:
                return
            if any(pair in sentence for pair in pairs) or (len(whole) > 12 and whole in sentence):
                return
    if doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, "; ".join(topics[:3]))


# -- the draft reads as a message, not as pasted notes ---------------------------------------
# The writer's (and a model's) typical failure is a note fragment slotted into a frame:
# "our discussion of I handle conflicting priorities", "our conversation about the team is
# migrating to Kafka". A frame word followed by a preposition must be followed by a noun
# phrase, not by a clause.
_FRAME_WORD_LIST = """
discussion discussing conversation talk talking chat hearing learning thinking reading
question questions point points insight insights perspective explanation overview
description update story stories mention details focus emphasis exchange comment comments
thoughts enthusiasm excitement passion
"""
_FRAME_WORDS = frozenset(_FRAME_WORD_LIST.split())
# The preposition after a frame word. Found first, by a scan that starts with a literal space
# (fast), then the word before it is looked up; a case-insensitive alternation of the frame
# words scanned every message cost more than all the other fragment checks together.
_PREPOSITION = lazy_compile(r" (?:about|of|on|regarding|around|concerning) +")
# After the preposition: nothing ("about for 72)", "about, and", "about someone who ...").
_NOTHING_AFTER = lazy_compile(
    r"(?:(?:for|to|with|at|by|from|and|but|or|if|because|someone|somebody|anyone)\b"
    r"|why (?!not\b)\w+(?=[.,;:!?])|[,.;:)!?]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# After a preposition, a subject pronoun starts a clause ("about I handle", "of we").
# Notes drop the apostrophe ("theyre moving offices", "im", "ive", "youre"): the same clause.
# "were", "well", "ill", "id", "its" are words of their own, so only the forms that are not.
_SUBJECT_AFTER = lazy_compile(
    r"(?:[Ii](?:['’](?:d|m|ve|ll))?(?![\w-])|(?:we|he|she|they)(?:['’](?:re|ve|d|ll|s))?\b|"
    r"you['’](?:re|ve|d|ll)\b|[Ii](?:m|ve)(?![\w'’-])|(?:they|you)(?:re|ve|ll)\b|"
    r"(?:he|she)s\b|(?:theyd|youd|weve|theyve)\b)"
)
_CLAUSE_PREPOSITIONS = frozenset({"about", "of", "regarding", "concerning"})
# A frame '-ing' word that is the verb of a clause with its own subject ("an idea I'll be
# thinking about for a while", "what we were talking about at lunch"): the preposition is
# stranded by a relative clause, so the words after it are not a missing topic.
_CLAUSE_VERB_BEFORE = lazy_compile(
    r"\b(?:I|I['’](?:d|ll|ve)|we|we['’](?:d|ll|ve)|you|you['’](?:d|ll|ve)|they|they['’](?:d|ll|ve)"
    r"|he|she)(?:\s+[\w’'-]+){0,2}?\s+(?:be|been|am|is|are|was|were|keep|keeps|kept)\s+$"
    r"|\b(?:I['’]m|we['’]re|you['’]re|they['’]re|he['’]s|she['’]s)(?:\s+(?:still|now|also))?\s+$",
    re.IGNORECASE,
)
_ASIDE = lazy_compile(r"\s(?:--|—|–)\s*(?:I|I['’](?:d|m|ve|ll)|we|she|he|they)\b")
# A sentence that stops mid-phrase: "... stormwater permits and." "... hearing about the."
_STOPPED_WORD = full_text(
    r" (?P<word>and|or|but|the|a|an|of|their|your|my|our|can|could|will|would|should|must|may"
    r"|might)(?P<mark>[.,;:!?])(?=\s|$)"
)
_NO_END_BEFORE_STOP = frozenset({"and", "or", "but"})
# A subject pronoun and its verb group before a final "of", no word of it a determiner or a
# preposition other than an infinitive's "to": a clause whose preposition ends the sentence
# ("the part I was proudest of", "what we spoke of", "this is what I want to be part of",
# "the kind of thing I'd like to be part of", "I'd be grateful to be thought of"), not a
# pasted frame ("I enjoyed our discussion of.", "I liked hearing about the history of.").
# Up to three words, as before session 11, left two clean messages of fresh batches (AH and
# AI) flagged: English strands a preposition after an infinitive chain as readily.
_STRANDED_BY = lazy_compile(
    r"\b(?:I|I['’](?:d|m|ve|ll)|we|you|they|he|she)"
    r"(?:\s+(?!(?:the|an?|our|your|my|their|his|her|its|this|that|these|those|about|of|on|in|"
    r"at|for|with|by|from|regarding|concerning|around|into|over|after|before|during)\b)"
    r"[\w’'-]+){1,7}\s+$",
    re.IGNORECASE,
)
_MODALS = frozenset({"can", "could", "will", "would", "should", "must", "may", "might"})
_CLAUSE_END = lazy_compile(
    r"[.,;:!?()—–\n]|\b(?:that|which|who|whom|whose|how|what|when|where|why|whether|and|but|or|"
    r"because|since|while|as|if|than|so|to|for|with|from|in|at|by|after|before)\b",
    re.IGNORECASE,
)
_FINITE = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|might|must|keeps?|kept)\b",
    re.IGNORECASE,
)
# "-ing" words that describe rather than continue a verb: "... was inspiring".
_ING_ADJECTIVE_WORDS = """
inspiring interesting fascinating exciting encouraging amazing compelling refreshing
eye-opening motivating energizing energising reassuring illuminating intriguing
thought-provoking rewarding engaging striking humbling enlightening promising appealing
surprising convincing stimulating captivating gratifying uplifting outstanding
interesting exacting demanding challenging
"""
_ING_ADJECTIVES = frozenset(_ING_ADJECTIVE_WORDS.split())
_PRONOUN_SUBJECT = lazy_compile(r"(?:I|you|we|they|he|she|it)$", re.IGNORECASE)
_CLAUSE_START = lazy_compile(r"[,;:—–]|\b(?:and|but|so|while|because)\b")
_MAIN_CLAUSE = lazy_compile(r"\bI\b|\b(?:we|thank|thanks)\b", re.IGNORECASE)


@context_check("fragment")
def fragment(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Notes pasted into a sentence: a subject pronoun right after a preposition ("our
    discussion of I handle ..."), a frame with a clause or nothing after it ("our conversation
    about the team is migrating to Kafka", "about for 72)"), a note's aside ("-- I said"), an
    unclosed parenthesis, a sentence that stops mid-phrase. Overlapping hits count once."""
    last_end = -1
    for start, end, detail in sorted(_fragments(doc)):
        if start >= last_end:
            yield Match(start, end, None, detail)
            last_end = end


def _closed_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence's open parenthesis closes on the same line after a stop the
    sentence split took for its end: "Lt. Col., U.S. Army (Ret.)"."""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    return line.count("(") <= line.count(")")


def _fragments(doc: Document) -> Iterator[tuple[int, int, str]]:
    text = doc.text
    lower = doc.lower if doc.lower is not None else text.lower()
    if len(lower) != len(text):  # lower-casing changed offsets (rare non-ASCII letters)
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    frames: list[tuple[int, int]] = []  # (where the frame word starts, where the topic starts)
    for m in _PREPOSITION.finditer(lower):
        after = m.end()
        subject = _SUBJECT_AFTER.match(text, after)
        if subject and m.group().strip() in _CLAUSE_PREPOSITIONS:
            yield m.start() + 1, _clause_end(text, subject.end()), "a clause after a preposition"
            continue
        word_start = _word_start(lower, m.start())
        if lower[word_start : m.start()].strip("(\"'") not in _FRAME_WORDS:
            continue
        if _NOTHING_AFTER.match(text, after):
            frame_word = lower[word_start : m.start()]
            if frame_word.endswith("ing") and _CLAUSE_VERB_BEFORE.search(
                text, max(0, word_start - 40), word_start
            ):
                continue  # "one I'll be thinking about for a while": a stranded preposition
            yield word_start, _clause_end(text, after), "no topic after the preposition"
            continue
        frames.append((word_start, after))
    blocked = blocked_in(doc)  # the full-text patterns that cannot match (textscan.py)
    yield from _dangling(text, blocked)
    yield from slot_faults(text)  # "about bout hurricane claims", "whether I would ever done"
    yield from clause_faults(text, blocked)  # "and customer give us ...", "... the quarter after."
    if not frames and "(" not in text:
        return
    for start, end in doc.sentences:
        sentence = text[start:end]
        opened = "(" in sentence and sentence.count("(") > sentence.count(")")
        if opened and not _closed_on_its_line(text, start, end):
            at = start + sentence.index("(")
            yield at, _clause_end(text, at + 1), "an unclosed parenthesis"
        for frame_start, topic_start in frames:
            if start <= frame_start < end:
                yield from _clause_after_frame(text, start, end, frame_start, topic_start)


def _word_start(text: str, end: int) -> int:
    """Where the word that ends at `end` starts (after the last space or line break)."""
    return max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1


def _dangling(text: str, blocked: Container[object] = ()) -> Iterator[tuple[int, int, str]]:
    """Words a sentence cannot end on, before a full stop or a comma."""
    if _STOPPED_WORD in blocked:
        return
    for m in _STOPPED_WORD.finditer(text):
        word, mark = m.group("word"), m.group("mark")
        if word in _NO_END_BEFORE_STOP and mark == ",":
            continue  # "and, of course, ..."
        at = m.start("word")
        if word == "of" and _STRANDED_BY.search(text, max(0, at - 60), at):
            continue  # "the part I was proudest of.": a relative clause ends on its preposition
        if word in _MODALS:  # "managers who can,"
            before = _word_start(text, at - 1)
            if text[before : at - 1] not in {"who", "that", "which"}:
                continue
            at = before
        yield at, m.end("word"), "a sentence that stops mid-phrase"


def _clause_after_frame(
    text: str, start: int, end: int, frame_start: int, topic_start: int
) -> Iterator[tuple[int, int, str]]:
    """After "our conversation about", a noun phrase with its own verb, or a note's aside."""
    sentence = text[start:end]
    rest = text[topic_start:end]
    aside = _ASIDE.search(rest)
    if aside:  # "our conversation about their TMS -- I've used it for 4 years"
        yield topic_start + aside.start(), start + len(sentence.rstrip(".!?")), "a note's aside"
        return
    cut = _CLAUSE_END.search(rest)
    phrase = rest[: cut.start()] if cut else rest
    verb = _FINITE.search(phrase)
    if verb is None or not phrase[: verb.start()].strip():
        return
    before = phrase[: verb.start()].split()
    if _PRONOUN_SUBJECT.match(before[-1]):
        return  # "the program you are leading": a relative clause
    clause = _CLAUSE_START.split(text[start:frame_start])[-1]
    in_object = bool(_MAIN_CLAUSE.search(clause))
    after = phrase[verb.end() :].split()
    progressive = bool(after) and after[0].lower().endswith("ing")
    progressive = progressive and after[0].lower() not in _ING_ADJECTIVES
    if verb.group().lower().startswith("keep") and not progressive:
        return  # "keep" without "-ing" is the noun or another verb
    if in_object or progressive:
        yield topic_start, topic_start + len(phrase.rstrip()), "a clause after the preposition"


_CLAUSE_STOP = lazy_compile(r"[.,;:!?\n]")


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)


# The candidate "hearing about" their own work: "I appreciated hearing about the onboarding
# checklist I created".
# As first written r"\b(?:hearing|learning|to hear|to learn)\s+..." (see the tests); it opens
# with the first letters as one class and checks the boundary and the word after them, so
# that the regex engine skips to those letters in C (20 µs a 150-word message, now 12).
_HEARING = full_text(
    r"[hlt](?<!\w.)(?:(?<=h)earing|(?<=l)earning|(?<=t)o hear|(?<=t)o learn)"
    r"\s+(?:more\s+)?(?:about|of)\s+(?P<rest>[^.;:!?\n]*)",
    re.IGNORECASE,
)
_OWN_WORK = lazy_compile(
    r"^(?:my|our)\b(?! (?:conversation|discussion|talk|chat|interview|call|meeting)\b)"
    rf"|\b(?:I|we)(?:['’]ve| have| had)?\s+(?:{_DID}|co-led|made|set up|introduced|"
    r"implemented|coached|drafted|did)\b"
)


_NEW_CLAUSE = lazy_compile(r",\s*(?:and|but|so)\b|\b(?:but|which|while|so)\b")


@context_check("hearing-own-work")
def hearing_own_work(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """The candidate thanks the interviewer for telling them about the candidate's own work."""
    text = doc.text
    lower = doc.lower if doc.lower is not None else text.lower()
    if ("hear" not in lower and "learn" not in lower) or not possible(doc, _HEARING):
        return
    for m in _HEARING.finditer(text):
        rest = m.group("rest")
        if re.match(r"[Ii](?:\b|['’])", rest):
            continue  # "hearing about I'd ...": the fragment rule's finding
        cut = _NEW_CLAUSE.search(rest)
        phrase = rest[: cut.start()] if cut else rest
        for part in re.split(r",|\band\b", phrase):  # "X and my Y": each noun phrase
            if _OWN_WORK.search(part.strip()):
                yield Match(m.start(), m.start("rest") + len(phrase.rstrip()), None, None)
                break


# The recipient's side in the third person, in a note to that person.
_THIRD_PERSON = lazy_compile(
    r"\b(?:(?P<plural>they(?:['’](?:re|ve|ll|d))?|their|theirs|them)|she|her|he|him|his)\b",
    re.IGNORECASE,
)
_PERSON_NOUNS = (
    r"person|manager|director|colleague|mentor|friend|candidate|client|customer|student|"
    r"patient|lead|chef|boss|recruiter|partner|owner|founder|teacher|coach|professor|doctor|"
    r"nurse|volunteer|engineer|designer|supervisor|principal|someone|somebody|anyone|anybody|"
    r"everyone|everybody|each|every|either|neither|whoever"
)
_SINGULAR_ANTECEDENT = lazy_compile(rf"\b(?:{_PERSON_NOUNS})\b", re.IGNORECASE)
_PLURAL_ANTECEDENT = lazy_compile(
    r"\b(?!(?:this|his|its|was|is|has|does|us|yes|as|thus|always|perhaps|plus|across|"
    r"unless|whereas|thanks|news|series|analytics|logistics|economics|operations|sales|"
    r"ops|hours|means|status|process|business|focus|campus|bonus|towards|afterwards)\b)"
    r"[a-z]{2,}[^su\W]s\b"
    rf"|\b(?:people|staff|team|teams|children|folks|family|families|crew|board|committee|"
    rf"panel|group|leadership|faculty|both|all|others|{_PERSON_NOUNS})\b",
    re.IGNORECASE,
)
_CAPITALISED = lazy_compile(r"(?<!^)\b[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)*")
_ORG_WORD_LIST = """
coordinator manager director engineer analyst specialist assistant associate officer
lead head chief president supervisor technician nurse teacher position role job opening
team program programme department office center centre college university school
hospital clinic services service group company inc llc ltd project projects studio lab
foundation institute agency bank library board committee
"""
_ORG_WORDS = frozenset(_ORG_WORD_LIST.split())
_NOT_ANTECEDENT_WORDS = (
    "I I'm I've I'd I'll Hi Hello Hey Dear Thank Thanks Our My Your You The This That It "
    "Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December"
)
_NOT_ANTECEDENTS = frozenset(_NOT_ANTECEDENT_WORDS.split())


def _names(text: str) -> list[str]:
    """Runs of capitalised words that may name a person: not the first word, not "I" or a
    month, not a run that ends in a title or an organisation word ("Facilities Coordinator")."""
    return [
        run
        for run in _CAPITALISED.findall(text.strip())
        if run not in _NOT_ANTECEDENTS and run.split()[-1].lower() not in _ORG_WORDS
    ]


@context_check("recipient-third-person")
def recipient_third_person(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """In a note to someone, "they"/"their" with no person or group before it in the sentence
    (or the one before), or "she"/"him" with no other person named, means the recipient's
    side in the third person, which should be "you"/"your"."""
    ctx = doc.context
    if not ctx.recipient:
        return
    side = " ".join(filter(None, (ctx.recipient, ctx.company, ctx.role)))
    side_words = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in re.findall(r"[\w’'-]+", side)) + r")\b", re.I
    )
    text = doc.text
    previous = ""
    for start, end in doc.sentences:
        sentence = text[start:end]
        if re.match(r"(?:Dear|Hi|Hello|Hey)\b", sentence) and len(sentence.split()) <= 4:
            previous = ""
            continue  # a greeting line
        for m in _THIRD_PERSON.finditer(sentence):
            head = side_words.sub(" ", sentence[: m.start()])
            names = _names(head)
            if m.group("plural"):
                before = side_words.sub(" ", previous) + " " + head
                if names or _PLURAL_ANTECEDENT.search(before):
                    continue
            elif (
                names or _SINGULAR_ANTECEDENT.search(head) or _names(side_words.sub(" ", previous))
            ):
                continue
            yield Match(start + m.start(), start + m.end(), None, ctx.recipient)
            break  # one finding per sentence is enough
        previous = sentence


@context_check("title-as-name")
def title_as_name(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """A greeting (or a recipient) that is a bare title: "Hi Dr.,", "Dear Prof,"."""
    for m in _TITLE_GREETING.finditer(doc.text) if possible(doc, _TITLE_GREETING) else ():
        yield Match(m.start("title"), m.end("title"), None, m.group("title"))
    recipient = (doc.context.recipient or "").strip()
    if recipient and _BARE_TITLE.fullmatch(recipient) and doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, recipient)


_TITLES = (
    r"(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss|Mister"
    # ranks and offices, whole or cut ("Dear Lt,", "Hi Sgt,")
    r"|Lt|Lieut|Lieutenant|Capt|Captain|Sgt|Sergeant|Cpl|Corporal|Col|Colonel|Maj|Major"
    r"|Cmdr|Commander|Det|Detective|Insp|Inspector|Supt|Superintendent|Rev|Reverend)"
)
# a title before a job word where the surname belongs: "Dear Ms. Manager,", "Hi Dr. Director,"
_JOB_AS_SURNAME = (
    r"(?:Manager|Director|Coordinator|Convenor|Supervisor|Recruiter|Officer"
    r"|Panel|Team|Hiring|HR|Department|Committee)"
)
_BARE_TITLE = lazy_compile(rf"{_TITLES}\.?", re.IGNORECASE)
_TITLE_GREETING = full_text(
    rf"^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))[ \t]+"
    # a known title, or any short abbreviation alone ("Hi Eng.,", "Dear Capt.,")
    rf"(?P<title>{_TITLES}\.?(?:[ \t]+(?-i:{_JOB_AS_SURNAME}))?|[A-Z][a-z]{{1,4}}\.)"
    r"[ \t]*(?=[,:;!\n]|$)",
    re.MULTILINE | re.IGNORECASE,
)


@context_check("wrong-interviewer-topic")
def wrong_interviewer_topic(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """A topic that came up with another interviewer, in this person's note, not attributed
    to the colleague by name ("Devon mentioned ..." is fine)."""
    others = doc.context.other_topics
    if not others:
        return
    own = {k for t in doc.context.topics or [] for k in _topic_keywords(t)}
    # Words of the role and the company are everyone's ("research" for a UX Researcher).
    shared = _KEYWORD.findall(f"{doc.context.role or ''} {doc.context.company or ''}".lower())
    text = doc.text
    reported: set[tuple[int, int]] = set()
    for name, topics in others.items():
        first = name.split()[0].lower() if name.split() else ""
        for topic in topics:
            keys = {
                k
                for k in _topic_keywords(topic)
                if not any(w.startswith(k) or k.startswith(w) for w in shared)
            }
            if not keys or len(keys & own) * 2 >= len(keys):
                continue  # shared with this recipient
            needed = min(2, len(keys))
            for start, end in doc.sentences:
                sentence = text[start:end].lower()
                if (start, end) in reported or (first and first in sentence):
                    continue
                if sum(1 for k in keys if k in sentence) >= needed:
                    reported.add((start, end))
                    yield Match(start, end, None, f"'{topic}' came up with {name}")


_GENERIC_WORDS = """
thank thanks taking meeting speak speaking spoke conversation discussion interview interviews
position opportunity excited enjoyed appreciate appreciated hearing learning chance
contribute forward again today yesterday regards sincerely great really about their there
which would could should where while things something other another after before first
during since still always because might being doing going having making talked talking
asked mentioned questions question answer answers notes company interviewer candidate
well better improve steps decision called email morning afternoon evening phone screen
onsite meeting minutes hours weeks months later looking
"""
_GENERIC = frozenset(_GENERIC_WORDS.split()) | _FILLER


def _topic_keywords(topic: str) -> set[str]:
    return {k for k in _KEYWORD.findall(topic.lower()) if k not in _GENERIC}


@context_check("private-leak")
def private_leak(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Nothing from a private remark in the notes (pay, other candidates, opinions of the
    interviewer, health, family, anything marked private) may appear in the draft: no
    figure with k, $ or % from it, no pay word, no opinion, no run of its words."""
    facts = doc.context.known_facts
    if not facts:
        return
    from followup import privacy  # only the writer's checks need it

    remarks = privacy.private_lines(facts)
    if not remarks:
        return
    public = " ".join(privacy.redact(facts).lower().split())
    reasons = {r.reason for r in remarks}
    # the role, the company and the recipient's name are the message's own facts, even when
    # the only line that gave them is private ("the interview at X for the Y job ... base 65")
    ctx = doc.context
    named = set(re.findall(r"[a-z0-9’'$%-]+", f"{ctx.role} {ctx.company}".lower()))
    recipient = set(re.findall(r"[a-z0-9’'$%-]+", f"{ctx.recipient}".lower()))
    named |= recipient & set(re.findall(r"[a-z0-9’'$%-]+", public))  # not named only privately
    text = doc.text
    lowered = text.lower()
    found: dict[int, tuple[int, str]] = {}

    def hit(start: int, end: int, why: str) -> None:
        found.setdefault(start, (end, why))

    for remark in remarks:
        body = " ".join(remark.text.split())
        for figure in _FIGURE.findall(body):
            for m in _figure_pattern(figure).finditer(text):
                if not _figure_pattern(figure).search(public):
                    hit(m.start(), m.end(), f"{figure} ({remark.reason.value})")
        tell = remark.tell()
        if tell and tell not in public:
            for m in re.finditer(rf"(?<!\w){re.escape(tell)}(?!\w)", lowered):
                hit(m.start(), m.end(), f"'{remark.evidence}' ({remark.reason.value})")
        for start, end in _copied_runs(body.lower(), lowered, public, named):
            hit(start, end, f"copied from a private note line ({remark.reason.value})")
    for name in privacy.private_names(facts) - {w.capitalize() for w in named}:
        # a greeting "Hello Puget," to a rival employer the notes name only privately
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
            hit(m.start(), m.end(), f"'{name}' is named only in a private note line")
    for start, end in doc.sentences:
        found_reason = privacy.classify_sentence(" ".join(text[start:end].split()))
        # a question no interviewer should ask (children, marriage, age...) is never thanked for
        if found_reason and found_reason[0] in (reasons | {privacy.Reason.PROTECTED}) - {
            privacy.Reason.OPINION
        }:
            hit(start, end, f"'{found_reason[1]}' ({found_reason[0].value})")
    last_end = -1
    for start in sorted(found):
        end, why = found[start]
        if start < last_end:
            continue  # inside a hit already reported
        merged = end
        for other in sorted(found):
            if start < other <= merged:
                merged = max(merged, found[other][0])
        last_end = merged
        yield Match(start, merged, None, why)


_FIGURE = lazy_compile(
    r"\$\s?\d[\d,.]*\s?[kKmM]?\b|\b\d[\d,.]*\s?[kK]\b|\b\d[\d,.]*\s?%|\b\d{1,3}(?:,\d{3})+\b"
)


def _figure_pattern(figure: str) -> re.Pattern[str]:
    """A figure in any of its spellings: 85k, 85K, $85,000, 85,000, 85000."""
    digits = re.sub(r"[^\d.]", "", figure).rstrip(".")
    unit = figure.rstrip().lower()[-1:]
    if unit == "k":
        body = rf"(?:{re.escape(digits)}\s?[kK]|{re.escape(digits)},?000)"
    elif unit == "%":
        body = rf"{re.escape(digits)}\s?(?:%|percent)"
    else:
        plain = digits.split(".")[0]
        options = [re.escape(f"{int(plain):,}"), re.escape(plain)] if plain else [re.escape(digits)]
        if plain and int(plain) >= 1000 and int(plain) % 1000 == 0:
            options.append(rf"{int(plain) // 1000}\s?[kK]")
        body = "(?:" + "|".join(options) + ")"
    return re.compile(rf"(?<![\w.,]){body}(?![\w,]|\.\d)")


_RUN = 4  # words in a row from a private remark that count as copied


def _copied_runs(
    remark: str, draft: str, public: str, named: set[str]
) -> Iterator[tuple[int, int]]:
    """Runs of _RUN words of a private remark copied into the draft; a run needs two words of
    four letters or more that are not the names of the role, the company or the recipient."""
    words = re.findall(r"[a-z0-9’'$%-]+", remark)
    for i in range(len(words) - _RUN + 1):
        run = words[i : i + _RUN]
        if sum(1 for w in run if len(w) > 3 and w not in named) < 2:
            continue
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in run) + r"(?!\w)"
        if re.search(pattern, public):
            continue
        for m in re.finditer(pattern, draft):
            yield m.start(), m.end()


def _word_pairs(topic: str) -> list[str]:
    """Adjacent pairs of the topic's words that say something ("cost reviews", not "of the")."""
    words = re.findall(r"[a-z][a-z’'-]+", topic.lower())
    return [
        f"{a} {b}"
        for a, b in itertools.pairwise(words)
        if len(a) > 2
        and len(b) > 2
        and a not in _FILLER
        and b not in _FILLER
        and a not in _PAIR_STOP
        and b not in _PAIR_STOP
    ]


_PAIR_STOP = frozenset({"the", "and", "for", "our", "you", "was", "are", "new", "how", "why"})


_ADDRESS = lazy_compile(r"\S+@\S+|\S+://\S+|\bwww\.\S+")


def _notes_detail(doc: Document) -> Iterator[Match]:
    """Without a topic list, one sentence must reuse two content words of the notes (not the
    company, the role, a name, or the words every follow-up uses)."""
    ctx = doc.context
    if ctx.known_facts is None or not doc.words:
        return
    from followup import privacy  # only the writer's checks need it

    public = without_placeholders(privacy.redact(ctx.known_facts))
    # an e-mail address or a link (a pasted invitation's) is never a topic ("kestrelenergy")
    public = _ADDRESS.sub(" ", public)
    notes = public.lower()
    known = " ".join(filter(None, (ctx.company, ctx.role, ctx.recipient))).lower()
    text = doc.text.rstrip()
    last = text.rfind("\n\n")
    sign_off = last if last > 0 and len(text[last:].split()) <= 6 else len(text)
    # names are no detail: the other interviewers', and the candidate's own in the sign-off
    # ("topics: tomasz, ferreira" was the candidate and a colleague)
    names = " ".join([*ctx.other_topics, text[sign_off:]]).lower()
    skip = _GENERIC | set(_KEYWORD.findall(known)) | set(_KEYWORD.findall(names))
    counts: dict[str, int] = {}
    for word in _KEYWORD.findall(notes):
        if word not in skip and word not in _WEEKDAYS_MONTHS and topic_word(word):
            counts[word] = counts.get(word, 0) + 1
    stems = {_stem(w) for w in counts}
    runs = {run for run in word_runs(public) if detail_words(run, frozenset(skip))}
    for start, end in doc.sentences:
        if start >= sign_off:
            break  # "Best regards, Casey Nguyen": a name, not a topic
        sentence = re.sub(r"^Subject:\s*", "", doc.text[start:end])  # the label is no topic
        if len(sentence.split()) < 5:
            continue  # a greeting or a signature: names, not topics
        words = {_stem(w) for w in _KEYWORD.findall(sentence.lower()) if w not in skip}
        if len(words & stems) >= 2 or runs & word_runs(sentence):
            return  # two detail words, or four words in a row ("plan to text patients")
    lowercase = set(_KEYWORD.findall(public))  # not only as a name
    common = sorted((w for w in counts if w in lowercase), key=lambda w: (-counts[w], w))[:3]
    first = doc.words[0]
    detail = ", ".join(common) if common else "none in the notes"
    yield Match(first[0], first[1], None, detail)


_NO_TOPIC_CLASSES = frozenset({"PRON", "DET", "ADV", "PREP", "CONJ", "AUX", "NUM", "POSS"})


def topic_word(word: str) -> bool:
    """Whether a word of the notes can name a topic: not one the lexicon knows only as a
    pronoun, a determiner, an adverb or another closed class ("anything" of "haven't heard
    anything", "actually"): those words say nothing about a conversation (wordclass.py)."""
    from followup.wordclass import word_classes

    classes = word_classes(word)
    return not classes or not classes <= _NO_TOPIC_CLASSES


def without_placeholders(text: str) -> str:
    """The text without the privacy placeholders ("[private line removed]"): their words
    are never a topic or a detail of the notes."""
    from followup.privacy import PLACEHOLDER_RE  # only the writer's checks need it

    return PLACEHOLDER_RE.sub(" ", text)


def word_runs(text: str, n: int = 4) -> set[str]:
    """The runs of n words in a text ('plan to text patients'), lower case."""
    words = re.findall(r"[a-z0-9’'-]+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def detail_words(text: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """The stems of a text's words that can carry a specific detail: no privacy placeholder,
    none of the words every follow-up uses, no weekday or month, nothing in `skip`."""
    words = _KEYWORD.findall(without_placeholders(text).lower())
    return {
        _stem(w) for w in words if w not in _GENERIC and w not in skip and w not in _WEEKDAY_SET
    }


_WEEKDAY_SET = frozenset(_WEEKDAYS_MONTHS.split())


@dataclass(kw_only=True)
class ContextRule(Rule):
    """Runs a registered context check with optional parameters."""

    extends: ClassVar[str] = "context"

    check: str  # the name of a registered context check
    params: dict[str, int | str] = field(default_factory=dict)
    _check: ContextCheck | None = field(default=None, init=False, repr=False)

    def validate(self) -> None:
        """The check is registered."""
        super().validate()
        if self.check not in CONTEXT_CHECKS:
            valid = ", ".join(sorted(CONTEXT_CHECKS))
            raise ValueError(f"field 'check': unknown context check {self.check!r}; valid: {valid}")

    def __post_init__(self) -> None:
        super().__post_init__()
        self._check = CONTEXT_CHECKS.get(self.check)

    def matches(self, doc: Document) -> Iterator[Match]:
        """Delegate to the registered check."""
        assert self._check is not None
        yield from self._check(doc, self.params)
