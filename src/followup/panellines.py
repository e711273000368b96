"""The panel's lines: what the notes say the candidate and the whole panel talked about, given
to every panelist who has no topic of their own.

Panel notes often list the people met, then say what "we" talked about in one line for all of
them: "Panel interview on Nov 23 with: - Helen Voss ... - Raj Patel ... - Sofia Mendes ...
We talked about the e-book lending platform, the teen coding club, and how I would train
staff on the new catalog." The line reader gives such a line to the last person named above
it, and the others (Helen, here) have nothing: their note is generic, or blocked for lack of
detail, though the notes say what was discussed with them.

A line is the panel's by its subject and its place: its subject is the candidate and the
panel ("we", "the panel", "they all", "both of them", "everyone"), it names no one, and it
stands in no one's own part of the notes (topicplace.py's block: a part under a person's own
heading or label line; a bullet in a list of people opens no part). Each panelist with no
topic line of their own gets a copy of it with one of its items, a different one for each
where the line lists several, so that the notes to colleagues differ.

Hand-written reading of a line's subject and list; the items are checked by the same phrase
test every topic passes (phrases.settle).
"""

from __future__ import annotations

import dataclasses

from followup import keptre as re
from followup.lazyre import lazy_compile
from followup.noteheader import Person, same_person
from followup.notelines import LineKind, NoteLine, PhraseKind, mentions_name

# the candidate and the whole panel as a line's subject
_PANEL_SUBJECT = lazy_compile(
    r"^[\s\-*•>]*(?:(?:then|mostly|also|and)\s+)?(?:we\b|the\s+(?:whole\s+)?panel\b|"
    r"(?:they|them)\s+(?:all|both)\b|both\s+of\s+them\b|all\s+(?:three|four|five|of\s+them)\b|"
    r"everyone\b|everybody\b)",
    re.I,
)
_THEIRS = (PhraseKind.TOPIC, PhraseKind.QUESTION, PhraseKind.SEEKING, PhraseKind.PLAN)


def _has_own(lines: list[NoteLine], person: Person, shared: set[int]) -> bool:
    """Whether any line but the panel's gives this person something they raised."""
    return any(
        ln.phrase
        and ln.phrase_kind in _THEIRS
        and ln.about
        and same_person(ln.about, person.name)
        and n not in shared
        for n, ln in enumerate(lines)
    )


def _items(line: NoteLine) -> list[str]:
    """The items the line lists from its phrase on: "the e-book lending platform, the teen
    coding club, and how I would train staff" -> three items, noun phrases first."""
    from followup.whogetsanote import _top_level_items
    from followup.writer.phrases import settle

    assert line.phrase is not None
    at = line.text.find(line.phrase)
    if at < 0:
        return [line.phrase]
    tail = re.split(r"[.;!?](?:\s|$)", line.text[at:])[0]
    items = [re.sub(r"^(?:and|or)\s+", "", i).strip(" ,") for i in _top_level_items(tail)]
    items = [i for i in items if i and settle(i) is not None]
    if line.phrase not in items:
        items.insert(0, line.phrase)
    clause = re.compile(r"^(?:how|why|what|when|where|whether|if|that)\b|\bI\b", re.I)
    return sorted(items, key=lambda i: bool(clause.search(i)))


def panel_lines(lines: list[NoteLine], people: list[Person], text: str = "") -> list[NoteLine]:
    """The lines, with a copy of each panel line (see the module doc) for every panelist who
    has no topic of their own; the lines as they were with fewer than two people."""
    from followup.topicplace import _block, _in_block

    if len(people) < 2:
        return lines
    blocks = {p.name: _block(text, p, people) if text else [] for p in people}
    shared = {
        n
        for n, ln in enumerate(lines)
        if ln.usable
        and ln.phrase
        and ln.kind is LineKind.TOPIC
        and ln.phrase_kind is PhraseKind.TOPIC
        and _PANEL_SUBJECT.search(ln.text)
        and not any(mentions_name(ln.text, p.name) for p in people)
        and not any(_in_block(ln, blocks[p.name]) for p in people)
    }
    if not shared:
        return lines
    given: set[str] = set()  # one panel line each
    out: list[NoteLine] = []
    for n, line in enumerate(lines):
        if n not in shared:
            out.append(line)
            continue
        items = _items(line)
        used = {line.phrase} if line.about else set()
        copies = []
        for person in people:
            if line.about and same_person(line.about, person.name):
                continue
            if person.name in given or _has_own(lines, person, shared):
                continue
            item = next((i for i in items if i not in used), items[0])
            used.add(item)
            given.add(person.name)
            copies.append(
                dataclasses.replace(
                    line,
                    about=person.name,
                    phrase=item,
                    phrase_kind=PhraseKind.TOPIC,
                    fallback=False,
                )
            )
        # a line given to no one is the first panelist's; its copies follow it
        out += copies if line.about is None and copies else [line, *copies]
    return out
