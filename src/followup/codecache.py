"""A file of compiled code kept in the cache folder between runs: the life that
keptcode.KeptCode (the methods `dataclasses` writes, keyed by their text) and lazyre.KeptCodes
(regex codes, keyed by pattern and flags) share.

Read once, on the first look-up, into `kept()`; a look-up that finds its entry is noted in
`used`; a new entry goes to `new`, and the first one registers `save` to run at exit, which
writes the kept entries with the new ones (the ones this run did not use first, the oldest
dropped beyond MAX_KEPT). The file's format and loader are checker/precompiled.py's, which the
style cache's `.regex` file shares: stamped, checked with a checksum, so a missing, stale,
foreign or damaged file reads as no file and the next save replaces it. FOLLOWUP_NO_CACHE=1
(no cache folder) turns it off. What a subclass says: the file's name, its stamp, and which
entries of a file it accepts.

Finding the folder imports followup.config (and platformdirs without FOLLOWUP_HOME), which
may compile patterns or make dataclasses of their own: `loading` is true meanwhile, and a
subclass then compiles without the file instead of asking for it again half read.

No library: the standard library has no store of code objects, and a file per entry would
cost a file system look-up per pattern.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Generic, TypeVar

from followup.checker import precompiled

K = TypeVar("K")
V = TypeVar("V")


class CodeCache(Generic[K, V]):
    """One file of compiled code in the cache folder."""

    MAX_KEPT = 1000  # entries kept in the file, the most recently used

    def __init__(self, name: str) -> None:
        self.name = name
        self.used: dict[K, None] = {}  # kept entries this run used, in order
        self.new: dict[K, V] = {}
        self._kept: dict[K, V] | None = None
        self._loading = False

    # -- what differs from one file to another -----------------------------------------------

    def stamp(self) -> str:
        """What the file is stamped with (precompiled.dump): a file with another stamp is no
        file."""
        raise NotImplementedError

    def file_name(self) -> str | None:
        """The file's name in the cache folder; None when this Python cannot use one."""
        raise NotImplementedError

    def fits(self, key: Any, value: Any) -> bool:
        """Whether an entry read from the file has the form this cache uses."""
        raise NotImplementedError

    # -- the shared life ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while the file is being found and read."""
        return self._loading

    def path(self) -> Path | None:
        """The file, or None when caching is off (or the folder cannot be used: an unusable
        FOLLOWUP_HOME is the command's to report, not a compile's)."""
        from followup.config import cache_dir
        from followup.errors import ConfigError

        try:
            folder = cache_dir()
        except ConfigError:
            return None
        name = self.file_name()
        return None if folder is None or name is None else folder / name

    def kept(self) -> dict[K, V]:
        """The entries in the file ({} when it is missing, stale or damaged)."""
        if self._kept is None:
            self._loading = True
            try:
                path = self.path()
                entries = precompiled.read_file(path, self.stamp()) if path else None
            finally:
                self._loading = False
            self._kept = {k: v for k, v in (entries or {}).items() if self.fits(k, v)}
        return self._kept

    def keep(self, key: K, value: V) -> None:
        """A new entry, written to the file at exit."""
        if not self.new:
            import atexit

            atexit.register(self.save)
        self.new[key] = value

    def save(self) -> None:
        """Write the kept entries with this run's new ones: the entries this run did not use
        first, then the used, then the new; the oldest beyond MAX_KEPT dropped. It runs at
        exit, where a failure costs only speed: any error is dropped, never a traceback."""
        with contextlib.suppress(Exception):  # at exit: the next run compiles again
            path = self.path()
            if not self.new or path is None:
                return
            entries = precompiled.kept_order(self.kept(), self.used, self.new, self.MAX_KEPT)
            precompiled.write_file(path, precompiled.dump(entries, self.stamp()))
            self.new.clear()
