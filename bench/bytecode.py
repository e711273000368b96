"""The benchmarks' shared step: run followup from bytecode, as an installed package runs.

Both bench_lint.py (against proselint, whose bytecode pip wrote when it installed it) and
bench_startup.py compare whole processes; where PYTHONDONTWRITEBYTECODE is set (as on this
project's machines) an editable install would compile every followup module from source on
each run, so the package is compiled first. BENCH_BYTECODE=0 measures the other way.
"""

from __future__ import annotations

import compileall
import os
import shutil
from pathlib import Path


def prepare_bytecode(env: dict[str, str]) -> str:
    """Compile followup's modules (or remove their bytecode, BENCH_BYTECODE=0); say which."""
    import followup

    package = Path(followup.__file__).parent
    if os.environ.get("BENCH_BYTECODE", "1") == "0":
        for cache in package.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return "no bytecode: every followup module compiled from source on each run"
    compileall.compile_dir(str(package), quiet=1)
    return "bytecode compiled first, as an installed package has it"
