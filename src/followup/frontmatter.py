"""Split YAML front matter (between `---` lines at the top) from the text after it.

We parse it ourselves rather than through python-frontmatter because the linter needs the
exact offset where the body starts, so that findings keep pointing into the original file.

Parsed front matter is cached as JSON in the cache folder (config.cache_dir), keyed by the
YAML text itself, the way validated styles are: importing PyYAML and compiling its patterns
costs about as much as reading the notes once, and people run `followup write`, `plan` and
`due` on the same notes again and again. (The key was a SHA-256 of the text: hashlib loads
OpenSSL, about 2 ms of every write, and the file already holds what the text says.) Only
plain data is cached (strings, numbers, booleans, nulls, lists, mappings with string keys,
dates and naive date-times); anything else YAML can build, and every YAML error, goes
through PyYAML each time.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from followup import __version__
from followup.errors import ConfigError, InputError

# the opening fence, the block (none at all in "---\n---\n") and the closing fence
_FENCE = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)??---[ \t]*(?:\r?\n|\Z)", re.S)
# the keys that hold one value, in notes (notes.FRONT_MATTER_KEYS, a test holds the two
# together) and in a draft: a list or a mapping there is a typo, never a reading
SINGLE_VALUE_KEYS = frozenset(
    [
        "candidate",
        "name",
        "me",
        "my_name",
        "company",
        "organization",
        "employer",
        "role",
        "position",
        "job",
        "applying_for",
        "gig",
        "pozíció",
        "cég",
        "school",
        "organisation",
        "interview_on",
        "when",
        "interview_date",
        "date",
        "decision_date",
        "kind",
    ]
)

CACHE_FORMAT = 2  # bump when the cached data changes shape
CACHE_ENTRIES = 64  # the most recently added front matters kept in the cache file


def split_front_matter(text: str, source: str) -> tuple[dict[str, object], int]:
    """(front matter mapping, offset where the body starts); ({}, 0) when there is none."""
    if not re.match(r"---[ \t]*\r?\n", text):  # "---------- Forwarded message" is not a fence
        return {}, 0
    m = _FENCE.match(text)
    if m is None:
        raise InputError(f"{source}: front matter starts with '---' but has no closing '---'")
    block = m.group(1) or ""
    cache = _FrontMatterCache.open()
    data = cache.get(block) if cache is not None else None
    if data is None:
        data = _parse(block, source)
        if cache is not None:
            cache.put(block, data)
    _one_value_each(data, block, source)
    return data, m.end()


def _line_of(key: str, block: str) -> int:
    """The file's line number of a top-level key (the opening '---' is line 1)."""
    for number, line in enumerate(block.splitlines(), start=2):
        if re.match(rf"['\"]?{re.escape(key)}['\"]?[ \t]*:", line):
            return number
    return 2


def _one_value_each(data: dict[str, object], block: str, source: str) -> None:
    """A list or a mapping given as the company, the role, a date...: one line naming the
    field and its line, rather than a fact silently left unread."""
    for key, value in data.items():
        if not isinstance(value, (list, dict)):
            continue
        if key.lower().replace("-", "_").replace(" ", "_") not in SINGLE_VALUE_KEYS:
            continue
        shape = "a list" if isinstance(value, list) else "a set of 'key: value' lines"
        raise InputError(
            f"{source}: front matter line {_line_of(key, block)}: {key} is {shape}; "
            f"give one value ({key}: ...)"
        )


def _parse(block: str, source: str) -> dict[str, object]:
    from followup.yamlio import YAMLError, load_yaml, refused_scalar

    try:
        data = load_yaml(block)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is None:  # a date YAML's constructor refused (2026-02-30): name it and its line
            bad = refused_scalar(block)
            if bad is not None:
                key, line_number, raw = bad[0], bad[1] + 2, bad[2]  # the fence is line 1
                reason = str(getattr(exc, "problem", "") or exc).removeprefix("invalid value: ")
                raise InputError(
                    f"{source}: front matter line {line_number}: {key} {raw!r} is not a date "
                    f"({reason}; write it as 2026-05-19)"
                ) from None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        opened = _unclosed(exc, block)
        if opened is not None and mark is not None and opened[1] < mark.line:
            what, line_number = opened
            raise InputError(
                f"{source}: malformed front matter (line {line_number + 2}): {what} that opens "
                f"here is never closed (on line {mark.line + 2}: {problem})"
            ) from None
        line = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(f"{source}: malformed front matter{line}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{source}: front matter must be 'key: value' lines")
    return {str(k): v for k, v in data.items()}


# what PyYAML was reading when it gave up, for the constructs that must be closed: it marks
# the line it gave up on (the next key, or the end), but the fault is where the '[', '{' or
# quote opened
_UNCLOSED = {
    "while parsing a flow sequence": "the list '[' ",
    "while parsing a flow mapping": "the mapping '{' ",
    "while scanning a quoted scalar": "the quoted value ",
}


def _unclosed(exc: Exception, block: str = "") -> tuple[str, int] | None:
    """(what was left open, its line in the block from 0) when PyYAML gave up inside an
    unclosed list, mapping or quoted value; None for any other error. A list left open
    after a comma (`role: [QA,`) gives up "while parsing a flow node", marked where it gave
    up: the '[' or '{' still open is then found from the block's tokens (trial 12)."""
    context = str(getattr(exc, "context", ""))
    what = _UNCLOSED.get(context)
    opened = getattr(exc, "context_mark", None)
    if what and opened is not None:
        return what.rstrip(), opened.line
    if context == "while parsing a flow node" and block:
        return _open_bracket(block)
    return None


def _open_bracket(block: str) -> tuple[str, int] | None:
    """The innermost '[' or '{' of the block that is never closed, and its line from 0, by
    PyYAML's scanner (so brackets inside quoted values do not count)."""
    import yaml

    stack: list[tuple[str, int]] = []
    try:
        for token in yaml.scan(block, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
                opener = "[" if isinstance(token, yaml.FlowSequenceStartToken) else "{"
                stack.append((opener, token.start_mark.line))
            elif stack and isinstance(token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken):
                stack.pop()
    except yaml.YAMLError:
        pass  # the tokens up to the fault are enough
    if not stack:
        return None
    opener, line = stack[-1]
    return ("the list '['" if opener == "[" else "the mapping '{'"), line


class _Unsupported(Exception):
    """A value the JSON cache does not hold exactly."""


def _encode(value: Any) -> Any:
    """The value as JSON data; dates become {"$date": ...}, date-times {"$datetime": ...}."""
    kind = type(value)
    if value is None or kind in (str, bool, int):
        return value
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unsupported
        return value
    if kind is list:
        return [_encode(v) for v in value]
    if kind is dict:
        if not all(type(k) is str and not k.startswith("$") for k in value):
            raise _Unsupported
        return {k: _encode(v) for k, v in value.items()}
    if kind is dt.date:
        return {"$date": value.isoformat()}
    if kind is dt.datetime and value.tzinfo is None:
        return {"$datetime": value.isoformat()}
    raise _Unsupported


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$datetime" in value:
            return dt.datetime.fromisoformat(value["$datetime"])
        return {k: _decode(v) for k, v in value.items()}
    return value


_OPEN: dict[Path, _FrontMatterCache] = {}


class _FrontMatterCache:
    """One JSON file: {"format": ..., "version": followup's, "entries": {the YAML text:
    encoded data}}, the newest CACHE_ENTRIES kept. A missing, unreadable or stale file (an
    older format, another version of followup) is an empty cache; a failed write only costs
    speed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, Any] | None = None

    @classmethod
    def open(cls) -> _FrontMatterCache | None:
        """The cache for this process (read once), or None when caching is off or the
        cache folder is unusable (the command reports that where it needs the folder)."""
        from followup.config import cache_dir

        try:
            base = cache_dir()
        except ConfigError:
            return None
        if base is None:
            return None
        path = base / "front-matter.json"
        if path not in _OPEN:
            _OPEN[path] = cls(path)
        return _OPEN[path]

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            import json

            try:
                cached = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                cached = None
            ok = isinstance(cached, dict) and cached.get("format") == CACHE_FORMAT
            ok = ok and cached.get("version") == __version__
            entries = cached.get("entries") if ok else None
            self._entries = entries if isinstance(entries, dict) else {}
        return self._entries

    def get(self, block: str) -> dict[str, object] | None:
        """The parsed front matter, if this YAML text was cached."""
        found = self._load().get(block)
        if not isinstance(found, dict):
            return None
        try:
            decoded = _decode(found)
        except (TypeError, ValueError):
            return None
        return decoded if isinstance(decoded, dict) else None

    def put(self, block: str, data: dict[str, object]) -> None:
        """Cache the parsed front matter, when it is plain data."""
        import json

        from followup.private import write_private

        try:
            encoded = _encode(data)
        except _Unsupported:
            return
        entries = self._load()
        entries[block] = encoded
        for stale in list(entries)[:-CACHE_ENTRIES]:
            del entries[stale]
        try:
            text = json.dumps({"format": CACHE_FORMAT, "version": __version__, "entries": entries})
            write_private(self.path, text.encode("utf-8"))
        except OSError:
            pass
