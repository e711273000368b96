"""A calendar event saved as a file (iCalendar, .ics) in the notes, read as the invitation a
mail client shows.

An interview's invitation saved from a calendar is iCalendar text (RFC 5545): `BEGIN:VEVENT`,
then one property a line (`SUMMARY:Interview - Data Analyst - Fernhill`, `DTSTART:20260310T
140000Z`, `LOCATION:...`, `ORGANIZER;CN=Ana Ruiz:mailto:...`, `ATTENDEE;CN=...`,
`DESCRIPTION:Hi Mira\\, ...\\n...`), long lines folded onto the next with a leading space,
commas and line breaks escaped. The readers read an invitation as a mail client shows it
(calendarinvite.py: "Subject:", "When:", "Where:", "Organizer:", "Attendees:" lines).

Recognised by its structure: a `BEGIN:VEVENT` line and an `END:VEVENT` line. Rewritten as the
shown invitation: the event's title as `Subject:`, its start as `When:` (a day and a time in
words), `Where:`, `Organizer:` and `Attendees:` by their names (their addresses when no name
is given), the description's lines unescaped under them; the calendar's own lines (time zones,
alarms, identifiers, stamps) gone. Lines around the event (the notes) are kept.

Hand-written: the properties read here are a handful of RFC 5545's, unfolded and unescaped by
its rules (the icalendar package, which timeline.py uses to write reminders, parses a whole
calendar file and refuses one pasted among notes).
"""

from __future__ import annotations

import datetime as dt

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_PROPERTY = re.compile(r"^(?P<name>[A-Z][A-Z-]*)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_CN = re.compile(r'(?i);CN="?(?P<cn>[^";:]+)"?')


def _unescaped(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _when(value: str) -> str:
    for form in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            day = dt.datetime.strptime(value.strip(), form)
        except ValueError:
            continue
        said = f"{day:%A}, {day.day} {day:%B %Y}"
        return (
            said
            if form == "%Y%m%d"
            else f"{said} {day:%H:%M}" + (" UTC" if value.strip().endswith("Z") else "")
        )
    return value


def _person(params: str, value: str) -> str:
    cn = _CN.search(params)
    return cn.group("cn").strip() if cn else re.sub(r"(?i)^mailto:", "", value).strip()


def plain_ics(lines: list[str]) -> list[str]:
    """Notes holding an iCalendar event (see the module's doc) as the invitation shown."""
    if not any(ln.strip() == "BEGIN:VEVENT" for ln in lines):
        return lines
    if not any(ln.strip() == "END:VEVENT" for ln in lines):
        return lines
    start = next(
        i for i, ln in enumerate(lines) if ln.strip() in ("BEGIN:VCALENDAR", "BEGIN:VEVENT")
    )
    end = max(i for i, ln in enumerate(lines) if ln.strip() in ("END:VCALENDAR", "END:VEVENT"))
    unfolded: list[str] = []
    for line in lines[start : end + 1]:
        if line[:1] in (" ", "\t") and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line.rstrip("\r"))
    shown: dict[str, str] = {}
    attendees: list[str] = []
    description = ""
    inside: list[str] = []  # the components the line is in: VCALENDAR, VEVENT, VALARM
    for line in unfolded:
        prop = _PROPERTY.match(line.strip())
        if not prop:
            continue
        name, params, value = prop.group("name"), prop.group("params"), prop.group("value")
        if name == "BEGIN":
            inside.append(value.strip())
            continue
        if name == "END":
            inside = inside[:-1]
            continue
        if not inside or inside[-1] != "VEVENT":
            continue  # the calendar's own lines, a time zone's, an alarm's
        if name == "SUMMARY":
            shown.setdefault("Subject", _unescaped(value))
        elif name == "DTSTART":
            shown.setdefault("When", _when(value))
        elif name == "LOCATION" and value:
            shown.setdefault("Where", _unescaped(value))
        elif name == "ORGANIZER":
            shown.setdefault("Organizer", _person(params, value))
        elif name == "ATTENDEE":
            attendees.append(_person(params, value))
        elif name == "DESCRIPTION":
            description = _unescaped(value)
    order = ("Subject", "When", "Where", "Organizer")
    out = [f"{key}: {shown[key]}" for key in order if key in shown]
    if attendees:
        out.append(f"Attendees: {', '.join(attendees)}")
    if description:
        out += ["", *description.splitlines()]
    return [*lines[:start], *out, *lines[end + 1 :]]
