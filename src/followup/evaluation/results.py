"""A run's results on disk: results.jsonl as cases finish, then results.json, junit.xml and
the baseline comparison.

`results.json` (schema id `followup-eval/1`, changed only with an incompatible change):

    {"schema": "followup-eval/1", "version": "...", "run": {"id", "started", "finished",
     "writer", "paths", "concurrency", "duration_s"},
     "summary": {"cases", "passed", "failed", "refused", "errors", "pass_rate",
                 "assertions": {TYPE: {"passed", "failed", "skipped"}},
                 "model_calls", "cached_calls", "prompt_tokens", "completion_tokens",
                 "tokens_estimated"},
     "cases": [CaseResult, ...]}

A baseline is the outcome of every case and assertion of a run, keyed by case id and by the
assertion's position and type, so that a later run can say what regressed and what improved.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from followup import __version__
from followup.errors import InputError
from followup.evaluation.runner import CaseResult
from followup.private import open_private, write_private

SCHEMA = "followup-eval/1"
BASELINE_SCHEMA = "followup-eval-baseline/1"


class ResultsLog:
    """results.jsonl, appended and flushed to disk as each case finishes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, result: CaseResult) -> None:
        """Add one finished case. Closing the file hands the line to the operating system, so a
        killed process (Ctrl-C, kill -9) loses nothing written. No fsync: it would guard only
        against a power cut, at about 5 ms a case on the event loop, which capped a fast
        server at under 200 cases a second (bench/bench_eval.py)."""
        line = json.dumps(result.to_dict(), ensure_ascii=False)
        with os.fdopen(open_private(self.path), "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def summarize(results: list[CaseResult]) -> dict[str, Any]:
    """Pass rate, per-assertion-type tallies, model calls and tokens."""
    per_type: dict[str, Counter[str]] = {}
    for r in results:
        for a in r.assertions:
            outcome = "skipped" if a["pass"] is None else "passed" if a["pass"] else "failed"
            per_type.setdefault(a["type"], Counter())[outcome] += 1
    passed = sum(r.passed for r in results)
    return {
        "cases": len(results),
        "passed": passed,
        "failed": len(results) - passed,
        "refused": sum(r.error_type == "refused" for r in results),
        "errors": sum(r.error_type == "model" for r in results),
        "pass_rate": round(passed / len(results), 4) if results else 0.0,
        "assertions": {
            t: {k: c[k] for k in ("passed", "failed", "skipped")}
            for t, c in sorted(per_type.items())
        },
        "model_calls": sum(r.model_calls for r in results),
        "cached_calls": sum(r.cached_calls for r in results),
        "prompt_tokens": sum(r.prompt_tokens for r in results),
        "completion_tokens": sum(r.completion_tokens for r in results),
        "tokens_estimated": any(r.tokens_estimated for r in results),
    }


def results_document(results: list[CaseResult], run: dict[str, Any]) -> dict[str, Any]:
    """The whole results.json document; failures first, then by id."""
    ordered = sorted(results, key=lambda r: (r.passed, r.id))
    return {
        "schema": SCHEMA,
        "version": __version__,
        "run": run,
        "summary": summarize(results),
        "cases": [r.to_dict() for r in ordered],
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    """Write a JSON file through a temporary file, so a reader never sees half of it."""
    write_private(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())


def junit_xml(results: list[CaseResult], duration: float) -> str:
    """JUnit XML: one test suite per case file, one test case per case."""
    root = ET.Element("testsuites", name="followup eval", time=f"{duration:.3f}")
    by_file: dict[str, list[CaseResult]] = {}
    for r in results:
        by_file.setdefault(r.file, []).append(r)
    for file, cases in sorted(by_file.items()):
        suite = ET.SubElement(
            root,
            "testsuite",
            name=file,
            tests=str(len(cases)),
            failures=str(sum(not c.passed and c.error_type != "model" for c in cases)),
            errors=str(sum(c.error_type == "model" for c in cases)),
        )
        for c in cases:
            case_el = ET.SubElement(
                suite,
                "testcase",
                classname=file.removesuffix(".yaml"),
                name=c.id,
                time=f"{c.latency_s:.3f}",
            )
            if c.error_type == "model":
                ET.SubElement(case_el, "error", message=c.error or "").text = c.error
            elif not c.passed:
                failed = [a for a in c.assertions if a["pass"] is False]
                message = "; ".join(f"{a['type']}: {a['reason']}" for a in failed)
                ET.SubElement(case_el, "failure", message=message[:500]).text = message
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


# -- baselines --------------------------------------------------------------------------


def assertion_key(index: int, assertion: dict[str, Any]) -> str:
    """Where an assertion stands in its case: position, type and recipient."""
    to = f"@{assertion['to']}" if assertion.get("to") else ""
    return f"{index}:{assertion['type']}{to}"


def baseline_document(results: list[CaseResult]) -> dict[str, Any]:
    """What a later run is compared with: each case's and assertion's outcome, no timings."""
    return {
        "schema": BASELINE_SCHEMA,
        "cases": {
            r.id: {
                "passed": r.passed,
                "assertions": {assertion_key(i, a): a["pass"] for i, a in enumerate(r.assertions)},
            }
            for r in sorted(results, key=lambda r: r.id)
        },
    }


def load_baseline(path: Path) -> dict[str, Any]:
    """A baseline.json, a results.json or a run folder holding either."""
    candidates = [path / "baseline.json", path / "results.json"] if path.is_dir() else [path]
    for candidate in candidates:
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise InputError(f"{candidate}: not a readable baseline ({exc})") from None
            if data.get("schema") == BASELINE_SCHEMA:
                return dict(data)
            if data.get("schema") == SCHEMA:
                return baseline_document([CaseResult.from_dict(c) for c in data["cases"]])
            raise InputError(f"{candidate}: not a followup eval baseline or results file")
    raise InputError(f"{path}: no baseline.json or results.json there")


@dataclass
class Comparison:
    """What changed against a baseline."""

    regressed: list[str] = field(default_factory=list)
    improved: list[str] = field(default_factory=list)
    new_cases: list[str] = field(default_factory=list)
    missing_cases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, list[str]]:
        """The JSON shape (in results.json under `baseline`)."""
        return dict(self.__dict__)


def compare(results: list[CaseResult], baseline: dict[str, Any]) -> Comparison:
    """Cases and assertions that went from pass to fail (regressed) or back (improved)."""
    old_cases: dict[str, Any] = baseline.get("cases", {})
    now = baseline_document(results)["cases"]
    out = Comparison()
    for case_id, new in now.items():
        old = old_cases.get(case_id)
        if old is None:
            out.new_cases.append(case_id)
            continue
        if old["passed"] and not new["passed"]:
            out.regressed.append(f"{case_id}: case now fails")
        elif not old["passed"] and new["passed"]:
            out.improved.append(f"{case_id}: case now passes")
        for key, outcome in new["assertions"].items():
            before = old["assertions"].get(key)
            if before is True and outcome is False:
                out.regressed.append(f"{case_id}: {key}")
            elif before is False and outcome is True:
                out.improved.append(f"{case_id}: {key}")
    out.missing_cases = sorted(set(old_cases) - set(now))
    return out
