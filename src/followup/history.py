"""The sent history: applications, their contacts and every message sent, in SQLite.

The file lives in the data folder ($FOLLOWUP_HOME, or platformdirs' user data folder) and
is created owner-only (0600, the folder 0700): it holds private notes and names. Schema
changes are an append-only list of migrations, tracked in SQLite's user_version; a file
from a newer followup is refused rather than guessed at. Every write is one transaction
opened with BEGIN IMMEDIATE, so concurrent `followup log` runs queue on SQLite's lock (with
a busy timeout) instead of interleaving, and a crash loses nothing that was committed.

Plain sqlite3 rather than an ORM or sqlite-utils: three small tables, and the linter's
cadence rules read them, so the module must import nothing beyond the standard library.
sqlite3 itself (about 5 ms of CPU to load) is imported only when a history is opened, so
the full CLI (`--help`, `plan`, `due`) with no history file, which imports this module,
never loads it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.config import history_path
from followup.core import MessageKind
from followup.errors import InputError

if TYPE_CHECKING:  # sqlite3 (about 5 ms to load) is imported when a history is opened
    import sqlite3


class Status(StrEnum):
    """Where an application stands."""

    ACTIVE = "active"
    ON_HOLD = "on-hold"  # they paused the hire: no more inquiries, check-ins about monthly
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


STATUSES = tuple(s.value for s in Status)
EXPORT_SCHEMA = "followup-history/1"
LOCK_TIMEOUT = 10.0  # seconds a writer waits for another one to finish


def _applications_table(name: str, statuses: str) -> str:
    """The applications table, under `name`, its status one of `statuses` (SQL literals)."""
    return f"""CREATE TABLE {name} (
            id INTEGER PRIMARY KEY,
            company TEXT NOT NULL,
            role TEXT NOT NULL,
            interview_date TEXT NOT NULL,
            decision_date TEXT,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ({statuses})),
            created TEXT NOT NULL,
            UNIQUE (company, role, interview_date)
        )"""


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        _applications_table("applications", "'active', 'offer', 'rejected', 'withdrawn'"),
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id),
            name TEXT NOT NULL,
            email TEXT,
            UNIQUE (application_id, name)
        )""",
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id),
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            kind TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            recorded TEXT NOT NULL
        )""",
        "CREATE INDEX messages_by_application ON messages (application_id, sent_on)",
    ),
    (  # the on-hold status: SQLite changes a CHECK only by copying the table
        _applications_table(
            "applications_2", "'active', 'on-hold', 'offer', 'rejected', 'withdrawn'"
        ),
        "INSERT INTO applications_2 SELECT * FROM applications",
        "DROP TABLE applications",
        "ALTER TABLE applications_2 RENAME TO applications",
    ),
)


class HistoryError(InputError):
    """The history file cannot be used: corrupt, locked, from a newer followup."""


@dataclass
class Contact:
    """A person at a company the candidate writes to."""

    id: int
    application_id: int
    name: str
    email: str | None = None

    def label(self) -> str:
        """'Maria Chen <maria@x>' or the name alone."""
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass
class SentMessage:
    """One message that went out."""

    id: int
    application_id: int
    contact_id: int
    kind: MessageKind
    sent_on: dt.date
    subject: str = ""
    body: str = ""


@dataclass
class Application:
    """One job application: company, role, interview and decision dates, status."""

    id: int
    company: str
    role: str
    interview_date: dt.date
    decision_date: dt.date | None
    status: str
    contacts: list[Contact] = field(default_factory=list)
    messages: list[SentMessage] = field(default_factory=list)

    def label(self) -> str:
        """'Northwind Analytics, Product Analyst'."""
        return f"{self.company}, {self.role}"

    def sent(self) -> list[tuple[MessageKind, int]]:
        """The messages as (kind, days after the interview), for the timeline."""
        return [(m.kind, (m.sent_on - self.interview_date).days) for m in self.messages]

    def everyone_thanked(self) -> bool:
        """Whether every contact has had a thank-you."""
        thanked = {m.contact_id for m in self.messages if m.kind is MessageKind.THANK_YOU}
        return all(c.id in thanked for c in self.contacts)

    def contact(self, contact_id: int) -> Contact:
        """The contact with this id."""
        return next(c for c in self.contacts if c.id == contact_id)


class History:
    """The sent history in one SQLite connection; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn = conn
        self.name = name

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None, *, timeout: float = LOCK_TIMEOUT) -> History:
        """Open (creating owner-only if needed) and migrate the history file."""
        import sqlite3

        path = path or history_path()
        _create_private(path)
        try:
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise HistoryError(f"{path}: cannot open the history: {exc}") from None
        history = cls(conn, str(path))
        history._migrate()
        return history

    @classmethod
    def open_existing(cls, path: Path | None = None) -> History | None:
        """The history if its file exists (readers never create one), else None."""
        path = path or history_path()
        return cls.open(path) if path.exists() else None

    @classmethod
    def open_for(cls, who: str) -> History:
        """The history, for a command about a contact; one that does not exist yet knows
        nobody, so that is an unknown contact (and no file is created)."""
        history = cls.open_existing()
        if history is None:
            raise InputError(
                f"unknown contact {who!r}: there is no sent history yet; "
                "`followup plan NOTES` starts one"
            )
        return history

    @classmethod
    def in_memory(cls) -> History:
        """An empty history that lives only as long as the object (tests, the evaluator)."""
        import sqlite3

        history = cls(sqlite3.connect(":memory:", isolation_level=None), ":memory:")
        history._migrate()
        return history

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        with self._errors():
            self.conn.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        import sqlite3  # loaded already: there is a connection

        try:
            yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise HistoryError(
                    f"{self.name}: the history is locked by another followup; try again"
                ) from None
            raise HistoryError(f"{self.name}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{self.name}: not a usable followup history ({exc}); move it aside "
                "or set FOLLOWUP_HOME"
            ) from None

    def _migrate(self) -> None:
        with self._errors():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise HistoryError(
                f"{self.name}: written by a newer followup (schema {version}; this one knows "
                f"up to {len(MIGRATIONS)}); upgrade followup to use it"
            )
        if version == len(MIGRATIONS):
            return
        with self.transaction() as conn, self._errors():
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another may have won
            for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    @property
    def schema_version(self) -> int:
        """The migration the file is at."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- reading -----------------------------------------------------------------------------
    def applications(self, status: str | None = None) -> list[Application]:
        """Every application (optionally of one status) with its contacts and messages."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT id, company, role, interview_date, decision_date, status "
                "FROM applications ORDER BY interview_date, id"
            ).fetchall()
            apps = [
                Application(r[0], r[1], r[2], _date(r[3]), _date(r[4]) if r[4] else None, r[5])
                for r in rows
                if status is None or r[5] == status
            ]
            by_id = {a.id: a for a in apps}
            for c in self.conn.execute(
                "SELECT id, application_id, name, email FROM contacts ORDER BY id"
            ):
                if c[1] in by_id:
                    by_id[c[1]].contacts.append(Contact(*c))
            for m in self.conn.execute(
                "SELECT id, application_id, contact_id, kind, sent_on, subject, body "
                "FROM messages ORDER BY sent_on, id"
            ):
                if m[1] in by_id:
                    by_id[m[1]].messages.append(
                        SentMessage(m[0], m[1], m[2], MessageKind(m[3]), _date(m[4]), m[5], m[6])
                    )
        return apps

    def find_contact(self, who: str) -> tuple[Application, Contact]:
        """The contact with this email (or name, or first name) and their application; the
        most recent application when the same person appears in several."""
        needle = who.strip().lower()
        found = []
        for app in self.applications():
            for c in app.contacts:
                names = {c.name.lower(), c.name.split()[0].lower()} if c.name else set()
                if needle == (c.email or "").lower() or needle in names:
                    found.append((app, c))
        if not found:
            raise InputError(
                f"unknown contact {who!r}: no application in the history has them; "
                "`followup plan NOTES` adds the people your notes name"
            )
        return found[-1]

    def find_application(self, ref: str) -> Application:
        """An application by id, or by its company name or the start of it, unique."""
        return self.match_application(ref)[0]

    def match_application(self, ref: str) -> tuple[Application, bool]:
        """An application by id, or by its company name (or label) or the start of one,
        unique; True when `ref` was the id or the whole name, False for a shortened name,
        which the caller names (trial 12: `log status Coastlin rejected` changed "Coastline
        Credit Union" silently). Part of a name that is not its start, a typo, or a start
        that several share is refused with what it may mean."""
        apps = self.applications()
        if ref.strip().isdigit():
            match = [a for a in apps if a.id == int(ref)]
            if not match:
                raise InputError(f"no application {ref}; `followup log list` shows them")
            return match[0], True
        needle = " ".join(ref.lower().split())
        whole = [a for a in apps if needle in (a.company.lower(), a.label().lower())]
        start = [a for a in apps if a.label().lower().startswith(needle)]
        match = whole or start
        if len(match) == 1:
            return match[0], bool(whole)
        if match:
            ids = ", ".join(f"{a.id} ({a.label()})" for a in match)
            raise InputError(f"{ref!r} matches several applications: {ids}; give the number")
        hint = _did_you_mean(needle, apps) or "`followup log list` shows them"
        raise InputError(f"no application matches {ref!r}; {hint}")

    def find_for(self, company: str | None, role: str | None) -> Application | None:
        """The most recent application for this company and role, if the history has one."""
        if not company:
            return None
        match = [
            a
            for a in self.applications()
            if a.company.lower() == company.lower() and (not role or a.role.lower() == role.lower())
        ]
        return match[-1] if match else None

    # -- writing -----------------------------------------------------------------------------
    def add_application(
        self,
        company: str,
        role: str,
        interview_date: dt.date,
        contacts: Sequence[tuple[str, str | None]],
        decision_date: dt.date | None = None,
    ) -> tuple[Application, bool]:
        """Track an application (or update the one already tracked); True when new."""
        with self.transaction() as conn, self._errors():
            row = conn.execute(
                "SELECT id FROM applications WHERE company = ? AND role = ? AND interview_date = ?",
                (company, role, interview_date.isoformat()),
            ).fetchone()
            created = row is None
            if created:
                app_id = conn.execute(
                    "INSERT INTO applications (company, role, interview_date, decision_date, "
                    "created) VALUES (?, ?, ?, ?, ?)",
                    (company, role, interview_date.isoformat(), _iso(decision_date), _now()),
                ).lastrowid
            else:
                app_id = row[0]
                if decision_date is not None:
                    conn.execute(
                        "UPDATE applications SET decision_date = ? WHERE id = ?",
                        (decision_date.isoformat(), app_id),
                    )
            for name, email in contacts:
                conn.execute(
                    "INSERT INTO contacts (application_id, name, email) VALUES (?, ?, ?) "
                    "ON CONFLICT (application_id, name) DO UPDATE SET "
                    "email = COALESCE(excluded.email, contacts.email)",
                    (app_id, name, email),
                )
        app = next(a for a in self.applications() if a.id == app_id)
        return app, created

    def record(
        self,
        contact: Contact,
        kind: MessageKind,
        sent_on: dt.date,
        subject: str = "",
        body: str = "",
        *,
        today: dt.date | None = None,
    ) -> SentMessage:
        """Record a message as sent; refuse dates in the future or before the interview,
        and an exact copy of one already recorded (same contact, kind, day, subject, text)."""
        today = today or dt.date.today()
        if sent_on > today:
            raise InputError(
                f"{sent_on.isoformat()} is in the future; record a message once it is sent"
            )
        with self.transaction() as conn, self._errors():
            interview = conn.execute(
                "SELECT interview_date FROM applications WHERE id = ?", (contact.application_id,)
            ).fetchone()
            if interview is not None and sent_on < _date(interview[0]):
                raise InputError(
                    f"{sent_on.isoformat()} is before the interview ({interview[0]}); check --date"
                )
            if _same_messages(conn, contact.application_id, contact.id, kind.value,
                              sent_on.isoformat(), subject, body):  # fmt: skip
                raise InputError(
                    f"already recorded: this {kind.value} to {contact.name}, sent "
                    f"{sent_on.isoformat()}, with the same text; nothing was changed"
                )
            cursor = conn.execute(
                "INSERT INTO messages (application_id, contact_id, kind, sent_on, subject, "
                "body, recorded) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    contact.application_id,
                    contact.id,
                    kind.value,
                    sent_on.isoformat(),
                    subject,
                    body,
                    _now(),
                ),
            )
        assert cursor.lastrowid is not None
        return SentMessage(
            cursor.lastrowid, contact.application_id, contact.id, kind, sent_on, subject, body
        )

    def set_status(self, app: Application, status: str) -> None:
        """Mark an application active, on-hold, offer, rejected or withdrawn."""
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}; valid: {', '.join(STATUSES)}")
        with self.transaction() as conn, self._errors():
            conn.execute("UPDATE applications SET status = ? WHERE id = ?", (status, app.id))

    # -- moving the whole history --------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """The whole history as plain JSON-ready data."""
        out = []
        for app in self.applications():
            out.append(
                {
                    "company": app.company,
                    "role": app.role,
                    "interview_date": app.interview_date.isoformat(),
                    "decision_date": _iso(app.decision_date),
                    "status": app.status,
                    "contacts": [{"name": c.name, "email": c.email} for c in app.contacts],
                    "messages": [
                        {
                            "to": app.contact(m.contact_id).name,
                            "kind": m.kind.value,
                            "sent_on": m.sent_on.isoformat(),
                            "subject": m.subject,
                            "body": m.body,
                        }
                        for m in app.messages
                    ],
                }
            )
        return {"schema": EXPORT_SCHEMA, "applications": out}

    def import_(self, data: object, *, today: dt.date | None = None) -> tuple[int, int]:
        """Add an exported history: validate all of it first, then write it in one
        transaction. Applications and messages already present are skipped (a message
        that appears n times is added up to n times: export then import gives back every
        message). Returns the numbers of applications and messages added."""
        apps = validate_export(data, today or dt.date.today())
        added_apps = added_msgs = 0
        with self.transaction() as conn, self._errors():
            for app in apps:
                row = conn.execute(
                    "SELECT id FROM applications WHERE company = ? AND role = ? "
                    "AND interview_date = ?",
                    (app["company"], app["role"], app["interview_date"]),
                ).fetchone()
                if row is None:
                    app_id = conn.execute(
                        "INSERT INTO applications (company, role, interview_date, "
                        "decision_date, status, created) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            app["company"],
                            app["role"],
                            app["interview_date"],
                            app["decision_date"],
                            app["status"],
                            _now(),
                        ),
                    ).lastrowid
                    added_apps += 1
                else:
                    app_id = row[0]
                assert app_id is not None
                ids = {}
                for c in app["contacts"]:
                    conn.execute(
                        "INSERT INTO contacts (application_id, name, email) VALUES (?, ?, ?) "
                        "ON CONFLICT (application_id, name) DO NOTHING",
                        (app_id, c["name"], c["email"]),
                    )
                    ids[c["name"]] = conn.execute(
                        "SELECT id FROM contacts WHERE application_id = ? AND name = ?",
                        (app_id, c["name"]),
                    ).fetchone()[0]
                copies: dict[tuple[str, ...], int] = {}
                for m in app["messages"]:
                    values = (m["kind"], m["sent_on"], m["subject"], m["body"])
                    key = (str(ids[m["to"]]), *values)
                    copies[key] = copies.get(key, 0) + 1
                    # The n-th identical copy in the file is added unless n are there
                    # already, so export -> import gives back every message, once.
                    if _same_messages(conn, app_id, ids[m["to"]], *values) < copies[key]:
                        conn.execute(
                            "INSERT INTO messages (application_id, contact_id, kind, sent_on, "
                            "subject, body, recorded) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (app_id, ids[m["to"]], *values, _now()),
                        )
                        added_msgs += 1
        return added_apps, added_msgs


def _same_messages(
    conn: sqlite3.Connection,
    application_id: int,
    contact_id: int,
    kind: str,
    sent_on: str,
    subject: str,
    body: str,
) -> int:
    """How many messages with exactly these fields the history holds."""
    row = conn.execute(
        "SELECT COUNT(*) FROM messages WHERE application_id = ? AND contact_id = ? AND kind = ? "
        "AND sent_on = ? AND subject = ? AND body = ?",
        (application_id, contact_id, kind, sent_on, subject, body),
    ).fetchone()
    return int(row[0])


def lint_facts(who: str, today: dt.date, *, required: bool) -> dict[str, Any] | None:
    """The checker's cadence facts for a message to this contact (an email or a name):
    recipient, company, role, days since the interview, what was sent before today, the
    decision date and the status. None when the history does not know them, unless
    `required` (lint --to), when that is an error."""
    if not history_path().exists() and not required:
        return None
    with History.open_for(who) as history:
        try:
            app, contact = history.find_contact(who)
        except InputError:
            if required:
                raise
            return None
    return {
        "recipient": contact.name,
        "company": app.company,
        "role": app.role,
        "days_since_interview": (today - app.interview_date).days,
        "history": tuple(
            (m.kind, (m.sent_on - app.interview_date).days)
            for m in app.messages
            if m.sent_on <= today
        ),
        "interview_date": app.interview_date,
        "days_until_decision": (app.decision_date - today).days if app.decision_date else None,
        "status": app.status,
    }


def history_from_list(
    entries: Sequence[dict[str, Any]],
    *,
    interview_date: dt.date,
    company: str = "Example Co",
    role: str = "Analyst",
    contact: str = "Alex Morgan",
    status: str = "active",
    path: Path | None = None,
) -> History:
    """A history holding one application and the messages of an evaluator case's `history:`
    list: each entry a `kind` and `days` after the interview. In memory, or in the file at
    `path` (a temporary FOLLOWUP_HOME's history_path(), so that `followup write` finds it).
    Give the company and role of the case's notes, which is how the writer finds it."""
    history = History.open(path) if path is not None else History.in_memory()
    app, _ = history.add_application(company, role, interview_date, [(contact, None)])
    person = app.contacts[0]
    for n, entry in enumerate(entries):
        try:
            kind = MessageKind(str(entry["kind"]))
            days = int(entry["days"])
        except (KeyError, TypeError, ValueError):
            valid = ", ".join(k.value for k in MessageKind)
            raise InputError(
                f"history entry {n + 1}: needs kind ({valid}) and days (a whole number)"
            ) from None
        sent = interview_date + dt.timedelta(days=days)
        history.record(person, kind, sent, today=max(sent, dt.date.today()))
    if status != "active":
        history.set_status(app, status)
    return history


def validate_export(data: object, today: dt.date) -> list[dict[str, Any]]:
    """The applications of an export, checked field by field; InputError names the first
    problem."""
    if not isinstance(data, dict) or data.get("schema") != EXPORT_SCHEMA:
        raise InputError(f"not a followup history export (expected schema {EXPORT_SCHEMA!r})")
    apps = data.get("applications")
    if not isinstance(apps, list):
        raise InputError("the export has no 'applications' list")
    out = []
    for n, app in enumerate(apps, start=1):
        where = f"application {n}"
        if not isinstance(app, dict):
            raise InputError(f"{where}: not an object")
        clean: dict[str, Any] = {}
        for key in ("company", "role"):
            clean[key] = _text(app.get(key), f"{where}: {key}")
        interview = _date_field(app.get("interview_date"), f"{where}: interview_date")
        clean["interview_date"] = interview.isoformat()
        decision = app.get("decision_date")
        clean["decision_date"] = (
            _date_field(decision, f"{where}: decision_date").isoformat() if decision else None
        )
        status = app.get("status", "active")
        if status not in STATUSES:
            raise InputError(f"{where}: status {status!r}; valid: {', '.join(STATUSES)}")
        clean["status"] = status
        contacts = app.get("contacts") or []
        if not isinstance(contacts, list):
            raise InputError(f"{where}: contacts is not a list")
        clean["contacts"] = []
        for c in contacts:
            if not isinstance(c, dict):
                raise InputError(f"{where}: a contact is not an object")
            email = c.get("email")
            if email is not None and not isinstance(email, str):
                raise InputError(f"{where}: contact email {email!r} is not text")
            clean["contacts"].append(
                {"name": _text(c.get("name"), f"{where}: contact name"), "email": email}
            )
        names = {c["name"] for c in clean["contacts"]}
        clean["messages"] = []
        for m in app.get("messages") or []:
            if not isinstance(m, dict):
                raise InputError(f"{where}: a message is not an object")
            to = _text(m.get("to"), f"{where}: message to")
            if to not in names:
                raise InputError(f"{where}: message to unknown contact {to!r}")
            try:
                kind = MessageKind(str(m.get("kind"))).value
            except ValueError:
                raise InputError(f"{where}: message kind {m.get('kind')!r}") from None
            sent = _date_field(m.get("sent_on"), f"{where}: sent_on")
            if sent > today:
                raise InputError(f"{where}: sent_on {sent.isoformat()} is in the future")
            clean["messages"].append(
                {
                    "to": to,
                    "kind": kind,
                    "sent_on": sent.isoformat(),
                    "subject": str(m.get("subject") or ""),
                    "body": str(m.get("body") or ""),
                }
            )
        out.append(clean)
    return out


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where} is missing or not text")
    return value.strip()


def _date_field(value: object, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where} {value!r} is not a YYYY-MM-DD date") from None


def _create_private(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) unless they exist."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise HistoryError(f"{path}: cannot create the history: {exc.strerror or exc}") from None
    os.close(fd)


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _did_you_mean(needle: str, apps: Sequence[Application]) -> str:
    """'did you mean 1 (Coastline Credit Union, Branch Lead)?' for the applications whose
    company holds the typed text elsewhere than at its start, or is a near typo of it."""
    import difflib

    inside = [a for a in apps if needle and needle in a.label().lower()]
    if not inside:
        by_company = {a.company.lower(): a for a in apps}
        close = difflib.get_close_matches(needle, list(by_company), n=3, cutoff=0.6)
        prefixes = {a.company.lower()[: len(needle)]: a for a in apps}
        close += [
            c
            for c in difflib.get_close_matches(needle, list(prefixes), n=3, cutoff=0.75)
            if prefixes[c].company.lower() not in close
        ]
        inside = [by_company.get(c) or prefixes[c] for c in close]
    if not inside:
        return ""
    return "did you mean " + " or ".join(f"{a.id} ({a.label()})" for a in inside) + "?"
