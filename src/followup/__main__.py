"""Console entry point: `followup lint`, `write`, `rules` and `new` take the fast path
(argparse, fastpath.py); every other command, and their help and usage errors, typer
(cli.py).

The fast-path commands run with Python's cycle collector off: a command that lives a few
tenths of a second allocates most of its objects while importing modules and compiling
patterns, which triggered about a hundred collections in a write and fifty in a lint, with
nothing to free (off, the median CPU time of each fell by about 7 ms, 15 runs each, the
machine under load; a lint of 300 files did not peak higher: 32 MB off, 47 MB on).
Reference counting still frees everything else. A write that calls a model turns the
collector back on (writing.py): it may run for minutes.
"""

from __future__ import annotations

import gc
import os
import sys


def run() -> None:
    """Dispatch on the first argument."""
    argv = sys.argv[1:]
    if argv[:1] in (["lint"], ["write"], ["rules"], ["new"]):
        gc.disable()
        from followup import fastpath

        main = {
            "lint": fastpath.main,
            "write": fastpath.main_write,
            "rules": fastpath.main_rules,
            "new": fastpath.main_new,
        }[argv[0]]
        _exit(main(argv[1:]))
    from followup.cli import main as full_main

    _exit(full_main(argv))


def _exit(code: int) -> None:
    """Exit with `code`. After Ctrl-C (130), worker threads may still be blocked in a model
    call (`followup eval` runs cases on a thread pool): the interpreter would wait for them at
    exit, for up to the --timeout, and a second Ctrl-C would print a traceback from that
    wait. Every finished result is already on disk (results.jsonl is flushed per case), so
    the process flushes its output and ends at once."""
    if code == 130:
        import threading

        main_thread = threading.main_thread()
        if any(
            t.is_alive() and not t.daemon and t is not main_thread for t in threading.enumerate()
        ):
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
