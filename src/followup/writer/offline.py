"""The offline writer: composes each message deterministically from the brief.

It never invents anything: every name, date and topic comes from the brief, and the
phrasing varies by recipient so that notes to colleagues at one company differ. Used when
no model is configured, and by `make run`.
"""

from __future__ import annotations

import datetime as dt
import re

from followup.core import MessageKind
from followup.errors import InputError
from followup.models import Brief, Draft, Interviewer

_LOWER_FIRST = {"at", "in", "on", "during", "when", "while", "last", "my", "the", "a", "an"}


def when_phrase(day: dt.date | None, today: dt.date) -> str:
    """'today', 'yesterday', 'on Monday' within a week, else 'on November 20'."""
    if day is None:
        return ""
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if 1 < delta < 7:
        return f"on {day.strftime('%A')}"
    return f"on {day.strftime('%B')} {day.day}"


def _clause(text: str) -> str:
    """A note as the middle of a sentence: no final period, first word lower-cased when safe."""
    text = text.strip().rstrip(".")
    first = text.split(" ", 1)[0]
    if first.lower() in _LOWER_FIRST and first[:1].isupper():
        text = first.lower() + text[len(first) :]
    return text


def _sentence(text: str) -> str:
    """A note as the start of a sentence: no final period, first letter capitalised."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:]


def _pick(options: list[str], index: int) -> str:
    return options[index % len(options)]


def _topics(person: Interviewer, brief: Brief) -> list[str]:
    if person.topics:
        return person.topics
    return brief.all_topics()[:2]


def _sign(brief: Brief, index: int) -> str:
    closing = _pick(["Best regards,", "Best,", "Warm regards,", "All the best,"], index)
    return f"{closing}\n{brief.candidate}" if brief.candidate else closing


def thank_you(brief: Brief, person: Interviewer, index: int, today: dt.date) -> Draft:
    """A thank-you note for one interviewer."""
    when = when_phrase(brief.interview_date, today)
    when_sp = f" {when}" if when else ""
    topics = _topics(person, brief)
    role, company = brief.role, brief.company
    opening = _pick(
        [
            f"Thank you for taking the time to meet with me{when_sp} about the {role} role "
            f"at {company}.",
            f"Thanks again for speaking with me{when_sp} about the {role} position at {company}.",
            f"I appreciated the time you spent with me{when_sp} talking about the {role} role "
            f"at {company}.",
        ],
        index,
    )
    lines = [opening]
    if topics:
        first = _clause(topics[0])
        second = (
            f", and I appreciated hearing about {_clause(topics[1])}" if len(topics) > 1 else ""
        )
        lines.append(
            _pick(
                [
                    f"I especially enjoyed our conversation about {first}{second}.",
                    f"Our discussion of {first} has stayed with me{second}.",
                    f"Hearing about {first} was a highlight of my day{second}.",
                ],
                index,
            )
        )
    evidence = brief.forgot_to_mention or (
        brief.qualifications[0] if brief.qualifications else None
    )
    if person.concerns and evidence:
        concern = _clause(person.concerns[0])
        lead = (
            "your question about" if re.match(r"(?:whether|if)\b", concern) else "your point that"
        )
        lines.append(f"I've thought more about {lead} {concern}.")
        lines.append(f"{_sentence(evidence)}, and I would bring that experience to your team.")
    elif index == 0 and brief.forgot_to_mention:
        lines.append(f"One thing I didn't get to mention: {_clause(brief.forgot_to_mention)}.")
    lines.append(
        _pick(
            [
                f"I'm excited about the chance to join your team at {company}.",
                f"I'd welcome the chance to contribute to your team as a {role}.",
                f"The prospect of working with your team at {company} is exciting.",
            ],
            index,
        )
    )
    lines.append(
        _pick(
            [
                "Thank you again for your time.",
                "Thanks again for a great conversation.",
                "I appreciate your time and your thoughtful questions.",
            ],
            index,
        )
    )
    subject = _pick(
        [
            f"Thank you for our conversation about the {role} role",
            f"Thanks for your time{when_sp}",
            f"Following up on our {role} conversation",
        ],
        index,
    )
    return _draft(MessageKind.THANK_YOU, person, subject, lines, brief, index)


def inquiry(brief: Brief, person: Interviewer, index: int, today: dt.date) -> Draft:
    """A first follow-up inquiry: restate interest, ask about the timeline once."""
    date = brief.interview_date
    on = f" on {date.strftime('%B')} {date.day}" if date else ""
    topics = _topics(person, brief)
    lines = [
        "I hope your week is going well.",
        f"I'm writing to follow up on my interview{on} for the {brief.role} role at "
        f"{brief.company}.",
    ]
    if topics:
        lines.append(
            f"I remain very interested in the position, and our conversation about "
            f"{_clause(topics[0])} is still on my mind."
        )
    else:
        lines.append("I remain very interested in the position.")
    lines.append("Could you share the expected timeline for next steps?")
    subject = f"Following up on the {brief.role} role"
    return _draft(MessageKind.INQUIRY, person, subject, lines, brief, index, "Thank you,")


def second_inquiry(brief: Brief, person: Interviewer, index: int, today: dt.date) -> Draft:
    """The second and last inquiry: brief, warm, no pressure."""
    topics = _topics(person, brief)
    focus = f", especially to work on {_clause(topics[0])}" if topics else ""
    lines = [
        f"I'm following up once more on the {brief.role} role.",
        f"I remain very interested in joining {brief.company}{focus}.",
        "If the timeline has changed, I would be grateful to know what to expect.",
    ]
    subject = f"The {brief.role} role"
    return _draft(
        MessageKind.SECOND_INQUIRY, person, subject, lines, brief, index, "Thank you again,"
    )


def check_in(
    brief: Brief, person: Interviewer, index: int, today: dt.date, share: str | None
) -> Draft:
    """A value-adding check-in that asks for nothing."""
    if not share:
        interest = (person.interests or ["a topic they care about"])[0]
        raise InputError(
            "a check-in must offer something of value: pass --share 'URL Title' "
            f"(for example an article on {interest})"
        )
    url, _, title = share.partition(" ")
    offering = f"{title.strip()} ({url})" if title.strip() else url
    when = when_phrase(brief.interview_date, today) or "recently"
    topics = _topics(person, brief)
    about = next(iter(person.interests), None) or (_clause(topics[0]) if topics else None)
    lines = [f"We spoke {when} about the {brief.role} position at {brief.company}."]
    if about:
        lines.append(f"You mentioned {about}, and I came across {offering} and thought of you.")
    else:
        lines.append(f"I came across {offering} and thought of you.")
    lines += ["I hope you find it useful.", "No response is necessary."]
    subject = f"Something you might enjoy: {title.strip() or url}"
    return _draft(MessageKind.CHECK_IN, person, subject, lines, brief, index, "Best,")


def keep_in_touch(brief: Brief, person: Interviewer, index: int, today: dt.date) -> Draft:
    """After a decision: gracious, keeps the contact."""
    topics = _topics(person, brief)
    learned = f" and learning about {_clause(topics[0])}" if topics else ""
    wish = _clause(topics[1]) if len(topics) > 1 else "the work ahead"
    lines = [
        f"Thank you for letting me know about your decision on the {brief.role} role.",
        f"I enjoyed meeting you{learned}, and I'd be glad to stay in touch.",
        f"I wish you and the team the best with {wish}.",
    ]
    subject = "Thank you, and let's stay in touch"
    return _draft(MessageKind.KEEP_IN_TOUCH, person, subject, lines, brief, index)


def _draft(
    kind: MessageKind,
    person: Interviewer,
    subject: str,
    lines: list[str],
    brief: Brief,
    index: int,
    closing: str | None = None,
) -> Draft:
    greeting = _pick(["Hi", "Hello", "Dear"], index) if kind is MessageKind.THANK_YOU else "Hi"
    sign = f"{closing}\n{brief.candidate}" if closing and brief.candidate else _sign(brief, index)
    body = f"{greeting} {person.first_name},\n\n" + " ".join(lines) + f"\n\n{sign}\n"
    body = re.sub(r" {2,}", " ", body)
    return Draft(kind=kind, recipient=person, subject=subject, body=body, writer="offline")


def compose(
    brief: Brief,
    kind: MessageKind,
    recipients: list[Interviewer],
    today: dt.date,
    share: str | None = None,
) -> list[Draft]:
    """One draft per recipient."""
    drafts = []
    for i, person in enumerate(recipients):
        if kind is MessageKind.THANK_YOU:
            drafts.append(thank_you(brief, person, i, today))
        elif kind is MessageKind.INQUIRY:
            drafts.append(inquiry(brief, person, i, today))
        elif kind is MessageKind.SECOND_INQUIRY:
            drafts.append(second_inquiry(brief, person, i, today))
        elif kind is MessageKind.CHECK_IN:
            drafts.append(check_in(brief, person, i, today, share))
        else:
            drafts.append(keep_in_touch(brief, person, i, today))
    return drafts
