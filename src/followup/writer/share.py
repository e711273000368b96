"""What a check-in offers: a URL and a title, given in either order, in a flag or the notes.

`--share 'https://example.org/report Churn report'` and `--share 'Churn report
https://example.org/report'` mean the same; a bare word ("article") is refused with an
example, because a check-in that points at nothing offers nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)
from followup.errors import InputError

_URL = re.compile(r"https?://[^\s\"'<>]+")
EXAMPLE = "--share 'https://example.org/report Churn benchmarks for subscription businesses'"


@dataclass(frozen=True)
class Share:
    """A link to offer and its title (the title may be empty when the notes give none)."""

    url: str
    title: str = ""

    def __str__(self) -> str:
        return f"{self.url} {self.title}".strip()


def parse_share(text: str, *, source: str = "--share") -> Share:
    """A URL and an optional title around it, in either order; quotes around the title go."""
    m = _URL.search(text)
    if m is None:
        raise InputError(
            f"{source} {text.strip()!r} has no link: give a URL and a title, for example {EXAMPLE}"
        )
    url = m.group().rstrip(".,;)")
    title = (text[: m.start()] + " " + text[m.end() :]).strip()
    title = re.sub(r"\s*\((?:[^)]*)\)\s*$", "", title) if title.count('"') >= 2 else title
    title = title.strip(" \"'“”‘’-–—:,")
    return Share(url, title)
