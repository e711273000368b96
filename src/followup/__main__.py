"""Console entry point: `followup lint` takes the fast path; every other command, typer."""

from __future__ import annotations

import sys


def run() -> None:
    """Dispatch on the first argument."""
    argv = sys.argv[1:]
    if argv[:1] == ["lint"]:
        from followup.fastlint import main as lint_main

        sys.exit(lint_main(argv[1:]))
    from followup.cli import main

    sys.exit(main(argv))


if __name__ == "__main__":
    run()
