"""Run the ``promissory`` command line against a given book, in-process (for CLI tests).

:class:`Cli` calls :func:`promissory.cli.run` — the function ``promissory``'s entry point exits
with — under click's :class:`~click.testing.CliRunner` isolation (its own stdin, stdout, stderr and
environment), and returns what a subprocess would: the exit status, stdout and stderr.  An exception
that escapes ``run`` becomes status 1 with its traceback on stderr, as the interpreter would print
it.  A subprocess start costs 0.7–2 s; this costs the command's own work.  The few tests that need a
real process (``--version`` from a fresh interpreter, the example scripts, killing a writer) keep
``subprocess``.
"""

from __future__ import annotations

import json
import os
import subprocess
import traceback
from contextlib import chdir, nullcontext
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from promissory.cli import run


def invoke(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``promissory ARGS`` in this process; its status, stdout and stderr like ``subprocess.run``."""
    runner = CliRunner()
    with (
        chdir(cwd) if cwd is not None else nullcontext(),
        runner.isolation(input=input, env=env) as (stdout, stderr, _),
    ):
        try:
            status = run(list(args))
        except Exception:  # what the interpreter would print for an uncaught error
            traceback.print_exc()
            status = 1
        out = stdout.getvalue().decode()
        err = stderr.getvalue().decode()
    return subprocess.CompletedProcess(["promissory", *args], status, out, err)


class Cli:
    """``promissory`` with ``PROMISSORY_BOOK`` pointing at ``book`` (run in-process)."""

    def __init__(self, book: Path, *, cwd: Path | None = None) -> None:
        self.env = {"PROMISSORY_BOOK": f"sqlite:///{book}"}
        self.cwd = cwd

    def run(
        self, *args: str, ok: bool = True, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = invoke(*args, env=self.env, cwd=self.cwd, input=input)
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)


def subprocess_env(book: Path) -> dict[str, str]:
    """The environment of a real ``python -m promissory`` process on ``book`` (smoke tests)."""
    return {**os.environ, "PROMISSORY_BOOK": f"sqlite:///{book}"}


#: The seed note's terms file (the Valence note, ``VAL-2001-10-05``).
SEED_NOTE = Path(__file__).parents[1] / "examples" / "valence-2001-note.toml"
#: Issue 10's term note (``TERM-2024-001``: 500,000.00 at 7.25%, 60 installments of 9,959.68).
TERM_NOTE = Path(__file__).parents[1] / "examples" / "term-note-2024.toml"


def seed_cli(folder: Path, terms: Path = SEED_NOTE) -> Cli:
    """A new book in ``folder`` holding one note (the seed note unless ``terms`` says another),
    and the command line on it."""
    c = Cli(folder / "book.db")
    c.run("init")
    c.run("note", "add", str(terms))
    return c
