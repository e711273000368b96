"""`followup eval` benchmarks. Prints its figures.

    .venv/bin/python bench/bench_eval.py

1. Concurrency: N cases through `run_eval` with a fake chat model that sleeps a fixed latency
   per call, at concurrency C = 1, 4 and 16. The ideal time is calls x latency / C (the model
   waits overlap perfectly and nothing else costs time); the target is within 1.2 x ideal.
   Calls are counted by the fake model, not assumed. "measured" is the time the run spent on
   its cases (`run.duration_s` in results.json); "whole" adds the fixed start-up (loading the
   rules, reading the cases) and writing results.json, junit.xml and report.html.
   The machine's load average is printed too: other processes slow every figure. The same
   cases with a model that answers at once give the processing time per case (pipeline,
   checker, assertions, LangChain); Python runs one thread at a time, so no concurrency
   finishes N cases faster than N x that time.
2. The offline run over all of eval/cases (the writer without a model), the same code path as
   `followup eval eval/cases`; the target is under 10 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

from langchain_core.language_models.chat_models import BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage, BaseMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration, ChatResult  # noqa: E402

from followup.evaluation.session import EvalOptions, run_eval  # noqa: E402

LATENCY_S = 0.05
CASES = 64
TARGET_RATIO = 1.2

NOTES = """\
---
candidate: Sam Rivera
company: Northwind Analytics
role: Product Analyst
interview_date: 2026-11-24
interviewers:
  - name: Maria Chen
    topics: [moving the weekly revenue review to dashboards]
---
We talked about dashboards.
"""

CLEAN = (
    "Hi Maria,\n\nThank you for meeting with me yesterday about the Product Analyst role at "
    "Northwind Analytics. I enjoyed our talk about moving the weekly revenue review to "
    "dashboards.\n\nBest regards,\nSam Rivera"
)


class SleepyModel(BaseChatModel):
    """Answers every structured-output call with a clean draft after sleeping LATENCY_S."""

    latency: float = LATENCY_S
    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "sleepy-fake"

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        time.sleep(self.latency)
        with _lock:
            self.calls += 1
        args_ = {"subject": "Thank you", "body": CLEAN}
        reply = AIMessage(
            content="", tool_calls=[{"name": "MessageText", "args": args_, "id": "call-1"}]
        )
        return ChatResult(generations=[ChatGeneration(message=reply)])


_lock = threading.Lock()


def write_cases(folder: Path, n: int) -> Path:
    lines = ["defaults:", "  kind: thank-you", "  today: +1", "cases:"]
    for i in range(n):
        lines += [f"  - id: case-{i:03d}", "    notes: |"]
        lines += [f"      {line}" for line in NOTES.splitlines()]
    path = folder / "bench.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def processing_time(home: Path, cases: Path) -> float:
    """Seconds per case with a model that answers at once."""
    options = EvalOptions(paths=[cases], concurrency=1, out=home / "run-instant", min_pass=0)
    outcome = run_eval(options, home, model=SleepyModel(latency=0.0), model_name="instant-fake")
    return float(outcome.document["run"]["duration_s"]) / CASES


def concurrency(home: Path) -> list[float]:
    cases = write_cases(home, CASES)
    per_case = processing_time(home, cases)
    print(f"concurrency: {CASES} cases, fake model sleeping {LATENCY_S * 1000:.0f} ms per call")
    print(f"  {'C':>3} {'calls':>6} {'ideal s':>8} {'measured s':>11} {'ratio':>6} {'whole s':>8}")
    ratios = []
    for c in (1, 4, 16):
        model = SleepyModel()
        options = EvalOptions(paths=[cases], concurrency=c, out=home / f"run-c{c}", min_pass=0)
        started = time.perf_counter()
        outcome = run_eval(options, home, model=model, model_name="sleepy-fake")
        whole = time.perf_counter() - started
        assert outcome.document["summary"]["cases"] == CASES
        measured = float(outcome.document["run"]["duration_s"])
        ideal = model.calls * LATENCY_S / c
        ratios.append(measured / ideal)
        print(
            f"  {c:>3} {model.calls:>6} {ideal:>8.2f} {measured:>11.2f} {measured / ideal:>6.2f}"
            f" {whole:>8.2f}"
        )
    print(
        f"  processing time per case (a model that answers at once): {per_case * 1000:.1f} ms; "
        f"{CASES} cases cannot finish in under {CASES * per_case:.2f} s at any concurrency"
    )
    return ratios


def offline(home: Path) -> float:
    options = EvalOptions(paths=[REPO / "eval" / "cases"], out=home / "offline", min_pass=0)
    started = time.perf_counter()
    outcome = run_eval(options, home)
    measured = time.perf_counter() - started
    summary = outcome.document["summary"]
    print(
        f"offline run over eval/cases: {summary['cases']} cases in {measured:.2f} s "
        f"({summary['passed']} passed; target under 10 s)"
    )
    return measured


def main() -> int:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load}")
    with tempfile.TemporaryDirectory(prefix="bench-eval-") as tmp:
        home = Path(tmp)
        os.environ["FOLLOWUP_HOME"] = str(home)
        ratios = concurrency(home)
        seconds = offline(home)
    worst = max(ratios)
    verdict = "ok" if worst <= TARGET_RATIO and seconds < 10 else "MISSED"
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO}); {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
