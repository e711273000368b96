"""Notes kept as commit messages (`git log` output pasted or saved), read as plain notes.

A developer may keep a job hunt in a repository and paste its history: each commit a header
(`commit <hash>`, `Author: NAME <address>`, `Date: ...`, for a merge `Merge: ...`) and its
message indented by four spaces under it. The messages are the notes; the author is the
writer; each commit's date is the day that entry was written.

Recognised by the format's own syntax: a line `commit` and a hash of 7 to 40 hex digits, with
an `Author:` line under it. Rewritten as a person would type the log: the author, when one
person wrote every commit, as a `Me:` line (their address kept in brackets); then each commit,
oldest first (git lists the newest first unless asked otherwise), as its day on a line of its
own over its message, unindented. When most subject lines open with a conventional-commit type
("feat: ", "chore(notes): ", "docs: "), that type is the log's bookkeeping and goes; a subject
that does not follow the convention keeps its words. The hash and the time of day go: they say
when the file changed, not what happened. More than one author: each entry's day line names
its author.

Standard library only (datetime reads git's date forms).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from followup import keptre as re  # the re functions, patterns kept compiled (keptre.py)

_COMMIT = re.compile(r"^commit[ \t]+[0-9a-f]{7,40}\b.*$")
_HEADER = re.compile(
    r"^(?P<key>Author|AuthorDate|Commit|CommitDate|Date|Merge)\s*:[ \t]*(?P<value>.*)$"
)
_AUTHOR = re.compile(r"^(?P<name>[^<>]*?)[ \t]*(?:<(?P<address>[^<>]*)>)?[ \t]*$")
# "type: " or "type(scope)!: " opening a subject (conventionalcommits.org)
_CONVENTIONAL = re.compile(r"^[a-z]+(?:\([\w ./-]*\))?!?:[ \t]+(?=\S)")
_DATE_FORMS = (
    "%a %b %d %H:%M:%S %Y %z",  # git's default
    "%a, %d %b %Y %H:%M:%S %z",  # --date=rfc
    "%Y-%m-%d %H:%M:%S %z",  # --date=iso
    "%Y-%m-%dT%H:%M:%S%z",  # --date=iso-strict
)


@dataclass
class _Commit:
    author: str = ""
    address: str = ""
    day: dt.datetime | None = None
    day_text: str = ""
    message: list[str] = field(default_factory=list)


def _when(text: str) -> dt.datetime | None:
    text = re.sub(r"[ \t]+", " ", text.strip())
    for form in _DATE_FORMS:
        try:
            return dt.datetime.strptime(text, form)
        except ValueError:
            continue
    return None


def is_git_log(lines: list[str]) -> bool:
    """A `git log`: a commit line with an Author line right under it (or under a Merge)."""
    for i, line in enumerate(lines):
        if _COMMIT.match(line):
            below = [ln for ln in lines[i + 1 : i + 3]]
            if any(ln.startswith("Author:") for ln in below):
                return True
    return False


def _commits(lines: list[str]) -> tuple[list[str], list[_Commit]]:
    before: list[str] = []
    commits: list[_Commit] = []
    for line in lines:
        if _COMMIT.match(line):
            commits.append(_Commit())
            continue
        if not commits:
            before.append(line)
            continue
        commit = commits[-1]
        header = _HEADER.match(line)
        if header and not commit.message:
            key, value = header.group("key"), header.group("value").strip()
            if key == "Author" and (author := _AUTHOR.match(value)):
                commit.author = author.group("name").strip()
                commit.address = (author.group("address") or "").strip()
            elif key in ("Date", "AuthorDate"):
                commit.day, commit.day_text = _when(value), value
            continue
        if commit.message or line.strip():
            commit.message.append(line[4:] if line.startswith("    ") else line.strip())
    for commit in commits:
        while commit.message and not commit.message[-1].strip():
            commit.message.pop()
    return before, commits


def _day_line(commit: _Commit) -> str:
    if commit.day is None:
        return commit.day_text
    return f"{commit.day:%a} {commit.day.day} {commit.day:%b %Y}"


def plain_git_log(lines: list[str]) -> list[str]:
    """A pasted `git log` (see the module's doc) as plain notes; other notes unchanged."""
    if not is_git_log(lines):
        return lines
    before, commits = _commits(lines)
    if not commits:
        return lines
    days = [c.day for c in commits if c.day is not None]
    if len(days) == len(commits) and days != sorted(days):
        commits.reverse()  # git's order, the newest first: the notes read oldest first
    subjects = [c.message[0] for c in commits if c.message]
    conventional = sum(bool(_CONVENTIONAL.match(s)) for s in subjects)
    drop_types = conventional >= 2 and conventional * 2 >= len(subjects)
    authors = {c.author for c in commits if c.author}
    out = list(before)
    if len(authors) == 1:
        author = commits[0].author
        address = next((c.address for c in commits if c.address), "")
        out += [f"Me: {author}" + (f" ({address})" if address else ""), ""]
    for commit in commits:
        day = _day_line(commit)
        if len(authors) > 1 and commit.author:
            day = f"{day} - {commit.author}".strip(" -")
        message = list(commit.message)
        if message and drop_types:
            message[0] = _CONVENTIONAL.sub("", message[0], count=1)
        out += [day, *message, ""]
    return out
