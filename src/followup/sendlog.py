"""A follow-up history line read by its shape: a date, a verb of sending, a person, a purpose.

Notes keep a log of what went out in many forms: "2/13 - emailed Mrs. Landry asking about
timeline", "Feb 13: wrote to Denise to ask where things stand", "13.02 msg to Ray, any
news?", "Mon 2/13 pinged Jo re next steps". Each is one shape:

    <a date>  <a separator>  <a verb of sending, the candidate's>  <whom>  <what it asked>

A line of that shape whose message asked something (a question mark, "ask", "re", "about",
"whether", "where things stand", "any news") and that is not a thank-you records an inquiry
sent. A line whose verb has another subject ("2/14 - Mrs. Landry: ...", "she emailed me")
is their reply, not the candidate's message. `dated_inquiry` says whether a line is such an
inquiry.
"""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
# a date as notes write one, at the line's start (after a bullet)
_DATE = (
    rf"(?:{_WEEKDAY}\s+)?(?:"
    r"\d{4}-\d{1,2}-\d{1,2}"  # 2025-02-13
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"  # 2/13, 13.02, 2/13/25
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"  # 13 Feb, 13th February
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"  # Feb 13, February 13th
    rf"|{_WEEKDAY.rstrip(',?')}"  # Mon
    r")"
)
_HEAD = re.compile(rf"^[\s\-*•>]*(?:\[\s*)?{_DATE}(?:\s*\])?\s*(?:[-–—:,)|]+\s*|\s+)", re.I)
# the candidate's sending verbs (past, or a bare noun of a message: "msg to Ray")
_SEND = re.compile(
    r"(?:(?:i|me)\s+)?(?:sent|emailed|e-mailed|mailed|wrote|messaged|texted|pinged|dm'?d|"
    r"followed up|chased|nudged|reached out|called|rang|phoned|left (?:a )?(?:voicemail|vm|"
    r"message)|(?:e-?mail|msg|message|note|text|linkedin message|voicemail)\s+(?:to|for)\b)",
    re.I,
)
# what the message asked: the process, or a question
_ASKED = re.compile(
    r"\?|\b(?:ask(?:ing|ed)?|to ask|re:?|about|regarding|whether|if there|where (?:things|it|"
    r"we|they) stand|any (?:news|update|word)|status|update|timeline|timing|next steps|"
    r"decision|checking in|check in|followed up|follow(?:ing)?[- ]up|chased|nudged)\b",
    re.I,
)
_THANKS = re.compile(r"\bthank(?:s|[- ]?you)\b", re.I)
# a plan, not a send: "2/20 - email her if nothing", "to do:", "will email"
_PLAN = re.compile(
    r"\b(?:will|to do|todo|plan(?:ning)? to|going to|should|if (?:nothing|no))\b", re.I
)


def dated_inquiry(line: str) -> bool:
    """Whether a line logs an inquiry the candidate sent, by its shape (the module doc)."""
    head = _HEAD.match(line)
    if head is None:
        return False
    rest = line[head.end() :]
    verb = _SEND.match(rest)
    if verb is None:
        return False
    after = rest[verb.end() :]
    if _THANKS.search(rest[:80]) or _PLAN.search(after[:40]):
        return False  # a thank-you's log, or a plan ("2/20 - email to Jo if nothing")
    return _ASKED.search(after) is not None
