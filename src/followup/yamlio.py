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
