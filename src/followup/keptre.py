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
module's own. A function whose pattern has a gate (lazyre.py) answers "no match" for a text
that lacks the gate's words, without rebuilding the pattern.

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


def _blocks(source: Source, flags: Flags, string: str) -> bool:
    """Whether the text lacks what every match of the pattern holds (its gate, lazyre.py):
    then the function answers as for no match, without rebuilding the pattern."""
    if type(source) is not str or type(string) is not str or not string.isascii():
        return False
    calls = lazyre.CALLS
    gate = calls.gates.get((source, flags))
    if gate is None:
        gate = calls.gate((source, int(flags)))
        if gate is None:  # not known before it is compiled
            calls.compile(source, flags)
            gate = calls.gates.get((source, int(flags)), ())
    return bool(gate) and lazyre.blocked(gate, string)


def compile(source: Source, flags: Flags = 0) -> re.Pattern[str]:
    """`re.compile`."""
    return _pattern(source, flags)


def search(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.search`."""
    if _blocks(source, flags, string):
        return None
    return _pattern(source, flags).search(string)


def match(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.match`."""
    if _blocks(source, flags, string):
        return None
    return _pattern(source, flags).match(string)


def fullmatch(source: Source, string: str, flags: Flags = 0) -> re.Match[str] | None:
    """`re.fullmatch`."""
    if _blocks(source, flags, string):
        return None
    return _pattern(source, flags).fullmatch(string)


def findall(source: Source, string: str, flags: Flags = 0) -> list[Any]:
    """`re.findall`."""
    if _blocks(source, flags, string):
        return []
    return _pattern(source, flags).findall(string)


def finditer(source: Source, string: str, flags: Flags = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`."""
    if _blocks(source, flags, string):
        return iter(())
    return _pattern(source, flags).finditer(string)


def split(source: Source, string: str, maxsplit: int = 0, flags: Flags = 0) -> list[str | Any]:
    """`re.split`."""
    if _blocks(source, flags, string):
        return [string]
    return _pattern(source, flags).split(string, maxsplit)


def sub(source: Source, repl: Repl, string: str, count: int = 0, flags: Flags = 0) -> str:
    """`re.sub`."""
    if _blocks(source, flags, string):
        return string
    return _pattern(source, flags).sub(repl, string, count)


def subn(
    source: Source, repl: Repl, string: str, count: int = 0, flags: Flags = 0
) -> tuple[str, int]:
    """`re.subn`."""
    if _blocks(source, flags, string):
        return (string, 0)
    return _pattern(source, flags).subn(repl, string, count)
