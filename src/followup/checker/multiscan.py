"""multiscan: one Hyperscan pass over a message names the few patterns that can match it.

The word triggers (prefilter.py) let about 90 of the etiquette style's 673 patterns through
for a 150-word message, of which about 5 can match. The costly ones are the 147 whose
triggers are only common words ("you", "the", "i"): they pass for most messages and then
search them in vain; and the 13 without anchor words, searched through the whole message
when their triggers hold. Hyperscan (a multi-pattern regular-expression library; the
`hyperscan` wheel links Vectorscan, its BSD-licensed fork), compiled in prefilter mode over
those patterns and the rules' exceptions, reports in one pass which of them can match;
Python's re then runs only those, and an existence rule skips its exceptions' alternation
when none can occur, or tries the alternation of only those it reports (no other can match
anywhere in the message, so that finds what the whole alternation finds). The other
patterns keep their triggers: putting all 673 in made the database 6 MB instead of 1.5,
and in the middle of a check, with the rest of the checker's data around it, scanning it
took 150 µs instead of the 84 it took on its own, more than it saved.

A checker uses it from its engine.SCAN_AFTER-th message on (a single `followup lint` never
imports it: importing the wheel and loading the database took 6 to 50 ms here), where the
wheel is installed: hyperscan 0.9.1 has wheels for Linux x86_64 (glibc and musl), macOS
(x86_64 and arm64) and Windows x86_64, not for Linux on ARM. Elsewhere, or without it, the
word triggers do all the work, as before.

Hyperscan reads PCRE's dialect over bytes, and Python's re differs from it in places
(`{,3}`, `[[:alpha:]]`, `\\s` on some control characters, `\\w` beyond ASCII), so a rule's
pattern is never handed over as written. Each is rebuilt from Python's own parse tree
(re._parser, as the trigger analysis reads it) into an expression that matches at least
what Python's matches: lookarounds and `^`/`$` are dropped, atomic, possessive and lazy
repeats become plain ones, every other character is an escape. HS_FLAG_PREFILTER may
widen it further, never narrow it. And it is used only on text where both dialects read
every character alike: printable ASCII with tabs and line ends, plus non-ASCII characters
that are neither letters, digits nor white space (curly quotes, dashes, emoji). Other
text, the case-sensitive patterns and any pattern the rebuild or Hyperscan refuses take
the word triggers. Findings are the same either way (tests check the superset property
pattern by pattern, and the findings on the labelled set and edited messages).

Compiling the database takes a few seconds (Hyperscan releases the GIL, so it runs in a
background thread while the checker goes on without it); the result is kept in the cache
folder (2.4 MB), keyed by the patterns and the library's version.
"""

from __future__ import annotations

import importlib
import marshal
import re
import threading
import zlib
from pathlib import Path
from typing import Any

from followup.checker import precompiled
from followup.checker.patterns import lowercase_pattern

try:  # the parse tree's vocabulary, as in prefilter.py
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Pythons: no expressions, no scanner
    _p = None

FORMAT = 1  # bump when the cached file changes shape
_FLAGS_OK = re.UNICODE | re.VERBOSE | re.MULTILINE  # what the rebuilt expression allows for


class Unsupported(Exception):
    """A construct without a safe Hyperscan form: the pattern keeps the word triggers."""


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _literal(code: int) -> str:
    """One character, escaped unless it is an ASCII letter or digit."""
    if code < 128:
        return chr(code) if chr(code).isalnum() else f"\\x{code:02x}"
    return f"\\x{{{code:x}}}"


def _class(items: list[tuple[Any, Any]]) -> str:
    negate = ""
    parts: list[str] = []
    for op, av in items:
        if op is _c.NEGATE:
            negate = "^"
        elif op is _c.LITERAL:
            parts.append(_literal(av))
        elif op is _c.RANGE:
            parts.append(f"{_literal(av[0])}-{_literal(av[1])}")
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            raise Unsupported(str(op))
    return f"[{negate}{''.join(parts)}]"


def _rebuild(items: list[tuple[Any, Any]]) -> str:
    """A Hyperscan expression matching at least what the parsed sequence matches."""
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_literal(av))
        elif op is _c.NOT_LITERAL:
            out.append(f"[^{_literal(av)}]")
        elif op is _c.ANY:
            out.append(".")  # neither dialect's dot matches a line end without DOTALL
        elif op is _c.IN:
            out.append(_class(list(av)))
        elif op is _c.AT:
            if av is _c.AT_BOUNDARY:
                out.append(r"\b")
            elif av is _c.AT_NON_BOUNDARY:
                out.append(r"\B")
            # ^, $, \A, \Z: dropped (a wider expression)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # a lookaround only ever narrows: dropped
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if (add_flags | del_flags) & ~_FLAGS_OK:
                raise Unsupported("local flags")
            out.append(f"(?:{_rebuild(list(body))})")
        elif op is _c.ATOMIC_GROUP:
            out.append(f"(?:{_rebuild(list(av))})")
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            upper = "" if high is _c.MAXREPEAT else str(high)
            out.append(f"(?:{_rebuild(list(body))}){{{low},{upper}}}")
        elif op is _c.BRANCH:
            out.append("(?:" + "|".join(_rebuild(list(alt)) for alt in av[1]) + ")")
        else:  # back-references, conditionals, other categories
            raise Unsupported(str(op))
    return "".join(out)


def expression(pattern: str) -> str | None:
    """The Hyperscan form of a case-insensitive pattern, to scan lower-cased text with (the
    lower-cased pattern with its leading boundary, as the fast forms match), or None."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(lowercase_pattern(pattern), 0)
        if parsed.state.flags & ~_FLAGS_OK:
            return None
        return _rebuild(list(parsed))
    except (Unsupported, re.error, RecursionError):
        return None


_NOT_PLAIN_ASCII = re.compile(r"[^\t\n\r\x20-\x7e]")


def plain(text: str) -> bool:
    """Whether both dialects read every character of the text alike (see the docstring)."""
    if text.isascii():
        return _NOT_PLAIN_ASCII.search(text) is None
    if _NOT_PLAIN_ASCII.search(text.encode("ascii", "ignore").decode()) is not None:
        return False
    return all(
        ch.isascii() or not (ch.isalnum() or ch.isspace() or "\ud800" <= ch <= "\udfff")
        for ch in set(text)
    )


class MultiScan:
    """Which patterns (numbered across a checker's pattern sets) can match a message.

    `patterns` are those handed over, with their numbers; `inside` says which of them the
    database holds once it is ready (any the rebuild or Hyperscan refused are not). Until
    then `ready` is False and the caller uses the word triggers."""

    def __init__(self, hs: Any, patterns: list[tuple[int, str]], path: Path | None) -> None:
        self.patterns = patterns
        self.inside: frozenset[int] = frozenset()
        self._hs = hs
        self._db: Any = None
        self._scratch: Any = None  # each thread scans with its own clone (`_local`)
        self._local = threading.local()
        self._thread: threading.Thread | None = None
        if path is None or not self._load(path):
            self._thread = threading.Thread(target=self._compile, args=(path,), daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """Block until a started compile is done (for benchmarks and tests)."""
        if self._thread is not None:
            self._thread.join()

    @property
    def ready(self) -> bool:
        """Whether hits() can answer."""
        return self._scratch is not None

    def hits(self, lower: str) -> list[int]:
        """The numbers of the patterns in the database that may match the lower-cased text
        (which must be plain, and the database ready)."""
        found: list[int] = []
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # one per thread: a scratch space serves one scan at a time
            scratch = self._local.scratch = self._scratch.clone()
        self._db.scan(
            lower.encode("utf-8"),
            match_event_handler=lambda number, *_: found.append(number),
            scratch=scratch,
        )
        return found

    def _load(self, path: Path) -> bool:
        hs = self._hs
        try:
            fmt, version, inside, blob = marshal.loads(path.read_bytes())
            if fmt != FORMAT or version != hs.__version__:
                return False
            self._use(hs.loadb(blob, hs.HS_MODE_BLOCK), frozenset(inside))
            return True
        except Exception:  # a damaged or foreign file reads as no file
            return False

    def _use(self, db: Any, inside: frozenset[int]) -> None:
        self.inside = inside
        self._db = db
        self._scratch = self._hs.Scratch(db)  # set last: `ready` reads it

    def _compile(self, path: Path | None) -> None:
        hs = self._hs
        flags = hs.HS_FLAG_PREFILTER | hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_UTF8
        flags |= hs.HS_FLAG_ALLOWEMPTY
        chosen = [(n, e) for n, p in self.patterns if (e := expression(p)) is not None]
        db = None
        for attempt in range(2):
            db = hs.Database()
            try:
                db.compile(
                    expressions=[e.encode("utf-8") for _, e in chosen],
                    ids=[n for n, _ in chosen],
                    elements=len(chosen),
                    flags=[flags] * len(chosen),
                )
                break
            except hs.error:
                if attempt:
                    return  # give up: the word triggers go on alone
                chosen = [(n, e) for n, e in chosen if _compiles(hs, e, flags)]
        inside = frozenset(n for n, _ in chosen)
        if path is not None:  # owner-only, like every file in the data folder
            blob = marshal.dumps((FORMAT, hs.__version__, sorted(inside), hs.dumpb(db)))
            precompiled.write_file(path, blob)
        self._use(db, inside)


# One scanner per set of patterns in a process: checkers built alike share it.
_SHARED: dict[str, MultiScan] = {}


def scanner(patterns: list[tuple[int, str]], cache: Path | None) -> MultiScan | None:
    """The scanner for these (number, pattern) pairs: loaded from the cache folder, or being
    compiled in the background; None when the hyperscan wheel is not installed."""
    try:
        hs = importlib.import_module("hyperscan")
    except ImportError:
        return None
    key = repr((FORMAT, hs.__version__, patterns))
    found = _SHARED.get(key)
    if found is None:
        name = f"multiscan-{zlib.crc32(key.encode('utf-8')):08x}.bin"
        found = _SHARED[key] = MultiScan(hs, patterns, None if cache is None else cache / name)
    return found


def _compiles(hs: Any, expr: str, flags: int) -> bool:
    try:
        hs.Database().compile(
            expressions=[expr.encode("utf-8")], ids=[0], elements=1, flags=[flags]
        )
    except hs.error:
        return False
    return True
