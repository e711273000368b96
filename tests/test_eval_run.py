"""`followup eval` end to end: run folders, exit codes, baselines, resume, model runs, bad cases."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from followup.evaluation.cases import load_cases, merge_defaults
from followup.evaluation.session import EvalOptions, run_eval
from tests.conftest import REPO
from tests.fakes import scripted, tool_reply

NOTES = """---
candidate: Alex Kim
company: Acme Foods
role: Buyer
interview_date: 2026-03-03
interviewers:
  - name: Priya Nair
    title: Head of Buying
    topics: [moving the store brands to compostable packaging]
---
Priya asked how I would pick suppliers for the new line.
"""

CASES = """defaults:
  kind: thank-you
  today: +1
  vars: {me: Alex Kim}
cases:
  - id: acme-thanks
    notes: notes/acme.md
    assert:
      - {type: addressed-to, value: Priya}
      - {type: mentions-any, value: [compostable, packaging]}
  - id: acme-thanks-short
    notes: notes/acme.md
    assert:
      - {type: addressed-to, value: Priya}
      - {type: words, max: 400}
  - id: acme-no-company
    notes: |
      Met with Priya Nair about the buyer role. She asked about suppliers.
    assert:
      - {type: status, value: refused}
"""


@pytest.fixture
def cases_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    (folder / "notes").mkdir(parents=True)
    (folder / "notes" / "acme.md").write_text(NOTES, encoding="utf-8")
    (folder / "acme.yaml").write_text(CASES, encoding="utf-8")
    return folder


def load(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "results.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_defaults_merge_like_promptfoo() -> None:
    merged = merge_defaults(
        {"kind": "thank-you", "vars": {"me": "Alex"}, "assert": [{"type": "grounded"}]},
        {"kind": "inquiry", "vars": {"to": "Priya"}, "assert": [{"type": "asks-nothing"}]},
    )
    assert merged["kind"] == "inquiry"
    assert merged["vars"] == {"me": "Alex", "to": "Priya"}
    assert [a["type"] for a in merged["assert"]] == ["grounded", "asks-nothing"]


def test_case_files_load_with_defaults(cases_dir: Path) -> None:
    cases = load_cases([cases_dir])
    assert [c.id for c in cases] == ["acme-thanks", "acme-thanks-short", "acme-no-company"]
    assert [a.type for a in cases[0].asserts] == ["addressed-to", "mentions-any"]
    assert cases[1].vars == {"me": "Alex Kim"}
    assert cases[0].today == 1 and "compostable" in cases[0].notes_text
    assert "(inline)" in cases[2].notes_source


def test_offline_run_writes_the_run_folder(cli: Any, cases_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = cli("eval", str(cases_dir), "--out", str(out), "--min-pass", "0")
    assert result.code == 0, result.err
    doc = load(out)
    assert doc["schema"] == "followup-eval/1"
    assert doc["summary"]["cases"] == 3 and doc["run"]["writer"] == "offline"
    by_id = {c["id"]: c for c in doc["cases"]}
    assert by_id["acme-no-company"]["error_type"] == "refused"
    assert by_id["acme-no-company"]["passed"] is True
    assert by_id["acme-thanks"]["today"] == "2026-03-04"
    assert by_id["acme-thanks"]["drafts"][0]["to"] == "Priya Nair"
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    suites = ET.parse(out / "junit.xml").getroot()
    assert sum(int(s.get("tests", 0)) for s in suites) == 3
    assert "followup eval" in (out / "report.html").read_text(encoding="utf-8")
    assert f"passed {doc['summary']['passed']}/3" in result.out


def test_min_pass_sets_the_exit_code(cli: Any, cases_dir: Path, tmp_path: Path) -> None:
    (cases_dir / "acme.yaml").write_text(
        CASES + "  - id: impossible\n    notes: notes/acme.md\n"
        "    assert: [{type: contains, value: 'no draft says this'}]\n",
        encoding="utf-8",
    )
    failing = cli("eval", str(cases_dir), "--out", str(tmp_path / "a"))
    assert failing.code == 1
    assert "impossible: contains" in failing.out
    lenient = cli("eval", str(cases_dir), "--out", str(tmp_path / "b"), "--min-pass", "0.5")
    assert lenient.code == 0


def test_a_broken_rule_shows_up_as_regressions(cli: Any, cases_dir: Path, tmp_path: Path) -> None:
    (cases_dir / "acme.yaml").write_text(
        CASES.replace("{type: addressed-to, value: Priya}", "{type: lint-clean}"),
        encoding="utf-8",
    )
    first = cli(
        "eval",
        str(cases_dir),
        "--out",
        str(tmp_path / "a"),
        "--min-pass",
        "0",
        "--update-baseline",
        str(tmp_path / "baseline"),
    )
    assert first.code == 0, first.out + first.err
    style = tmp_path / "broken"
    style.mkdir()
    (style / "thanks.yml").write_text(
        "extends: existence\nseverity: error\nmessage: 'broken rule'\ntokens: [thank]\n"
        "examples:\n  flag: ['Thank you.']\n  pass: ['Hello.']\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.toml").write_text(f'styles = ["{style}"]\n', encoding="utf-8")
    second = cli(
        "eval",
        str(cases_dir),
        "--out",
        str(tmp_path / "b"),
        "--min-pass",
        "0",
        "--baseline",
        str(tmp_path / "baseline"),
        "--config",
        str(tmp_path / "broken.toml"),
    )
    assert second.code == 1
    assert "regressed: acme-thanks: 0:lint-clean" in second.out
    doc = load(tmp_path / "b")
    assert "acme-thanks: 0:lint-clean" in doc["baseline"]["regressed"]
    assert doc["baseline"]["improved"] == []
    # the other way round, what improved is named too, not only counted
    cli(
        "eval", str(cases_dir), "--out", str(tmp_path / "c"), "--min-pass", "0",
        "--config", str(tmp_path / "broken.toml"), "--update-baseline", str(tmp_path / "worse"),
    )  # fmt: skip
    mended = cli(
        "eval", str(cases_dir), "--out", str(tmp_path / "d"), "--min-pass", "0",
        "--baseline", str(tmp_path / "worse"),
    )  # fmt: skip
    assert "improved: acme-thanks: 0:lint-clean" in mended.out, mended.out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "cases:\n  - id: x\n    notes: notes/acme.md\n"
            "    assert: [{type: containz, value: a}]\n",
            "case x: field 'assert[0]': unknown assertion type 'containz'",
        ),
        (
            "cases:\n  - id: y\n    notes: notes/missing.md\n",
            "case y: field 'notes': no such file 'notes/missing.md'",
        ),
        (
            "cases:\n  - id: z\n    notes: notes/acme.md\n    kind: thanks\n",
            "case z: field 'kind': 'thanks' is not one of",
        ),
        (
            "cases:\n  - id: w\n    notes: notes/acme.md\n    today: tomorrow\n",
            "case w: field 'today'",
        ),
        (
            "cases:\n  - id: h\n    notes: notes/acme.md\n    history: [{kind: thanks, days: 1}]\n",
            "case h: field 'history[0]': 'thanks' is not a kind",
        ),
        (
            "cases:\n  - id: v\n    notes: notes/acme.md\n    vars: {too: Priya}\n",
            "case v: field 'vars.too': unknown",
        ),
        ("cases: [\n", "invalid YAML"),
        (
            "cases:\n  - id: u\n    notes: notes/acme.md\n  - id: u\n    notes: notes/acme.md\n",
            "case u: id already used",
        ),
    ],
)
def test_malformed_case_files_are_one_line_before_any_case_runs(
    cli: Any, cases_dir: Path, tmp_path: Path, content: str, message: str
) -> None:
    (cases_dir / "acme.yaml").write_text(content, encoding="utf-8")
    result = cli("eval", str(cases_dir), "--out", str(tmp_path / "run"))
    result.assert_input_error(message)
    assert "acme.yaml" in result.err
    assert not (tmp_path / "run").exists()


def test_filter_and_unknown_paths(cli: Any, cases_dir: Path, tmp_path: Path) -> None:
    result = cli("eval", str(cases_dir), "--out", str(tmp_path / "r"), "--filter", "short")
    assert result.code == 0 and load(tmp_path / "r")["summary"]["cases"] == 1
    cli("eval", str(cases_dir), "--filter", "nothing-like-this").assert_input_error("matches no")
    cli("eval", str(tmp_path / "nowhere")).assert_input_error("no such case file or folder")
    again = cli("eval", str(cases_dir), "--out", str(tmp_path / "r"))
    again.assert_input_error("already holds a run")


def _reply(body: str) -> Any:
    return tool_reply("MessageText", subject="Thank you, Priya", body=body)


GOOD_BODY = (
    "Hi Priya,\n\nThank you for meeting me about the Buyer role at Acme Foods. I enjoyed our "
    "talk about moving the store brands to compostable packaging, and your question about how "
    "I would pick suppliers for the new line.\n\nBest regards,\nAlex Kim"
)


def test_model_run_counts_calls_tokens_and_uses_the_cache(
    cases_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.writer.cache import SQLiteLLMCache

    monkeypatch.chdir(tmp_path)
    options = EvalOptions(paths=[cases_dir], filter="acme-thanks", concurrency=1, min_pass=0)
    cache = SQLiteLLMCache(tmp_path / "cache.sqlite")

    def model() -> Any:
        fake = scripted(*[_reply(GOOD_BODY) for _ in range(4)])
        fake.cache = cache
        return fake

    first = run_eval(
        EvalOptions(**{**options.__dict__, "out": tmp_path / "one"}),
        tmp_path,
        model=model(),
        model_name="fake",
    )
    summary = first.document["summary"]
    # the two cases send the same prompt, so the second is served from the cache
    assert summary["cases"] == 2 and summary["model_calls"] == 1
    assert summary["cached_calls"] == 1
    assert summary["tokens_estimated"] is True and summary["prompt_tokens"] > 100
    assert first.document["run"]["writer"] == "fake"
    second = run_eval(
        EvalOptions(**{**options.__dict__, "out": tmp_path / "two"}),
        tmp_path,
        model=model(),
        model_name="fake",
    )
    assert second.document["summary"]["model_calls"] == 0
    assert second.document["summary"]["cached_calls"] == 2


def test_a_model_failure_keeps_finished_cases_and_exits_3(
    cases_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx
    import openai

    from followup.evaluation.command import writer_eval

    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "home"))
    timeout = openai.APITimeoutError(request=httpx.Request("POST", "http://127.0.0.1:9/v1"))
    fake = scripted(_reply(GOOD_BODY), timeout)
    monkeypatch.setattr("followup.evaluation.session._configured_model", lambda *a: (fake, "fake"))
    options = EvalOptions(paths=[cases_dir], concurrency=1, out=tmp_path / "run", min_pass=0)
    assert writer_eval(options, "text") == 3
    doc = load(tmp_path / "run")
    by_id = {c["id"]: c for c in doc["cases"]}
    assert by_id["acme-thanks"]["error_type"] is None
    assert by_id["acme-thanks-short"]["error_type"] == "model"
    assert "timed out" in by_id["acme-thanks-short"]["error"]
    assert len((tmp_path / "run" / "results.jsonl").read_text().splitlines()) == 3


SLOW_CHECK = """import os, time
def slow(output):
    with open(os.environ["EVAL_MARKS"], "a") as f:
        f.write("x\\n")
    time.sleep(0.4)
    return True
"""


def test_resume_after_kill_finishes_only_what_was_left(cases_dir: Path, tmp_path: Path) -> None:
    (cases_dir / "slow.py").write_text(SLOW_CHECK, encoding="utf-8")
    cases = "\n".join(
        f"  - id: slow-{n}\n    notes: notes/acme.md\n"
        "    assert: [{type: python, value: slow.py:slow}]"
        for n in range(8)
    )
    (cases_dir / "acme.yaml").write_text("defaults: {today: +1}\ncases:\n" + cases + "\n")
    marks = tmp_path / "marks"
    env = {**os.environ, "EVAL_MARKS": str(marks), "FOLLOWUP_HOME": str(tmp_path / "home")}
    run = tmp_path / "run"
    command = [
        sys.executable,
        "-m",
        "followup",
        "eval",
        str(cases_dir),
        "--out",
        str(run),
        "--concurrency",
        "1",
    ]
    proc = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    jsonl = run / "results.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if jsonl.exists() and len(jsonl.read_text().splitlines()) >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    finished = len(jsonl.read_text().splitlines())
    assert 2 <= finished < 8
    resumed = subprocess.run(
        [*command[:-2], "--resume", str(run)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr
    doc = load(run)
    assert doc["summary"]["cases"] == 8 and doc["summary"]["passed"] == 8
    runs = len(marks.read_text().splitlines())
    assert runs <= 8 + 1  # the finished cases were not run again (one may have been in flight)


def test_llm_rubric_is_graded_by_the_judge_with_mean_and_spread(
    cases_dir: Path, tmp_path: Path
) -> None:
    from followup.evaluation.judge import Judge

    (cases_dir / "acme.yaml").write_text(
        "cases:\n  - id: graded\n    notes: notes/acme.md\n    today: +1\n"
        "    vars: {me: Alex Kim}\n"
        "    assert: [{type: llm-rubric, value: 'warm and specific'}]\n",
        encoding="utf-8",
    )
    grades = [(True, 0.9, "warm"), (True, 0.7, "specific"), (False, 0.2, "generic")]
    judge = Judge(
        scripted(*[tool_reply("Grade", passed=p, score=s, reason=r) for p, s, r in grades]),
        "fake judge",
        repeat=3,
    )
    outcome = run_eval(
        EvalOptions(paths=[cases_dir], out=tmp_path / "run", min_pass=0), tmp_path, judge=judge
    )
    graded = outcome.document["cases"][0]["assertions"][0]
    assert graded["type"] == "llm-rubric" and graded["pass"] is True
    assert graded["score"] == pytest.approx(0.6)
    assert "mean 0.60 ± 0.29 over 3 grade(s)" in graded["reason"]
    assert outcome.document["run"]["judge"] == "fake judge"


def test_llm_rubric_without_a_judge_is_skipped_and_not_counted(
    cli: Any, cases_dir: Path, tmp_path: Path
) -> None:
    (cases_dir / "acme.yaml").write_text(
        "cases:\n  - id: graded\n    notes: notes/acme.md\n    today: +1\n"
        "    vars: {me: Alex Kim}\n    assert:\n      - {type: llm-rubric, value: warm}\n"
        "      - {type: addressed-to, value: Priya}\n",
        encoding="utf-8",
    )
    result = cli("eval", str(cases_dir), "--out", str(tmp_path / "run"), "--min-pass", "0")
    assert "llm-rubric" in result.out and "1 skipped" in result.out
    case = load(tmp_path / "run")["cases"][0]
    assert case["assertions"][0]["pass"] is None


def test_a_case_history_picks_the_kind_and_feeds_the_timing_rules(
    cli: Any, cases_dir: Path, tmp_path: Path
) -> None:
    (cases_dir / "acme.yaml").write_text(
        "defaults: {notes: notes/acme.md, vars: {me: Alex Kim}}\ncases:\n"
        "  - id: due\n    kind: auto\n    today: +16\n"
        "    history: [{kind: thank-you, days: 1}, {kind: inquiry, days: 8}]\n"
        "    assert: [{type: kind, value: second-inquiry}]\n"
        "  - id: third\n    kind: inquiry\n    today: +25\n"
        "    history: [{kind: inquiry, days: 8}, {kind: second-inquiry, days: 16}]\n"
        "    assert: [{type: status, value: blocked}]\n",
        encoding="utf-8",
    )
    result = cli("eval", str(cases_dir), "--out", str(tmp_path / "run"))
    assert result.code == 0, result.out
    cases = {c["id"]: c for c in load(tmp_path / "run")["cases"]}
    assert cases["due"]["kind"] == "second-inquiry"
    rules = [f["rule_id"] for d in cases["third"]["drafts"] for f in d["findings"]]
    assert "etiquette.third-inquiry" in rules
    # the user's own history file is never read or made by an evaluation
    assert not (tmp_path / "home" / "history.sqlite").exists()


def test_a_bad_model_url_is_one_line_before_any_case_runs(
    cli: Any, cases_dir: Path, tmp_path: Path
) -> None:
    result = cli("eval", str(cases_dir), "--base-url", "not-a-url", "--out", str(tmp_path / "r"))
    result.assert_input_error("--base-url 'not-a-url' is not an http:// or https:// URL")
    assert not (tmp_path / "r").exists()


def test_a_model_used_for_two_runs_counts_each_call_once(cases_dir: Path, tmp_path: Path) -> None:
    fake = scripted(*[_reply(GOOD_BODY) for _ in range(4)])
    for name in ("one", "two"):
        outcome = run_eval(
            EvalOptions(paths=[cases_dir], filter="acme-thanks-short", out=tmp_path / name),
            tmp_path,
            model=fake,
            model_name="fake",
        )
        assert outcome.document["summary"]["model_calls"] == 1


def test_resume_needs_no_case_files_and_no_finished_case(
    cli: Any, cases_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    # a new user's trial: `--resume RUN` looked for ./eval/cases instead of the run's files,
    # and a run stopped before its first case left nothing to resume
    run = tmp_path / "run"
    assert cli("eval", str(cases_dir), "--out", str(run), "--min-pass", "0").code == 0
    total = load(run)["summary"]["cases"]
    lines = (run / "results.jsonl").read_text(encoding="utf-8").splitlines()
    (run / "results.jsonl").write_text(lines[0] + "\n", encoding="utf-8")  # as if stopped
    (run / "results.json").unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert cli("eval", "--resume", str(run), "--min-pass", "0").code == 0
    assert load(run)["summary"]["cases"] == total
    (run / "results.jsonl").unlink()  # stopped before any case finished
    (run / "results.json").unlink()
    assert cli("eval", "--resume", str(run), "--min-pass", "0").code == 0
    assert load(run)["summary"]["cases"] == total
