"""`followup eval --export-batch / --import-batch`: a run's model calls as OpenAI Batch API files.

Thousands of cases across several models outgrow one machine's request loop. The OpenAI Batch
API and vLLM's `run_batch` both read a JSONL file of requests (`custom_id`, `method`, `url`,
`body`) and write a JSONL file of answers (`custom_id`, `response: {status_code, body}`,
`error`). This module turns a run into such files and back.

The writer is multi-step (extract -> compose -> check -> revise): a revision can only be asked
for once its draft is known. So a batch round holds every request that can be made with the
answers known so far: round 1 holds the extraction calls and the first draft of every recipient
that needs no extraction; round 2 the drafts that waited on an extraction and the first
revisions; and so on, until no case waits (at most 1 + 1 + the revision rounds). Each round is
a rerun of the unfinished cases through the unchanged pipeline, with a chat model that answers
from the imported files instead of the network:

- `BatchChatModel` is LangChain's own `ChatOpenAI`: it builds each request body with
  `ChatOpenAI._get_request_payload` (so the body is byte for byte what a live run posts to
  /v1/chat/completions: model, messages, temperature, tools, tool_choice) and turns an answer
  body into a reply with `ChatOpenAI._create_chat_result`, the code path of a live reply (the
  usage fields become the case's token counts).
- A request is known by the SHA-256 of its body (the `custom_id`), so answers find their
  requests again in a later process, and identical requests are asked once.
- A request with no answer yet is written to the export file and answered for now with a
  placeholder, so the case goes on to its other, independent requests (the next interviewer's
  draft); a request built from a placeholder (the revision of a draft not written yet) is not
  exported. A case that met a placeholder is not recorded: it reruns in the next round.
- A reply that cannot be read is asked for again under a new `custom_id` (`-try2`), as the live
  writer asks again.

Imported answers are kept in the run folder (`batch/answers.jsonl`), so each round needs only
its own output file. `llm-rubric` judges are not batched: they grade finished drafts live.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult
from langchain_openai import ChatOpenAI
from pydantic import PrivateAttr

from followup.errors import FollowupError, InputError, ModelError
from followup.evaluation.assertions import AssertionResult, CaseOutput
from followup.evaluation.cases import Case
from followup.evaluation.runner import CaseResult, Runner
from followup.private import open_private

if TYPE_CHECKING:
    from langchain_core.callbacks import CallbackManagerForLLMRun

    from followup.evaluation.session import EvalOptions

ENDPOINT = "/v1/chat/completions"
PLACEHOLDER = "followup-batch-placeholder-8c1f"  # text no real reply contains
ANSWERS_FILE = Path("batch") / "answers.jsonl"


@dataclass
class _CaseCalls:
    """The batch state of one case's run: how often each request was made, which got a
    placeholder. Set per case by BatchRunner in a context variable."""

    case_id: str
    attempts: Counter[str] = field(default_factory=Counter)
    placeholders: set[str] = field(default_factory=set)

    @property
    def waiting(self) -> bool:
        """Whether any of the case's requests has no answer yet."""
        return bool(self.placeholders)


_CASE: contextvars.ContextVar[_CaseCalls | None] = contextvars.ContextVar(
    "followup_batch_case", default=None
)


def request_key(body: dict[str, Any]) -> str:
    """A request's identity: the SHA-256 of its canonical JSON body (32 hex digits)."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def custom_id(key: str, attempt: int) -> str:
    """The batch line's custom_id; later tries of a request that got an unreadable reply
    carry `-tryN`."""
    return f"fu-{key}" + (f"-try{attempt + 1}" if attempt else "")


@dataclass
class BatchBook:
    """Answers known so far, and the requests still to export. Shared by the worker threads."""

    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id: case
    used: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        """The response body for a request: the imported answer, or a placeholder (and the
        request noted for export unless it was built from a placeholder)."""
        case = _CASE.get()
        if case is None:
            raise ModelError("a batch run asked for a model reply outside a case")
        key = request_key(body)
        attempt = case.attempts[key]
        case.attempts[key] += 1
        if attempt and key in case.placeholders:
            return placeholder_response(body)  # the placeholder was not read: ask no more
        request_id = custom_id(key, attempt)
        with self._lock:
            known = self.answers.get(request_id)
            if known is not None:
                self.used.add(request_id)
                return known
            if PLACEHOLDER not in json.dumps(body["messages"], ensure_ascii=False):
                self.requests.setdefault(request_id, (case.case_id, body))
        case.placeholders.add(key)
        return placeholder_response(body)

    def batch_lines(self) -> list[dict[str, Any]]:
        """The export file's lines, grouped by case."""
        ordered = sorted(self.requests.items(), key=lambda item: item[1][0])
        return [
            {"custom_id": rid, "method": "POST", "url": ENDPOINT, "body": body}
            for rid, (_, body) in ordered
        ]


class BatchWaiting(FollowupError):
    """A case stops at a request whose reply everything after it depends on."""


def placeholder_response(body: dict[str, Any]) -> dict[str, Any]:
    """A chat completion that calls the request's tool with PLACEHOLDER in every field, so the
    case goes on to the requests that do not depend on this one (a draft to the next person).
    Any later request built from the placeholder carries it, and is not exported. A reply
    with fields that cannot hold the text (an extraction: dates, lists of people) would feed
    everything after it, so the case stops there instead (BatchWaiting)."""
    tools = body.get("tools") or []
    function = tools[0]["function"] if tools else {}
    properties = (function.get("parameters") or {}).get("properties") or {}
    if not properties or any(prop.get("type") != "string" for prop in properties.values()):
        raise BatchWaiting("waiting on a batch answer that the rest of the case depends on")
    args = dict.fromkeys(properties, PLACEHOLDER)
    return tool_call_completion(
        function["name"],
        json.dumps(args),
        model=body.get("model", ""),
        completion_id="placeholder",
        call_id="call_placeholder",
    )


def tool_call_completion(
    name: str,
    arguments: str,
    *,
    model: str,
    completion_id: str,
    call_id: str,
    usage: dict[str, int] | None = None,
) -> dict[str, Any]:
    """An OpenAI chat completion whose one message is the tool call `name(arguments)`: the
    shape a server returns under function calling (the tests' fault server builds its replies
    with it too)."""
    completion: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": call_id,
                            "type": "function",
                            "function": {"name": name, "arguments": arguments},
                        }
                    ],
                },
            }
        ],
    }
    if usage is not None:
        completion["usage"] = usage
    return completion


class BatchChatModel(ChatOpenAI):
    """ChatOpenAI that answers from a BatchBook instead of the network."""

    _book: BatchBook = PrivateAttr(default_factory=BatchBook)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        payload = self._get_request_payload(messages, stop=stop, **kwargs)
        return self._create_chat_result(self._book.answer(payload))


def batch_model(model: str, book: BatchBook, temperature: float = 0.2) -> BatchChatModel:
    """The chat model of a batch run, with the settings `backend.build_model` gives a live one
    (the settings that reach the request body: model and temperature)."""
    chat = BatchChatModel(
        model=model,
        api_key="not-needed",
        temperature=temperature,
        use_responses_api=False,
        cache=False,
    )
    chat._book = book
    return chat


@dataclass
class ImportReport:
    """What an output file held."""

    path: Path
    answered: int = 0
    failed: list[str] = field(default_factory=list)  # "custom_id: reason"


def read_output_file(path: Path) -> tuple[dict[str, dict[str, Any]], ImportReport]:
    """Answer bodies by custom_id from a Batch API / run_batch output (or error) file."""
    report = ImportReport(path)
    answers: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the batch output ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            rid = str(item["custom_id"])
        except (ValueError, KeyError, TypeError):
            raise InputError(
                f"{path}:{number}: not a batch output line (JSON with a custom_id)"
            ) from None
        response = item.get("response") or {}
        body = response.get("body")
        status = response.get("status_code")
        if item.get("error") or status != 200 or not isinstance(body, dict):
            reason = _error_text(item.get("error")) or f"HTTP {status}"
            report.failed.append(f"{rid}: {reason}")
            continue
        answers[rid] = body
        report.answered += 1
    return answers, report


def _error_text(error: Any) -> str:
    if not error:
        return ""
    if isinstance(error, dict):
        inner = error.get("error", error)
        if isinstance(inner, dict):
            return str(inner.get("message") or inner.get("code") or inner)
    return str(error)[:200]


@dataclass
class BatchRunner(Runner):
    """A Runner that holds back the cases still waiting on a batch answer."""

    waiting: set[str] = field(default_factory=set)

    def run_case(self, case: Case) -> CaseResult:
        """Run the case with its own batch state; note it when it waits."""
        calls = _CaseCalls(case.id)
        token = _CASE.set(calls)
        try:
            result = super().run_case(case)
        finally:
            _CASE.reset(token)
        if calls.waiting:
            self.waiting.add(case.id)
        return result

    def _assert(self, spec: Any, output: CaseOutput) -> AssertionResult:
        calls = _CASE.get()
        if calls is not None and calls.waiting:  # placeholder drafts: grade nothing, judge none
            return AssertionResult(spec.label, None, 0.0, "waiting on a batch answer")
        return super()._assert(spec, output)

    async def run_all(self, cases: list[Case]) -> list[CaseResult]:
        """Run the cases; report and return only those that finished."""
        report = self.on_result

        def finished_only(result: CaseResult) -> None:
            if result.id not in self.waiting and report is not None:
                report(result)

        self.on_result = finished_only
        try:
            results = await super().run_all(cases)
        finally:
            self.on_result = report
        return [r for r in results if r.id not in self.waiting]


@dataclass
class BatchRound:
    """One `followup eval` run in batch mode: imports, the rerun, the export."""

    model_name: str
    export_path: Path | None
    import_paths: list[Path]
    book: BatchBook = field(default_factory=BatchBook)
    imports: list[ImportReport] = field(default_factory=list)
    imported: dict[str, dict[str, Any]] = field(default_factory=dict)  # answers from the files
    waiting: int = 0
    finished: int = 0
    exported: int = 0
    folder: Path | None = None

    @classmethod
    def from_options(cls, options: EvalOptions, settings: Any) -> BatchRound:
        """The round the options ask for; the model name is the one a live run would use."""
        from followup.writer.backend import DEFAULT_OPENAI_MODEL

        name = options.model or (settings.model if settings else None) or DEFAULT_OPENAI_MODEL
        round_ = cls(str(name), options.export_batch, list(options.import_batch))
        for path in options.import_batch:  # read before the run folder is made or changed
            if not path.is_file():
                raise InputError(f"{path}: no such batch output file (--import-batch)")
            answers, report = read_output_file(path)
            round_.imported.update(answers)
            round_.imports.append(report)
        return round_

    def model(self) -> BatchChatModel:
        """The chat model that answers from the imported files."""
        return batch_model(self.model_name, self.book)

    @property
    def writer(self) -> str:
        """How the run's writer is named in results.json and the report."""
        return f"{self.model_name} (batch)"

    def open(self, folder: Path) -> None:
        """Load the answers kept in the run folder and add the imported files to them."""
        self.folder = folder
        store = folder / ANSWERS_FILE
        os.close(open_private(folder / "results.jsonl"))  # --resume finds the run after round 1
        if store.is_file():
            for line in store.read_text(encoding="utf-8").splitlines():
                try:
                    item = json.loads(line)
                except ValueError:
                    continue  # a line torn by a kill: its answer is imported again
                self.book.answers[item["custom_id"]] = item["body"]
        with os.fdopen(open_private(store), "a", encoding="utf-8") as handle:
            for rid, body in self.imported.items():
                handle.write(json.dumps({"custom_id": rid, "body": body}, ensure_ascii=False))
                handle.write("\n")
        self.book.answers.update(self.imported)

    def runner(self, *args: Any, **kwargs: Any) -> BatchRunner:
        """The runner of this round (Runner's arguments)."""
        return BatchRunner(*args, **kwargs)

    def finish(self, runner: Runner, finished: int) -> None:
        """After the rerun: write the requests still unanswered to the export file."""
        assert isinstance(runner, BatchRunner)
        self.waiting = len(runner.waiting)
        self.finished = finished
        lines = self.book.batch_lines()
        self.exported = len(lines)
        if self.waiting and self.export_path is None:
            raise InputError(
                f"{self.waiting} cases wait on {self.exported} model requests that no imported "
                f"file answers; pass --export-batch FILE to write them (run folder: {self.folder})"
            )
        if self.export_path is not None:
            text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
            self.export_path.write_text(text, encoding="utf-8")

    def to_dict(self) -> dict[str, Any]:
        """The round for `--format json`."""
        return {
            "schema": "followup-eval-batch/1",
            "folder": str(self.folder),
            "model": self.model_name,
            "imported": [
                {"path": str(r.path), "answers": r.answered, "failed": r.failed}
                for r in self.imports
            ],
            "answers_used": len(self.book.used),
            "cases_finished": self.finished,
            "cases_waiting": self.waiting,
            "export": str(self.export_path) if self.export_path else None,
            "requests_exported": self.exported,
        }

    def describe(self, paths: list[Path]) -> str:
        """What this round did and what to do next, for the terminal."""
        lines = []
        for report in self.imports:
            lines.append(
                f"imported {report.path}: {report.answered} answers"
                + (f", {len(report.failed)} failed (asked again)" if report.failed else "")
            )
            lines.extend(f"  failed: {item}" for item in report.failed[:5])
        if self.import_paths or self.book.used:
            lines.append(f"answers used in this round: {len(self.book.used)}")
        if any(r.answered for r in self.imports) and not self.book.used:
            lines.append(
                "warning: no imported answer matched a request of this run: were they asked "
                "with another --model, or have the prompts or cases changed since?"
            )
        lines.append(f"cases finished so far: {self.finished}; waiting on a batch: {self.waiting}")
        if self.export_path is not None and self.exported:
            folder = self.folder
            lines.append(
                f"wrote {self.exported} requests to {self.export_path} "
                f"(OpenAI Batch API input, url {ENDPOINT}, model {self.model_name})"
            )
            lines.append(
                "next: run it (OpenAI Batch API, or python -m vllm.entrypoints.openai.run_batch "
                f"-i {self.export_path} -o OUTPUT.jsonl --model {self.model_name}), then"
            )
            lines.append(
                f"  followup eval {' '.join(map(str, paths))} --model {self.model_name} "
                f"--resume {folder} --import-batch OUTPUT.jsonl --export-batch NEXT.jsonl"
            )
        elif self.export_path is not None:
            lines.append(f"no requests left: {self.export_path} is empty; the run is complete")
        return "\n".join(lines)
