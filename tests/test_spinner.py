"""The spinner: what the pipeline says before each model call, shown on a terminal only."""

from __future__ import annotations

import datetime as dt
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from followup.checker.engine import Checker
from followup.writer.pipeline import Pipeline, WriteRequest
from tests.conftest import REPO
from tests.fakes import scripted, tool_reply
from tests.faultserver import fault_server
from tests.test_writer_pipeline import BAD, GOOD, NOTES

FRONT = str(REPO / "examples" / "notes-frontmatter.md")


def test_the_pipeline_says_what_each_model_call_is_for(checker: Checker) -> None:
    said: list[str] = []
    model = scripted(
        tool_reply("MessageText", subject="Thanks", body=BAD),
        tool_reply("MessageText", subject="Thanks", body=GOOD),
    )
    pipeline = Pipeline(checker, model, backoff=0, status=said.append)
    pipeline.run(WriteRequest(NOTES, today=dt.date(2026, 11, 25)))
    assert said[0] == "drafting the note to Maria Chen (1/1)"
    assert len(said) == 2 and said[1].startswith("revising the note to Maria Chen: ")
    assert said[1].endswith(" findings")


def test_nothing_but_the_notice_on_a_pipe(cli: Any) -> None:
    with fault_server("ok") as server:
        r = cli(
            "write",
            FRONT,
            "--kind",
            "thank-you",
            "--to",
            "Maria",
            "--base-url",
            server.url,
            "--model",
            "m",
        )
    assert r.code == 0, r.err
    assert r.err == f"Using m at {server.url}.\n"


def test_a_spinner_on_a_terminal(tmp_path: Path) -> None:
    """stderr on a pseudo-terminal: the status line appears while the model is called."""
    with fault_server("hang") as server:  # the call stays in flight until the timeout
        leader, follower = pty.openpty()
        env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path), "TERM": "xterm", "COLUMNS": "100"}
        command = [
            sys.executable, "-m", "followup", "write", FRONT, "--to", "Maria",
            "--base-url", server.url, "--model", "m", "--timeout", "2", "--retries", "0",
        ]  # fmt: skip
        proc = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL, env=env
        )
        os.close(follower)
        seen = b""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and b"drafting the note to" not in seen:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(leader, 4096)
                except OSError:
                    break
        proc.wait(timeout=30)
        os.close(leader)
    assert b"drafting the note to Maria Chen (1/1)" in seen
    assert proc.returncode == 3
