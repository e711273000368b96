"""The model-call cache: a repeated identical call is free, and survives a new process."""

from __future__ import annotations

from pathlib import Path

from langchain_core.messages import AIMessage, HumanMessage

from followup.writer.cache import SQLiteLLMCache
from tests.fakes import scripted


def test_repeated_identical_call_is_served_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "llm.sqlite"
    model = scripted(AIMessage(content="first"), AIMessage(content="second"))
    model.cache = SQLiteLLMCache(path)
    assert model.invoke([HumanMessage("hello")]).content == "first"
    assert model.invoke([HumanMessage("hello")]).content == "first"
    assert len(model.prompts) == 1
    assert model.invoke([HumanMessage("something else")]).content == "second"
    assert len(model.prompts) == 2 and len(SQLiteLLMCache(path)) == 2

    fresh = scripted(AIMessage(content="never used"))
    fresh.cache = SQLiteLLMCache(path)  # a new process opening the same file
    assert fresh.invoke([HumanMessage("hello")]).content == "first"
    assert fresh.prompts == []
    SQLiteLLMCache(path).clear()
    assert len(SQLiteLLMCache(path)) == 0
