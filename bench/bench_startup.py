"""Start-up benchmark: `followup write` (offline writer), `rules`, `new` and `--help`, each
against `followup lint` on one message. Prints the medians and the ratios.

    .venv/bin/python bench/bench_startup.py      (also run by `make bench`)

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

Bytecode: the followup package is compiled first (`compileall`), as an installed package
is; without it, where PYTHONDONTWRITEBYTECODE is set (as on this project's machines),
every run compiles every followup module it imports from source, which costs the write
(more modules) more than lint. BENCH_BYTECODE=0 measures that way instead: it removes the
package's __pycache__ folders and sets PYTHONDONTWRITEBYTECODE for the runs.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import prepare_bytecode  # bench/bytecode.py, beside this script

REPO = Path(__file__).resolve().parents[1]
# BENCH_FOLLOWUP: another command to time instead of the installed script (an older tree's
# entry point, for a before-and-after comparison); its bytecode is yours to prepare.
FOLLOWUP = os.environ.get("BENCH_FOLLOWUP") or str(Path(sys.executable).parent / "followup")
RUNS = int(os.environ.get("BENCH_RUNS", "21"))
TARGET = 1.5


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one whole process."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode()}")
    return elapsed, children_cpu() - cpu


def main() -> None:
    home = tempfile.mkdtemp(prefix="followup-bench-")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "FOLLOWUP_BASE_URL")}
    env["FOLLOWUP_HOME"] = home
    bytecode = prepare_bytecode(env)
    new_files = iter(range(1_000_000))
    example = (REPO / "examples" / "notes-frontmatter.md").read_text(encoding="utf-8")
    changed = iter(range(1_000_000))

    def changed_notes() -> list[str]:
        """The bundled example with a new front-matter comment: its parse is not cached."""
        path = Path(home) / "changed.md"
        path.write_text(example.replace("---\n", f"---\n# run {next(changed)}\n", 1), "utf-8")
        return ["write", str(path)]

    commands = {
        "lint (one message)": lambda: ["lint", str(REPO / "examples" / "draft-clean.txt")],
        "write (offline, bundled example)": lambda: [
            "write",
            str(REPO / "examples" / "notes-frontmatter.md"),
        ],
        "write (front matter new each run)": changed_notes,
        "rules": lambda: ["rules"],
        "new FILE": lambda: ["new", f"notes-{next(new_files)}.md"],
        "--help": lambda: ["--help"],
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(3 + RUNS):
        for name, args in commands.items():
            w, c = timed([FOLLOWUP, *args()], env, home)
            if round_ >= 3:
                wall[name].append(w)
                cpu[name].append(c)
    shutil.rmtree(home, ignore_errors=True)
    lint = "lint (one message)"
    lint_wall, lint_cpu = statistics.median(wall[lint]), statistics.median(cpu[lint])
    print(f"start-up, medians of {RUNS} whole-process runs each, round-robin (wall / CPU);")
    print(f"{bytecode}:")
    for name in commands:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        line = f"  followup {name:<35} {w * 1000:5.0f} ms / {c * 1000:4.0f} ms"
        if name != lint:
            ratio, cpu_ratio = w / lint_wall, c / lint_cpu
            verdict = "met" if ratio <= TARGET else "not met"
            line += f"   ratio to lint {ratio:.2f} / {cpu_ratio:.2f} (target ≤ {TARGET}, {verdict})"
        print(line)
    w = statistics.median(wall["write (offline, bundled example)"])
    print(f"ratio write / lint over {RUNS} runs each: {w / lint_wall:.2f} (target ≤ {TARGET})")


if __name__ == "__main__":
    main()
