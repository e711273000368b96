"""A small SQLite cache for chat-model calls, so a repeated identical call is free.

LangChain's own SQLiteCache lives in langchain-community, which would add SQLAlchemy and
a dozen other packages for this one class; this implements the same BaseCache interface
with the standard library's sqlite3. A file that is not a readable cache (garbage, another
program's database) is moved aside with a timestamp, kept for inspection, and a new cache is
started, with one warning line.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from langchain_core.caches import RETURN_VAL_TYPE, BaseCache
from langchain_core.load import Serializable, dumps, loads
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, Generation

# Only what a chat call returns may be revived from the cache file.
_ALLOWED: list[type[Serializable]] = [
    ChatGeneration,
    Generation,
    AIMessage,
    AIMessageChunk,
    ChatGenerationChunk,
]


class SQLiteLLMCache(BaseCache):
    """Generations keyed by (prompt, model settings)."""

    def __init__(self, path: Path, warn: Callable[[str], None] | None = None) -> None:
        from followup.private import create_private

        create_private(path)  # owner-only (0600) before SQLite opens it
        self.path = path
        try:
            self._create()
        except sqlite3.DatabaseError as exc:
            stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            aside = path.with_name(f"{path.name}.corrupt-{stamp}")
            path.replace(aside)
            create_private(path)
            self._create()
            if warn is not None:
                warn(
                    f"followup: warning: {path} was not a readable cache ({exc}); "
                    f"moved it to {aside.name} and started a new one"
                )

    def _create(self) -> None:
        """Create the table if needed and check that it has the expected columns."""
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS calls ("
                "prompt TEXT NOT NULL, llm TEXT NOT NULL, value TEXT NOT NULL, "
                "PRIMARY KEY (prompt, llm))"
            )
            db.execute("SELECT prompt, llm, value FROM calls LIMIT 1").fetchall()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path)

    def lookup(self, prompt: str, llm_string: str) -> RETURN_VAL_TYPE | None:
        """The cached generations, or None."""
        with self._connect() as db:
            row = db.execute(
                "SELECT value FROM calls WHERE prompt = ? AND llm = ?", (prompt, llm_string)
            ).fetchone()
        if row is None:
            return None
        with warnings.catch_warnings():  # loads() is marked beta; the format is stable
            warnings.simplefilter("ignore")
            value: Any = loads(row[0], allowed_objects=_ALLOWED)
        return list(value)

    def update(self, prompt: str, llm_string: str, return_val: RETURN_VAL_TYPE) -> None:
        """Store the generations of a call."""
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO calls VALUES (?, ?, ?)",
                (prompt, llm_string, dumps(list(return_val))),
            )

    def clear(self, **kwargs: Any) -> None:
        """Forget every call."""
        with self._connect() as db:
            db.execute("DELETE FROM calls")

    def __len__(self) -> int:
        with self._connect() as db:
            count: Sequence[int] = db.execute("SELECT COUNT(*) FROM calls").fetchone()
        return int(count[0])
