"""`followup eval --export-batch / --import-batch`: the round trip through Batch API files.

The output files are not written by hand: a fake model (`respond`, a function of the request
body) answers each line of the exported input file, the way OpenAI's Batch API or vLLM's
run_batch would. The same fake model also serves a live run over HTTP on 127.0.0.1, so the
test can check that the batch rounds send exactly the request bodies a live run posts, and
end with the same drafts, calls and tokens.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.faultserver import completion_body

MODEL = "fake-batch-model"

CASES = """\
defaults:
  kind: thank-you
  today: +1
  assert:
    - {type: lint-clean, level: error}
cases:
  - id: panel
    notes: |
      ---
      candidate: Alex Kim
      company: Acme Foods
      role: Packaging Buyer
      interview_date: 2026-03-02
      interviewers:
        - name: Priya Shah
          topics: [compostable packaging]
        - name: Tom Ortiz
          topics: [supplier audits]
      ---
      Good conversation overall.
    assert:
      - {type: addressed-to, value: [Priya, Tom]}
  - id: free-text
    notes: |
      Talked with Dana Whitfield at Orbital Freight about the Data Analyst job on March 3, 2026.
      Me: Lee Park
  - id: refused
    notes: |
      Coffee chat, nothing else written down.
"""


def respond(body: dict[str, Any]) -> dict[str, Any]:
    """A fake model: a chat completion answering one request body with a tool call.

    Extraction reads the names from the notes; the first draft to Priya begs (an error the
    checker catches, so the pipeline asks for a revision); a revision drops that sentence."""
    tool = body["tools"][0]["function"]["name"]
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    if tool == "Brief":
        args: dict[str, Any] = {
            "company": "Orbital Freight",
            "role": "Data Analyst",
            "candidate": "Lee Park",
            "interview_date": "2026-03-03",
            "interviewers": [{"name": "Dana Whitfield", "topics": ["route optimisation"]}],
        }
    elif system.startswith("You revise"):
        draft = user.split("Findings to fix:")[0]
        subject, text = draft.split("\n\n", 1)
        args = {
            "subject": subject.removeprefix("Subject: ").strip(),
            "body": text.replace(" I am begging you to hire me.", "").strip(),
        }
    else:
        name = re.search(r"Write to: ([^(]+) \(", user)
        first = name.group(1).split()[0] if name else "there"
        topics = re.search(r"Topics discussed with them: (.+)", user)
        company = re.search(r"Company: (.+)", user)
        candidate = re.search(r"Candidate: (.+)", user)
        plea = " I am begging you to hire me." if first == "Priya" else ""
        args = {
            "subject": "Thank you for your time",
            "body": (
                f"Hi {first},\n\nThank you for talking with me about "
                f"{topics.group(1) if topics else 'the role'} at "
                f"{company.group(1) if company else 'the company'}.{plea}\n\n"
                f"Best,\n{candidate.group(1) if candidate else ''}"
            ),
        }
    arguments = json.dumps(args)
    usage = {
        "prompt_tokens": len(user) // 4,
        "completion_tokens": len(arguments) // 4,
        "total_tokens": len(user) // 4 + len(arguments) // 4,
    }
    return completion_body(tool, arguments, model=body["model"], usage=usage)


def run_fake_batch(
    input_file: Path,
    output_file: Path,
    fail: frozenset[str] = frozenset(),
    prose: frozenset[str] = frozenset(),
) -> int:
    """What the Batch API does with an input file, with `respond` as the model: one output
    line per input line, in OpenAI's output shape; ids in `fail` get an error instead, ids
    in `prose` a reply in prose with no tool call (a reply the writer cannot read)."""
    lines = []
    for n, line in enumerate(input_file.read_text(encoding="utf-8").splitlines()):
        request = json.loads(line)
        assert request["method"] == "POST" and request["url"] == "/v1/chat/completions"
        if request["custom_id"] in fail:
            response = {"status_code": 500, "request_id": f"req_{n}", "body": None}
            error: Any = {"code": "server_error", "message": "the model crashed"}
        else:
            body = respond(request["body"])
            if request["custom_id"] in prose:
                body["choices"][0]["message"] = {"role": "assistant", "content": "Sure! Hi..."}
            response = {"status_code": 200, "request_id": f"req_{n}", "body": body}
            error = None
        lines.append(
            {
                "id": f"batch_req_{n}",
                "custom_id": request["custom_id"],
                "response": response,
                "error": error,
            }
        )
    output_file.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return len(lines)


@pytest.fixture
def fake_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """`respond` behind /v1/chat/completions on 127.0.0.1; yields (base URL, bodies seen)."""
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(body)
            data = json.dumps(respond(body)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    finally:
        server.shutdown()
        server.server_close()


def canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True)


def batch_rounds(cli: Any, tmp: Path, max_rounds: int = 6) -> list[list[dict[str, Any]]]:
    """Export, answer with the fake batch, import, until nothing is left; the exported lines
    of each round."""
    rounds: list[list[dict[str, Any]]] = []
    args = ["eval", "cases.yaml", "--model", MODEL, "--min-pass", "0"]
    result = cli(*args, "--out", "run", "--export-batch", "round1.jsonl")
    for n in range(1, max_rounds + 1):
        assert result.code == 0, result.err + result.out
        exported = tmp / f"round{n}.jsonl"
        lines = [json.loads(x) for x in exported.read_text(encoding="utf-8").splitlines()]
        if not lines:
            return rounds
        rounds.append(lines)
        run_fake_batch(exported, tmp / f"out{n}.jsonl")
        result = cli(
            *args,
            "--resume",
            "run",
            "--import-batch",
            f"out{n}.jsonl",
            "--export-batch",
            f"round{n + 1}.jsonl",
        )
    raise AssertionError(f"still exporting requests after {max_rounds} rounds")


def test_batch_rounds_send_what_a_live_run_sends_and_end_the_same(
    cli: Any, tmp_path: Path, fake_server: tuple[str, list[dict[str, Any]]]
) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    base_url, live_bodies = fake_server
    live = cli(
        "eval",
        "cases.yaml",
        "--model",
        MODEL,
        "--base-url",
        base_url,
        "--out",
        "live",
        "--no-cache",
    )
    assert live.code in (0, 1), live.err

    rounds = batch_rounds(cli, tmp_path)

    for lines in rounds:
        ids = [line["custom_id"] for line in lines]
        assert len(ids) == len(set(ids))
        for line in lines:
            assert set(line) == {"custom_id", "method", "url", "body"}
            body = line["body"]
            assert body["model"] == MODEL and body["messages"][0]["role"] == "system"
            name = body["tools"][0]["function"]["name"]
            assert body["tool_choice"] == {"type": "function", "function": {"name": name}}
    # Round 1: the extraction and both first drafts of the panel; round 2: the free-text
    # case's draft (it needed the extraction) and the revision of Priya's draft (it begged).
    kinds = [sorted(x["body"]["tools"][0]["function"]["name"] for x in r) for r in rounds]
    assert kinds == [["Brief", "MessageText", "MessageText"], ["MessageText", "MessageText"]]
    revision = [
        x for x in rounds[1] if x["body"]["messages"][0]["content"].startswith("You revise")
    ]
    assert (
        len(revision) == 1 and "I am begging you" in revision[0]["body"]["messages"][1]["content"]
    )

    exported = sorted(canonical(x["body"]) for r in rounds for x in r)
    assert exported == sorted(canonical(b) for b in live_bodies)

    batch_doc = json.loads((tmp_path / "run" / "results.json").read_text(encoding="utf-8"))
    live_doc = json.loads((tmp_path / "live" / "results.json").read_text(encoding="utf-8"))
    assert batch_doc["run"]["writer"] == f"{MODEL} (batch)"

    def outcome(doc: dict[str, Any]) -> dict[str, Any]:
        return {
            c["id"]: (
                c["passed"],
                c["error_type"],
                c["drafts"],
                c["model_calls"],
                c["prompt_tokens"],
                c["completion_tokens"],
                c["tokens_estimated"],
            )
            for c in doc["cases"]
        }

    assert outcome(batch_doc) == outcome(live_doc)
    assert batch_doc["summary"]["model_calls"] == len(exported) == 5
    panel = next(c for c in batch_doc["cases"] if c["id"] == "panel")
    assert [d["to"] for d in panel["drafts"]] == ["Priya Shah", "Tom Ortiz"]
    assert "begging" not in panel["drafts"][0]["body"]


def test_failed_and_unreadable_answers_are_asked_again_in_the_next_round(
    cli: Any, tmp_path: Path
) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    args = ["eval", "cases.yaml", "--model", MODEL, "--min-pass", "0"]
    assert cli(*args, "--out", "run", "--export-batch", "round1.jsonl").code == 0
    round1 = [json.loads(x) for x in (tmp_path / "round1.jsonl").read_text().splitlines()]
    drafts = [
        x["custom_id"] for x in round1 if x["body"]["tools"][0]["function"]["name"] == "MessageText"
    ]
    failed, unreadable = drafts
    run_fake_batch(
        tmp_path / "round1.jsonl",
        tmp_path / "out1.jsonl",
        fail=frozenset({failed}),
        prose=frozenset({unreadable}),
    )
    result = cli(
        *args, "--resume", "run", "--import-batch", "out1.jsonl", "--export-batch", "round2.jsonl"
    )
    assert result.code == 0, result.err
    assert f"failed: {failed}: the model crashed" in result.out
    round2 = {
        json.loads(x)["custom_id"] for x in (tmp_path / "round2.jsonl").read_text().splitlines()
    }
    assert failed in round2 and f"{unreadable}-try2" in round2 and unreadable not in round2


def test_bad_batch_files_and_unexported_requests_are_one_line_errors(
    cli: Any, tmp_path: Path
) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    args = ["eval", "cases.yaml", "--model", MODEL, "--min-pass", "0"]
    (tmp_path / "broken.jsonl").write_text('{"custom_id": "fu-1", "response": {}}\nnot json\n')
    cli(*args, "--out", "r", "--import-batch", "broken.jsonl").assert_input_error(
        "broken.jsonl:2: not a batch"
    )
    assert not (tmp_path / "r").exists()  # the file is read before the run folder is made
    cli(*args, "--import-batch", "missing.jsonl").assert_input_error("missing.jsonl: no such batch")
    (tmp_path / "empty.jsonl").write_text("")
    cli(*args, "--out", "run", "--import-batch", "empty.jsonl").assert_input_error(
        "pass --export-batch FILE to write them"
    )


def test_a_round_in_json_says_what_was_exported(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    result = cli("eval", "cases.yaml", "--model", MODEL, "--export-batch", "r1.jsonl", "-f", "json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    lines = (tmp_path / "r1.jsonl").read_text().splitlines()
    assert summary["requests_exported"] == len(lines) == 3
    assert (summary["cases_finished"], summary["cases_waiting"]) == (1, 2)


def test_answers_to_another_models_requests_are_not_used(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    assert cli("eval", "cases.yaml", "--model", MODEL, "--export-batch", "r1.jsonl").code == 0
    run_fake_batch(tmp_path / "r1.jsonl", tmp_path / "out1.jsonl")
    other = cli(
        "eval",
        "cases.yaml",
        "--model",
        "another-model",
        "--import-batch",
        "out1.jsonl",
        "--export-batch",
        "r2.jsonl",
    )
    assert other.code == 0, other.err
    assert "answers used in this round: 0" in other.out and "another --model" in other.out
    assert len((tmp_path / "r2.jsonl").read_text().splitlines()) == 3
