"""The writer's data types (models.py) are dataclasses that behave as their pydantic twins
(model_schema.py) do: the same values after validation, the same ValidationErrors, the
same model_copy and model_dump; and the offline write path loads no pydantic model code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from followup import model_schema, models
from followup.core import Finding, MessageKind, Severity
from tests.conftest import REPO
from tests.processes import loaded, loaded_probe, run_followup

FINDING = Finding("etiquette.x", Severity.WARNING, "m", 0, 1, 1, 1, "x")

CASES: list[tuple[str, dict[str, Any]]] = [
    ("Interviewer", {"name": "Maria Chen", "topics": ["churn"], "title": "Head"}),
    ("Interviewer", {"name": "Maria Chen", "topics": ("a", "b")}),  # a tuple becomes a list
    ("Interviewer", {"name": "Maria Chen", "topics": ["a", 1]}),  # not a string
    ("Interviewer", {"name": "Maria Chen", "nickname": "M"}),  # extra keys are forbidden
    ("Interviewer", {"title": "Head"}),  # the name is required
    ("Interviewer", {"name": 42}),
    ("Interviewer", {"name": "Ana", "email": None, "concerns": []}),
    ("Brief", {"company": "Acme", "interview_date": dt.date(2026, 11, 20)}),
    ("Brief", {"company": "Acme", "interview_date": "2026-11-20"}),  # parsed to a date
    ("Brief", {"interview_date": dt.datetime(2026, 11, 20)}),  # a midnight becomes a date
    ("Brief", {"interview_date": dt.datetime(2026, 11, 20, 9, 30)}),  # refused
    ("Brief", {"company": "Acme", "unknown": 1}),  # extra keys are ignored
    ("Brief", {"interviewers": [{"name": "Ana", "topics": ["x"]}], "topics": ["y"]}),
    ("Brief", {"interviewers": [{"title": "no name"}]}),
    ("Brief", {"highlights": "not a list"}),
    ("Notes", {"text": "hello", "front_matter": {"company": "Acme"}, "source": "n.md"}),
    ("Notes", {"front_matter": {1: "x"}, "text": "t"}),
    ("Notes", {"front_matter": {}}),  # the text is required
    ("Draft", {"kind": MessageKind.INQUIRY, "subject": "S", "body": "B"}),
    ("Draft", {"kind": "inquiry", "subject": "S", "body": "B", "rounds": "2"}),
    ("Draft", {"kind": "love-letter", "subject": "S", "body": "B"}),
    ("Draft", {"kind": "inquiry", "subject": "S", "body": "B", "findings": [FINDING]}),
    ("Draft", {"kind": "inquiry", "subject": "S", "body": "B", "recipient": {"name": "Ana"}}),
]


def outcome(cls: Any, data: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "ok", cls.model_validate(data).model_dump()
    except ValidationError as exc:
        return "error", [(e["loc"], e["msg"]) for e in exc.errors()]


@pytest.mark.parametrize(
    ("name", "data"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_validation_matches_the_pydantic_twin(name: str, data: dict[str, Any]) -> None:
    mine, twin = getattr(models, name), getattr(model_schema, name)
    assert outcome(mine, data) == outcome(twin, data)


@pytest.mark.parametrize(
    ("name", "data"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_construction_matches_the_pydantic_twin(name: str, data: dict[str, Any]) -> None:
    mine, twin = getattr(models, name), getattr(model_schema, name)
    plain = {k: v for k, v in data.items() if k in mine._exact}
    if name == "Brief" and "interviewers" in plain:  # a caller passes Interviewer objects
        try:
            plain["interviewers"] = [models.Interviewer(**p) for p in plain["interviewers"]]
        except (TypeError, ValidationError):
            return
    if name == "Draft" and isinstance(plain.get("recipient"), dict):
        plain["recipient"] = models.Interviewer(**plain["recipient"])

    try:
        got: tuple[str, Any] = ("ok", mine(**plain).model_dump())
    except ValidationError as exc:
        got = ("error", [(e["loc"], e["msg"]) for e in exc.errors()])
    except TypeError:  # a required field left out: a TypeError, not pydantic's error
        expected = outcome(twin, models._as_input(plain))
        assert expected[0] == "error" and any(m == "Field required" for _, m in expected[1])
        return
    assert got == outcome(twin, models._as_input(plain))


def test_containers_are_copied_and_objects_shared_as_pydantic_does() -> None:
    topics = ["churn"]
    person = models.Interviewer(name="Ana", topics=topics)
    topics.append("later")
    assert person.topics == ["churn"]
    brief = models.Brief(interviewers=[person])
    assert brief.interviewers[0] is person


def test_model_copy_is_shallow_and_unchecked() -> None:
    draft = models.Draft(kind=MessageKind.INQUIRY, subject="S", body="B", findings=[FINDING])
    copied = draft.model_copy(update={"rounds": 3})
    assert copied.rounds == 3 and draft.rounds == 0 and copied.findings is draft.findings
    twin = model_schema.Draft(kind=MessageKind.INQUIRY, subject="S", body="B")
    assert twin.model_copy(update={"rounds": "x"}).rounds == "x"  # pydantic does not check
    assert draft.model_copy(update={"rounds": "x"}).rounds == "x"


def test_properties_and_methods() -> None:
    person = models.Interviewer(name="Maria Chen", topics=["churn"])
    brief = models.Brief(company="Acme", interviewers=[person], topics=["dashboards"])
    assert person.first_name == "Maria"
    assert brief.all_topics() == ["churn", "dashboards"] and brief.missing() == ["role"]
    notes = models.Notes(front_matter={"company": "Acme", "people": ["Ana"]}, text="Hi")
    assert notes.all_text == "company: Acme\npeople: Ana\n\nHi"  # front matter first
    draft = models.Draft(kind=MessageKind.INQUIRY, subject="S", body="B", findings=[FINDING])
    assert draft.text == "Subject: S\n\nB" and draft.status == "review"


def test_an_offline_write_loads_no_pydantic_model_code(tmp_path: Any) -> None:
    """Once the style cache is built (a first run validates the rule files with pydantic)
    and the front matter's parse cached: no pydantic model code, no YAML."""
    probe = loaded_probe("pydantic.main", "yaml", "typer", "langchain_core", "openai", "httpx")

    def write(notes: str) -> tuple[str, str]:
        args = ["write", str(REPO / "examples" / notes), "--today", "2026-11-25"]
        done = run_followup(probe, *args, home=tmp_path)
        assert done.returncode == 0, done.stderr
        return done.stdout, loaded(done)

    first, cold = write("notes-frontmatter.md")
    assert "pydantic.main" in cold  # the style cache was built: the rule files validated
    again, warm = write("notes-frontmatter.md")
    assert again == first and first.count("| thank-you | ready ===") == 2
    assert warm == "LOADED []"
    free, free_loaded = write("notes-freetext.txt")
    assert free.count("| thank-you | ready ===") == 2 and free_loaded == "LOADED []"
