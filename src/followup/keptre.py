"""The `re` module's functions with their patterns kept compiled between runs.

The notes reader and the offline writer call `re.sub(pattern, repl, text)`, `re.match(...)`
and the like with pattern texts written in place, about 150 of them on one `followup write`
(92 compiles in notelines.py alone for the bundled example): the re module compiles each
text once per process, 0.1 to 1 ms apiece, about 12 ms of a write's start-up. The modules
on that path import this module as `re` (`from followup import keptre as re`), so their
calls read exactly as before: each function here takes the re module's arguments and gives
its result, with the pattern from lazyre.CALLS, which rebuilds it from the code kept in
the cache folder instead of compiling it. A pattern object given in place of a text goes
to the re module unchanged. Flags, `escape`, `Match`, `Pattern` and `error` are the re
module's own.

The lint path does not import this module (its rule patterns are kept with the style cache,
checker/precompiled.py), so a lint run never reads the writer's file of codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    X,
    error,
    escape,
)
from typing import Any

from followup import lazyre

Source = str | re.Pattern[str]
Flags = int | re.RegexFlag
Repl = str | Callable[[re.Match[str]], str]

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]


def _pattern(source: Source, flags: Flags) -> re.Pattern[str]:
    if isinstance(source, str):
        calls = lazyre.CALLS
        # a pattern this process has: straight from its table ((text, re.I) is the same key
        # as (text, 2)); the first use of a text goes through KeptCodes.compile
        found = calls.compiled.get((source, flags))
        return found if found is not None else calls.compile(source, flags)
    return re.compile(source, flags)  # a compiled pattern: the re module's own checks


def compile(source: Source, flags: Flags = 0) -> re.Pattern[str]:
    """`re.compile`."""
    return _pattern(source, flags)


def search(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.search`."""
    return _pattern(source, flags).search(string)


def match(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.match`."""
    return _pattern(source, flags).match(string)


def fullmatch(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.fullmatch`."""
    return _pattern(source, flags).fullmatch(string)


def findall(source: Source, string: str, flags: Flags = 0) -> list[Any]:
    """`re.findall`."""
    return _pattern(source, flags).findall(string)


def finditer(source: Source, string: str, flags: Flags = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`."""
    return _pattern(source, flags).finditer(string)


def split(source: Source, string: str, maxsplit: int = 0, flags: Flags = 0) -> list[str | Any]:
    """`re.split`."""
    return _pattern(source, flags).split(string, maxsplit)


def sub(source: Source, repl: Repl, string: str, count: int = 0, flags: Flags = 0) -> str:
    """`re.sub`."""
    return _pattern(source, flags).sub(repl, string, count)


def subn(
    source: Source, repl: Repl, string: str, count: int = 0, flags: Flags = 0
) -> tuple[str, int]:
    """`re.subn`."""
    return _pattern(source, flags).subn(repl, string, count)
