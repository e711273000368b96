"""Read user input (files or stdin) safely: size, binary, encoding, emptiness, .eml parsing.

Every problem becomes one InputError line; nothing here writes to the user's files.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from followup.errors import InputError
from followup.frontmatter import split_front_matter

MAX_INPUT_BYTES = 256 * 1024  # far beyond any note or message; keeps a stray log file out
STDIN_NAME = "<stdin>"
TEXT_SUFFIXES = (".txt", ".md", ".eml")  # what a folder given to lint is searched for
# Text with a UTF-16 byte order mark (Windows Notepad's "Unicode"), read as text.
_UTF16 = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


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
    bom: bool = False  # whether the file starts with a byte order mark
    encoding: str = "utf-8"  # or "utf-16-le" / "utf-16-be" (always with a BOM)

    def as_written(self, text: str) -> str:
        """Text (with "\n" line ends) as this file writes it: its line endings, and its BOM
        when it has one (what `lint --fix --stdout` prints)."""
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return ("\ufeff" if self.bom else "") + text

    def encode(self, text: str) -> bytes:
        """Text (with "\n" line ends) as this file's bytes: its line endings, its encoding
        and BOM (what `lint --fix` writes in place)."""
        return self.as_written(text).encode(self.encoding)


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


def utf16_codec(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes open with that byte order mark."""
    return next((codec for bom, codec in _UTF16 if data.startswith(bom)), None)


def decode(name: str, data: bytes) -> str:
    """UTF-8 text (a BOM is fine), or UTF-16 with its BOM; refuse binary, invalid UTF-8,
    oversize and empty input."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: too large; the limit is {MAX_INPUT_BYTES // 1024} KB")
    codec = utf16_codec(data)
    if codec is not None:
        try:
            text = data[2:].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 (byte {exc.start + 2})") from None
        if "\x00" in text:
            raise InputError(f"{name}: looks like a binary file, not text")
        if not text.strip():
            raise InputError(f"{name}: is empty")
        return text.replace("\r\n", "\n")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    text = decode_utf8(name, data)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text.replace("\r\n", "\n")


def decode_utf8(name: str, data: bytes) -> str:
    """UTF-8 text, a byte order mark allowed (and dropped); InputError naming the first bad
    byte (counted from the start of the file) otherwise: the one wording for notes, drafts
    and config files."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start + offset}); save it as UTF-8 and try again"
        ) from None


def read_source(arg: str, stdin: BinaryIO | None = None) -> SourceText:
    """Read and decode one input; parse .eml headers or front matter."""
    name, data, path = read_bytes(arg, stdin)
    text = decode(name, data)
    if path is not None and path.suffix.lower() == ".eml":
        return _from_email(name, text, path)
    front, body_start = split_front_matter(text, name)
    source = SourceText(name, text, path, body_start, front)
    source.encoding = utf16_codec(data) or "utf-8"
    source.bom = source.encoding != "utf-8" or data.startswith(codecs.BOM_UTF8)
    crlf = data.count("\r\n".encode(source.encoding))
    if crlf and crlf == data.count("\n".encode(source.encoding)):
        source.newline = "\r\n"
    return source


def expand_folders(args: list[str]) -> list[str]:
    """Each folder among the arguments replaced by its .txt, .md and .eml files, searched
    recursively in name order, skipping hidden files and folders (as prose linters do);
    other arguments as given. A folder with no such file is an InputError."""
    out: list[str] = []
    for arg in args:
        if arg == "-" or not os.path.isdir(arg):
            out.append(arg)
            continue
        found = []
        for root, folders, files in os.walk(arg):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            found += [
                os.path.join(root, f)
                for f in sorted(files)
                if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES)
            ]
        if not found:
            raise InputError(f"{arg}: is a folder with no .txt, .md or .eml file to lint")
        out += found
    return out


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
    to = msg.get("To")
    groups = getattr(to, "groups", ())
    if not (rname or remail) and groups:  # "To: Simon Whitlock:;" (a name, no address yet)
        rname = groups[0].display_name or ""
    return SourceText(
        name,
        view.replace("\r\n", "\n"),
        path,
        is_email=True,
        recipient_name=rname or None,
        recipient_email=remail or None,
    )
