"""Start-up benchmark: `followup write` (offline writer), `rules`, `new` and `--help`, each
against `followup lint` on one message. Prints the medians and the ratios.

    .venv/bin/python bench/bench_startup.py      (also run by `make bench`)
    .venv/bin/python bench/bench_startup.py --baseline REF   (REF's code beside this tree's)

Whole processes through the installed `followup` script, round-robin (lint, write, rules,
new, --help, lint, ...), median of BENCH_RUNS (default 21) runs each after three warm-up
rounds (warm files, style cache built): `followup write examples/notes-frontmatter.md` with
no model configured (two thank-you notes, each checked), the same with a front-matter
comment changed each run (so that its parse is never in the cache: the first write of a
notes file), `followup rules`, `followup new FILE` (a new file each run), `followup
--help`, and `followup lint examples/draft-clean.txt`.
Target: each at most 1.5 times lint.

Two figures per command: wall time, and the CPU time the process used (user + system, from
the operating system's accounting of finished children). On a shared machine wall time
also counts other programs' turns; CPU time mostly does not, so its ratio is the steadier.

With --baseline REF the code at git REF (exported with `git archive`, bench/trees.py) and
this tree's are measured side by side, round-robin across both trees too, each run as
`python -c` with its tree first on sys.path (the same way for both, so the figures are
comparable with each other, not with the installed script's) and its own FOLLOWUP_HOME.

Bytecode: the followup package is compiled first (`compileall`), as an installed package
is; without it, where PYTHONDONTWRITEBYTECODE is set (as on this project's machines),
every run compiles every followup module it imports from source, which costs the write
(more modules) more than lint. BENCH_BYTECODE=0 measures that way instead: it removes the
package's __pycache__ folders and sets PYTHONDONTWRITEBYTECODE for the runs.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bytecode import prepare_bytecode  # bench/bytecode.py, beside this script
from trees import export_src, timed_process  # bench/trees.py

REPO = Path(__file__).resolve().parents[1]
# BENCH_FOLLOWUP: another command to time instead of the installed script (an older tree's
# entry point, for a before-and-after comparison); its bytecode is yours to prepare.
FOLLOWUP = os.environ.get("BENCH_FOLLOWUP") or str(Path(sys.executable).parent / "followup")
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
TARGET = 1.5
LINT = "lint (one message)"
WRITE = "write (offline, bundled example)"
Results = dict[str, tuple[list[float], list[float]]]  # command: wall and CPU seconds per run


def entry(src: Path) -> list[str]:
    """A command that runs followup's entry point from `src`, as the console script does."""
    code = (
        f"import sys; sys.path.insert(0, {str(src)!r}); sys.argv[0] = 'followup';"
        "from followup.__main__ import run; sys.exit(run())"
    )
    return [sys.executable, "-c", code]


def measure(trees: dict[str, list[str]], env: dict[str, str]) -> dict[str, Results]:
    """Each tree's commands, round-robin over trees and commands: wall and CPU seconds."""
    example = (REPO / "examples" / "notes-frontmatter.md").read_text(encoding="utf-8")
    homes = {name: tempfile.mkdtemp(prefix="followup-bench-") for name in trees}
    counter = iter(range(1_000_000))

    def changed_notes(home: str) -> list[str]:
        """The bundled example with a new front-matter comment: its parse is not cached."""
        path = Path(home) / "changed.md"
        path.write_text(example.replace("---\n", f"---\n# run {next(counter)}\n", 1), "utf-8")
        return ["write", str(path)]

    commands: dict[str, Callable[[str], list[str]]] = {
        LINT: lambda home: ["lint", str(REPO / "examples" / "draft-clean.txt")],
        WRITE: lambda home: ["write", str(REPO / "examples" / "notes-frontmatter.md")],
        "write (front matter new each run)": changed_notes,
        "rules": lambda home: ["rules"],
        "new FILE": lambda home: ["new", f"notes-{next(counter)}.md"],
        "--help": lambda home: ["--help"],
    }
    results = {name: {c: ([], []) for c in commands} for name in trees}
    for round_ in range(3 + RUNS):
        for name, command in trees.items():
            home = homes[name]
            for label, args in commands.items():
                run_env = {**env, "FOLLOWUP_HOME": home}
                w, c = timed_process([*command, *args(home)], run_env, home, ok=(0, 1))
                if round_ >= 3:
                    results[name][label][0].append(w)
                    results[name][label][1].append(c)
    for home in homes.values():
        shutil.rmtree(home, ignore_errors=True)
    return results


def report(name: str, results: Results) -> None:
    """The medians and the ratios to lint of one tree."""
    lint_wall, lint_cpu = (statistics.median(v) for v in results[LINT])
    print(f"{name}:")
    for label, (walls, cpus) in results.items():
        w, c = statistics.median(walls), statistics.median(cpus)
        line = f"  followup {label:<35} {w * 1000:5.0f} ms / {c * 1000:4.0f} ms"
        if label != LINT:
            ratio, cpu_ratio = w / lint_wall, c / lint_cpu
            verdict = "met" if ratio <= TARGET and cpu_ratio <= TARGET else "not met"
            line += f"   ratio to lint {ratio:.2f} / {cpu_ratio:.2f} (target ≤ {TARGET}, {verdict})"
        print(line)
    w, c = statistics.median(results[WRITE][0]), statistics.median(results[WRITE][1])
    print(
        f"  ratio write / lint over {RUNS} runs each: {w / lint_wall:.2f} wall, "
        f"{c / lint_cpu:.2f} CPU (target ≤ {TARGET})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", metavar="REF", help="measure git REF's code beside this")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    bytecode = prepare_bytecode(env)
    if args.baseline:
        baseline = export_src(args.baseline)
        compileall.compile_dir(str(baseline), quiet=1)
        trees = {f"baseline ({args.baseline})": entry(baseline), "this tree": entry(REPO / "src")}
    else:
        trees = {"the installed script": [FOLLOWUP]}
    try:
        results = measure(trees, env)
    finally:
        if args.baseline:
            shutil.rmtree(baseline.parent, ignore_errors=True)
    load = os.getloadavg()[0]
    print(f"start-up, medians of {RUNS} whole-process runs each, round-robin (wall / CPU);")
    print(f"{bytecode}; load average {load:.1f} at the end:")
    for name, tree_results in results.items():
        report(name, tree_results)


if __name__ == "__main__":
    main()
