"""Fake chat models for unit tests: scripted replies, tool calls for structured output."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from pydantic import Field


class ScriptedModel(GenericFakeChatModel):
    """Replies from a script; supports with_structured_output via bind_tools; counts calls."""

    prompts: list[list[BaseMessage]] = Field(default_factory=list)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedModel:
        return self

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.prompts.append(list(messages))
        return super()._generate(messages, *args, **kwargs)


def tool_reply(name: str, **args: Any) -> AIMessage:
    """An assistant message that calls the structured-output tool `name` with `args`."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"call-{name}"}])


def scripted(*replies: AIMessage | Exception) -> ScriptedModel:
    """A model that answers with each reply in turn (an Exception is raised instead)."""

    def stream() -> Iterator[AIMessage]:
        for reply in replies:
            if isinstance(reply, Exception):
                raise reply
            yield reply

    return ScriptedModel(messages=stream(), prompts=[])
