"""Count model calls and tokens per evaluation case.

A LangChain callback attached to the model reads each reply's `usage_metadata` (the server's
own usage fields) into the statistics of the case running in the current context; asyncio's
`to_thread` copies the context, so concurrent cases keep separate counts. A reply served
from the model-call cache is counted as cached, not as a call (LangChain marks cache hits by
adding a zero `total_cost` to their usage). When a server reports no usage, tokens are
estimated from the words (1.3 per word) and marked as estimated.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.outputs import LLMResult


@dataclass
class CallStats:
    """Model calls, cache hits and tokens of one case."""

    calls: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False


CURRENT: contextvars.ContextVar[CallStats | None] = contextvars.ContextVar(
    "followup_eval_stats", default=None
)


def estimate_tokens(text: str) -> int:
    """About 1.3 tokens a word: what English text averages with common tokenizers."""
    return round(len(text.split()) * 1.3)


class UsageCallback(BaseCallbackHandler):
    """Adds each model reply's usage to the current case's CallStats."""

    def __init__(self) -> None:
        self._prompts: dict[Any, int] = {}

    def on_chat_model_start(
        self, serialized: dict[str, Any], messages: list[list[Any]], *, run_id: Any, **kw: Any
    ) -> None:
        """Remember the prompt's size, for servers that report no usage."""
        text = " ".join(str(m.content) for batch in messages for m in batch)
        self._prompts[run_id] = estimate_tokens(text)

    def on_llm_end(self, response: LLMResult, *, run_id: Any, **kwargs: Any) -> None:
        """Count the reply: cached, or a real call with its tokens."""
        stats = CURRENT.get()
        prompt_estimate = self._prompts.pop(run_id, 0)
        if stats is None:
            return
        for generations in response.generations:
            for gen in generations:
                message = getattr(gen, "message", None)
                usage = getattr(message, "usage_metadata", None) or {}
                if "total_cost" in usage:
                    stats.cached += 1
                    continue
                stats.calls += 1
                if usage.get("input_tokens"):
                    stats.prompt_tokens += int(usage["input_tokens"])
                    stats.completion_tokens += int(usage.get("output_tokens", 0))
                else:
                    stats.estimated = True
                    stats.prompt_tokens += prompt_estimate
                    stats.completion_tokens += estimate_tokens(_reply_text(message))


def _reply_text(message: Any) -> str:
    if message is None:
        return ""
    calls = getattr(message, "tool_calls", None) or []
    args = " ".join(str(c.get("args", "")) for c in calls)
    return f"{message.content} {args}"
