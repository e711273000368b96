"""Trial 9's CLI faults, each reproduced: the top-level help lists every command with
examples (5), `plan` gives timeline.advise's answer in its table as in its `Next:` line (13),
`lint --fix --stdout` keeps the file's line endings and BOM (17), a front-matter error names
the line where the unclosed construct opens (18), a config file that is not UTF-8 is reported
as notes and drafts are (19)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from followup.cli import app


def summaries() -> dict[str, str]:
    """Every top-level command and its one-line summary, as registered."""
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return {name: cmd.get_short_help_str(limit=1000) for name, cmd in commands.items()}


def test_top_level_help_lists_every_command_whole_with_examples(cli: Any) -> None:
    r = cli("--help")
    assert r.code == 0 and r.err == ""
    found = summaries()
    assert set(found) == {
        "lint",
        "write",
        "new",
        "plan",
        "log",
        "due",
        "export",
        "import",
        "eval",
        "rules",
    }
    lines = r.out.splitlines()
    for name, summary in found.items():
        row = next((line for line in lines if re.match(rf"  {name}\s", line)), None)
        assert row is not None, f"{name} is not listed:\n{r.out}"
        assert row.split(None, 1)[1] == summary, row  # whole, never cut to "..."
        assert len(row) <= 80, row
    examples = r.out[r.out.index("Examples:") :]
    for command in ("write", "lint", "plan", "log sent", "due"):
        assert f"followup {command} " in examples or f"followup {command}\n" in examples


def test_every_command_help_has_an_example(cli: Any) -> None:
    from tests.test_cli_help import command_paths

    for path in command_paths():
        out = cli(*path, "--help").out
        assert re.search(r"^  Examples?:$", out, re.M), f"{' '.join(path)}:\n{out}"
        shown = out[out.index("xample") :]
        assert f"followup {' '.join(path)}".rstrip() in shown, f"{' '.join(path)}:\n{out}"
        wide = [line for line in out.splitlines() if len(line) > 80]
        assert wide == [], f"{' '.join(path)}: lines wider than a terminal: {wide}"


HYDROGRAPHIC = """- Interview: Hydrographic Surveyor, Ocean Infinity (Southampton office)
- 2026-11-03, video call, 45 min
- Dr. Hannah Veldhuizen (Survey Lead)
  - asked about MBES patch tests & calibration offsets
  - I described the Kongsberg EM2040 work on the Dogger Bank cable route
- Capt. Rory MacLeod (Marine Ops)
  - asked about 28/28 rotation offshore, am I ok with it
- next steps: "we'll be in touch in 2 weeks"
- thank-you sent 4 Nov
- inquiry sent 13 Nov, no answer
- Me: Elif Demir
"""


def plan_rows(out: str) -> dict[str, str]:
    """The plan's table: each kind's row, by kind."""
    rows = [line for line in out.splitlines() if line.startswith("  ")]
    return {line[36:52].strip(): line[2:36].strip() for line in rows}


@pytest.mark.parametrize("track", [True, False])
def test_plan_table_opens_the_second_inquiry_when_next_and_write_say(
    cli: Any, tmp_path: Path, track: bool
) -> None:
    """Trial 9, fault 13: the inquiry went out on day 10, so the second is welcome from day
    17 (Fri 20 Nov, timeline.advise); the table said Wed 25 Nov, a week after its own `Next:`
    line and `write`."""
    notes = tmp_path / "hydro.txt"
    notes.write_text(HYDROGRAPHIC, encoding="utf-8")
    plan = cli("plan", str(notes), "--today", "2026-11-24", *([] if track else ["--no-track"]))
    assert plan.code == 0, plan.err
    rows = plan_rows(plan.out)
    assert rows["thank-you"] == "Wed 4 Nov"  # on the day it went out
    assert rows["inquiry"] == "Fri 13 Nov"
    assert rows["second-inquiry"] == "Fri 20 Nov to Tue 24 Nov", plan.out
    assert rows["check-in"].startswith("Fri 15 Jan 2027"), plan.out  # the second of two
    assert "(sent, your notes say) restate your interest" in plan.out
    next_line = plan.out.splitlines()[-1]
    assert next_line.startswith("Next: a second-inquiry"), next_line
    assert "welcome since Fri 20 Nov" in next_line or "one inquiry was sent" in next_line
    if track:  # one label for the thank-you both people had
        assert "thank-you to Hannah Veldhuizen and Rory MacLeod (Wed 4 Nov), inquiry" in next_line
    write = cli("write", str(notes), "--today", "2026-11-24")
    assert write.err.startswith("Writing a second-inquiry"), write.err
    early = cli("write", str(notes), "--today", "2026-11-19")
    if track:
        early.assert_input_error("a second-inquiry is welcome from Fri 20 Nov")


def test_schedule_after_sends_is_what_advise_says() -> None:
    """Every row still to come opens on the day advise gives once the rows before it went
    out, for each history of sends."""
    import datetime as dt

    from followup import timeline
    from followup.core import MessageKind as K

    interview = dt.date(2026, 11, 3)
    decision = dt.date(2026, 11, 17)
    histories = [
        [],
        [(K.THANK_YOU, 1)],
        [(K.THANK_YOU, 1), (K.INQUIRY, 10)],
        [(K.THANK_YOU, 2), (K.INQUIRY, 16)],
        [(K.THANK_YOU, 1), (K.INQUIRY, 8), (K.SECOND_INQUIRY, 30)],
        [(K.THANK_YOU, 1), (K.INQUIRY, 8), (K.SECOND_INQUIRY, 16), (K.CHECK_IN, 50)],
    ]
    for sent in histories:
        steps = timeline.schedule(interview, decision, sent)
        first_open = next(s for s in steps if not s.sent)
        today = first_open.start
        advice = timeline.advise(interview, sent, today, decision=decision)
        assert advice.kind is first_open.kind or (
            advice.kind is K.CHECK_IN and first_open.kind is K.CHECK_IN
        ), (sent, advice)
        assert advice.welcome == first_open.start and advice.due, (sent, advice, first_open)
        assert [s.sent for s in steps].count(True) == len(sent)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"I just wanted to say thanks.\r\nSam\r\n", "I wanted to say thanks.\r\nSam\r\n"),
        (
            b"\xef\xbb\xbfI just wanted to say thanks.\r\nBest,\r\nSam\r\n",
            "\ufeffI wanted to say thanks.\r\nBest,\r\nSam\r\n",
        ),
        (b"I just wanted to say thanks.\nSam\n", "I wanted to say thanks.\nSam\n"),
    ],
)
def test_fix_to_stdout_keeps_line_endings_and_bom_as_in_place(
    cli: Any, tmp_path: Path, raw: bytes, expected: str
) -> None:
    path = tmp_path / "d.txt"
    path.write_bytes(raw)
    printed = cli("lint", "--fix", "--stdout", str(path))
    assert printed.out == expected, repr(printed.out)
    assert path.read_bytes() == raw  # --stdout changes no file
    piped = cli("lint", "--fix", "-", stdin=raw)
    assert piped.out == expected, repr(piped.out)
    cli("lint", "--fix", str(path))
    assert path.read_bytes() == expected.encode("utf-8")  # the same bytes in place


@pytest.mark.parametrize(
    ("front", "line", "opened"),
    [
        ("company: [a, b\nrole: x\n", 2, "the list '['"),
        (
            "company: Acme\nrole: x\ninterviewers: {name: Ann\ndate: 2026-11-20\n",
            4,
            "the mapping '{'",
        ),
        ('company: "Acme\nrole: x\n', 2, "the quoted value"),
    ],
)
@pytest.mark.parametrize("command", ["write", "lint"])
def test_front_matter_error_names_the_line_where_the_construct_opens(
    cli: Any, tmp_path: Path, command: str, front: str, line: int, opened: str
) -> None:
    path = tmp_path / "badfm.md"
    path.write_text(f"---\n{front}---\nnotes\n", encoding="utf-8")
    r = cli(command, str(path))
    r.assert_input_error(f"malformed front matter (line {line}): {opened} that opens here")


def test_front_matter_error_elsewhere_names_the_line_it_is_on(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "badfm.md"
    path.write_text("---\ncompany: Acme\n role: b: c\n---\nnotes\n", encoding="utf-8")
    cli("lint", str(path)).assert_input_error("malformed front matter (line 3): mapping values")


@pytest.mark.parametrize(
    ("data", "byte"),
    [(b"\xff\xfe", 0), (b"fail-on = 'w\xe9rning'\n", 12), (b"\xef\xbb\xbfdisable = ['\x80']", 15)],
)
def test_a_config_that_is_not_utf8_is_reported_as_notes_are(
    cli: Any, tmp_path: Path, data: bytes, byte: int
) -> None:
    config = tmp_path / "bin.toml"
    config.write_bytes(data)
    r = cli("lint", "--config", str(config), "-", stdin=b"Hello there.")
    r.assert_input_error(f"bin.toml: not valid UTF-8 (byte {byte}); save it as UTF-8")
    assert "codec" not in r.err


def test_a_config_with_a_utf8_bom_is_read(cli: Any, tmp_path: Path) -> None:
    draft = b"Hi Ann,\n\nI am TRULY excited about the role.\n\nBest,\nSam\n"  # a warning
    shouting = cli("lint", "--kind", "thank-you", "-", stdin=draft)
    assert shouting.code == 1 and "warning etiquette.shouting" in shouting.out
    (tmp_path / ".followup.toml").write_bytes(b"\xef\xbb\xbffail-on = 'error'\n")
    r = cli("lint", "--kind", "thank-you", "-", stdin=draft)
    assert r.code == 0 and r.err == "", r.err


def test_notes_with_a_bom_name_the_bad_byte_from_the_start_of_the_file(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "n.txt"
    path.write_bytes(b"\xef\xbb\xbfHello \xe9.\n")
    cli("lint", str(path)).assert_input_error("not valid UTF-8 (byte 9)")
