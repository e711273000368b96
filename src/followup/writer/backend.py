"""The model seam: building the chat model, asking it for structured output, and turning
its failures into ModelError. The only module that imports LangChain or openai, and it does so
inside the functions that need them, so the offline writer and the other commands start
without them (a test checks).

Selection: --gguf (a local GGUF file, needs the [local] extra) > --base-url or
FOLLOWUP_BASE_URL (any OpenAI-compatible server: Ollama, vLLM, llama.cpp) > OPENAI_API_KEY
(OpenAI); None means the offline writer. Timeouts and transport retries with exponential
backoff are the openai client's own (it honours Retry-After); structured output uses
LangChain's `with_structured_output(method="function_calling")`, which both llama.cpp's
server and OpenAI accept, and a reply that cannot be parsed is asked for again.
"""

from __future__ import annotations

import inspect
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from followup.errors import InputError, ModelError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

T = TypeVar("T", bound=BaseModel)

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_LOCAL_MODEL = "local-model"


@dataclass
class ModelOptions:
    """What the user asked for."""

    model: str | None = None
    base_url: str | None = None
    gguf: Path | None = None
    timeout: float = 60.0
    max_retries: int = 3
    cache_path: Path | None = None  # None: no cache
    temperature: float = 0.2


def describe(options: ModelOptions) -> str | None:
    """Which backend the options select, in words; None for the offline writer."""
    if options.gguf:
        return f"local GGUF {options.gguf.name}"
    base_url = options.base_url or os.environ.get("FOLLOWUP_BASE_URL")
    if base_url:
        return f"{options.model or DEFAULT_LOCAL_MODEL} at {base_url}"
    if os.environ.get("OPENAI_API_KEY"):
        return f"OpenAI {options.model or DEFAULT_OPENAI_MODEL}"
    return None


def build_model(options: ModelOptions) -> BaseChatModel | None:
    """The chat model, or None when nothing is configured."""
    base_url = options.base_url or os.environ.get("FOLLOWUP_BASE_URL")
    api_key = os.environ.get("OPENAI_API_KEY")
    if not (options.gguf or base_url or api_key):
        return None
    cache: Any = None
    if options.cache_path is not None:
        from followup.writer.cache import SQLiteLLMCache

        cache = SQLiteLLMCache(options.cache_path)
    if options.gguf:
        return _local_model(options, cache)
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=options.model or (DEFAULT_LOCAL_MODEL if base_url else DEFAULT_OPENAI_MODEL),
        base_url=base_url,
        api_key=api_key or "not-needed",
        timeout=options.timeout,
        max_retries=options.max_retries,
        temperature=options.temperature,
        cache=cache,
    )


def _local_model(options: ModelOptions, cache: Any) -> BaseChatModel:
    assert options.gguf is not None
    if not options.gguf.is_file():
        raise InputError(f"{options.gguf}: no such GGUF file")
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError:
        raise InputError("--gguf needs the [local] extra: pip install 'followup[local]'") from None
    model: BaseChatModel = ChatLlamaCpp(
        model_path=str(options.gguf), temperature=options.temperature, n_ctx=4096, verbose=False
    )
    model.cache = cache
    return model


def ask_structured(
    model: BaseChatModel,
    schema: type[T],
    system: str,
    user: str,
    *,
    output_retries: int = 2,
    backoff: float = 0.5,
) -> T:
    """Ask for structured output (function calling); retry malformed replies."""
    from langchain_core.messages import HumanMessage, SystemMessage

    kwargs: dict[str, Any] = {"include_raw": True}
    if "method" in inspect.signature(type(model).with_structured_output).parameters:
        kwargs["method"] = "function_calling"
    runnable = model.with_structured_output(schema, **kwargs)
    messages = [SystemMessage(system), HumanMessage(user)]
    problem = "no reply"
    for attempt in range(output_retries + 1):
        result = _call(lambda: runnable.invoke(messages))
        parsed = result.get("parsed") if isinstance(result, dict) else None
        if isinstance(parsed, schema):
            return parsed
        problem = (
            str(result.get("parsing_error") or "no structured reply")
            if isinstance(result, dict)
            else "no structured reply"
        )
        if attempt < output_retries:
            time.sleep(backoff * (2**attempt))
    raise ModelError(
        f"the model's reply could not be read as a {schema.__name__} after "
        f"{output_retries + 1} tries ({problem.splitlines()[0][:120]})"
    )


def _call(func: Callable[[], Any]) -> Any:
    """Run a model call; turn transport failures (after the client's retries) into ModelError."""
    try:
        return func()
    except ModelError:
        raise
    except Exception as exc:
        reason = _transport_failure(exc)
        if reason is None:
            raise
        raise ModelError(
            f"the model did not answer: {reason} ({type(exc).__name__}); "
            "retries with backoff were used up"
        ) from None


def _transport_failure(exc: Exception) -> str | None:
    """Words for a timeout, rate limit, server error or lost connection; None otherwise."""
    import openai

    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return "timed out"
    if isinstance(exc, openai.RateLimitError):
        return "rate limited (HTTP 429)"
    if isinstance(exc, openai.APIStatusError):
        return f"server error (HTTP {exc.status_code})"
    if isinstance(exc, openai.APIConnectionError | ConnectionError):
        return "could not connect"
    if isinstance(exc, openai.APIError):
        return "API error"
    return None
