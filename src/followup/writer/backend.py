"""The model seam: building the chat model, asking it for structured output, and turning
every way a model call can fail into one ModelError line. The only module that imports
LangChain or openai, and it does so inside the functions that need them, so the offline
writer and the other commands start without them (a test checks).

Selection: --gguf (a local GGUF file, needs the [local] extra) > --base-url or
FOLLOWUP_BASE_URL (any OpenAI-compatible server: Ollama, vLLM, llama.cpp) > OPENAI_API_KEY
(OpenAI); None means the offline writer. Transport retries with exponential backoff are the
openai client's own (it honours Retry-After up to two minutes); the HTTP transport under it
(transport.py) adds a deadline for the whole reply and refuses a 2xx reply that is not JSON.
Structured output uses LangChain's `with_structured_output(method="function_calling")`,
which both llama.cpp's server and OpenAI accept, called in two parts (the model, then the
parser) so that the call runs in the main thread, where Ctrl-C stops it at once; a reply
that cannot be parsed is asked for again, up to the same number of retries. `--retries 0`
means one try and no retry.
"""

from __future__ import annotations

import inspect
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from followup.errors import InputError, ModelError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from pydantic import BaseModel

T = TypeVar("T", bound="BaseModel")

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
    seed: int | None = None

    def resolved_base_url(self) -> str | None:
        """--base-url, else FOLLOWUP_BASE_URL."""
        return self.base_url or os.environ.get("FOLLOWUP_BASE_URL") or None


def check_options(options: ModelOptions) -> None:
    """Refuse values no model call could use, with the flag that gave them."""
    if not options.timeout > 0:
        raise InputError(f"--timeout must be a number of seconds above 0, not {options.timeout:g}")
    if options.max_retries < 0:
        raise InputError(f"--retries must be 0 (no retry) or more, not {options.max_retries}")
    base_url = options.resolved_base_url()
    if base_url:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            from_env = os.environ.get("FOLLOWUP_BASE_URL") == base_url
            source = "FOLLOWUP_BASE_URL" if from_env else "--base-url"
            raise InputError(
                f"{source} {base_url!r} is not an http:// or https:// URL "
                "(for example http://127.0.0.1:8080/v1)"
            )
    if options.gguf is not None:
        if options.gguf.is_dir():
            raise InputError(f"{options.gguf}: is a folder; --gguf needs a .gguf model file")
        if not options.gguf.is_file():
            raise InputError(f"{options.gguf}: no such GGUF file")


def describe(options: ModelOptions) -> str | None:
    """Which backend the options select, in words; None for the offline writer."""
    if options.gguf:
        return f"local GGUF {options.gguf.name}"
    base_url = options.resolved_base_url()
    if base_url:
        return f"{options.model or DEFAULT_LOCAL_MODEL} at {base_url}"
    if os.environ.get("OPENAI_API_KEY"):
        return f"OpenAI {options.model or DEFAULT_OPENAI_MODEL}"
    return None


def build_model(
    options: ModelOptions, warn: Callable[[str], None] | None = None
) -> BaseChatModel | None:
    """The chat model, or None when nothing is configured (check_options first). `warn`
    gets one-line warnings (a corrupt cache file moved aside)."""
    base_url = options.resolved_base_url()
    api_key = os.environ.get("OPENAI_API_KEY")
    if not (options.gguf or base_url or api_key):
        return None
    cache: Any = None
    if options.cache_path is not None:
        from followup.writer.cache import SQLiteLLMCache

        cache = SQLiteLLMCache(options.cache_path, warn=warn)
    if options.gguf:
        return _local_model(options, cache)
    return openai_model(
        options.model or (DEFAULT_LOCAL_MODEL if base_url else DEFAULT_OPENAI_MODEL),
        base_url=base_url,
        api_key=api_key or "not-needed",
        timeout=options.timeout,
        max_retries=options.max_retries,
        temperature=options.temperature,
        seed=options.seed,
        cache=cache,
    )


def openai_model(
    model: str,
    *,
    base_url: str | None,
    api_key: str,
    timeout: float,
    max_retries: int,
    temperature: float,
    seed: int | None = None,
    cache: Any = None,
) -> BaseChatModel:
    """ChatOpenAI on the checked transport (a whole-reply deadline, JSON or a clear error)."""
    from langchain_openai import ChatOpenAI

    from followup.writer.transport import checked_client

    return ChatOpenAI(
        model=model,
        base_url=base_url,
        api_key=api_key,
        timeout=timeout,
        max_retries=max_retries,
        temperature=temperature,
        seed=seed,
        cache=cache,
        http_client=checked_client(timeout),
    )


def _local_model(options: ModelOptions, cache: Any) -> BaseChatModel:
    assert options.gguf is not None
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError:
        raise InputError(
            "--gguf needs the [local] extra: pip install '.[local]' in a followup checkout"
        ) from None
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
    retries: int = 2,
    backoff: float = 0.5,
    name: str = "the model",
) -> T:
    """Ask for structured output (function calling); ask again after a reply that cannot
    be parsed, up to `retries` times. `name` says which model in error lines."""
    from langchain_core.messages import HumanMessage, SystemMessage

    call, parse = _call_and_parse(model, schema)
    messages = [SystemMessage(system), HumanMessage(user)]
    problem = "no reply"
    for attempt in range(retries + 1):
        raw = _call(lambda: call.invoke(messages), name, retries)
        try:
            parsed = parse(raw)
        except Exception as exc:  # what include_raw=True would report as parsing_error
            parsed, problem = None, _parsing_problem(exc)
        else:
            problem = _parsing_problem(None)
        if isinstance(parsed, schema):
            return parsed
        if attempt < retries:
            time.sleep(backoff * (2**attempt))
    raise ModelError(
        f"the reply of {name} could not be read as a {schema.__name__} "
        f"after {tries(retries)}: {problem}"
    )


def _call_and_parse(model: BaseChatModel, schema: type[T]) -> tuple[Any, Callable[[Any], Any]]:
    """The model bound to the schema's tool, and the parser of its reply: LangChain's
    `with_structured_output` split in two. With `include_raw=True` LangChain runs the call
    in a worker thread (a RunnableParallel), where Ctrl-C cannot reach it: the first
    Ctrl-C waited for every retry to time out. Called here, the call runs in the main
    thread, so KeyboardInterrupt stops it at once."""
    from langchain_core.runnables import RunnableSequence

    kwargs: dict[str, Any] = {}
    if "method" in inspect.signature(type(model).with_structured_output).parameters:
        kwargs["method"] = "function_calling"
    chain = model.with_structured_output(schema, **kwargs)
    if not isinstance(chain, RunnableSequence):
        return chain, lambda reply: reply
    first, *rest = chain.steps

    def parse(reply: Any) -> Any:
        for step in rest:
            reply = step.invoke(reply)
        return reply

    return first, parse


def tries(retries: int) -> str:
    """'1 try (--retries 0: no retry)' or 'N tries with backoff'."""
    if retries == 0:
        return "1 try (--retries 0: no retry)"
    return f"{retries + 1} tries with backoff"


def _parsing_problem(error: object) -> str:
    """The first thing wrong with a structured reply, in one short line."""
    if not isinstance(error, BaseException):
        return "it called no tool" if error is None else str(error)[:120]
    from pydantic import ValidationError

    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, ValidationError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ValidationError):
        first = cause.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(top level)"
        return f"field '{field}': {first['msg']}"
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _call(func: Callable[[], Any], name: str, retries: int) -> Any:
    """Run a model call; turn every transport failure (after the client's own retries)
    into one ModelError line."""
    from followup.writer.transport import ReplyNotJSON

    try:
        return func()
    except ModelError:
        raise
    except ReplyNotJSON as exc:
        raise ModelError(f"the model server at {exc}") from None
    except Exception as exc:
        reason = _transport_failure(exc)
        if reason is None:
            raise
        raise ModelError(f"the model did not answer: {reason} ({name}); {tries(retries)}") from None


def _transport_failure(exc: Exception) -> str | None:
    """Words for a timeout, rate limit, server error or lost connection; None otherwise."""
    import openai

    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return "timed out: no complete reply within --timeout"
    if isinstance(exc, openai.APIStatusError):
        wait = exc.response.headers.get("retry-after")
        detail = _error_message(exc)
        if exc.status_code == 429:
            after = f", Retry-After {wait} s" if wait else ""
            return f"rate limited (HTTP 429{after}){detail}"
        return f"the server answered HTTP {exc.status_code}{detail}"
    if isinstance(exc, openai.APIConnectionError | ConnectionError):
        cause = _root_cause(exc)
        if type(cause).__name__ == "ConnectError" or isinstance(cause, ConnectionRefusedError):
            return "could not connect (is a server running at that address?)"
        return f"the connection broke before a reply ({type(cause).__name__}: {cause})"
    if isinstance(exc, openai.APIError):
        return f"API error: {str(exc).splitlines()[0][:120]}"
    return None


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception of a chain (the network error under openai's wrappers)."""
    seen = {id(exc)}
    while exc.__cause__ is not None and id(exc.__cause__) not in seen:
        exc = exc.__cause__
        seen.add(id(exc))
    return exc


def _error_message(exc: Any) -> str:
    """': message' from an OpenAI-style error body, or ''."""
    body = exc.body
    if isinstance(body, dict):
        body = body.get("error", body)
        if isinstance(body, dict):
            body = body.get("message")
    return f": {str(body).splitlines()[0][:100]}" if body else ""
