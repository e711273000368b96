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
what Python's matches: lookarounds and `^`/`$` are dropped (or, for the checker's passes,
one at each edge of a match read as the text around it: `_with_edges`), atomic, possessive
and lazy repeats become plain ones, every other character is an escape. HS_FLAG_PREFILTER may
widen it further, never narrow it. And it is used only on text where both dialects read
every character alike: printable ASCII with tabs and line ends, plus non-ASCII characters
that are neither letters, digits nor white space (curly quotes, dashes, emoji). Other
text, the case-sensitive patterns and any pattern the rebuild or Hyperscan refuses take
the word triggers. Findings are the same either way (tests check the superset property
pattern by pattern, and the findings on the labelled set and edited messages).

The database reads one byte a character, not UTF-8 (lintspeed10). Such a text's characters
outside ASCII are neither letters, digits nor white space, so each is scanned as one byte,
OTHER (0x80), and a pattern's own (’, —, “) become that byte too: a literal ’ then matches
any of them (wider, never narrower), and a negated class such as [^’] leaves them out, so
that it matches OTHER. In UTF-8 mode a class or a dot that may match a character outside
ASCII became an automaton over multi-byte sequences: one pattern alone (the conditional
on not hearing back) made a 13 MB database, the whole one was 24 MB and took 100 s of
CPU to compile; read as bytes it is 3.5 MB, compiled in about 5 s, and scans no slower.

Compiling the database takes a few seconds (Hyperscan releases the GIL, so it runs in a
background thread while the checker goes on without it); the result is kept in the cache
folder, keyed by the patterns and the library's version.
"""

from __future__ import annotations

import codecs
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

FORMAT = 2  # bump when the cached file changes shape (2: bytes, not UTF-8)
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


# Every character outside ASCII is scanned as this one byte (see `scanned_bytes`).
OTHER = 0x80
_ANY_BYTE = "[\\x00-\\xff]"


def _literal(code: int) -> str:
    """One character, escaped unless it is an ASCII letter or digit; any character outside
    ASCII is the byte that stands for them all."""
    if code < 128:
        return chr(code) if chr(code).isalnum() else f"\\x{code:02x}"
    return f"\\x{OTHER:02x}"


def _class(items: list[tuple[Any, Any]]) -> str:
    """A character class over the scanned bytes. A negated class leaves out its characters
    outside ASCII: OTHER stands for them and for every other one, which it must match."""
    negate = any(op is _c.NEGATE for op, _ in items)
    parts: list[str] = []
    for op, av in items:
        if op is _c.NEGATE:
            continue
        if op is _c.LITERAL:
            if av < 128 or not negate:
                parts.append(_literal(av))
        elif op is _c.RANGE:
            low, high = av
            if low < 128:
                parts.append(f"{_literal(low)}-{_literal(min(high, 127))}")
            if high >= 128 and not negate:
                parts.append(_literal(OTHER))
        elif op is _c.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            raise Unsupported(str(op))
    if not parts:  # [^’]: any character at all
        if negate:
            return _ANY_BYTE
        raise Unsupported("an empty class")
    return f"[{'^' if negate else ''}{''.join(parts)}]"


def _rebuild(items: list[tuple[Any, Any]]) -> str:
    """A Hyperscan expression matching at least what the parsed sequence matches."""
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_literal(av))
        elif op is _c.NOT_LITERAL:
            out.append(f"[^{_literal(av)}]" if av < 128 else _ANY_BYTE)
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
            # (?-i:yo) of literals alone: in lower-cased text a wider expression
            if del_flags & re.IGNORECASE and _literals_only(list(body)):
                del_flags &= ~re.IGNORECASE
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


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


def _literals_only(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed sequence holds only literal characters (in groups, alternatives and
    repeats): matched case-sensitively, its lower-cased form matches the lower-cased text
    wherever it matches the text, as no class or category can say what a capital excludes."""
    for op, av in items:
        if op is _c.LITERAL:
            continue
        if op is _c.SUBPATTERN:
            if not _literals_only(list(av[3])):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _literals_only(list(av[2])):
                return False
        elif op is _c.BRANCH:
            if not all(_literals_only(list(alt)) for alt in av[1]):
                return False
        else:
            return False
    return True


def expression(pattern: str, ignorecase: bool = True, edges: bool = False) -> str | None:
    """The Hyperscan form of a case-insensitive pattern, to scan lower-cased text with (the
    lower-cased pattern with its leading boundary, as the fast forms match), or None. With
    `ignorecase` False, of a case-sensitive pattern, to scan the text as written with.
    `edges`: for a scan of the whole text and nothing else (see `_with_edges`)."""
    if _p is None:
        return None
    pattern = _GROUP_NAME.sub("(", pattern)  # lower-casing would spoil (?P<name>
    try:
        parsed = _p.parse(lowercase_pattern(pattern) if ignorecase else pattern, 0)
        if parsed.state.flags & ~_FLAGS_OK:
            return None
        return _with_edges(list(parsed)) if edges else _rebuild(list(parsed))
    except (Unsupported, re.error, RecursionError):
        return None


# -- a pattern's edges read as the text around the match (perf16) -----------------------------
# Dropping every lookaround made some patterns match nearly any text: the notes' lone "u",
# u(?<![\w.]u)(?![\w.’'-]), became "u"; the casual greeting, [hysw](?:(?<=^.)|(?<=\n.)|...)
# ...(?=[\s!,.]|$), matched the "so" of any sentence. The scan only says whether a pattern
# can match somewhere, not where, so what a match's edges assert about the text around it
# can be read as text the expression consumes: a lookbehind before the match as what stands
# just before it (also when it is written after the match's first characters and looks
# back over them, as the hoisted forms are), a lookahead after it as what follows ("u",
# then a character that is no word character, or the end). Each edge reads one such
# assertion (the others stay zero-width as before: \b kept, the rest dropped), so the
# expression still matches wherever the pattern does. Only for a scan that reads the text
# between two line ends (MultiScan.hits with `edges`: "\n" + text + "\n"): the text's start
# and end, and a line's, are then a line end (`^` and `$` read as \n, a class before or
# after the match as (?:[^C]|\n)). Not Hyperscan's own `^` and `\z`: Vectorscan 5.4 missed
# (?:^|[^\w\x2d])(?:[Aa]bt|[Ll]ol|LOL) on a text ending "...i'm'abt" (found by
# tests/test_multiscan_edges.py), where the form between line ends finds it.

_START = ("AT_BEGINNING", "AT_BEGINNING_STRING")
_END = ("AT_END", "AT_END_STRING")


def _with_edges(items: list[tuple[Any, Any]]) -> str:
    """_rebuild for a whole pattern, its edges read as text (see above): through an
    alternation of the whole pattern, alternative by alternative."""
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        return "(?:" + "|".join(_with_edges(list(alt)) for alt in items[0][1][1]) + ")"
    items = list(items)
    before = _leading(items)  # each replaces the assertion it reads with nothing
    after = _trailing(items)
    return (before or "") + _rebuild(items) + (after or "")


def _read(items: list[tuple[Any, Any]], k: int) -> None:
    """Item k has been read as text: rebuilt as nothing from now on (an anchor is dropped)."""
    items[k] = (_c.AT, _c.AT_BEGINNING)


def _single(item: tuple[Any, Any]) -> bool:
    """One character other than a line end: a literal, or a class of literals."""
    op, av = item
    if op is _c.LITERAL:
        return bool(av != 10)
    if op is _c.IN:
        return all(o is _c.LITERAL and v != 10 for o, v in av)
    return False


def _covers(wide: tuple[Any, Any], item: tuple[Any, Any]) -> bool:
    """Whether `wide` matches every character `item` (a _single) matches."""
    return wide == item or wide[0] is _c.ANY


def _covered(tail: list[tuple[Any, Any]], consumed: list[tuple[Any, Any]]) -> bool:
    return len(tail) == len(consumed) and all(map(_covers, tail, consumed))


def _not_class(body: list[tuple[Any, Any]]) -> str | None:
    """The class of the characters other than `body`'s (one literal or class), or None."""
    if len(body) != 1:
        return None
    op, av = body[0]
    if op is _c.LITERAL:
        return _class([(_c.NEGATE, None), (op, av)])
    if op is _c.IN and not any(o is _c.NEGATE for o, _ in av):
        return _class([(_c.NEGATE, None), *av])
    return None


def _text_before(body: list[tuple[Any, Any]]) -> str:
    """What a lookbehind for `body` says stands before the match, its `^` a line start."""
    if body and body[0][0] is _c.AT and str(body[0][1]) in _START:
        return "\\n" + _rebuild(body[1:])
    return _rebuild(body)


def _before(item: tuple[Any, Any], consumed: list[tuple[Any, Any]]) -> str | None:
    """What stands before a match where the assertion `item` holds after the match's first
    characters `consumed` (single ones), or None when it cannot be read so."""
    op, av = item
    if op is _c.AT and str(av) in _START and not consumed:
        return "\\n"
    if op is _c.ASSERT_NOT and av[0] == -1:  # (?<![\\w-]) or its hoisted u(?<![\\w.]u)
        body = list(av[1])
        negated = _not_class(body[:1])
        if negated is not None and _covered(body[1:], consumed):
            return f"(?:{negated}|\\n)"
    if op is _c.ASSERT and av[0] == -1:
        body = list(av[1])
        cut = len(body) - len(consumed)
        if cut >= 0 and _covered(body[cut:], consumed):
            return _text_before(body[:cut])
    if op is _c.BRANCH and all(
        len(alt) == 1 and alt[0][0] is _c.ASSERT and alt[0][1][0] == -1 for alt in av[1]
    ):  # (?:(?<=^.)|(?<=\\n.)): one of them holds
        found = [_before(alt[0], consumed) for alt in av[1]]
        if all(f is not None for f in found):
            return "(?:" + "|".join(f for f in found if f is not None) + ")"
    return None


def _zero_width(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    return bool(
        op is _c.BRANCH
        and all(len(alt) == 1 and alt[0][0] in (_c.ASSERT, _c.ASSERT_NOT) for alt in av[1])
    )


def _leading(items: list[tuple[Any, Any]]) -> str | None:
    """The text before a match that one leading assertion (after the match's first single
    characters, if any: the hoisted forms) asks for; the assertion is read (see _read)."""
    consumed: list[tuple[Any, Any]] = []
    for k, item in enumerate(items):
        if _zero_width(item):
            found = _before(item, consumed)
            if found is not None:
                _read(items, k)
                return found
        elif _single(item):
            consumed.append(item)
        else:
            return None
    return None


def _not_after(body: list[tuple[Any, Any]]) -> str | None:
    negated = _not_class(body)
    return None if negated is None else f"(?:{negated}|\\n)"


def _text_after(body: list[tuple[Any, Any]]) -> str:
    """What a lookahead for `body` says follows the match, a `$` at the end of it (or of
    one of its alternatives) the text's end or a line end."""
    if len(body) == 1 and body[0][0] is _c.BRANCH:
        return "(?:" + "|".join(_text_after(list(alt)) for alt in body[0][1][1]) + ")"
    if body and body[-1][0] is _c.AT and str(body[-1][1]) in _END:
        return _rebuild(body[:-1]) + "\\n"
    return _rebuild(body)


def _trailing(items: list[tuple[Any, Any]]) -> str | None:
    """The text after a match that one of its trailing assertions asks for; it is read."""
    k = len(items)
    while k > 0 and items[k - 1][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        k -= 1
    if k == 0:  # nothing but assertions
        return None
    for j in range(k, len(items)):
        op, av = items[j]
        found: str | None = None
        if op is _c.AT and str(av) in _END:
            found = "\\n"
        elif op is _c.ASSERT and av[0] == 1:
            found = _text_after(list(av[1]))
        elif op is _c.ASSERT_NOT and av[0] == 1:
            found = _not_after(list(av[1]))
        if found is not None:
            _read(items, j)
            return found
    return None


def _as_other(error: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(error, UnicodeEncodeError)
    return bytes([OTHER]) * (error.end - error.start), error.end


codecs.register_error("followup-multiscan", _as_other)


def scanned_bytes(lower: str) -> bytes:
    """The text as the database reads it: one byte a character, OTHER for each character
    outside ASCII (a plain text's are neither letters, digits nor white space)."""
    return lower.encode("ascii", "followup-multiscan")


# The ASCII both dialects read alike: tabs, line ends and the printable characters. A text
# is tested by deleting them from its bytes (one C-level pass; the regex [^\t\n\r\x20-\x7e]
# searched three times a message, 2 to 8 µs each): what is left is what they read apart.
_PLAIN_ASCII = bytes([9, 10, 13, *range(0x20, 0x7F)])


def plain(text: str) -> bool:
    """Whether both dialects read every character of the text alike (see the docstring)."""
    if text.isascii():
        return not text.encode("ascii").translate(None, _PLAIN_ASCII)
    if text.encode("ascii", "ignore").translate(None, _PLAIN_ASCII):
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

    def __init__(
        self,
        hs: Any,
        patterns: list[tuple[int, str]],
        path: Path | None,
        as_written: frozenset[int] = frozenset(),
        caseless: frozenset[int] = frozenset(),
        edges: bool = False,
    ) -> None:
        """`as_written`: the numbers of patterns read as written (see `expression`);
        `caseless`: those of them that are case-insensitive, for a text scanned as written
        (Hyperscan's caseless flag: on the ASCII it reads, what re.IGNORECASE matches);
        `edges`: each scan reads a whole text and nothing else (see `_with_edges`)."""
        self.patterns = patterns
        self.as_written = as_written
        self.caseless = caseless
        self.edges = edges
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
        (which must be plain, and the database ready; with case-sensitive patterns, a text
        that also holds the text as written)."""
        found: list[int] = []
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # one per thread: a scratch space serves one scan at a time
            scratch = self._local.scratch = self._scratch.clone()
        self._db.scan(
            b"\n" + scanned_bytes(lower) + b"\n" if self.edges else scanned_bytes(lower),
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
        flags = hs.HS_FLAG_PREFILTER | hs.HS_FLAG_SINGLEMATCH
        flags |= hs.HS_FLAG_ALLOWEMPTY
        as_written = self.as_written
        chosen = [
            (n, e)
            for n, p in self.patterns
            if (e := expression(p, n not in as_written, self.edges)) is not None
        ]
        caseless = self.caseless
        flags_of = {n: flags | hs.HS_FLAG_CASELESS if n in caseless else flags for n, _ in chosen}
        db = None
        for attempt in range(2):
            db = hs.Database()
            try:
                db.compile(
                    expressions=[e.encode("utf-8") for _, e in chosen],
                    ids=[n for n, _ in chosen],
                    elements=len(chosen),
                    flags=[flags_of[n] for n, _ in chosen],
                )
                break
            except hs.error:
                if attempt:
                    return  # give up: the word triggers go on alone
                chosen = [(n, e) for n, e in chosen if _compiles(hs, e, flags_of[n])]
        inside = frozenset(n for n, _ in chosen)
        if path is not None:  # owner-only, like every file in the data folder
            blob = marshal.dumps((FORMAT, hs.__version__, sorted(inside), hs.dumpb(db)))
            precompiled.write_file(path, blob)
        self._use(db, inside)


# One scanner per set of patterns in a process: checkers built alike share it.
_SHARED: dict[str, MultiScan] = {}


def scanner(
    patterns: list[tuple[int, str]],
    cache: Path | None,
    as_written: frozenset[int] = frozenset(),
    caseless: frozenset[int] = frozenset(),
    edges: bool = False,
) -> MultiScan | None:
    """The scanner for these (number, pattern) pairs: loaded from the cache folder, or being
    compiled in the background; None when the hyperscan wheel is not installed. The patterns
    are case-insensitive, for lower-cased text, but for the numbers in `as_written`, read as
    written; of these, the numbers in `caseless` are matched without regard to case. With
    `edges`, each scan reads one whole text and nothing else, and the patterns' edges are
    read as the text around a match (see `_with_edges`)."""
    try:
        hs = importlib.import_module("hyperscan")
    except ImportError:
        return None
    if edges:
        key = repr(
            ("edges", FORMAT, hs.__version__, patterns, sorted(as_written), sorted(caseless))
        )
    elif caseless:
        key = repr((FORMAT, hs.__version__, patterns, sorted(as_written), sorted(caseless)))
    elif as_written:
        key = repr((FORMAT, hs.__version__, patterns, sorted(as_written)))
    else:
        key = repr((FORMAT, hs.__version__, patterns))
    found = _SHARED.get(key)
    if found is None:
        name = f"multiscan-{zlib.crc32(key.encode('utf-8')):08x}.bin"
        path = None if cache is None else cache / name
        found = _SHARED[key] = MultiScan(hs, patterns, path, as_written, caseless, edges)
    return found


def _compiles(hs: Any, expr: str, flags: int) -> bool:
    try:
        hs.Database().compile(
            expressions=[expr.encode("utf-8")], ids=[0], elements=1, flags=[flags]
        )
    except hs.error:
        return False
    return True
