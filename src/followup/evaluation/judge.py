"""`llm-rubric` assertions: a judge model grades each draft against a rubric.

The judge is any chat model the writer could use (OpenAI, or an OpenAI-compatible server),
asked for a structured grade through function calling. Each draft is graded `--repeat` times;
the assertion reports the mean score and its spread (the standard deviation), and passes when
the mean reaches the assertion's `threshold` (default 0.5).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from followup.evaluation.assertions import AssertionResult, AssertionSpec, CaseOutput

if TYPE_CHECKING:
    from followup.evaluation.session import EvalOptions

SYSTEM = (
    "You grade a follow-up email a job candidate wrote after an interview. Read the rubric "
    "and the email, then call the tool with pass (true or false), a score from 0 to 1 and a "
    "one-sentence reason. Judge only against the rubric."
)


class Grade(BaseModel):
    """A judge's verdict on one draft."""

    passed: bool = Field(description="whether the email meets the rubric")
    score: float = Field(ge=0, le=1, description="how well it meets the rubric, 0 to 1")
    reason: str = Field(description="one sentence")


@dataclass
class Judge:
    """Grades drafts with a chat model."""

    model: Any
    name: str
    repeat: int = 1

    def grade(self, spec: AssertionSpec, output: CaseOutput) -> AssertionResult:
        """Grade every draft `repeat` times; mean and spread of the scores."""
        from followup.writer.backend import ask_structured

        def result(passed: bool, score: float, reason: str) -> AssertionResult:
            return AssertionResult(spec.label, passed, score, reason, spec.weight, spec.value)

        if output.error is not None or not output.drafts:
            return result(False, 0.0, f"no draft to grade ({output.error or 'none'})")
        threshold = float(spec.options.get("threshold", 0.5))
        scores: list[float] = []
        reasons: list[str] = []
        for draft in output.drafts:
            user = f"Rubric: {spec.value}\n\nEmail:\nSubject: {draft.subject}\n\n{draft.body}"
            for _ in range(self.repeat):
                verdict = ask_structured(self.model, Grade, SYSTEM, user)
                scores.append(verdict.score)
                reasons.append(verdict.reason)
        mean = statistics.fmean(scores)
        spread = statistics.pstdev(scores) if len(scores) > 1 else 0.0
        passed = mean >= threshold
        if spec.negate:
            passed, mean = not passed, 1.0 - mean
        return result(
            passed,
            mean,
            f"mean {mean:.2f} ± {spread:.2f} over {len(scores)} grade(s); {reasons[0]}",
        )


def build_judge(options: EvalOptions, data_home: Path) -> Judge:
    """The judge model from --judge-model / --judge-base-url."""
    from followup.errors import InputError
    from followup.writer.backend import ModelOptions, build_model, describe

    judge_options = ModelOptions(
        model=options.judge_model,
        base_url=options.judge_base_url,
        timeout=options.timeout,
        max_retries=options.retries,
        cache_path=data_home / "llm-cache.sqlite" if options.cache else None,
        temperature=0.0,
    )
    model = build_model(judge_options)
    if model is None:
        raise InputError("--judge-model needs a model server: --judge-base-url or OPENAI_API_KEY")
    return Judge(model, describe(judge_options) or str(options.judge_model), options.repeat)
