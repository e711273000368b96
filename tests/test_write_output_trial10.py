"""What a new user met in the output of `lint` and `write` (trial 10, faults 12 and 13),
tried on notes and drafts written for these tests:

- a closed stdout pipe changes neither the exit code nor the stderr line;
- `write --eml` into a folder that cannot be made says so before writing anything;
  `write -f json` gives its error as JSON; the .eml carries the --today date.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.processes import ENTRY
from tests.test_plan_write_trial10 import READY, _write

# -- fault 12: a closed stdout pipe ------------------------------------------------------------


def test_a_closed_stdout_keeps_the_exit_code_and_the_error(tmp_path: Path) -> None:
    """The reader of stdout is gone before lint writes (`| head` that has had its lines):
    the missing file's line still reaches stderr, and the exit code is still 2."""
    good = _write(tmp_path, "a.txt", "Thank you for your time today; I enjoyed our talk.\n")
    proc = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "lint", good, str(tmp_path / "gone.txt"), good],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # closed before the command has written anything
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 2
    assert "gone.txt: no such file" in err
    assert "Traceback" not in err and "BrokenPipe" not in err


# -- fault 13: --eml, -f json, the Date header -------------------------------------------------


def test_an_eml_folder_that_cannot_be_made_stops_before_any_draft(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "water.md", READY)
    blocker = _write(tmp_path, "plain-file", "x")
    r = cli("write", notes, "--eml", f"{blocker}/drafts", "--today", "2026-10-02")
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith(f"followup: error: cannot create the --eml folder {blocker}/drafts:")
    assert len(r.err.splitlines()) == 1


def test_write_json_gives_its_error_as_json(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "water.md", READY.replace("role: Asset Engineer\n", ""))
    r = cli("write", notes, "-f", "json", "--today", "2026-10-02")
    assert r.code == 2
    doc = json.loads(r.out)
    assert doc["drafts"] == [] and len(doc["errors"]) == 1
    assert "pass --role" in doc["errors"][0]
    assert r.err.startswith("followup: error: ") and doc["errors"][0] in r.err


def test_the_eml_carries_the_today_date_log_sent_reads(cli: Any, tmp_path: Path) -> None:
    notes = _write(tmp_path, "water.md", READY)
    assert cli("plan", notes, "--today", "2026-10-02").code == 0
    r = cli("write", notes, "--eml", "out", "--today", "2026-10-02")
    assert r.code == 0, r.err
    eml = tmp_path / "out" / "thank-you-helena-voss.eml"
    assert "\nDate: Fri, 02 Oct 2026 " in eml.read_text(encoding="utf-8")
    logged = cli("log", "sent", str(eml), "--today", "2026-10-05")
    assert logged.code == 0, logged.err
    assert "sent Fri 2 Oct" in logged.out
