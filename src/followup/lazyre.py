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

Compiled once, kept (KeptCodes): the first compile of a pattern in a process rebuilds it from
the engine's code kept in the cache folder (checker/precompiled.py, whose loader and file
format the lint path's style cache shares), in microseconds instead of 0.1 to 1 ms each. A
pattern with no kept code is compiled (from its code, so the text is parsed once), and at
exit the new codes are written (owner-only, keyed by the Python and regex engine, with a
checksum), the ones this run used last and the least recently used dropped beyond MAX_KEPT.
Two files: `patterns-*.marshal` for these lazy patterns, `call-patterns-*.marshal` for the
patterns the writer's path calls the re functions with (keptre.py), many of them built from
the names in the notes; a lint run uses a few lazy patterns and reads only the first. A
missing, stale or damaged file, or a pattern the engine will not rebuild, is simply
compiled, and the file is written afresh. FOLLOWUP_NO_CACHE=1 turns this off.

Two more things are kept with each code (session 9), so that the modules that use these
patterns gain without a change of their own. A pattern that opens with lookbehinds before one
character is compiled in the equivalent order that opens with the character
(precompiled.hoisted), which the engine skips ahead for in C. And a pattern the engine cannot
skip ahead for gets a gate: the words or literals every match holds (the checker's trigger
analysis, prefilter.gate_for), tested on the lower-cased text before the search; a text that
lacks them answers "no match" without a search, and a pattern whose every call is answered so
is never rebuilt. Both are exact (tests/test_lazyre_gates.py holds every reader, writer and
slot pattern equal to its eager twin on the eval's notes).
"""

from __future__ import annotations

import contextlib
import re
import sys
import threading
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

from followup.checker import precompiled
from followup.codecache import CodeCache


class LazyPattern:
    """`re.compile(source, flags)`, done on the first match, search, substitution or split."""

    def __init__(
        self, source: str, flags: int | re.RegexFlag = 0, required: str | None = None
    ) -> None:
        self.pattern = source
        self._flags = flags
        self._required = None if required is None else LazyPattern(required, flags)
        self._gate: Gate | None = None  # what a text must hold (see `blocked`), once known

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        compiled = LAZY.compile(self.pattern, self._flags)
        # From now on this object's methods are the compiled pattern's own (the same
        # arguments and results, without a Python call in between: the notes reader makes
        # about 3,000 such calls in a write), behind the pattern's gate when it has one;
        # `search` keeps its cheap test when it has one.
        gate = self._gate = LAZY.gates.get((self.pattern, int(self._flags)), ())
        own = vars(self)
        for name in _PATTERN_METHODS:
            method = getattr(compiled, name)
            own[name] = _GATED[name](method, gate) if gate else method
        if self._required is None:
            own["search"] = _GATED["search"](compiled.search, gate) if gate else compiled.search
        return compiled

    def _blocks(self, string: str) -> bool:
        """Whether the text lacks what every match holds (before the pattern is compiled: a
        pattern whose gate answers is never compiled)."""
        gate = self._gate
        if gate is None:
            gate = LAZY.gate((self.pattern, int(self._flags)))
            if gate is None:  # not known before it is compiled
                self.compiled  # noqa: B018  (compiling finds the gate)
                gate = self._gate or ()
            self._gate = gate
        return bool(gate) and type(string) is str and string.isascii() and blocked(gate, string)

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def flags_given(self) -> int:
        """The flags it was made with (without compiling it, as `flags` does)."""
        return int(self._flags)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._required is not None and self._required.search(string, pos, endpos) is None:
            return None
        if self._blocks(string):
            return None
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._blocks(string) else self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return None if self._blocks(string) else self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._blocks(string):
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._blocks(string) else self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return string if self._blocks(string) else self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return (string, 0) if self._blocks(string) else self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if self._blocks(string) else self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


# -- gates: what a text must hold for a pattern to match in it --------------------------------
# A pattern the regex engine cannot skip ahead for (no literal prefix, no set of first
# characters: most of the reader's, which open with a boundary, a lookbehind or a
# case-insensitive word) is tried at every position of the text, and most of the texts the
# reader and the writer try it on (a line, a sentence, a topic's slot) hold none of its words.
# Its gate (checker/prefilter.gate_for: the trigger analysis the checker's patterns have) is
# tested first, on the lower-cased text: a few substring tests in C. It is only ever
# necessary, never sufficient (a text that passes is searched as before), and tested only on
# ASCII text, where lower-casing is exact. Found once, when a pattern is first compiled, and
# kept with its code in the cache folder; a pattern whose gate answers is not even rebuilt.

Gate = tuple[tuple[str, ...], ...]
_LOWERED: tuple[str, str] = ("", "")  # the last text lowered: calls come a text at a time


def blocked(gate: Gate, string: str) -> bool:
    """Whether an ASCII text lacks every literal of one of the gate's clauses."""
    global _LOWERED
    last = _LOWERED
    if last[0] is string:
        lower = last[1]
    else:
        lower = string.lower()
        _LOWERED = (string, lower)
    for clause in gate:
        for item in clause:
            if item in lower:
                break
        else:
            return True
    return False


def _opens(string: object) -> bool:
    return type(string) is str and string.isascii()


def _none_unless(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return None
        return method(string, *args, **kwargs)

    return call


def _findall(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return []
        return method(string, *args, **kwargs)

    return call


def _finditer(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return iter(())
        return method(string, *args, **kwargs)

    return call


def _split(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return [string]
        return method(string, *args, **kwargs)

    return call


def _sub(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return string
        return method(repl, string, *args, **kwargs)

    return call


def _subn(method: Callable[..., Any], gate: Gate) -> Callable[..., Any]:
    def call(repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        if _opens(string) and blocked(gate, string):
            return (string, 0)
        return method(repl, string, *args, **kwargs)

    return call


# Each method of a pattern behind its gate: what it answers for a text the gate blocks.
_GATED: dict[str, Callable[[Callable[..., Any], Gate], Callable[..., Any]]] = {
    "search": _none_unless,
    "match": _none_unless,
    "fullmatch": _none_unless,
    "findall": _findall,
    "finditer": _finditer,
    "split": _split,
    "sub": _sub,
    "subn": _subn,
}


_PATTERN_METHODS = ("match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def lazy_compile(
    source: str, flags: int | re.RegexFlag = 0, *, required: str | None = None
) -> LazyPattern:
    """A pattern compiled on first use; `source` and `flags` are `re.compile`'s, `required` a
    part of `source` that every match of it contains (see the module docstring)."""
    return LazyPattern(source, flags, required)


# the re module's own, even while kept_compiles stands in for it
_RE_COMPILE = re.compile

# -- the compiled codes kept between runs ------------------------------------------------------

Key = tuple[str, int]


class KeptCodes(CodeCache[Key, tuple[precompiled.Code, Gate]]):
    """One file of compiled codes in the cache folder (`NAME-*.marshal`): read on the first
    compile, written at exit when this run compiled patterns it did not hold."""

    MAX_COMPILED = 2048  # patterns kept in a process (a long `followup eval` reads many notes)
    FORMAT = 2  # in the file's name: 2 keeps each code with its gate (1 had codes alone)

    def __init__(self, name: str) -> None:
        super().__init__(name)  # the name is also the file's stamp
        self.compiled: dict[Key, re.Pattern[str]] = {}
        self.gates: dict[Key, Gate] = {}  # each pattern's gate, once known (() for none)

    def stamp(self) -> str:
        return self.name

    def file_name(self) -> str | None:
        """Keyed by the regex engine: another Python's codes are another file."""
        if not precompiled.ENGINE:  # this Python's engine is not one precompiled.py reads
            return None
        import zlib

        engine = zlib.crc32(precompiled.ENGINE.encode())
        return f"{self.name}-{engine:08x}-{self.FORMAT}.marshal"

    def fits(self, key: Any, value: Any) -> bool:
        """(code, gate): a file of codes alone (before gates) is read as no file."""
        return (
            isinstance(key, tuple)
            and isinstance(value, tuple)
            and len(value) == 2
            and isinstance(value[0], tuple)
            and len(value[0]) == 5
            and isinstance(value[1], tuple)
        )

    def gate(self, key: Key) -> Gate | None:
        """The pattern's gate, known once it is compiled or when its code is kept (without
        rebuilding it); None when neither."""
        gate = self.gates.get(key)
        if gate is None and not self.loading:
            entry = self.kept().get(key)
            if entry is not None:
                gate = self.gates[key] = entry[1]
        return gate

    def compile(self, source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        """`re.compile(source, flags)`, rebuilt from its kept code when there is one, once
        per process."""
        key = (source, int(flags))
        found = self.compiled.get(key)
        if found is None:
            if len(self.compiled) >= self.MAX_COMPILED:  # drop the oldest, as re's cache does
                with contextlib.suppress(StopIteration, RuntimeError, KeyError):  # threads
                    del self.compiled[next(iter(self.compiled))]
            found = self.compiled[key] = self._compile(key)
        return found

    def _compile(self, key: Key) -> re.Pattern[str]:
        """The pattern rebuilt from its kept code, else compiled (its code and its gate kept
        at exit). A kept code is the pattern's, hoisted (precompiled.hoisted) where that lets
        the engine skip ahead."""
        source, flags = key
        if self.loading:  # a pattern compiled while the file is found (kept_compiles)
            self.gates.setdefault(key, ())
            return _RE_COMPILE(source, flags)
        entry = self.kept().get(key)
        if entry is not None:
            rebuilt = precompiled.rebuild(source, entry[0])
            if rebuilt is not None:
                self.used[key] = None
                self.gates[key] = entry[1]
                return rebuilt
        if self.path() is None:
            self.gates[key] = ()
            return _RE_COMPILE(source, flags)
        code = precompiled.code_for(source, flags, hoist=True)
        rebuilt = None if code is None else precompiled.rebuild(source, code)
        if code is None or rebuilt is None:
            self.gates[key] = ()
            return _RE_COMPILE(source, flags)  # raises re.error for a bad pattern
        gate: Gate = ()
        if not precompiled.has_prefix(code):
            from followup.checker.prefilter import gate_for

            gate = gate_for(source, flags)
        self.gates[key] = gate
        self.keep(key, (code, gate))
        return rebuilt


_KEPT_IMPORT = threading.Lock()


@contextlib.contextmanager
def kept_compiles(codes: KeptCodes) -> Iterator[None]:
    """While another package is imported, its module-level `re.compile(TEXT, FLAGS)` calls
    rebuild their patterns from `codes` (compiling, and keeping, the ones it lacks): PyYAML's
    import compiles ten patterns, two of them (its non-printable characters, its VERBOSE
    timestamp) over 3 ms each. Measured in session 8 (median CPU of 15 imports each, the
    cache warm): PyYAML's import took 6.9 ms so against 10.7 ms without, in every `followup
    write` whose front matter is not in the cache yet; so it stays. The patterns are equal to
    `re.compile`'s (same code, flags and text; test_precompiled). `re.compile` is the
    module's own again afterwards, and one import at a time changes it. Should the kept
    codes fail in any way other than a bad pattern's re.error, the import compiles as
    without this (a test holds it)."""
    with _KEPT_IMPORT:
        # the cache folder found first: platformdirs, imported to find it, compiles patterns
        # of its own at import, which must not ask for the folder again half imported
        try:
            codes.kept()
            usable = True
        except Exception:  # no kept codes to use: the import compiles as usual
            usable = False
        if not usable:
            yield
            return

        def kept(pattern: Any, flags: int | re.RegexFlag = 0) -> Any:
            if isinstance(pattern, str):
                try:
                    return codes.compile(pattern, flags)
                except re.error:
                    raise
                except Exception:  # the cache's failure, not the pattern's: compile it
                    return _RE_COMPILE(pattern, flags)
            return _RE_COMPILE(pattern, flags)

        re.compile = kept
        try:
            yield
        finally:
            re.compile = _RE_COMPILE


# The lazy patterns' codes (the reader's, the writer's and the writer-only context checks'),
# and apart from them the codes of the patterns keptre's functions are called with, many of
# them built from the names in the notes: a lint run, which uses a few lazy patterns and no
# keptre, reads only the first file.
LAZY = KeptCodes("patterns")
CALLS = KeptCodes("call-patterns")
