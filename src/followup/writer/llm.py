"""Build the chat model from options and environment; None means the offline writer.

Selection: --gguf (a local GGUF file, needs the [local] extra) > --base-url or
FOLLOWUP_BASE_URL (any OpenAI-compatible server: Ollama, vLLM, llama.cpp) > OPENAI_API_KEY
(OpenAI). Timeouts and retries with exponential backoff are the openai client's own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from followup.errors import InputError

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
    cache: Any = None
    if options.cache_path is not None:
        from followup.writer.cache import SQLiteLLMCache

        cache = SQLiteLLMCache(options.cache_path)
    if options.gguf:
        return _local_model(options, cache)
    base_url = options.base_url or os.environ.get("FOLLOWUP_BASE_URL")
    api_key = os.environ.get("OPENAI_API_KEY")
    if not base_url and not api_key:
        return None
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
