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

The file shares the format and loader of the compiled regular expressions
(checker/precompiled.py): stamped with this Python's version, checked with a checksum, the
ones this run did not use dropped first beyond MAX_KEPT. A missing, stale or damaged file is
simply no file. FOLLOWUP_NO_CACHE=1 turns this off, as every cache.

No library: nothing on the package index keeps `dataclasses`' generated code, and
`dataclasses` has no hook for it; it looks `exec` up in its own module first, which is the
one name this module sets there.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from followup.checker import precompiled

# marshal's format for code objects is the bytecode's, which changes between Python versions
_STAMP = f"dataclass-code-{sys.implementation.cache_tag}-{sys.version_info[:3]}"


class KeptCode:
    """The code objects compiled from the texts `dataclasses` executes, kept in one file."""

    MAX_KEPT = 1000  # texts kept in the file, the most recently used

    def __init__(self, name: str) -> None:
        self.name = name
        self.used: dict[str, None] = {}  # kept texts this run used, in order
        self.new: dict[str, CodeType] = {}
        self._kept: dict[str, CodeType] | None = None
        self._loading = False  # finding and reading the file (it imports followup.config)

    def code(self, source: str) -> CodeType:
        """`source` compiled as `exec` compiles a text (file name "<string>", no inherited
        future flags): the kept code when there is one."""
        if self._loading:  # a class made by a module imported to find the file
            return compile(source, "<string>", "exec", dont_inherit=True)
        found = self.kept().get(source)
        if found is not None:
            self.used[source] = None
            return found
        found = self.new.get(source)
        if found is None:
            found = compile(source, "<string>", "exec", dont_inherit=True)
            if not self.new and self.path() is not None:
                import atexit

                atexit.register(self.save)
            self.new[source] = found
        return found

    def path(self) -> Path | None:
        """The file, or None when caching is off."""
        from followup.config import cache_dir
        from followup.errors import ConfigError

        try:
            folder = cache_dir()
        except ConfigError:  # an unusable FOLLOWUP_HOME is the command's to report
            return None
        return None if folder is None else folder / f"{self.name}.marshal"

    def kept(self) -> dict[str, CodeType]:
        """The kept codes ({} when the file is missing, stale or damaged)."""
        if self._kept is None:
            self._loading = True
            try:
                path = self.path()
                entries = precompiled.read_file(path, _STAMP) if path else None
            finally:
                self._loading = False
            self._kept = {
                k: v
                for k, v in (entries or {}).items()
                if isinstance(k, str) and isinstance(v, CodeType)
            }
        return self._kept

    def save(self) -> None:
        """Write the kept codes with this run's new ones (at exit; errors cost only speed):
        the codes this run did not use first, then the used, then the new; the oldest
        beyond MAX_KEPT dropped."""
        path = self.path()
        if not self.new or path is None:
            return
        entries = precompiled.kept_order(self.kept(), self.used, self.new, self.MAX_KEPT)
        precompiled.write_file(path, precompiled.dump(entries, _STAMP))
        self.new.clear()


KEPT = KeptCode("dataclass-code")


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for `dataclasses`: a text runs as its kept code."""
    if isinstance(source, str):
        source = KEPT.code(source)
    builtins.exec(source, globals, locals)


def install() -> None:
    """Make `dataclasses` compile its methods through KEPT, for the classes made from now on
    in this process."""
    vars(dataclasses)["exec"] = _exec
