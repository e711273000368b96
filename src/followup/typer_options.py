"""Typer options built from the shared option definitions (options.py), for cli.py and
cli_history.py alike: its own module because cli.py imports cli_history.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from followup.options import Opt


def _choice(opt: Opt) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in opt.choices:
            raise typer.BadParameter(f"{value!r} is not one of: {', '.join(opt.choices)}")
        return value

    return parse


def typer_option(opt: Opt) -> Any:
    """A typer option from a shared definition (options.py)."""
    help_text = opt.help + (f" One of: {', '.join(opt.choices)}." if opt.choices else "")
    kwargs: dict[str, Any] = {"help": help_text, "envvar": opt.envvar}
    if not opt.is_flag:
        kwargs["metavar"] = opt.metavar
    if opt.minimum is not None:
        kwargs["min"] = opt.minimum
    if opt.maximum is not None:
        kwargs["max"] = opt.maximum
    if opt.choices:
        kwargs["parser"] = _choice(opt)
    return typer.Option(*opt.flags, **kwargs)
