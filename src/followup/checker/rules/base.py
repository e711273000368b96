"""What every rule type shares: metadata, kinds, examples, and the match protocol."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from followup.checker.document import Document
from followup.models import MessageKind, Severity


class Match(NamedTuple):
    """A raw hit from a rule: a span, and optionally a fix and a message detail."""

    start: int
    end: int
    fix: str | None = None
    detail: str | None = None


class Example(BaseModel):
    """An example message with the facts a context rule needs."""

    model_config = ConfigDict(extra="forbid")

    text: str
    kind: MessageKind | None = None
    recipient: str | None = None
    company: str | None = None
    days_since_interview: int | None = None
    inquiries_sent: int | None = None
    check_ins_last_30_days: int | None = None
    known_facts: str | None = None


class Examples(BaseModel):
    """Messages this rule must flag and messages it must leave alone."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    flag: list[str | Example] = Field(min_length=1)
    pass_: list[str | Example] = Field(min_length=1, alias="pass")


class Rule(BaseModel):
    """Fields every rule file has. Subclasses add their own and implement `matches`."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    extends: str
    message: str = Field(min_length=1)
    severity: Severity = Severity.WARNING
    kinds: list[MessageKind] | None = Field(
        default=None, description="the kinds this rule applies to; all when omitted"
    )
    description: str = ""
    examples: Examples
    id: str = ""
    source: str = ""
    _kinds: frozenset[MessageKind] | None = PrivateAttr(default=None)

    def model_post_init(self, context: object, /) -> None:
        """Freeze the kind set and compile whatever the subclass needs."""
        self._kinds = frozenset(self.kinds) if self.kinds else None
        self.compile()

    def compile(self) -> None:
        """Compile patterns once, at load time. Subclasses override."""

    def applies_to(self, kind: MessageKind) -> bool:
        """True when the rule checks messages of this kind."""
        return self._kinds is None or kind in self._kinds

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield every hit in the document."""
        raise NotImplementedError

    def render_message(self, doc: Document, match: Match) -> str:
        """The message with {match}, {fix} and {detail} filled in."""
        msg = self.message
        if "{" not in msg:
            return msg
        return (
            msg.replace("{match}", doc.text[match.start : match.end])
            .replace("{fix}", match.fix or "")
            .replace("{detail}", match.detail or "")
        )


def phrase_to_regex(phrase: str) -> str:
    """Let a space match any run of white space and an apostrophe match either form."""
    return phrase.replace(" ", r"\s+").replace("'", "['’]")


def compile_checked(pattern: str) -> re.Pattern[str]:
    """Compile case-insensitively; raise ValueError with the reason for a bad pattern."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None


def check_patterns(patterns: list[str], *, allow_groups: bool = True) -> list[str]:
    """Validator helper: every pattern compiles (and has no capturing group, if asked)."""
    for p in patterns:
        compiled = compile_checked(phrase_to_regex(p))
        if not allow_groups and compiled.groups:
            raise ValueError(f"pattern {p!r} has a capturing group; use (?:...)")
    return patterns
