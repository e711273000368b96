"""Ctrl-C during a model call stops the process at once: exit 130, one line.

A real subprocess and a real SIGINT, against a 127.0.0.1 server that accepts the request
and never answers (tests/faultserver.py's "hang", bounded by its HANG_LIMIT).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from tests.faultserver import fault_server

NOTES = str(REPO / "examples" / "notes-frontmatter.md")


def interrupt_once(
    args: list[str], tmp_path: Path, calls: int, wait: float
) -> tuple[int, str, float, int]:
    """Run `followup ARGS` against a server that never answers, send one SIGINT once `calls`
    model calls are in flight, and return the exit code, stderr, the seconds it took to stop
    and the calls the server saw; fail if it is still running `wait` seconds later."""
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    env.pop("OPENAI_API_KEY", None)
    with fault_server("hang") as server:
        # Ctrl-C as a terminal delivers it: a runner started in the background (`cmd &` in a
        # script) passes SIGINT on as ignored, and Python keeps an ignored SIGINT ignored
        proc = subprocess.Popen(
            [sys.executable, "-m", "followup", *args, "--base-url", server.url, "--model", "m"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )  # fmt: skip
        try:
            for _ in range(300):  # until the calls are in flight (at most 30 s)
                if len(server.arrivals) >= calls or proc.poll() is not None:
                    break
                time.sleep(0.1)
            assert server.arrivals, "no model call reached the server"
            proc.send_signal(signal.SIGINT)
            sent = time.monotonic()
            try:
                _, err = proc.communicate(timeout=wait)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                raise AssertionError(f"still running {wait} s after one Ctrl-C") from None
            took = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return proc.returncode, err, took, len(server.arrivals)


def test_one_ctrl_c_during_a_model_call_stops_within_seconds(tmp_path: Path) -> None:
    args = [
        "write", NOTES, "--to", "Maria", "--kind", "thank-you",
        "--timeout", "60", "--no-cache", "--today", "2026-11-25",
    ]  # fmt: skip
    code, err, took, calls = interrupt_once(args, tmp_path, calls=1, wait=5)
    assert code == 130, (code, err)
    assert err == "followup: interrupted\n", err
    assert took < 2.0, took
    assert calls == 1  # no retry after the interrupt


def test_one_ctrl_c_stops_an_eval_whose_model_calls_hang(tmp_path: Path) -> None:
    # eval runs cases on a thread pool: the interpreter used to wait at exit for the threads
    # blocked in their model calls (a new user's trial: 40 s after one Ctrl-C, then a
    # traceback from the second)
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "cases:\n"
        + "".join(
            f"  - {{id: c{i}, notes: {NOTES}, kind: thank-you, today: 2026-11-25}}\n"
            for i in range(4)
        ),
        encoding="utf-8",
    )
    args = [
        "eval", str(cases), "--timeout", "60", "--concurrency", "2",
        "--out", str(tmp_path / "run"),
    ]  # fmt: skip
    code, err, _, _ = interrupt_once(args, tmp_path, calls=2, wait=10)
    assert code == 130, (code, err)
    assert "followup: interrupted" in err and "Traceback" not in err, err
    # the run folder and how to finish it (trial 6: only "followup: interrupted" was said)
    run = tmp_path / "run"
    assert (
        f"cases finished, kept in {run}; finish the run with: followup eval --resume {run}" in err
    )
