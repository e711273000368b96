"""The models the whole product shares: kinds, severities and findings (from core.py),
and the writer's data types: notes, interviewers, briefs and drafts.

Plain dataclasses, so that the offline write path does not load pydantic's model machinery
(importing it and building these four models took about a fifth of an offline write's
start-up, measured with bench/bench_startup.py). They keep the pydantic API the code uses
(`model_validate`, `model_copy`, `model_dump`) and pydantic's behaviour: a value already of
its field's exact type is taken as pydantic would take it (containers copied), and anything
else goes through the pydantic twin of the class (model_schema.py), so coercions and
ValidationErrors are pydantic's own. model_schema.py builds those twins from these classes
(the `description` in a field's metadata is what a model reads in the JSON schema).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from followup.core import Finding, MessageKind, Severity

__all__ = [
    "Brief",
    "Draft",
    "Finding",
    "Interviewer",
    "MessageKind",
    "Notes",
    "Severity",
]


class _Validated:
    """What the four data types share: checking their values as pydantic would."""

    # Each field's check: True when pydantic would take the value as it is.
    _exact: ClassVar[dict[str, Callable[[Any], bool]]]

    def __post_init__(self) -> None:
        values = {name: getattr(self, name) for name in self._exact}
        if all(check(values[name]) for name, check in self._exact.items()):
            for name, value in values.items():
                if type(value) in (list, dict):  # pydantic builds new containers
                    setattr(self, name, copy.copy(value))
            return
        twin = _twin(type(self)).model_validate(_as_input(values))  # pydantic decides
        for name in self._exact:
            setattr(self, name, _from_twin(getattr(twin, name)))

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """The object from a mapping of field values, validated as pydantic validates it
        (pydantic's ValidationError when a value is wrong)."""
        if isinstance(data, Mapping) and set(data) <= set(cls._exact):
            try:
                return cls(**data)
            except TypeError:  # a required field is missing: pydantic says which
                pass
        twin = _twin(cls).model_validate(_as_input(data))
        return cls(**{name: _from_twin(getattr(twin, name)) for name in cls._exact})

    def model_copy(self, *, update: Mapping[str, Any] | None = None) -> Self:
        """A shallow copy with `update` applied unchecked, as pydantic's model_copy does."""
        out = copy.copy(self)
        for name, value in (update or {}).items():
            setattr(out, name, value)
        return out

    def model_dump(self) -> dict[str, Any]:
        """The fields as plain data, nested objects as dicts (pydantic's model_dump)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]


def _twin(cls: type) -> Any:
    from followup import model_schema

    return getattr(model_schema, cls.__name__)


def _as_input(value: Any) -> Any:
    """Values for a pydantic twin: these dataclasses as mappings."""
    if isinstance(value, _Validated):
        return {name: _as_input(getattr(value, name)) for name in value._exact}
    if isinstance(value, list):
        return [_as_input(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _as_input(v) for k, v in value.items()}
    return value


def _from_twin(value: Any) -> Any:
    """A pydantic twin's value with twins turned back into these dataclasses."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        cls = globals()[type(value).__name__]
        return cls(**{name: _from_twin(getattr(value, name)) for name in cls._exact})
    if isinstance(value, list):
        return [_from_twin(v) for v in value]
    return value


def _doc(text: str) -> dict[str, str]:
    """A field's metadata: the description a model reads in the JSON schema."""
    return {"description": text}


def _is_str(value: Any) -> bool:
    return type(value) is str


def _is_str_or_none(value: Any) -> bool:
    return value is None or type(value) is str


def _is_date_or_none(value: Any) -> bool:
    return value is None or type(value) is dt.date


def _list_of(kind: type) -> Callable[[Any], bool]:
    return lambda value: type(value) is list and all(type(v) is kind for v in value)


def _is(kind: type) -> Callable[[Any], bool]:
    return lambda value: type(value) is kind


@dataclass(kw_only=True)
class Interviewer(_Validated):
    """A person the candidate met, with what was discussed with them."""

    name: str = field(metadata=_doc("full name as written in the notes"))
    title: str | None = field(default=None, metadata=_doc("job title, if the notes give one"))
    honorific: str | None = field(default=None, metadata=_doc("Dr., Prof., Ms., Mr., Mx., if used"))
    email: str | None = None
    topics: list[str] = field(
        default_factory=list, metadata=_doc("specific things discussed with this person")
    )
    interests: list[str] = field(
        default_factory=list, metadata=_doc("subjects this person cares about (for check-ins)")
    )
    concerns: list[str] = field(
        default_factory=list, metadata=_doc("concerns this person raised about the candidate")
    )

    _exact: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "name": _is_str,
        "title": _is_str_or_none,
        "honorific": _is_str_or_none,
        "email": _is_str_or_none,
        "topics": _list_of(str),
        "interests": _list_of(str),
        "concerns": _list_of(str),
    }

    @property
    def first_name(self) -> str:
        """The first word of the name (what a greeting uses)."""
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(kw_only=True)
class Notes(_Validated):
    """Interview notes as the candidate wrote them: front matter and free text."""

    front_matter: dict[str, object] = field(default_factory=dict)
    text: str
    source: str = "<stdin>"

    _exact: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "front_matter": lambda v: type(v) is dict and all(type(k) is str for k in v),
        "text": _is_str,
        "source": _is_str,
    }

    @property
    def all_text(self) -> str:
        """Every front-matter value, then the free text, for grounding checks (in this
        order: after the notes, the values would fall inside a closing "## Private" section)."""
        return _flatten_values(self.front_matter) + "\n\n" + self.text


def _flatten_values(value: object) -> str:
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_flatten_values(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "\n".join(_flatten_values(v) for v in value)
    return str(value)


@dataclass(kw_only=True)
class Brief(_Validated):
    """The facts a message is built from, extracted from notes."""

    candidate: str | None = field(default=None, metadata=_doc("the candidate's own name"))
    company: str | None = field(default=None, metadata=_doc("the employer's name"))
    role: str | None = field(default=None, metadata=_doc("the job title applied for"))
    interview_date: dt.date | None = field(default=None, metadata=_doc("YYYY-MM-DD"))
    decision_date: dt.date | None = field(
        default=None, metadata=_doc("when the employer said they would decide, YYYY-MM-DD")
    )
    interviewers: list[Interviewer] = field(default_factory=list)
    topics: list[str] = field(
        default_factory=list, metadata=_doc("things discussed that are not tied to one interviewer")
    )
    highlights: list[str] = field(default_factory=list, metadata=_doc("what went well"))
    qualifications: list[str] = field(
        default_factory=list, metadata=_doc("why the candidate fits, in their words")
    )
    forgot_to_mention: str | None = field(
        default=None, metadata=_doc("a point the candidate forgot to make")
    )
    next_steps: str | None = None

    _exact: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "candidate": _is_str_or_none,
        "company": _is_str_or_none,
        "role": _is_str_or_none,
        "interview_date": _is_date_or_none,
        "decision_date": _is_date_or_none,
        "interviewers": _list_of(Interviewer),
        "topics": _list_of(str),
        "highlights": _list_of(str),
        "qualifications": _list_of(str),
        "forgot_to_mention": _is_str_or_none,
        "next_steps": _is_str_or_none,
    }

    def all_topics(self) -> list[str]:
        """Everything discussed: each interviewer's topics, then the untied ones."""
        return [t for p in self.interviewers for t in p.topics] + self.topics

    def missing(self) -> list[str]:
        """The facts every message needs that are still unknown."""
        out = [name for name in ("company", "role") if not getattr(self, name)]
        if not self.interviewers:
            out.append("interviewer")
        return out


@dataclass(kw_only=True)
class Draft(_Validated):
    """One message for one recipient: subject and body, with its kind and its check."""

    kind: MessageKind
    recipient: Interviewer | None = None
    subject: str
    body: str
    findings: list[Finding] = field(default_factory=list)
    blocked: bool = False
    writer: str = "offline"
    rounds: int = 0

    _exact: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "kind": _is(MessageKind),
        "recipient": lambda v: v is None or type(v) is Interviewer,
        "subject": _is_str,
        "body": _is_str,
        "findings": _list_of(Finding),
        "blocked": _is(bool),
        "writer": _is_str,
        "rounds": _is(int),
    }

    @property
    def text(self) -> str:
        """What the checker reads: the subject line, a blank line, the body."""
        return f"Subject: {self.subject}\n\n{self.body}"

    @property
    def status(self) -> str:
        """ready (nothing at warning or above), review (warnings) or blocked (errors)."""
        worst = max((f.severity.rank for f in self.findings), default=-1)
        if worst >= Severity.ERROR.rank:
            return "blocked"
        return "review" if worst >= Severity.WARNING.rank else "ready"

    def finding_at(
        self, rule_id: str, start: int, end: int, message: str, severity: Severity
    ) -> Finding:
        """A finding on self.text[start:end], with its line and column."""
        text = self.text
        return Finding(
            rule_id=rule_id,
            severity=severity,
            message=message,
            start=start,
            end=end,
            line=text.count("\n", 0, start) + 1,
            column=start - (text.rfind("\n", 0, start) + 1) + 1,
            match=text[start:end],
        )
