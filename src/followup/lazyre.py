"""A regular expression compiled on its first use, not when its module is imported.

The notes reader (noteheader.py, notelines.py) holds over a hundred module-level patterns, many
of them long (honorifics, accented capitals, ignore-case letter classes); compiling them all at
import cost `followup write` about 40 ms of start-up, although one notes file exercises only
some of them. `lazy_compile` takes the same arguments as `re.compile` and returns an object with
the `re.Pattern` methods the reader uses; the first call compiles the pattern once (through
`re.compile`, so the meaning and flags are exactly those of the eager pattern) and every later
call goes to the compiled pattern. `required` names a part that every match contains (a pattern
such as "a subject, then `rest`" holds a match of `rest` wherever it matches): `search` looks
for that cheap part first, and where it is absent answers None without compiling the whole.
No library: the standard `re` module has no lazy compile, and the `regex` package would change
the dialect.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any


class LazyPattern:
    """`re.compile(source, flags)`, done on the first match, search, substitution or split."""

    def __init__(
        self, source: str, flags: int | re.RegexFlag = 0, required: str | None = None
    ) -> None:
        self.pattern = source
        self._flags = flags
        self._required = None if required is None else LazyPattern(required, flags)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._flags)

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._required is not None and self._required.search(string, pos, endpos) is None:
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(
    source: str, flags: int | re.RegexFlag = 0, *, required: str | None = None
) -> LazyPattern:
    """A pattern compiled on first use; `source` and `flags` are `re.compile`'s, `required` a
    part of `source` that every match of it contains (see the module docstring)."""
    return LazyPattern(source, flags, required)
