"""Compiled regular expressions kept with the style cache, so a lint run does not compile.

Compiling is most of what a first check of a message costs: `re.compile` parses and
compiles each pattern in Python (0.3 to 2 ms for the rules' larger alternations), and a
short draft needs a dozen or more. The compiled form is a list of integers (the regex
engine's code), which `_sre.compile` turns back into a pattern object in microseconds.
When a style is validated, every pattern's fast form (see PatternSet.fast_regex) is
compiled once and its code written next to the style's JSON cache in `marshal` format;
later runs register those entries and rebuild the patterns they need from them.

This uses the internals of CPython's re package (re._parser, re._compiler, _sre), as the
trigger analysis does: their formats change between Python versions, so the file is keyed
by the Python version and the engine's MAGIC number, `_sre.compile` validates the code it
is given, and on any failure the pattern is simply compiled the ordinary way. A test holds
every rebuilt pattern equal (same code, flags and pattern) to `re.compile`'s.

One file format and one loader serve both files of compiled codes in the cache folder: the
style's `style-*.regex` (stamped with the style's fingerprint) and the writer's
`patterns-*.marshal` (lazyre.py, stamped "patterns"). `dump` writes (engine, stamp,
checksum, payload); `load` hands back the entries only when all four fit, so a damaged,
foreign or stale file reads as no file, and the next write replaces it.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

try:
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    ENGINE = f"{sys.implementation.name}-{sys.version_info[:2]}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _INFO = int(_c.INFO)
    _INFO_SKIPS = int(_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET)
except (ImportError, AttributeError):  # pragma: no cover - another Python: always compile
    _sre = None
    ENGINE = ""
    _INFO = _INFO_SKIPS = -1

# A compiled pattern: (flags as compiled, groups, groupindex, indexgroup, code as bytes).
Code = tuple[int, int, dict[str, int], tuple[str | None, ...], bytes]
# What is kept for a rule's pattern (as written, with its flags): its fast form's source,
# flags and leading check (see PatternSet.fast_regex), and that form compiled.
Entry = tuple[str, int, str | None, Code]
_REGISTRY: dict[tuple[str, int], Entry] = {}
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == 4), "I")  # _sre.CODESIZE is 4


def code_for(pattern: str, flags: int, *, hoist: bool = False) -> Code | None:
    """The compiled form of a pattern, as re.compile builds it; None if unavailable. With
    `hoist`, a pattern that opens with lookbehinds before one character is compiled in the
    equivalent order that lets the engine skip ahead (see `hoisted`)."""
    if _sre is None or array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if hoist:
            parsed = hoisted(parsed)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        data = array(_CODE_TYPE, code).tobytes()
        groups = parsed.state.groups - 1
        return (flags | parsed.state.flags, groups, groupindex, tuple(indexgroup), data)
    except Exception:  # anything the internals do not accept: compile as usual later
        return None


_ONE_CHARACTER = ("LITERAL", "NOT_LITERAL", "IN", "ANY")


def hoisted(parsed: Any) -> Any:
    """A parsed pattern that opens with lookbehinds and then one character (`(?<!\\bis)\\s
    (?:rough|...)`), reordered to open with that character, each lookbehind moved after it
    and ending with it (`\\s(?<!\\bis\\s)(?:rough|...)`); else the pattern as parsed.

    The two match the same spans with the same groups: a lookbehind for X where the
    character starts holds exactly when, once the character is read, a lookbehind for X
    followed by that character holds (the same text, one character longer, at the same
    place). But the engine tries a pattern that opens with lookbehinds at every position of
    the text, all its lookbehinds each time, and skips in C to the next possible first
    character of one that opens with a character: for the slot rules' tacked-on words
    (rules/slots.py) that was 15 µs a slot against 3. Lookbehinds with groups are left as
    they are (their numbers would change)."""
    items = list(parsed.data)
    k = 0
    while k < len(items) and items[k][0] in (_c.ASSERT, _c.ASSERT_NOT) and items[k][1][0] < 0:
        k += 1
    if k == 0 or k == len(items) or str(items[k][0]) not in _ONE_CHARACTER:
        return parsed
    if any(_has_groups(sub) for _, (_, sub) in items[:k]):
        return parsed
    first = items[k]
    moved = [
        (op, (direction, _parser.SubPattern(sub.state, [*sub.data, first])))
        for op, (direction, sub) in items[:k]
    ]
    return _parser.SubPattern(parsed.state, [first, *moved, *items[k + 1 :]])


def _has_groups(sub: Any) -> bool:
    """Whether a parsed sequence holds a capturing group or refers to one."""
    for op, av in sub.data if hasattr(sub, "data") else sub:
        name = str(op)
        if name in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "GROUPREF_UNI_IGNORE"):
            return True
        if name == "SUBPATTERN" and (av[0] is not None or _has_groups(av[3])):
            return True
        if name == "BRANCH" and any(_has_groups(alt) for alt in av[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and _has_groups(av[2]):
            return True
        if name in ("ASSERT", "ASSERT_NOT") and _has_groups(av[1]):
            return True
        if name == "ATOMIC_GROUP" and _has_groups(av):
            return True
    return False


def has_prefix(code: Code) -> bool:
    """Whether the engine finds where a match can start on its own (a literal prefix or a
    set of first characters in the pattern's INFO block): then it skips ahead in C, and a
    test of the text's literals first (lazyre.py) costs more than it saves."""
    words = array(_CODE_TYPE, code[4])
    return len(words) > 2 and words[0] == _INFO and bool(words[2] & _INFO_SKIPS)


def rebuild(pattern: str, code: Code) -> re.Pattern[str] | None:
    """The pattern object from its compiled form; None when the engine refuses the code."""
    all_flags, groups, groupindex, indexgroup, data = code
    try:
        compiled: re.Pattern[str] = _sre.compile(
            pattern, all_flags, array(_CODE_TYPE, data).tolist(), groups, groupindex, indexgroup
        )
    except Exception:  # invalid code (a damaged file): compile as usual
        return None
    return compiled


def lookup(pattern: str, flags: int) -> tuple[re.Pattern[str], str | None] | None:
    """A registered pattern's fast form, rebuilt, with its leading check; None if unknown."""
    entry = _REGISTRY.get((pattern, flags))
    if entry is None:
        return None
    fast, _, lead, code = entry
    compiled = rebuild(fast, code)
    if compiled is None:
        del _REGISTRY[(pattern, flags)]
        return None
    return compiled, lead


def dump(entries: dict[Any, Any], stamp: str) -> bytes:
    """The file form of compiled patterns, with a checksum: the engine accepts some damaged
    code as valid (it checks the code's form, not that it is the pattern's)."""
    payload = marshal.dumps(entries)
    return marshal.dumps((ENGINE, stamp, zlib.crc32(payload), payload))


def load(data: bytes, stamp: str) -> dict[Any, Any] | None:
    """The entries of a file written by `dump` for this stamp and this Python; None when
    the file does not fit (another stamp or Python) or is damaged."""
    if not ENGINE:
        return None
    try:
        engine, found, checksum, payload = marshal.loads(data)
        if engine != ENGINE or found != stamp or zlib.crc32(payload) != checksum:
            return None
        entries = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    return entries if isinstance(entries, dict) else None


def read_file(path: Path, stamp: str) -> dict[Any, Any] | None:
    """`load` of a file; None when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return load(data, stamp)


def kept_order(
    kept: dict[Any, Any], used: dict[Any, None], new: dict[Any, Any], limit: int
) -> dict[Any, Any]:
    """What a file of kept codes holds after a run (lazyre.py, keptcode.py): the codes this
    run did not use first, then the ones it used, then its new ones; the oldest beyond
    `limit` dropped."""
    entries = {k: v for k, v in kept.items() if k not in used}
    entries.update((k, kept[k]) for k in used if k in kept)
    entries.update(new)
    for stale in list(entries)[: max(0, len(entries) - limit)]:
        del entries[stale]
    return entries


def write_file(path: Path, data: bytes) -> None:
    """Replace a file of compiled codes, owner-only (private.py); a folder that cannot be
    written only costs speed."""
    from followup.private import write_private

    with contextlib.suppress(OSError):
        write_private(path, data)


def register(data: bytes, fingerprint: str) -> bool:
    """Register the compiled patterns of a file written by `dump` for this fingerprint and
    this Python; False (and nothing registered) when the file does not fit or is damaged."""
    entries = load(data, fingerprint)
    if entries is None:
        return False
    _REGISTRY.update(entries)
    return True
