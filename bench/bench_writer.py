"""Writer benchmarks: model calls and tokens per message (fake model that counts them), and
the offline writer's time per message. Prints its figures.

    .venv/bin/python bench/bench_writer.py

Tokens are estimated as 1.3 per whitespace-separated word (no tokenizer is installed);
calls are exact.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.fakes import scripted, tool_reply  # noqa: E402

from followup.checker.engine import Checker  # noqa: E402
from followup.core import MessageKind  # noqa: E402
from followup.inputs import read_source  # noqa: E402
from followup.notes import parse_notes  # noqa: E402
from followup.writer.pipeline import Pipeline, WriteRequest  # noqa: E402

TODAY = dt.date(2026, 11, 25)
CLEAN = (
    "Hi Maria,\n\nThank you for meeting with me yesterday about the Product Analyst role at "
    "Northwind Analytics. I enjoyed our talk about moving the weekly revenue review from "
    "spreadsheets to dashboards.\n\nBest regards,\nSam Rivera"
)
NEEDY = "Hi Maria,\n\nI really need this job. Did I get the job?\n\nSam Rivera"


def tokens(text: str) -> int:
    return round(len(text.split()) * 1.3)


def count(model: Any) -> tuple[int, int]:
    calls = len(model.prompts)
    sent = sum(tokens(str(m.content)) for prompt in model.prompts for m in prompt)
    return calls, sent


def model_calls() -> None:
    notes = parse_notes(read_source(str(REPO / "examples" / "notes-frontmatter.md")))
    checker = Checker.from_settings()
    cases = [
        ("front matter, 1 interviewer, clean first draft", "Maria", [CLEAN]),
        ("front matter, 1 interviewer, one revision", "Maria", [NEEDY, CLEAN]),
    ]
    for label, to, bodies in cases:
        model = scripted(*[tool_reply("MessageText", subject="Thank you", body=b) for b in bodies])
        pipeline = Pipeline(checker, model, backoff=0)
        result = pipeline.run(WriteRequest(notes, MessageKind.THANK_YOU, to=to, today=TODAY))
        calls, sent = count(model)
        out = sum(tokens(b) for b in bodies)
        blocked = result.drafts[0].blocked
        print(
            f"model calls, {label}: {calls} call(s), ~{sent} prompt tokens, ~{out} completion "
            f"tokens (blocked={blocked}; target: 1 call when nothing needs revising)"
        )


def offline_speed() -> None:
    checker = Checker.from_settings()
    for name in ("notes-frontmatter.md", "notes-freetext.txt"):
        notes = parse_notes(read_source(str(REPO / "examples" / name)))
        pipeline = Pipeline(checker)
        request = WriteRequest(notes, MessageKind.THANK_YOU, today=TODAY)
        pipeline.run(request)
        per_message = []
        for _ in range(200):
            start = time.perf_counter()
            result = pipeline.run(request)
            per_message.append((time.perf_counter() - start) / len(result.drafts))
        print(
            f"offline writer, {name}: median {statistics.median(per_message) * 1000:.2f} ms "
            f"per message incl. the check ({len(result.drafts)} drafts; target under 50 ms)"
        )


if __name__ == "__main__":
    model_calls()
    offline_speed()
