"""context: rules that need facts from outside the text (recipient, cadence, grounding).

Each check is a small function registered by name. A context rule names its check; a
check with no facts to work from yields nothing, so the linter runs them harmlessly on a
bare draft and the writer feeds them the brief and the history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from followup import timeline
from followup.checker.document import Context, Document
from followup.checker.rules.base import Match, Rule
from followup.core import MessageKind

ContextCheck = Callable[[Document, dict[str, int | str]], Iterator[Match]]
CONTEXT_CHECKS: dict[str, ContextCheck] = {}


def context_check(name: str) -> Callable[[ContextCheck], ContextCheck]:
    """Register a context check under a name rule files can use."""

    def register(func: ContextCheck) -> ContextCheck:
        CONTEXT_CHECKS[name] = func
        return func

    return register


_GREETING = re.compile(
    r"^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+)?([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)",
    re.MULTILINE,
)


@context_check("recipient-name")
def recipient_name(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """The greeting must name the known recipient (first or last name)."""
    recipient = doc.context.recipient
    if not recipient:
        return
    names = {part.lower() for part in re.findall(r"[\w’'-]+", recipient)}
    m = _GREETING.search(doc.text)
    if m is not None:
        greeted = m.group(1).split()
        if not any(g.lower() in names for g in greeted):
            yield Match(m.start(1), m.end(1), None, f"this is for {recipient}, not {m.group(1)}")
        return
    words = {w.lower() for w in re.findall(r"[\w’'-]+", doc.text)}
    if not names & words and doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, f"this is for {recipient}, who is never named")


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
        if day is None:
            if ctx.days_until_decision is not None and ctx.days_until_decision >= 0:
                yield from _first_word(
                    doc,
                    f"they said they would decide in {ctx.days_until_decision} day(s); "
                    "wait until that date has passed",
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
_CANDIDATE = re.compile(r"\b[A-Z][\w’'-]*|(?<![\w.])\d[\w,.:/%]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")


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


_KEYWORD = re.compile(r"[a-z][a-z’'-]{4,}")
_CLAIM = re.compile(
    r"\bI(?:\s+(?:have|had|also|once|recently|personally)|['’]ve|['’]d)?(?:\s+been)?\s+"
    r"(?:built|led|managed|created|launched|developed|designed|ran|run|shipped|grew|cut|"
    r"increased|reduced|improved|worked|working|founded|won|earned|published|wrote|taught|"
    r"trained|delivered|completed|finished|started|migrated|automated|saved|raised|hired|"
    r"mentored|presented|organized|organised|sold|closed)\b[^.!?\n]*",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
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


@context_check("specific-detail")
def specific_detail(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """At least one topic from the conversation must show up: two of its key words in one
    sentence."""
    topics = doc.context.topics
    if not topics:
        return
    sentences = [doc.text[s:e].lower() for s, e in doc.sentences]
    for topic in topics:
        keywords = set(_KEYWORD.findall(topic.lower()))
        needed = min(2, len(keywords))
        for sentence in sentences:
            if needed and sum(1 for k in keywords if k in sentence) >= needed:
                return
    if doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, "; ".join(topics[:3]))


class ContextRule(Rule):
    """Runs a registered context check with optional parameters."""

    extends = "context"

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(spec)
        self.check: str = spec["check"]
        self.params: dict[str, int | str] = spec.get("params") or {}
        self._check = CONTEXT_CHECKS[self.check]

    def matches(self, doc: Document) -> Iterator[Match]:
        """Delegate to the registered check."""
        yield from self._check(doc, self.params)
