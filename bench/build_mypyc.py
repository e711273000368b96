"""An optional mypyc build of the checker's hot modules, beside the tree, for measuring.

    python bench/build_mypyc.py            (compiles into build/mypyc/src; a few minutes)
    python bench/build_mypyc.py --bench    (then the throughput, source vs compiled)

The project is mypy --strict clean, so mypyc (shipped with mypy, a dev dependency) can
compile its modules to C extensions. Nothing needs this: `make test` and a plain
`pip install` run the source. The build copies `src` to build/mypyc/src (build/ is ignored
by git) and compiles MODULES there, so the tree's own files never import a compiled
module; --bench then runs bench_lint.py's throughput for `src` and for the copy, alternating
twice, each with its own FOLLOWUP_HOME.

Modules left out, and why (mypyc 1.x): document.py (its Context dataclass is read by
pydantic through examples.py's make_dataclass, which refuses a compiled class), the rule
modules whose classes extend the dataclass Rule of an uncompiled base.py (context.py,
existence.py, scorer.py: "attribute '__dict__' of 'type' objects is not writable" at
import), and multiscan.py (a surrogate code point in a string literal).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from trees import run_on  # bench/trees.py, beside this script

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "build" / "mypyc"
MODULES = [
    "followup/checker/engine.py",
    "followup/checker/prefilter.py",
    "followup/checker/patterns.py",
    "followup/checker/kinds.py",
    "followup/checker/rules/slots.py",
]


def build() -> Path:
    """Copy src and compile MODULES in the copy; its src folder."""
    mypyc = shutil.which("mypyc", path=str(Path(sys.executable).parent)) or shutil.which("mypyc")
    if mypyc is None:
        raise SystemExit("mypyc is not installed (it comes with mypy: pip install -e '.[test]')")
    shutil.rmtree(OUT, ignore_errors=True)
    src = OUT / "src"
    shutil.copytree(REPO / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(REPO / "pyproject.toml", OUT / "pyproject.toml")
    subprocess.run([mypyc, *MODULES], cwd=src, check=True)
    return src


def bench(compiled: Path) -> None:
    """bench_lint.py's throughput for the source and the compiled copy, alternating."""
    script = str(REPO / "bench" / "bench_lint.py")
    trees = {"source": REPO / "src", "mypyc": compiled}
    homes = {name: tempfile.mkdtemp(prefix="followup-bench-") for name in trees}
    best: dict[tuple[str, str], float] = {}
    try:
        for _ in range(2):
            for name, src in trees.items():
                out = run_on(script, src, "--json", home=homes[name])
                for label, rate in json.loads(out.splitlines()[-1]).items():
                    best[name, label] = max(best.get((name, label), 0.0), rate)
    finally:
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
    for label in dict.fromkeys(label for _, label in best):
        ratio = best["mypyc", label] / best["source", label]
        print(
            f"throughput {label}: source {best['source', label]:.0f}, mypyc "
            f"{best['mypyc', label]:.0f} messages/s (best of 2 x 5 passes; ratio {ratio:.2f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", action="store_true", help="then compare the throughput")
    args = parser.parse_args()
    compiled = build()
    print(f"compiled {len(MODULES)} modules into {compiled}")
    if args.bench:
        bench(compiled)


if __name__ == "__main__":
    main()
