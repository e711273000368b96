"""Load a style: a folder of YAML rule files, validated on load and cached as plain data.

The first load of a style folder parses its YAML and validates every file against the
rule-file schema (checker/spec.py), naming the file and field of any mistake. The validated
rules are then cached as JSON under the cache folder, keyed by the files' names, sizes and
modification times, so later runs skip YAML and pydantic entirely and start fast. Next to
it, in a `.regex` file, every pattern's fast form compiled (see precompiled.py), so later
runs do not compile regular expressions either.
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path
from typing import Any

from followup import __version__
from followup.checker import precompiled
from followup.checker.rules import RULE_TYPES, Rule
from followup.config import cache_dir
from followup.errors import RuleError

BUILTIN_STYLES = Path(__file__).parent / "styles"
DEFAULT_STYLE = BUILTIN_STYLES / "etiquette"


def rule_files(folder: Path) -> list[Path]:
    """The *.yml and *.yaml files of a style folder, sorted."""
    if not folder.is_dir():
        raise RuleError(f"{folder}: style folder not found")
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    if not files:
        raise RuleError(f"{folder}: style folder has no .yml rule files")
    return files


CACHE_FORMAT = 27  # bump when the cached data changes shape (27: scorer exception triggers)


def _fingerprint(folder: Path, files: list[Path]) -> str:
    stats = [(f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files]
    where = str(folder.resolve())
    return json.dumps([CACHE_FORMAT, __version__, sys.version_info[:2], where, stats])


def _cache_file(folder: Path) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    # A CRC of the folder's path names the file (hashlib would load OpenSSL, a few ms of
    # start-up on every run); the fingerprint inside names the folder, so a clash of two
    # folders only costs speed.
    digest = zlib.crc32(str(folder.resolve()).encode())
    return base / f"style-{digest:08x}.json"


def _read_cache(path: Path | None, fingerprint: str) -> list[dict[str, Any]] | None:
    if path is None:
        return None
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(cached, dict) or cached.get("fingerprint") != fingerprint:
        return None
    rules = cached.get("rules")
    return rules if isinstance(rules, list) else None


def _write_cache(path: Path | None, fingerprint: str, rules: list[dict[str, Any]]) -> None:
    if path is None:
        return
    try:
        from followup.private import write_private

        write_private(path, json.dumps({"fingerprint": fingerprint, "rules": rules}).encode())
    except OSError:
        pass  # a read-only home only costs speed


def validate_rule_file(path: Path, style: str) -> Rule:
    """Parse and validate one rule file; raise RuleError naming the file and field."""
    import yaml

    from followup.checker.spec import check_rule_data
    from followup.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise RuleError(f"{path}: not valid YAML{at}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping of fields")
    kind = data.get("extends")
    if kind not in RULE_TYPES:
        valid = ", ".join(RULE_TYPES)
        raise RuleError(f"{path}: field 'extends': unknown rule type {kind!r}; valid: {valid}")
    rule_id = f"{style}.{path.stem}"
    if "id" in data and data["id"] != rule_id:
        raise RuleError(f"{path}: field 'id': {data['id']!r} does not match the file ({rule_id})")
    data["id"] = rule_id
    rule = check_rule_data(str(path), data)
    rule.source = str(path)
    return rule


def from_cache(data: dict[str, Any]) -> Rule:
    """A rule rebuilt from its cached fields (already validated when they were cached)."""
    fields = dict(data)
    return RULE_TYPES[fields.pop("extends")](**fields)


def load_style(folder: Path) -> list[Rule]:
    """Every rule in a style folder, sorted by id, from the cache when it is current."""
    files = rule_files(folder)
    fingerprint = _fingerprint(folder, files)
    cache = _cache_file(folder)
    data = _read_cache(cache, fingerprint)
    if data is not None:
        _register_compiled(cache, fingerprint)
        return [from_cache(d) for d in data]
    from followup.checker.examples import example_failure

    rules = [validate_rule_file(f, folder.name) for f in files]
    for path, rule in zip(files, rules, strict=True):
        failure = example_failure(rule)
        if failure is not None:
            raise RuleError(f"{path}: {failure}")
    _write_cache(cache, fingerprint, [rule.cache_data() for rule in rules])
    _write_compiled(cache, fingerprint, rules)
    return rules


def _compiled_file(cache: Path) -> Path:
    return cache.with_suffix(".regex")


def _register_compiled(cache: Path | None, fingerprint: str) -> None:
    """Make the style's compiled patterns (see precompiled.py) available, if they fit."""
    if cache is None:
        return
    try:
        data = _compiled_file(cache).read_bytes()
    except OSError:
        return
    precompiled.register(data, fingerprint)


def _write_compiled(cache: Path | None, fingerprint: str, rules: list[Rule]) -> None:
    """Compile every pattern's fast form once and keep it next to the style cache."""
    from followup.checker.patterns import compiled_entries

    entries = compiled_entries([ps for rule in rules for ps in rule.pattern_sets()])
    data = precompiled.dump(entries, fingerprint)
    precompiled.register(data, fingerprint)  # this run uses them too
    if cache is not None:
        precompiled.write_file(_compiled_file(cache), data)
