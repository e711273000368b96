"""Safe YAML loading, through libyaml when PyYAML was built with it (several times faster)."""

from __future__ import annotations

from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML safely; raises yaml.YAMLError on bad input."""
    return yaml.load(text, Loader=_Loader)
