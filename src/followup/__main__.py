"""Console entry point: `followup lint`, `write`, `rules` and `new` take the fast path
(argparse, fastpath.py); every other command, and their help and usage errors, typer
(cli.py)."""

from __future__ import annotations

import sys


def run() -> None:
    """Dispatch on the first argument."""
    argv = sys.argv[1:]
    if argv[:1] == ["lint"]:
        from followup.fastpath import main as lint_main

        sys.exit(lint_main(argv[1:]))
    if argv[:1] == ["write"]:
        from followup.fastpath import main_write

        sys.exit(main_write(argv[1:]))
    if argv[:1] == ["rules"]:
        from followup.fastpath import main_rules

        sys.exit(main_rules(argv[1:]))
    if argv[:1] == ["new"]:
        from followup.fastpath import main_new

        sys.exit(main_new(argv[1:]))
    from followup.cli import main

    sys.exit(main(argv))


if __name__ == "__main__":
    run()
