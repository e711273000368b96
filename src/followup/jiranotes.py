"""Notes kept as an issue in a tracker (a Jira issue exported or copied), read as plain notes.

Some people run a job hunt as a board: one issue an interview, its summary the meeting, its
description the notes (in Jira's wiki markup: `h3.` headings, `*` bullets, `#` numbered items,
`*bold*`, `{quote}`), its comments the notes added later, its sub-tasks the follow-ups to
send. The export wraps them in the tracker's own structure: the issue key and summary on the
first line (`[JOB-17] Onsite interview: FIRM - ROLE`), field lines (`Project:`, `Status:`,
`Assignee:`, `Reporter:`, `Created:`, several on one line, aligned by spaces), section labels
(`Description:`, `Comments:`, `Sub-tasks:`) and comment headers (`--- NAME 21.10.2025 16:10`).

Recognised by that structure: a first line that is an issue key (capitals, a hyphen, a number)
and a summary, and two or more of the tracker's own field lines or its wiki headings under it.
Rewritten as a person would type it: the summary as the notes' title (a `#` heading, as a page
title is); the person both assigned and reporting (the one who keeps the board) as a `Me:`
line; the tracker's bookkeeping fields gone (status, priority, dates of editing, labels: as
org-mode's planning lines and Notion's properties go), any other field kept as a labelled line;
the markup as plain notes (`###` headings, `-` bullets); a comment by the board's keeper as
their notes, with no header, another's under their name; sub-tasks as a list of the follow-ups
planned, each without its key and status. Every line of the notes themselves is kept.

Hand-written patterns on the tracker's fixed syntax; no library reads a pasted issue.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_KEY_TITLE = re.compile(r"^[ \t]*\[?(?P<key>[A-Z][A-Z0-9_]+-\d+)\]?[ \t]+(?P<summary>\S.*)$")
# the tracker's own fields, as its export labels them
_BOOKKEEPING = (
    r"project|type|issue ?type|priority|status|resolution|resolved|labels?|created|updated|"
    r"due|due ?date|components?|fix ?versions?(?:/s)?|affects ?versions?(?:/s)?|sprint|"
    r"epic ?link|epic|story ?points|watchers|votes|time ?tracking|original ?estimate|"
    r"remaining ?estimate|time ?spent|rank|parent|environment"
)
_PEOPLE = r"assignee|reporter|creator"
_FIELD = re.compile(rf"(?i)^(?P<key>{_BOOKKEEPING}|{_PEOPLE})[ \t]*:")
_KEY = r"[A-Z][\w /]{1,24}?"  # a field's name; several fields to a line, spaced apart
_PAIR = re.compile(rf"(?P<key>{_KEY})[ \t]*:[ \t]*(?P<value>.*?)(?=[ \t]{{2,}}{_KEY}[ \t]*:|$)")
_WIKI_HEADING = re.compile(r"^[ \t]*h(?P<level>[1-6])\.[ \t]+(?P<title>.*)$")
_WIKI_ITEM = re.compile(r"^(?P<marks>[*#-]+)[ \t]+(?P<text>\S.*)$")
_SECTION = re.compile(
    r"(?i)^[ \t]*(?P<name>description|comments?|activity|sub-?tasks|issue links|attachments)"
    r"[ \t]*:?[ \t]*$"
)
# "--- Kristjan Tamm 21.10.2025 16:10", "Kristjan Tamm added a comment - 21/Oct/25 4:10 PM"
_COMMENT = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?P<by>[^\d\n]*?)[ \t]+(?P<when>\d[\d./:\- ]*\S?)"
    r"|(?P<by2>[^\d\n]+?)[ \t]+added a comment[ \t]*-?[ \t]*(?P<when2>.*))[ \t]*$"
)
_SUBTASK = re.compile(
    r"^[ \t]*\[?[A-Z][A-Z0-9_]+-\d+\]?[ \t]+(?P<summary>.*?)"
    r"(?:[ \t]{2,}(?P<status>[A-Z][A-Z ]{1,20}))?[ \t]*$"
)
_UNWRAP = (
    (re.compile(r"\{(?:code|noformat|quote|panel|color)(?::[^}]*)?\}"), ""),
    (re.compile(r"\[(?P<text>[^\[\]|]+)\|[^\[\]]+\]"), r"\g<text>"),  # [text|url]
    (re.compile(r"(?<![\w*])\*(?P<text>[^*\n]+)\*(?![\w*])"), r"\g<text>"),  # *bold*
    (re.compile(r"(?<![\w_])_(?P<text>[^_\n]+)_(?![\w_])"), r"\g<text>"),  # _italic_
    (re.compile(r"^[ \t]*bq\.[ \t]+"), ""),
)


def is_jira(lines: list[str]) -> bool:
    """An issue export: a key and summary first, then the tracker's fields or wiki headings."""
    filled = [ln for ln in lines if ln.strip()]
    if not filled or not _KEY_TITLE.match(filled[0]):
        return False
    fields = sum(1 for ln in filled[1:12] if _FIELD.match(ln.strip()))
    headings = sum(1 for ln in filled if _WIKI_HEADING.match(ln))
    return fields >= 2 or (fields >= 1 and headings >= 1)


def _fields(line: str) -> list[tuple[str, str]]:
    return [(m.group("key").strip(), m.group("value").strip()) for m in _PAIR.finditer(line)]


def _plain(line: str) -> str:
    for pattern, repl in _UNWRAP:
        line = pattern.sub(repl, line)
    if heading := _WIKI_HEADING.match(line):
        return f"{'#' * int(heading.group('level'))} {heading.group('title').strip()}"
    if item := _WIKI_ITEM.match(line):
        depth = len(item.group("marks")) - 1
        numbered = item.group("marks").endswith("#")
        return f"{'  ' * depth}{'1.' if numbered else '-'} {item.group('text')}"
    return line


def plain_jira(lines: list[str]) -> list[str]:
    """A pasted tracker issue (see the module's doc) as plain notes; other notes unchanged."""
    if not is_jira(lines):
        return lines
    start = next(i for i, ln in enumerate(lines) if ln.strip())
    title = _KEY_TITLE.match(lines[start])
    assert title is not None
    out = [*lines[:start], f"# {title.group('summary').strip()}"]
    i = start + 1
    people: dict[str, str] = {}
    kept: list[str] = []
    while i < len(lines) and lines[i].strip() and _FIELD.match(lines[i].strip()):
        for key, value in _fields(lines[i].strip()):
            if re.fullmatch(_PEOPLE, key.lower()):
                people[key.lower()] = value
            elif not re.fullmatch(rf"(?i){_BOOKKEEPING}", key) and value:
                kept.append(f"{key}: {value}")
        i += 1
    keeper = people.get("reporter") or people.get("creator") or ""
    if keeper and people.get("assignee", keeper) == keeper:
        out.append(f"Me: {keeper}")
    else:
        out += [f"{key.capitalize()}: {name}" for key, name in people.items()]
    out += kept
    section = ""
    for line in lines[i:]:
        if head := _SECTION.match(line):
            section = head.group("name").lower().replace("-", "")
            if section in ("comments", "comment", "activity") and out and out[-1].strip():
                out.append("")
            elif section == "subtasks":
                out += ["", "Sub-tasks:"]
            continue
        if section in ("comments", "comment", "activity") and (c := _COMMENT.match(line)):
            by = (c.group("by") or c.group("by2") or "").strip()
            if by and by != keeper:
                out.append(f"{by}:")  # another's comment, under their name
            elif out and out[-1].strip():
                out.append("")  # the keeper's own: their notes, a paragraph of their own
            continue
        if section == "subtasks" and (task := _SUBTASK.match(line)):
            out.append(f"- {task.group('summary').strip()}")
            continue
        out.append(_plain(line))
    return out
