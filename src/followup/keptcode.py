"""The methods `dataclasses` writes for each class, kept compiled between runs.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` (and the
like) as text and compiles it with `exec`, every time the class's module is imported:
about 80 microseconds a method, 14 ms of an offline `followup write` (44 classes, 183
methods) and 7 ms of a `followup lint` (22 classes), as much as reading the notes. The text
of a class's methods is the same on every run, so the fast path (fastpath.py) installs
`install()` before any of followup's classes is made: `dataclasses` then compiles through
`KEPT.code`, which hands back the code object kept for that exact text in the cache folder
(`dataclass-code-*.marshal`, marshal being Python's own format for code objects) and
compiles only a text it has not seen, keeping it at exit. The methods are the ones
`dataclasses` would have made from that text: only the compile step is skipped, and the
text is the key, so a changed class, field or default is a new text.

The file lives as lazyre's files of regex codes do (codecache.CodeCache: read once, new
entries written at exit, the least recently used dropped beyond MAX_KEPT), stamped with this
Python's version. A missing, stale or damaged file is simply no file, and any failure of the
cache makes the class as `exec` would (a test holds both). FOLLOWUP_NO_CACHE=1 turns this
off, as every cache.

Measured in session 8 (median CPU of 15 whole-process runs each, round-robin,
against the same tree without `install()`): 16.7 ms off an offline `followup write` (143 to
126 ms) and 7 ms off a `followup lint` (88 to 81 ms); so it stays.

No library: nothing on the package index keeps `dataclasses`' generated code, and
`dataclasses` has no hook for it; it looks `exec` up in its own module first, which is the
one name this module sets there.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from types import CodeType
from typing import Any

from followup.codecache import CodeCache

# marshal's format for code objects is the bytecode's, which changes between Python versions
_STAMP = f"dataclass-code-{sys.implementation.cache_tag}-{sys.version_info[:3]}"


class KeptCode(CodeCache[str, CodeType]):
    """The code objects compiled from the texts `dataclasses` executes, kept in one file."""

    def stamp(self) -> str:
        return _STAMP

    def file_name(self) -> str:
        return f"{self.name}.marshal"

    def fits(self, key: Any, value: Any) -> bool:
        return isinstance(key, str) and isinstance(value, CodeType)

    def code(self, source: str) -> CodeType:
        """`source` compiled as `exec` compiles a text (file name "<string>", no inherited
        future flags): the kept code when there is one."""
        if self.loading:  # a class made by a module imported to find the file
            return _compile(source)
        found = self.kept().get(source)
        if found is not None:
            self.used[source] = None
            return found
        found = self.new.get(source)
        if found is None:
            found = _compile(source)
            self.keep(source, found)
        return found


def _compile(source: str) -> CodeType:
    return compile(source, "<string>", "exec", dont_inherit=True)


KEPT = KeptCode("dataclass-code")


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for `dataclasses`: a text runs as its kept code. Should the cache fail in any
    way, the text runs as `exec` runs it (the class is made as without this module)."""
    if isinstance(source, str):
        try:
            source = KEPT.code(source)
        except Exception:  # a damaged file or an unusable folder: compile as usual
            source = _compile(source)
    builtins.exec(source, globals, locals)


def install() -> None:
    """Make `dataclasses` compile its methods through KEPT, for the classes made from now on
    in this process."""
    vars(dataclasses)["exec"] = _exec
