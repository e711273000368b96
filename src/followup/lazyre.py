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

Compiled once, kept: the first compile of each pattern also records the engine's compiled code
(checker/precompiled.py, the form the lint path's style cache keeps), and at exit the codes
are written to `patterns-*.marshal` in the cache folder (owner-only, keyed by the Python and
regex engine, with a checksum). Later runs rebuild the pattern from its code in microseconds
instead of compiling it (0.2 to 1 ms each); a missing, stale or damaged file, or a pattern
the engine will not rebuild, is simply compiled. FOLLOWUP_NO_CACHE=1 turns this off.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any

from followup.checker import precompiled


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
        return _compile(self.pattern, int(self._flags))

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


# -- the compiled codes kept between runs ------------------------------------------------------

_KEPT: dict[tuple[str, int], precompiled.Code] | None = None  # loaded on the first compile
_NEW: dict[tuple[str, int], precompiled.Code] = {}


def _compile(source: str, flags: int) -> re.Pattern[str]:
    """The pattern rebuilt from its kept code, else compiled (and its code kept at exit)."""
    kept = _kept()
    code = kept.get((source, flags))
    if code is not None:
        rebuilt = precompiled.rebuild(source, code)
        if rebuilt is not None:
            return rebuilt
    compiled = re.compile(source, flags)
    code = precompiled.code_for(source, flags)
    if code is not None and _cache_file() is not None:
        if not _NEW:
            import atexit

            atexit.register(save)
        _NEW[(source, flags)] = code
    return compiled


def _cache_file() -> Path | None:
    from followup.config import cache_dir

    folder = cache_dir()
    if folder is None or not precompiled.ENGINE:
        return None
    import zlib

    return folder / f"patterns-{zlib.crc32(precompiled.ENGINE.encode()):08x}.marshal"


def _kept() -> dict[tuple[str, int], precompiled.Code]:
    global _KEPT
    if _KEPT is None:
        _KEPT = {}
        path = _cache_file()
        if path is not None:
            import marshal
            import zlib

            try:
                engine, checksum, payload = marshal.loads(path.read_bytes())
                if engine == precompiled.ENGINE and zlib.crc32(payload) == checksum:
                    entries = marshal.loads(payload)
                    if isinstance(entries, dict):
                        _KEPT = entries
            except (OSError, ValueError, EOFError, TypeError):
                pass  # no file, or not one of ours: compile as usual
    return _KEPT


def save() -> None:
    """Write the kept codes with the ones compiled in this run (at exit; errors ignored)."""
    path = _cache_file()
    if not _NEW or path is None:
        return
    import contextlib
    import marshal
    import zlib

    from followup.private import write_private

    entries = {**_kept(), **_NEW}
    payload = marshal.dumps(entries)
    with contextlib.suppress(OSError):
        write_private(path, marshal.dumps((precompiled.ENGINE, zlib.crc32(payload), payload)))
    _NEW.clear()
