"""Safe YAML loading, through libyaml when PyYAML was built with it (several times faster).

PyYAML is imported with its module-level patterns rebuilt from codes kept in the cache folder
(lazyre.kept_compiles), not compiled: about 6 ms of the first `followup write` of a notes
file, whose front matter is not in the cache yet."""

from __future__ import annotations

from typing import Any

from followup.lazyre import CALLS, kept_compiles

with kept_compiles(CALLS):
    import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """Parse YAML safely; raises yaml.YAMLError on bad input, including values its
    constructors reject (a date like 2026-13-45 raises ValueError inside PyYAML)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except (ValueError, TypeError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(None, None, f"invalid value: {exc}") from None


def refused_scalar(text: str) -> tuple[str, int, str] | None:
    """The top-level key whose value a constructor refuses (PyYAML reads 2026-02-30 as a date
    and fails with no line to name), its line in `text` (from 0) and the value as written;
    None when every value constructs or the text is no mapping."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if not isinstance(value, yaml.ScalarNode):
            continue
        try:
            _Loader("").construct_document(value)
        except (ValueError, TypeError, OverflowError):
            return str(key.value), value.start_mark.line, str(value.value)
    return None
