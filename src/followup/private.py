"""Owner-only folders and files for what followup keeps in its data folder: the folder is
created 0700 and every file in it 0600 (the history, the model-call cache, the style cache,
eval runs), whatever the umask, because they hold private notes, names and messages.

Standard library only (the lint path writes the style cache). The modes are set when a
folder or file is created; an existing folder (FOLLOWUP_HOME may be any folder you name) is
left as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create the folder owner-only unless it exists, and its missing parents too (mkdir's
    `parents` would give those the umask's mode: FOLLOWUP_HOME made as the cache folder's
    parent came out 0755); return it."""
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    return missing[0] if missing else path


def create_private(path: Path) -> bool:
    """Create an empty owner-only file (and its folder) unless it exists; True when created.
    For files another library then opens, such as an SQLite database."""
    private_folder(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def write_private(path: Path, data: bytes) -> None:
    """Replace the file's contents at once (a temporary file renamed over it), owner-only."""
    private_folder(path.parent)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def open_private(path: Path, mode: str = "a") -> int:
    """A file descriptor for appending to (or creating) an owner-only file."""
    private_folder(path.parent)
    flags = os.O_CREAT | os.O_WRONLY | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    return os.open(path, flags, FILE_MODE)
