"""Notes text put into the shape the readers expect, before anything is read from it.

People paste notes in forms that carry the same facts differently: a Markdown table of who
said what, labels run together on one line ("Date: ... · Me: ..."), a forwarded email's
header block, or notes written to themselves in the second person ("You interviewed with
...; she asked how you would ..."). Each is rewritten here into plain lines, so the header
reader and the line classifier need one set of patterns, not one per form.
"""

from __future__ import annotations

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.contractions import spell_out

_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.+)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_EMAIL_HEADER = re.compile(
    r"^\s*(?:-{3,}\s*forwarded message\s*-{3,}|from|to|cc|sent|subject)\b.*$", re.I
)
_SECOND_PERSON = re.compile(
    r"\b(?:you|You) (?:interviewed|are|met|talked|said|described|told|mentioned|forgot)\b"
)
_PRONOUNS = [
    (r"\bYou are\b", "I am"),
    (r"\byou are\b", "I am"),
    (r"\bYou're\b", "I'm"),
    (r"\byou're\b", "I'm"),
    (r"\bYou\b", "I"),
    (r"(?<=\bto )you\b", "me"),
    (r"(?<=\bwith )you\b", "me"),
    (r"\byou\b", "I"),
    (r"\bYour\b", "My"),
    (r"\byour\b", "my"),
    (r"\byourself\b", "myself"),
]


# a Markdown checklist's box ("- [x] Deepa Raman — staff eng"): the line is read without it
_CHECKBOX = re.compile(r"^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]*", re.M)
# a checklist's box with no bullet before it (a Trello or Notion export: "[x] Marta — EM"):
# the item is a list's line
_BARE_BOX = re.compile(r"^([ \t]*)\[[ xX]\][ \t]+", re.M)


def _unshouted(text: str) -> str:
    """Notes typed in capitals throughout ("CHEF DANA!! ASKED ABT FOOD COST") read as the
    lower-case notes people also type: names get their capitals back where they are read."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 40 or upper < 0.8 * len(letters):
        return text
    return text.lower()


# Markdown emphasis ("**Ms. Osei (Head of Education)**", "**Q (Lee):** ...", "__Private__"):
# the readers see the words, as they do in a notes app that hides the marks
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(?P<inner>[^\n]*?\S)\1")


# an arrow or a typographic mark opening a line is a bullet ("→ big on monitoring", "▸ rota")
_ARROW_BULLET = re.compile(r"^([ \t]*)(?:→|->|=>|⇒|▸|►|‣|◦|»|➔|➜)[ \t]+", re.M)


# a printed form's label, dots or underscores to its value: "Candidate ......... Maggie Sloane"
_LEADER_LABEL = re.compile(
    r"^(?P<indent>[ \t]*)(?P<label>[A-Za-z][\w /()'’&-]{1,30}?)"
    r"(?:[ \t]+(?:\.{4,}|_{3,})[ \t]+|[ \t]*\.{6,}[ \t]*)"  # not "and then... we left"
    r"(?P<value>\S.*)$"
)


def _unleadered(lines: list[str]) -> list[str]:
    """A form's "Label ...... value" lines as "Label: value", with the lines wrapped under the
    value (indented to where it starts) joined to it: the labelled lines the readers know."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _LEADER_LABEL.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        column = m.start("value")
        value = m.group("value").rstrip()
        i += 1
        while i < len(lines) and lines[i].strip() and not _LEADER_LABEL.match(lines[i]):
            indent = len(lines[i]) - len(lines[i].lstrip())
            if indent < max(column - 2, 4):
                break
            value = f"{value} {lines[i].strip()}"
            i += 1
        out.append(f"{m.group('indent')}{m.group('label').strip()}: {value}")
    return out


# "interview" as it is typed in a hurry ("bluecrest aquatics intervw thurs 5/14"): the readers
# see the word, so each pattern that looks for an interview need not know every spelling
_INTERVIEW_TYPED = re.compile(
    r"\b(?:intervw|intrvw|intvw|intvu|interveiw|inteview|intreview)\b", re.I
)


_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
_MAIL_DATE = re.compile(r"^\s*date\s*:", re.I)
_MAIL_FIELD = re.compile(r"^\s*(?:from|to|cc|subject|sent)\s*:", re.I)


# a day written with its ordinal inside a date of numbers: "Date: 14th/05/2026 (Thursday)"
# (the ordinal says the day comes first)
_ORDINAL_IN_NUMBERS = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b"
)
_MONTHS = "January February March April May June July August September October November December"


def _day_first(m: re.Match[str]) -> str:
    month = int(m.group("month"))
    if not 1 <= month <= 12:
        return m.group()
    return f"{int(m.group('day'))} {_MONTHS.split()[month - 1]} {m.group('year')}"


def normalize_notes(text: str) -> str:
    """Tables as 'Name (Title): what was said' lines, '·' separators as line breaks, capitals
    throughout as lower case, checklist boxes and bold marks dropped, arrows as bullets,
    forwarded-email headers dropped, second-person notes in the first person, a printed
    form's dotted labels ("Date ...... 5 March") as "Date: 5 March"."""
    text = _ARROW_BULLET.sub(r"\1- ", _EMPHASIS.sub(r"\g<inner>", text))
    text = spell_out(text)  # "theyre moving offices": "they're" (contractions.py)
    text = _ORDINAL_IN_NUMBERS.sub(_day_first, text)  # "3rd/11/2026" is 3 November 2026
    text = _BARE_BOX.sub(r"\1- ", _CHECKBOX.sub(r"\1", _unshouted(text)))
    lines = _unleadered(text.splitlines())
    out: list[str] = []
    columns: list[str] | None = None
    for i, line in enumerate(lines):
        unquoted = _QUOTE_MARK.sub("", line)  # "> From: ...": a mail pasted as a quote
        if _EMAIL_HEADER.match(unquoted) and (
            "forwarded" in unquoted.lower()
            or re.match(r"\s*(?:subject|from|to|cc|sent)\s*:", unquoted, re.I)
        ):
            continue
        if _MAIL_DATE.match(unquoted) and any(
            _MAIL_FIELD.match(_QUOTE_MARK.sub("", near)) for near in lines[max(0, i - 2) : i + 3]
        ):
            continue  # a mail's Date: says when it was sent, never when the interview is
        row = _TABLE_ROW.match(line)
        if row:
            cells = [c.strip() for c in row.group("cells").split("|")]
            if columns is None:
                columns = [c.lower() for c in cells]
                continue
            if all(_TABLE_RULE.match(c) or not c for c in cells):
                continue
            out.append(_table_line(columns, cells))
            continue
        columns = None
        out.extend(part.strip() for part in re.split(r"\s+·\s+", line)) if " · " in line else (
            out.append(line)
        )
    text = _INTERVIEW_TYPED.sub("interview", "\n".join(out))
    if _SECOND_PERSON.search(text):
        for pattern, repl in _PRONOUNS:
            text = re.sub(pattern, repl, text)
    return text


def _table_line(columns: list[str], cells: list[str]) -> str:
    """'| Malik Johnson | Director | their rollout |' -> 'Malik Johnson (Director): their
    rollout'."""
    named = dict(zip(columns, cells, strict=False))
    who = next((v for k, v in named.items() if re.search(r"who|name|interviewer|person", k)), "")
    title = next((v for k, v in named.items() if re.search(r"title|role|position", k)), "")
    rest = [
        f"we talked about {v}"
        if re.search(r"talk|discuss|topic", k)
        and not re.match(r"(?:we |they |she |he |asked|talked)", v, re.I)
        else v
        for k, v in named.items()
        if v and v not in (who, title)
    ]
    head = f"{who} ({title})" if who and title else who or title
    return f"{head}: {'; '.join(rest)}" if rest else head
