"""The pydantic twins of the writer's data types (models.py), for what needs pydantic: the
JSON schema a model is asked to fill (the extract prompt's Brief, a draft's MessageText),
and validating values that are not already exactly of their field's type (front-matter
people, a model's answer). Imported only then, so the offline write path never loads
pydantic's model machinery.

Each twin is built from its dataclass (fields, types, defaults, the `description` in a
field's metadata, the docstring), so the two cannot drift apart, and the JSON schema a model
sees is the one it saw when these were pydantic models.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from followup import models

# What each twin accepts beyond its fields: a front-matter person with an unknown key is a
# mistake worth naming; a model's extracted brief may carry keys of its own.
_CONFIG = {
    "Interviewer": ConfigDict(extra="forbid"),
    "Brief": ConfigDict(extra="ignore"),
}


def _twin(cls: type, twins: dict[type, type[BaseModel]]) -> type[BaseModel]:
    hints = typing.get_type_hints(cls, vars(models))
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        extra: dict[str, Any] = {}
        if "description" in f.metadata:
            extra["description"] = f.metadata["description"]
        if f.default is not dataclasses.MISSING:
            info = Field(default=f.default, **extra)
        elif f.default_factory is not dataclasses.MISSING:
            info = Field(default_factory=f.default_factory, **extra)
        else:
            info = Field(**extra)
        fields[f.name] = (_swap(hints[f.name], twins), info)
    return create_model(
        cls.__name__,
        __config__=_CONFIG.get(cls.__name__),
        __doc__=cls.__doc__,
        __module__=__name__,
        **fields,
    )


def _swap(annotation: Any, twins: dict[type, type[BaseModel]]) -> Any:
    """The annotation with each dataclass replaced by its twin (list[Interviewer] ->
    list[twin Interviewer], Interviewer | None -> twin Interviewer | None)."""
    if annotation in twins:
        return twins[annotation]
    args = typing.get_args(annotation)
    if not args:
        return annotation
    swapped = tuple(_swap(a, twins) for a in args)
    origin = typing.get_origin(annotation)
    if origin is typing.Union or isinstance(annotation, type(int | None)):
        result = swapped[0]
        for a in swapped[1:]:
            result = result | a
        return result
    return origin[swapped]


_twins: dict[type, type[BaseModel]] = {}
for _cls in (models.Interviewer, models.Notes, models.Brief, models.Draft):
    _twins[_cls] = _twin(_cls, _twins)

Interviewer = _twins[models.Interviewer]
Notes = _twins[models.Notes]
Brief = _twins[models.Brief]
Draft = _twins[models.Draft]


class MessageText(BaseModel):
    """What the model writes: a subject line and a plain-text body."""

    subject: str = Field(description="the email subject line, under 70 characters")
    body: str = Field(description="the email body: greeting, 2-4 short paragraphs, sign-off")
