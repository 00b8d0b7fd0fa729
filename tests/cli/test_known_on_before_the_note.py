"""``balance --as-known-on`` a day before the note was added is an error, not an undrawn note."""

from __future__ import annotations

from pathlib import Path

from cli_runner import Cli

EXAMPLES = Path(__file__).parents[2] / "examples"
NOTE = "VAL-2001-10-05"


def test_balance_known_on_before_the_note_was_added_is_refused(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "book.db")
    cli.run("init")
    cli.run("note", "add", str(EXAMPLES / "valence-2001-note.toml"))
    cli.run("advance", NOTE, "1,000,000.00", "--date", "2001-10-05")
    args = ("balance", NOTE, "--as-of", "2002-01-05", "--as-known-on", "2020-01-01")
    result = cli.run(*args, ok=False)
    assert result.returncode == 1
    assert f"note {NOTE} was not in the book on 2020-01-01" in result.stderr
    assert "it was added at" in result.stderr
    assert result.stdout == ""
