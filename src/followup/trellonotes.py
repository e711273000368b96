"""Notes kept as a card on a board (a Trello card copied or exported), read as plain notes.

A board keeps a job hunt as cards moved from list to list: the card's title names the
interview, its description holds the notes, its checklists the people met and the follow-ups
("Checklist: People (3/3)", each item "[x] NAME — TITLE" with the notes indented under it), its
comments what was added later, newest first ("Sasha — 26 Sep 2025 at 09:14" over the text).
The export wraps them in the board's own lines: where the card sits ("in list: Waiting for
feedback   on board: Job hunt 2025"), its labels and due date, the section names
("Description", "Comments").

Recognised by that structure: the card's place line ("in list: ... on board: ..."), or a
checklist line with its count ("Checklist: NAME (n/m)") together with a "Description" or
"Comments" section line. Rewritten as a person would type it: the board's bookkeeping gone
(the card's place, labels, due date, the section names: as org-mode's planning and Notion's
properties go); a checklist as a heading of its name over its items, each a list item (an open
one keeps its box, "- [ ] ..."); the comments oldest first, their headers gone when one person
wrote them all (the board's keeper, whose notes they are), else each under its writer's name.
Every line of the notes themselves is kept.

Hand-written patterns on the board's fixed syntax; no library reads a pasted card.
"""

from __future__ import annotations

import datetime as dt

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_PLACE = re.compile(r"(?i)^[ \t]*in list[ \t]*:.*\bon board[ \t]*:")
_CHECKLIST = re.compile(r"(?i)^[ \t]*checklist[ \t]*:[ \t]*(?P<name>.*?)[ \t]*\(\d+/\d+\)[ \t]*$")
_SECTION = re.compile(r"(?i)^[ \t]*(?P<name>description|comments|activity)[ \t]*:?[ \t]*$")
_FILING = re.compile(r"(?i)^[ \t]*(?:labels?|due(?: date)?|start(?: date)?|members)[ \t]*:")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)\[(?P<mark>[ xX✓✔]?)\][ \t]+(?P<text>\S.*)$")
# "Sasha — 26 Sep 2025 at 09:14", "Ana Ruiz - 3 Oct 2025, 18:02": a name, a dash, a day
_COMMENT = re.compile(
    r"^(?P<by>[^\W\d_][\w’'. -]{0,40}?)[ \t]+[—–-][ \t]+"
    r"(?P<when>\d{1,2}[ \t]+[^\W\d_]{3,9}\.?[ \t]+\d{4}|[^\W\d_]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?)?[ \t]*$"
)


def is_trello(lines: list[str]) -> bool:
    """A board's card: its place line, or a counted checklist with a section line."""
    if any(_PLACE.match(ln) for ln in lines[:8]):
        return True
    return any(_CHECKLIST.match(ln) for ln in lines) and any(_SECTION.match(ln) for ln in lines)


def _day(when: str) -> dt.date | None:
    text = re.sub(r"[ \t]+", " ", when.replace(",", "").replace(".", "")).strip()
    for form in ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _comments(lines: list[str]) -> list[str]:
    """The comments oldest first, their headers gone when one person wrote them all."""
    entries: list[tuple[str, dt.date | None, list[str]]] = []
    for line in lines:
        if head := _COMMENT.match(line):
            entries.append((head.group("by").strip(), _day(head.group("when")), []))
        elif entries:
            entries[-1][2].append(line.strip())
        elif line.strip():
            entries.append(("", None, [line.strip()]))
    days = [day for _, day, _ in entries]
    if all(days) and days == sorted(days, reverse=True) and days != sorted(days):  # type: ignore[type-var]
        entries.reverse()  # the board shows the newest first
    writers = {by for by, _, _ in entries if by}
    out: list[str] = []
    for by, _, text in entries:
        if len(writers) > 1 and by:
            out.append(f"{by}:")
        out += [ln for ln in text if ln] + [""]
    return out


def plain_trello(lines: list[str]) -> list[str]:
    """A pasted board card (see the module's doc) as plain notes; other notes unchanged."""
    if not is_trello(lines):
        return lines
    out: list[str] = []
    section = ""
    comments: list[str] = []
    for line in lines:
        if _PLACE.match(line) or (section != "comments" and _FILING.match(line)):
            continue
        if head := _SECTION.match(line):
            section = head.group("name").lower()
            continue
        if section in ("comments", "activity"):
            if _CHECKLIST.match(line):
                section = ""
            else:
                comments.append(line)
                continue
        if checklist := _CHECKLIST.match(line):
            out.append(f"## {checklist.group('name')}")
            continue
        if item := _ITEM.match(line):
            box = "[ ] " if not item.group("mark").strip() else ""
            out.append(f"{item.group('indent')}- {box}{item.group('text')}")
            continue
        out.append(line)
    if comments:
        out += ["", *_comments(comments)]
    return out
