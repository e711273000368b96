"""context: rules that need facts from outside the text (recipient, cadence, grounding).

Each check is a small function registered by name. A context rule names its check; a
check with no facts to work from yields nothing, so the linter runs them harmlessly on a
bare draft and the writer feeds them the brief and the history.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from followup.checker.document import Document
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


def _a(noun: str) -> str:
    """The noun with its indefinite article: "an inquiry", "a check-in"."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


@context_check("cadence")
def cadence(doc: Document, params: dict[str, int | str]) -> Iterator[Match]:
    """Timeline facts: too early for the kind, a third inquiry, or check-ins too often."""
    ctx = doc.context
    detail: str | None = None
    earliest = {MessageKind.INQUIRY: 7, MessageKind.SECOND_INQUIRY: 15}
    if (
        ctx.days_since_interview is not None
        and doc.kind in earliest
        and ctx.days_since_interview < earliest[doc.kind]
    ):
        detail = (
            f"day {ctx.days_since_interview} is too early for {_a(doc.kind.value)}; "
            f"wait until day {earliest[doc.kind]}"
        )
    elif (
        ctx.inquiries_sent is not None
        and ctx.inquiries_sent >= 2
        and doc.kind in (MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY)
    ):
        detail = "two inquiries were already sent; a third one reads as pestering"
    elif (
        ctx.check_ins_last_30_days is not None
        and ctx.check_ins_last_30_days >= 1
        and doc.kind is MessageKind.CHECK_IN
    ):
        detail = "a check-in went out in the last 30 days; about once a month is enough"
    elif (
        ctx.days_until_decision is not None
        and ctx.days_until_decision >= 0
        and doc.kind in (MessageKind.INQUIRY, MessageKind.SECOND_INQUIRY)
    ):
        days = ctx.days_until_decision
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        detail = f"they said they would decide {when}; wait until that date has passed"
    if detail and doc.words:
        first = doc.words[0]
        yield Match(first[0], first[1], None, detail)


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


# Where a draft names the employer: "the analyst role at X", "the team at X", "join X",
# "interview at X". Names after "with" or "to" are left alone: they are usually people.
_COMPANY_MENTION = re.compile(
    r"\b(?:(?:the|this|your|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:role|position|job|opening|team|opportunity|vacancy|interview|internship)\s+(?:at|with)"
    r"|join(?:ing)?(?:\s+(?:the|your)\s+team\s+at)?|interview(?:ing|ed)?\s+at)"
    r"\s+([A-Z][\w&’'.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&’'.-]*){0,3})"
)
_PAST_JOIN = re.compile(r"\b(?:before|since|after|when|until)\s+$", re.IGNORECASE)
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
