"""A status line with a spinner on stderr while a model call is in flight, on a terminal
only (nothing on a pipe or in a file). Drawn by rich's Status, which typer already brings;
rich is imported on the first update, so commands that never call a model do not load it.
"""

from __future__ import annotations

import sys
from typing import Any


class Spinner:
    """Started by the first `update`, stopped (and its line cleared) by `stop`."""

    def __init__(self) -> None:
        self._status: Any = None

    def update(self, text: str) -> None:
        """Show `text` next to the spinner."""
        if self._status is None:
            from rich.console import Console

            self._status = Console(stderr=True).status(text)
            self._status.start()
        else:
            self._status.update(text)

    def stop(self) -> None:
        """Remove the status line."""
        if self._status is not None:
            self._status.stop()
            self._status = None


def terminal_spinner() -> Spinner | None:
    """A Spinner when stderr is a terminal, else None."""
    return Spinner() if sys.stderr.isatty() else None
