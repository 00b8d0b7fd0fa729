"""Start-up time of the ``promissory`` command line against a bare ``import click``.

Runs, alternately and ``N`` times each (default 20), in fresh processes of this interpreter:

* ``python -c "import click"`` — the floor any click program pays;
* ``python -m promissory --version`` — the target of issue 9: within 3× the floor;
* ``python -m promissory --help`` — lists every command without importing one;
* ``python -m promissory daycount ACT/360 2001-10-05 2002-10-05`` — one real command (imports the
  core, not the book);
* ``python -m promissory note list`` on a new, empty SQLite book — a command that opens the book
  (SQLAlchemy, the application and the schema check; no Alembic, no extraction rules).

It prints the minimum and median wall-clock time of each (the minimum is the least disturbed by
other processes on a shared machine) and the ratio of each to the bare ``import click``.

Run: ``.venv/bin/python bench/cli_start.py [N]`` (``hyperfine`` gives the same figures:
``hyperfine -N 'python -c "import click"' 'python -m promissory --version'``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = {
    "import click": ["-c", "import click"],
    "promissory --version": ["-m", "promissory", "--version"],
    "promissory --help": ["-m", "promissory", "--help"],
    "promissory daycount": ["-m", "promissory", "daycount", "ACT/360", "2001-10-05", "2002-10-05"],
    "promissory note list": ["-m", "promissory", "note", "list"],
}


def _once(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PROMISSORY_BOOK": f"sqlite:///{Path(folder) / 'book.db'}"}
        subprocess.run([sys.executable, "-m", "promissory", "init"], check=True, env=env,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        _measure(runs, env)


def _measure(runs: int, env: dict[str, str]) -> None:
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):  # alternate, so a burst of load on the machine hits every case alike
        for name, args in CASES.items():
            times[name].append(_once(args, env))
    floor_min = min(times["import click"])
    floor_median = statistics.median(times["import click"])
    print(f"{runs} runs each, {sys.executable}")
    print(f"{'':24} {'min (ms)':>9} {'median (ms)':>12} {'min ratio':>10} {'median ratio':>13}")
    for name, seen in times.items():
        low, mid = min(seen), statistics.median(seen)
        print(f"{name:24} {low * 1000:9.1f} {mid * 1000:12.1f} {low / floor_min:10.2f} "
              f"{mid / floor_median:13.2f}")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
