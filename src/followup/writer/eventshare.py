"""What a check-in offers from an event the candidate went to: the notes they took there.

People note it as "went to the DairyNZ field day on OAD milking at the Scott Farm last week
... Offer to send him my notes / the handout", "attended the ASLA webinar on bioswales, have
the slides": an event the candidate attended (a verb of going, then a noun phrase ending in
the kind of event, then what it was on), and on that line or the next two, the material they
have from it to pass on (notes, slides, handout, recording). The message names the event as
the notes do and offers the material; without the material there is nothing to offer (a day
out is news of the candidate's, not value for the contact).

Hand-written: the form is a line's structure (verb, event noun phrase, "on" topic), and the
event words are the kinds of event there are, not phrases from one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.lazyre import lazy_compile

_EVENT = (
    r"(?:field\s+day|open\s+day|conference|talk|webinar|workshop|seminar|expo|trade\s+show|"
    r"show|meetup|meet-up|summit|lecture|symposium|forum|masterclass|info\s+session|"
    r"roadshow|demo\s+day|clinic|briefing|panel\s+(?:talk|session))"
)
_WENT = lazy_compile(
    r"\b(?:went\s+to|attended|was\s+at|sat\s+in\s+on|joined|go\s+to|been\s+to|dialled\s+into|"
    r"dialed\s+into|watched)\s+"
    r"(?P<event>(?:the|a|an|their|this)\s+(?:[\w&.’'-]+\s+){0,4}?" + _EVENT + r")\b"
    r"(?:\s+(?:on|about)\s+(?P<about>[^.;,()!?\n]+?))?"
    r"(?=\s+(?:at|in|last|this|on\s+(?:mon|tue|wed|thu|fri|sat|sun))\b|\s*[.;,()!?\n]|$)",
    re.I,
)
# "the webinar I watched on seasonal onboarding": the event, then the candidate at it
_WENT_AFTER = lazy_compile(
    r"\b(?P<event>(?:the|a|an|that|this)\s+(?:[\w&.’'-]+\s+){0,4}?" + _EVENT + r")\s+"
    r"(?:that\s+)?I\s+(?:went\s+to|attended|watched|joined|was\s+at|sat\s+in\s+on)\s+"
    r"(?:on|about)\s+(?P<about>[^.;,()!?\n]+?)(?=\s*[.;,()!?\n]|$)",
    re.I,
)
_MATERIAL = lazy_compile(
    r"\b(?:my\s+)?(?P<what>notes|slides|slide\s+deck|handouts?|recording|write-?up|summary)\b",
    re.I,
)
_OFFER = lazy_compile(r"\b(?:send|share|pass\s+on|forward|offer|attach|have)\b", re.I)


@dataclass(frozen=True)
class AttendedEvent:
    """An event the candidate went to and what they have from it to pass on."""

    event: str  # "the DairyNZ field day", as the notes name it
    about: str  # what it was on, as written ("OAD milking"); "" when the notes do not say
    material: tuple[str, ...]  # "notes", "the handout"

    def sentences(self, topic: str | None) -> list[str]:
        """'I went to the DairyNZ field day on OAD milking, which made me think of our
        conversation about ...' and the offer of what the candidate brought back."""
        on = f" on {self.about}" if self.about else ""
        tail = f"our conversation about {topic}" if topic else "our conversation"
        kept = [m for m in self.material if m != "notes"]
        if "notes" in self.material:
            have = "I took notes there" + (f" and kept {kept[0]}" if kept else "")
        else:
            have = f"I kept {kept[0]}"
        them = "them" if len(self.material) > 1 or self.material[0].endswith("s") else "it"
        return [
            f"I recently attended {self.event}{on}, and it made me think of {tail}.",
            f"{have}; I would be glad to send {them} to you.",
        ]


def attended_event(lines: list[str]) -> AttendedEvent | None:
    """The first event the public note lines say the candidate went to, with the material
    they have from it to pass on on that line or the next three; None otherwise."""
    from followup.writer.phrases import settle

    for n, line in enumerate(lines):
        m = _WENT.search(line) or _WENT_AFTER.search(line)
        if m is None:
            continue
        near = " ".join([line[m.end() :], *lines[n + 1 : n + 4]])
        if not _OFFER.search(near):
            continue
        have = []
        for x in _MATERIAL.finditer(near):
            word = x["what"].lower()
            thing = "notes" if word == "notes" else f"the {word}"
            if thing not in have:
                have.append(thing)
        if not have:
            continue
        event = " ".join(m["event"].split())
        event = re.sub(r"^(?i:a|an|this|that|their)\s+", "the ", event)
        event = event[0].lower() + event[1:] if event[:3].lower() == "the" else event
        about = (m["about"] or "").strip()
        if settle(event) is None or (about and settle(about) is None):
            continue
        return AttendedEvent(event, about, tuple(have[:2]))
    return None
