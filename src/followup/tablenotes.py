"""Notes kept as a table (a spreadsheet pasted or saved as CSV), read as plain notes.

People log a job hunt in a spreadsheet, one row an event: a date, who it was with, what kind
of event, and the note itself, with a header row naming the columns in the writer's own
language ("dato;hvem;type;note", "Date,With,Kind,Notes", tab-separated as a spreadsheet
copies). Pasted or saved as text, the rows are fields run together by a delimiter, which the
line readers cannot read: no "Met with NAME", no person's block, no labelled line.

The table is recognised by its structure alone: a header row of three or more short fields
with no figures in them, under it three or more rows split by the same delimiter (semicolon,
tab or comma, quoting as CSV writes it) into the same number of fields. The columns' roles
are read from their cells, never from the header's words (which may be in any language):

- the day: the column whose cells are dates;
- the note: the column with the longest text;
- who: the column whose cells are mostly names (a capitalised word the English lexicon does
  not know, wordclass.py); the one value of it written in lower case as a single word
  ("mig", "me", "moi") is the writer's own rows, and a full name the notes write with that
  word in brackets after it ("Mette Kjær Sørensen (mig)") is the writer's name;
- any other column: the kind of event ("interview", "sent", "next steps"), said as a label.

Rewritten as a person would type the log: the writer's name as a `Me:` line; a run of rows of
one day, person and kind as one line of them ("2025-08-19 interview with Lars Holm (Head of
Design) at Nordlys Mobility") over the notes, one a bullet; a row alone as one line ("2025-09-02
sent, Lars Holm: short inquiry about timeline"; "Share: ..." for the writer's own). A row with
no day holds a section of its own: a label alone ("PRIVAT;;;") is a heading line ("PRIVAT:"),
a label with a value ("løn;;;bad om ...") a labelled line. Every cell's words are kept.

Standard library only (csv reads the delimiter and the quoting).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.wordclass import lexicon_classes

_DELIMITERS = (";", "\t", ",")
# a date as a cell holds it: "2025-08-19", "19.08.2025", "8/19", "19 Aug 2025", "Aug 19"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^\W\d_]*\.?"
_DATE_CELL = re.compile(
    rf"^[ \t]*(?:[^\W\d_]{{2,9}}\.?,?[ \t]+)?(?:\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}"
    rf"|\d{{1,2}}[-./]\d{{1,2}}(?:[-./]\d{{2,4}})?|\d{{1,2}}\.?[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)(?:[ T]+\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?)?"
    rf"[ \t]*$"
)
# a person's card in a who cell: a name, a title in brackets, then a comma and where they are
_CARD = re.compile(r"^(?P<person>[^(),]+\([^()]+\))[ \t]*,[ \t]*(?P<place>[^(),]+)$")


@dataclass
class _Table:
    start: int  # the header's line index
    end: int  # one past the last row's line
    delimiter: str
    header: list[str]
    rows: list[list[str]]


def _cells(line: str, delimiter: str) -> list[str]:
    """A row's cells; quotes CSV put around a cell go, quotes the writer typed stay."""
    parsed = next(csv.reader([line], delimiter=delimiter), [])
    raw = line.split(delimiter)
    if len(raw) == len(parsed):  # no delimiter inside quotes: the quotes are the writer's
        return [c.strip() for c in raw]
    return [c.strip() for c in parsed]


def _header_row(line: str, cells: list[str]) -> bool:
    """Column names: three or more, distinct, each a word or three with no figure in it, on a
    line that is no list item."""
    if re.match(r"^[ \t]*[-*•+>#]", line) or len(cells) < 3:
        return False
    names = [c.lower() for c in cells]
    return len(set(names)) == len(names) and all(
        c and len(c) <= 24 and len(c.split()) <= 3 and not re.search(r"[\d.!?]", c) for c in cells
    )


def _find_table(lines: list[str]) -> _Table | None:
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        for delimiter in _DELIMITERS:
            if line.count(delimiter) < 2:
                continue  # three fields at least
            header = _cells(line, delimiter)
            if not _header_row(line, header):
                continue
            rows: list[list[str]] = []
            j = i + 1
            while j < len(lines) and lines[j].strip():
                cells = _cells(lines[j], delimiter)
                if len(cells) != len(header):
                    break
                rows.append(cells)
                j += 1
            if len(rows) >= 3:
                return _Table(i, j, delimiter, header, rows)
    return None


def _is_date(cell: str) -> bool:
    return bool(_DATE_CELL.match(cell))


def _named(cell: str) -> bool:
    """A cell that holds a name: a capitalised word English does not know."""
    return any(
        w[:1].isupper() and not lexicon_classes(w.lower())
        for w in re.findall(r"[^\W\d_][\w’'-]*", cell)
    )


@dataclass
class _Roles:
    date: int | None
    note: int
    who: int | None
    kinds: list[int]


def _roles(table: _Table) -> _Roles | None:
    width = len(table.header)
    columns = [[row[c] for row in table.rows if row[c]] for c in range(width)]
    dated = [r for r in table.rows if any(_is_date(c) for c in r)]
    date = next(
        (
            c
            for c in range(width)
            if columns[c] and sum(_is_date(v) for v in columns[c]) * 2 >= len(dated) > 0
        ),
        None,
    )
    rest = [c for c in range(width) if c != date]
    note = max(rest, key=lambda c: sum(len(v) for v in columns[c]) / max(1, len(table.rows)))
    rest.remove(note)
    named = {c: sum(_named(v) for v in columns[c]) / max(1, len(columns[c])) for c in rest}
    who = max(rest, key=lambda c: named[c], default=None)
    if who is not None and named[who] < 0.4:
        who = None
    return _Roles(date, note, who, [c for c in rest if c != who])


def _own_word(table: _Table, roles: _Roles) -> str | None:
    """The who value the writer gives their own rows: one lower-case word, no name."""
    if roles.who is None:
        return None
    words = {
        row[roles.who]
        for row in table.rows
        if re.fullmatch(r"[^\W\d_]{1,8}", row[roles.who]) and row[roles.who].islower()
    }
    return words.pop() if len(words) == 1 else None


def _own_name(table: _Table, own: str | None) -> str | None:
    """A full name the table writes with the writer's own word in brackets after it."""
    if not own:
        return None
    name = r"[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){1,3}"
    for row in table.rows:
        for cell in row:
            m = re.search(rf"(?P<name>{name})[ \t]*\([ \t]*{re.escape(own)}[ \t]*\)", cell)
            if m and all(w[:1].isupper() for w in m.group("name").split()):
                return m.group("name")
    return None


def _who_card(who: str) -> str:
    """ "Lars Holm (Head of Design), Nordlys Mobility" as a card is said: "... at Nordlys
    Mobility"."""
    card = _CARD.match(who)
    return f"{card.group('person')} at {card.group('place')}" if card else who


def _kind(row: list[str], roles: _Roles) -> str:
    return ", ".join(row[c] for c in roles.kinds if row[c])


def _who_key(who: str) -> str:
    """The person a who cell names: "Lars Holm (Head of Design), Nordlys" is "Lars Holm"."""
    return re.split(r"[(,]", who)[0].strip().lower()


def _same_event(row: list[str], first: list[str], roles: _Roles) -> bool:
    """A row that goes on the first's event: the same day and the same person."""
    if roles.date is not None and row[roles.date] != first[roles.date]:
        return False
    if roles.who is not None and _who_key(row[roles.who]) != _who_key(first[roles.who]):
        return False
    return bool(row[roles.note])


def _plain_rows(table: _Table) -> list[str]:
    roles = _roles(table)
    if roles is None:
        return []
    own = _own_word(table, roles)
    out: list[str] = []
    if me := _own_name(table, own):
        out += [f"Me: {me}", ""]
    i = 0
    rows = table.rows
    while i < len(rows):
        row = rows[i]
        day = row[roles.date] if roles.date is not None else ""
        if roles.date is not None and not _is_date(day):
            # a row with no day: a section's label, or a label and its value
            filled = [c for c in row if c]
            if len(filled) == 1:
                out += ["", f"{filled[0].rstrip(':')}:"]
            elif filled:
                out.append(f"{filled[0].rstrip(':')}: {' - '.join(filled[1:])}")
            i += 1
            continue
        run = [row]
        while i + len(run) < len(rows) and _same_event(rows[i + len(run)], row, roles):
            run.append(rows[i + len(run)])
        who = row[roles.who] if roles.who is not None else ""
        person = "" if not who or who == own else _who_card(who)
        kind = _kind(row, roles)
        if len(run) > 1:
            head = " ".join(p for p in (day, kind) if p)
            head += f" with {person}" if person else ""
            out += ["", head]
            for r in run:
                other = _kind(r, roles)
                said = f"{other}: " if other != kind and other else ""
                out.append(f"- {said}{r[roles.note]}")
            out.append("")
        else:
            label = kind[:1].upper() + kind[1:] if kind else ""
            said = ", ".join(p for p in (label, person) if p)
            note = row[roles.note]
            text = f"{said}: {note}" if said else note
            out.append(f"{day} {text}".strip() if day else text)
        i += len(run)
    return out


def plain_table(lines: list[str]) -> list[str]:
    """The notes with a table in them (see the module's doc) as plain notes; notes with no
    table come back unchanged."""
    table = _find_table(lines)
    if table is None:
        return lines
    plain = _plain_rows(table)
    if not plain:
        return lines
    return [*lines[: table.start], *plain, *lines[table.end :]]
