"""`followup rules`, `followup rules show` and `followup new`: what they print and write.

Both front ends run these functions: the typer commands (cli.py) and the argparse fast path
(fastpath.py), which starts them without typer (typer converts a `Path` option through
pydantic on each run, about as long again as the command itself). Standard library only.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from followup.errors import InputError

if TYPE_CHECKING:
    from followup.checker.rules.base import Rule


def list_rules(config: Path | None) -> None:
    """Every rule: id, severity, type, kinds, and what it catches."""
    from followup.checker.engine import Checker
    from followup.config import discover_settings

    checker = Checker.from_settings(discover_settings(explicit=config))
    width = max(len(r.id) for r in checker.rules)
    for r in checker.rules:
        kinds = ",".join(k.value for k in r.kinds) if r.kinds else "all"
        print(f"{r.id:<{width}}  {r.severity.value:<10}  {r.extends:<14}  {kinds:<14}  ")
        if r.description:
            print(f"{'':<{width}}  {r.description}")
    print(f"{len(checker.rules)} rules. `followup rules show ID` prints one with examples.")


def show_rule(rule_id: str, config: Path | None) -> None:
    """One rule: its file, settings, message and examples."""
    from followup.checker.engine import Checker
    from followup.config import discover_settings

    checker = Checker.from_settings(discover_settings(explicit=config))
    matches = [r for r in checker.rules if rule_id in (r.id, r.id.split(".", 1)[-1])]
    if not matches:
        raise InputError(f"unknown rule {rule_id!r}{_did_you_mean(rule_id, checker.rules)}")
    r = matches[0]
    print(f"{r.id}  ({r.extends}, {r.severity.value})")
    print(f"file:     {r.source}")
    print(f"kinds:    {', '.join(k.value for k in r.kinds) if r.kinds else 'all'}")
    if r.description:
        print(f"catches:  {r.description}")
    print(f"message:  {r.message}")
    for label, items in (("flags", r.examples["flag"]), ("passes", r.examples["pass"])):
        print(f"{label}:")
        for ex in items:
            text = ex["text"] if isinstance(ex, dict) else ex
            print(f"  - {text}")


def _did_you_mean(typed: str, rules: list[Rule]) -> str:
    """'; did you mean 'etiquette.begging'?' for a near typo of an id or of its short form
    (difflib, as `write --to` does for names), else where the ids are listed."""
    import difflib

    by_name = {r.id.lower(): r.id for r in rules}
    by_name.update({r.id.split(".", 1)[-1].lower(): r.id for r in rules})
    close = difflib.get_close_matches(typed.lower(), list(by_name), n=1, cutoff=0.75)
    if close:
        return f"; did you mean {by_name[close[0]]!r}? (`followup rules` lists them)"
    return "; `followup rules` lists them"


def new_notes(path: Path | None) -> None:
    """Write the notes template (never over an existing file), then open it in $VISUAL or
    $EDITOR on a terminal."""
    from followup.writer.template import render_template

    today = dt.date.today()
    target = path or Path(f"notes-{today.isoformat()}.md")
    if target.exists():
        raise InputError(f"{target}: already exists; choose another name (nothing was changed)")
    if target.parent and not target.parent.exists():
        raise InputError(f"{target.parent}: no such folder")
    target.write_text(render_template(today), encoding="utf-8")
    print(f"wrote {target}", flush=True)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if editor and sys.stdin.isatty() and sys.stdout.isatty():
        subprocess.run([*shlex.split(editor), str(target)], check=False)
    else:
        print(f"fill it in, then: followup write {target}")
