"""The commands around the schedule and the sent history: plan, log, due, export, import.

cli.py registers them with `register(app)`; like cli.py this module only parses, calls
timeline.py and history.py, and prints. Domain errors become one line and exit 2 in
cli.main.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from followup.core import MessageKind
from followup.errors import InputError
from followup.history import EXPORT_SCHEMA, History, Status, validate_export
from followup.options import FACTS
from followup.typer_options import TRACKING, HelpSections, examples, typer_option

if TYPE_CHECKING:
    from followup.history import Application
    from followup.inputs import SourceText
    from followup.models import Brief, Draft, Notes
    from followup.timeline import Step

log_app = typer.Typer(
    cls=HelpSections,
    help="Record what you sent, list it, set an application's status.",
    epilog=examples(
        "followup log sent thanks.eml          # record a message as sent",
        "followup log list                     # applications, contacts, messages",
        "followup log status Acme rejected     # or active, on-hold, offer, withdrawn",
    ),
    no_args_is_help=True,
)

MAX_IMPORT_BYTES = 50 * 1024 * 1024


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today", metavar="DATE", help="As of this date (YYYY-MM-DD or a phrase like 'tomorrow')."
    ),
]


def register(app: typer.Typer) -> None:
    """Add plan, log, due, export and import to the main app, in its help's TRACKING
    section."""
    panel = TRACKING
    app.command(
        short_help="The follow-up schedule for one interview, and what is next.",
        rich_help_panel=panel,
        epilog=examples(
            "followup plan notes.md",
            "followup plan notes.md --ics acme.ics    # reminders for your calendar",
            "followup plan phone.txt --company Brightwave --role 'Data Engineer'",
            "followup plan notes.md --no-track        # add nothing to the history",
        ),
    )(plan)
    app.add_typer(log_app, name="log", rich_help_panel=panel)
    app.command(
        short_help="What is due across your applications, and what is too early.",
        rich_help_panel=panel,
        epilog=examples(
            "followup due",
            "followup due --date 2026-12-08",
            "followup due --date tomorrow",
        ),
    )(due)
    app.command(
        "export",
        rich_help_panel=panel,
        epilog=examples(
            "followup export > history.json",
            "followup export -o history.json   # a new file, owner-only",
        ),
    )(export_history)
    app.command(
        "import",
        rich_help_panel=panel,
        epilog=examples("FOLLOWUP_HOME=~/other followup import history.json"),
    )(import_history)


def _today(value: str | None, option: str = "--today") -> dt.date:
    from followup.timeline import as_of_day

    return as_of_day(value, option)


# -- plan ------------------------------------------------------------------------------------


def plan(
    notes_file: Annotated[
        str, typer.Argument(metavar="NOTES", help="Interview notes (.md/.txt); '-' reads stdin.")
    ],
    ics: Annotated[
        Path | None,
        typer.Option(metavar="FILE", help="Also write the reminders to this iCalendar file."),
    ] = None,
    track: Annotated[
        bool, typer.Option(help="Add the application and its people to the sent history.")
    ] = True,
    me: Annotated[str | None, typer_option(FACTS["me"])] = None,
    company: Annotated[str | None, typer_option(FACTS["company"])] = None,
    role: Annotated[str | None, typer_option(FACTS["role"])] = None,
    today: TodayOption = None,
) -> None:
    """Print the follow-up schedule: dates, and what each message is for."""
    from followup import timeline
    from followup.inputs import read_source
    from followup.notes import keep_recipients, parse_notes, understand_notes
    from followup.writer.kind_choice import noted_sent, notes_record, with_tracked

    as_of = _today(today)
    if ics is not None and ics.is_dir():
        raise InputError(f"{ics}: --ics needs a file name, and this is a folder")
    if ics is not None and not ics.parent.exists():
        raise InputError(f"{ics.parent}: no such folder")
    source = read_source(notes_file)
    notes = parse_notes(source)
    reading = understand_notes(notes, as_of)
    for fact, given in {"candidate": me, "company": company, "role": role}.items():
        if given:
            setattr(reading.brief, fact, given)
    keep_recipients(reading)  # as `write` does after --me: the candidate is no contact
    brief = reading.brief
    if brief.interview_date is None:
        raise InputError(f"{source.name}: no interview date; {timeline.NO_DATE_HINT}")
    interview = brief.interview_date
    decision = brief.decision_date  # the notes' reading, as `write` and its checker use it
    record = notes_record(notes.all_text)  # what `write` reads too: one reader of the notes
    company, role = brief.company or "the company", brief.role or "the role"
    typer.echo(f"{company}, {role}: interview on {timeline.day_label(interview)}")
    noted: list[tuple[MessageKind, int]] = []  # what the notes record as sent
    held = False  # the hire is on hold (the notes say so, or the history's status)
    if record.declined:
        steps = timeline.after_rejection(as_of)
        done: list[Step] = []
        typer.echo("Your notes say they went with someone else: no inquiry, no check-in.")
    else:
        # what went out (the notes, and the history before this plan records anything), as
        # `write` and the `Next:` line give timeline.advise: a row after a send opens when
        # advise says it is welcome
        noted = noted_sent(notes.all_text, interview, as_of)
        tracked = timeline.tracked_for(brief)
        sent = with_tracked(noted, tracked)
        answer = timeline.employer_answer(notes.all_text, interview, as_of)  # as `write` reads
        answered = (answer - interview).days if answer else None
        held = record.on_hold or (tracked is not None and tracked.status == "on-hold")
        steps = timeline.schedule(interview, decision, sent, answered=answered, on_hold=held)
        done = [step for step in steps if step.sent]
        if decision is not None:
            typer.echo(f"They said they would decide by {timeline.day_label(decision)}.")
        if answer is not None:
            typer.echo(
                f"Your notes say they answered on {timeline.day_label(answer)} that the "
                "process is delayed: the next inquiry waits about two weeks after that."
            )
        if held:
            typer.echo(
                f"{'Your notes say the hire is' if record.on_hold else 'You marked the hire'} "
                "on hold: "
                "no more inquiries; a check-in about monthly that offers something and asks "
                "nothing."
            )
    people = ", ".join(p.name for p in brief.interviewers) or "each person you met"
    passed = [step for step in steps if timeline.has_passed(step, as_of) and step not in done]
    rows = []
    for step in steps:
        window = timeline.day_label(step.start)
        if step.end != step.start:
            window += f" to {timeline.day_label(step.end)}"
        purpose = step.purpose
        if step.kind in (MessageKind.THANK_YOU, MessageKind.KEEP_IN_TOUCH):
            purpose = f"{purpose} ({people})"
        if step in done:
            said = (step.kind, (step.start - interview).days) in noted
            purpose = f"(sent{', your notes say' if said else ''}) {purpose}"
        elif (
            step in passed
            and step.kind is MessageKind.SECOND_INQUIRY
            and not any(s.kind is MessageKind.INQUIRY for s in done)
        ):  # no "passed": its days count from the first inquiry, which has not gone out
            purpose = f"(after the first inquiry) {purpose}"
        elif step in passed:
            purpose = f"(passed) {purpose}"
        rows.append((window, step.kind.value, purpose))
    if record.declined:
        rows.append(("never", "inquiry", "they have decided; asking again reads as pushback"))
    elif held:
        rows.append(("on hold", "inquiry", "none while the hire is on hold; check-ins ask nothing"))
    else:
        rows.append(("never", "third inquiry", "after the second, keep applying elsewhere"))
    width = max(len(r[0]) for r in rows)
    for window, kind_name, purpose in rows:
        typer.echo(f"  {window:<{width}}  {kind_name:<15} {purpose}")
    if ics is not None:
        ics.write_bytes(timeline.to_ics(steps, company=company, role=role, today=as_of, done=done))
        count = len(steps) - len(passed) - len(done)
        typer.echo(f"wrote {ics} ({count} reminders{_ics_changes(steps, passed, as_of)})")
    if not track:
        typer.echo(_next_line(brief, notes, as_of, None))
        return
    if not (brief.company and brief.role):
        untold = [fact for fact in ("company", "role") if not getattr(brief, fact)]
        typer.echo(_next_line(brief, notes, as_of, None))
        missing = " and the ".join(untold)
        flags = " and ".join(f"--{fact}" for fact in untold)
        typer.echo(
            f"Not tracked: the notes do not say the {missing} ({flags} "
            f"give{'s' * (len(untold) == 1)} {'it' if len(untold) == 1 else 'them'}).",
            err=True,
        )
        return
    contacts = [(p.name, p.email) for p in brief.interviewers]
    with History.open() as history:
        app, created = history.add_application(
            brief.company, brief.role, interview, contacts, decision
        )
        was = app.status
        if record.declined and app.status in ("active", "on-hold"):
            history.set_status(app, "rejected")
        elif record.on_hold and app.status == "active":
            history.set_status(app, "on-hold")
        logged = _record_logged_sends(history, app, notes, as_of) if not app.messages else []
        next_line = _next_line(brief, notes, as_of, history)
    verb = "Tracking" if created else "Already tracking"
    if not app.contacts:
        typer.echo(
            f"{verb} application {app.id} with no contact: the notes name nobody you met "
            "(name them in the notes, then plan again)."
        )
    else:
        typer.echo(
            f"{verb} application {app.id} with {len(app.contacts)} contact(s); "
            "`followup log sent FILE --to EMAIL` records what you send."
        )
    if record.declined and was in ("active", "on-hold"):
        typer.echo(f"Set application {app.id} to rejected, as your notes say.")
    elif record.on_hold and was == "active":
        typer.echo(f"Set application {app.id} to on-hold, as your notes say.")
    if logged:
        typer.echo(f"Recorded from your notes, for `followup due`: {', '.join(logged)}.")
    undated = [s for s in done if s.kind.value not in {x.split(" ")[0] for x in logged}]
    if undated and not app.messages:
        typer.echo(
            f"Your notes say the {' and the '.join(s.kind.value for s in undated)} went out; "
            "`followup log sent FILE --kind KIND --date DATE` records each for `followup due`."
        )
    typer.echo(next_line)


def _record_logged_sends(
    history: History, app: Application, notes: Notes, today: dt.date
) -> list[str]:
    """Put in the history what the notes log as sent with a date ("Thank-you sent 10/16.
    Second inquiry sent 11/9."), so `due` reads what `plan` and `write` read: each to the
    person its sentence names, else a thank-you to everyone met and an inquiry to the first.
    The labels of what was recorded ("second-inquiry (Mon 9 Nov)")."""
    from followup import timeline
    from followup.notelines import mentions_name
    from followup.writer.kind_choice import logged_sends

    out = []
    for send in logged_sends(notes.all_text, app.interview_date, today):
        if send.on is None or not app.contacts:
            continue
        named = [c for c in app.contacts if mentions_name(send.sentence, c.name)]
        if not named:
            everyone = send.kind is MessageKind.THANK_YOU
            named = app.contacts if everyone else app.contacts[:1]
        for contact in named:
            history.record(contact, send.kind, send.on, today=today)
        out.append(f"{send.kind.value} ({timeline.day_label(send.on)})")
    return out


def _next_line(brief: Brief, notes: Notes, today: dt.date, history: History | None) -> str:
    """'Next: a thank-you (2 days after the interview).': the kind `followup write` would
    pick today, by the same reading of the notes and the history."""
    from followup import timeline
    from followup.writer.kind_choice import choose_kind, notes_decide, notes_record

    record = notes_record(notes.all_text)
    tracked = timeline.tracked_for(brief, history) if history is not None else None
    kind: MessageKind | None
    answered = brief.interview_date and timeline.employer_answer(
        notes.all_text, brief.interview_date, today
    )
    if notes_decide(tracked, record) or answered:  # the history does not hold their answer
        choice = choose_kind(brief, notes, today, tracked)
        kind, reason = choice.kind, choice.reason
    else:
        kind, reason = timeline.due_kind(history, brief, today, declined=record.declined)
    if kind is None:
        return f"Next: {reason}."
    return f"Next: {timeline.with_article(kind)} ({reason}); `followup write` writes it."


def _ics_changes(steps: list[Step], passed: list[Step], today: dt.date) -> str:
    """'; left out, their days have passed: thank-you; moved to today (Fri 27 Nov):
    inquiry', or '' when every reminder is on its own day."""
    from followup import timeline

    moved = [s for s in steps if s.start < today <= s.end]
    out = ""
    if passed:
        out += f"; left out, their days have passed: {', '.join(s.kind.value for s in passed)}"
    if moved:
        names = ", ".join(s.kind.value for s in moved)
        out += f"; moved to today ({timeline.day_label(today)}): {names}"
    return out


# -- log -------------------------------------------------------------------------------------


@log_app.command(
    "sent",
    epilog=examples(
        "followup log sent thanks.eml           # To:, Date: and Subject: from the .eml",
        "followup log sent inquiry.txt --to maria@acme.example --date 2026-12-01",
        "followup log sent note.txt --to Maria --kind inquiry --date yesterday",
    ),
)
def log_sent(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="The message as sent (.eml, .txt, .md; '-': stdin)."),
    ],
    to: Annotated[
        str | None,
        typer.Option(
            metavar="EMAIL", help="The contact's email or name (an .eml's To: otherwise)."
        ),
    ] = None,
    kind: Annotated[
        MessageKind | None,
        typer.Option(metavar="KIND", help="The kind (default: front matter, else inferred)."),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="When it was sent: YYYY-MM-DD or 'yesterday' (default: .eml Date:, else today).",
        ),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Record a message as sent."""
    from followup import timeline
    from followup.inputs import read_source

    as_of = _today(today)
    source = read_source(file)
    who = to or source.recipient_email or source.recipient_name
    if not who:
        raise InputError(f"{source.name}: who was it sent to? pass --to EMAIL")
    sent_on = (
        timeline.parse_day(date, "--date", today=as_of)
        if date is not None
        else _email_date(source.path, as_of)
        if source.is_email
        else as_of
    )
    subject, body = _subject_and_body(source.text[source.body_start :])
    with History.open_for(who) as history:
        app, contact = history.find_contact(who)
        message_kind, how = (kind, "") if kind else _kind_of(source)
        early = _before_the_schedule(app, message_kind, sent_on)
        history.record(contact, message_kind, sent_on, subject, body, today=as_of)
        app = history.find_application(str(app.id))
    typer.echo(
        f"recorded: {message_kind.value}{how} to {contact.label()} ({app.label()}), "
        f"sent {timeline.day_label(sent_on)}"
    )
    if early:
        typer.echo(f"warning: {early}", err=True)
    typer.echo(f"next: {_advice_line(app, as_of)}")


def _before_the_schedule(app: Application, kind: MessageKind, sent_on: dt.date) -> str | None:
    """One line when a follow-up went out before the schedule welcomes it (an inquiry on
    day 1, a third inquiry), recorded all the same: it was sent. None when it was on time."""
    from followup import timeline

    day = (sent_on - app.interview_date).days
    before = [(k, d) for k, d in app.sent() if d <= day]
    decision = (app.decision_date - app.interview_date).days if app.decision_date else None
    timing = timeline.welcome_from(kind, before, decision, app.interview_date)
    if timing.earliest is None:
        return f"this {kind.value} was sent although {timing.reason}; no more inquiries"
    if day >= timing.earliest:
        return None
    welcome = timeline.when_label(app.interview_date, timing.earliest)
    return (
        f"this {kind.value} went out on day {day}, before the schedule welcomes it "
        f"({welcome}: {timing.reason})"
    )


def _email_date(path: Path | None, today: dt.date) -> dt.date:
    """The Date: header of an .eml file (today when it has none)."""
    import email
    import email.policy
    from email.utils import parsedate_to_datetime

    assert path is not None
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
    raw = msg.get("Date")
    if raw is None:
        return today
    try:
        return parsedate_to_datetime(str(raw)).date()
    except (TypeError, ValueError):
        raise InputError(f"{path}: its Date: header {raw!r} is not a date; pass --date") from None


def _kind_of(source: SourceText) -> tuple[MessageKind, str]:
    """The kind from front matter, else inferred from the wording (and how it was found)."""
    from followup.checker.document import Document
    from followup.checker.kinds import infer_kind
    from followup.checker.runner import kind_from_front_matter

    found = kind_from_front_matter(source)
    if found is not None:
        return found, " (front matter)"
    text = source.text[source.body_start :]
    return infer_kind(Document(text, MessageKind.THANK_YOU)).kind, " (inferred; --kind sets it)"


def _subject_and_body(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if first.startswith("Subject:"):
        return first.removeprefix("Subject:").strip(), rest.strip() + "\n"
    return "", text.strip() + "\n"


def _advice_line(app: Application, today: dt.date) -> str:
    from followup import timeline

    advice = timeline.advise_application(app, today)
    if advice.kind is None:
        return f"nothing more to send ({advice.reason})"
    when = "today" if advice.due else f"from {timeline.day_label(advice.welcome or today)}"
    return f"{advice.kind.value} {when} ({advice.reason})"


@log_app.command(
    "list",
    epilog=examples(
        "followup log list", "followup log list --format json   # as `export` writes it"
    ),
)
def log_list(
    output_format: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMAT", help="text or json (the export format)."),
    ] = "text",
) -> None:
    """Show every application, its contacts and the messages sent."""
    from followup import timeline

    if output_format not in ("text", "json"):
        raise InputError(f"--format {output_format!r}: use text or json")
    history = History.open_existing()
    if history is None:
        typer.echo("No history yet: `followup plan NOTES` starts one.")
        return
    with history:
        if output_format == "json":
            typer.echo(json.dumps(history.export(), indent=2))
            return
        apps = history.applications()
    if not apps:
        typer.echo("No applications yet: `followup plan NOTES` adds one.")
    for app in apps:
        typer.echo(
            f"{app.id}  {app.label()}  interview {timeline.day_label(app.interview_date)}  "
            f"[{app.status}]"
        )
        typer.echo(f"     contacts: {', '.join(c.label() for c in app.contacts) or '(none)'}")
        for m in app.messages:
            subject = f"  {m.subject!r}" if m.subject else ""
            typer.echo(
                f"     {timeline.day_label(m.sent_on):<11} {m.kind.value:<15} "
                f"to {app.contact(m.contact_id).name}{subject}"
            )


@log_app.command(
    "status",
    epilog=examples(
        "followup log status Northwind rejected   # by company",
        "followup log status 2 on-hold            # by number (`followup log list`)",
    ),
)
def log_status(
    application: Annotated[
        str, typer.Argument(metavar="ID", help="The application's number or company.")
    ],
    status: Annotated[Status, typer.Argument(metavar="STATUS", help="The new status.")],
) -> None:
    """Mark an application active, on-hold, offer, rejected or withdrawn."""

    history = History.open_existing()
    if history is None:
        raise InputError(f"no application matches {application!r}: there is no history yet")
    with history:
        app, whole = history.match_application(application)
        history.set_status(app, status.value)
    if not whole:  # a shortened name: say which application it changed
        typer.echo(f"{application!r} is the start of application {app.id}'s company:")
    typer.echo(f"{app.label()}: {app.status} -> {status.value}")


# -- due -------------------------------------------------------------------------------------


def due(
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            "--today",
            metavar="DATE",
            help="As of this date: YYYY-MM-DD or a phrase like 'tomorrow'.",
        ),
    ] = None,
) -> None:
    """List what is due across your applications, and what is still too early."""
    from followup import timeline

    as_of = _today(date, "--date")
    history = History.open_existing()
    if history is None:
        typer.echo("Nothing tracked yet: `followup plan NOTES` adds an application.")
        return
    with history:
        apps = history.applications()
    now: list[str] = []
    later: list[str] = []
    done: list[str] = []
    for app in apps:
        # timeline.advise decides for every status, as it does for `write`: a rejection
        # still calls for a keep-in-touch note; a closed application with nothing to send
        # is left out (`log list` shows it).
        advice = timeline.advise_application(app, as_of)
        if advice.kind is None and app.status != "active":
            continue
        head = f"{app.label()} (interview {timeline.day_label(app.interview_date)})"
        if advice.kind is None:
            done.append(f"  {head}: {advice.reason}")
        elif advice.due:
            now.append(
                f"  {head}: {advice.kind.value} to {_recipients(app, advice.kind)}; {advice.reason}"
            )
        else:
            assert advice.welcome is not None
            later.append(
                f"  {head}: {advice.kind.value} from {timeline.day_label(advice.welcome)}; "
                f"{advice.reason}"
            )
    typer.echo(f"Due on {timeline.day_label(as_of)}:")
    typer.echo("\n".join(now) if now else "  nothing")
    typer.echo("Too early:")
    typer.echo("\n".join(later) if later else "  nothing")
    if done:
        typer.echo("Nothing more to send:")
        typer.echo("\n".join(done))


# an application tracked before anyone was read from its notes: said, not "your contact"
NO_CONTACT = "no one yet (the notes named nobody you met: `followup plan NOTES` adds them)"


def _recipients(app: Application, kind: MessageKind) -> str:
    """Who the next message goes to: each person without a thank-you; otherwise whoever had
    the last inquiry or check-in, or else the first person met (usually the hiring manager)."""
    if kind is MessageKind.THANK_YOU:
        thanked = {m.contact_id for m in app.messages if m.kind is MessageKind.THANK_YOU}
        names = [c.name for c in app.contacts if c.id not in thanked]
        return ", ".join(names) or "each person you met"
    later = [m for m in app.messages if m.kind is not MessageKind.THANK_YOU]
    if later:
        return app.contact(later[-1].contact_id).name
    return app.contacts[0].name if app.contacts else NO_CONTACT


# -- export / import ---------------------------------------------------------------------------


def export_history(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to this file (owner-only)."),
    ] = None,
) -> None:
    """Print the whole history as JSON (or write it to a new file)."""

    history = History.open_existing()
    data = {"schema": EXPORT_SCHEMA, "applications": []}
    if history is not None:
        with history:
            data = history.export()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists():
        raise InputError(f"{output}: already exists; choose another name (nothing was changed)")
    if not output.parent.exists():
        raise InputError(f"{output.parent}: no such folder")
    fd = os.open(output, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    count = len(data["applications"])
    typer.echo(f"wrote {output} ({count} application(s))", err=True)


def import_history(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A file written by `followup export`.")
    ],
) -> None:
    """Add an exported history (entries already present are skipped)."""
    if not file.is_file():
        raise InputError(f"{file}: no such file")
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise InputError(f"{file}: too large for an export (over 50 MB)")
    from followup.inputs import decode_utf8

    try:
        data = json.loads(decode_utf8(str(file), file.read_bytes()))
    except json.JSONDecodeError as exc:
        raise InputError(f"{file}: not JSON ({exc.msg} at line {exc.lineno})") from None

    validate_export(data, dt.date.today())  # refuse before the file is even created
    with History.open() as history:
        apps, messages = history.import_(data)
    typer.echo(f"imported {apps} application(s) and {messages} message(s) from {file}")


# -- write --record ----------------------------------------------------------------------------


def offer_to_record(drafts: list[Draft], brief: Brief, today: dt.date) -> None:
    """Ask on the terminal, for each ready draft, whether it went out; record the yeses."""
    from followup import timeline

    for draft in drafts:
        if draft.blocked or draft.recipient is None:
            continue
        name = draft.recipient.first_name
        try:
            answer = input(f"Record as sent to {name}? [y/N] ").strip().lower()
        except EOFError:
            answer = ""
        if answer not in ("y", "yes"):
            typer.echo("not recorded", err=True)
            continue
        if not (brief.company and brief.role and brief.interview_date):
            raise InputError(
                "cannot record: the notes must give the company, the role and the interview "
                "date (or pass --company / --role)"
            )
        contacts = [(p.name, p.email) for p in brief.interviewers]
        if draft.recipient.name not in {n for n, _ in contacts}:
            contacts.append((draft.recipient.name, draft.recipient.email))
        with History.open() as history:
            app, _ = history.add_application(
                brief.company, brief.role, brief.interview_date, contacts, brief.decision_date
            )
            contact = next(c for c in app.contacts if c.name == draft.recipient.name)
            history.record(contact, draft.kind, today, draft.subject, draft.body, today=today)
        typer.echo(
            f"recorded: {draft.kind.value} to {contact.label()}, sent {timeline.day_label(today)}",
            err=True,
        )
