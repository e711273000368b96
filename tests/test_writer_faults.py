"""Every way the model path fails is one stderr line and the documented exit code.

Model failures (a fault-injection server on 127.0.0.1, tests/faultserver.py) exit 3; bad
options and files exit 2; a corrupt model-call cache is moved aside with one warning.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.faultserver import fault_server

FRONT = str(REPO / "examples" / "notes-frontmatter.md")


def write_with(cli: Any, url: str, *extra: str) -> Any:
    """`followup write` to Maria through the server at `url`, no cache, 1 s timeout."""
    args = ["--timeout", "1", "--retries", "0", "--no-cache", *extra]
    return cli(
        "write", FRONT, "--to", "Maria", "--base-url", url, "--model", "m",
        "--today", "2026-11-25", *args,
    )  # fmt: skip


def assert_model_error(result: Any, message: str) -> None:
    """Exit 3, exactly one stderr line holding `message`, nothing on stdout."""
    assert result.code == 3, (result.code, result.err)
    assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
    assert result.err.startswith("followup: error: ")
    assert message in result.err, result.err
    assert result.out == ""


FAULTS = [
    ("html", "answered HTTP 200 with text/html, not JSON: '<!DOCTYPE html><html><head><title>"),
    ("truncated", "answered HTTP 200 with JSON that is cut off or malformed after 330 bytes"),
    (
        "wrong-arguments",
        "could not be read as a MessageText after 1 try (--retries 0: no retry): "
        "field 'subject': Field required",
    ),
    ("429", "rate limited (HTTP 429, Retry-After 1 s): slow down"),
    ("500", "the server answered HTTP 500: upstream failed"),
    ("503", "the server answered HTTP 503: upstream failed"),
    ("hang", "timed out: no complete reply within --timeout"),
    ("reset", "the connection broke before a reply"),
    ("trickle", "timed out: no complete reply within --timeout"),
]


@pytest.mark.parametrize(("fault", "message"), FAULTS, ids=[f[0] for f in FAULTS])
def test_each_server_fault_is_one_line_and_exit_3(cli: Any, fault: str, message: str) -> None:
    with fault_server(fault) as server:
        result = write_with(cli, server.url)
        assert len(server.arrivals) == 1  # --retries 0: one try, no retry
    assert_model_error(result, message)
    assert f"(m at {server.url})" in result.err or server.url in result.err


def test_a_good_reply_from_the_same_server_is_a_draft(cli: Any) -> None:
    with fault_server("ok") as server:
        result = write_with(cli, server.url)
    assert result.code == 0, result.err
    assert "=== To: Maria Chen" in result.out and "| ready ===" in result.out


def test_retries_honour_retry_after(cli: Any) -> None:
    with fault_server("429", "ok", retry_after="1") as server:
        result = write_with(cli, server.url, "--retries", "1")
        gap = server.arrivals[1] - server.arrivals[0]
    assert result.code == 0, result.err
    assert len(server.arrivals) == 2
    assert gap >= 0.95  # the client waited the second the server asked for


def test_retries_are_counted_in_the_error(cli: Any) -> None:
    with fault_server("500") as server:
        result = write_with(cli, server.url, "--retries", "1")
        assert len(server.arrivals) == 2
    assert_model_error(result, "HTTP 500: upstream failed")
    assert result.err.rstrip().endswith("2 tries with backoff")


def test_wrong_tool_arguments_are_asked_for_again(cli: Any) -> None:
    with fault_server("wrong-arguments", "ok") as server:
        result = write_with(cli, server.url, "--retries", "1")
        assert len(server.arrivals) == 2
    assert result.code == 0, result.err


def test_a_corrupt_model_cache_is_moved_aside_and_rebuilt(cli: Any, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cache = home / "llm-cache.sqlite"
    cache.write_bytes(b"this is not a database" * 100)
    with fault_server("ok") as server:
        result = cli(
            "write", FRONT, "--to", "Maria", "--base-url", server.url, "--model", "m",
            "--today", "2026-11-25", "--retries", "0",
        )  # fmt: skip
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "Traceback" not in result.err
    assert "was not a readable cache" in warnings[0]
    [aside] = home.glob("llm-cache.sqlite.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not a database")  # kept, not deleted
    with sqlite3.connect(cache) as db:  # rebuilt, and the call was stored
        assert db.execute("SELECT COUNT(*) FROM calls").fetchone()[0] == 1


def test_bad_model_options_are_one_line(cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    cli("write", FRONT, "--gguf", str(folder)).assert_input_error(
        f"{folder}: is a folder; --gguf needs a .gguf model file"
    )
    cli("write", FRONT, "--config", str(folder)).assert_input_error(
        f"{folder}: is a folder; --config needs a .followup.toml or pyproject.toml file"
    )
    cli("write", FRONT, "--timeout", "-5").assert_input_error(
        "--timeout must be a number of seconds above 0, not -5"
    )
    cli("write", FRONT, "--base-url", "not-a-url").assert_input_error(
        "--base-url 'not-a-url' is not an http:// or https:// URL"
    )
    monkeypatch.setenv("FOLLOWUP_BASE_URL", "localhost:8080")
    cli("write", FRONT).assert_input_error(
        "FOLLOWUP_BASE_URL 'localhost:8080' is not an http:// or https:// URL"
    )


def test_followup_home_that_is_a_file_is_one_line(
    cli: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    a_file = tmp_path / "home-file"
    a_file.write_text("mine", encoding="utf-8")
    monkeypatch.setenv("FOLLOWUP_HOME", str(a_file))
    message = f"FOLLOWUP_HOME={a_file}: is a file, not a folder"
    cli("write", FRONT).assert_input_error(message)
    cli("write", FRONT, "--no-cache").assert_input_error(message)
    assert a_file.read_text(encoding="utf-8") == "mine"


def test_connection_refused_says_so(cli: Any) -> None:
    result = write_with(cli, "http://127.0.0.1:9/v1")  # nothing listens on port 9
    assert_model_error(result, "could not connect (is a server running at that address?)")
    assert result.err.rstrip().endswith("1 try (--retries 0: no retry)")


def test_eval_counts_its_retries_as_write_does(cli: Any, tmp_path: Path) -> None:
    # eval's pipelines used their own default of 2 retries for unreadable replies: the error
    # said "3 tries with backoff" after --retries 0 had made one call (a new user's trial)
    import json

    cases = tmp_path / "cases.yaml"
    cases.write_text(
        f"cases:\n  - {{id: one, notes: {FRONT}, kind: thank-you, today: 2026-11-25, "
        "vars: {to: Maria}}\n",
        encoding="utf-8",
    )
    with fault_server("wrong-arguments") as server:
        cli(
            "eval", str(cases), "--base-url", server.url, "--model", "m", "--timeout", "5",
            "--retries", "0", "--no-cache", "--out", str(tmp_path / "run"),
        )  # fmt: skip
        calls = len(server.arrivals)
    (case,) = json.loads((tmp_path / "run" / "results.json").read_text("utf-8"))["cases"]
    assert calls == 1, calls
    assert "1 try (--retries 0: no retry)" in case["error"], case["error"]
