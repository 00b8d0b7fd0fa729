"""Extraction speed: ``promissory extract``'s reading of every note of the labelled corpus.

Reads each ``tests/extract/corpus/*/*.txt`` note (and the two seed documents) with
``promissory.extract.extract_file`` in this one process, after one warm-up extraction (which pays
for compiling the rules' patterns), and prints, by the process's CPU time (``time.process_time``:
one core's work, not disturbed by other processes on the machine):

* the notes read, their total characters and the total CPU time;
* the time per note: mean, median, 95th percentile and the slowest note;
* the throughput in notes per second and in characters per second.

Run: ``.venv/bin/python bench/extract.py [EVERY]`` (``EVERY``: read every N-th note only; default 1,
all of them).  The figures are recorded in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from promissory.extract import extract_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "extract" / "corpus"
SEEDS = ROOT / "tests" / "extract" / "seeds"


def main(every: int) -> None:
    notes = (sorted(CORPUS.glob("*/*.txt")) + sorted(SEEDS.glob("*.txt")))[::every]
    extract_file(notes[0])  # compiles the rules' patterns once, as a long-running process would
    times: list[tuple[float, Path]] = []
    characters = 0
    for path in notes:
        characters += len(path.read_text(encoding="utf-8", errors="replace"))
        start = time.process_time()
        extract_file(path)
        times.append((time.process_time() - start, path))
    seconds = sorted(t for t, _ in times)
    total = sum(seconds)
    slowest, slowest_path = max(times)
    print(f"{len(notes)} notes, {characters:,} characters, {total:.2f} s of CPU in all")
    print(
        f"per note: mean {statistics.mean(seconds) * 1000:.1f} ms, median "
        f"{statistics.median(seconds) * 1000:.1f} ms, 95th percentile "
        f"{seconds[int(len(seconds) * 0.95)] * 1000:.1f} ms, slowest {slowest * 1000:.1f} ms "
        f"({slowest_path.parent.name}/{slowest_path.stem[:48]})"
    )
    print(
        f"throughput: {len(notes) / total:.1f} notes/s, {characters / total / 1000:.0f}k characters/s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
