"""Split YAML front matter (between `---` lines at the top) from the text after it.

We parse it ourselves rather than through python-frontmatter because the linter needs the
exact offset where the body starts, so that findings keep pointing into the original file.
"""

from __future__ import annotations

import re

from followup.errors import InputError

_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:^|\n)---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, source: str) -> tuple[dict[str, object], int]:
    """(front matter mapping, offset where the body starts); ({}, 0) when there is none."""
    if not re.match(r"---[ \t]*\r?\n", text):  # "---------- Forwarded message" is not a fence
        return {}, 0
    import yaml

    from followup.yamlio import load_yaml

    m = _FENCE.match(text)
    if m is None:
        raise InputError(f"{source}: front matter starts with '---' but has no closing '---'")
    try:
        data = load_yaml(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{source}: malformed front matter{line}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(f"{source}: front matter must be 'key: value' lines")
    return {str(k): v for k, v in data.items()}, m.end()
