"""Read user input (files or stdin) safely: size, binary, encoding, emptiness, .eml parsing.

Every problem becomes one InputError line; nothing here writes to the user's files.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from followup.errors import InputError
from followup.frontmatter import split_front_matter

MAX_INPUT_BYTES = 256 * 1024  # far beyond any note or message; keeps a stray log file out
STDIN_NAME = "<stdin>"


@dataclass
class SourceText:
    """A decoded input, with front matter split off and, for .eml, the headers we use."""

    name: str
    text: str
    path: Path | None = None
    body_start: int = 0
    front_matter: dict[str, object] = field(default_factory=dict)
    is_email: bool = False
    recipient_name: str | None = None
    recipient_email: str | None = None
    newline: str = "\n"  # the file's line ending, "\r\n" when every line ends so
    bom: bool = False  # whether the file starts with a UTF-8 byte order mark

    def encode(self, text: str) -> bytes:
        """Text (with "\n" line ends) as this file's bytes: its line endings, its BOM."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return (b"\xef\xbb\xbf" if self.bom else b"") + text.encode("utf-8")


def read_bytes(arg: str, stdin: BinaryIO | None = None) -> tuple[str, bytes, Path | None]:
    """Raw bytes from a path, or from stdin for '-'; refuse folders and huge files."""
    if arg == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_INPUT_BYTES + 1)
        return STDIN_NAME, data, None
    if not arg.strip():
        raise InputError("an empty file name was given; name a file (or '-' for stdin)")
    path = Path(arg)
    if path.is_dir():
        raise InputError(f"{arg}: is a folder; give a file (or '-' for stdin)")
    if not path.exists():
        raise InputError(f"{arg}: no such file")
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"{arg}: too large ({size / 1_000_000:.1f} MB); "
                f"the limit is {MAX_INPUT_BYTES // 1024} KB"
            )
        with path.open("rb") as handle:  # bounded: devices and pipes report no size
            data = handle.read(MAX_INPUT_BYTES + 1)
    except PermissionError:
        raise InputError(f"{arg}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{arg}: cannot read: {exc.strerror or exc}") from None
    return arg, data, path


def decode(name: str, data: bytes) -> str:
    """UTF-8 text (a BOM is fine); refuse binary, invalid UTF-8, oversize and empty input."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: too large; the limit is {MAX_INPUT_BYTES // 1024} KB")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text.replace("\r\n", "\n")


def read_source(arg: str, stdin: BinaryIO | None = None) -> SourceText:
    """Read and decode one input; parse .eml headers or front matter."""
    name, data, path = read_bytes(arg, stdin)
    text = decode(name, data)
    if path is not None and path.suffix.lower() == ".eml":
        return _from_email(name, text, path)
    front, body_start = split_front_matter(text, name)
    source = SourceText(name, text, path, body_start, front)
    source.bom = data.startswith(b"\xef\xbb\xbf")
    crlf = data.count(b"\r\n")
    if crlf and crlf == data.count(b"\n"):
        source.newline = "\r\n"
    return source


def _from_email(name: str, text: str, path: Path) -> SourceText:
    import email
    import email.policy
    from email.message import EmailMessage
    from email.utils import getaddresses

    msg = email.message_from_string(text, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise InputError(f"{name}: not an email message (no headers)")
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        raise InputError(f"{name}: has no plain-text body to check")
    try:
        body = part.get_content()
    except (LookupError, ValueError) as exc:
        raise InputError(f"{name}: cannot decode the body: {exc}") from None
    subject = str(msg.get("Subject", "")).strip()
    view = f"Subject: {subject}\n\n{body.strip()}\n" if subject else body
    if not view.strip():
        raise InputError(f"{name}: is empty")
    recipients = getaddresses([str(v) for v in msg.get_all("To", [])])
    rname, remail = recipients[0] if recipients else ("", "")
    return SourceText(
        name,
        view.replace("\r\n", "\n"),
        path,
        is_email=True,
        recipient_name=rname or None,
        recipient_email=remail or None,
    )
