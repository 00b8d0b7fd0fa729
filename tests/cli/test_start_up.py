"""The command line starts fast, and the in-process runner the CLI tests use is the real path.

``promissory --version`` and ``--help`` import no command module, no application, no SQLAlchemy,
no Alembic and no Rich (bench/cli_start.py times them against a bare ``import click``); a command's
module is imported when that command runs, and ``--help`` lists the one-line helps of a static
table, which must say what the commands themselves say.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click

from cli_runner import Cli, invoke, subprocess_env
from promissory import __version__
from promissory.cli import cli
from promissory.cli.common import LAZY_COMMANDS

HEAVY = ("sqlalchemy", "alembic", "rich", "weasyprint", "promissory.app", "promissory.core")


def _modules_after(*args: str, book: Path | None = None) -> set[str]:
    """The modules a fresh interpreter has imported after running ``promissory ARGS``."""
    code = (
        "import json, sys\n"
        "from promissory.cli import run\n"
        f"status = run({list(args)!r})\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = subprocess_env(book) if book else None
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=env)  # fmt: skip
    return set(json.loads(done.stderr.splitlines()[-1]))


def test_version_and_help_import_nothing_heavy() -> None:
    for args in (["--version"], ["--help"]):
        loaded = _modules_after(*args)
        heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
        assert heavy == [], f"promissory {' '.join(args)} imported {heavy[:5]}"
        assert not any(m.startswith("promissory.cli.") and m != "promissory.cli.common"
                       for m in loaded)  # fmt: skip


def test_a_command_imports_only_its_own_module() -> None:
    loaded = _modules_after("daycount", "ACT/360", "2001-10-05", "2002-10-05")
    assert "promissory.cli.commands" in loaded
    assert "promissory.cli.settlement_commands" not in loaded
    assert "promissory.cli.document_commands" not in loaded


def test_a_read_of_the_book_imports_neither_alembic_nor_the_extractor(tmp_path: Path) -> None:
    """The schema check of every command reads the version table itself; Alembic is for ``init``,
    the extraction rules (some three hundred patterns to compile) for ``extract``."""
    book = tmp_path / "book.db"
    Cli(book).run("init")
    loaded = _modules_after("note", "list", book=book)
    assert "promissory.app" in loaded and "promissory.book.store" in loaded  # it read the book
    assert not any(m.split(".")[0] == "alembic" for m in loaded)
    assert not any(m.startswith("promissory.extract") for m in loaded)


def test_the_static_help_table_says_what_each_command_says() -> None:
    ctx = click.Context(cli)
    for name, lazy in LAZY_COMMANDS.items():
        command = cli.get_command(ctx, name)  # imports its modules
        assert command is not None, name
        says = (command.help or "").split("\n\n")[0].replace("\n", " ")
        assert lazy.help == says, f"update LAZY_COMMANDS[{name!r}] in cli/common.py to {says!r}"
    # every command the modules define is in the table (none missing from --help)
    assert set(cli.commands) == set(LAZY_COMMANDS)
    assert "oid" in cli.commands["render"].commands  # type: ignore[attr-defined]


def test_help_lists_every_command() -> None:
    out = invoke("--help").stdout
    for name in LAZY_COMMANDS:
        assert f"\n  {name} " in out, name


def test_version_in_a_real_process() -> None:
    """Smoke test of the installed entry path: ``python -m promissory --version``."""
    done = subprocess.run([sys.executable, "-m", "promissory", "--version"], capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, f"promissory, version {__version__}\n")


def test_in_process_runs_give_what_a_real_process_gives(tmp_path: Path) -> None:
    """Status, stdout and stderr agree for a success, a refused command and a malformed one."""
    book = tmp_path / "book.db"
    Cli(book).run("init")
    cases = (
        ["daycount", "ACT/360", "2001-10-05", "2002-10-05", "--json"],
        ["balance", "NO-SUCH-NOTE", "--as-of", "2001-10-05"],
        ["pay", "NO-SUCH-NOTE"],
        ["no-such-command"],
    )
    for args in cases:
        real = subprocess.run([sys.executable, "-m", "promissory", *args], capture_output=True,
                              text=True, env=subprocess_env(book), check=False)  # fmt: skip
        here = Cli(book).run(*args, ok=False)
        assert (here.returncode, here.stdout, here.stderr) == (
            real.returncode,
            real.stdout,
            real.stderr,
        ), args
    assert [Cli(book).run(*a, ok=False).returncode for a in cases] == [0, 1, 2, 2]


def test_the_version_shown_is_the_installed_package_version() -> None:
    """``--version`` prints ``promissory.__version__`` (importlib.metadata is slow to import)."""
    from importlib.metadata import version

    assert version("promissory") == __version__
