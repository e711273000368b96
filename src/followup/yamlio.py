"""Safe YAML loading, through libyaml when PyYAML was built with it (several times faster)."""

from __future__ import annotations

from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML safely; raises yaml.YAMLError on bad input, including values its
    constructors reject (a date like 2026-13-45 raises ValueError inside PyYAML)."""
    try:
        return yaml.load(text, Loader=_Loader)
    except (ValueError, TypeError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(None, None, f"invalid value: {exc}") from None
