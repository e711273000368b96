"""The sent history: migrations, file mode, transactions, refusals, export and import."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest

from followup.core import MessageKind
from followup.errors import InputError
from followup.history import MIGRATIONS, History, HistoryError, history_from_list

TUE = dt.date(2026, 11, 24)
TODAY = dt.date(2026, 12, 10)


def tracked(path: Path) -> History:
    history = History.open(path)
    history.add_application(
        "Northwind", "Analyst", TUE, [("Maria Chen", "maria@northwind.example"), ("Devon", None)]
    )
    return history


def test_migrates_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    path.touch()
    with History.open(path) as history:
        assert history.schema_version == len(MIGRATIONS)
        tables = {
            r[0] for r in history.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {"applications", "contacts", "messages"} <= tables
    with History.open(path) as again:  # opening a current file changes nothing
        assert again.schema_version == len(MIGRATIONS)


def test_file_and_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "history.sqlite"
    with tracked(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(HistoryError, match="written by a newer followup"):
        History.open(path)


def test_a_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    path.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(HistoryError, match="not a usable followup history"):
        History.open(path)


def test_a_locked_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    tracked(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryError, match="locked by another followup"):
            History.open(path, timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
    holder.execute("BEGIN IMMEDIATE")  # another writer: reading works, writing waits
    try:
        with History.open(path, timeout=0.1) as history:
            assert len(history.applications()) == 1
            with pytest.raises(HistoryError, match="locked by another followup"):
                history.set_status(history.applications()[0], "offer")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_refused_record_writes_nothing(tmp_path: Path) -> None:
    with tracked(tmp_path / "h.sqlite") as history:
        _, maria = history.find_contact("maria@northwind.example")
        with pytest.raises(InputError, match="in the future"):
            history.record(maria, MessageKind.INQUIRY, TODAY + dt.timedelta(days=1), today=TODAY)
        with pytest.raises(InputError, match="before the interview"):
            history.record(maria, MessageKind.INQUIRY, TUE - dt.timedelta(days=1), today=TODAY)
        assert history.conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_a_failed_transaction_rolls_back(tmp_path: Path) -> None:
    with tracked(tmp_path / "h.sqlite") as history:
        with pytest.raises(RuntimeError), history.transaction() as conn:
            conn.execute("UPDATE applications SET status = 'offer'")
            raise RuntimeError("crash in the middle")
        assert [a.status for a in history.applications()] == ["active"]


def test_contacts_by_email_name_or_first_name(tmp_path: Path) -> None:
    with tracked(tmp_path / "h.sqlite") as history:
        assert history.find_contact("MARIA@northwind.example")[1].name == "Maria Chen"
        assert history.find_contact("maria chen")[1].name == "Maria Chen"
        assert history.find_contact("Devon")[1].email is None
        with pytest.raises(InputError, match=r"unknown contact 'priya@x\.example'"):
            history.find_contact("priya@x.example")


def test_tracking_the_same_application_twice_updates_it(tmp_path: Path) -> None:
    with tracked(tmp_path / "h.sqlite") as history:
        app, created = history.add_application(
            "Northwind", "Analyst", TUE, [("Devon", "devon@northwind.example")], TODAY
        )
        assert not created and app.decision_date == TODAY
        assert [c.label() for c in app.contacts] == [
            "Maria Chen <maria@northwind.example>",
            "Devon <devon@northwind.example>",
        ]


def test_export_import_round_trip(tmp_path: Path) -> None:
    with tracked(tmp_path / "a.sqlite") as history:
        _, maria = history.find_contact("Maria")
        history.record(maria, MessageKind.THANK_YOU, TUE + dt.timedelta(days=1), "Thanks", "Hi")
        history.set_status(history.find_application("Northwind"), "rejected")
        exported = history.export()
    with History.open(tmp_path / "b.sqlite") as other:
        assert other.import_(exported) == (1, 1)
        assert other.import_(exported) == (0, 0)  # nothing twice
        assert other.export() == exported


def test_an_exact_copy_of_a_recorded_message_is_refused(tmp_path: Path) -> None:
    with tracked(tmp_path / "h.sqlite") as history:
        _, maria = history.find_contact("Maria")
        wed = TUE + dt.timedelta(days=1)
        history.record(maria, MessageKind.THANK_YOU, wed, "Thanks", "Hi Maria", today=TODAY)
        with pytest.raises(InputError, match="already recorded: this thank-you to Maria Chen"):
            history.record(maria, MessageKind.THANK_YOU, wed, "Thanks", "Hi Maria", today=TODAY)
        # Not a copy: another text, another day, another kind.
        history.record(maria, MessageKind.THANK_YOU, wed, "Thanks", "Hi again", today=TODAY)
        history.record(maria, MessageKind.THANK_YOU, TODAY, "Thanks", "Hi Maria", today=TODAY)
        history.record(maria, MessageKind.INQUIRY, wed, "Thanks", "Hi Maria", today=TODAY)
        assert len(history.applications()[0].messages) == 4


def test_export_import_export_is_exact_with_copies_and_same_subjects(tmp_path: Path) -> None:
    """Two notes with one subject on one day (different text), and an exact copy that an
    older followup recorded: import brings back all of them, once."""
    with tracked(tmp_path / "a.sqlite") as history:
        _, maria = history.find_contact("Maria")
        wed = TUE + dt.timedelta(days=1)
        history.record(maria, MessageKind.THANK_YOU, wed, "Thanks", "Hi Maria", today=TODAY)
        history.record(maria, MessageKind.THANK_YOU, wed, "Thanks", "Hi, Maria", today=TODAY)
        history.conn.execute(  # the copy an older followup let through
            "INSERT INTO messages (application_id, contact_id, kind, sent_on, subject, body, "
            "recorded) SELECT application_id, contact_id, kind, sent_on, subject, body, "
            "recorded FROM messages WHERE id = 1"
        )
        exported = history.export()
    assert len(exported["applications"][0]["messages"]) == 3
    with History.open(tmp_path / "b.sqlite") as other:
        assert other.import_(exported, today=TODAY) == (1, 3)
        assert other.export() == exported
        assert other.import_(exported, today=TODAY) == (0, 0)  # nothing twice
        assert other.export() == exported


def one_message_to(name: str, sent_on: str) -> dict[str, object]:
    """An export of one application whose one contact is Kim, with one message."""
    app = {
        "company": "A",
        "role": "B",
        "interview_date": "2026-11-24",
        "contacts": [{"name": "Kim"}],
        "messages": [{"to": name, "kind": "inquiry", "sent_on": sent_on}],
    }
    return {"schema": "followup-history/1", "applications": [app]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"schema": "other/1"}, "not a followup history export"),
        ({"schema": "followup-history/1", "applications": {}}, "no 'applications' list"),
        (
            {"schema": "followup-history/1", "applications": [{"company": "A", "role": "B"}]},
            "application 1: interview_date None is not a YYYY-MM-DD date",
        ),
        (one_message_to("Lee", "2026-12-01"), "message to unknown contact 'Lee'"),
        (one_message_to("Kim", "2099-01-01"), "sent_on 2099-01-01 is in the future"),
    ],
)
def test_import_refuses_bad_data_and_writes_nothing(
    tmp_path: Path, data: object, message: str
) -> None:
    with History.open(tmp_path / "h.sqlite") as history:
        with pytest.raises(InputError, match=message):
            history.import_(data)
        assert history.applications() == []


def test_history_from_list_for_the_evaluator() -> None:
    entries = [{"kind": "thank-you", "days": 1}, {"kind": "inquiry", "days": 8}]
    with history_from_list(entries, interview_date=TUE, status="rejected") as history:
        (app,) = history.applications()
        assert app.sent() == [(MessageKind.THANK_YOU, 1), (MessageKind.INQUIRY, 8)]
        assert app.status == "rejected"


def test_history_from_list_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "home" / "history.sqlite"
    history_from_list([{"kind": "inquiry", "days": 8}], interview_date=TUE, path=path).close()
    with History.open(path) as history:
        assert history.applications()[0].sent() == [(MessageKind.INQUIRY, 8)]


def test_many_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "h.sqlite"
    tracked(path).close()
    loop = (
        "import datetime as dt, sys; from followup.history import History;"
        "from followup.core import MessageKind as K\n"
        "for n in range(25):\n"
        f"    with History.open(__import__('pathlib').Path({str(path)!r})) as h:\n"
        "        h.record(h.find_contact('Maria')[1], K.CHECK_IN, dt.date(2026, 12, 1),"
        " f'{sys.argv[1]}-{n}', today=dt.date(2026, 12, 1))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", loop, str(i)]) for i in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    with History.open(path) as history:
        subjects = {m.subject for m in history.applications()[0].messages}
    assert subjects == {f"{i}-{n}" for i in range(4) for n in range(25)}
